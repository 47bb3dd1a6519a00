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
import { itemRow, narrativeRow, readNarrativeGrid } from "../workbook/narrativeSheet";
import type { Narrative, NarrativeKey } from "./narrative";
import { narrativeFactsOf, resolveNarrative, staleList, uncheckedList, type NarrativeBlockStatus, type NarrativeRows } from "./resolveNarrative";
import { reportItemKeys, reportItemResults, resolveItems, type ItemResult, type ItemRows, type ReportItemKey } from "./reportItems";

/** Everything the report needs, read from a tracking workbook's sheets. */
export interface TrackingRead {
  readonly agency: AgencyInfo;
  readonly tasks: readonly PlanTask[];
  readonly dossiers: DossierCounts;
  readonly dossierFields: readonly DossierCounts[];
  readonly budget: BudgetSheetData;
  readonly refs: ReportRefs;
  /**
   * The report's text blocks: the secretary's where she edited them, drafts written from the
   * current figures elsewhere (resolveNarrative).
   */
  readonly narrative: Narrative;
  /** The "Nhận xét" sheet as the report job writes it back (texts, notes, hidden marks). */
  readonly narrativeRows: NarrativeRows;
  /** Each block's state (draft / edited / confirmed) and the stale figures of an edited one. */
  readonly narrativeBlocks: readonly NarrativeBlockStatus[];
  /** Where each block was read ("B5"); empty when the workbook had no "Nhận xét" sheet. */
  readonly narrativeCells: Partial<Record<NarrativeKey, string>>;
  /** True when the workbook had no "Nhận xét" sheet. */
  readonly narrativeDrafted: boolean;
  /** The results table's eight items: the tasks' documents, or what the secretary wrote in "Nhận xét". */
  readonly items: readonly ItemResult[];
  /** The results table's rows of "Nhận xét" as the report job writes them back. */
  readonly itemRows: ItemRows;
  /** Where the facts of "Thông tin" and the results table's rows are (value cells), for what is missing. */
  readonly places: {
    readonly agency: Partial<Record<keyof AgencyInfo, string>>;
    readonly items: Partial<Record<ReportItemKey, string>>;
  };
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
  findings.push(...budgetFindings(budget, year, sheetNames.budget, agency.budgetDecision, agency));
  findings.push(...evidenceFindings(tasks, year, asOf));

  const refs = reportRefsFromGrids({ tasks: tasksGrid, dossiers: dossierGrid, budget: budgetGrid }, budget);

  // The text blocks: drafts follow the figures, the secretary's edits are kept and checked.
  const narrativeGrid = find(sheetNames.narrative);
  const dossiers = dossierResult.total;
  const sheetRead = narrativeGrid ? readNarrativeGrid(narrativeGrid) : null;
  const narrativeCells: Partial<Record<NarrativeKey, string>> = sheetRead?.cells ?? {};
  const resolved = resolveNarrative(sheetRead, narrativeFactsOf({ agency, tasks, dossiers, budget }));
  if (!narrativeGrid) findings.push(finding("warning", "narrative_sheet_missing", { sheet: sheetNames.narrative }, { sheet: sheetNames.narrative }));
  for (const block of resolved.blocks) {
    const place = { sheet: sheetNames.narrative, cell: narrativeCells[block.key] ?? `B${narrativeRow(block.key)}` };
    if (block.stale.length) findings.push(finding("warning", "narrative_block_stale", place, { label: block.label, list: staleList(block.stale) }));
    if (block.unchecked.length)
      findings.push(finding("warning", "narrative_block_unchecked", place, { label: block.label, list: uncheckedList(block.unchecked) }));
  }
  // Is the year's text still current: former provinces in the agency's facts (on the report's
  // date, else the year's end), legal texts the blocks cite that were replaced for the year.
  findings.push(...provinceFindings(agency, agency.reportDate || `${year}-12-31`), ...narrativeCurrencyFindings(resolved.narrative, narrativeCells, year));
  // The results table: each standard item accounted for by a document or a reason, else a warning and a draft.
  const items = resolveItems(sheetRead?.items ?? null, reportItemResults(tasks, agency.planReference, year));
  items.results.forEach((item, i) => {
    if (item.found) return;
    const required = item.key === "internalAudit" || item.key === "managementReview";
    findings.push(
      finding(
        "warning",
        required ? "result_item_required_missing" : "result_item_no_evidence",
        { sheet: sheetNames.narrative, cell: sheetRead?.items.cells[item.key] ?? `B${itemRow(item.key)}` },
        { no: i + 1, item: item.text, text: item.result },
      ),
    );
  });

  return succeeded({
    read: {
      agency,
      tasks,
      dossiers,
      dossierFields: dossierResult.byField,
      budget,
      refs,
      narrative: resolved.narrative,
      narrativeRows: resolved.rows,
      narrativeBlocks: resolved.blocks,
      narrativeCells,
      narrativeDrafted: !narrativeGrid,
      items: items.results,
      itemRows: items.rows,
      places: {
        agency: agencyRead.cells,
        items: Object.fromEntries(reportItemKeys.map((k) => [k, sheetRead?.items.cells[k] ?? `B${itemRow(k)}`])),
      },
      findings,
    },
  });
}
