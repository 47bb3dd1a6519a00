/**
 * The yearly routine's status, read from the tracking workbook's grids: six steps (plan,
 * agency facts, tasks, dossiers, budget, report), each done / needing attention / to do, the
 * year of the data and the items a final report still needs. A pure function of the grids, so
 * the pane computes it from one read of the workbook (Excel) or of the file kept in memory
 * (standalone page), and tests hold it without a DOM.
 *
 * Orchestration only: the rules are core's (the data's year: core/workbook/dataYear; what each
 * step lacks: core/routine/steps), and the checks are the report's own (`reportFromGrids`), so
 * the pane's "Kiểm tra", the report and the "Kiểm tra" sheet give the same findings.
 */
import type { Grid } from "../core/grid/grid";
import type { Finding } from "../core/findings/finding";
import type { DossierCounts } from "../core/dossiers/counts";
import { importPlan } from "../core/plan/importPlan";
import { missingAgency, missingBudget, missingDossiers, missingPlan } from "../core/routine/needs";
import { stepKeys, type MissingItem, type StepKey } from "../core/routine/steps";
import { foldKey } from "../core/text/normalize";
import { readAgencyGrid, type AgencyInfo, type AgencyRead } from "../core/workbook/agencySheet";
import { asOfDate, periodKeys, periodSettled, unconfirmedFacts } from "../core/workbook/agencyFacts";
import { budgetTotals } from "../core/workbook/budgetSheet";
import { dataYear, typedYearProblems } from "../core/workbook/dataYear";
import { tasksLayout } from "../core/workbook/layouts";
import { locateColumns, locatedLetters } from "../core/sheet/layout";
import { cellInRowOf, parseCellAddress } from "../core/grid/address";
import { taskIsLate, taskLacksEvidence, taskStatusKey, trackerProgress, type TaskStatusKey, type TrackerProgress } from "../core/routine/tracker";
import type { Timing } from "../core/timing/timing";
import { workbookText } from "../core/messages/catalogue";
import { findSheet, sheetNames, taskStatuses } from "../core/workbook/sheetNames";
import { reportFromGrids, type ReportJobResult, type TrackingRead } from "./reportJob";

export { stepKeys, type MissingItem, type StepKey, type TaskProgress } from "../core/routine/steps";
export { taskStatusKey, trackerProgress, type TaskStatusKey, type TrackerProgress } from "../core/routine/tracker";

/** "done": nothing to do; "attention": something to fix or fill (see `count`); "progress": under way (tasks not all finished); "todo": not started. */
export type StepState = "done" | "attention" | "progress" | "todo";

export interface StepStatus {
  readonly key: StepKey;
  readonly state: StepState;
  /** Items missing or findings to look at (0 when done). */
  readonly count: number;
  readonly missing: readonly MissingItem[];
  readonly findings: readonly Finding[];
}

/** One task as the tracker shows it: what the plan says, its progress, where its cells are and what the checks say. */
export interface TaskRow {
  /** The task-text cell ("C5"): identifies the row within one read. */
  readonly key: string;
  /** 1-based row of "Nhiệm vụ". */
  readonly row: number;
  readonly no: string;
  readonly task: string;
  readonly output: string;
  readonly timing: string;
  /** The schedule as read (the tracker checks evidence typed against it). */
  readonly schedule: Timing;
  /** Last day of the task's time (ISO), or null when the schedule has none. */
  readonly end: string | null;
  readonly lead: string;
  readonly status: string;
  readonly statusKey: TaskStatusKey;
  readonly evidence: string;
  readonly note: string;
  /** A1 cells of "Nhiệm vụ" the tracker writes (null when the sheet has no such column). */
  readonly cells: { readonly status: string | null; readonly evidence: string | null; readonly note: string | null };
  /** The report's checks about this task (its evidence: late, no date, unreadable…). */
  readonly findings: readonly Finding[];
  readonly late: boolean;
  readonly noEvidence: boolean;
}

/** The budget's totals (budgetTotals' rule): null where a line stops the sum (its finding says which). */
export interface BudgetFigures {
  readonly granted: number | null;
  readonly disbursed: number | null;
  readonly estimate: number | null;
}

