// Ctrl+Enter (Cmd+Enter on a Mac) posts the form being typed in: a live desk types fast.
document.addEventListener("keydown", function (event) {
  if (event.key !== "Enter" || !(event.ctrlKey || event.metaKey)) return;
  var form = event.target.closest && event.target.closest("form[data-live-composer]");
  if (form) {
    event.preventDefault();
    form.requestSubmit();
  }
});
