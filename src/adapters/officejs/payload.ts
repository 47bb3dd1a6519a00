/**
 * Request-size budgeting. Excel on the web rejects a request (one context.sync) above 5 MB
 * (RequestPayloadSizeLimitExceeded). The cell arrays are the only part of a render that grows
 * with the row count, so the renderer packs row ranges into batches whose estimated size stays
 * under a budget: below it everything goes in one sync, above it each extra batch is one more
 * sync, in proportion to the data size.
 */
import type { CellMatrices } from "./cellMatrices";

/**
 * Default budget per request: 3 MB of estimated cell JSON (UTF-8), 60 % of the 5 MB limit. The
 * rest covers the envelope (one action per write: ids, property names, about 100 bytes each)
 * and the non-cell operations (styles, widths, merges: a few kilobytes). For scale: a 6-column
 * plan sheet with Vietnamese text costs about 200 bytes a row, so ~14,000 rows fit in one request.
 */
export const DEFAULT_MAX_BATCH_BYTES = 3_000_000;

/** UTF-8 length of a JSON string literal (quotes included); non-ASCII counted at 3 bytes. */
function jsonStringBytes(s: string): number {
  let bytes = 2;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    bytes += code < 0x80 ? (code === 0x22 || code === 0x5c ? 2 : 1) : code < 0x800 ? 2 : 3;
  }
  return bytes;
}

function cellBytes(value: unknown): number {
  if (value === null) return 5; // null,
  if (typeof value === "string") return jsonStringBytes(value) + 1;
  return String(value).length + 1;
}

/** Estimated UTF-8 JSON size of a matrix a read loads (the response's share of the same budget). */
export function matrixJsonBytes(matrix: readonly (readonly unknown[])[]): number {
  let bytes = 2;
  for (const row of matrix) {
    bytes += 2;
    for (const v of row) bytes += cellBytes(v);
  }
  return bytes;
}

/** Estimated bytes the writes of one row add to a request (numberFormat + values + formulas). */
export function rowBytes(m: CellMatrices, rowIndex: number): number {
  let bytes = 6; // brackets and commas of three row arrays
  for (let c = 0; c < m.columnCount; c++) {
    bytes += cellBytes(m.numberFormats[rowIndex][c]) + cellBytes(m.values[rowIndex][c]);
    if (m.formulas) bytes += cellBytes(m.formulas[rowIndex][c]);
  }
  return bytes;
}

/** Rows [start, end) of sheet `sheetIndex` to write in one request. */
export interface RowSlice {
  readonly sheetIndex: number;
  readonly start: number;
  readonly end: number;
}

/**
 * Packs every sheet's rows, in order, into batches of at most `maxBytes` (a single row larger
 * than the budget gets a batch of its own). Always returns at least one (possibly empty) batch.
 * @example packRows([m10rows], 2_000_000) → [[{ sheetIndex: 0, start: 0, end: 10 }]]
 */
export function packRows(sheets: readonly CellMatrices[], maxBytes: number): RowSlice[][] {
  const batches: RowSlice[][] = [[]];
  let used = 0;
  sheets.forEach((m, sheetIndex) => {
    let start = 0;
    for (let r = 0; r < m.rowCount; r++) {
      const bytes = rowBytes(m, r);
      if (used > 0 && used + bytes > maxBytes) {
        if (r > start) batches[batches.length - 1].push({ sheetIndex, start, end: r });
        batches.push([]);
        start = r;
        used = 0;
      }
      used += bytes;
    }
    if (m.rowCount > start) batches[batches.length - 1].push({ sheetIndex, start, end: m.rowCount });
  });
  return batches;
}
