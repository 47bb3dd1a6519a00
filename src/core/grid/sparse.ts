/**
 * A sheet's cells as they are stored (only the cells that hold text, at any row and column) made
 * into a rectangular Grid. A grid is never sized from what a file declares (a `<dimension>`, a
 * merge, a row number) but from the cells that hold text; a few cells far away from the rest (a
 * stray value at XFD1048576, a row numbered 2,000,000,000) would make a grid of billions of empty
 * cells, so the grid is cut before such a gap, the cells beyond are counted, and the first of them
 * is named in a warning.
 */
import { finding, type Finding } from "../findings/finding";
import { cellAddress } from "./address";
import { makeGrid, type CellRange, type Grid } from "./grid";

/** One stored row: its 1-based number and the 0-based columns and text of its cells that hold text. */
export interface SparseRow {
  readonly row: number;
  readonly columns: readonly number[];
  readonly values: readonly string[];
}

/**
 * How large a grid may be: never more than `cells`, and never more than `slack` plus `perValue`
 * times the cells that hold text (a table of 50 rows with one value 1,000,000 rows below is cut
 * before that value; a dense list of 200,000 rows × 20 columns is read whole).
 */
export const sparseGridLimits = { cells: 5_000_000, slack: 1_000_000, perValue: 64, cuts: 64 } as const;

/** The cells of a sheet are more than a grid can hold, even without the far ones. */
export class SparseGridTooLarge extends Error {
  constructor(
    readonly rows: number,
    readonly columns: number,
  ) {
    super(`grid ${rows} × ${columns}`);
  }
}

/** The merged areas of a sheet ("B2:D7", "$A$1:$C$1"), 0-based; unreadable references are left out. */
export function mergeRanges(refs: readonly string[]): CellRange[] {
  const out: CellRange[] = [];
  for (const ref of refs) {
    const [a, b] = ref.split(":");
    const from = position(a);
    const to = position(b ?? a);
    if (!from || !to) continue;
    out.push({ top: Math.min(from.row, to.row), left: Math.min(from.col, to.col), bottom: Math.max(from.row, to.row), right: Math.max(from.col, to.col) });
  }
  return out;
}

