/**
 * The task pane's state, as plain data. Every change is a named transition (transitions.ts)
 * that returns a new state; `render(state)` (render.ts) draws the whole pane from it. Nothing
 * here is rendered text: statuses are catalogue keys with their parameters, so a language
 * switch redraws every message in the other language.
 */
import type { Finding } from "../core/findings/finding";
import type { TaskpaneLanguage, TaskpaneMessages } from "../core/messages/catalogue";
import type { ReportModel } from "../core/report/model";
import type { SheetSpec, WorkbookSpec } from "../core/sheet/model";
import type { Grid } from "../core/grid/grid";
import type { MissingItem, RoutineStatus, StepKey } from "../app/routine";
import type { AgencyKey } from "../core/workbook/agencySheet";
import type { PeriodSource } from "../core/dossiers/period";
import type { KeyFigure } from "./figures";

export type { StepKey } from "../app/routine";

/** Where a command's result is shown: a step, or step 6's "next year" section (its own message and findings). */
export type FeedbackKey = StepKey | "nextYear";

/** Where the pane runs: inside Excel (Office.js) or as a plain web page. */
export type HostMode = "excel" | "standalone";

/** What was pasted into a paste box: the text, and the clipboard's HTML table if it had one. */
export interface PasteState {
  readonly text: string;
  /** The text/html flavour of the last paste when it held a <table>; null once the text is edited. */
  readonly html: string | null;
}

/** "draft": the report was written but something required is missing (amber, never green). */
export type StatusTone = "info" | "success" | "error" | "draft";

/** Catalogue keys whose text takes `P` as its parameter (or none). */
export type MessageKey = keyof TaskpaneMessages;

/** A message as data: a catalogue key and its parameters, rendered in the pane's language when drawn. */
export interface StatusMessage {
  readonly key: MessageKey;
  readonly params?: Readonly<Record<string, unknown>>;
  readonly tone: StatusTone;
}

/** The text of a status in a language. */
export function statusText(t: TaskpaneMessages, status: Pick<StatusMessage, "key" | "params">): string {
  return (t[status.key] as (p?: unknown) => string)(status.params ?? {});
}

/** What the last command of a step left inside that step: its message, findings, and what to click next. */
export interface StepFeedback {
  readonly status: StatusMessage;
  readonly findings: readonly Finding[] | null;
  /** Findings point at cells of the open workbook (Excel only): their buttons select them. */
  readonly selectable: boolean;
  /** The file the findings' cells are in (an imported plan or export): they are named by its table's rows. */
  readonly file?: string;
}

/** The tracker's filters (step 3). */
export type TaskFilter = "all" | "open" | "late" | "noEvidence";

/** What the tracker's fields hold before they are saved, by task key. */
export interface TaskInput {
  readonly status?: string;
  readonly evidence?: string;
  readonly note?: string;
}

/** The last one-stop export read in step 4, kept so a changed period is counted again without picking it again. */
export interface DossierSource {
  readonly name: string;
  readonly grids: readonly Grid[];
  readonly contextTexts: readonly string[];
}

/** How step 4's period was proposed, and what it left out. */
export interface PeriodProposal {
  readonly source: PeriodSource;
  /** Rows received before / after the period, left out. */
  readonly before: number;
  readonly after: number;
}

/** Why the browser did not keep the work (standalone page). */
export type StorageState = "ok" | "unavailable" | "quota" | "failed";

/** The last report built: the model (for the .docx), its sheets, key figures and whether it is a draft. */
export interface ReportState {
  readonly model: ReportModel;
  readonly sheets: WorkbookSpec;
  readonly figures: readonly KeyFigure[];
  readonly year: number;
  /** Missing items that make it a draft; empty → final. */
  readonly missing: readonly MissingItem[];
  readonly errors: number;
}

/**
 * The standalone page's workbook: the tracking workbook it built or the user opened, kept in
 * memory between steps. `base` is the opened file (its other sheets are kept in downloads);
 * `sheets` are the sheets written since, which win over the base's of the same name.
 */
