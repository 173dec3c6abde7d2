// Enhancements only: every element works without this file.
(function () {
  var d = document, root = d.documentElement;
  root.classList.add("js");
  var body = d.getElementById("article-body"), more = d.querySelector(".show-more");
  if (body && more && window.matchMedia("(max-width: 40em)").matches && body.scrollHeight > 700) {
    body.classList.add("is-collapsed");
    more.hidden = false;
    more.setAttribute("aria-expanded", "false");
    more.addEventListener("click", function () {
      var open = body.classList.toggle("is-collapsed") === false;
      more.setAttribute("aria-expanded", String(open));
      more.textContent = open ? "Show Less" : "Show More";
    });
  }
  // Drop breaking headlines a cached page kept past their time.
  d.querySelectorAll(".breaking li").forEach(function (l) { if (Date.parse(l.dataset.until) < Date.now()) l.remove(); });
  var top = d.getElementById("back-to-top");
  if (top) {
    var update = function () { top.classList.toggle("is-hidden", window.scrollY < 400); };
    update();
    window.addEventListener("scroll", update, { passive: true });
  }
  // Comments: typing time (bot check); Reply moves the form.
  var f = d.querySelector(".comment-form"), r = d.getElementById("respond");
  if (f && r) {
    var t0, home = r.parentNode, x = r.querySelector(".cancel-reply"), p = f.elements.parent;
    f.addEventListener("input", function () { t0 = t0 || Date.now(); });
    f.addEventListener("submit", function () { if (t0) f.elements.typing.value = (Date.now() - t0) / 1000; });
    d.addEventListener("click", function (e) {
      var a = e.target.closest("[data-reply]");
      if (a) { a.closest("article").after(r); p.value = a.dataset.reply; }
      else if (e.target === x) { home.appendChild(r); p.value = ""; }
      else return;
      e.preventDefault();
      if (x) x.hidden = !p.value;
      f.elements.comment.focus();
    });
  }
  // Show More in place
  d.addEventListener("click",function(e){var a=e.target.closest("[data-more]"),i=a&&a.dataset.more;i&&(e.preventDefault(),fetch(a.href).then(r=>r.text()).then(h=>a.parentNode.replaceWith(...new DOMParser().parseFromString(h,"text/html").getElementById(i).childNodes)))});
})();
