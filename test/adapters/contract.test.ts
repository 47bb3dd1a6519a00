/**
 * Contract: the exceljs renderer (Node CLI, standalone page) and the Office.js renderer (task
 * pane) must produce the same sheet from the same SheetSpec — values, formulas, number formats,
 * fonts, fills, alignment, borders, merges, column widths, frozen panes, and the sheet-level
 * state: drop-down lists, tables, page setup (paper, orientation, margins, fit, print titles,
 * header, first page number, page breaks), row heights, tab colour, visibility, tab order.
 * exceljs's side is the .xlsx it writes, read back; Office.js's side is what the fake Excel
 * recorded (test/adapters/contract.ts says how each is normalised).
 */
import { renderWorkbookSpec as renderWithExcelJs } from "../../src/adapters/exceljs/renderWorkbook";
import { worksheetToGrid } from "../../src/adapters/exceljs/readGrid";
import { demoDossiers, demoTrackingData } from "../../src/app/demoData";
import { nextYearFromGrids } from "../../src/app/nextYearJob";
import { reportFromGrids } from "../../src/app/reportJob";
import { tsvToGrid } from "../../src/core/grid/tsv";
import { importPlan } from "../../src/core/plan/importPlan";
import { cell, type SheetSpec, type WorkbookSpec } from "../../src/core/sheet/model";
import { computeRowHeights } from "../../src/core/sheet/rowHeights";
import { buildTrackingWorkbook } from "../../src/core/workbook/trackingWorkbook";
import { sampleText, seeds } from "../helpers";
import { excelJsWorkbookSnapshot, officeJsSnapshot, officeJsWorkbookSnapshot, snapshotOfExcelJsSheet } from "./contract";

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
    columnWidths: [6, 40, 12, 12, 10, 8],
    hiddenColumns: [6],
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
    expect(snap.hiddenColumns).toEqual(["F"]);
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

/**
 * The workbooks the product writes, as the CLI demo makes them: the 2024 tracking workbook from
 * the Sở Y tế plan (seed 000) with the demo progress, dossiers and budget and its "Kiểm tra"
 * findings; the report job's sheets ("Báo cáo", "Kiểm tra") read from it; next year's workbook.
 */
function realWorkbooks(): { label: string; spec: WorkbookSpec }[] {
  const plan = importPlan([tsvToGrid("Kế hoạch", sampleText(seeds.plan2024))], { year: 2024 });
  if (!plan) throw new Error("seed 000 did not import");
  const data = demoTrackingData(plan.tasks, demoDossiers());
  const grids = renderWithExcelJs(buildTrackingWorkbook(data)).worksheets.map(worksheetToGrid);
  const report = reportFromGrids(grids);
  if (!report.ok) throw new Error(`report job failed: ${JSON.stringify(report.fatal)}`);
  const next = nextYearFromGrids(grids);
  if (!next.ok) throw new Error(`next-year job failed: ${JSON.stringify(next.fatal)}`);
  return [
    { label: "tracking workbook 2024", spec: buildTrackingWorkbook({ ...data, findings: report.read.findings }) },
    { label: "report sheets", spec: report.sheets },
    { label: "next year's workbook (2025)", spec: next.workbook },
  ];
}

/**
 * Sheet-level features no builder uses yet, each once: a tab colour, a hidden sheet, manual breaks
 * on a sheet without page setup, a stop list without its own error text and blanks refused, a
 * suggestion list from a range, a fixed row height, a table, page numbers from page 3.
 */
