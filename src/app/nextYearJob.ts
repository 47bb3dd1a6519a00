import { finding } from "../core/findings/finding";
import type { Grid } from "../core/grid/grid";
import { failed, succeeded, type JobResult } from "../core/job/jobResult";
import { nextYear, type NextYear } from "../core/nextYear/nextYear";
import { buildPlanDocument } from "../core/nextYear/planDocument";
import type { ReportModel } from "../core/report/model";
import { readTracking, requiredTrackingSheets } from "../core/report/readTracking";
import type { WorkbookSpec } from "../core/sheet/model";
import { sheetNames } from "../core/workbook/sheetNames";
import { buildTrackingWorkbook } from "../core/workbook/trackingWorkbook";
import { readUnitsGrid } from "../core/workbook/unitsSheet";
import { nextYearSource } from "../core/workbook/dataYear";

/** The next-year job's outcome: the new year's data, its workbook, the plan document drafted from it, and what to look at. */
export type NextYearJobResult = JobResult<NextYear & { year: number; workbook: WorkbookSpec; plan: ReportModel }>;

/**
 * Next year's tracking workbook from this year's (its grids). This year is the one typed in
 * "Thông tin", else (that cell blank) the plan's (dataYear), else `options.year`; never the
 * clock. `options.year` (the CLI's --year) is this year too: one that disagrees with the
 * workbook's is refused (nextYearSource). A typed year that cannot be read, two years that
 * disagree, or none at all is refused, with the finding at its cell; so is a workbook without
 * the tracking sheets.
 */
export function nextYearFromGrids(grids: readonly Grid[], options: { year?: number } = {}): NextYearJobResult {
  const known = nextYearSource(grids, options.year);
  const year = known.year;
  if (year === null) {
    const missing = requiredTrackingSheets.filter((sheet) => !grids.some((g) => g.sheet === sheet));
    const available = grids.map((g) => g.sheet).join(", ");
    return failed(missing.length ? missing.map((sheet) => finding("error", "sheet_not_found", {}, { sheet, available })) : known.findings);
  }
  const tracking = readTracking(grids, { year, fallbackYear: year });
  if (!tracking.ok) return tracking;
  const unitsGrid = grids.find((g) => g.sheet === sheetNames.units);
  const result = nextYear(tracking.read, unitsGrid ? readUnitsGrid(unitsGrid) : []);
  return succeeded({
    ...result,
    year: year + 1,
    workbook: buildTrackingWorkbook({ ...result.data, findings: result.findings }),
    plan: buildPlanDocument(result.data),
  });
}