export interface RoutineStatus {
  /** The year of the data (plan or "Thông tin"), never the clock's; null when nothing says. */
  readonly year: number | null;
  /** The year next year's workbook starts from (nextYearSource): null when it would be refused. */
  readonly nextYearFrom: number | null;
  readonly steps: readonly StepStatus[];
  readonly tasks: TrackerProgress;
  /** Each task of the plan, for the tracker (step 3). */
  readonly taskRows: readonly TaskRow[];
  /** The status choices of the workbook (its drop-down list), then any other status written in the sheet. */
  readonly statusChoices: readonly string[];
  /** The status of a finished task, as the workbook writes it ("Hoàn thành"): step 3's one-click "done". */
  readonly doneStatus: string;
  /** "Thông tin" as read: the facts (proposals marked), each fact's cell; null without the sheet. */
  readonly agencyRead: AgencyRead | null;
  /** The data period needs no word from the user (agencyFacts.periodSettled at the day the status was read). */
  readonly periodSettled: boolean;
  readonly dossiers: DossierCounts | null;
  readonly dossierFields: readonly DossierCounts[];
  readonly budget: BudgetFigures | null;
  /** The one set of checks: the report's findings plus the year's. */
  readonly findings: readonly Finding[];
  /** Everything a final report still needs; empty → the report is final. */
  readonly missing: readonly MissingItem[];
  /** The agency facts as read (for the report's header), null without "Thông tin". */
  readonly agency: AgencyInfo | null;
  /** The report built from these grids (same checks), null when a sheet it needs is absent. */
  readonly report: ReportJobResult | null;
}

/** The tracker's rows: each task with its cells in "Nhiệm vụ", its findings, whether it is late or lacks a document. */
function taskRows(read: TrackingRead | null, tasksGrid: Grid | null): TaskRow[] {
  if (!read || !tasksGrid) return [];
  const letters = locatedLetters(locateColumns(tasksGrid.rows, tasksLayout), tasksGrid.firstColumnNumber);
  const asOf = asOfDate(read.agency);
  return read.tasks.map((t) => {
    const row = parseCellAddress(t.source.cell)?.rowNumber ?? 0;
    const at = (key: "status" | "evidence" | "note") => (letters[key] ? cellInRowOf(t.source.cell, letters[key]) : null);
    const own = new Set([t.source.cell, ...Object.values(t.cells)]);
    const findings = read.findings.filter((f) => f.sheet === t.source.sheet && f.cell !== null && own.has(f.cell));
    const statusKey = taskStatusKey(t.status);
    const end = t.timing.end ?? null;
    return {
      key: t.source.cell,
      row,
      no: t.no,
      task: t.task,
      output: t.output,
      timing: t.timing.text,
      schedule: t.timing,
      end,
      lead: t.units.lead.map((u) => u.name ?? u.written).join("; "),
      status: t.status,
      statusKey,
      evidence: t.evidence,
      note: t.note,
      cells: { status: at("status"), evidence: at("evidence"), note: at("note") },
      findings,
      late: taskIsLate(statusKey, end, asOf, findings),
      noEvidence: taskLacksEvidence(statusKey, t.evidence),
    };
  });
}

/** Findings of one sheet. */
const onSheet = (findings: readonly Finding[], sheet: string) => findings.filter((f) => f.sheet !== null && foldKey(f.sheet) === foldKey(sheet));

/** The checks of the data period (made at "Thông tin"'s cells, shown in step 4). */
const periodCodes = new Set(["period_end_before_start", "as_of_future", "as_of_outside_period"]);

function stepOf(key: StepKey, missing: readonly MissingItem[], findings: readonly Finding[], started: boolean, ongoing = false): StepStatus {
  const errors = findings.filter((f) => f.severity === "error");
  const attention = missing.length + errors.length;
  const state: StepState = !started ? "todo" : attention > 0 ? "attention" : ongoing ? "progress" : "done";
  return { key, state, count: attention, missing, findings };
}

/**
 * The routine's status from the workbook's grids (any sheets; the tracking sheets are found by name).
 * @example routineStatus(gridsOfAnUnfilledWorkbook).missing.map((m) => m.label) → ["Cơ quan chủ quản", …]
 */
