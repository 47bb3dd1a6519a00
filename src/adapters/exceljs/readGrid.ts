import type ExcelJS from "exceljs";
import { excelJs } from "./library";
import { makeGrid, type CellRange, type Grid } from "../../core/grid/grid";

/** Loads an .xlsx file's bytes into an exceljs workbook. */
export async function loadWorkbook(data: Uint8Array | ArrayBuffer): Promise<ExcelJS.Workbook> {
  const wb = new (excelJs().Workbook)();
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}

/**
 * Reads an exceljs worksheet's used area from A1 into a Grid: for workbooks built in memory (and
 * as the reference the product's own reader, src/io/xlsxWorkbook.ts, is checked against in
 * test/io/xlsxDifferential.test.ts). Files are read with that reader, never with exceljs. Merged cells keep their value in the
 * top-left cell only and are recorded as merges; date cells become ISO "YYYY-MM-DD" text;
 * formulas give their cached result.
 */
export function worksheetToGrid(ws: ExcelJS.Worksheet): Grid {
  // The area that holds values (a formatted but empty row or column does not count), so a single
  // value in XFD1048576 or a style over whole columns does not make a grid of 17 billion cells.
  let rowCount = 0;
  let columnCount = 0;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.value === null || cell.value === undefined || (cell.isMerged && cell.master !== cell)) return;
      rowCount = Math.max(rowCount, r);
      columnCount = Math.max(columnCount, c);
    });
  });
  if (rowCount * columnCount > maxSheetCells) throw new SheetTooLargeError(ws.name, rowCount, columnCount);
  const rows: string[][] = [];
  for (let r = 1; r <= rowCount; r++) {
    const row = ws.getRow(r);
    const out: string[] = [];
    for (let c = 1; c <= columnCount; c++) {
      const cell = row.getCell(c);
      out.push(cell.isMerged && cell.master !== cell ? "" : cellText(cell.value));
    }
    rows.push(out);
  }
  const merges: CellRange[] = [];
  const model = ws.model as unknown as { merges?: string[] };
  for (const ref of model.merges ?? []) {
    const range = mergeRange(ref);
    // Merges are clipped to the values' area: one over A1:XFD1048576 covers what the grid holds.
    if (!range || range.top >= rowCount || range.left >= columnCount) continue;
    merges.push({ ...range, bottom: Math.min(range.bottom, rowCount - 1), right: Math.min(range.right, columnCount - 1) });
  }
  return makeGrid(ws.name, rows, { merges });
}

/** The most cells of one sheet read whole (a one-stop export of 200,000 rows × 20 columns is read as a stream instead). */
export const maxSheetCells = 5_000_000;

/** A sheet whose values span more than `maxSheetCells`: the caller names it rather than run out of memory. */
export class SheetTooLargeError extends Error {
  constructor(
    readonly sheet: string,
    readonly rows: number,
    readonly columns: number,
  ) {
    super(`sheet ${sheet} is ${rows} × ${columns}`);
  }
}

/** "B2:D7" → 0-based inclusive range; null when unreadable. */
function mergeRange(ref: string): CellRange | null {
  const [a, b] = ref.split(":");
  const from = cellPosition(a);
  const to = cellPosition(b ?? a);
  if (!from || !to) return null;
  return { top: Math.min(from.row, to.row), left: Math.min(from.col, to.col), bottom: Math.max(from.row, to.row), right: Math.max(from.col, to.col) };
}

function cellPosition(ref: string | undefined): { row: number; col: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/i.exec(ref ?? "");
  if (!m) return null;
  const col = [...m[1].toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** Plain text of an exceljs cell value. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return isoDate(value);
  if (typeof value === "object") {
    if ("richText" in value && Array.isArray(value.richText)) return value.richText.map((r) => r.text).join("");
    if ("formula" in value || "sharedFormula" in value) {
      return cellText((value as { result?: ExcelJS.CellValue }).result ?? null);
    }
    if ("text" in value && typeof (value as { text: unknown }).text === "string") return (value as { text: string }).text;
    if ("error" in value) return String((value as { error: unknown }).error);
  }
  return String(value);
}

/** exceljs dates are UTC instants for the calendar date shown in Excel. */
function isoDate(d: Date): string {
  const y = d.getUTCFullYear();
  const m = String(d.getUTCMonth() + 1).padStart(2, "0");
  const day = String(d.getUTCDate()).padStart(2, "0");
  return `${y}-${m}-${day}`;
}
