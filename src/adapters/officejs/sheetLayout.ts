/**
 * Sheet-level parts of a SheetSpec: column widths, row heights, freeze panes, merges, data
 * validation, tables, page layout. Each queues a number of operations that depends on the
 * spec's layout (columns, merges, rules), never on the number of data rows.
 */
import { optionalFeatures, type ExcelApiSupport } from "./apiSupport";
import { columnLetters } from "../../core/grid/address";
import type { PageSetupSpec, SheetSpec, ValidationSpec } from "../../core/sheet/model";
import { computeRowHeights } from "../../core/sheet/rowHeights";
import { validationMessages } from "../../core/sheet/validation";
import { columnWidthPoints } from "../../core/sheet/textMetrics";

const POINTS_PER_MM = 72 / 25.4;

/** Consecutive equal values grouped: [firstIndex, lastIndex, value]. */
function runsOf(values: readonly (number | undefined)[]): [number, number, number][] {
  const runs: [number, number, number][] = [];
  values.forEach((v, i) => {
    if (v === undefined) return;
    const last = runs[runs.length - 1];
    if (last && last[2] === v && last[1] === i - 1) last[1] = i;
    else runs.push([i, i, v]);
  });
  return runs;
}

export function queueColumnWidths(sheet: Excel.Worksheet, spec: SheetSpec): void {
  for (const [first, last, width] of runsOf(spec.columnWidths)) {
    sheet.getRange(`${columnLetters(first + 1)}:${columnLetters(last + 1)}`).format.columnWidth = columnWidthPoints(width);
  }
  for (const n of spec.hiddenColumns ?? []) sheet.getRange(`${columnLetters(n)}:${columnLetters(n)}`).columnHidden = true;
}

/** Row-height runs written one range each before rows of equal height are grouped. */
export const MAX_HEIGHT_RANGES = 200;
/** Row areas per RangeAreas object ("3:3,5:7,…"), as for style rectangles (queueStyles.ts). */
export const ROW_AREAS_PER_OBJECT = 50;

/**
 * The row-height writes of a sheet: every row's explicit height from its text (core
 * computeRowHeights, the numbers the exceljs renderer writes), as [A1 row address, points].
 * Consecutive rows of equal height share one range; past MAX_HEIGHT_RANGES runs, and where
 * ExcelApi 1.9 allows it, runs of the same height are grouped ROW_AREAS_PER_OBJECT to a
 * RangeAreas address. So a sheet of uniform rows costs a handful of operations whatever its
 * length, and one whose heights vary row by row costs about rows / 100 more, in the same sync.
 */
export function rowHeightWrites(spec: SheetSpec, supports: ExcelApiSupport): [string, number][] {
  const byRow: (number | undefined)[] = [];
  for (const [row, height] of Object.entries(computeRowHeights(spec))) byRow[Number(row) - 1] = height;
  const runs = runsOf(byRow);
  if (runs.length <= MAX_HEIGHT_RANGES || !supports(optionalFeatures.rangeAreas)) {
    return runs.map(([first, last, height]) => [`${first + 1}:${last + 1}`, height]);
  }
  const byHeight = new Map<number, string[]>();
  for (const [first, last, height] of runs) byHeight.set(height, [...(byHeight.get(height) ?? []), `${first + 1}:${last + 1}`]);
  const writes: [string, number][] = [];
  for (const [height, areas] of byHeight) {
    for (let i = 0; i < areas.length; i += ROW_AREAS_PER_OBJECT) writes.push([areas.slice(i, i + ROW_AREAS_PER_OBJECT).join(","), height]);
  }
  return writes;
}

export function queueRowHeights(sheet: Excel.Worksheet, spec: SheetSpec, supports: ExcelApiSupport): void {
  for (const [address, height] of rowHeightWrites(spec, supports)) {
    (address.includes(",") ? sheet.getRanges(address) : sheet.getRange(address)).format.rowHeight = height;
  }
}

export function queueFreeze(sheet: Excel.Worksheet, spec: SheetSpec): void {
  const rows = spec.freeze?.rows ?? 0;
  const columns = spec.freeze?.columns ?? 0;
  if (rows > 0 && columns > 0) sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, rows, columns));
  else if (rows > 0) sheet.freezePanes.freezeRows(rows);
  else if (columns > 0) sheet.freezePanes.freezeColumns(columns);
}

