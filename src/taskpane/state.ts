/**
 * The task pane's one mutable state object. It is created once in taskpane.ts and passed
 * down; no other module keeps state of its own (style.md: no module-level mutable state).
 * Views are rebuilt from it when the language changes, so everything the user would lose
 * on a rebuild (pasted text, findings, the last report) lives here.
 */
import type { Finding } from "../core/findings/finding";
import type { TaskpaneLanguage } from "../core/messages/catalogue";
import type { PlanImport } from "../core/plan/plan";
import type { ReportModel } from "../core/report/model";
import type { WorkbookSpec } from "../core/sheet/model";
import type { KeyFigure } from "./figures";

/** Where the pane runs: inside Excel (Office.js) or as a plain web page. */
export type HostMode = "excel" | "standalone";

/** What was pasted into the paste box: the text, and the clipboard's HTML table if it had one. */
export interface PasteState {
  text: string;
  /** The text/html flavour of the last paste when it held a <table>; null once the text is edited. */
  html: string | null;
}

/** The findings on show, and whether their cells can be selected (only in Excel). */
export interface FindingsState {
  readonly list: readonly Finding[];
  readonly selectable: boolean;
}

/** The last report built: the model (for the .docx), its sheets (for the standalone .xlsx) and key figures. */
export interface ReportState {
  readonly model: ReportModel;
  readonly sheets: WorkbookSpec;
  readonly figures: readonly KeyFigure[];
  readonly year: number;
}

/** A file the user picked in standalone mode, kept as bytes so each download starts fresh. */
export interface PickedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
  /** A workbook with macros (.xlsm): the report download keeps them and the extension. */
  readonly macroEnabled?: boolean;
}

export type StatusTone = "info" | "success" | "error";

export interface AppState {
  lang: TaskpaneLanguage;
  mode: HostMode | null;
  busy: boolean;
  yearText: string;
  paste: PasteState;
  findings: FindingsState | null;
  report: ReportState | null;
  /** Standalone: the imported plan, for "Tải sổ theo dõi". */
  plan: PlanImport | null;
  /** Standalone: the tracking workbook the report was built from. */
  trackingFile: PickedFile | null;
  status: { text: string; tone: StatusTone } | null;
}

export function createAppState(): AppState {
  return {
    lang: "vi",
    mode: null,
    busy: false,
    yearText: "",
    paste: { text: "", html: null },
    findings: null,
    report: null,
    plan: null,
    trackingFile: null,
    status: null,
  };
}
