/**
 * Groups cells by style into rectangles, so styles cost one range operation per rectangle
 * instead of one per cell. Each row is cut into runs of equal style; a run continues the
 * rectangle above it when the row above had a run with the same style and the same columns.
 * A plan or report sheet (header, uniform body columns, a total row) therefore needs a handful
 * of rectangles whatever its row count; only rows that break the pattern add more.
 */
import type { CellSpec, SheetSpec } from "../../core/sheet/model";

/** 0-based, inclusive. */
export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * The style name a cell is drawn with, or undefined for none. Cells missing from a short row
 * get no style at all (the default style applies to cells that exist, as in the exceljs renderer).
 */
export function cellStyleName(spec: SheetSpec, cell: CellSpec | undefined): string | undefined {
  if (cell === undefined) return undefined;
  const name = cell.style ?? spec.defaultStyle;
  return name !== undefined && spec.styles[name] ? name : undefined;
}

/** Horizontal runs of one row: [style, left, right]. */
function rowRuns(spec: SheetSpec, r: number, width: number): [string, number, number][] {
  const runs: [string, number, number][] = [];
  for (let c = 0; c < width; c++) {
    const style = cellStyleName(spec, spec.cells[r][c]);
    if (style === undefined) continue;
    const last = runs[runs.length - 1];
    if (last && last[0] === style && last[2] === c - 1) last[2] = c;
    else runs.push([style, c, c]);
  }
  return runs;
}

/**
 * Rectangles per style name, covering exactly the styled cells.
 * @example a header row in style "h" over 5 columns and 100 body rows in "b"
 *          → Map { "h" → [A1:E1], "b" → [A2:E101] }
 */
export function styleRectangles(spec: SheetSpec): Map<string, Rect[]> {
  const width = spec.cells.reduce((max, row) => Math.max(max, row.length), 0);
  const result = new Map<string, Rect[]>();
  let open = new Map<string, { style: string; top: number; left: number; right: number }>();
  const close = (run: { style: string; top: number; left: number; right: number }, bottom: number) => {
    const list = result.get(run.style) ?? [];
    list.push({ top: run.top, left: run.left, bottom, right: run.right });
    result.set(run.style, list);
  };
  spec.cells.forEach((_, r) => {
    const next = new Map<string, { style: string; top: number; left: number; right: number }>();
    for (const [style, left, right] of rowRuns(spec, r, width)) {
      const key = `${style}\u0000${left}\u0000${right}`;
      const above = open.get(key);
      next.set(key, above ?? { style, top: r, left, right });
      open.delete(key);
    }
    for (const run of open.values()) close(run, r - 1);
    open = next;
  });
  for (const run of open.values()) close(run, spec.cells.length - 1);
  return result;
}