function featureWorkbook(): WorkbookSpec {
  const base = sampleSpec();
  const hidden: SheetSpec = {
    name: "Ẩn",
    cells: [[cell.text("Mã")], [cell.text("A")], [cell.text("B")], [cell.text("C")]],
    styles: {},
    columnWidths: [9, 20],
    rowHeights: { 2: 30 },
    merges: [],
    validations: [{ range: "A2:A4", list: ["A", "B", 'Có "ngoặc"'], allowBlank: false }],
    tables: [{ name: "MaSo", range: "A1:A4", style: "TableStyleMedium2" }],
    tabColor: "C00000",
    hidden: true,
    rowBreaks: [2],
  };
  return {
    sheets: [
      {
        ...base,
        validations: [{ range: "B3:B5", list: { source: "='Ẩn'!$A$2:$A$4" }, allowBlank: true, mode: "suggest", prompt: "Chọn mã" }],
        tabColor: "1F4E79",
        pageSetup: {
          paperSize: "A4",
          orientation: "landscape",
          margins: { top: 20, bottom: 15, left: 30, right: 15 },
          fitToWidth: false,
          printTitleRows: { first: 2, last: 2 },
          pageNumbersExceptFirst: true,
          firstPageNumber: 3,
        },
        rowBreaks: [3, 5],
      },
      hidden,
    ],
  };
}

type WorkbookSnapshot = Awaited<ReturnType<typeof officeJsWorkbookSnapshot>>;

/** Compares sheet by sheet and part by part, so a failure names the sheet and what differs. */
function expectSameWorkbook(fromOfficeJs: WorkbookSnapshot, fromExcelJs: WorkbookSnapshot): void {
  expect(fromOfficeJs.map((s) => s.name)).toEqual(fromExcelJs.map((s) => s.name));
  fromExcelJs.forEach((x, i) => {
    const o = fromOfficeJs[i];
    expect([x.name, "cells", o.sheet]).toEqual([x.name, "cells", x.sheet]);
    expect([x.name, "validations", o.layout.validations]).toEqual([x.name, "validations", x.layout.validations]);
    expect([x.name, "tables", o.layout.tables]).toEqual([x.name, "tables", x.layout.tables]);
    expect([x.name, "page", o.layout.page]).toEqual([x.name, "page", x.layout.page]);
    expect([x.name, "rowHeights", o.layout.rowHeights]).toEqual([x.name, "rowHeights", x.layout.rowHeights]);
    expect([x.name, "tab", o.layout.tabColor, o.layout.visibility]).toEqual([x.name, "tab", x.layout.tabColor, x.layout.visibility]);
  });
}

