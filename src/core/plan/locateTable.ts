import type { Grid } from "../grid/grid";
import { normalizeCellText } from "../text/normalize";
import { headerRowRoles, headerRole, type ColumnRole } from "./columns";

/** A task table found in a grid: its header rows and the role of each column. */
export interface TableLayout {
  /** 0-based index of the first header row. */
  readonly headerRow: number;
  /** 0-based index of the first row after the header (and numbering) rows. */
  readonly firstDataRow: number;
  /** Role per column index (null: ignored column). */
  readonly roles: readonly (ColumnRole | null)[];
}

/**
 * A clean view of a grid: every cell's text with markup stripped, vertically merged values
 * available to every row they cover, and which cells are only covered by a merge.
 */
export interface CleanGrid {
  readonly text: (row: number, col: number) => string;
  /** True when the cell is covered by a merge whose value sits in another row. */
  readonly coveredFromAbove: (row: number, col: number) => boolean;
  readonly rowCount: number;
  readonly width: number;
}

export function cleanGrid(grid: Grid): CleanGrid {
  // Rows are cleaned when first read: a long sheet that holds no task table is only read as deep as its header is looked for.
  const cleaned: (string[] | undefined)[] = new Array<string[] | undefined>(grid.rows.length);
  const row = (r: number): string[] | undefined =>
    r < 0 || r >= grid.rows.length ? undefined : (cleaned[r] ??= grid.rows[r].map((cellText) => normalizeCellText(cellText)));
  const fill = new Map<string, string>();
  const covered = new Set<string>();
  for (const m of grid.merges) {
    const value = row(m.top)?.[m.left] ?? "";
    for (let r = m.top; r <= m.bottom; r++) {
      // Vertical merges give their value to every row they cover; across columns only the
      // first column keeps it, so a heading merged over the row is not repeated per column.
      fill.set(`${r},${m.left}`, value);
      if (r > m.top) covered.add(`${r},${m.left}`);
      for (let c = m.left + 1; c <= m.right; c++) if (r > m.top) covered.add(`${r},${c}`);
    }
  }
  return {
    text: (r, c) => fill.get(`${r},${c}`) ?? row(r)?.[c] ?? "",
    coveredFromAbove: (r, c) => covered.has(`${r},${c}`),
    rowCount: grid.rows.length,
    width: grid.rows[0]?.length ?? 0,
  };
}

/**
 * Finds the task table's header by meaning, possibly over two rows (a merged "Đơn vị thực
 * hiện" above "Chủ trì" / "Phối hợp"), and skips a row of column numbers under it.
 * Returns null when the grid has no recognisable header.
 */
export function locateTable(view: CleanGrid): TableLayout | null {
  // A plan's header comes after at most a few pages of prose: a sheet of 200,000 data rows (a
  // user's list beside the plan) is not searched to its end, once per cell, for one.
  const depth = Math.min(view.rowCount, maxHeaderDepth);
  for (let r = 0; r < depth; r++) {
    const cells = rowCells(view, r);
    const { roles, isHeader } = headerRowRoles(cells);
    if (!isHeader) continue;
    let next = r + 1;
    const merged = [...roles];
    if (next < view.rowCount) {
      const below = rowCells(view, next);
      const subRoles = below.map((c) => (c.trim() ? headerRole(c) : null));
      const isSubHeader = subRoles.some((x) => x !== null) && !/^\d/.test(below[0]?.trim() ?? "") && below.every((c, i) => !c.trim() || subRoles[i] !== null);
      if (isSubHeader) {
        subRoles.forEach((role, i) => {
          if (role && (merged[i] === null || merged[i] === "units" || role === "lead" || role === "support")) merged[i] = role;
        });
        // A header cell merged over two columns names both: the second takes the same role.
        for (let i = 1; i < merged.length; i++) if (merged[i] === null && !cells[i].trim() && subRoles[i]) merged[i] = subRoles[i];
        next++;
      }
    }
    if (next < view.rowCount && isNumberingRow(rowCells(view, next))) next++;
    return { headerRow: r, firstDataRow: next, roles: merged };
  }
  return null;
}

/** How far down a sheet the task table's header is looked for (a whole plan pasted as text has its table within a few hundred lines). */
export const maxHeaderDepth = 2_000;

function rowCells(view: CleanGrid, r: number): string[] {
  return Array.from({ length: view.width }, (_, c) => view.text(r, c));
}

/** "1 2 3 4 5" or "(1) (2) (3)": the row of column numbers some forms put under the header. */
export function isNumberingRow(cells: readonly string[]): boolean {
  const filled = cells.map((c) => c.trim()).filter(Boolean);
  if (filled.length < 3) return false;
  const numbers = filled.map((c) => /^\(?(\d{1,2})\)?$/.exec(c)?.[1]);
  if (numbers.some((n) => n === undefined)) return false;
  return numbers.every((n, i) => i === 0 || Number(n) === Number(numbers[i - 1]) + 1);
}

/** True when a row repeats the header (a table continued after a page break). */
export function isRepeatedHeader(cells: readonly string[], roles: readonly (ColumnRole | null)[]): boolean {
  const { roles: again, isHeader } = headerRowRoles(cells);
  return isHeader && again.filter((r, i) => r !== null && r === roles[i]).length >= 2;
}
