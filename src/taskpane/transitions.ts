/**
 * Every change of the pane's state, as a named pure function (state in, state out). The
 * actions call them; tests call them without a DOM. Feedback lands in the step that ran; an
 * error also asks the render to focus it (the first error gets focus).
 */
import type { Finding } from "../core/findings/finding";
import type { JobFailure, JobResult } from "../core/job/jobResult";
import type { TaskpaneLanguage } from "../core/messages/catalogue";
import type { RoutineStatus } from "../app/routine";
import type { ReportModel } from "../core/report/model";
import type { AgencyKey } from "../core/workbook/agencySheet";
import type {
  AppState,
  DossierSource,
  FeedbackKey,
  MemoryWorkbook,
  PasteState,
  PeriodProposal,
  ReportState,
  StatusMessage,
  StatusTone,
  StorageState,
  TaskFilter,
  TaskInput,
} from "./state";

/** Id of the element that holds a step's feedback (focused when it reports an error). */
export const feedbackId = (step: FeedbackKey) => `step-${step}-feedback`;

const message = (key: StatusMessage["key"], tone: StatusTone, params?: Record<string, unknown>): StatusMessage => ({ key, tone, params });

/** The host is known: Excel or standalone, with what it can do. */
export function applyHost(state: AppState, mode: AppState["mode"], caps: { canCreateWorkbook?: boolean; macWebview?: boolean } = {}): AppState {
  return { ...state, mode, canCreateWorkbook: caps.canCreateWorkbook ?? false, macWebview: caps.macWebview ?? false, status: message("ready", "info") };
}

export function switchLanguage(state: AppState, lang: TaskpaneLanguage): AppState {
  return { ...state, lang, focus: "language" };
}

/** A command of `step` starts: the pane is busy, the status line says so. */
export function startJob(state: AppState, step: FeedbackKey | null): AppState {
  return { ...state, busy: { step, percent: null }, status: message("busy", "info"), focus: null };
}

/** Progress of the running command: a message, and a percentage when the size is known. */
export function progressJob(state: AppState, status: Pick<StatusMessage, "key" | "params">, percent: number | null = null): AppState {
  return { ...state, busy: state.busy ? { ...state.busy, percent } : state.busy, status: { ...status, tone: "info" } };
}

/** The command is over; its result goes to the status line and into the step. */
function finish(state: AppState, step: FeedbackKey | null, status: StatusMessage, findings: readonly Finding[] | null, selectable: boolean): AppState {
  const feedback = step ? { ...state.feedback, [step]: { status, findings, selectable } } : state.feedback;
  const focus = step && status.tone === "error" ? feedbackId(step) : state.focus;
  return { ...state, busy: null, status, feedback, focus };
}

/** A command failed with a catalogue message (PaneError, Office.js error…). */
export function applyError(state: AppState, step: FeedbackKey | null, error: Pick<StatusMessage, "key" | "params">): AppState {
  return finish(state, step, { ...error, tone: "error" }, null, false);
}

/** The routine as read from the workbook after a command (or on start). */
export function applyRoutine(state: AppState, routine: RoutineStatus | null): AppState {
  return { ...state, routine };
}

/** The standalone workbook changed; the offer to continue a saved one is answered by starting this one. */
export function applyWorkbook(state: AppState, workbook: MemoryWorkbook | null): AppState {
  return { ...state, workbook, restore: workbook ? null : state.restore };
}

export function applyPaste(state: AppState, box: "plan" | "dossiers", paste: PasteState): AppState {
  return { ...state, paste: { ...state.paste, [box]: paste } };
}

export function applyBudgetInput(state: AppState, cell: string, text: string): AppState {
  return { ...state, budgetInputs: { ...state.budgetInputs, [cell]: text }, invalid: state.invalid.filter((c) => c !== cell) };
}

export function applyAgencyInput(state: AppState, key: AgencyKey, text: string): AppState {
  return { ...state, agencyInputs: { ...state.agencyInputs, [key]: text }, invalid: state.invalid.filter((c) => c !== key) };
}

export function applyTaskInput(state: AppState, key: string, field: keyof TaskInput, text: string): AppState {
  return { ...state, taskInputs: { ...state.taskInputs, [key]: { ...state.taskInputs[key], [field]: text } } };
}

export function applyItemInput(state: AppState, key: string, text: string): AppState {
  return { ...state, itemInputs: { ...state.itemInputs, [key]: text } };
}

/** An item's result was written into "Nhận xét": no longer pending. */
export function applyItemSaved(state: AppState, key: string): AppState {
  const itemInputs = { ...state.itemInputs };
  delete itemInputs[key];
  return { ...state, itemInputs };
}

