import type ExcelJS from "exceljs";
import { excelJs } from "./library";
import { columnLetters, parseCellAddress, rangeAddress } from "../../core/grid/address";
import { xmlSafeText } from "../../core/grid/xmlChars";
import { assertOwned, findWorksheet, markOwned } from "./ownership";
import { computeRowHeights } from "../../core/sheet/rowHeights";
import { validationMessages } from "../../core/sheet/validation";
import { areaOf, checkWorkbookSpec } from "../specChecks";
import type { CellSpec, CellStyle, PageSetupSpec, SheetSpec, TableSpec, WorkbookSpec } from "../../core/sheet/model";

const mmPerInch = 25.4;

interface Ordered {
  orderNo: number;
}

/**
 * Renders a workbook description with exceljs. With `into`, the described sheets replace the
 * add-in's own same-named sheets (marked as in the Office.js adapter) and every other sheet is
 * left as it is; a same-named sheet of the user's raises SheetNotOwnedError before any change.
 */
export function renderWorkbookSpec(spec: WorkbookSpec, into?: ExcelJS.Workbook): ExcelJS.Workbook {
  // Excel's rules (names, overlapping validations or merges, cell limits) before any change.
  checkWorkbookSpec(spec);
  const wb = into ?? new (excelJs().Workbook)();
  if (!into) {
    wb.creator = "Trợ lý ISO";
    wb.created = new Date(0);
  }
  // Nothing is written when any described sheet exists and is the user's.
  assertOwned(
    wb,
    spec.sheets.map((s) => s.name),
  );
  for (const sheet of spec.sheets) {
    const existing = findWorksheet(wb, sheet.name);
    // A replaced sheet keeps its place among the tabs.
    // exceljs orders tabs by the untyped `orderNo` of each worksheet.
    const orderNo = (existing as unknown as Ordered | undefined)?.orderNo;
    if (existing) wb.removeWorksheet(existing.id);
    const ws = renderSheet(wb, sheet);
    if (orderNo !== undefined) (ws as unknown as Ordered).orderNo = orderNo;
    markOwned(wb, sheet.name);
  }
  if (spec.active) showOnly(wb, spec.active);
  return wb;
}

/**
 * Opens the workbook on `name`, the only selected tab: Excel prints the selected sheets, so a
 * second selected tab (a group) would print too. The tab's index counts every sheet, hidden ones
 * included, in tab order.
 */
function showOnly(wb: ExcelJS.Workbook, name: string): void {
  const ordered = [...wb.worksheets].sort((a, b) => (a as unknown as Ordered).orderNo - (b as unknown as Ordered).orderNo);
  const index = ordered.findIndex((ws) => ws.name === name);
  if (index < 0) return;
  // exceljs writes a view's tabSelected (sheet-view-xform) although its types leave it out.
  for (const ws of ordered) ws.views = [{ ...(ws.views[0] ?? {}), tabSelected: ws.name === name } as unknown as Partial<ExcelJS.WorksheetView>];
  wb.views = [{ x: 0, y: 0, width: 12000, height: 8000, firstSheet: 0, activeTab: index, visibility: "visible" }];
}

/** Writes a workbook description to .xlsx bytes. */
export async function workbookSpecToXlsx(spec: WorkbookSpec): Promise<Uint8Array> {
  const buffer = await renderWorkbookSpec(spec).xlsx.writeBuffer();
  return new Uint8Array(buffer);
}

