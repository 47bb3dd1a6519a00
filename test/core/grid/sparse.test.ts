import { gridFromSparseRows, mergeRanges, SparseGridTooLarge, type SparseRow } from "../../../src/core/grid/sparse";

const row = (r: number, cells: Record<number, string>): SparseRow => ({
  row: r,
  columns: Object.keys(cells).map(Number),
  values: Object.values(cells),
});

describe("a grid from a sheet's stored cells (src/core/grid/sparse.ts)", () => {
  it("spans A1 to the last row and column holding text; gaps are empty cells", () => {
    const { grid, findings } = gridFromSparseRows("S", [row(1, { 0: "a" }), row(3, { 2: "c" })]);
    expect(grid.rows).toEqual([
      ["a", "", ""],
      ["", "", ""],
      ["", "", "c"],
    ]);
    expect(findings).toEqual([]);
  });

  it("leaves out a value far below a table and names it, instead of a grid of a million rows", () => {
    const table = Array.from({ length: 50 }, (_, i) => row(i + 1, { 0: `r${i + 1}`, 7: "x" }));
    const { grid, findings } = gridFromSparseRows("Kế hoạch", [...table, row(1_048_576, { 16_383: "far" })]);
    expect(grid.rows.length).toBe(50);
    expect(grid.rows[0].length).toBe(8);
    expect(findings).toEqual([
      { severity: "warning", code: "cells_far_from_table", sheet: "Kế hoạch", cell: "XFD1048576", params: { count: 1, rows: 50, columns: 8 } },
    ]);
  });

  it("cuts far columns the same way (a value at XFD beside a table of 8 columns, on its first row)", () => {
    const table = Array.from({ length: 200 }, (_, i) => row(i + 1, { 0: "a", 7: "h" }));
    table[0] = row(1, { 0: "a", 7: "h", 16_383: "far" });
    const { grid, findings } = gridFromSparseRows("S", table);
    expect(grid.rows.length).toBe(200);
    expect(grid.rows[0]).toEqual(["a", "", "", "", "", "", "", "h"]);
    expect(findings[0]?.cell).toBe("XFD1");
  });

  it("keeps a note a few hundred rows below the table: the grid stays small", () => {
    const { grid, findings } = gridFromSparseRows("S", [row(1, { 0: "a", 4: "e" }), row(600, { 0: "ghi chú" })]);
    expect(grid.rows.length).toBe(600);
    expect(grid.rows[599][0]).toBe("ghi chú");
    expect(findings).toEqual([]);
  });

  it("names a sheet whose near cells alone are too many", () => {
    // 6,000,000 cells in a solid block, more than a grid of 5,000,000.
    const rows = Array.from({ length: 300_000 }, (_, i) => ({
      row: i + 1,
      columns: Array.from({ length: 20 }, (_, c) => c),
      values: Array<string>(20).fill("1"),
    }));
    expect(() => gridFromSparseRows("S", rows)).toThrow(SparseGridTooLarge);
  });

  it("keeps a merged area's text in its top-left cell; the hidden cells are emptied and do not widen the grid", () => {
    const merges = mergeRanges(["A1:C1", "$B$2:$B$3"]);
    expect(merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 2 },
      { top: 1, left: 1, bottom: 2, right: 1 },
    ]);
    const { grid } = gridFromSparseRows("S", [row(1, { 0: "title", 2: "hidden" }), row(2, { 0: "a", 1: "b" }), row(3, { 1: "hidden too" })], merges);
    expect(grid.rows).toEqual([
      ["title", ""],
      ["a", "b"],
    ]);
    // Clipped to the grid.
    expect(grid.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 1 },
      { top: 1, left: 1, bottom: 1, right: 1 },
    ]);
  });

  it("ignores unreadable merge references", () => {
    expect(mergeRanges(["", "A1", "1:2", "ZZZZ1:A2", "B2:A1"])).toEqual([
      { top: 0, left: 0, bottom: 0, right: 0 },
      { top: 0, left: 0, bottom: 1, right: 1 },
    ]);
  });
});
