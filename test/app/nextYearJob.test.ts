import ExcelJS from "exceljs";
import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { worksheetToGrid } from "../../src/adapters/exceljs/readGrid";
import { nextYearFromGrids } from "../../src/app/nextYearJob";
import { runCli } from "../../src/cli/main";
import { makeGrid, type Grid } from "../../src/core/grid/grid";
import { specToGrid } from "../../src/core/sheet/specGrid";
import { buildTrackingWorkbook, emptyTrackingData } from "../../src/core/workbook/trackingWorkbook";

/** The grids with the value next to `label` in "Thông tin" replaced. */
function withAgencyValue(grids: readonly Grid[], label: string, value: string): Grid[] {
  return grids.map((g) =>
    g.sheet === "Thông tin"
      ? makeGrid(
          g.sheet,
          g.rows.map((row) => (row[0] === label ? [row[0], value, ...row.slice(2)] : [...row])),
        )
      : g,
  );
}

/** The year decision is the job's, so the CLI and the task pane make the same one. */
describe("nextYearFromGrids: which year", () => {
  let grids: Grid[];
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "iso-next-year-"));
    await runCli(["demo", "-o", dir]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, "so-theo-doi-iso-2024.xlsx"));
    grids = wb.worksheets.map(worksheetToGrid);
  });

  const yearOf = (result: ReturnType<typeof nextYearFromGrids>) => (result.ok ? result.year : result.fatal.map((f) => `${f.code} ${f.sheet}!${f.cell}`));

  it("the year typed in Thông tin (2024 → 2025)", () => {
    expect(yearOf(nextYearFromGrids(grids))).toBe(2025);
  });

  it("a blank year in Thông tin: the plan's (seed 000 is the 2024 plan), as the report does", () => {
    expect(yearOf(nextYearFromGrids(withAgencyValue(grids, "Năm báo cáo", "")))).toBe(2025);
  });

  it("a typed year that disagrees with the plan's, or cannot be read: refused at the cell", () => {
    expect(yearOf(nextYearFromGrids(withAgencyValue(grids, "Năm báo cáo", "2023")))).toEqual(["year_conflict Thông tin!B7"]);
    const unreadable = nextYearFromGrids(withAgencyValue(grids, "Năm báo cáo", "năm nay"));
    expect(unreadable.ok).toBe(false);
    if (!unreadable.ok) expect(unreadable.fatal.map((f) => [f.severity, f.sheet, f.cell])).toEqual([["error", "Thông tin", "B7"]]);
  });

  it("--year is this year: it fills in a workbook without a year, agrees, or is refused at the cell of the workbook's year", () => {
    // The demo's plan (seed 000) is 2024's: its first cell naming 2024 is task 1, "Xây dựng mục tiêu chất lượng năm 2024 của Sở" (C2).
    expect(yearOf(nextYearFromGrids(withAgencyValue(grids, "Năm báo cáo", ""), { year: 2030 }))).toEqual(["year_option_conflict Nhiệm vụ!C2"]);
    expect(yearOf(nextYearFromGrids(grids, { year: 2026 }))).toEqual(["year_option_conflict Thông tin!B7"]);
    expect(yearOf(nextYearFromGrids(grids, { year: 2024 }))).toBe(2025);
    // A new workbook with no tasks and its year cell blank names no year: --year gives it.
    const blank = withAgencyValue(buildTrackingWorkbook(emptyTrackingData(2024)).sheets.map(specToGrid), "Năm báo cáo", "");
    expect(yearOf(nextYearFromGrids(blank))).toEqual(["year_unknown Thông tin!B7"]);
    expect(yearOf(nextYearFromGrids(blank, { year: 2030 }))).toBe(2031);
    // A typed year that cannot be read is refused whatever --year says.
    expect(yearOf(nextYearFromGrids(withAgencyValue(grids, "Năm báo cáo", "năm nay"), { year: 2024 }))).toEqual(["year_invalid Thông tin!B7"]);
  });

  it("a workbook that is not a tracking workbook names the sheets it lacks", () => {
    const other = nextYearFromGrids([makeGrid("Sheet1", [["a"]])]);
    expect(other.ok ? [] : other.fatal.map((f) => f.code)).toEqual(["sheet_not_found", "sheet_not_found", "sheet_not_found", "sheet_not_found"]);
  });

  it("the CLI makes the same choice: a blank year in Thông tin gives the 2025 workbook", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, "so-theo-doi-iso-2024.xlsx"));
    const info = wb.getWorksheet("Thông tin")!;
    info.eachRow((row) => {
      if (row.getCell(1).text === "Năm báo cáo") row.getCell(2).value = null;
    });
    const blank = join(dir, "nam-trong.xlsx");
    await wb.xlsx.writeFile(blank);
    const out = await runCli(["next-year", blank, "-o", join(dir, "sau.xlsx")]);
    expect([out.code, out.stdout.join("\n")]).toEqual([0, expect.stringContaining("Sổ theo dõi năm 2025")]);
  });
});