describe("renderer contract on the workbooks the product writes", () => {
  const workbooks = realWorkbooks();
  const snapshots = new Map<string, { fromExcelJs: WorkbookSnapshot; fromOfficeJs: WorkbookSnapshot }>();
  beforeAll(async () => {
    for (const { label, spec } of [...workbooks, { label: "features", spec: featureWorkbook() }]) {
      snapshots.set(label, { fromExcelJs: await excelJsWorkbookSnapshot(spec), fromOfficeJs: await officeJsWorkbookSnapshot(spec) });
    }
  });
  const both = (label: string) => snapshots.get(label)!;
  const sheetOf = (label: string, name: string) => both(label).fromExcelJs.find((s) => s.name === name)!;

  it.each(["tracking workbook 2024", "report sheets", "next year's workbook (2025)", "features"])(
    "%s: every sheet the same from both renderers, cells and sheet-level state",
    (label) => {
      const { fromExcelJs, fromOfficeJs } = both(label);
      expectSameWorkbook(fromOfficeJs, fromExcelJs);
    },
  );

  // The comparisons above would pass if both sides lost everything; these pin what the file holds.
  it("compares drop-down lists: the tasks sheet's unit suggestions and status list, rows 2–200, one rule per declared range", () => {
    const { validations } = sheetOf("tracking workbook 2024", "Nhiệm vụ").layout;
    const units = {
      type: "list",
      source: "'Đơn vị'!$A$2:$A$300",
      dropDown: true,
      allowBlank: true,
      prompt: { title: "Trợ lý ISO", message: "Chọn đơn vị trong danh mục (trang Đơn vị) hoặc ghi nhiều đơn vị, cách nhau bằng dấu ;" },
      error: null,
    };
    // The layout declares one range per column (H lead unit, I supporting units, J status):
    // each is written once, over exactly that range (exceljs regrouped per-cell rules into
    // H2:I200 and H10:I200, which overlap).
    expect(validations).toEqual([
      { ranges: ["H2:H200"], ...units },
      { ranges: ["I2:I200"], ...units },
      {
        ranges: ["J2:J200"],
        type: "list",
        list: ["Chưa thực hiện", "Đang thực hiện", "Hoàn thành", "Không thực hiện"],
        dropDown: true,
        allowBlank: true,
        prompt: { title: "Trợ lý ISO", message: "Chọn trạng thái thực hiện" },
        error: { style: "stop", title: "Trợ lý ISO", message: "Trạng thái phải chọn trong danh sách" },
      },
    ]);
    // The holidays' type column over rows 2–100, the budget's two blocks of lines: once each.
    expect(sheetOf("tracking workbook 2024", "Ngày nghỉ").layout.validations.map((v) => v.ranges)).toEqual([["D2:D100"]]);
    expect(sheetOf("tracking workbook 2024", "Kinh phí").layout.validations.map((v) => v.ranges)).toEqual([["C3:C4"], ["C9"]]);
    // A stop list without its own text still answers in Vietnamese; blanks refused where asked.
    expect(sheetOf("features", "Ẩn").layout.validations).toEqual([
      expect.objectContaining({
        ranges: ["A2:A4"],
        list: ["A", "B", 'Có "ngoặc"'],
        allowBlank: false,
        error: { style: "stop", title: "Trợ lý ISO", message: "Giá trị này không có trong danh sách." },
      }),
    ]);
  });

  it("compares tables: the task table over the 12 tasks and the unit registry", () => {
    const tracking = both("tracking workbook 2024").fromExcelJs;
    expect(tracking.flatMap((s) => s.layout.tables)).toEqual([
      // 13 columns: the last, M, is "Đơn vị được kiểm tra, đánh giá, hỗ trợ" (issue 19).
      { name: "NhiemVu", range: "A1:M13", headerRow: true, style: "TableStyleLight9" },
      { name: "DonVi", range: expect.stringMatching(/^A1:B\d+$/) as string, headerRow: true, style: "TableStyleLight9" },
    ]);
  });

  it("compares page setup: the report on A4 portrait, NĐ 30/2020 margins, page numbers from page 2, manual breaks", () => {
    const { page } = sheetOf("report sheets", "Báo cáo").layout;
    expect(page).toMatchObject({
      paperSize: "A4",
      orientation: "portrait",
      margins: { top: 20, bottom: 20, left: 30, right: 15 },
      zoom: { fitWidth: 1, fitHeight: 0 },
      firstPageNumber: 1,
      printTitleRows: null,
      header: { center: '&"Times New Roman"&13&P' },
      firstPage: { header: {}, footer: {} },
    });
    expect(page.rowBreaks.length).toBeGreaterThan(0);
    expect(sheetOf("tracking workbook 2024", "Nhiệm vụ").layout.page).toMatchObject({ orientation: "landscape", printTitleRows: "1:1", rowBreaks: [] });
    expect(sheetOf("features", "Báo cáo").layout.page).toMatchObject({ zoom: { scale: 100 }, firstPageNumber: 3, printTitleRows: "2:2", rowBreaks: [3, 5] });
    expect(sheetOf("features", "Ẩn").layout.page.rowBreaks).toEqual([2]);
  });

  it("compares row heights: every row of every sheet has the height computed from its text, fixed heights kept", () => {
    for (const { label, spec } of workbooks) {
      for (const sheet of spec.sheets) {
        expect([label, sheet.name, sheetOf(label, sheet.name).layout.rowHeights]).toEqual([label, sheet.name, computeRowHeights(sheet)]);
        for (const [row, height] of Object.entries(sheet.rowHeights ?? {})) {
          expect([sheet.name, row, sheetOf(label, sheet.name).layout.rowHeights[Number(row)]]).toEqual([sheet.name, row, height]);
        }
      }
    }
    expect(sheetOf("features", "Ẩn").layout.rowHeights[2]).toBe(30);
  });

  it("compares tab colour and visibility", () => {
    expect(sheetOf("features", "Báo cáo").layout).toMatchObject({ tabColor: "1F4E79", visibility: "visible" });
    expect(sheetOf("features", "Ẩn").layout).toMatchObject({ tabColor: "C00000", visibility: "hidden" });
  });
});
