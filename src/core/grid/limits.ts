import { finding, type Finding } from "../findings/finding";
import { cellAddress } from "./address";

/**
 * Limits that keep a hostile or broken file from exhausting memory or producing cells Excel
 * cannot hold. Readers apply them and report a finding; nothing is silently dropped.
 */

/** Excel's maximum number of characters in one cell. */
export const excelCellCharacters = 32_767;

/**
 * Columns a merged cell may reach in a table read from a file. Word tables have at most 63
 * columns; a plan's appendix has a dozen. Excel's own limit is 16,384.
 */
export const maxTableColumns = 1_000;

/** Cells (rows × columns) of one table's grid; a span that would exceed it is narrowed. */
export const maxTableCells = 2_000_000;

/**
 * The most grid positions a table's merges may cover, from the number of cells it really
 * holds: an honest table's merges cover a few positions per cell (a title over a row, a
 * vertical merge over a task's rows). Beyond this the spans are ignored, with a finding.
 */
export function spanAreaBudget(cells: number): number {
  return 1_000 + 8 * cells;
}

/**
 * Text cut to Excel's cell limit, never in the middle of a surrogate pair, or null when it fits.
 * @example cutToCellLimit("a".repeat(40_000))?.length === 32_767
 */
export function cutToCellLimit(text: string): string | null {
  if (text.length <= excelCellCharacters) return null;
  let end = excelCellCharacters;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return text.slice(0, end);
}

/** A span attribute as a number ≥ 1 (anything unreadable is 1). */
export function spanValue(raw: string | undefined): number {
  if (raw === undefined) return 1;
  const digits = raw.replace(/^0+(?=\d)/, "");
  if (!/^\d+$/.test(digits)) return 1;
  // Thousands of digits parse to Infinity: anything past 15 digits is simply "too many".
  const n = digits.length > 15 ? Number.MAX_SAFE_INTEGER : Number(digits);
  return n >= 1 ? n : 1;
}

/** The first span a reader had to narrow in a table, and how many it narrowed. */
export interface SpanCap {
  readonly row: number;
  readonly column: number;
  readonly declared: number;
  readonly kept: number;
  readonly unit: "columns" | "rows";
  readonly count: number;
}

/** The warning for a table whose merges reached beyond its real size. */
export function spanCapFinding(sheet: string, cap: SpanCap): Finding {
  return finding(
    "warning",
    "span_capped",
    { sheet, cell: cellAddress(cap.row + 1, cap.column + 1) },
    {
      declared: cap.declared,
      kept: cap.kept,
      unit: cap.unit,
      others: cap.count - 1,
    },
  );
}

/** Excel's last row (ECMA-376 §18.3.1.73: row indices 1 to 1,048,576). */
export const excelMaxRows = 1_048_576;

/** Excel's last column, XFD (16,384 columns). */
export const excelMaxColumns = 16_384;
