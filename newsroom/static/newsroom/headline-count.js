// A live character count under the article's headline (a Stimulus controller on Wagtail's
// app, attached by the field's data-controller attribute; no inline script).
class HeadlineCountController extends window.StimulusModule.Controller {
  static values = { limit: { type: Number, default: 70 } };

  connect() {
    this.output = document.createElement("p");
    this.output.id = `${this.element.id}-count`;
    this.output.className = "headline-count";
    this.output.setAttribute("aria-live", "polite");
    this.element.insertAdjacentElement("afterend", this.output);
    const described = this.element.getAttribute("aria-describedby");
    const ids = [described, this.output.id].filter(Boolean).join(" ");
    this.element.setAttribute("aria-describedby", ids);
    this.update();
  }

  update() {
    const count = [...this.element.value].length;
    const over = count > this.limitValue;
    this.output.textContent = `${count} of ${this.limitValue} characters${over ? ": too long for cards and search results" : ""}`;
    this.output.classList.toggle("headline-count--over", over);
  }

  disconnect() {
    this.output?.remove();
  }
}

window.wagtail.app.register("headline-count", HeadlineCountController);
