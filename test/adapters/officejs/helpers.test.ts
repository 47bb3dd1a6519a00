/** The Office.js adapter's pure helpers, with values worked out by hand. */
import { isDateFormat, isoToSerial, serialToIso } from "../../../src/adapters/officejs/excelDates";
import { markerSheet } from "../../../src/adapters/ownership";
import { newMarkerNames, planSheets, markersToDelete } from "../../../src/adapters/officejs/ownership";
import { packRows } from "../../../src/adapters/officejs/payload";
import { sheetMatrices, textForValues } from "../../../src/adapters/officejs/cellMatrices";
import { styleRectangles } from "../../../src/adapters/officejs/styleRects";
import { columnWidthPoints } from "../../../src/core/sheet/textMetrics";
import { allocateTableNames, tablesOnSheets } from "../../../src/adapters/officejs/tables";
import { cell, type SheetSpec } from "../../../src/core/sheet/model";
import { planSheet } from "./fixtures";

function sheet(cells: SheetSpec["cells"], extra: Partial<SheetSpec> = {}): SheetSpec {
  return { name: "S", cells, styles: { h: { bold: true }, b: {}, t: { italic: true } }, columnWidths: [], merges: [], validations: [], tables: [], ...extra };
}

describe("excelDates", () => {
  it("converts ISO dates to 1900-system serials and back", () => {
    expect(isoToSerial("2024-01-01")).toBe(45292);
    expect(isoToSerial("2024-02-29")).toBe(45351);
    expect(isoToSerial("1900-03-01")).toBe(61);
    expect(serialToIso(45351)).toBe("2024-02-29");
    expect(serialToIso(60)).toBeNull(); // Excel's fictitious 1900-02-29 and earlier
  });

  it("recognises date formats, not elapsed times, percentages or quoted text", () => {
    expect(["dd/mm/yyyy", "d/m/yy", "mmm-yy", "yyyy", '[$-42A]d "tháng" m'].map(isDateFormat)).toEqual([true, true, true, true, true]);
    expect(["General", "#,##0", "0.0%", "[h]:mm", "mm:ss", '"ngày" 0', "@"].map(isDateFormat)).toEqual(Array(7).fill(false));
  });
});

describe("cell matrices", () => {
  it("prefixes text with an apostrophe, writes dates as serials and leaves formula cells to the formulas array", () => {
    const m = sheetMatrices(sheet([[cell.text("=1+1"), cell.date("2024-01-01"), cell.formula("=A1", 2), cell.empty()], [cell.number(5)]]));
    expect(m.values).toEqual([
      ["'=1+1", 45292, null, ""],
      [5, "", "", ""],
    ]);
    expect(m.formulas).toEqual([
      [null, null, "=A1", null],
      [null, null, null, null],
    ]);
    expect(m.numberFormats).toEqual([
      ["General", "dd/mm/yyyy", "General", "General"],
      ["General", "General", "General", "General"],
    ]);
    expect(textForValues("")).toBe("");
  });

  it("skips the formulas array when the sheet has no formula", () => {
    expect(sheetMatrices(sheet([[cell.text("a")]])).formulas).toBeNull();
  });
});

describe("styleRectangles", () => {
  it("merges equal runs of consecutive rows into one rectangle per style band", () => {
    const cells = [
      [cell.text("TT", "h"), cell.text("Nội dung", "h"), cell.text("Ghi chú", "h")],
      ...Array.from({ length: 50 }, () => [cell.number(1), cell.text("x"), cell.text("y", "t")]),
    ];
    const rects = styleRectangles(sheet(cells, { defaultStyle: "b" }));
    expect(Object.fromEntries(rects)).toEqual({
      h: [{ top: 0, left: 0, bottom: 0, right: 2 }],
      b: [{ top: 1, left: 0, bottom: 50, right: 1 }],
      t: [{ top: 1, left: 2, bottom: 50, right: 2 }],
    });
  });

  it("gives the plan sheet the same rectangles at 10 and 10,000 rows (apart from their height)", () => {
    const count = (n: number) => [...styleRectangles(planSheet(n)).values()].reduce((sum, list) => sum + list.length, 0);
    expect(count(10_000)).toBe(count(10));
  });

  it("leaves cells missing from short rows unstyled", () => {
    const rects = styleRectangles(sheet([[cell.text("title")], [cell.text("a"), cell.text("b")]], { defaultStyle: "b" }));
    // B1 (missing from the one-cell title row) gets no style, so the bands cannot merge.
    expect(rects.get("b")).toEqual([
      { top: 0, left: 0, bottom: 0, right: 0 },
      { top: 1, left: 0, bottom: 1, right: 1 },
    ]);
  });
});

