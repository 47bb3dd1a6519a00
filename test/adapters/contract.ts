/**
 * Shared contract helpers: both renderers (exceljs and Office.js) are reduced to the same
 * normalised snapshot of what a user would see in each cell, so one test can assert they
 * agree (docs/design-rules.md#one-sheet-model-several-renderers).
 *
 * Normalisation, so that only real differences remain:
 * - a value is the stored constant; dates are Excel serial numbers; text is the string
 *   without Excel's apostrophe prefix;
 * - a formula is its English text without "=" (cached results are exceljs-only: Office.js
 *   cannot write them, Excel computes them);
 * - "General" and no number format are the same and omitted;
 * - colours are "RRGGBB" upper case; alignment uses the model's words (left/center/…, top/middle/…);
 * - `border: "thin"` means thin on all four edges of the cell;
 * - cells inside a merged area other than its top-left are left out (Excel shows only the
 *   top-left; the renderers differ in what they keep underneath);
 * - column widths are in Excel characters (Office.js points converted back, 2 decimals).
 */
import type ExcelJS from "exceljs";
import { renderWorkbookSpec } from "../../src/adapters/officejs/renderWorkbook";
import type { ExcelApiSupport } from "../../src/adapters/officejs/apiSupport";
import type { SheetSpec } from "../../src/core/sheet/model";
import { columnName, type FakeCell } from "./officejs/fake/cells";
import { fakeExcel } from "./officejs/fake/workbook";
import type { FakeWorksheet } from "./officejs/fake/worksheet";

export interface CellSnapshot {
  value?: string | number | boolean;
  formula?: string;
  numberFormat?: string;
  fontName?: string;
  fontSize?: number;
  bold?: true;
  italic?: true;
  underline?: true;
  color?: string;
  fill?: string;
  horizontal?: string;
  vertical?: string;
  wrap?: true;
  indent?: number;
  border?: "thin";
}

