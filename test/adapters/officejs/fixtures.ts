/**
 * Sheet specs for the Office.js adapter tests, shaped like the add-in's real output: a merged
 * title, a styled header, body rows with text, numbers, dates and a formula column, a total
 * row, column widths, frozen header, a drop-down list and A4 page setup.
 */
import { cell, type CellSpec, type SheetSpec } from "../../../src/core/sheet/model";
import type { ExcelApiSupport } from "../../../src/adapters/officejs/apiSupport";

/** A host with every requirement set up to `max` (e.g. "1.7" = Excel 2019 volume licence). */
export function supportsUpTo(max: string): ExcelApiSupport {
  const [maxMajor, maxMinor] = max.split(".").map(Number);
  return (version) => {
    const [major, minor] = version.split(".").map(Number);
    return major < maxMajor || (major === maxMajor && minor <= maxMinor);
  };
}

const units = ["Văn phòng Sở", "Phòng Tổ chức Hành chính", "Chi cục Dân số", "Thanh tra Sở"];

/** The plan-like sheet with `bodyRows` task rows (rows 3 … bodyRows + 2) and a total row. */
export function planSheet(bodyRows: number, name = "Kế hoạch"): SheetSpec {
  const header: CellSpec[] = ["TT", "Nội dung công việc", "Đơn vị thực hiện", "Hạn hoàn thành", "Kinh phí", "Tỷ lệ"].map((h) => cell.text(h, "header"));
  const body: CellSpec[][] = Array.from({ length: bodyRows }, (_, i) => {
    const row = i + 3;
    return [
      cell.number(i + 1, "center"),
      cell.text(`Rà soát quy trình ISO số ${i + 1}`),
      cell.text(units[i % units.length]),
      cell.date(`2024-${String((i % 12) + 1).padStart(2, "0")}-15`, "date"),
      cell.number(1_500_000 + i, "money"),
      cell.formula(`IF(E${row}=0,0,E${row}/SUM(E$3:E$${bodyRows + 2}))`, 0, "percent"),
    ];
  });
  const total: CellSpec[] = [
    cell.text("Tổng cộng", "total"),
    cell.empty("total"),
    cell.empty("total"),
    cell.empty("total"),
    cell.formula(`SUM(E3:E${bodyRows + 2})`, 0, "totalMoney"),
    cell.empty("total"),
  ];
  return {
    name,
    cells: [[cell.text("KẾ HOẠCH DUY TRÌ HỆ THỐNG QUẢN LÝ CHẤT LƯỢNG NĂM 2024", "title")], header, ...body, total],
    styles: {
      title: { fontName: "Times New Roman", fontSize: 14, bold: true, horizontal: "center" },
      header: { fontName: "Times New Roman", fontSize: 13, bold: true, fill: "D9E2F3", horizontal: "center", vertical: "middle", wrap: true, border: "thin" },
      body: { fontName: "Times New Roman", fontSize: 13, wrap: true, vertical: "top", border: "thin" },
      center: { fontName: "Times New Roman", fontSize: 13, horizontal: "center", vertical: "top", border: "thin" },
      date: { fontName: "Times New Roman", fontSize: 13, numberFormat: "dd/mm/yyyy", horizontal: "center", border: "thin" },
      money: { fontName: "Times New Roman", fontSize: 13, numberFormat: "#,##0", border: "thin" },
      percent: { fontName: "Times New Roman", fontSize: 13, numberFormat: "0.0%", border: "thin" },
      total: { fontName: "Times New Roman", fontSize: 13, bold: true, border: "thin" },
      totalMoney: { fontName: "Times New Roman", fontSize: 13, bold: true, numberFormat: "#,##0", border: "thin", indent: 1 },
    },
    defaultStyle: "body",
    columnWidths: [6, 48, 28, 14, 16, 10],
    rowHeights: { 1: 30 },
    merges: [
      { firstRow: 1, firstColumn: 1, lastRow: 1, lastColumn: 6 },
      { firstRow: bodyRows + 3, firstColumn: 1, lastRow: bodyRows + 3, lastColumn: 4 },
    ],
    validations: [{ range: `C3:C${bodyRows + 2}`, list: units, allowBlank: true, prompt: "Chọn đơn vị" }],
    tables: [],
    freeze: { rows: 2, columns: 0 },
    pageSetup: {
      paperSize: "A4",
      orientation: "landscape",
      margins: { top: 20, bottom: 20, left: 30, right: 15 },
      fitToWidth: true,
      printTitleRows: { first: 2, last: 2 },
      pageNumbersExceptFirst: true,
    },
  };
}

/** A small sheet with a table over its data. */
export function unitsSheet(): SheetSpec {
  return {
    name: "Đơn vị",
    cells: [[cell.text("Mã"), cell.text("Tên đơn vị")], ...units.map((u, i) => [cell.text(`DV${i + 1}`), cell.text(u)])],
    styles: {},
    columnWidths: [8, 30],
    merges: [],
    validations: [],
    tables: [{ name: "DonVi", range: `A1:B${units.length + 1}`, style: "TableStyleMedium2" }],
  };
}
