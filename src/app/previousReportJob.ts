import { agencyFromHeader } from "../core/document/agencyFromHeader";
import { readPreviousReport, type PreviousReport } from "../core/document/readPreviousReport";
import { narrativeCurrencyFindings, provinceFindings } from "../core/legal/currency";
import { finding, type Finding } from "../core/findings/finding";
import type { Grid } from "../core/grid/grid";
import { formatAmount } from "../core/budget/formatAmount";
import { narrativeText } from "../core/messages/catalogue";
import { narrativeKeys, shiftYears, type Narrative } from "../core/report/narrative";
import type { SheetSpec, WorkbookSpec } from "../core/sheet/model";
import { buildAgencySheet, emptyAgencyInfo, readAgencyGrid, type AgencyInfo } from "../core/workbook/agencySheet";
import { fillBlankFacts } from "../core/workbook/agencyFacts";
import { budgetIsBlank, budgetTotals, buildBudgetSheet, readBudgetGrid, type BudgetSheetData } from "../core/workbook/budgetSheet";
import { buildFindingsSheet } from "../core/workbook/findingsSheet";
import { buildNarrativeSheet, mergeNarrative, narrativeKeptColumns, readNarrativeGrid } from "../core/workbook/narrativeSheet";
import { draftRows, narrativeFactsOf, type NarrativeRows } from "../core/report/resolveNarrative";
import { sheetNames } from "../core/workbook/sheetNames";
import { buildTrackingWorkbook, emptyTrackingData, type TrackingData } from "../core/workbook/trackingWorkbook";

/** What importing last year's report gives this year's tracking workbook. */
export interface PreviousReportImport {
  readonly report: PreviousReport;
  /** This year: the report's year + 1. */
  readonly year: number;
  readonly agency: AgencyInfo;
  readonly narrative: Narrative;
  readonly budget: BudgetSheetData;
  readonly findings: readonly Finding[];
}

/**
 * Reads text lines as last year's report; null when they are not one (the caller then tries a
 * plan). The new year's agency facts come from its header and signature, the blocks from its
 * sections II–IV (the next-year plan moved one year on), and this year's budget lines from
 * the estimate it gave (granted = the estimate, noted as such, to be corrected by the funding decision).
 */
export function previousReportImport(lines: readonly string[], source = ""): PreviousReportImport | null {
  const report = readPreviousReport(lines, source);
  if (!report || !report.year) return null;
  const year = report.year + 1;
  const agency = { ...agencyFromHeader(report.header, emptyAgencyInfo(year)), scope: report.scope };
  const narrative = { ...report.narrative, nextYear: shiftYears(report.narrative.nextYear, year) };
  const template = emptyTrackingData(year).budget;
  const budget: BudgetSheetData = report.estimate.length
    ? {
        ...template,
        granted: report.estimate.map((e) => ({
          item: e.item,
          category: e.category,
          granted: e.amount,
          disbursed: 0,
          note: narrativeText.previous.estimateNote({ year: report.year }),
          ...(e.amountText !== undefined ? { grantedText: e.amountText } : {}),
        })),
      }
    : template;
  // This year's granted total by the one rule: none stated when a line could not be read.
  const estimate = budgetTotals(budget).granted.amount;
  const summary = finding(
    "info",
    "previous_report_read",
    { sheet: source || null },
    {
      year: report.year,
      blocks: narrativeKeys.filter((k) => narrative[k].trim()).length,
      agency: agency.agencyShortName || agency.agencyName,
      signer: agency.signerName,
      next: year,
      estimate: estimate === null ? narrativeText.previous.estimateUnknown : narrativeText.previous.estimateAmount({ amount: formatAmount(estimate) }),
    },
  );
  // Last year's words in this year's workbook: texts replaced since, provinces merged since.
  const current = [...narrativeCurrencyFindings(narrative, {}, year), ...provinceFindings(agency, `${year}-12-31`)];
  return { report, year, agency, narrative, budget, findings: [summary, ...report.findings, ...current] };
}

/**
 * This year's "Nhận xét" drafts from last year's report: its paragraphs without last year's
 * figures (the next-year plan one year on) as each block's base, this year's figure sentences
 * written again on every report until the secretary edits the block.
 */
function lastYearRows(imported: PreviousReportImport, agency: AgencyInfo, budget: BudgetSheetData): NarrativeRows {
  return draftRows(narrativeFactsOf({ agency, tasks: [], budget }), imported.report.narrative);
}

/** A new tracking workbook for this year, started from last year's report. */
export function previousReportWorkbook(imported: PreviousReportImport): WorkbookSpec {
  const data: TrackingData = {
    ...emptyTrackingData(imported.year),
    agency: imported.agency,
    budget: imported.budget,
    narrative: lastYearRows(imported, imported.agency, imported.budget),
    findings: imported.findings,
  };
  return buildTrackingWorkbook(data);
}

/**
 * The sheets an import of last year's report writes into an existing tracking workbook,
 * without losing anything typed there: "Nhận xét" blocks and "Thông tin" fields are filled
 * only where blank (fillBlankFacts); "Kinh phí" only when nothing was typed into it (budgetIsBlank).
 */
export function previousReportIntoWorkbook(imported: PreviousReportImport, existing: readonly Grid[]): WorkbookSpec {
  const sheets: SheetSpec[] = [];
  const find = (name: string) => existing.find((g) => g.sheet === name) ?? null;

  const agencyGrid = find(sheetNames.agency);
  // A blank (or still default) fact takes last year's value, as a proposal; what is typed or confirmed here stays.
  const agencyRead = agencyGrid ? readAgencyGrid(agencyGrid, imported.year) : null;
  const agency = agencyRead ? fillBlankFacts(agencyRead.info, imported.agency) : imported.agency;
  // Rebuilt whole, in the sheet's own columns (one the user inserted stays, with its values).
  sheets.push(buildAgencySheet(agency, {}, agencyRead?.columns));

  // Last year's estimate only into a sheet nothing was typed into (any line of the user's, readable or not, stays).
  const budgetGrid = find(sheetNames.budget);
  const budget = budgetGrid ? readBudgetGrid(budgetGrid) : null;
  const empty = !budget || budgetIsBlank(budget);
  if (empty) sheets.push(buildBudgetSheet(imported.budget, agency.year));

  // Only the empty blocks take last year's text; the next report writes their figures.
  const narrativeGrid = find(sheetNames.narrative);
  const rows = lastYearRows(imported, agency, empty || !budget ? imported.budget : budget);
  sheets.unshift(
    buildNarrativeSheet(mergeNarrative(narrativeGrid ? readNarrativeGrid(narrativeGrid) : null, rows), undefined, narrativeKeptColumns(narrativeGrid)),
  );

  sheets.push(buildFindingsSheet(imported.findings));
  return { sheets };
}
