/**
 * The year of a tracking workbook's data: the one typed in "Thông tin", else the plan's (what
 * the tasks sheet implies). Never the clock's. One rule for the report, the routine's status,
 * the plan import into a workbook and next year's workbook.
 */
import { cellAddress } from "../grid/address";
import type { Grid } from "../grid/grid";
import { finding, type Finding } from "../findings/finding";
import { importPlan } from "../plan/importPlan";
import { readAgencyYear } from "./agencySheet";
import { findSheet, sheetNames } from "./sheetNames";

/** The plan's year as the tasks sheet implies it, with the first cell naming that year. */
function planYear(grid: Grid | null): { value: number; cell: string } | null {
  if (!grid) return null;
  const plan = importPlan([grid], {});
  if (!plan || plan.year === null) return null;
  const year = String(plan.year);
  const names = new RegExp(`(^|\\D)${year}(\\D|$)`);
  for (let r = 0; r < grid.rows.length; r++) {
    const c = grid.rows[r].findIndex((text) => names.test(text));
    if (c >= 0) return { value: plan.year, cell: cellAddress(grid.firstRowNumber + r, grid.firstColumnNumber + c) };
  }
  return { value: plan.year, cell: cellAddress(grid.firstRowNumber, grid.firstColumnNumber) };
}

/**
 * The year of the data: "Thông tin" when it has one, else the plan's. A disagreement is an
 * error naming both cells; no year at all is an error saying which step to run.
 * @example dataYear(buildTrackingWorkbook(emptyTrackingData(2024)).sheets.map(specToGrid)) // { year: 2024, findings: [] }
 */
export function dataYear(grids: readonly Grid[]): { year: number | null; findings: Finding[] } {
  const agencyGrid = findSheet(grids, sheetNames.agency);
  const agency = agencyGrid ? readAgencyYear(agencyGrid) : null;
  const plan = planYear(findSheet(grids, sheetNames.tasks));
  if (agency?.year && plan && agency.year !== plan.value) {
    const cell = agency.cell!;
    return {
      year: null,
      findings: [
        finding(
          "error",
          "year_conflict",
          { sheet: sheetNames.agency, cell },
          { agencyCell: `${sheetNames.agency}!${cell}`, agencyYear: agency.year, planCell: `${sheetNames.tasks}!${plan.cell}`, planYear: plan.value },
        ),
      ],
    };
  }
  const year = agency?.year ?? plan?.value ?? null;
  return { year, findings: year === null ? [finding("error", "year_unknown", { sheet: sheetNames.agency, cell: agency?.cell ?? null })] : [] };
}

/** What is typed as the year in "Thông tin" when it is not a year (a blank cell is not such a finding). */
export function typedYearProblems(grids: readonly Grid[]): Finding[] {
  const agencyGrid = findSheet(grids, sheetNames.agency);
  const read = agencyGrid ? readAgencyYear(agencyGrid) : null;
  return read && read.typed !== "" ? read.findings : [];
}

/**
 * The year next year's workbook starts from: the data's year (dataYear), except that something
 * typed as the year in "Thông tin" that is not one is refused at its cell; the report only warns
 * about it and goes on with the plan's year.
 * @example nextYearSource([makeGrid("Thông tin", [["Mục", "Giá trị"], ["Năm báo cáo", "năm nay"]])]).findings.map((f) => `${f.code} ${f.cell}`)[0] === "year_invalid B2"
 */
export function nextYearSource(grids: readonly Grid[]): { year: number | null; findings: Finding[] } {
  const unreadable = typedYearProblems(grids);
  return unreadable.length > 0 ? { year: null, findings: unreadable } : dataYear(grids);
}
