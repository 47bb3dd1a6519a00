import { makeGrid, type Grid } from "./grid";
import { cutToCellLimit } from "./limits";

/**
 * Splits tab-separated text into rows of cells, the way Excel copies a range:
 * tab between cells, line break between rows, and a cell that holds a line break,
 * tab or quote wrapped in double quotes with `""` for a quote. A quote that does not
 * open a well-formed quoted cell is kept as a literal character, so prose with quotes
 * (“một cửa”, 5") never swallows the lines after it.
 * @example parseTsv('1\t"a\nb"\tc') → [["1", "a\nb", "c"]]
 */
export function parseTsv(text: string, separator = "\t"): string[][] {
  // Cells are slices of the text, found with indexOf: a 50 MB line or a 10 MB cell is read in linear time.
  const src = text.indexOf("\r") >= 0 ? text.replace(/\r\n?/g, "\n") : text;
  const n = src.length;
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  // The next separator and line break at or after the last search (n when there is none).
  let sep = -1;
  let nl = -1;
  let afterSeparator = false;
  while (i < n) {
    afterSeparator = false;
    if (src.charCodeAt(i) === 34) {
      const closed = readQuoted(src, i, separator);
      if (closed) {
        i = closed.next;
        if (i >= n) {
          // As a text ending in an empty cell: a lone "" on the last line is not a row.
          if (closed.value !== "" || row.length > 0) rows.push([...row, closed.value]);
          return rows;
        }
        row.push(closed.value);
        if (src.charCodeAt(i) === 10) {
          rows.push(row);
          row = [];
        } else afterSeparator = true;
        i++;
        continue;
      }
    }
    if (sep < i) sep = indexOr(src, separator, i, n);
    if (nl < i) nl = indexOr(src, "\n", i, n);
    if (sep < nl) {
      row.push(src.slice(i, sep));
      i = sep + 1;
      afterSeparator = true;
      continue;
    }
    row.push(src.slice(i, nl));
    rows.push(row);
    row = [];
    i = nl + 1;
  }
  if (afterSeparator) rows.push([...row, ""]);
  return rows;
}

/** The first `needle` at or after `from`, or `none`. */
function indexOr(text: string, needle: string, from: number, none: number): number {
  const at = text.indexOf(needle, from);
  return at < 0 ? none : at;
}

/** Reads a quoted cell starting at `start`; null unless it closes right before a separator, line break or the end. */
function readQuoted(src: string, start: number, separator: string): { value: string; next: number } | null {
  const pieces: string[] = [];
  let i = start + 1;
  for (;;) {
    const q = src.indexOf('"', i);
    if (q < 0) return null;
    pieces.push(src.slice(i, q));
    if (src.charCodeAt(q + 1) === 34) {
      pieces.push('"');
      i = q + 2;
      continue;
    }
    const after = src[q + 1];
    return after === undefined || after === separator || after === "\n" ? { value: pieces.length === 1 ? pieces[0] : pieces.join(""), next: q + 1 } : null;
  }
}

/** A grid from tab-separated text, named after its source. */
export function tsvToGrid(sheet: string, text: string): Grid {
  return makeGrid(sheet, parseTsv(text));
}

/** Longest text kept while waiting for a quoted cell to close; beyond it the quote is a literal character. */
const MAX_PENDING_QUOTE = 16 * 1024 * 1024;
/** The longest row a streamed text keeps whole (a list's row is a few hundred characters). */
export const MAX_STREAMED_ROW = 16 * 1024 * 1024;

/**
 * `parseTsv` for text that arrives in chunks: `onRow` gets each row as soon as it is complete,
 * with exactly the cells `parseTsv` gives for the whole text.
 * @example
 * const rows: string[][] = [];
 * const p = tsvRowsParser((r) => rows.push(r)); p.push('1\t"a\n'); p.push('b"\tc\n2'); p.end();
 * // rows: [["1", "a\nb", "c"], ["2"]]
 */
