/**
 * Every change of the pane's state, as a named pure function (state in, state out). The
 * actions call them; tests call them without a DOM. Feedback lands in the step that ran; an
 * error also asks the render to focus it (the first error gets focus).
 */
import type { Finding } from "../core/findings/finding";
import type { JobFailure, JobResult } from "../core/job/jobResult";
import type { TaskpaneLanguage } from "../core/messages/catalogue";
import type { MissingItem, RoutineStatus } from "../app/routine";
import type { ReportModel } from "../core/report/model";
import type { AppState, FeedbackKey, MemoryWorkbook, PasteState, ReportState, StatusMessage, StatusTone } from "./state";

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

/** The standalone workbook changed. */
export function applyWorkbook(state: AppState, workbook: MemoryWorkbook | null): AppState {
  return { ...state, workbook };
}

export function applyPaste(state: AppState, box: "plan" | "dossiers", paste: PasteState): AppState {
  return { ...state, paste: { ...state.paste, [box]: paste } };
}

export function applyBudgetInput(state: AppState, cell: string, text: string): AppState {
  return { ...state, budgetInputs: { ...state.budgetInputs, [cell]: text }, invalid: state.invalid.filter((c) => c !== cell) };
}

export function applyAgencyInput(state: AppState, label: string, text: string): AppState {
  return { ...state, agencyInputs: { ...state.agencyInputs, [label]: text } };
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

/** Outcome of a plan import (step 1). */
export function applyImport(state: AppState, outcome: PaneOutcome<Imported>): AppState {
  if (!outcome.ok) return finishFailed(state, "plan", outcome);
  return finish({ ...state, report: null, nextYearPlan: null }, "plan", outcome.summary, outcome.findings, outcome.selectable);
}

/** Outcome of a dossier import (step 4). */
export function applyDossiers(state: AppState, outcome: PaneOutcome<Imported>): AppState {
  if (!outcome.ok) return finishFailed(state, "dossiers", outcome);
  return finish({ ...state, report: null, nextYearPlan: null }, "dossiers", outcome.summary, outcome.findings, outcome.selectable);
}

/** Saved amounts (step 5) or agency facts (step 2); `invalid` lists inputs that did not read. */
export function applySaved(state: AppState, step: "budget" | "agency", status: StatusMessage, invalid: readonly string[] = []): AppState {
  // A refused save changes nothing: the report built before stays on offer.
  if (invalid.length > 0) return { ...finish({ ...state, invalid }, step, status, null, false), focus: `input-${step}-${invalid[0]}` };
  const next = finish({ ...state, report: null, nextYearPlan: null, invalid }, step, status, null, false);
  return step === "budget" ? { ...next, budgetInputs: {} } : { ...next, agencyInputs: {} };
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

/** Missing items grouped for the report step's list. */
export function missingOf(state: AppState): readonly MissingItem[] {
  return state.report?.missing ?? state.routine?.missing ?? [];
}
