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
 * A labelled file input. The native control's own words ("Choose File", "No file chosen")
 * follow the browser's language, not the pane's, so the input is visually hidden (still
 * focusable, Enter/Space open the picker) and a button-styled label from the catalogue stands
 * in for it; the field label names the input for screen readers. The value is cleared after
 * each pick, so picking the same file again (after fixing it on disk) runs the command again.
 */
export function filePicker(t: TaskpaneMessages, id: string, label: string, accept: string, onFile: (file: File) => void): HTMLElement {
  const input = h("input", {
    id,
    className: "file-input visually-hidden",
    attrs: { type: "file", accept, "data-command": true, "aria-labelledby": `${id}-label` },
    on: {
      change: () => {
        const file = input.files?.[0];
        input.value = "";
        if (file) onFile(file);
      },
    },
  });
  return h(
    "div",
    { className: "field" },
    h("span", { id: `${id}-label`, className: "field-label" }, label),
    h("div", {}, input, h("label", { className: "btn file-button", attrs: { for: id } }, t.chooseFile())),
  );
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

/** A titled section of a panel; its id is "section-<name>" (command buttons use the bare names). */
export function section(name: string, heading: string, help: string, ...children: (HTMLElement | null)[]): HTMLElement {
  return h(
    "section",
    { id: `section-${name}`, className: "card", attrs: { "aria-labelledby": `section-${name}-heading` } },
    h("h2", { id: `section-${name}-heading` }, heading),
    h("p", { className: "help" }, help),
    ...children,
  );
}
