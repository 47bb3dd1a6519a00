import type { DossierCounts } from "../dossiers/counts";
import { importDossiers } from "../dossiers/importDossiers";
import { finding, type Finding } from "../findings/finding";
import type { Grid } from "../grid/grid";
import { failed, succeeded, type JobResult } from "../job/jobResult";
import { importPlan } from "../plan/importPlan";
import type { PlanTask } from "../plan/plan";
import { makeRegistry } from "../units/registry";
import { readAgencyGrid, type AgencyInfo } from "../workbook/agencySheet";
import { agencyChecks, asOfDate } from "../workbook/agencyFacts";
import { readBudgetGrid, type BudgetSheetData } from "../workbook/budgetSheet";
import { narrativeCurrencyFindings, provinceFindings } from "../legal/currency";
import { sheetNames } from "../workbook/sheetNames";
import { readUnitsGrid } from "../workbook/unitsSheet";
import { budgetFindings, evidenceFindings } from "./reportChecks";
import { reportRefsFromGrids, type ReportRefs } from "./reportRefs";
import { narrativeText, reportText } from "../messages/catalogue";
import { narrativeRow, readNarrativeGrid } from "../workbook/narrativeSheet";
import { draftNarrative, narrativeKeys, type Narrative, type NarrativeKey } from "./narrative";
import { reportItemResults } from "./reportItems";

/** Everything the report needs, read from a tracking workbook's sheets. */
export interface TrackingRead {
  readonly agency: AgencyInfo;
  readonly tasks: readonly PlanTask[];
  readonly dossiers: DossierCounts;
  readonly dossierFields: readonly DossierCounts[];
  readonly budget: BudgetSheetData;
  readonly refs: ReportRefs;
  /** The report's text blocks: the "Nhận xét" sheet, or drafts from the figures when there is none yet. */
  readonly narrative?: Narrative;
  /** Where each block was read ("B5"); empty when drafted. */
  readonly narrativeCells?: Partial<Record<NarrativeKey, string>>;
  /** True when the workbook had no "Nhận xét" sheet: the report job writes the drafts as that sheet. */
  readonly narrativeDrafted?: boolean;
  readonly findings: readonly Finding[];
}

/** The sheets a report cannot do without ("Đơn vị" is optional: the common units apply). */
export const requiredTrackingSheets = [sheetNames.agency, sheetNames.tasks, sheetNames.dossiers, sheetNames.budget] as const;

/**
 * Reads a tracking workbook's grids: agency facts, tasks, dossier counts, budget, where each
 * figure lives, and every finding. A missing sheet is fatal, named with the sheets there are.
 * The year is `options.year`, else the one typed in "Thông tin", else `options.fallbackYear`
 * (the caller's current year) when that cell cannot be read. Pending dossiers and overdue tasks
 * are judged at the as-of date of "Thông tin" (asOfDate); the checks made at its fields
 * (agencyChecks: proposals not confirmed, Kính gửi, signer, abbreviation, the period) are
 * findings too, and `options.today` refuses an as-of date after it.
 */
export function readTracking(grids: readonly Grid[], options: { year?: number; fallbackYear: number; today?: string }): JobResult<{ read: TrackingRead }> {
  const find = (name: string) => grids.find((g) => g.sheet === name) ?? null;
  const missing = requiredTrackingSheets.filter((n) => !find(n));
  if (missing.length) {
    return failed(missing.map((sheet) => finding("error", "sheet_not_found", {}, { sheet, available: grids.map((g) => g.sheet).join(", ") })));
  }
  const tasksGrid = find(sheetNames.tasks)!;
  const dossierGrid = find(sheetNames.dossiers)!;
  const budgetGrid = find(sheetNames.budget)!;
  const findings: Finding[] = [];
  const agencyRead = readAgencyGrid(find(sheetNames.agency)!, options.year ?? options.fallbackYear);
  findings.push(...agencyRead.findings, ...agencyChecks(agencyRead.info, agencyRead.cells, { today: options.today }));
  const year = options.year ?? agencyRead.info.year;
  const agency = { ...agencyRead.info, year };
  const asOf = asOfDate(agency);

  const unitsGrid = find(sheetNames.units);
  const registry = makeRegistry(unitsGrid ? readUnitsGrid(unitsGrid) : []);
  const plan = importPlan([tasksGrid], { year, registry });
  const tasks = plan?.tasks ?? [];
  if (plan) findings.push(...plan.findings.filter((f) => f.code !== "plan_has_no_tasks"));

  const dossierResult = importDossiers(dossierGrid, { asOf });
  findings.push(...dossierResult.findings);

  const budget = readBudgetGrid(budgetGrid);
  findings.push(...budgetFindings(budget, year, sheetNames.budget, agency.budgetDecision));
  findings.push(...evidenceFindings(tasks, year, asOf));

  const refs = reportRefsFromGrids({ tasks: tasksGrid, dossiers: dossierGrid, budget: budgetGrid }, budget);

  // The text blocks: the "Nhận xét" sheet when there is one, else drafts from the figures.
  const narrativeGrid = find(sheetNames.narrative);
  const dossiers = dossierResult.total;
  let narrative: Narrative;
  let narrativeCells: Partial<Record<NarrativeKey, string>> = {};
  if (narrativeGrid) {
    ({ narrative, cells: narrativeCells } = readNarrativeGrid(narrativeGrid));
  } else {
    narrative = draftNarrative({ agency: agency.agencyShortName || reportText.defaultAgency, year, asOf, dossiers, tasks, budget });
    findings.push(finding("warning", "narrative_sheet_missing", { sheet: sheetNames.narrative }, { sheet: sheetNames.narrative }));
  }
  for (const key of narrativeKeys) {
    if (narrative[key].trim()) continue;
    findings.push(
      finding(
        "warning",
        "narrative_block_empty",
        { sheet: sheetNames.narrative, cell: narrativeCells[key] ?? `B${narrativeRow(key)}` },
        { label: narrativeText.labels[key] },
      ),
    );
  }
  // Is the year's text still current: former provinces in the agency's facts (on the report's
  // date, else the year's end), legal texts the blocks cite that were replaced for the year.
  findings.push(...provinceFindings(agency, agency.reportDate || `${year}-12-31`), ...narrativeCurrencyFindings(narrative, narrativeCells, year));
  reportItemResults(tasks, agency.planReference).forEach((item, i) => {
    // A task without evidence is a warning; an item no task of the plan covers is only information.
    const severity = item.result === narrativeText.results.noTask ? "info" : "warning";
    if (!item.found)
      findings.push(finding(severity, "result_item_no_evidence", { sheet: sheetNames.tasks }, { no: i + 1, item: item.text, text: item.result }));
  });

  return succeeded({
    read: {
      agency,
      tasks,
      dossiers,
      dossierFields: dossierResult.byField,
      budget,
      refs,
      narrative,
      narrativeCells,
      narrativeDrafted: !narrativeGrid,
      findings,
    },
  });
}
