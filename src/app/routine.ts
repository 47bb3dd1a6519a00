/**
 * The yearly routine's status, read from the tracking workbook's grids: six steps (plan,
 * agency facts, tasks, dossiers, budget, report), each done / needing attention / to do, the
 * year of the data and the items a final report still needs. A pure function of the grids, so
 * the pane computes it from one read of the workbook (Excel) or of the file kept in memory
 * (standalone page), and tests hold it without a DOM.
 *
 * The checks are the report's own (`reportFromGrids`): the pane's "Kiểm tra", the report and
 * the "Kiểm tra" sheet give the same findings for the same workbook.
 */
import { cellAddress } from "../core/grid/address";
import type { Grid } from "../core/grid/grid";
import { finding, paramsOf, type Finding } from "../core/findings/finding";
import type { DossierCounts, DossierQuantity } from "../core/dossiers/counts";
import { termText, workbookText } from "../core/messages/catalogue";
import { dossierColumn, type DossierColumnKey } from "../core/workbook/dossierSheet";
import { importPlan } from "../core/plan/importPlan";
import { foldKey, normalizeCellText } from "../core/text/normalize";
import { agencyFields, readAgencyYear, type AgencyInfo } from "../core/workbook/agencySheet";
import { sheetNames, taskStatuses } from "../core/workbook/sheetNames";
import { reportFromGrids, type ReportJobResult } from "./reportJob";

export const stepKeys = ["plan", "agency", "tasks", "dossiers", "budget", "report"] as const;
export type StepKey = (typeof stepKeys)[number];

/** "done": nothing to do; "attention": something to fix or fill (see `count`); "todo": not started. */
export type StepState = "done" | "attention" | "todo";

/** Something a final report needs that the workbook lacks: a cell to fill, or a step to run. */
export interface MissingItem {
  readonly step: StepKey;
  /** What is missing, as the user reads it ("Tên cơ quan", "Kinh phí được cấp"). */
  readonly label: string;
  readonly sheet: string;
  /** The cell to fill, or null when the whole step is to run (no tasks, no dossiers). */
  readonly cell: string | null;
}

export interface StepStatus {
  readonly key: StepKey;
  readonly state: StepState;
  /** Items missing or findings to look at (0 when done). */
  readonly count: number;
  readonly missing: readonly MissingItem[];
  readonly findings: readonly Finding[];
}

/** Progress of the plan's tasks, from the same checks the report uses. */
export interface TaskProgress {
  readonly total: number;
  readonly done: number;
  readonly notDone: number;
  /** Tasks whose time is over without a result (document reference). */
  readonly noEvidence: number;
  /** Tasks done after their planned time. */
  readonly late: number;
}