describe("packRows", () => {
  it("keeps everything in one batch under the budget", () => {
    const m = sheetMatrices(planSheet(100));
    expect(packRows([m, m], 3_000_000)).toEqual([
      [
        { sheetIndex: 0, start: 0, end: 103 },
        { sheetIndex: 1, start: 0, end: 103 },
      ],
    ]);
  });

  it("splits by rows above the budget, covering every row exactly once", () => {
    const m = sheetMatrices(planSheet(1000));
    const batches = packRows([m], 20_000);
    expect(batches.length).toBeGreaterThan(5);
    const slices = batches.flat();
    expect(slices[0].start).toBe(0);
    slices.slice(1).forEach((s, i) => expect(s.start).toBe(slices[i].end));
    expect(slices[slices.length - 1].end).toBe(1003);
  });
});

describe("ownership", () => {
  it("reads the sheet an owner marker points at", () => {
    expect(markerSheet("='Kế hoạch'!$A$1")).toBe("Kế hoạch");
    expect(markerSheet("='Bà Rịa''s plan'!$A$1")).toBe("Bà Rịa's plan");
    expect(markerSheet("=Sheet2!$A$1")).toBe("Sheet2");
    expect(markerSheet("=#REF!$A$1")).toBeNull();
    expect(markerSheet(42)).toBeNull();
  });

  it("plans add / replace and lists the markers to clean up, keeping those of replaced sheets", () => {
    const specs = [planSheet(1, "Kế hoạch"), planSheet(1, "Báo cáo")];
    const existing = [{ name: "Sheet1" }, { name: "kế hoạch" }];
    const markers = [
      { name: "TroLyISO_owner_1", sheet: "Kế hoạch" },
      { name: "TroLyISO_owner_2", sheet: null },
      { name: "TroLyISO_owner_7", sheet: "Đã xoá" },
      { name: "TroLyISO_owner_8", sheet: "KẾ HOẠCH" }, // a second marker for the same sheet
    ];
    const plans = planSheets(specs, existing, markers);
    expect(plans.map((p) => p.kind)).toEqual(["replace", "add"]);
    // owner_1 stays: "Kế hoạch" is cleared in place, so its marker is still right.
    expect(markersToDelete(existing, markers)).toEqual(["TroLyISO_owner_2", "TroLyISO_owner_7", "TroLyISO_owner_8"]);
    expect(newMarkerNames(markers, 2)).toEqual(["TroLyISO_owner_9", "TroLyISO_owner_10"]);
  });
});

describe("allocateTableNames", () => {
  const withTables = (name: string, ...tables: string[]): SheetSpec =>
    sheet([[cell.text("a")]], { name, tables: tables.map((t) => ({ name: t, range: "A1", style: "TableStyleLight9" })) });

  it("keeps free names and numbers taken ones from 2, never reusing a name within the render", () => {
    const specs = [withTables("Nhiệm vụ", "NhiemVu"), withTables("Đơn vị", "DonVi", "nhiemvu")];
    // "NhiemVu" and "NhiemVu2" stay in the workbook (archived copies); "DONVI" is a defined name.
    const { names, renamed } = allocateTableNames(specs, ["NhiemVu", "NHIEMVU2", "DONVI"]);
    expect(names).toEqual([["NhiemVu3"], ["DonVi2", "nhiemvu4"]]);
    expect(renamed).toEqual([
      { sheet: "Nhiệm vụ", from: "NhiemVu", to: "NhiemVu3" },
      { sheet: "Đơn vị", from: "DonVi", to: "DonVi2" },
      { sheet: "Đơn vị", from: "nhiemvu", to: "nhiemvu4" },
    ]);
  });

  it("lists only the tables on the given sheets (those the write batch deletes)", () => {
    const tables = [
      { name: "NhiemVu", sheet: "nhiệm vụ" },
      { name: "NhiemVu2", sheet: "Nhiệm vụ 2023" },
    ];
    expect(tablesOnSheets(tables, ["Nhiệm vụ"])).toEqual([{ name: "NhiemVu", sheet: "nhiệm vụ" }]);
  });
});

describe("columnWidthPoints", () => {
  it("converts Excel character widths to points like Excel does for Calibri 11", () => {
    expect(columnWidthPoints(8.43)).toBeCloseTo(48, 0); // Excel's default column: 64 px = 48 pt
    expect(columnWidthPoints(10)).toBe(56.25);
  });
});