/** Merges go after the values, as in the exceljs renderer: the top-left value is kept. */
export function queueMerges(sheet: Excel.Worksheet, spec: SheetSpec): void {
  for (const m of spec.merges) {
    sheet.getRangeByIndexes(m.firstRow - 1, m.firstColumn - 1, m.lastRow - m.firstRow + 1, m.lastColumn - m.firstColumn + 1).merge(false);
  }
}

/** List source for Office.js: a comma-separated list, or a formula/range reference with "=". */
function listSource(v: ValidationSpec): string {
  if ("source" in v.list) return v.list.source.startsWith("=") ? v.list.source : `=${v.list.source}`;
  return v.list.join(",");
}

/** Drop-down lists (ExcelApi 1.8). Without 1.8 the sheet still renders, just without lists. */
export function queueValidations(sheet: Excel.Worksheet, spec: SheetSpec, supports: ExcelApiSupport): void {
  if (spec.validations.length === 0 || !supports(optionalFeatures.dataValidation)) return;
  for (const v of spec.validations) {
    const dv = sheet.getRange(v.range).dataValidation;
    dv.rule = { list: { inCellDropDown: true, source: listSource(v) } };
    dv.ignoreBlanks = v.allowBlank;
    // The same texts and alert as the exceljs renderer; "suggest" lists raise no alert at all.
    const m = validationMessages(v);
    if (m.prompt) dv.prompt = { showPrompt: true, title: m.title, message: m.prompt };
    dv.errorAlert = { showAlert: m.showError, style: m.errorStyle === "stop" ? "Stop" : "Information", title: m.title, message: m.error };
  }
}

/**
 * Tables are created over cells already written (header row included), never row by row.
 * `names` are the names allocated for this workbook (tables.ts), in the order of spec.tables.
 */
export function queueTables(sheet: Excel.Worksheet, spec: SheetSpec, names: readonly string[]): void {
  for (const [i, t] of spec.tables.entries()) {
    const table = sheet.tables.add(t.range, true);
    table.name = names[i] ?? t.name;
    table.style = t.style;
  }
}

/** A4 page setup and manual page breaks (ExcelApi 1.9). Older hosts print with Excel's defaults. */
export function queuePageLayout(sheet: Excel.Worksheet, page: PageSetupSpec | undefined, supports: ExcelApiSupport, rowBreaks: readonly number[] = []): void {
  if (!supports(optionalFeatures.pageLayout)) return;
  // Manual page breaks: a new page starts on the row below each listed row (with or without a
  // page setup, as the exceljs renderer writes them).
  for (const row of rowBreaks) sheet.horizontalPageBreaks.add(`A${row + 1}`);
  if (!page) return;
  const layout = sheet.pageLayout;
  layout.paperSize = "A4";
  layout.orientation = page.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.topMargin = page.margins.top * POINTS_PER_MM;
  layout.bottomMargin = page.margins.bottom * POINTS_PER_MM;
  layout.leftMargin = page.margins.left * POINTS_PER_MM;
  layout.rightMargin = page.margins.right * POINTS_PER_MM;
  // One page wide, as many pages tall as needed (exceljs fitToWidth 1 / fitToHeight 0); or 100 %
  // for a sheet whose columns are sized for the page.
  layout.zoom = page.fitToWidth ? { horizontalFitToPages: 1, verticalFitToPages: 0 } : { scale: 100 };
  // The sheet's own numbering (its first page is page 1 whatever the other sheets hold).
  if (page.firstPageNumber !== undefined) layout.firstPageNumber = page.firstPageNumber;
  if (page.printTitleRows) layout.setPrintTitleRows(`$${page.printTitleRows.first}:$${page.printTitleRows.last}`);
  if (page.pageNumbersExceptFirst) {
    // NĐ 30/2020: page number centred in the header, none on the first page.
    layout.headersFooters.state = "FirstAndDefault";
    layout.headersFooters.defaultForAllPages.centerHeader = '&"Times New Roman"&13&P';
    layout.headersFooters.firstPage.centerHeader = "";
  }
}
