import { makeGrid, type Grid } from "./grid";

/**
 * Splits tab-separated text into rows of cells, the way Excel copies a range:
 * tab between cells, line break between rows, and a cell that holds a line break,
 * tab or quote wrapped in double quotes with `""` for a quote. A quote that does not
 * open a well-formed quoted cell is kept as a literal character, so prose with quotes
 * (“một cửa”, 5") never swallows the lines after it.
 * @example parseTsv('1\t"a\nb"\tc') → [["1", "a\nb", "c"]]
 */
export function parseTsv(text: string, separator = "\t"): string[][] {
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
      const closed = readQuoted(src, i, separator);
      if (closed) {
        cell = closed.value;
        i = closed.next;
        cellStart = false;
        continue;
      }
    }
    cellStart = false;
    if (ch === separator) {
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

/** Reads a quoted cell starting at `start`; null unless it closes right before a separator, line break or the end. */
function readQuoted(src: string, start: number, separator: string): { value: string; next: number } | null {
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
      return after === undefined || after === separator || after === "\n" ? { value, next: i + 1 } : null;
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

/** Longest text kept while waiting for a quoted cell to close; beyond it the quote is a literal character. */
const MAX_PENDING_QUOTE = 16 * 1024 * 1024;

/**
 * `parseTsv` for text that arrives in chunks: `onRow` gets each row as soon as it is complete,
 * with exactly the cells `parseTsv` gives for the whole text.
 * @example
 * const rows: string[][] = [];
 * const p = tsvRowsParser((r) => rows.push(r)); p.push('1\t"a\n'); p.push('b"\tc\n2'); p.end();
 * // rows: [["1", "a\nb", "c"], ["2"]]
 */
export function tsvRowsParser(onRow: (cells: string[]) => void): { push(chunk: string): void; end(): void } {
  let buf = "";
  let carriageReturn = false;

  /** Parses one row from `start`; null when the buffer ends before the row does (and more may come). */
  function row(start: number, final: boolean): { cells: string[]; next: number } | null {
    const cells: string[] = [];
    let i = start;
    for (;;) {
      if (buf[i] === '"') {
        const quoted = quotedAt(i, final);
        if (quoted === "wait") return null;
        if (quoted) {
          cells.push(quoted.value);
          i = quoted.next;
          if (i >= buf.length) {
            if (!final) return null;
            return { cells, next: i };
          }
          if (buf[i] === "\n") return { cells, next: i + 1 };
          i++; // a tab
          continue;
        }
      }
      const tab = buf.indexOf("\t", i);
      const nl = buf.indexOf("\n", i);
      if (nl < 0 && !final) return null;
      const stop = nl < 0 ? buf.length : nl;
      if (tab >= 0 && tab < stop) {
        cells.push(buf.slice(i, tab));
        i = tab + 1;
        continue;
      }
      cells.push(buf.slice(i, stop));
      return { cells, next: nl < 0 ? buf.length : nl + 1 };
    }
  }

  function quotedAt(start: number, final: boolean): { value: string; next: number } | null | "wait" {
    let value = "";
    let i = start + 1;
    for (;;) {
      const q = buf.indexOf('"', i);
      if (q < 0) return final || buf.length - start > MAX_PENDING_QUOTE ? null : "wait";
      value += buf.slice(i, q);
      if (q + 1 >= buf.length) return final ? { value, next: q + 1 } : "wait";
      if (buf[q + 1] === '"') {
        value += '"';
        i = q + 2;
        continue;
      }
      const after = buf[q + 1];
      return after === "\t" || after === "\n" ? { value, next: q + 1 } : null;
    }
  }

  function drain(final: boolean): void {
    let pos = 0;
    while (pos < buf.length) {
      const parsed = row(pos, final);
      if (!parsed) break;
      // Like parseTsv, text after the last line break that holds nothing (an empty cell) is not a row.
      const unterminated = parsed.next >= buf.length && buf[parsed.next - 1] !== "\n";
      if (!(unterminated && parsed.cells.length === 1 && parsed.cells[0] === "")) onRow(parsed.cells);
      pos = parsed.next;
    }
    buf = buf.slice(pos);
  }

  return {
    push(chunk) {
      let text = chunk;
      if (carriageReturn) text = "\r" + text;
      carriageReturn = text.endsWith("\r");
      if (carriageReturn) text = text.slice(0, -1);
      buf += text.replace(/\r\n?/g, "\n");
      drain(false);
    },
    end() {
      if (carriageReturn) buf += "\n";
      carriageReturn = false;
      drain(true);
    },
  };
}

/**
 * A grid from comma-separated text as Excel saves "CSV UTF-8": commas between cells, fields
 * holding a comma, quote or line break in double quotes. Excel set to a locale whose list
 * separator is ";" writes semicolons; a first line with semicolons and no comma is read that way.
 * @example csvToGrid("KH", 'TT,Nội dung\n1,"Rà soát, cập nhật"').rows[1] → ["1", "Rà soát, cập nhật"]
 */
export function csvToGrid(sheet: string, text: string): Grid {
  const firstLine = text.replace(/^\ufeff/, "").split(/\r?\n/, 1)[0] ?? "";
  const unquoted = firstLine.replace(/"[^"]*"/g, "");
  const separator = unquoted.includes(";") && !unquoted.includes(",") ? ";" : ",";
  return makeGrid(sheet, parseTsv(text.replace(/^\ufeff/, ""), separator));
}
