import { cell, type SheetSpec } from "../../../src/core/sheet/model";
import { paginate } from "../../../src/core/sheet/paginate";

/** Rows of one short line each (12 pt → 17.75 pt high), a table from row 3 (header) to row 12. */
function sheet(): SheetSpec {
  const line = (t: string, style = "p") => [cell.text(t, style), cell.empty(style)];
  return {
    name: "S",
    cells: [line("Tiêu đề", "h"), line("Đoạn"), line("TT", "th"), ...Array.from({ length: 9 }, (_, i) => line(`Dòng ${i + 1}`)), line("Sau bảng")],
    styles: { p: { fontSize: 12, wrap: true }, h: { fontSize: 12, bold: true }, th: { fontSize: 12, bold: true } },
    columnWidths: [20, 20],
    merges: [{ firstRow: 3, firstColumn: 1, lastRow: 3, lastColumn: 2 }],
    validations: [],
    tables: [],
  };
}

describe("paginate", () => {
  it("breaks where the next row would not fit and repeats the header of a table that continues", () => {
    // 17.75 pt per row: 5 rows fit in 90 pt (88.75), the 6th does not.
    const out = paginate(sheet(), 90, [{ header: 3, last: 12 }]);
    const texts = out.cells.map((r) => (r[0].kind === "text" ? r[0].value : ""));
    // Page 1: rows 1–5; page 2 starts with the header copy, then rows 6…
    expect(out.rowBreaks?.[0]).toBe(5);
    expect(texts.slice(5, 7)).toEqual(["TT", "Dòng 3"]);
    // The header copy keeps its merge.
    expect(out.merges).toContainEqual({ firstRow: 6, firstColumn: 1, lastRow: 6, lastColumn: 2 });
    // Every page holds at most 90 pt.
    const starts = [0, ...(out.rowBreaks ?? [])];
    starts.forEach((s, i) => {
      const end = i + 1 < starts.length ? starts[i + 1] : out.cells.length;
      let sum = 0;
      for (let r = s + 1; r <= end; r++) sum += out.rowHeights?.[r] ?? 0;
      expect(sum).toBeLessThanOrEqual(90);
    });
    // "Sau bảng" is after the table: no header copy before it.
    expect(texts.filter((t) => t === "TT").length).toBe(1 + (out.rowBreaks ?? []).filter((b) => b < texts.indexOf("Sau bảng")).length);
  });

  it("moves a heading to the next page rather than ending a page with it", () => {
    const out = paginate(sheet(), 90, [], new Set([5]));
    // Rows 1–4 (71 pt) + heading 5 + row 6 would be 106.5 pt: the break comes before the heading.
    expect(out.rowBreaks?.[0]).toBe(4);
  });

  it("moves a run of rows kept with the next to the next page together (a closing paragraph and the signature block)", () => {
    // Rows 1–3 (53.25 pt) then 4, 5 kept with the next and 6: 4 + 5 + 6 would end at 106.5 pt > 90.
    const out = paginate(sheet(), 90, [], new Set([4, 5]));
    expect(out.rowBreaks?.[0]).toBe(3);
  });

  it("adds no break to a sheet that fits on one page", () => {
    expect(paginate(sheet(), 1000, [{ header: 3, last: 12 }]).rowBreaks).toEqual([]);
  });
});
