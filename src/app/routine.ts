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
import type { DossierCounts } from "../core/dossiers/counts";
import { workbookText } from "../core/messages/catalogue";
import { importPlan } from "../core/plan/importPlan";
import { foldKey, normalizeCellText } from "../core/text/normalize";
import { agencyFields, hasValue, readAgencyGrid, readAgencyYear, type AgencyInfo, type AgencyRead } from "../core/workbook/agencySheet";
import { asOfDate, periodKeys, periodSettled, unconfirmedFacts } from "../core/workbook/agencyFacts";
import { tasksLayout } from "../core/workbook/layouts";
import { locateColumns, locatedLetters } from "../core/sheet/layout";
import { parseDocumentReferences } from "../core/evidence/parseDocumentReferences";
import type { Timing } from "../core/timing/timing";
import { sheetNames, taskStatuses } from "../core/workbook/sheetNames";
import { reportFromGrids, type ReportJobResult, type TrackingRead } from "./reportJob";

export const stepKeys = ["plan", "agency", "tasks", "dossiers", "budget", "report"] as const;
export type StepKey = (typeof stepKeys)[number];

/** "done": nothing to do; "attention": something to fix or fill (see `count`); "progress": under way (tasks not all finished); "todo": not started. */
export type StepState = "done" | "attention" | "progress" | "todo";

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

/** A task's status as one of the workbook's four choices; "other" for text that is none of them. */
export type TaskStatusKey = "notStarted" | "inProgress" | "done" | "notDone" | "other";

/** Progress of the plan's tasks, from the same checks the report uses. The statuses add up to `total`. */
export interface TaskProgress {
  readonly total: number;
  /** Tasks by status; `notStarted` includes a blank status; the five always add up to `total`. */
  readonly byStatus: Readonly<Record<TaskStatusKey, number>>;
  readonly done: number;
  readonly notDone: number;
  /** Tasks (other than "Không thực hiện") whose result cites no document. */
  readonly noEvidence: number;
  /** Tasks late: done after their time, or their time over and not finished. */
  readonly late: number;
  /** Tasks not finished (neither "Hoàn thành" nor "Không thực hiện"). */
  readonly open: number;
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
  /** Each task of the plan, for the tracker (step 3). */
  readonly taskRows: readonly TaskRow[];
  /** The status choices of the workbook (its drop-down list), then any other status written in the sheet. */
  readonly statusChoices: readonly string[];
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

/** The status key of a status text: one of the workbook's four choices (blank = not started), else "other". */
export function taskStatusKey(status: string): TaskStatusKey {
  const folded = foldKey(normalizeCellText(status));
  if (folded === "") return "notStarted";
  const keys: readonly TaskStatusKey[] = ["notStarted", "inProgress", "done", "notDone"];
  const index = taskStatuses.findIndex((s) => foldKey(s) === folded);
  return index >= 0 ? keys[index] : "other";
}

/** The tracker's rows: each task with its cells in "Nhiệm vụ", its findings, whether it is late or lacks a document. */
function taskRows(read: TrackingRead | null, tasksGrid: Grid | null): TaskRow[] {
  if (!read || !tasksGrid) return [];
  const letters = locatedLetters(locateColumns(tasksGrid.rows, tasksLayout), tasksGrid.firstColumnNumber);
  const asOf = asOfDate(read.agency);
  return read.tasks.map((t) => {
    const row = Number(/\d+$/.exec(t.source.cell)?.[0] ?? 0);
    const at = (key: "status" | "evidence" | "note") => (letters[key] && row ? `${letters[key]}${row}` : null);
    const own = new Set([t.source.cell, ...Object.values(t.cells)]);
    const findings = read.findings.filter((f) => f.sheet === t.source.sheet && f.cell !== null && own.has(f.cell));
    const statusKey = taskStatusKey(t.status);
    const finished = statusKey === "done" || statusKey === "notDone";
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
      late: findings.some((f) => f.code === "evidence_late") || (!finished && end !== null && end < asOf),
      noEvidence: statusKey !== "notDone" && parseDocumentReferences(t.evidence).length === 0,
    };
  });
}

/** Counts of the tracker's rows: by status (adding up to the total), late, without a document, not finished. */
export function taskProgress(rows: readonly TaskRow[]): TaskProgress {
  const byStatus: Record<TaskStatusKey, number> = { notStarted: 0, inProgress: 0, done: 0, notDone: 0, other: 0 };
  for (const r of rows) byStatus[r.statusKey]++;
  return {
    total: rows.length,
    byStatus,
    done: byStatus.done,
    notDone: byStatus.notDone,
    noEvidence: rows.filter((r) => r.noEvidence).length,
    late: rows.filter((r) => r.late).length,
    open: rows.length - byStatus.done - byStatus.notDone,
  };
}