export interface MemoryWorkbook {
  readonly name: string;
  readonly base: Uint8Array | null;
  readonly baseGrids: readonly Grid[];
  readonly sheets: readonly SheetSpec[];
  /** A workbook with macros (.xlsm): the report download keeps them and the extension. */
  readonly macroEnabled?: boolean;
  /** The sheet the downloaded file opens on and prints (the report, once written). */
  readonly active?: string;
  /** Which book the browser keeps it as (standalone/savedBook.ts): each new book its own, so starting one never replaces another. */
  readonly id?: string;
}

/** A new book's id: the time it was started and a random part. */
export function newBookId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** A running command: the step it belongs to and its progress. */
export interface BusyState {
  readonly step: FeedbackKey | null;
  /** 0–100 when the size of the work is known, else null (an indeterminate bar). */
  readonly percent: number | null;
}

export interface AppState {
  readonly lang: TaskpaneLanguage;
  readonly mode: HostMode | null;
  readonly busy: BusyState | null;
  /** The one live status line (progress and the last result). */
  readonly status: StatusMessage | null;
  /** The routine read from the workbook; null before the first read. */
  readonly routine: RoutineStatus | null;
  readonly feedback: Readonly<Partial<Record<FeedbackKey, StepFeedback>>>;
  readonly paste: Readonly<Record<"plan" | "dossiers", PasteState>>;
  /** Budget amounts typed in step 5, by cell ("D3"), before they are saved. */
  readonly budgetInputs: Readonly<Record<string, string>>;
  /** Agency facts typed in steps 2 and 4 (the period), by key, before they are saved. */
  readonly agencyInputs: Readonly<Partial<Record<AgencyKey, string>>>;
  /** The tracker's fields typed before they are saved, by task key. */
  readonly taskInputs: Readonly<Record<string, TaskInput>>;
  /** Step 6: results typed for the report's standard items that lack one (by item key), before they are saved. */
  readonly itemInputs: Readonly<Record<string, string>>;
  readonly taskFilter: TaskFilter;
  /** Tasks whose full text is open in the tracker. */
  readonly openTasks: readonly string[];
  /** Step 4: the last export (for counting again) and how its period was proposed. */
  readonly dossierSource: DossierSource | null;
  readonly periodProposal: PeriodProposal | null;
  /** Standalone: a tracking workbook saved in the browser, offered back on opening (null once answered). */
  readonly restore: { readonly savedAt: string; readonly year: number | null } | null;
  /** Standalone: whether the browser keeps the work, and when it last did (ISO timestamp). */
  readonly storage: StorageState | null;
  readonly savedAt: string | null;
  /** Cells of inputs that failed to read ("D3"): aria-invalid and focus. */
  readonly invalid: readonly string[];
  readonly report: ReportState | null;
  /** Next year's plan document drafted with the last "Tạo sổ theo dõi năm N+1" (its .docx on offer); null before or once stale. */
  readonly nextYearPlan: { readonly model: ReportModel; readonly year: number } | null;
  /** Standalone: the workbook in memory. */
  readonly workbook: MemoryWorkbook | null;
  /** Excel: the host can open a new workbook (ExcelApi 1.8) / is a Mac webview (no downloads). */
  readonly canCreateWorkbook: boolean;
  readonly macWebview: boolean;
  /** Element id to focus after the next render (the first error, a re-rendered button). */
  readonly focus: string | null;
}

export function createAppState(): AppState {
  return {
    lang: "vi",
    mode: null,
    busy: null,
    status: null,
    routine: null,
    feedback: {},
    paste: { plan: { text: "", html: null }, dossiers: { text: "", html: null } },
    budgetInputs: {},
    agencyInputs: {},
    taskInputs: {},
    itemInputs: {},
    taskFilter: "all",
    openTasks: [],
    dossierSource: null,
    periodProposal: null,
    restore: null,
    storage: null,
    savedAt: null,
    invalid: [],
    report: null,
    nextYearPlan: null,
    workbook: null,
    canCreateWorkbook: false,
    macWebview: false,
    focus: null,
  };
}
