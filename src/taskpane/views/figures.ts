/** The report's key figures as a definition list (label, value). */
import type { TaskpaneMessages } from "../../core/messages/catalogue";
import { h } from "../dom";
import type { KeyFigure } from "../figures";

export function renderFigures(t: TaskpaneMessages, figures: readonly KeyFigure[]): HTMLElement {
  return h(
    "section",
    { className: "figures", attrs: { "aria-labelledby": "figures-heading" } },
    h("h3", { id: "figures-heading" }, t.figuresHeading()),
    h("dl", {}, ...figures.flatMap((f) => [h("dt", {}, t[f.label]()), h("dd", { attrs: { "data-figure": f.label } }, f.value)])),
  );
}