export function tsvRowsParser(
  onRow: (cells: string[]) => void,
  options: { readonly maxRowChars?: number; readonly onCut?: () => void } = {},
): { push(chunk: string): void; end(): void } {
  const maxRowChars = options.maxRowChars ?? MAX_STREAMED_ROW;
  let buf = "";
  /** After a row was cut at maxRowChars: the rest of its line is skipped up to the next line break. */
  let skipping = false;
  let carriageReturn = false;
  // After a row could not be completed, parsing waits until the buffer has doubled (or the text
  // ends): a 50 MB line arriving in pieces is scanned a few times in all, not once per piece.
  let retryAt = 0;
  // The next tab and line break found in `buf` at or after the last search (buf.length when there is none); reset when buf changes.
  let tab = -1;
  let nl = -1;

  /** Parses one row from `start`; null when the buffer ends before the row does (and more may come). */
  function row(start: number, final: boolean): { cells: string[]; next: number } | null {
    const cells: string[] = [];
    let i = start;
    for (;;) {
      if (buf.charCodeAt(i) === 34) {
        const quoted = quotedAt(i, final);
        if (quoted === "wait") return null;
        if (quoted) {
          cells.push(quoted.value);
          i = quoted.next;
          if (i >= buf.length) {
            if (!final) return null;
            return { cells, next: i };
          }
          if (buf.charCodeAt(i) === 10) return { cells, next: i + 1 };
          i++; // a tab
          continue;
        }
      }
      if (tab < i) tab = indexOr(buf, "\t", i, buf.length);
      if (nl < i) nl = indexOr(buf, "\n", i, buf.length);
      if (nl >= buf.length && !final) return null;
      if (tab < nl) {
        cells.push(buf.slice(i, tab));
        i = tab + 1;
        continue;
      }
      cells.push(buf.slice(i, nl));
      return { cells, next: nl >= buf.length ? buf.length : nl + 1 };
    }
  }

  function quotedAt(start: number, final: boolean): { value: string; next: number } | null | "wait" {
    const pieces: string[] = [];
    let i = start + 1;
    for (;;) {
      const q = buf.indexOf('"', i);
      if (q < 0) return final || buf.length - start > MAX_PENDING_QUOTE ? null : "wait";
      pieces.push(buf.slice(i, q));
      if (q + 1 >= buf.length) return final ? { value: pieces.join(""), next: q + 1 } : "wait";
      if (buf.charCodeAt(q + 1) === 34) {
        pieces.push('"');
        i = q + 2;
        continue;
      }
      const after = buf[q + 1];
      return after === "\t" || after === "\n" ? { value: pieces.join(""), next: q + 1 } : null;
    }
  }

  function drain(final: boolean): void {
    if (!final && buf.length < retryAt) return;
    let pos = 0;
    tab = -1;
    nl = -1;
    while (pos < buf.length) {
      const parsed = row(pos, final);
      if (!parsed) break;
      // Like parseTsv, text after the last line break that holds nothing (an empty cell) is not a row.
      const unterminated = parsed.next >= buf.length && buf.charCodeAt(parsed.next - 1) !== 10;
      if (!(unterminated && parsed.cells.length === 1 && parsed.cells[0] === "")) onRow(parsed.cells);
      pos = parsed.next;
    }
    buf = buf.slice(pos);
    retryAt = 2 * buf.length;
  }

  return {
    push(chunk) {
      let text = chunk;
      if (carriageReturn) text = "\r" + text;
      carriageReturn = text.endsWith("\r");
      if (carriageReturn) text = text.slice(0, -1);
      text = text.indexOf("\r") >= 0 ? text.replace(/\r\n?/g, "\n") : text;
      if (skipping) {
        const k = text.indexOf("\n");
        if (k < 0) return;
        skipping = false;
        text = text.slice(k + 1);
      }
      buf += text;
      drain(false);
      if (buf.length > maxRowChars) {
        // A line longer than any row of a list (a damaged or hostile file): its start is read as a
        // row, each cell cut to Excel's 32,767 characters, the rest of the line skipped and said.
        const parsed = row(0, true);
        if (parsed) onRow(parsed.cells.map((c) => cutToCellLimit(c) ?? c));
        options.onCut?.();
        buf = "";
        retryAt = 0;
        skipping = true;
      }
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
