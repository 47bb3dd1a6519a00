import { makeGrid, type Grid } from "./grid";

/**
 * Splits tab-separated text into rows of cells, the way Excel copies a range:
 * tab between cells, line break between rows, and a cell that holds a line break,
 * tab or quote wrapped in double quotes with `""` for a quote. A quote that does not
 * open a well-formed quoted cell is kept as a literal character, so prose with quotes
 * (“một cửa”, 5") never swallows the lines after it.
 * @example parseTsv('1\t"a\nb"\tc') → [["1", "a\nb", "c"]]
 */
export function parseTsv(text: string): string[][] {
  const src = text.replace(/\r\n?/g, "\n");
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  let cellStart = true;
  let cell = "";
  const endCell = () => {
    row.push(cell);
    cell = "";
    cellStart = true;
  };
  while (i < src.length) {
    const ch = src[i];
    if (cellStart && ch === '"') {
      const closed = readQuoted(src, i);
      if (closed) {
        cell = closed.value;
        i = closed.next;
        cellStart = false;
        continue;
      }
    }
    cellStart = false;
    if (ch === "\t") {
      endCell();
    } else if (ch === "\n") {
      endCell();
      rows.push(row);
      row = [];
    } else {
      cell += ch;
    }
    i++;
  }
  if (cell.length > 0 || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** Reads a quoted cell starting at `start`; null unless it closes right before a tab, line break or the end. */
function readQuoted(src: string, start: number): { value: string; next: number } | null {
  let value = "";
  let i = start + 1;
  while (i < src.length) {
    const ch = src[i];
    if (ch === '"') {
      if (src[i + 1] === '"') {
        value += '"';
        i += 2;
        continue;
      }
      const after = src[i + 1];
      return after === undefined || after === "\t" || after === "\n" ? { value, next: i + 1 } : null;
    }
    value += ch;
    i++;
  }
  return null;
}

/** A grid from tab-separated text, named after its source. */
export function tsvToGrid(sheet: string, text: string): Grid {
  return makeGrid(sheet, parseTsv(text));
}
