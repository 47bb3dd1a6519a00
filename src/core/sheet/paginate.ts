import type { CellSpec, MergeSpec, SheetSpec } from "./model";
import { computeRowHeights } from "./rowHeights";

/** A table of a sheet: its header row and its last row (1-based). */
export interface TableRegion {
  readonly header: number;
  readonly last: number;
}

/** Printable height of A4 portrait inside top and bottom margins (mm), in points. */
export function a4PortraitPrintableHeight(topMm: number, bottomMm: number): number {
  return ((297 - topMm - bottomMm) * 72) / 25.4;
}

/**
 * Lays a sheet printed at 100 % out on pages from its explicit row heights: a manual page break
 * wherever the next row would not fit; a table that continues on a new page gets a copy of its
 * header row at the top of that page (print titles would repeat one header on every page, over
 * other tables too); a table header, and each row of `keepWithNext` (headings), goes to the next
 * page rather than end one, a run of such rows together with the row after the last; each row of `newPage` (a Phụ lục after the signature) starts a page.
 * Rows are single-row merged at most. Returns the sheet with the header copies inserted, every
 * row's height explicit and `rowBreaks` set.
 */
export function paginate<S extends string>(
  sheet: SheetSpec<S>,
  pageHeight: number,
  tables: readonly TableRegion[],
  keepWithNext: ReadonlySet<number> = new Set(),
  newPage: ReadonlySet<number> = new Set(),
): SheetSpec<S> {
  const heights = computeRowHeights(sheet);
  const height = (row: number) => heights[row] ?? 15;
  const mergesByRow = new Map<number, MergeSpec[]>();
  for (const m of sheet.merges) mergesByRow.set(m.firstRow, [...(mergesByRow.get(m.firstRow) ?? []), m]);
  const headerOf = (row: number) => tables.find((t) => row > t.header && row <= t.last);
  const isHeader = (row: number) => tables.some((t) => t.header === row);

  const out: { cells: readonly CellSpec<S>[]; from: number; height: number }[] = [];
  const breaks: number[] = [];
  let used = 0;
  const total = sheet.cells.length;
  for (let row = 1; row <= total; row++) {
    const h = height(row);
    // A heading or a table header needs the row after it on the same page; consecutive rows kept
    // with the next (a section heading and its subheading, the closing paragraph and the
    // signature block) go to the next page together.
    let needs = h;
    for (let next = row; next < total && (isHeader(next) || keepWithNext.has(next)); next++) needs += height(next + 1);
    if (used > 0 && (used + needs > pageHeight || newPage.has(row))) {
      breaks.push(out.length);
      used = 0;
      const table = headerOf(row);
      if (table) {
        out.push({ cells: sheet.cells[table.header - 1], from: table.header, height: height(table.header) });
        used = height(table.header);
      }
    }
    out.push({ cells: sheet.cells[row - 1] ?? [], from: row, height: h });
    used += h;
  }

  const merges: MergeSpec[] = [];
  const rowHeights: Record<number, number> = {};
  out.forEach((r, i) => {
    rowHeights[i + 1] = r.height;
    for (const m of mergesByRow.get(r.from) ?? []) merges.push({ ...m, firstRow: i + 1, lastRow: i + 1 + (m.lastRow - m.firstRow) });
  });
  return { ...sheet, cells: out.map((r) => r.cells), merges, rowHeights, rowBreaks: breaks.filter((b) => b > 0) };
}
