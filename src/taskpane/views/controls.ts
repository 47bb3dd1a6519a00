/**
 * Form controls shared by both panels: command buttons (marked data-command so the busy state
 * can disable them all), labelled file pickers and the year field.
 */
import type { TaskpaneMessages } from "../../core/messages/catalogue";
import { h } from "../dom";
import type { AppState } from "../state";

export function commandButton(label: string, onClick: () => void, options: { primary?: boolean; id?: string } = {}): HTMLButtonElement {
  return h(
    "button",
    { id: options.id, className: options.primary ? "btn btn-primary" : "btn", attrs: { type: "button", "data-command": true }, on: { click: onClick } },
    label,
  );
}

/**
 * A labelled file input. The value is cleared after each pick, so picking the same file again
 * (after fixing it on disk) runs the command again.
 */
export function filePicker(id: string, label: string, accept: string, onFile: (file: File) => void): HTMLElement {
  const input = h("input", {
    id,
    className: "file-input",
    attrs: { type: "file", accept, "data-command": true },
    on: {
      change: () => {
        const file = input.files?.[0];
        input.value = "";
        if (file) onFile(file);
      },
    },
  });
  return h("div", { className: "field" }, h("label", { attrs: { for: id } }, label), input);
}

/** The year field; its text lives in the state so a language switch keeps it. */
export function yearField(t: TaskpaneMessages, state: AppState): HTMLElement {
  const input = h("input", {
    id: "year",
    className: "year-input",
    attrs: { type: "text", inputmode: "numeric", maxlength: 4, autocomplete: "off", "aria-describedby": "year-hint" },
    on: {
      input: () => {
        state.yearText = input.value;
      },
    },
  });
  input.value = state.yearText;
  return h(
    "div",
    { className: "field field-year" },
    h("label", { attrs: { for: "year" } }, t.yearLabel()),
    input,
    h("p", { id: "year-hint", className: "help" }, t.yearHint()),
  );
}

/** A titled section of a panel. */
export function section(id: string, heading: string, help: string, ...children: (HTMLElement | null)[]): HTMLElement {
  return h(
    "section",
    { id, className: "card", attrs: { "aria-labelledby": `${id}-heading` } },
    h("h2", { id: `${id}-heading` }, heading),
    h("p", { className: "help" }, help),
    ...children,
  );
}
