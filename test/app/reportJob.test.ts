import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { worksheetToGrid } from "../../src/adapters/exceljs/readGrid";
import { reportFromGrids } from "../../src/app/reportJob";
import { runCli } from "../../src/cli/main";
import { makeGrid, type Grid } from "../../src/core/grid/grid";

/** Inserts an empty column before `index` (0-based), with a header in the header row. */
function insertColumn(grid: Grid, index: number, header: string, headerRow = 0): Grid {
  return makeGrid(
    grid.sheet,
    grid.rows.map((row, r) => [...row.slice(0, index), r === headerRow ? header : "", ...row.slice(index)]),
  );
}

describe("reportFromGrids", () => {
  let grids: Grid[];
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), "iso-report-"));
    await runCli(["demo", "-o", dir]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, "so-theo-doi-iso-2024.xlsx"));
    grids = wb.worksheets.map(worksheetToGrid);
  });

  /** The result of a job that must have run (its fatal findings in the failure message otherwise). */
  const ran = (result: ReturnType<typeof reportFromGrids>) => {
    if (!result.ok) throw new Error(`report job failed: ${JSON.stringify(result.fatal)}`);
    return result;
  };
  const formulas = (result: ReturnType<typeof reportFromGrids>) =>
    ran(result)
      .sheets.sheets.find((s) => s.name === "Báo cáo")!
      .cells.flat()
      .flatMap((c) => (c.kind === "formula" ? [c.formula] : []));

  it("points its formulas at the builders' columns on an untouched workbook", () => {
    const all = formulas(reportFromGrids(grids));
    expect(all.some((f) => /COUNTIF\('Nhiệm vụ'!J2:J\d+,/.test(f))).toBe(true);
    expect(all).toContain(`IF(ISNUMBER('Hồ sơ TTHC'!C10),TEXT(ROUND('Hồ sơ TTHC'!C10,0),"0"),"—")`);
  });

  it("follows a column the user inserted in the tasks and dossier sheets", () => {
    const moved = grids.map((g) =>
      g.sheet === "Nhiệm vụ" ? insertColumn(g, 2, "Mức ưu tiên") : g.sheet === "Hồ sơ TTHC" ? insertColumn(g, 2, "Ghi chú riêng") : g,
    );
    const result = reportFromGrids(moved);
    const all = formulas(result);
    // Status moved from J to K; "Tiếp nhận" from C to D: the reader found them by header, so must the formulas.
    expect(all.some((f) => /COUNTIF\('Nhiệm vụ'!K2:K\d+,/.test(f))).toBe(true);
    expect(all).toContain(`IF(ISNUMBER('Hồ sơ TTHC'!D10),TEXT(ROUND('Hồ sơ TTHC'!D10,0),"0"),"—")`);
    expect(ran(result).read.dossiers.received).toBe(391);
  });
});
