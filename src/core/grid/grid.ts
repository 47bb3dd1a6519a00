/**
 * A rectangular block of cell text read from any source (an Excel range, an .xlsx sheet,
 * pasted tab-separated text, an HTML table, a .docx table). Everything downstream
 * (plan import, dossier import) reads a Grid and never the source format.
 *
 * Indexing: `rows[rowIndex][columnIndex]` is 0-based; `firstRowNumber`/`firstColumnNumber`
 * are the 1-based sheet coordinates of `rows[0][0]`, so findings can name real cells.
 * Date cells are given as ISO text "YYYY-MM-DD"; numbers as their plain JS text.
 */
export interface Grid {
  /** Sheet or source name used in findings ("Kế hoạch", "Bảng 1"). */
  readonly sheet: string;
  readonly rows: readonly (readonly string[])[];
  readonly firstRowNumber: number;
  readonly firstColumnNumber: number;
  /** Merged areas, 0-based and inclusive, relative to `rows`. The value sits in the top-left cell. */
  readonly merges: readonly CellRange[];
}

/** An inclusive, 0-based rectangle. */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** Makes a grid from rows, padding every row to the same width. */
export function makeGrid(
  sheet: string,
  rows: readonly (readonly string[])[],
  options: { firstRowNumber?: number; firstColumnNumber?: number; merges?: readonly CellRange[] } = {},
): Grid {
  const width = rows.reduce((max, row) => Math.max(max, row.length), 0);
  const padded = rows.map((row) => (row.length === width ? row : [...row, ...Array<string>(width - row.length).fill("")]));
  return {
    sheet,
    rows: padded,
    firstRowNumber: options.firstRowNumber ?? 1,
    firstColumnNumber: options.firstColumnNumber ?? 1,
    merges: options.merges ?? [],
  };
}
