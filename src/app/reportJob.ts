import { finding, type Finding } from "../core/findings/finding";
import type { Grid } from "../core/grid/grid";
import { importDossiers } from "../core/dossiers/importDossiers";
import type { DossierCounts } from "../core/dossiers/counts";
import { importPlan } from "../core/plan/importPlan";
import type { PlanTask } from "../core/plan/plan";
import { buildReportModel } from "../core/report/buildReport";
import { reportRefsFromGrids, type ReportRefs } from "../core/report/reportRefs";
import type { ReportModel } from "../core/report/model";
import { buildReportSheet } from "../core/report/reportSheet";
import type { WorkbookSpec } from "../core/sheet/model";
import { makeRegistry } from "../core/units/registry";
import { readAgencyGrid, type AgencyInfo } from "../core/workbook/agencySheet";
import { readBudgetGrid, type BudgetSheetData } from "../core/workbook/budgetSheet";
import { buildFindingsSheet } from "../core/workbook/findingsSheet";
import { sheetNames } from "../core/workbook/sheetNames";
import { readUnitsGrid } from "../core/workbook/unitsSheet";
import { budgetFindings, evidenceFindings } from "./reportChecks";

/** Everything the report needs, read from a tracking workbook's sheets. */
export interface TrackingRead {
  readonly agency: AgencyInfo;
  readonly tasks: readonly PlanTask[];
  readonly dossiers: DossierCounts;
  readonly dossierFields: readonly DossierCounts[];
  readonly budget: BudgetSheetData;
  readonly refs: ReportRefs;
  readonly findings: readonly Finding[];
}

export interface ReportJobResult {
  readonly fatal: readonly Finding[];
  readonly read: TrackingRead | null;
  readonly model: ReportModel | null;
  /** The sheets the report command owns: the report and the findings. */
  readonly sheets: WorkbookSpec | null;
}

const find = (grids: readonly Grid[], name: string) => grids.find((g) => g.sheet === name) ?? null;

/**
 * Reads a tracking workbook (its grids) and builds the report. Missing sheets are fatal
 * findings naming the sheet; everything else becomes findings next to the report.
 */
export function reportFromGrids(grids: readonly Grid[], options: { year?: number } = {}): ReportJobResult {
  const missing = [sheetNames.agency, sheetNames.tasks, sheetNames.dossiers, sheetNames.budget].filter((n) => !find(grids, n));
  if (missing.length) {
    return {
      fatal: missing.map((sheet) => finding("error", "sheet_not_found", {}, { sheet, available: grids.map((g) => g.sheet).join(", ") })),
      read: null,
      model: null,
      sheets: null,
    };
  }
  const findings: Finding[] = [];
  const agencyRead = readAgencyGrid(find(grids, sheetNames.agency)!, options.year ?? new Date().getFullYear());
  const agency = agencyRead.info;
  findings.push(...agencyRead.findings);
  const year = options.year ?? agency.year;
  const ag = { ...agency, year };

  const unitsGrid = find(grids, sheetNames.units);
  const registry = makeRegistry(unitsGrid ? readUnitsGrid(unitsGrid) : []);
  const tasksGrid = find(grids, sheetNames.tasks)!;
  const plan = importPlan([tasksGrid], { year, registry });
  const tasks = plan?.tasks ?? [];
  if (plan) findings.push(...plan.findings.filter((f) => f.code !== "plan_has_no_tasks"));

  const dossierGrid = find(grids, sheetNames.dossiers)!;
  const dossierResult = importDossiers(dossierGrid, { asOf: ag.periodEnd });
  findings.push(...dossierResult.findings);

  const budgetGrid = find(grids, sheetNames.budget);
  const budget = budgetGrid ? readBudgetGrid(budgetGrid) : { granted: [], estimate: [] };
  findings.push(...budgetFindings(budget, year, sheetNames.budget, ag.budgetDecision));
  findings.push(...evidenceFindings(tasks, year, ag.periodEnd));

  const refs = reportRefsFromGrids({ tasks: tasksGrid, dossiers: dossierGrid, budget: budgetGrid }, budget);
  const total = dossierResult.total;
  const read: TrackingRead = { agency: ag, tasks, dossiers: total, dossierFields: dossierResult.byField, budget, refs, findings };
  const model = buildReportModel({ agency: ag, tasks, dossiers: total, budget, refs });
  return { fatal: [], read, model, sheets: { sheets: [buildReportSheet(model), buildFindingsSheet(findings)] } };
}
