/**
 * Reads a range of the open workbook into a Grid (the shape every importer consumes), in one
 * sync: values, displayed text, number formats, position, sheet name and merged areas are all
 * loaded together.
 *
 * A selection or address is first intersected with the sheet's used range (values only), in
 * the same request: selecting whole columns A:E is 5 × 1,048,576 cells, a response far above
 * Excel on the web's 5 MB limit and minutes of work for nothing but blanks.
 */
import { hostExcelApiSupport, optionalFeatures, type ExcelApiSupport } from "./apiSupport";
import { isDateFormat, serialToIso } from "./excelDates";
import { columnNumber } from "../../core/grid/address";
import { makeGrid, type CellRange, type Grid } from "../../core/grid/grid";

export interface ReadGridOptions {
  /** Worksheet name; the active sheet when omitted. */
  readonly sheet?: string;
  /** A1 range on that sheet; its used range (values only) when omitted. */
  readonly address?: string;
  /** Read the user's selection instead (sheet and address are then ignored). */
  readonly useSelection?: boolean;
  /** ExcelApi support test; defaults to the host's. */
  readonly supports?: ExcelApiSupport;
}

/**
 * What to read: `cells` (possibly a null object when the part holding values is empty), its
 * sheet, and `origin`, the range the caller asked for (its position places an empty grid;
 * its merged areas are read from it, since a method on a null object is not safe to chain).
 */
interface Target {
  readonly cells: Excel.Range;
  readonly sheet: Excel.Worksheet;
  readonly origin: Excel.Range;
}

function target(context: Excel.RequestContext, options: ReadGridOptions): Target {
  const { worksheets } = context.workbook;
  if (options.useSelection) {
    const origin = context.workbook.getSelectedRange();
    return clipped(origin, origin.worksheet);
  }
  const sheet = options.sheet !== undefined ? worksheets.getItem(options.sheet) : worksheets.getActiveWorksheet();
  if (options.address !== undefined) return clipped(sheet.getRange(options.address), sheet);
  // valuesOnly: cells that only carry formatting do not stretch the grid.
  const used = sheet.getUsedRange(true);
  return { cells: used, sheet, origin: used };
}

/** The part of `origin` inside the sheet's used range (values only); a null object when none. */
function clipped(origin: Excel.Range, sheet: Excel.Worksheet): Target {
  return { cells: origin.getIntersectionOrNullObject(sheet.getUsedRange(true)), sheet, origin };
}

/**
 * The text a Grid holds for one cell: ISO "YYYY-MM-DD" for a serial in a date-formatted cell,
 * plain JS text for other numbers (no thousands separators, whatever the display locale),
 * TRUE/FALSE for booleans, the string itself otherwise (errors read as "#DIV/0!" etc.).
 * `displayed` is Excel's own text, used when a date serial is outside what we convert.
 * @example cellText(45306, "15/01/2024", "dd/mm/yyyy") === "2024-01-15"
 */
export function cellText(value: unknown, displayed: string, numberFormat: unknown): string {
  if (typeof value === "number") {
    if (isDateFormat(typeof numberFormat === "string" ? numberFormat : null)) return serialToIso(value) ?? displayed;
    return String(value);
  }
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value === null || value === undefined) return "";
  return String(value);
}

const AREA = /(?:'(?:[^']|'')*'|[^'!,\s][^!,]*)!\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?/g;

/**
 * Merged areas from a RangeAreas address ("'Kế hoạch'!A1:E1, 'Kế hoạch'!A7:B7"), made
 * relative to the grid's first cell and clipped to it.
 */
export function mergesFromAddress(address: string, firstRow: number, firstColumn: number, rows: number, columns: number): CellRange[] {
  const merges: CellRange[] = [];
  for (const m of address.matchAll(AREA)) {
    const top = Number(m[2]) - firstRow;
    const left = columnNumber(m[1]) - firstColumn;
    const bottom = Number(m[4] ?? m[2]) - firstRow;
    const right = columnNumber(m[3] ?? m[1]) - firstColumn;
    const clipped = { top: Math.max(top, 0), left: Math.max(left, 0), bottom: Math.min(bottom, rows - 1), right: Math.min(right, columns - 1) };
    if (clipped.top <= clipped.bottom && clipped.left <= clipped.right) merges.push(clipped);
  }
  return merges;
}

/**
 * Queues the loads a Grid needs for one target and returns the function that builds the Grid
 * once the caller has synced: reads of several ranges then share one sync.
 */
function queueGridRead({ cells, sheet, origin }: Target, supports: ExcelApiSupport): () => Grid {
  cells.load("values,text,numberFormat,rowIndex,columnIndex");
  sheet.load("name");
  if (origin !== cells) origin.load("rowIndex,columnIndex"); // position only, no cell data
  const merged = supports(optionalFeatures.mergedAreas) ? origin.getMergedAreasOrNullObject().load("address") : null;
  return () => {
    if (cells.isNullObject) {
      // Nothing with a value in the range: an empty grid where the range starts.
      return makeGrid(sheet.name, [], { firstRowNumber: origin.rowIndex + 1, firstColumnNumber: origin.columnIndex + 1 });
    }
    const rows = cells.values.map((row, r) => row.map((value, c) => cellText(value, cells.text[r][c], cells.numberFormat[r][c])));
    const firstRowNumber = cells.rowIndex + 1;
    const firstColumnNumber = cells.columnIndex + 1;
    const width = rows[0]?.length ?? 0;
    const merges =
      merged && !merged.isNullObject ? mergesFromAddress(merged.address, firstRowNumber, firstColumnNumber, rows.length, width) : [];
    return makeGrid(sheet.name, rows, { firstRowNumber, firstColumnNumber, merges });
  };
}

/**
 * Reads a sheet range, the used range of a sheet, or the selection into a Grid. A range or
 * selection is read only where the sheet holds values (the grid's first row and column number
 * say where that part starts); an empty one gives a grid with no rows.
 * Merged areas need ExcelApi 1.13 (`getMergedAreasOrNullObject`); on older hosts the grid
 * has no merges and merged cells simply read as the top-left value followed by blanks.
 */
export async function readRangeGrid(context: Excel.RequestContext, options: ReadGridOptions = {}): Promise<Grid> {
  const finish = queueGridRead(target(context, options), options.supports ?? hostExcelApiSupport());
  await context.sync();
  return finish();
}

/**
 * Reads the used ranges of several existing sheets with ONE sync, whatever their number.
 * The caller passes names it knows exist (from the sheet list it loaded).
 */
export async function readSheetGrids(context: Excel.RequestContext, sheets: readonly string[], supports: ExcelApiSupport = hostExcelApiSupport()): Promise<Grid[]> {
  const finishers = sheets.map((name) => {
    const sheet = context.workbook.worksheets.getItem(name);
    const used = sheet.getUsedRange(true);
    return queueGridRead({ cells: used, sheet, origin: used }, supports);
  });
  await context.sync();
  return finishers.map((finish) => finish());
}
