/**
 * Header cells read with their group caption. A two-row header ("Đã giải quyết" above
 * "Trước hạn | Đúng hạn | Quá hạn") gives each lower cell its upper caption, through merged
 * areas or, when merges were lost (pasted text), from the nearest caption to the left.
 */
import type { Grid } from "../grid/grid";
import { cleanCell } from "./text";

/** One column's header: the group caption above (may be "") and its own caption. */
export interface HeaderCell {
  readonly group: string;
  readonly own: string;
}

/**
 * Cell text with merged areas filled in (a merged area's value sits in its top-left cell).
 * @example filledText(grid, 0, 4) === "Đã giải quyết" // inside a merge starting at C1
 */
export function filledText(grid: Grid, r: number, c: number): string {
  for (const m of grid.merges) {
    if (r >= m.top && r <= m.bottom && c >= m.left && c <= m.right) return cleanCell(grid.rows[m.top]?.[m.left]);
  }
  return cleanCell(grid.rows[r]?.[c]);
}

/**
 * Plain cell text, trimmed and NFC; "" outside the grid.
 * @example cellText(grid, 1, 3) === "05/03/2024"
 */
export function cellText(grid: Grid, r: number, c: number): string {
  return cleanCell(grid.rows[r]?.[c]);
}

/**
 * The header cells of row `h`, each with the caption of row `h - 1` above it when that row looks
 * like a header row (at least two different captions, i.e. not a merged title line).
 * @example headerCells(grid, 1)[3] // { group: "Đã giải quyết", own: "Đúng hạn" }
 */
export function headerCells(grid: Grid, h: number): HeaderCell[] {
  const width = grid.rows[h]?.length ?? 0;
  const own = Array.from({ length: width }, (_, c) => filledText(grid, h, c));
  if (h === 0) return own.map((o) => ({ group: "", own: o }));
  const upper = Array.from({ length: width }, (_, c) => filledText(grid, h - 1, c));
  const distinct = new Set(upper.filter((u) => u !== ""));
  if (distinct.size < 2) return own.map((o) => ({ group: "", own: o }));
  const groups: string[] = [];
  for (let c = 0; c < width; c++) {
    let g = upper[c];
    if (g === "" && own[c] !== "" && c > 0 && groups[c - 1] !== "" && own[c - 1] !== "" && upper[c - 1] !== own[c - 1]) {
      g = groups[c - 1];
    }
    groups.push(g);
  }
  return own.map((o, c) => (groups[c] === o ? { group: "", own: o } : { group: groups[c], own: o }));
}
