/**
 * Cell model of the fake Excel: what a cell holds after Office.js writes, and how Excel turns
 * a string written through `values` into a value. The coercion is deliberately as aggressive
 * as real Excel's input parser, so a test that writes unprotected text would see it become a
 * formula, a number, a boolean or a date — that is what makes the hostile-text tests able to fail.
 */

export type Edge = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight";

export interface BorderState {
  style: string;
  weight: string;
  color: string;
}

export interface FakeCell {
  /** The stored constant ("" = empty) or, for a formula cell, null. */
  value: string | number | boolean | null;
  /** "=…" when the cell holds a formula. */
  formula: string | null;
  numberFormat: string;
  /** Set when the value came in with Excel's apostrophe prefix. */
  quotePrefix: boolean;
  font: { name?: string; size?: number; bold?: boolean; italic?: boolean; underline?: string; color?: string };
  fill?: string;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  indentLevel?: number;
  borders: Partial<Record<Edge, BorderState>>;
}

export function emptyCell(): FakeCell {
  return { value: "", formula: null, numberFormat: "General", quotePrefix: false, font: {}, borders: {} };
}

const EPOCH = Date.UTC(1899, 11, 30);

/** What Excel stores for a string typed or written through `range.values`. */
export function coerceInput(cell: FakeCell, input: string): void {
  cell.quotePrefix = false;
  cell.formula = null;
  if (input.startsWith("'")) {
    cell.value = input.slice(1);
    cell.quotePrefix = true;
  } else if (/^[=+\-@]./.test(input)) {
    // "=…" is a formula; "+…", "-…" and Lotus-style "@…" are read as formulas too.
    cell.formula = input.startsWith("=") ? input : `=${input.replace(/^@/, "")}`;
    cell.value = null;
  } else if (/^\d+([.,]\d+)?%?$/.test(input)) {
    cell.value = Number(input.replace(",", ".").replace("%", "")) / (input.endsWith("%") ? 100 : 1);
  } else if (/^(TRUE|FALSE)$/i.test(input)) {
    cell.value = input.toUpperCase() === "TRUE";
  } else if (/^\d{4}-\d{2}-\d{2}$/.test(input)) {
    const [y, m, d] = input.split("-").map(Number);
    cell.value = (Date.UTC(y, m - 1, d) - EPOCH) / 86_400_000;
  } else {
    cell.value = input;
  }
}

/** 0-based rectangle; `rows`/`columns` may span whole columns or rows. */
export interface Area {
  top: number;
  left: number;
  rows: number;
  columns: number;
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** The whole sheet, what `worksheet.getRange()` without an address covers. */
export const WHOLE_SHEET: Area = { top: 0, left: 0, rows: MAX_ROWS, columns: MAX_COLUMNS };

/** The overlap of two areas, or null. */
export function intersect(a: Area, b: Area): Area | null {
  const top = Math.max(a.top, b.top);
  const left = Math.max(a.left, b.left);
  const bottom = Math.min(a.top + a.rows, b.top + b.rows);
  const right = Math.min(a.left + a.columns, b.left + b.columns);
  return bottom > top && right > left ? { top, left, rows: bottom - top, columns: right - left } : null;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function columnName(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Parses "B3", "A1:C3", "A:C" or "3:5" (with or without $) into an area. */
export function parseArea(address: string): Area {
  const a = address.replace(/\$/g, "").replace(/^.*!/, "");
  let m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/i.exec(a);
  if (m) {
    const top = Number(m[2]) - 1;
    const left = columnIndex(m[1]);
    const bottom = Number(m[4] ?? m[2]) - 1;
    const right = columnIndex(m[3] ?? m[1]);
    return { top, left, rows: bottom - top + 1, columns: right - left + 1 };
  }
  m = /^([A-Z]+):([A-Z]+)$/i.exec(a);
  if (m) return { top: 0, left: columnIndex(m[1]), rows: MAX_ROWS, columns: columnIndex(m[2]) - columnIndex(m[1]) + 1 };
  m = /^(\d+):(\d+)$/.exec(a);
  if (m) return { top: Number(m[1]) - 1, left: 0, rows: Number(m[2]) - Number(m[1]) + 1, columns: MAX_COLUMNS };
  throw new Error(`fake Excel: cannot parse address "${address}"`);
}

export function areaAddress(area: Area): string {
  const tl = `${columnName(area.left)}${area.top + 1}`;
  const br = `${columnName(area.left + area.columns - 1)}${area.top + area.rows}`;
  return tl === br ? tl : `${tl}:${br}`;
}