function renderSheet(wb: ExcelJS.Workbook, spec: SheetSpec): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(spec.name, {
    properties: spec.tabColor ? { tabColor: { argb: `FF${spec.tabColor}` } } : {},
    state: spec.hidden ? "hidden" : "visible",
  });
  spec.columnWidths.forEach((width, i) => {
    const column = ws.getColumn(i + 1);
    column.width = width;
    // exceljs takes a width of exactly 9 for its own default and leaves the column out of the
    // file, which then shows Excel's 8.43: mark it custom so it is written like any other width.
    if (width === 9) Object.defineProperty(column, "isCustomWidth", { value: true });
  });
  for (const n of spec.hiddenColumns ?? []) ws.getColumn(n).hidden = true;
  // Every row gets an explicit height from its text (core): viewers that do not autofit show whole cells.
  for (const [row, height] of Object.entries(computeRowHeights(spec))) ws.getRow(Number(row)).height = height;

  const tableAreas = spec.tables.map((t) => tableArea(t));
  spec.cells.forEach((row, r) => {
    row.forEach((cellSpec, c) => {
      const cellObj = ws.getCell(r + 1, c + 1);
      if (!tableAreas.some((a) => a.contains(r + 1, c + 1))) cellObj.value = cellValue(cellSpec);
      const style = spec.styles[cellSpec.style ?? spec.defaultStyle ?? ""];
      applyStyle(cellObj, style);
      // A date needs a date format to show as one (the Office.js adapter does the same).
      if (cellSpec.kind === "date" && !style?.numberFormat) cellObj.numFmt = "dd/mm/yyyy";
    });
  });
  for (const table of spec.tables) addTable(ws, spec, table);
  for (const m of spec.merges) ws.mergeCells(m.firstRow, m.firstColumn, m.lastRow, m.lastColumn);
  for (const v of spec.validations) addValidation(ws, v);
  if (spec.freeze && (spec.freeze.rows > 0 || spec.freeze.columns > 0)) {
    ws.views = [{ state: "frozen", xSplit: spec.freeze.columns, ySplit: spec.freeze.rows }];
  }
  if (spec.pageSetup) applyPageSetup(ws, spec.pageSetup);
  // A manual break after each listed row (exceljs: <brk id="row">, a new page below that row).
  for (const row of spec.rowBreaks ?? []) ws.getRow(row).addPageBreak();
  return ws;
}

/** The exceljs value of a cell: text stays text whatever it starts with; formulas carry their result. */
export function cellValue(spec: CellSpec): ExcelJS.CellValue {
  switch (spec.kind) {
    case "text":
      // exceljs writes text raw: a character XML does not allow would make the file not well-formed.
      return xmlSafeText(spec.value);
    case "number":
      return spec.value;
    case "boolean":
      return spec.value;
    case "date": {
      const [y, m, d] = spec.value.split("-").map(Number);
      return new Date(Date.UTC(y, m - 1, d));
    }
    case "formula":
      return { formula: spec.formula, result: typeof spec.result === "string" ? xmlSafeText(spec.result) : (spec.result ?? undefined) };
    case "empty":
      return null;
  }
}