export function applyTaskFilter(state: AppState, filter: TaskFilter): AppState {
  return { ...state, taskFilter: filter, focus: `task-filter-${filter}` };
}

/** A task's full text was opened or closed (kept across redraws). */
export function applyTaskOpen(state: AppState, key: string, open: boolean): AppState {
  const others = state.openTasks.filter((k) => k !== key);
  return { ...state, openTasks: open ? [...others, key] : others };
}

/**
 * Everything the pane shows that came from the workbook it had open: a new workbook (another
 * plan imported into a new book, another tracking file opened, a saved book restored) starts
 * from none of it. One state derived from the workbook: no findings, messages, report or typed
 * fields of the previous one survive.
 */
export function resetForWorkbook(state: AppState): AppState {
  return {
    ...state,
    routine: null,
    feedback: {},
    report: null,
    nextYearPlan: null,
    budgetInputs: {},
    agencyInputs: {},
    taskInputs: {},
    itemInputs: {},
    taskFilter: "all",
    openTasks: [],
    invalid: [],
    dossierSource: null,
    periodProposal: null,
    // A book saved in the browser and not continued: the answer was to start this one (it stays saved).
    restore: null,
  };
}

/**
 * A save made as the user works (a field left, a status chosen): no busy pane, the status line
 * says it; the saved inputs leave the pending ones; what was built from the old values (the
 * report, next year's plan) is dropped.
 */
export function applyQuietSave(
  state: AppState,
  status: StatusMessage,
  saved: { agency?: readonly AgencyKey[]; task?: string; budget?: readonly string[] } = {},
): AppState {
  const agencyInputs = { ...state.agencyInputs };
  for (const key of saved.agency ?? []) delete agencyInputs[key];
  const taskInputs = { ...state.taskInputs };
  if (saved.task) delete taskInputs[saved.task];
  const budgetInputs = { ...state.budgetInputs };
  for (const cell of saved.budget ?? []) delete budgetInputs[cell];
  const invalid = state.invalid.filter((c) => !(saved.budget ?? []).includes(c) && !(saved.agency ?? []).includes(c as AgencyKey));
  return { ...state, status, agencyInputs, taskInputs, budgetInputs, invalid, report: null, nextYearPlan: null };
}

/** A field's text did not read (an amount, a date): marked invalid and focused, its message in its step. */
export function applyInvalid(state: AppState, step: FeedbackKey, status: StatusMessage, field: string, focus: string): AppState {
  return { ...finish({ ...state, invalid: [...new Set([...state.invalid, field])] }, step, status, null, false), focus };
}

/** The export read in step 4, kept for counting again with another period. */
export function applyDossierSource(state: AppState, source: DossierSource | null, proposal: PeriodProposal | null): AppState {
  return { ...state, dossierSource: source, periodProposal: proposal };
}

/** Standalone: a workbook saved in the browser is offered back. */
export function applyRestoreOffer(state: AppState, offer: AppState["restore"]): AppState {
  return { ...state, restore: offer };
}

/** Standalone: whether the browser keeps the work, and when it last did. */
export function applyStorage(state: AppState, storage: StorageState, savedAt: string | null = state.savedAt): AppState {
  return { ...state, storage, savedAt };
}

/**
 * A pane action that could not run: the core's JobFailure (the findings that stopped it, shown
 * in the step; empty when the message says it all, e.g. "this is a dossier export") and the
 * status line's message.
 */
export interface PaneFailure extends JobFailure {
  readonly status: Pick<StatusMessage, "key" | "params">;
}

/** The outcome of a pane action: the core's JobResult, its failure carrying the status message. */
export type PaneOutcome<T extends object> = JobResult<T, PaneFailure>;

/**
 * An action stopped, with its status message and the findings that stopped it.
 * @example paneFailed("wrongStepDossiers") // { ok: false, status: { key: "wrongStepDossiers" }, fatal: [] }
 */
export function paneFailed(key: StatusMessage["key"], fatal: readonly Finding[] = []): PaneFailure {
  return { ok: false, status: { key }, fatal };
}

/** A failed action's message and findings, in the step that ran. */
function finishFailed(state: AppState, step: FeedbackKey, failure: PaneFailure): AppState {
  return finish(state, step, { ...failure.status, tone: "error" }, failure.fatal, false);
}

/** What an import that ran shows (steps 1 and 4): its summary and findings. */
export interface Imported {
  readonly summary: StatusMessage;
  readonly findings: readonly Finding[];
  /** The findings' cells can be selected (Excel, imported from the selection). */
  readonly selectable: boolean;
}

/** What a plan import did to the workbook: made a new one (or opened another), or imported into the one open. */
export type ImportedInto = "new" | "same";

/**
 * Outcome of a plan import (step 1). A new workbook (a plan into an empty one, another tracking
 * file opened) resets every step: nothing of the previous workbook stays on screen.
 */
