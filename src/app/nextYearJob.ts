import { finding } from "../core/findings/finding";
import type { Grid } from "../core/grid/grid";
import { failed, succeeded, type JobResult } from "../core/job/jobResult";
import { nextYear, type NextYear } from "../core/nextYear/nextYear";
import { readTracking } from "../core/report/readTracking";
import type { WorkbookSpec } from "../core/sheet/model";
import { readAgencyYear } from "../core/workbook/agencySheet";
import { sheetNames } from "../core/workbook/sheetNames";
import { buildTrackingWorkbook } from "../core/workbook/trackingWorkbook";
import { readUnitsGrid } from "../core/workbook/unitsSheet";

/** The next-year job's outcome: the new year's data, its workbook, and what to look at. */
export type NextYearJobResult = JobResult<NextYear & { year: number; workbook: WorkbookSpec }>;

/**
 * Next year's tracking workbook from this year's (its grids). The year comes from "Thông tin"
 * (or `options.year`), never from the clock: a workbook whose year cannot be read is refused.
 */
export function nextYearFromGrids(grids: readonly Grid[], options: { year?: number } = {}): NextYearJobResult {
  const agencyGrid = grids.find((g) => g.sheet === sheetNames.agency);
  const typed = agencyGrid ? readAgencyYear(agencyGrid) : { year: null, findings: [] };
  const year = options.year ?? typed.year;
  if (year === null) {
    return failed(
      typed.findings.length
        ? typed.findings
        : [finding("error", "sheet_not_found", {}, { sheet: sheetNames.agency, available: grids.map((g) => g.sheet).join(", ") })],
    );
  }
  const tracking = readTracking(grids, { year, fallbackYear: year });
  if (!tracking.ok) return tracking;
  const unitsGrid = grids.find((g) => g.sheet === sheetNames.units);
  const result = nextYear(tracking.read, unitsGrid ? readUnitsGrid(unitsGrid) : []);
  return succeeded({ ...result, year: year + 1, workbook: buildTrackingWorkbook({ ...result.data, findings: result.findings }) });
}