function applyStyle(target: ExcelJS.Cell, style: CellStyle | undefined): void {
  if (!style) return;
  const font: Partial<ExcelJS.Font> = {};
  if (style.fontName) font.name = style.fontName;
  if (style.fontSize) font.size = style.fontSize;
  if (style.bold) font.bold = true;
  if (style.italic) font.italic = true;
  if (style.underline) font.underline = true;
  if (style.color) font.color = { argb: `FF${style.color}` };
  if (Object.keys(font).length > 0) target.font = font;
  const alignment: Partial<ExcelJS.Alignment> = {};
  if (style.horizontal) alignment.horizontal = style.horizontal;
  if (style.vertical) alignment.vertical = style.vertical;
  if (style.wrap) alignment.wrapText = true;
  if (style.indent) alignment.indent = style.indent;
  if (Object.keys(alignment).length > 0) target.alignment = alignment;
  if (style.border === "thin") {
    const thin: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF000000" } };
    target.border = { top: thin, left: thin, bottom: thin, right: thin };
  }
  if (style.fill) target.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${style.fill}` } };
  if (style.numberFormat) target.numFmt = style.numberFormat;
}

function tableArea(t: TableSpec) {
  const [a, b] = t.range.split(":");
  const tl = parseCellAddress(a);
  const br = parseCellAddress(b ?? a);
  if (!tl || !br) throw new Error(`Bad table range ${t.range}`);
  return {
    tl,
    br,
    contains: (row: number, col: number) => row >= tl.rowNumber && row <= br.rowNumber && col >= tl.columnNumber && col <= br.columnNumber,
  };
}

/** exceljs writes a table's header and rows itself; the cells come from the sheet description. */
function addTable(ws: ExcelJS.Worksheet, spec: SheetSpec, t: TableSpec): void {
  const { tl, br } = tableArea(t);
  const headerRow = spec.cells[tl.rowNumber - 1] ?? [];
  const columns: ExcelJS.TableColumnProperties[] = [];
  for (let c = tl.columnNumber; c <= br.columnNumber; c++) {
    const h = headerRow[c - 1];
    columns.push({ name: h && h.kind === "text" ? h.value : columnLetters(c), filterButton: true });
  }
  const rows: ExcelJS.CellValue[][] = [];
  for (let r = tl.rowNumber + 1; r <= br.rowNumber; r++) {
    const row = spec.cells[r - 1] ?? [];
    const values: ExcelJS.CellValue[] = [];
    for (let c = tl.columnNumber; c <= br.columnNumber; c++) {
      const s = row[c - 1];
      values.push(s ? cellValue(s) : null);
    }
    rows.push(values);
  }
  // exceljs needs at least one data row.
  if (rows.length === 0) rows.push(columns.map(() => null));
  ws.addTable({
    name: t.name,
    ref: `${columnLetters(tl.columnNumber)}${tl.rowNumber}`,
    headerRow: true,
    totalsRow: false,
    style: { theme: t.style as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
    columns,
    rows,
  });
}

/** exceljs's per-sheet validation list (untyped in its declarations): one rule per address or range key. */
interface SheetValidations {
  dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
}

/**
 * One rule over the declared range, as the layout declares it. Never cell by cell: exceljs's
 * writer regroups per-cell rules into ranges that overlap (it sorts "H10" before "H2"), and
 * Excel repairs a file whose validations overlap, dropping them.
 */
function addValidation(ws: ExcelJS.Worksheet, v: SheetSpec["validations"][number]): void {
  const formulae = Array.isArray(v.list)
    ? [`"${(v.list as readonly string[]).map((x) => x.replace(/"/g, '""')).join(",")}"`]
    : [(v.list as { source: string }).source.replace(/^=/, "")];
  // The same texts and alert as the Office.js renderer: "stop" rejects other values (with a
  // Vietnamese text when the rule has none), "suggest" accepts them silently.
  const m = validationMessages(v);
  const rule: ExcelJS.DataValidation = {
    type: "list",
    allowBlank: v.allowBlank,
    formulae,
    showErrorMessage: m.showError,
    errorStyle: m.errorStyle,
    errorTitle: m.title,
    error: m.error,
    showInputMessage: Boolean(m.prompt),
    promptTitle: m.prompt ? m.title : undefined,
    prompt: m.prompt,
  };
  // checkWorkbookSpec has read the range; a single cell is written "C9", not "C9:C9".
  const area = areaOf(v.range) as NonNullable<ReturnType<typeof areaOf>>;
  (ws as unknown as SheetValidations).dataValidations.add(rangeAddress(area.top, area.left, area.bottom, area.right), rule);
}

function applyPageSetup(ws: ExcelJS.Worksheet, p: PageSetupSpec): void {
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9, // A4
    orientation: p.orientation,
    fitToPage: p.fitToWidth,
    fitToWidth: 1,
    fitToHeight: 0,
    // Without fit-to-width the sheet prints at 100 %: its columns are sized for the page.
    scale: 100,
    // exceljs writes useFirstPageNumber="1" with it, so the sheet's numbering starts there.
    firstPageNumber: p.firstPageNumber,
    horizontalCentered: false,
    margins: {
      top: p.margins.top / mmPerInch,
      bottom: p.margins.bottom / mmPerInch,
      left: p.margins.left / mmPerInch,
      right: p.margins.right / mmPerInch,
      header: 0.3,
      footer: 0.3,
    },
    printTitlesRow: p.printTitleRows ? `${p.printTitleRows.first}:${p.printTitleRows.last}` : undefined,
  };
  if (p.pageNumbersExceptFirst) {
    ws.headerFooter = { differentFirst: true, oddHeader: '&C&"Times New Roman"&13&P', firstHeader: "" };
  }
}
