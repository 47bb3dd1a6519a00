/**
 * The findings list: severity word, location ("Nhiệm vụ!D7") and message, errors first. In
 * Excel each finding with a cell is a real <button>, so click, Enter and Space select its cell.
 * Messages quote imported cell text; everything is inserted as text nodes by `h`.
 */
import type { Finding, Severity } from "../../core/findings/finding";
import type { TaskpaneLanguage, TaskpaneMessages } from "../../core/messages/catalogue";
import { findingLocation, findingText } from "../../core/messages/render";
import { h } from "../dom";
import { severityText } from "../i18n";

/** The findings on show, and whether their cells can be selected (only in Excel). */
export interface FindingsState {
  readonly list: readonly Finding[];
  readonly selectable: boolean;
}

const order: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** Errors first, then warnings, then notes; stable within a severity (table order). */
export function sortFindings(list: readonly Finding[]): Finding[] {
  return [...list].sort((a, b) => order[a.severity] - order[b.severity]);
}

function count(list: readonly Finding[], severity: Severity): number {
  return list.filter((f) => f.severity === severity).length;
}

function findingBody(t: TaskpaneMessages, f: Finding, location: string): HTMLElement[] {
  return [
    h("span", { className: `badge badge-${f.severity}` }, severityText(t, f.severity)),
    location ? h("span", { className: "finding-location" }, location) : null,
    // Findings are Vietnamese in every UI language (like the "Kiểm tra" sheet): say so to screen readers.
    h("span", { className: "finding-message", attrs: { lang: "vi" } }, findingText(f)),
  ].filter((e): e is HTMLSpanElement => e !== null);
}

/** Where a finding is, as the user sees it, and how to go there (null: nowhere in this pane or workbook). */
export type FindingPlace = (f: Finding) => { readonly location: string; readonly go: (() => void) | null };

function findingItem(t: TaskpaneMessages, f: Finding, onSelect: ((f: Finding) => void) | null, id: string, place?: FindingPlace): HTMLLIElement {
  const placed = place?.(f);
  const location = placed?.location ?? findingLocation(f);
  if (placed) {
    if (!placed.go) return h("li", {}, h("div", { className: "finding" }, ...findingBody(t, f, location)));
    const go = placed.go;
    const link = h(
      "button",
      {
        id,
        className: "finding finding-button",
        attrs: { type: "button", "data-command": true, title: t.findingGoToField({ location }) },
        on: { click: () => go() },
      },
      ...findingBody(t, f, location),
    );
    return h("li", {}, link);
  }
  if (onSelect && f.sheet && f.cell) {
    // An id, so the focus stays on the finding the user picked when the pane is redrawn.
    const button = h(
      "button",
      {
        id,
        className: "finding finding-button",
        attrs: { type: "button", "data-command": true, title: t.findingGoTo({ location }) },
        on: { click: () => onSelect(f) },
      },
      ...findingBody(t, f, location),
    );
    return h("li", {}, button);
  }
  return h("li", {}, h("div", { className: "finding" }, ...findingBody(t, f, location)));
}

/**
 * @param onSelect called when the user picks a finding; null outside Excel (nothing to select)
 */
export function renderFindings(
  t: TaskpaneMessages,
  lang: TaskpaneLanguage,
  state: FindingsState,
  onSelect: ((f: Finding) => void) | null,
  idPrefix = "findings",
  place?: FindingPlace,
  extra?: HTMLElement | null,
): HTMLElement {
  const list = sortFindings(state.list);
  const select = state.selectable ? onSelect : null;
  return h(
    "section",
    { className: "findings", attrs: { "aria-labelledby": `${idPrefix}-heading` } },
    h("h3", { id: `${idPrefix}-heading` }, t.findingsHeading()),
    h("p", { className: "findings-count" }, t.findingsCount({ errors: count(list, "error"), warnings: count(list, "warning"), infos: count(list, "info") })),
    lang !== "vi" ? h("p", { className: "help" }, t.findingsLanguageNote()) : null,
    list.length === 0
      ? h("p", { className: "findings-none" }, t.findingsNone())
      : h("ul", { className: "findings-list" }, ...list.map((f, i) => findingItem(t, f, select, `${idPrefix}-${i}`, place))),
    extra ?? null,
  );
}
