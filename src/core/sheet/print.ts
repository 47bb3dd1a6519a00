import type { PageSetupSpec, SheetSpec } from "./model";
import { columnWidthForPoints, columnWidthPoints } from "./textMetrics";

const pointsPerMm = 72 / 25.4;

/** Width of the printable area of a page setup, in points (A4: 210 × 297 mm, minus the side margins). */
export function printableWidthPoints(page: PageSetupSpec): number {
  const paper = page.orientation === "landscape" ? 297 : 210;
  return (paper - page.margins.left - page.margins.right) * pointsPerMm;
}

/**
 * The widest single column (in Excel character units) that prints within the page at 100 %,
 * for a sheet of running text in one column. Such a sheet must not rely on fit-to-width:
 * LibreOffice prints a lone column wider than the page cut off at the margin.
 * @example pageColumnWidth(a4PageSetup("portrait")) === 99
 */
export function pageColumnWidth(page: PageSetupSpec): number {
  return columnWidthForPoints(printableWidthPoints(page));
}

/** Width of a sheet's columns in points. */
export function sheetWidthPoints(columnWidths: readonly number[]): number {
  return columnWidths.reduce((sum, w) => sum + columnWidthPoints(w), 0);
}

/**
 * The scale a sheet prints at: 1, or less when fit-to-width shrinks columns wider than the page.
 * Multiplied by a font size it gives the size on paper.
 */
export function printScale(sheet: Pick<SheetSpec, "columnWidths" | "pageSetup">): number {
  if (!sheet.pageSetup) return 1;
  const width = sheetWidthPoints(sheet.columnWidths);
  return sheet.pageSetup.fitToWidth ? Math.min(1, printableWidthPoints(sheet.pageSetup) / width) : 1;
}

/**
 * Column widths sized for the page: when the columns are wider than fit-to-width allows for
 * text of `fontSize` to print at `minPrinted` points or more, the `flexible` columns (long text,
 * which wraps) get narrower in proportion, down to `minimum` characters; the others keep their
 * width. Rows then wrap more and grow taller (computeRowHeights), instead of the whole sheet
 * shrinking to an unreadable size.
 * @example fitColumnWidths([10, 100], a4Landscape, { fontSize: 12, minPrinted: 9, flexible: [false, true] })
 */
export function fitColumnWidths(
  widths: readonly number[],
  page: PageSetupSpec,
  options: { fontSize: number; minPrinted: number; flexible: readonly boolean[]; minimum?: number },
): number[] {
  const maxPoints = printableWidthPoints(page) / (options.minPrinted / options.fontSize);
  if (sheetWidthPoints(widths) <= maxPoints) return [...widths];
  // In character units: points = (w × 7 + 5) × 0.75.
  const budget = (maxPoints / 0.75 - 5 * widths.length) / 7;
  const fixed = widths.reduce((sum, w, i) => sum + (options.flexible[i] ? 0 : w), 0);
  const flexibleSum = widths.reduce((sum, w, i) => sum + (options.flexible[i] ? w : 0), 0);
  const factor = Math.max(0, (budget - fixed) / flexibleSum);
  const minimum = options.minimum ?? 8;
  return widths.map((w, i) => (options.flexible[i] ? Math.max(Math.min(w, minimum), Math.floor(w * factor * 2) / 2) : w));
}
