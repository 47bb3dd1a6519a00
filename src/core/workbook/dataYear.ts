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

/** Where the data's year was read: the "Thông tin" year cell, or the plan's cell naming it. */
export interface YearSource {
  readonly sheet: string;
  readonly cell: string;
}

/**
 * The year of the data: "Thông tin" when it has one, else the plan's, with the cell it was read
 * at. A disagreement is an error naming both cells; no year at all is an error saying which step to run.
 * @example dataYear(buildTrackingWorkbook(emptyTrackingData(2024)).sheets.map(specToGrid)) // { year: 2024, findings: [], source: { sheet: "Thông tin", cell: "B7" } }
 */
export function dataYear(grids: readonly Grid[]): { year: number | null; findings: Finding[]; source?: YearSource } {
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
  if (agency?.year && agency.cell) return { year: agency.year, findings: [], source: { sheet: sheetNames.agency, cell: agency.cell } };
  if (plan) return { year: plan.value, findings: [], source: { sheet: sheetNames.tasks, cell: plan.cell } };
  return { year: null, findings: [finding("error", "year_unknown", { sheet: sheetNames.agency, cell: agency?.cell ?? null })] };
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
 * about it and goes on with the plan's year. A year given by the user (`given`, the CLI's --year)
 * is this year, the workbook's own: it fills in a workbook that names no year, and one that
 * disagrees with the workbook's is refused at the cell the workbook's year is read from.
 * @example nextYearSource([makeGrid("Thông tin", [["Mục", "Giá trị"], ["Năm báo cáo", "năm nay"]])]).findings.map((f) => `${f.code} ${f.cell}`)[0] === "year_invalid B2"
 */
export function nextYearSource(grids: readonly Grid[], given?: number): { year: number | null; findings: Finding[] } {
  const unreadable = typedYearProblems(grids);
  if (unreadable.length > 0) return { year: null, findings: unreadable };
  const known = dataYear(grids);
  if (given === undefined) return known;
  if (known.year === null) return known.findings.some((f) => f.code !== "year_unknown") ? known : { year: given, findings: [] };
  if (known.year === given) return known;
  const where = known.source!;
  return {
    year: null,
    findings: [finding("error", "year_option_conflict", where, { given, year: known.year, cell: `${where.sheet}!${where.cell}`, next: known.year + 1 })],
  };
}
