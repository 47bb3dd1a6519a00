/**
 * Contract: the exceljs renderer (Node CLI, standalone page) and the Office.js renderer (task
 * pane) must produce the same visible sheet from the same SheetSpec — values, formulas,
 * number formats, fonts, fills, alignment, borders, merges, column widths, frozen panes.
 */
import { renderWorkbookSpec as renderWithExcelJs } from "../../src/adapters/exceljs/renderWorkbook";
import { cell, type SheetSpec } from "../../src/core/sheet/model";
import { officeJsSnapshot, snapshotOfExcelJsSheet } from "./contract";

/** Text, numbers, dates, formulas with cached results, merges, styles, hostile text. */
function sampleSpec(): SheetSpec {
  return {
    name: "Báo cáo",
    cells: [
      [cell.text("BÁO CÁO KẾT QUẢ DUY TRÌ ISO 9001 NĂM 2024", "title")],
      [cell.text("TT", "header"), cell.text("Nội dung", "header"), cell.text("Ngày", "header"), cell.text("Số hồ sơ", "header"), cell.text("Tỷ lệ", "header")],
      [
        cell.number(1, "center"),
        cell.text("Tiếp nhận hồ sơ"),
        cell.date("2024-12-31", "date"),
        cell.number(391, "integer"),
        cell.formula("D3/D3", 1, "percent"),
      ],
      [
        cell.number(2, "center"),
        cell.text('=HYPERLINK("http://x","y")'),
        cell.date("2024-02-29", "date"),
        cell.number(343, "integer"),
        cell.formula("IF(D3=0,0,D4/D3)", 343 / 391, "percent"),
      ],
      [cell.number(3, "center"), cell.text("-1+2", "note"), cell.empty(), cell.number(48, "integer"), cell.formula("IF(D3=0,0,D5/D3)", 48 / 391, "percent")],
      [
        cell.text("Tổng cộng", "total"),
        cell.empty("total"),
        cell.empty("total"),
        cell.formula("D4+D5", 391, "totalInteger"),
        { kind: "boolean", value: true, style: "total" },
      ],
    ],
    styles: {
      title: { fontName: "Times New Roman", fontSize: 14, bold: true, horizontal: "center", color: "1F4E79" },
      header: { fontName: "Times New Roman", fontSize: 13, bold: true, fill: "D9E2F3", horizontal: "center", vertical: "middle", wrap: true, border: "thin" },
      body: { fontName: "Times New Roman", fontSize: 13, wrap: true, vertical: "top", border: "thin" },
      center: { fontName: "Times New Roman", fontSize: 13, horizontal: "center", border: "thin" },
      note: { fontName: "Times New Roman", fontSize: 13, italic: true, underline: true, border: "thin", indent: 1 },
      date: { fontName: "Times New Roman", fontSize: 13, numberFormat: "dd/mm/yyyy", border: "thin" },
      integer: { fontName: "Times New Roman", fontSize: 13, numberFormat: "#,##0", horizontal: "right", border: "thin" },
      percent: { fontName: "Times New Roman", fontSize: 13, numberFormat: "0.0%", border: "thin" },
      total: { fontName: "Times New Roman", fontSize: 13, bold: true, border: "thin" },
      totalInteger: { fontName: "Times New Roman", fontSize: 13, bold: true, numberFormat: "#,##0", border: "thin" },
    },
    defaultStyle: "body",
    columnWidths: [6, 40, 12, 12, 10],
    merges: [
      { firstRow: 1, firstColumn: 1, lastRow: 1, lastColumn: 5 },
      { firstRow: 6, firstColumn: 1, lastRow: 6, lastColumn: 3 },
    ],
    validations: [],
    tables: [],
    freeze: { rows: 2, columns: 1 },
  };
}

describe("renderer contract (exceljs ⇔ Office.js)", () => {
  it("produces the same cell snapshot for the same SheetSpec", async () => {
    const spec = sampleSpec();
    const fromExcelJs = snapshotOfExcelJsSheet(renderWithExcelJs({ sheets: [spec] }).getWorksheet(spec.name)!);
    const fromOfficeJs = await officeJsSnapshot(spec);
    expect(fromOfficeJs).toEqual(fromExcelJs);
  });

  it("compares something: the snapshot holds every kind of cell of the sample", async () => {
    const snap = await officeJsSnapshot(sampleSpec());
    expect(snap.cells.A1).toMatchObject({ value: "BÁO CÁO KẾT QUẢ DUY TRÌ ISO 9001 NĂM 2024", bold: true, color: "1F4E79" });
    expect(snap.cells.B4).toMatchObject({ value: '=HYPERLINK("http://x","y")' });
    expect(snap.cells.C3).toMatchObject({ value: 45657, numberFormat: "dd/mm/yyyy" });
    expect(snap.cells.E4).toMatchObject({ formula: "IF(D3=0,0,D4/D3)", numberFormat: "0.0%", border: "thin" });
    expect(snap.merges).toEqual(["A1:E1", "A6:C6"]);
    expect(snap.freeze).toEqual({ rows: 2, columns: 1 });
  });
});

describe("renderer contract: defaults", () => {
  // A date cell whose style names no number format: both renderers write "dd/mm/yyyy" (a bare
  // serial would show as 45306, and Excel's built-in short date depends on the viewer's locale).
  it("gives a date cell without a style format the same number format", async () => {
    const spec: SheetSpec = {
      name: "Ngày",
      cells: [[cell.date("2024-01-15")]],
      styles: {},
      columnWidths: [],
      merges: [],
      validations: [],
      tables: [],
    };
    const fromExcelJs = snapshotOfExcelJsSheet(renderWithExcelJs({ sheets: [spec] }).getWorksheet(spec.name)!);
    expect(await officeJsSnapshot(spec)).toEqual(fromExcelJs);
  });
});