export interface SheetSnapshot {
  /** A1 address → what the cell holds; cells with nothing to show are left out. */
  cells: Record<string, CellSnapshot>;
  /** Merged areas, "A1:F1", sorted. */
  merges: string[];
  /** Column letter → width in Excel characters. */
  columnWidths: Record<string, number>;
  freeze: { rows: number; columns: number };
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

function withoutEmpty(cell: CellSnapshot): CellSnapshot | null {
  const entries = Object.entries(cell).filter(([, v]) => v !== undefined);
  return entries.length === 0 ? null : Object.fromEntries(entries);
}

function colour(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const hex = value.replace(/^#/, "").toUpperCase();
  return hex.length === 8 ? hex.slice(2) : hex; // exceljs ARGB "FF1F4E79" → "1F4E79"
}

const horizontalWords: Record<string, string> = { Left: "left", Center: "center", Right: "right", Justify: "justify" };
const verticalWords: Record<string, string> = { Top: "top", Center: "middle", Bottom: "bottom" };

function rangeText(top: number, left: number, bottom: number, right: number): string {
  const a = `${columnName(left)}${top + 1}`;
  const b = `${columnName(right)}${bottom + 1}`;
  return a === b ? a : `${a}:${b}`;
}

function isHiddenByMerge(merges: readonly number[][], row: number, column: number): boolean {
  return merges.some(([t, l, b, r]) => row >= t && row <= b && column >= l && column <= r && !(row === t && column === l));
}

// ---------- Office.js (fake) side ----------

function fakeCellSnapshot(cell: FakeCell): CellSnapshot | null {
  const edges = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;
  const thin = edges.every((e) => cell.borders[e]?.style === "Continuous" && cell.borders[e]?.weight === "Thin");
  return withoutEmpty({
    value: cell.formula === null && cell.value !== "" && cell.value !== null ? cell.value : undefined,
    formula: cell.formula?.replace(/^=/, ""),
    numberFormat: cell.numberFormat === "General" ? undefined : cell.numberFormat,
    fontName: cell.font.name,
    fontSize: cell.font.size,
    bold: cell.font.bold ? true : undefined,
    italic: cell.font.italic ? true : undefined,
    underline: cell.font.underline && cell.font.underline !== "None" ? true : undefined,
    color: colour(cell.font.color),
    fill: colour(cell.fill),
    horizontal: cell.horizontalAlignment ? horizontalWords[cell.horizontalAlignment] : undefined,
    vertical: cell.verticalAlignment ? verticalWords[cell.verticalAlignment] : undefined,
    wrap: cell.wrapText ? true : undefined,
    indent: cell.indentLevel || undefined,
    border: thin ? "thin" : undefined,
  });
}

/** Snapshot of what the fake Excel received for one sheet. */
export function snapshotOfFakeSheet(sheet: FakeWorksheet): SheetSnapshot {
  const merges = sheet.merges.map((m) => [m.top, m.left, m.top + m.rows - 1, m.left + m.columns - 1]);
  const cells: Record<string, CellSnapshot> = {};
  const keys = [...sheet.cells.keys()].map((k) => k.split(",").map(Number)).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  for (const [r, c] of keys) {
    if (isHiddenByMerge(merges, r, c)) continue;
    const snap = fakeCellSnapshot(sheet.cell(r, c));
    if (snap) cells[`${columnName(c)}${r + 1}`] = snap;
  }
  const columnWidths: Record<string, number> = {};
  for (const [c, points] of [...sheet.columnWidths].sort((a, b) => a[0] - b[0])) {
    columnWidths[columnName(c)] = Math.round((((points * 96) / 72 - 5) / 7) * 100) / 100;
  }
  return {
    cells,
    merges: merges.map(([t, l, b, r]) => rangeText(t, l, b, r)).sort(),
    columnWidths,
    freeze: { ...sheet.frozen },
  };
}

/**
 * Renders `spec` (alone) with the Office.js adapter into a fresh fake workbook and returns the
 * normalised snapshot of the sheet it produced. All optional API sets are on by default.
 */
export async function officeJsSnapshot(spec: SheetSpec, supports: ExcelApiSupport = () => true): Promise<SheetSnapshot> {
  const fake = fakeExcel();
  await renderWorkbookSpec(fake.context as unknown as Excel.RequestContext, { sheets: [spec] }, { supports });
  return snapshotOfFakeSheet(fake.sheet(spec.name));
}

// ---------- exceljs side ----------

function exceljsValue(value: ExcelJS.CellValue): Pick<CellSnapshot, "value" | "formula"> {
  if (value === null || value === undefined || value === "") return {};
  if (value instanceof Date) return { value: (value.getTime() - EXCEL_EPOCH) / 86_400_000 };
  if (typeof value === "object" && "formula" in value) return { formula: String(value.formula).replace(/^=/, "") };
  if (typeof value === "object" && "richText" in value) return { value: value.richText.map((t) => t.text).join("") };
  return { value: value as string | number | boolean };
}

function exceljsCellSnapshot(cell: ExcelJS.Cell): CellSnapshot | null {
  const { font, fill, alignment, border } = cell;
  const edges = [border?.top, border?.bottom, border?.left, border?.right];
  const solidFill = fill && fill.type === "pattern" && fill.pattern === "solid" ? fill.fgColor?.argb : undefined;
  return withoutEmpty({
    ...exceljsValue(cell.value),
    numberFormat: cell.numFmt && cell.numFmt !== "General" ? cell.numFmt : undefined,
    fontName: font?.name,
    fontSize: font?.size,
    bold: font?.bold ? true : undefined,
    italic: font?.italic ? true : undefined,
    underline: font?.underline ? true : undefined,
    color: colour(font?.color?.argb),
    fill: colour(solidFill),
    horizontal: alignment?.horizontal,
    vertical: alignment?.vertical,
    wrap: alignment?.wrapText ? true : undefined,
    indent: alignment?.indent || undefined,
    border: edges.every((e) => e?.style === "thin") ? "thin" : undefined,
  });
}

/** Snapshot of an exceljs worksheet, normalised like the Office.js one. */
export function snapshotOfExcelJsSheet(ws: ExcelJS.Worksheet): SheetSnapshot {
  const mergeRefs = ((ws.model as unknown as { merges?: string[] }).merges ?? []).map((ref) => {
    const [a, b] = ref.split(":");
    const tl = ws.getCell(a);
    const br = ws.getCell(b ?? a);
    return [Number(tl.row) - 1, Number(tl.col) - 1, Number(br.row) - 1, Number(br.col) - 1];
  });
  const cells: Record<string, CellSnapshot> = {};
  for (let r = 1; r <= ws.rowCount; r++) {
    for (let c = 1; c <= ws.columnCount; c++) {
      if (isHiddenByMerge(mergeRefs, r - 1, c - 1)) continue;
      const snap = exceljsCellSnapshot(ws.getCell(r, c));
      if (snap) cells[`${columnName(c - 1)}${r}`] = snap;
    }
  }
  const columnWidths: Record<string, number> = {};
  for (let c = 1; c <= ws.columnCount; c++) {
    const width = ws.getColumn(c).width;
    if (width !== undefined) columnWidths[columnName(c - 1)] = Math.round(width * 100) / 100;
  }
  const view = ws.views?.[0] as { state?: string; xSplit?: number; ySplit?: number } | undefined;
  const frozen = view?.state === "frozen";
  return {
    cells,
    merges: mergeRefs.map(([t, l, b, r]) => rangeText(t, l, b, r)).sort(),
    columnWidths,
    freeze: { rows: frozen ? (view?.ySplit ?? 0) : 0, columns: frozen ? (view?.xSplit ?? 0) : 0 },
  };
}
