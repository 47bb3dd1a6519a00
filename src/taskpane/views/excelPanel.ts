/**
 * The Excel-mode panel: year, tracking sheets, import (selection, paste, file), check and
 * report. DOM only: every button calls an action (excel/actions.ts), and `refresh` redraws the
 * parts that depend on results (paste note, figures, downloads, findings) from the state.
 */
import type { Finding } from "../../core/findings/finding";
import type { TaskpaneMessages } from "../../core/messages/catalogue";
import { h, replaceChildren } from "../dom";
import { pasteFromClipboard } from "../paste";
import type { AppState, PasteState } from "../state";
import { commandButton, filePicker, section, yearField } from "./controls";
import { renderFigures } from "./figures";
import { renderFindings } from "./findings";

export interface ExcelActions {
  createTracking(): void;
  importSelection(): void;
  importPaste(): void;
  importFile(file: File): void;
  validate(): void;
  report(): void;
  downloadDocx(): void;
  selectFinding(finding: Finding): void;
}

export interface PanelView {
  readonly element: HTMLElement;
  /** Redraws the result-dependent parts from the state. */
  refresh(): void;
}

/** File types the importers read (io/readSource.ts). */
export const planFileTypes = ".docx,.xlsx,.xlsm,.html,.htm,.tsv,.csv,.txt";

/**
 * The paste box. A paste whose clipboard holds an HTML table replaces the box's content with
 * the plain text and keeps the HTML for the import; typing afterwards drops the HTML, since
 * it no longer matches what the box shows.
 */
function pasteBox(t: TaskpaneMessages, state: AppState, onChange: (paste: PasteState) => void): HTMLTextAreaElement {
  const box = h("textarea", {
    id: "paste",
    className: "paste-box",
    attrs: { rows: 5, spellcheck: "false", placeholder: t.pastePlaceholder(), "aria-describedby": "paste-note" },
    on: {
      paste: (event) => {
        const pasted = pasteFromClipboard(event.clipboardData);
        if (!pasted || pasted.html === null) return; // plain text: the browser pastes, `input` records it
        event.preventDefault();
        box.value = pasted.text;
        onChange(pasted);
      },
      input: () => onChange({ text: box.value, html: null }),
    },
  });
  box.value = state.paste.text;
  return box;
}

export function buildExcelPanel(t: TaskpaneMessages, state: AppState, actions: ExcelActions): PanelView {
  const pasteNote = h("p", { id: "paste-note", className: "help note" });
  const reportResults = h("div", { className: "report-results" });
  const findingsHost = h("div", { className: "results", attrs: { "aria-live": "polite" } });

  const showPasteNote = () => {
    pasteNote.textContent = state.paste.html !== null ? t.pasteHtmlKept() : "";
    pasteNote.hidden = state.paste.html === null;
  };
  const refresh = () => {
    showPasteNote();
    replaceChildren(
      reportResults,
      state.report ? renderFigures(t, state.report.figures) : null,
      state.report ? commandButton(t.downloadReportDocx(), actions.downloadDocx, { id: "download-docx" }) : null,
    );
    replaceChildren(findingsHost, state.findings ? renderFindings(t, state.lang, state.findings, actions.selectFinding) : null);
  };

  const onPaste = (paste: PasteState) => {
    state.paste = paste;
    showPasteNote();
  };

  const element = h(
    "div",
    { className: "panel panel-excel" },
    yearField(t, state),
    section("tracking", t.trackingHeading(), t.trackingHelp(), commandButton(t.trackingCreate(), actions.createTracking, { id: "create-tracking" })),
    section(
      "import",
      t.importHeading(),
      t.importHelp(),
      commandButton(t.importFromSelection(), actions.importSelection, { primary: true, id: "import-selection" }),
      h("div", { className: "field" }, h("label", { attrs: { for: "paste" } }, t.pasteLabel()), pasteBox(t, state, onPaste), pasteNote),
      commandButton(t.importFromPaste(), actions.importPaste, { id: "import-paste" }),
      filePicker(t, "plan-file", t.fileLabel(), planFileTypes, actions.importFile),
    ),
    section("validate", t.validateHeading(), t.validateHelp(), commandButton(t.validateRun(), actions.validate, { id: "validate" })),
    section("report", t.reportHeading(), t.reportHelp(), commandButton(t.reportRun(), actions.report, { primary: true, id: "report" }), reportResults),
    findingsHost,
  );
  refresh();
  return { element, refresh };
}
