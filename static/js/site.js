// Enhancements only: every element works without this file.
(function(){
var d=document,w=window;
var body=d.getElementById("article-body"),more=d.querySelector(".show-more");
// Layout is read in the next frame, not while the script runs: reading it here forced the
// page's first layout into this task (~140 ms under 4x CPU slowdown). Still before the first paint.
if (body&&more&&w.matchMedia("(max-width: 40em)").matches) w.requestAnimationFrame(function(){
if (body.scrollHeight<=700) return;
body.classList.add("is-collapsed");
more.hidden=false;
more.setAttribute("aria-expanded","false");
more.onclick=function(){
var open=!body.classList.toggle("is-collapsed");
more.setAttribute("aria-expanded",open);
more.textContent=open?"Show Less":"Show More";
};
});
// Drop breaking headlines a cached page kept past their time.
d.querySelectorAll(".breaking li").forEach(function(l){ if (Date.parse(l.dataset.until)<Date.now()) l.remove(); });
var b=d.querySelector(".breaking");if(b&&!b.querySelector("li"))b.remove();
// Back to top shows once the reader has scrolled, and never where it would cover text or a field.
var top=d.getElementById("back-to-top"),TEXT="p,li,h1,h2,h3,h4,blockquote,figcaption,label,input,textarea,select,button";
function covers(){
var r=top.getBoundingClientRect(),x,y,e;
for (x=r.left-4;x<=r.right+4;x+=(r.width+8)/3) for (y=r.top-4;y<=r.bottom+4;y+=(r.height+8)/2){
e=d.elementsFromPoint(x,y).find(function(n){ return !top.contains(n)&&n.matches(TEXT); });
if (e) return true;
}
return false;
}
if (top){
var busy=0,up=function(){ busy=0; top.classList.remove("is-hidden"); top.classList.toggle("is-hidden",w.scrollY<400||covers()); };
top.classList.add("is-hidden");
w.requestAnimationFrame(up);
w.addEventListener("scroll",function(){ if(!busy){ busy=1; w.requestAnimationFrame(up); } },{ passive: true });
w.addEventListener("resize",up);
}
// Copy link: the address, without a third-party script (a prompt to copy from where the
// clipboard is not offered, e.g. a plain-http address).
d.querySelectorAll(".copy-link").forEach(function(c){
c.onclick=function(){
if (!navigator.clipboard) { w.prompt("Copy this link:",c.dataset.url); return; }
navigator.clipboard.writeText(c.dataset.url).then(function(){ c.textContent="Link copied"; });
};
});
// Comments: typing time (bot check); Reply moves the form. Show More loads in place.
var f=d.querySelector(".comment-form"),r=d.getElementById("respond"),t0,home,x,p;
if (f&&r){
home=r.parentNode; x=r.querySelector(".cancel-reply"); p=f.elements.parent;
f.addEventListener("input",function(){ t0=t0||Date.now(); });
f.addEventListener("submit",function(){ if (t0) f.elements.typing.value=(Date.now() - t0) / 1000; });
}
d.addEventListener("click",function(e){
var a=e.target.closest("[data-reply]"),m=e.target.closest("[data-more]");
if (m){
e.preventDefault();
fetch(m.href).then(function(q){ return q.text(); }).then(function(h){
m.parentNode.replaceWith(...new DOMParser().parseFromString(h,"text/html").getElementById(m.dataset.more).childNodes);
});
return;
}
if (!f||!r) return;
if (a){ a.closest("article").after(r); p.value=a.dataset.reply; }
else if (e.target===x){ home.appendChild(r); p.value=""; }
else return;
e.preventDefault();
if (x) x.hidden=!p.value;
f.elements.comment.focus();
});
})();