export function applyImport(state: AppState, outcome: PaneOutcome<Imported & { into?: ImportedInto; file?: string }>): AppState {
  if (!outcome.ok) return finishFailed(state, "plan", outcome);
  const base = outcome.into === "new" ? resetForWorkbook(state) : { ...state, report: null, nextYearPlan: null };
  const done = finish(base, "plan", outcome.summary, outcome.findings, outcome.selectable);
  return outcome.file ? { ...done, feedback: { ...done.feedback, plan: { ...done.feedback.plan!, file: outcome.file } } } : done;
}

/** Outcome of a dossier import (step 4); the file its findings' cells are in. */
export function applyDossiers(state: AppState, outcome: PaneOutcome<Imported & { file?: string }>): AppState {
  if (!outcome.ok) return finishFailed(state, "dossiers", outcome);
  const done = finish({ ...state, report: null, nextYearPlan: null }, "dossiers", outcome.summary, outcome.findings, outcome.selectable);
  return outcome.file ? { ...done, feedback: { ...done.feedback, dossiers: { ...done.feedback.dossiers!, file: outcome.file } } } : done;
}

/** A command of step 2 or 4 that saved agency facts (confirmed all, the period): its message in the step, the saved inputs gone. */
export function applySaved(state: AppState, step: "agency" | "dossiers", status: StatusMessage, saved: readonly AgencyKey[]): AppState {
  const agencyInputs = { ...state.agencyInputs };
  for (const key of saved) delete agencyInputs[key];
  return finish(
    { ...state, report: null, nextYearPlan: null, agencyInputs, invalid: state.invalid.filter((c) => !saved.includes(c as AgencyKey)) },
    step,
    status,
    null,
    false,
  );
}

/** "Kiểm tra" (step 3): the report's checks, written to the "Kiểm tra" sheet. */
export function applyCheck(state: AppState, findings: readonly Finding[], selectable: boolean): AppState {
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.filter((f) => f.severity === "warning").length;
  return finish(state, "tasks", message("validateDone", errors > 0 ? "error" : "success", { errors, warnings }), findings, selectable);
}

/** What "Tạo báo cáo" (step 6) that ran shows: the report and the routine's findings. */
export interface ReportBuilt {
  readonly report: ReportState;
  readonly findings: readonly Finding[];
  readonly selectable: boolean;
}

/**
 * The report was built (or could not be). A report with missing items is a draft: amber, with
 * the list; one with errors is never green.
 * @example applyReport(state, succeeded({ report: { …, missing: [agencyName] }, … })).feedback.report.status.tone === "draft"
 */
export function applyReport(state: AppState, outcome: PaneOutcome<ReportBuilt>): AppState {
  if (!outcome.ok) return finishFailed({ ...state, report: null }, "report", outcome);
  const { report } = outcome;
  const status: StatusMessage =
    report.missing.length > 0
      ? message("reportDraft", "draft", { year: report.year, missing: report.missing.length })
      : report.errors > 0
        ? message("reportWithErrors", "error", { year: report.year, errors: report.errors })
        : message("reportFinal", "success", { year: report.year });
  return finish({ ...state, report }, "report", status, outcome.findings, outcome.selectable);
}

/** What "Tạo sổ theo dõi năm N+1" (step 6) that ran shows: what was made, and what to look at in it. */
export interface NextYearMade {
  readonly status: StatusMessage;
  readonly findings: readonly Finding[];
  /** The findings' cells are in the open workbook (Excel): this year's tasks. */
  readonly selectable: boolean;
  /** Next year's plan document drafted from the same data (its .docx is then on offer). */
  readonly plan?: { readonly model: ReportModel; readonly year: number };
}

/**
 * Next year's tracking workbook was made (downloaded or opened), or could not be (its year
 * unreadable…): the message and findings go to step 6's "next year" section, apart from the
 * report's, which stays on offer.
 */
export function applyNextYear(state: AppState, outcome: PaneOutcome<NextYearMade>): AppState {
  if (!outcome.ok) return finishFailed({ ...state, nextYearPlan: null }, "nextYear", outcome);
  return finish({ ...state, nextYearPlan: outcome.plan ?? null }, "nextYear", outcome.status, outcome.findings, outcome.selectable);
}

/** A file was downloaded or a workbook opened (step 6). */
export function applyDownloaded(state: AppState, status: StatusMessage): AppState {
  return { ...state, busy: null, status, feedback: state.feedback };
}

/** A finding's or missing item's cell was selected in Excel: status only, focus stays where it was. */
export function applySelected(state: AppState, location: string): AppState {
  return { ...state, busy: null, status: message("findingSelected", "success", { location }) };
}
