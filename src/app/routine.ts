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
import { missingAgency, missingBudget, missingDossiers, missingPlan, taskProgress } from "../core/routine/needs";
import { stepKeys, type MissingItem, type StepKey, type TaskProgress } from "../core/routine/steps";
import { foldKey } from "../core/text/normalize";
import type { AgencyInfo } from "../core/workbook/agencySheet";
import { budgetTotals } from "../core/workbook/budgetSheet";
import { dataYear, typedYearProblems } from "../core/workbook/dataYear";
import { findSheet, sheetNames } from "../core/workbook/sheetNames";
import { reportFromGrids, type ReportJobResult } from "./reportJob";

export { stepKeys, type MissingItem, type StepKey, type TaskProgress } from "../core/routine/steps";

/** "done": nothing to do; "attention": something to fix or fill (see `count`); "todo": not started. */
export type StepState = "done" | "attention" | "todo";

export interface StepStatus {
  readonly key: StepKey;
  readonly state: StepState;
  /** Items missing or findings to look at (0 when done). */
  readonly count: number;
  readonly missing: readonly MissingItem[];
  readonly findings: readonly Finding[];
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
  readonly tasks: TaskProgress;
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

/** Findings of one sheet. */
const onSheet = (findings: readonly Finding[], sheet: string) => findings.filter((f) => f.sheet !== null && foldKey(f.sheet) === foldKey(sheet));

function stepOf(key: StepKey, missing: readonly MissingItem[], findings: readonly Finding[], started: boolean): StepStatus {
  const errors = findings.filter((f) => f.severity === "error");
  const attention = missing.length + errors.length;
  const state: StepState = !started ? "todo" : attention > 0 ? "attention" : "done";
  return { key, state, count: attention, missing, findings };
}

/**
 * The routine's status from the workbook's grids (any sheets; the tracking sheets are found by name).
 * @example routineStatus(gridsOfAnUnfilledWorkbook).missing.map((m) => m.label) → ["Cơ quan chủ quản", …]
 */
export function routineStatus(grids: readonly Grid[]): RoutineStatus {
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
  const report = hasAll && year !== null ? reportFromGrids(named, { year }) : null;
  const read = report?.ok ? report.read : null;
  const findings = [...yearFindings, ...(report ? (report.ok ? report.read.findings : report.fatal) : [])];

  const planMissing = missingPlan(read?.tasks.length ?? (tasksGrid ? (importPlan([tasksGrid], { year: year ?? undefined })?.tasks.length ?? 0) : 0));
  const agencyMissing = missingAgency(agencyGrid);
  const dossiers = read?.dossiers ?? null;
  // A partial source (issue 19) leaves groups of the dossier sheet blank: each is named at its first cell.
  const dossierMissing = missingDossiers(dossiers?.received ?? null, dossiers?.missing ?? [], read?.refs.columns?.dossiers);
  const budgetData = read?.budget ?? null;
  const totals = budgetData ? budgetTotals(budgetData) : null;
  const budget = totals ? { granted: totals.granted.amount, disbursed: totals.disbursed.amount, estimate: totals.estimate.amount } : null;
  const budgetMissing = missingBudget(budgetData, budget, year);

  const tasks = taskProgress(read?.tasks ?? [], read?.findings ?? []);
  const taskFindings = onSheet(read?.findings ?? [], sheetNames.tasks);
  const missing = [...planMissing, ...agencyMissing, ...dossierMissing, ...budgetMissing];
  const hasReport = findSheet(grids, sheetNames.report) !== null;
  const byStep: Record<StepKey, StepStatus> = {
    plan: stepOf("plan", planMissing, [], tasksGrid !== null),
    agency: stepOf("agency", agencyMissing, [...yearFindings, ...onSheet(read?.findings ?? [], sheetNames.agency)], agencyGrid !== null),
    tasks: stepOf("tasks", [], taskFindings, tasks.total > 0),
    dossiers: stepOf("dossiers", dossierMissing, onSheet(read?.findings ?? [], sheetNames.dossiers), dossiers !== null && dossiers.received > 0),
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
    dossiers,
    dossierFields: read?.dossierFields ?? [],
    budget,
    findings,
    missing,
    agency: read?.agency ?? null,
    report,
  };
}