export interface BudgetFigures {
  readonly granted: number;
  readonly disbursed: number;
  readonly estimate: number;
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

/** Facts of "Thông tin" a signed report cannot do without. */
export const requiredAgencyFields = [
  "governingBody",
  "agencyName",
  "abbreviation",
  "placeName",
  "signerTitle",
  "signerName",
] as const satisfies readonly (keyof AgencyInfo)[];

const find = (grids: readonly Grid[], name: string) => grids.find((g) => foldKey(g.sheet) === foldKey(name)) ?? null;

/** The row of "Thông tin" whose label is `label`, with its value cell (column B of the label). */
function agencyCell(grid: Grid, label: string): { value: string; cell: string } | null {
  for (let r = 0; r < grid.rows.length; r++) {
    const row = grid.rows[r];
    if (foldKey(normalizeCellText(row[0] ?? "")) === foldKey(label)) {
      return { value: normalizeCellText(row[1] ?? ""), cell: cellAddress(grid.firstRowNumber + r, grid.firstColumnNumber + 1) };
    }
  }
  return null;
}

/** The year typed in "Thông tin" and its cell; value null when blank or not a year. */
function agencyYear(grid: Grid | null): { value: number | null; cell: string } | null {
  if (!grid) return null;
  const found = agencyCell(grid, workbookText.agency.fields.year.label);
  if (!found) return null;
  return { value: /^\d{4}$/.test(found.value) ? Number(found.value) : null, cell: found.cell };
}

/** The plan's year as the tasks sheet implies it, with the first cell naming that year. */
function planYear(grid: Grid | null): { value: number; cell: string } | null {
  if (!grid) return null;
  const plan = importPlan([grid], {});
  if (!plan || plan.year === null) return null;
  const year = String(plan.year);
  for (let r = 0; r < grid.rows.length; r++) {
    const c = grid.rows[r].findIndex((text) => new RegExp(`(^|\\D)${year}(\\D|$)`).test(text));
    if (c >= 0) return { value: plan.year, cell: cellAddress(grid.firstRowNumber + r, grid.firstColumnNumber + c) };
  }
  return { value: plan.year, cell: cellAddress(grid.firstRowNumber, grid.firstColumnNumber) };
}

/**
 * The year of the data: "Thông tin" when it has one, else the plan's. A disagreement is an
 * error naming both cells; no year at all is an error saying which step to run.
 * @example dataYear(grids) → { year: 2024, findings: [] }
 */
export function dataYear(grids: readonly Grid[]): { year: number | null; findings: Finding[] } {
  const agency = agencyYear(find(grids, sheetNames.agency));
  const plan = planYear(find(grids, sheetNames.tasks));
  if (agency?.value && plan && agency.value !== plan.value) {
    const agencyCellRef = `${sheetNames.agency}!${agency.cell}`;
    return {
      year: null,
      findings: [
        finding(
          "error",
          "year_conflict",
          { sheet: sheetNames.agency, cell: agency.cell },
          {
            agencyCell: agencyCellRef,
            agencyYear: agency.value,
            planCell: `${sheetNames.tasks}!${plan.cell}`,
            planYear: plan.value,
          },
        ),
      ],
    };
  }
  const year = agency?.value ?? plan?.value ?? null;
  return { year, findings: year === null ? [finding("error", "year_unknown", { sheet: sheetNames.agency, cell: agency?.cell ?? null })] : [] };
}

/** What is typed as the year in "Thông tin" when it is not a year (a blank cell is not such a finding). */
function unreadableTypedYear(grids: readonly Grid[]): Finding[] {
  const agencyGrid = find(grids, sheetNames.agency);
  return (agencyGrid ? readAgencyYear(agencyGrid).findings : []).filter((f) => String(paramsOf(f).value ?? "").trim() !== "");
}

/**
 * The year next year's workbook starts from: the data's year (dataYear), except that something
 * typed as the year in "Thông tin" that is not one is refused at its cell; the report only warns
 * about it and goes on with the plan's year.
 * @example nextYearSource(gridsWithYear("năm nay")) → { year: null, findings: [year_invalid at Thông tin!B7] }
 */
export function nextYearSource(grids: readonly Grid[]): { year: number | null; findings: Finding[] } {
  const unreadable = unreadableTypedYear(grids);
  return unreadable.length > 0 ? { year: null, findings: unreadable } : dataYear(grids);
}

const evidenceCodes = new Set(["evidence_missing"]);
const lateCodes = new Set(["evidence_late"]);

function taskProgress(report: ReportJobResult | null): TaskProgress {
  const read = report?.ok ? report.read : null;
  const tasks = read?.tasks ?? [];
  const findings = read?.findings ?? [];
  const status = (t: { status: string }) => foldKey(t.status);
  return {
    total: tasks.length,
    done: tasks.filter((t) => status(t) === foldKey(taskStatuses[2])).length,
    notDone: tasks.filter((t) => status(t) === foldKey(taskStatuses[3])).length,
    noEvidence: findings.filter((f) => evidenceCodes.has(f.code)).length,
    late: findings.filter((f) => lateCodes.has(f.code)).length,
  };
}

const sum = (xs: readonly number[]) => xs.reduce((a, x) => a + (Number.isFinite(x) ? x : 0), 0);

/** Findings of one sheet. */
const onSheet = (findings: readonly Finding[], sheet: string) => findings.filter((f) => f.sheet !== null && foldKey(f.sheet) === foldKey(sheet));

function stepOf(key: StepKey, missing: readonly MissingItem[], findings: readonly Finding[], started: boolean): StepStatus {
  const errors = findings.filter((f) => f.severity === "error");
  const attention = missing.length + errors.length;
  const state: StepState = !started ? "todo" : attention > 0 ? "attention" : "done";
  return { key, state, count: attention, missing, findings };
}

/** The dossier-sheet column where a missing quantity is typed (its group's first column, first data row). */
const missingColumn: Record<DossierQuantity, DossierColumnKey> = {
  received: "received",
  resolved: "early",
  resolvedSplit: "early",
  pending: "pendingInTime",
  pendingSplit: "pendingInTime",
};

/**
 * The routine's status from the workbook's grids (any sheets; the tracking sheets are found by name).
 * @example routineStatus(gridsOfAnUnfilledWorkbook).missing.map((m) => m.label) → ["Cơ quan chủ quản", …]
 */
export function routineStatus(grids: readonly Grid[]): RoutineStatus {
  const { year, findings: yearFindings } = dataYear(grids);
  const nextYearFrom = unreadableTypedYear(grids).length > 0 ? null : year;
  const agencyGrid = find(grids, sheetNames.agency);
  const tasksGrid = find(grids, sheetNames.tasks);
  const hasAll = [sheetNames.agency, sheetNames.tasks, sheetNames.dossiers, sheetNames.budget].every((n) => find(grids, n) !== null);
  // The report's reader matches sheets by exact name; give it the names it expects.
  const named = grids.map((g) => {
    const own = Object.values(sheetNames).find((n) => foldKey(n) === foldKey(g.sheet));
    return own && own !== g.sheet ? { ...g, sheet: own } : g;
  });
  const report = hasAll && year !== null ? reportFromGrids(named, { year }) : null;
  const read = report?.ok ? report.read : null;
  const findings = [...yearFindings, ...(report ? (report.ok ? report.read.findings : report.fatal) : [])];

  const planMissing: MissingItem[] =
    (read?.tasks.length ?? (tasksGrid ? (importPlan([tasksGrid], { year: year ?? undefined })?.tasks.length ?? 0) : 0)) > 0
      ? []
      : [{ step: "plan", label: workbookText.sheetNames.tasks, sheet: sheetNames.tasks, cell: null }];

  const agencyMissing: MissingItem[] = [];
  if (agencyGrid) {
    for (const key of requiredAgencyFields) {
      const label = agencyFields.find((f) => f.key === key)!.label;
      const found = agencyCell(agencyGrid, label);
      if (!found || found.value === "") agencyMissing.push({ step: "agency", label, sheet: sheetNames.agency, cell: found?.cell ?? null });
    }
  } else {
    agencyMissing.push({ step: "agency", label: sheetNames.agency, sheet: sheetNames.agency, cell: null });
  }

  const dossiers = read?.dossiers ?? null;
  const dossierMissing: MissingItem[] =
    dossiers && dossiers.received > 0 ? [] : [{ step: "dossiers", label: sheetNames.dossiers, sheet: sheetNames.dossiers, cell: null }];
  // A partial source (issue 19) leaves groups of the dossier sheet blank: each is named, at its first cell.
  if (dossiers && dossiers.received > 0) {
    for (const quantity of dossiers.missing) {
      const key = missingColumn[quantity];
      const letter = read?.refs.columns?.dossiers?.[key] ?? dossierColumn(key);
      dossierMissing.push({
        step: "dossiers",
        label: workbookText.dossiers.missingItem({ quantity: termText.dossierQuantity[quantity] }),
        sheet: sheetNames.dossiers,
        cell: `${letter}2`,
      });
    }
  }

  const budgetData = read?.budget ?? null;
  const budget = budgetData
    ? {
        granted: sum(budgetData.granted.map((g) => g.granted)),
        disbursed: sum(budgetData.granted.map((g) => g.disbursed)),
        estimate: sum(budgetData.estimate.map((e) => e.amount)),
      }
    : null;
  const budgetText = workbookText.budget.headers;
  const budgetMissing: MissingItem[] = [];
  if (!budget || budget.granted === 0)
    budgetMissing.push({ step: "budget", label: budgetText.granted, sheet: sheetNames.budget, cell: budgetData?.granted[0]?.cells?.granted ?? null });
  if (!budget || budget.estimate === 0) {
    const label = year !== null ? workbookText.budget.estimateTitle({ year: year + 1 }).replace(/^[A-Z]\.\s*/, "") : budgetText.amount;
    budgetMissing.push({ step: "budget", label, sheet: sheetNames.budget, cell: budgetData?.estimate[0]?.cells?.amount ?? null });
  }

  const tasks = taskProgress(report);
  const taskFindings = onSheet(read?.findings ?? [], sheetNames.tasks);
  const missing = [...planMissing, ...agencyMissing, ...dossierMissing, ...budgetMissing];
  const hasReport = find(grids, sheetNames.report) !== null;
  const steps: StepStatus[] = [
    stepOf("plan", planMissing, [], tasksGrid !== null),
    stepOf("agency", agencyMissing, [...yearFindings, ...onSheet(read?.findings ?? [], sheetNames.agency)], agencyGrid !== null),
    stepOf("tasks", [], taskFindings, tasks.total > 0),
    stepOf("dossiers", dossierMissing, onSheet(read?.findings ?? [], sheetNames.dossiers), dossiers !== null && dossiers.received > 0),
    stepOf("budget", budgetMissing, onSheet(read?.findings ?? [], sheetNames.budget), budget !== null && budget.granted > 0),
    {
      key: "report",
      state: hasReport && missing.length === 0 && !findings.some((f) => f.severity === "error") ? "done" : hasReport ? "attention" : "todo",
      count: missing.length,
      missing,
      findings: [],
    },
  ];
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
