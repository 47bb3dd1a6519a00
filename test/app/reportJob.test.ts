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

  /** The demo's grids with cells of the tasks sheet replaced (0-based row and column). */
  const withTaskCells = (changes: [number, number, string][]) =>
    grids.map((g) =>
      g.sheet === "Nhiệm vụ"
        ? makeGrid(
            g.sheet,
            g.rows.map((row, r) => row.map((v, c) => changes.find(([cr, cc]) => cr === r && cc === c)?.[2] ?? v)),
          )
        : g,
    );

  it("a missing internal audit or management review is a warning citing QĐ 19 at the item's row, and the report a draft", () => {
    // Demo tasks 8 (internal audit) and 9 (management review) are rows 9 and 10; K is "Văn bản/Kết quả" (column 10).
    expect(grids.find((g) => g.sheet === "Nhiệm vụ")!.rows[8][2]).toMatch(/đánh giá nội bộ/);
    expect(ran(reportFromGrids(grids)).model.draft).toBe(false);
    const result = ran(
      reportFromGrids(
        withTaskCells([
          [8, 10, ""],
          [9, 10, ""],
        ]),
      ),
    );
    const items = result.read.findings.filter((f) => f.code.startsWith("result_item"));
    expect(items.map((f) => [f.severity, f.code, f.sheet])).toEqual([
      ["warning", "result_item_required_missing", "Nhận xét"],
      ["warning", "result_item_required_missing", "Nhận xét"],
    ]);
    expect(result.model.draft).toBe(true);
    expect(result.model.missing.map((m) => m.slice(0, m.indexOf(" ("))).sort()).toEqual(["Kết quả mục I.5", "Kết quả mục I.6"]);
  });

  it("another item without a document is a warning too, without the QĐ 19 yearly duty", () => {
    // Demo task 5 (re-announcement, item 8) is row 6.
    const result = ran(reportFromGrids(withTaskCells([[5, 10, ""]])));
    const items = result.read.findings.filter((f) => f.code.startsWith("result_item"));
    expect(items.map((f) => [f.severity, f.code])).toEqual([["warning", "result_item_no_evidence"]]);
    expect(result.model.draft).toBe(true);
  });
});
