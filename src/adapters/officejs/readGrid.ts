/**
 * Reads a range of the open workbook into a Grid (the shape every importer consumes): values,
 * displayed text, number formats, position, sheet name and merged areas. The cell data is read
 * in blocks under a response-size budget (Excel on the web refuses responses above 5 MB), so a
 * 200,000-row list is read in a number of requests proportional to its size, and a plan table
 * in two (position and size, then the cells).
 *
 * A selection or address is first intersected with the sheet's used range (values only), in
 * the same request: selecting whole columns A:E is 5 × 1,048,576 cells, a response far above
 * Excel on the web's 5 MB limit and minutes of work for nothing but blanks.
 */
import { hostExcelApiSupport, optionalFeatures, type ExcelApiSupport } from "./apiSupport";
import { isDateFormat, serialToIso } from "./excelDates";
import { matrixJsonBytes } from "./payload";
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
 * Response-size budget of one read request. Excel on the web rejects a response above 5 MB; cell
 * data (values, text and number formats) is the only part that grows with the range, so it is
 * read in row blocks whose estimated JSON stays under this budget (60 % of the limit, like the
 * writes in payload.ts).
 */
export const DEFAULT_MAX_READ_BYTES = 3_000_000;

/**
 * Cells each target sends in the first data request, before any size has been measured: enough
 * for a whole plan table or the tracking sheets (so they take one request), small enough that
 * even cells of several thousand characters stay under the limit. Later blocks are sized from
 * the bytes per cell measured so far.
 */
const FIRST_BLOCK_CELLS = 2_000;
const MIN_BYTES_PER_CELL = 24;

/** A target after the first request: where its cells are, how many, and its merged areas. */
interface Located {
  readonly target: Target;
  readonly merged: Excel.RangeAreas | null;
}

/** One target's cell data, filled block by block. */
interface Reading {
  readonly located: Located;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  readonly rows: string[][];
  next: number;
}

/**
 * Reads several targets: one request for their positions and sizes (and merged areas), then the
 * cell data in as few requests as the byte budget allows — one for everything below the budget,
 * and a number proportional to the data above it. Each block's measured size sets the next
 * block's, so text-heavy sheets get smaller blocks and short cells larger ones.
 */
async function readTargets(context: Excel.RequestContext, targets: readonly Target[], supports: ExcelApiSupport, maxBytes: number): Promise<Grid[]> {
  const located: Located[] = targets.map((target) => {
    target.cells.load("rowIndex,columnIndex,rowCount,columnCount");
    target.sheet.load("name");
    if (target.origin !== target.cells) target.origin.load("rowIndex,columnIndex"); // position only, no cell data
    const merged = supports(optionalFeatures.mergedAreas) ? target.origin.getMergedAreasOrNullObject().load("address") : null;
    return { target, merged };
  });
  await context.sync();

  const readings: Reading[] = located.map((l) => {
    const { cells } = l.target;
    const empty = cells.isNullObject;
    return {
      located: l,
      rowIndex: empty ? 0 : cells.rowIndex,
      columnIndex: empty ? 0 : cells.columnIndex,
      rowCount: empty ? 0 : cells.rowCount,
      columnCount: empty ? 0 : cells.columnCount,
      rows: [],
      next: 0,
    };
  });

  let bytesPerCell: number | null = null; // unknown until the first block is measured
  while (readings.some((r) => r.next < r.rowCount)) {
    const blocks: { reading: Reading; range: Excel.Range; cells: number }[] = [];
    let room = maxBytes;
    for (const reading of readings) {
      while (reading.next < reading.rowCount) {
        const left = reading.rowCount - reading.next;
        let count: number;
        if (bytesPerCell === null) {
          count = Math.min(left, Math.max(1, Math.floor(FIRST_BLOCK_CELLS / reading.columnCount)));
        } else {
          // A request always carries at least one row, even a row above the budget on its own.
          const fit = Math.floor(room / (reading.columnCount * bytesPerCell));
          count = Math.min(left, blocks.length === 0 ? Math.max(1, fit) : fit);
          room -= count * reading.columnCount * bytesPerCell;
        }
        if (count <= 0) break;
        const range = reading.located.target.sheet
          .getRangeByIndexes(reading.rowIndex + reading.next, reading.columnIndex, count, reading.columnCount)
          .load("values,text,numberFormat");
        blocks.push({ reading, range, cells: count * reading.columnCount });
        reading.next += count;
        if (bytesPerCell === null) break; // one first block per target
      }
    }
    await context.sync();
    let measured = 0;
    let cells = 0;
    for (const { reading, range, cells: n } of blocks) {
      const { values, text, numberFormat } = range;
      measured += matrixJsonBytes(values) + matrixJsonBytes(text) + matrixJsonBytes(numberFormat);
      cells += n;
      values.forEach((row, r) => reading.rows.push(row.map((value, c) => cellText(value, text[r][c], numberFormat[r][c]))));
    }
    // The next blocks are sized from what these really weighed, with a margin.
    const observed = Math.ceil((measured / Math.max(1, cells)) * 1.25);
    bytesPerCell = Math.max(MIN_BYTES_PER_CELL, bytesPerCell === null ? observed : Math.max(observed, Math.floor(bytesPerCell * 0.8)));
  }

  return readings.map(({ located: { target, merged }, rows, rowIndex, columnIndex }) => {
    const { sheet, origin, cells } = target;
    if (cells.isNullObject) {
      // Nothing with a value in the range: an empty grid where the range starts.
      return makeGrid(sheet.name, [], { firstRowNumber: origin.rowIndex + 1, firstColumnNumber: origin.columnIndex + 1 });
    }
    const firstRowNumber = rowIndex + 1;
    const firstColumnNumber = columnIndex + 1;
    const width = rows[0]?.length ?? 0;
    const merges = merged && !merged.isNullObject ? mergesFromAddress(merged.address, firstRowNumber, firstColumnNumber, rows.length, width) : [];
    return makeGrid(sheet.name, rows, { firstRowNumber, firstColumnNumber, merges });
  });
}

/**
 * Reads a sheet range, the used range of a sheet, or the selection into a Grid. A range or
 * selection is read only where the sheet holds values (the grid's first row and column number
 * say where that part starts); an empty one gives a grid with no rows.
 * Requests: one for the position and size, then one for the cells while they stay under the
 * response budget (`maxBytes`), more in proportion above it.
 * Merged areas need ExcelApi 1.13 (`getMergedAreasOrNullObject`); on older hosts the grid
 * has no merges and merged cells simply read as the top-left value followed by blanks.
 */
export async function readRangeGrid(context: Excel.RequestContext, options: ReadGridOptions & { maxBytes?: number } = {}): Promise<Grid> {
  const [grid] = await readTargets(context, [target(context, options)], options.supports ?? hostExcelApiSupport(), options.maxBytes ?? DEFAULT_MAX_READ_BYTES);
  return grid;
}

/**
 * Reads the used ranges of several existing sheets: one request for their sizes, then their
 * cells packed into requests under the byte budget (one below it, whatever the number of sheets).
 * The caller passes names it knows exist (from the sheet list it loaded).
 */
export async function readSheetGrids(
  context: Excel.RequestContext,
  sheets: readonly string[],
  supports: ExcelApiSupport = hostExcelApiSupport(),
  maxBytes = DEFAULT_MAX_READ_BYTES,
): Promise<Grid[]> {
  const targets = sheets.map((name) => {
    const sheet = context.workbook.worksheets.getItem(name);
    const used = sheet.getUsedRange(true);
    return { cells: used, sheet, origin: used };
  });
  return readTargets(context, targets, supports, maxBytes);
}