export function routineStatus(grids: readonly Grid[], options: { today?: string } = {}): RoutineStatus {
  const { year, findings: yearFindings } = dataYear(grids);
  const nextYearFrom = typedYearProblems(grids).length > 0 ? null : year;
  const agencyGrid = findSheet(grids, sheetNames.agency);
  const tasksGrid = findSheet(grids, sheetNames.tasks);
  const hasAll = [sheetNames.agency, sheetNames.tasks, sheetNames.dossiers, sheetNames.budget].every((n) => findSheet(grids, n) !== null);
  // The report's reader matches sheets by exact name; give it the names it expects.
  const named = grids.map((g) => {
    const own = Object.values(sheetNames).find((n) => foldKey(n) === foldKey(g.sheet));
    return own && own !== g.sheet ? { ...g, sheet: own } : g;
  });
  const report = hasAll && year !== null ? reportFromGrids(named, { year, today: options.today }) : null;
  const read = report?.ok ? report.read : null;
  const findings = [...yearFindings, ...(report ? (report.ok ? report.read.findings : report.fatal) : [])];

  const planMissing = missingPlan(read?.tasks.length ?? (tasksGrid ? (importPlan([tasksGrid], { year: year ?? undefined })?.tasks.length ?? 0) : 0));
  const agencyMissing = missingAgency(agencyGrid);
  const agencyRead = agencyGrid ? readAgencyGrid(agencyGrid, year ?? 0) : null;
  // Proposals nobody confirmed (the period's are step 4's): the report is a draft until they are; one item for all (one action confirms them).
  const proposals = agencyRead ? unconfirmedFacts(agencyRead.info).filter((key) => !(periodKeys as readonly string[]).includes(key)) : [];
  if (agencyRead && proposals.length > 0)
    agencyMissing.push({
      step: "agency",
      label: workbookText.agency.proposedItems({ count: proposals.length }),
      sheet: sheetNames.agency,
      cell: agencyRead.cells[proposals[0]] ?? null,
      confirm: true,
    });
  const dossiers = read?.dossiers ?? null;
  // A partial source (issue 19) leaves groups of the dossier sheet blank: each is named at its first cell.
  const dossierMissing = missingDossiers(dossiers?.received ?? null, dossiers?.missing ?? [], read?.refs.columns?.dossiers);
  const settled = agencyRead !== null && periodSettled(agencyRead.info, options.today);
  if (agencyRead && !settled)
    dossierMissing.push({
      step: "dossiers",
      label: workbookText.agency.periodItem,
      sheet: sheetNames.agency,
      cell: agencyRead.cells.periodStart ?? null,
      confirm: true,
    });
  const budgetData = read?.budget ?? null;
  const totals = budgetData ? budgetTotals(budgetData) : null;
  const budget = totals ? { granted: totals.granted.amount, disbursed: totals.disbursed.amount, estimate: totals.estimate.amount } : null;
  const budgetMissing = missingBudget(budgetData, budget, year);

  const rows = taskRows(read, tasksGrid);
  const tasks = trackerProgress(rows);
  const taskFindings = onSheet(read?.findings ?? [], sheetNames.tasks);
  const missing = [...planMissing, ...agencyMissing, ...dossierMissing, ...budgetMissing];
  const hasReport = findSheet(grids, sheetNames.report) !== null;
  const byStep: Record<StepKey, StepStatus> = {
    plan: stepOf("plan", planMissing, [], tasksGrid !== null),
    agency: stepOf("agency", agencyMissing, [...yearFindings, ...onSheet(read?.findings ?? [], sheetNames.agency)], agencyGrid !== null),
    tasks: stepOf("tasks", [], taskFindings, tasks.total > 0, tasks.total > 0 && tasks.open > 0),
    dossiers: stepOf(
      "dossiers",
      dossierMissing,
      [...onSheet(read?.findings ?? [], sheetNames.dossiers), ...(read?.findings ?? []).filter((f) => periodCodes.has(f.code))],
      dossiers !== null && dossiers.received > 0,
    ),
    budget: stepOf("budget", budgetMissing, onSheet(read?.findings ?? [], sheetNames.budget), budget !== null && budget.granted !== 0),
    report: {
      key: "report",
      state: hasReport && missing.length === 0 && !findings.some((f) => f.severity === "error") ? "done" : hasReport ? "attention" : "todo",
      count: missing.length,
      missing,
      findings: [],
    },
  };
  const steps = stepKeys.map((key) => byStep[key]);
  return {
    year,
    nextYearFrom,
    steps,
    tasks,
    taskRows: rows,
    statusChoices: [...taskStatuses, ...new Set(rows.filter((r) => r.statusKey === "other").map((r) => r.status))],
    doneStatus: workbookText.taskStatuses.done,
    agencyRead,
    periodSettled: settled,
    dossiers,
    dossierFields: read?.dossierFields ?? [],
    budget,
    findings,
    missing,
    agency: read?.agency ?? null,
    report,
  };
}
