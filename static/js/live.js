// Live pages: ask for the changes after our cursor, as often as the server says; insert
// new entries when the reader asks (no layout shift, no focus moved), apply edits and
// deletions in place. The page works without this file.
(function(){
var d=document,root=d.querySelector("[data-live]");
if(!root||!window.fetch)return;
var since=root.dataset.since.replace(/0\/$/,""),cursor=+root.dataset.cursor,poll=+root.dataset.poll,
list=d.getElementById("live-entries"),button=root.querySelector(".live-new"),
status=root.querySelector(".live-status"),pending={},timer;
function html(s){var t=d.createElement("template");t.innerHTML=s;return t.content.firstElementChild;}
function shown(id){return d.querySelectorAll('[data-entry="'+id+'"]');}
function count(){return Object.keys(pending).length;}
function announce(){
var n=count(),text=n===1?"1 new update":n+" new updates";
button.textContent=n?text+" – show":"New updates";
button.classList.toggle("is-idle",!n);
if(n)status.textContent=text;
}
function apply(changes){
changes.forEach(function(c){
var here=shown(c.id);
if(c.deleted){here.forEach(function(e){e.remove();});delete pending[c.id];}
else if(here.length){here.forEach(function(e){e.replaceWith(html(c.html));});}
else pending[c.id]=c;
});
announce();
}
function schedule(){clearTimeout(timer);if(poll>0&&!d.hidden)timer=setTimeout(check,poll*1000);}
function check(){
fetch(since+cursor+"/").then(function(r){if(!r.ok)throw r.status;return r.json();})
.then(function(data){apply(data.changes);cursor=data.cursor;poll=data.poll;
if(data.final)check();else schedule();})
.catch(function(){poll=Math.min((poll||10)*2,300);schedule();});
}
button.addEventListener("click",function(){
if("older" in root.dataset){location.href=location.pathname;return;}
Object.keys(pending).map(function(k){return pending[k];})
.sort(function(a,b){return a.seq-b.seq;})
.forEach(function(c){list.prepend(html(c.html));});
pending={};announce();status.textContent="";
var empty=root.querySelector(".live-empty");if(empty)empty.remove();
});
d.addEventListener("visibilitychange",function(){if(d.hidden)clearTimeout(timer);else if(poll>0)check();});
schedule();
})();
