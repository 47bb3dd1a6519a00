/**
 * Turns a SheetSpec's cells into the three 2-D arrays Office.js writes in one operation each:
 * `numberFormat`, `values` and `formulas` (formula cells only).
 *
 * Text is written with a leading apostrophe. Excel reads `range.values` as if the user had
 * typed it: "=…", "+…", "-…" (and "@…" in Lotus-style input) become formulas, and plain text
 * is coerced too — "01/2024" or "2024-03-15" to a date, "1.000" to a number under the
 * Vietnamese decimal comma, "TRUE" to a boolean. The apostrophe is Excel's own "store as
 * typed" prefix: it is not part of the cell value (the cell gets the quote-prefix flag), so
 * `values` and `text` read back exactly the spec's string. Every non-empty text cell gets it,
 * because deciding which strings Excel would coerce depends on the user's locale.
 * (Alternative rejected: number format "@" on text cells — it changes the cell's format,
 * which the exceljs renderer does not do, and keeps later user input as text.)
 */
import { isoToSerial } from "./excelDates";
import type { CellSpec, SheetSpec } from "../../core/sheet/model";

/** A cell of `values`; null leaves the cell unchanged (used for formula cells). */
export type ValueCell = string | number | boolean | null;
/** A cell of `formulas`; null leaves the cell unchanged (used for non-formula cells). */
export type FormulaCell = string | null;

export interface CellMatrices {
  readonly rowCount: number;
  readonly columnCount: number;
  readonly numberFormats: string[][];
  readonly values: ValueCell[][];
  /** null when the sheet has no formula cell, so no `formulas` write is queued. */
  readonly formulas: FormulaCell[][] | null;
}

/** Number format for a date cell whose style names none; a bare serial would show as 45306. */
export const DEFAULT_DATE_FORMAT = "dd/mm/yyyy";
export const GENERAL_FORMAT = "General";

/** The string to put in `values` so Excel stores `text` verbatim. */
export function textForValues(text: string): string {
  return text === "" ? "" : `'${text}`;
}

/** A cell's entry of `values`; numbers are finite (checkWorkbookSpec, src/adapters/specChecks.ts, ran first). */
function valueOf(cell: CellSpec): ValueCell {
  switch (cell.kind) {
    case "text":
      return textForValues(cell.value);
    case "number":
      return cell.value;
    case "boolean":
      return cell.value;
    case "date":
      return isoToSerial(cell.value);
    case "formula":
      return null;
    case "empty":
      return "";
  }
}

/** numberFormat, values and formulas entries of one cell; a missing cell (short row) is blank and unstyled. */
function cellEntries(spec: SheetSpec, cell: CellSpec | undefined): [string, ValueCell, FormulaCell] {
  if (!cell) return [GENERAL_FORMAT, "", null];
  const format = spec.styles[cell.style ?? spec.defaultStyle ?? ""]?.numberFormat;
  return [format ?? (cell.kind === "date" ? DEFAULT_DATE_FORMAT : GENERAL_FORMAT), valueOf(cell), cell.kind === "formula" ? `=${cell.formula}` : null];
}

/** Builds the matrices; rows shorter than the widest row are padded with blank cells. */
export function sheetMatrices(spec: SheetSpec): CellMatrices {
  const rowCount = spec.cells.length;
  const columnCount = spec.cells.reduce((max, row) => Math.max(max, row.length), 0);
  const numberFormats: string[][] = [];
  const values: ValueCell[][] = [];
  const formulas: FormulaCell[][] = [];
  spec.cells.forEach((row) => {
    const entries = Array.from({ length: columnCount }, (_, c) => cellEntries(spec, row[c]));
    numberFormats.push(entries.map((e) => e[0]));
    values.push(entries.map((e) => e[1]));
    formulas.push(entries.map((e) => e[2]));
  });
  const hasFormula = formulas.some((row) => row.some((f) => f !== null));
  return { rowCount, columnCount, numberFormats, values, formulas: hasFormula ? formulas : null };
}