const sum = (xs: readonly number[]) => xs.reduce((a, x) => a + (Number.isFinite(x) ? x : 0), 0);

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
  const nextYearFrom = unreadableTypedYear(grids).length > 0 ? null : year;
  const agencyGrid = find(grids, sheetNames.agency);
  const tasksGrid = find(grids, sheetNames.tasks);
  const hasAll = [sheetNames.agency, sheetNames.tasks, sheetNames.dossiers, sheetNames.budget].every((n) => find(grids, n) !== null);
  // The report's reader matches sheets by exact name; give it the names it expects.
  const named = grids.map((g) => {
    const own = Object.values(sheetNames).find((n) => foldKey(n) === foldKey(g.sheet));
    return own && own !== g.sheet ? { ...g, sheet: own } : g;
  });
  const report = hasAll && year !== null ? reportFromGrids(named, { year, today: options.today }) : null;
  const read = report?.ok ? report.read : null;
  const findings = [...yearFindings, ...(report ? (report.ok ? report.read.findings : report.fatal) : [])];

  const planMissing: MissingItem[] =
    (read?.tasks.length ?? (tasksGrid ? (importPlan([tasksGrid], { year: year ?? undefined })?.tasks.length ?? 0) : 0)) > 0
      ? []
      : [{ step: "plan", label: workbookText.sheetNames.tasks, sheet: sheetNames.tasks, cell: null }];

  const agencyMissing: MissingItem[] = [];
  const agencyRead = agencyGrid ? readAgencyGrid(agencyGrid, year ?? 0) : null;
  if (agencyGrid && agencyRead) {
    for (const key of requiredAgencyFields) {
      const label = agencyFields.find((f) => f.key === key)!.label;
      const cell = agencyRead.cells[key] ?? null;
      if (!hasValue(agencyRead.info, key)) agencyMissing.push({ step: "agency", label, sheet: sheetNames.agency, cell });
    }
    // Proposals nobody confirmed (the period's are step 4's): the report is a draft until they are; one item for all (one action confirms them).
    const proposals = unconfirmedFacts(agencyRead.info).filter((key) => !(periodKeys as readonly string[]).includes(key));
    if (proposals.length > 0)
      agencyMissing.push({
        step: "agency",
        label: workbookText.agency.proposedItems({ count: proposals.length }),
        sheet: sheetNames.agency,
        cell: agencyRead.cells[proposals[0]] ?? null,
      });
  } else {
    agencyMissing.push({ step: "agency", label: sheetNames.agency, sheet: sheetNames.agency, cell: null });
  }

  const dossiers = read?.dossiers ?? null;
  const dossierMissing: MissingItem[] =
    dossiers && dossiers.received > 0 ? [] : [{ step: "dossiers", label: sheetNames.dossiers, sheet: sheetNames.dossiers, cell: null }];
  if (agencyRead && !periodSettled(agencyRead.info, options.today))
    dossierMissing.push({ step: "dossiers", label: workbookText.agency.periodItem, sheet: sheetNames.agency, cell: agencyRead.cells.periodStart ?? null });

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

  const rows = taskRows(read, tasksGrid);
  const tasks = taskProgress(rows);
  const taskFindings = onSheet(read?.findings ?? [], sheetNames.tasks);
  const missing = [...planMissing, ...agencyMissing, ...dossierMissing, ...budgetMissing];
  const hasReport = find(grids, sheetNames.report) !== null;
  const steps: StepStatus[] = [
    stepOf("plan", planMissing, [], tasksGrid !== null),
    stepOf("agency", agencyMissing, [...yearFindings, ...onSheet(read?.findings ?? [], sheetNames.agency)], agencyGrid !== null),
    stepOf("tasks", [], taskFindings, tasks.total > 0, tasks.total > 0 && tasks.open > 0),
    stepOf(
      "dossiers",
      dossierMissing,
      [...onSheet(read?.findings ?? [], sheetNames.dossiers), ...(read?.findings ?? []).filter((f) => periodCodes.has(f.code))],
      dossiers !== null && dossiers.received > 0,
    ),
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
    taskRows: rows,
    statusChoices: [...taskStatuses, ...new Set(rows.filter((r) => r.statusKey === "other").map((r) => r.status))],
    agencyRead,
    periodSettled: agencyRead !== null && periodSettled(agencyRead.info, options.today),
    dossiers,
    dossierFields: read?.dossierFields ?? [],
    budget,
    findings,
    missing,
    agency: read?.agency ?? null,
    report,
  };
}
