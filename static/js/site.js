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
  var top = d.getElementById("back-to-top");
  if (top) {
    var update = function () { top.classList.toggle("is-hidden", window.scrollY < 400); };
    update();
    window.addEventListener("scroll", update, { passive: true });
  }
})();
