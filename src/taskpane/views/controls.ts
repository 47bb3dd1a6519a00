/**
 * The pane's form controls, built the one way (dom.ts): a button, a labelled text field that
 * keeps what is typed in the state on `input` and saves on `change` (the field left), and a
 * small note under a field. Every control is a real, labelled element.
 */
import { h, type Child } from "../dom";

export function button(label: string, onClick: () => void, options: { id?: string; primary?: boolean; busy: boolean; className?: string }): HTMLButtonElement {
  return h(
    "button",
    {
      id: options.id,
      className: [options.primary ? "btn btn-primary" : "btn", options.className].filter(Boolean).join(" "),
      attrs: { type: "button", "data-command": true, disabled: options.busy },
      on: { click: onClick },
    },
    label,
  );
}

/** A text field (or a text area for several lines) with its label, badges and notes. */
export function textField(options: {
  id: string;
  label: Child[];
  value: string;
  multiline?: boolean;
  invalid?: boolean;
  hint?: string;
  notes?: readonly string[];
  notesLang?: string;
  inputmode?: string;
  onInput: (value: string) => void;
  onChange: () => void;
}): HTMLElement {
  const { id } = options;
  const described = [options.hint ? `${id}-hint` : null, options.notes?.length ? `${id}-notes` : null].filter(Boolean).join(" ");
  const attrs = {
    autocomplete: "off",
    "aria-invalid": options.invalid ? "true" : undefined,
    "aria-describedby": described || undefined,
    inputmode: options.inputmode,
  };
  const input = options.multiline
    ? h("textarea", { id, className: "text-input", attrs: { ...attrs, rows: Math.min(6, Math.max(2, options.value.split("\n").length)) } })
    : h("input", { id, className: "text-input", attrs: { ...attrs, type: "text" } });
  input.value = options.value;
  input.addEventListener("input", () => options.onInput(input.value));
  input.addEventListener("change", () => options.onChange());
  return h(
    "div",
    { className: "field" },
    h("label", { attrs: { for: id } }, ...options.label),
    input,
    options.hint ? h("p", { id: `${id}-hint`, className: "help field-hint" }, options.hint) : null,
    options.notes?.length ? h("p", { id: `${id}-notes`, className: "field-note", attrs: { lang: options.notesLang } }, options.notes.join(" ")) : null,
  );
}
