import type { CellSpec, SheetSpec } from "./model";
import { displayedValue } from "./model";
import { columnWidthPoints, rowHeightFor, textRoomPoints, wrappedLineCount } from "./textMetrics";

const defaultFontSize = 11;

/** The text a cell shows, as wrapping sees it (dates and numbers are one short line). */
function shownText(spec: CellSpec): string {
  if (spec.kind === "date" || spec.kind === "number" || spec.kind === "boolean") return "0";
  const v = displayedValue(spec);
  return v === null ? "" : String(v);
}

/**
 * An explicit height for every row of a sheet, from its text, fonts and column widths: the
 * wrapped lines of its tallest cell × the line height of that cell's font. A merged cell counts
 * with the width of all its columns; one that spans several rows shares its lines among them.
 * Viewers that keep stored heights (LibreOffice, Excel for files written by a library) then
 * show every line of every cell. Rows given a height in the spec keep it.
 * @example computeRowHeights(sheet)[2] — the points row 2 needs
 */
export function computeRowHeights(sheet: SheetSpec): Record<number, number> {
  const colPoints = sheet.columnWidths.map(columnWidthPoints);
  const fallbackPoints = columnWidthPoints(8.43);
  const width = (from: number, to: number) => {
    let sum = 0;
    for (let c = from; c <= to; c++) sum += colPoints[c] ?? fallbackPoints;
    return sum;
  };
  // Merges by top-left cell; cells covered by a merge (other than its top-left) are skipped.
  const mergeAt = new Map<string, { right: number; rows: number }>();
  const covered = new Set<string>();
  for (const m of sheet.merges) {
    mergeAt.set(`${m.firstRow - 1}:${m.firstColumn - 1}`, { right: m.lastColumn - 1, rows: m.lastRow - m.firstRow + 1 });
    for (let r = m.firstRow - 1; r <= m.lastRow - 1; r++)
      for (let c = m.firstColumn - 1; c <= m.lastColumn - 1; c++) if (r !== m.firstRow - 1 || c !== m.firstColumn - 1) covered.add(`${r}:${c}`);
  }
  const heights: Record<number, number> = {};
  sheet.cells.forEach((row, r) => {
    let height = 0;
    row.forEach((spec, c) => {
      if (covered.has(`${r}:${c}`)) return;
      const style = sheet.styles[spec.style ?? sheet.defaultStyle ?? ""] ?? {};
      const size = style.fontSize ?? defaultFontSize;
      const text = shownText(spec);
      const merge = mergeAt.get(`${r}:${c}`);
      const room = textRoomPoints(width(c, merge?.right ?? c), style.indent ?? 0);
      const lines = style.wrap ? wrappedLineCount(text, room, size, style.bold) : 1;
      height = Math.max(height, rowHeightFor(Math.ceil(lines / (merge?.rows ?? 1)), size));
    });
    heights[r + 1] = sheet.rowHeights?.[r + 1] ?? (height || rowHeightFor(1, defaultFontSize));
  });
  return heights;
}
