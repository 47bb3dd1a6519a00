import { finding, type Finding } from "../core/findings/finding";
import type { Grid } from "../core/grid/grid";
import { importDossiers } from "../core/dossiers/importDossiers";
import type { DossierCounts } from "../core/dossiers/counts";
import { narrativeText, reportText, workbookText } from "../core/messages/catalogue";
import { draftNarrative, narrativeKeys, type Narrative, type NarrativeKey } from "../core/report/narrative";
import { reportItemResults } from "../core/report/reportItems";
import { buildNarrativeSheet, narrativeRow, readNarrativeGrid } from "../core/workbook/narrativeSheet";
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

  // The text blocks: the "Nhận xét" sheet when there is one, else drafts from the figures (written as that sheet).
  const narrativeGrid = find(grids, sheetNames.narrative);
  const ownSheets: WorkbookSpec["sheets"][number][] = [];
  let narrative: Narrative;
  let narrativeCells: Partial<Record<NarrativeKey, string>> = {};
  if (narrativeGrid) {
    const readBack = readNarrativeGrid(narrativeGrid);
    narrative = readBack.narrative;
    narrativeCells = readBack.cells;
  } else {
    narrative = draftNarrative({ agency: ag.agencyShortName || reportText.defaultAgency, year, asOf: ag.periodEnd, dossiers: total, tasks, budget });
    ownSheets.push(buildNarrativeSheet(narrative, Object.fromEntries(narrativeKeys.map((k) => [k, "draft"]))));
    findings.push(finding("warning", "narrative_sheet_missing", { sheet: sheetNames.narrative }, { sheet: sheetNames.narrative }));
  }
  for (const key of narrativeKeys) {
    if (!narrative[key].trim()) {
      findings.push(finding("warning", "narrative_block_empty", { sheet: sheetNames.narrative, cell: narrativeCells[key] ?? `B${narrativeRow(key)}` }, { label: narrativeText.labels[key] }));
    }
  }
  reportItemResults(tasks, ag.planReference).forEach((item, i) => {
    // A task without evidence is a warning; an item no task of the plan covers is only information.
    const severity = item.result === narrativeText.results.noTask ? "info" : "warning";
    if (!item.found) findings.push(finding(severity, "result_item_no_evidence", { sheet: sheetNames.tasks }, { no: i + 1, item: item.text, text: item.result }));
  });

  const read: TrackingRead = { agency: ag, tasks, dossiers: total, dossierFields: dossierResult.byField, budget, refs, findings };
  const model = buildReportModel({ agency: ag, tasks, dossiers: total, budget, refs, narrative, narrativeCells });
  return { fatal: [], read, model, sheets: { sheets: [...ownSheets, buildReportSheet(model), buildFindingsSheet(findings)] } };
}