function position(ref: string | undefined): { row: number; col: number } | null {
  const m = /^\s*\$?([A-Za-z]{1,3})\$?(\d{1,7})\s*$/.exec(ref ?? "");
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/**
 * Where to cut one dimension: the kept coordinates sorted, the widest gap between two of them
 * (or below the first); returns the last coordinate kept before that gap and the gap's share of
 * the extent, or null when there is nothing to cut.
 */
function widestGap(sorted: readonly number[]): { keep: number; share: number } | null {
  if (sorted.length < 2) return null;
  let best = -1;
  let at = -1;
  for (let i = 1; i < sorted.length; i++) {
    const gap = sorted[i] - sorted[i - 1];
    if (gap > best) {
      best = gap;
      at = i - 1;
    }
  }
  return { keep: sorted[at], share: best / (sorted[sorted.length - 1] + 1) };
}

const uniqueSorted = (values: Iterable<number>) => [...new Set(values)].sort((a, b) => a - b);

/**
 * The grid of a sheet's stored rows (row numbers from 1, any order) and merged areas, the same as
 * a whole-workbook reader gives (exceljs's `worksheetToGrid`): the area from A1 to the last row and
 * column holding text, a merged area's text in its top-left cell only (the cells it hides are
 * emptied and do not widen the grid), merges clipped to the grid. Far cells are left out with a
 * `cells_far_from_table` warning; throws SparseGridTooLarge when even the near cells are too many.
 */
export function gridFromSparseRows(sheet: string, rows: readonly SparseRow[], merges: readonly CellRange[] = []): { grid: Grid; findings: Finding[] } {
  let values = 0;
  for (const r of rows) values += r.columns.length;
  const allowed = Math.min(sparseGridLimits.cells, sparseGridLimits.slack + sparseGridLimits.perValue * values);
  // The extent of the cells within the limits, and the rows and columns that hold them.
  let rowLimit = Infinity;
  let colLimit = Infinity;
  const extent = () => {
    let lastRow = 0;
    let lastCol = 0;
    const rowNumbers: number[] = [];
    const cols = new Set<number>();
    for (const r of rows) {
      if (r.row > rowLimit) continue;
      let any = false;
      for (const c of r.columns) {
        if (c >= colLimit) continue;
        any = true;
        cols.add(c);
        if (c + 1 > lastCol) lastCol = c + 1;
      }
      if (any) {
        rowNumbers.push(r.row);
        if (r.row > lastRow) lastRow = r.row;
      }
    }
    return { lastRow, lastCol, rowNumbers, cols };
  };
  let area = extent();
  // Cut before the widest gap, in whichever direction it is widest for its extent, until the grid fits.
  for (let cut = 0; area.lastRow * area.lastCol > allowed; cut++) {
    // Only a gap of at least a quarter of the extent is cut: a solid block too large stays too large.
    const wide = (gap: { keep: number; share: number } | null) => (gap && gap.share >= 0.25 ? gap : null);
    const byRow = wide(widestGap(uniqueSorted(area.rowNumbers)));
    const byCol = wide(widestGap(uniqueSorted(area.cols)));
    if (cut >= sparseGridLimits.cuts || (!byRow && !byCol)) throw new SparseGridTooLarge(area.lastRow, area.lastCol);
    if (byRow && (!byCol || byRow.share >= byCol.share)) rowLimit = byRow.keep;
    else if (byCol) colLimit = byCol.keep + 1;
    area = extent();
  }
  let { lastRow, lastCol } = area;
  const cells: string[][] = Array.from({ length: lastRow }, () => Array<string>(lastCol).fill(""));
  let far = 0;
  let firstFar: string | null = null;
  for (const r of rows) {
    for (let i = 0; i < r.columns.length; i++) {
      if (r.row > lastRow || r.columns[i] >= lastCol) {
        far++;
        firstFar ??= cellAddress(r.row, r.columns[i] + 1);
        continue;
      }
      cells[r.row - 1][r.columns[i]] = r.values[i];
    }
  }
  // Cells a merge hides are emptied, within a budget of work (overlapping merges are a broken file's).
  let budget = 2 * lastRow * lastCol + 1_000;
  for (const m of merges) {
    if (m.top >= lastRow || m.left >= lastCol) continue;
    for (let row = m.top; row <= Math.min(m.bottom, lastRow - 1) && budget > 0; row++)
      for (let col = m.left; col <= Math.min(m.right, lastCol - 1); col++, budget--) if (row !== m.top || col !== m.left) cells[row][col] = "";
  }
  // Rows and columns left with nothing but hidden text are not part of the grid.
  while (lastRow > 0 && cells[lastRow - 1].every((t) => t === "")) lastRow--;
  let used = 0;
  for (let row = 0; row < lastRow; row++) for (let col = lastCol - 1; col >= used; col--) if (cells[row][col] !== "") used = col + 1;
  lastCol = used;
  const rowsKept = (lastRow < cells.length ? cells.slice(0, lastRow) : cells).map((row) => (row.length > lastCol ? row.slice(0, lastCol) : row));
  const clipped: CellRange[] = [];
  for (const m of merges) {
    if (m.top >= lastRow || m.left >= lastCol) continue;
    clipped.push({ ...m, bottom: Math.min(m.bottom, lastRow - 1), right: Math.min(m.right, lastCol - 1) });
  }
  const findings = far > 0 ? [finding("warning", "cells_far_from_table", { sheet, cell: firstFar }, { count: far, rows: lastRow, columns: lastCol })] : [];
  return { grid: makeGrid(sheet, rowsKept, { merges: clipped }), findings };
}
