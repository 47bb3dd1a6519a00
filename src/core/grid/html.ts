import { termText } from "../messages/catalogue";
import type { Finding } from "../findings/finding";
import { knownMarkupTag } from "../text/normalize";
import { makeGrid, type CellRange, type Grid } from "./grid";
import { maxTableCells, maxTableColumns, spanAreaBudget, spanCapFinding, spanValue, type SpanCap } from "./limits";

interface RawCell {
  html: string;
  rowspan: number;
  colspan: number;
}

/**
 * Finds every top-level `<table>` in an HTML fragment (Word or clipboard HTML) and lays
 * it out as a Grid, honouring `rowspan` and `colspan`: the value sits in the top-left cell
 * and the area is recorded as a merge. Cell text keeps its inner markup (`<p>`, `<br>`,
 * entities); the importer strips it. Tables nested in a cell stay part of that cell's text.
 * @example htmlTablesToGrids("t", "<table><tr><td rowspan=2>1</td><td>a</td></tr><tr><td>b</td></tr></table>")
 *   → one grid [["1","a"],["","b"]] with merge {top:0,left:0,bottom:1,right:0}
 */
export function htmlTablesToGrids(sourceName: string, html: string): Grid[] {
  return htmlTables(sourceName, html).grids;
}

/**
 * Elements whose content is never text a reader sees (scripts, styles, embedded frames, objects,
 * media and drawings): dropped with what they hold. One opened and never closed runs to the end,
 * as a browser reads it. (`<embed>` and `<img>` are empty elements: their tag alone goes, as any
 * tag the importer does not read.)
 */
const hiddenElements = "script|style|iframe|object|applet|svg|noscript|template|frameset|noframes|canvas|audio|video|xml";
const attributes = `(?:[^>"']|"[^"]*"|'[^']*')*?`;
const hiddenElement = new RegExp(`<\\s*(${hiddenElements})\\b${attributes}(?:/>|>[\\s\\S]*?(?:<\\s*/\\s*\\1\\s*>|$))`, "gi");

/**
 * The HTML without comments and without the elements that hold no visible text (`hiddenElements`);
 * what is left is laid out, and its other tags give only their text.
 * @example withoutHiddenElements('a<script>alert(1)</script>b<svg onload="x()"><text>c</text></svg>') === "ab"
 */
export function withoutHiddenElements(html: string): string {
  return html.replace(/<!--[\s\S]*?(?:-->|$)/g, "").replace(hiddenElement, "");
}

/** The tables as grids, and a warning for each table whose rowspan/colspan reached beyond its real size. */
export function htmlTables(sourceName: string, html: string): { grids: Grid[]; findings: Finding[] } {
  const tables = topLevelTables(withoutHiddenElements(html));
  const laid = tables.map((tableHtml, index) =>
    layoutTable(tables.length === 1 ? sourceName : termText.tableName({ source: sourceName, n: index + 1 }), parseRows(tableHtml)),
  );
  return {
    grids: laid.map((t) => t.grid),
    findings: laid.flatMap((t) => (t.capped ? [spanCapFinding(t.grid.sheet, t.capped)] : [])),
  };
}

export { containsHtmlTable } from "./htmlTable";

/**
 * The tables of an HTML document as grids, and the prose around them as lines: the title
 * ("Kế hoạch … năm 2024") says which year the plan is for.
 */
export function htmlContent(sourceName: string, html: string): { grids: Grid[]; contextTexts: string[]; findings: Finding[] } {
  const withoutTables = withoutHiddenElements(html).replace(/<table[\s\S]*?<\/table>/gi, "\n");
  // A title wrapped over several source lines ("… GIAI ĐOẠN 2026-2030 TRÊN ĐỊA⏎BÀN TỈNH") is one line of text.
  const prose = softBreaksToSpaces(withoutTables)
    .replace(/<\s*\/?\s*(?:p|div|br|h[1-6]|li|title|tr|td|th|section|header|body|head|html)\b[^>]*>/gi, "\n")
    .replace(/<[^>]+>/g, "");
  const tables = htmlTables(sourceName, html);
  return { grids: tables.grids, contextTexts: prose.split("\n").filter((line) => line.trim() !== ""), findings: tables.findings };
}

/**
 * In HTML a line break in the source is only a space: Word's filtered HTML wraps long lines
 * mid-phrase ("Thông tin điện⏎tử"); real line breaks are `<br>` and paragraphs.
 */
function softBreaksToSpaces(html: string): string {
  return html.replace(/[ \t]*\r?\n[ \t\r\n]*/g, " ");
}

/**
 * A cell's HTML as the importer reads it: soft line breaks become spaces; the tags the importer
 * reads (paragraphs, line breaks, formatting: `knownMarkupTag`) are kept bare, their attributes
 * (event handlers, "javascript:" links) dropped; every other tag gives its text only; Word's
 * pictures and VML shapes are pictures, not text. Entities stay encoded (decoded with the rest of
 * the cell's text), so "&lt;b&gt;" typed in a Word table is text, never a tag.
 */
function cellHtml(raw: string): string {
  return softBreaksToSpaces(raw)
    .replace(/<!\[if[^\]]*\]>|<!\[endif\]>/gi, "")
    .replace(/<\s*(\/?)\s*([a-zA-Z][\w:.-]*)(?:[^>"']|"[^"]*"|'[^']*')*>/g, (_tag, slash: string, name: string) =>
      knownMarkupTag(name) ? `<${slash}${name}>` : "",
    );
}

/** The inner HTML of each outermost table. */
function topLevelTables(html: string): string[] {
  const result: string[] = [];
  const tag = /<\s*(\/?)\s*table\b[^>]*>/gi;
  let depth = 0;
  let start = -1;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    if (!m[1]) {
      if (depth === 0) start = m.index + m[0].length;
      depth++;
    } else if (depth > 0) {
      depth--;
      if (depth === 0) result.push(html.slice(start, m.index));
    }
  }
  if (depth > 0 && start >= 0) result.push(html.slice(start));
  return result;
}

/** Rows of raw cells of one table (nested tables are skipped over as cell content). */
function parseRows(tableHtml: string): RawCell[][] {
  const rows: RawCell[][] = [];
  const token = /<\s*(\/?)\s*(table|tr|td|th)\b([^>]*)>/gi;
  let depth = 0; // nested table depth inside this table
  let current: RawCell[] | null = null;
  let cellOpen: { attrs: string; start: number } | null = null;
  const closeCell = (end: number) => {
    if (cellOpen && current) {
      current.push({
        html: cellHtml(tableHtml.slice(cellOpen.start, end)),
        rowspan: spanAttr(cellOpen.attrs, "rowspan"),
        colspan: spanAttr(cellOpen.attrs, "colspan"),
      });
    }
    cellOpen = null;
  };
  for (let m = token.exec(tableHtml); m; m = token.exec(tableHtml)) {
    const closing = m[1] === "/";
    const name = m[2].toLowerCase();
    if (name === "table") {
      depth += closing ? -1 : 1;
      continue;
    }
    if (depth > 0) continue;
    if (name === "tr") {
      closeCell(m.index);
      if (current) rows.push(current);
      current = closing ? null : [];
    } else if (!closing) {
      closeCell(m.index);
      if (!current) current = [];
      cellOpen = { attrs: m[3], start: m.index + m[0].length };
    } else {
      closeCell(m.index);
    }
  }
  closeCell(tableHtml.length);
  if (current) rows.push(current);
  return rows.filter((r) => r.length > 0);
}

function spanAttr(attrs: string, name: string): number {
  return spanValue(new RegExp(`${name}\\s*=\\s*["']?(\\d+)`, "i").exec(attrs)?.[1]);
}

/**
 * The table's real width: the most cells any row holds, counting the cells of rows above that
 * reach into it (each is at least one column), within the absolute limits. A colspan may not
 * reach beyond it, nor a rowspan beyond the table's last row.
 */
function realWidth(rows: RawCell[][]): number {
  const reaching = new Array<number>(rows.length + 1).fill(0);
  let active = 0;
  let widest = 0;
  rows.forEach((cells, r) => {
    active += reaching[r];
    widest = Math.max(widest, cells.length + active);
    for (const cell of cells) {
      const last = Math.min(r + cell.rowspan, rows.length);
      if (last > r + 1) {
        reaching[r + 1] += 1;
        reaching[last] -= 1;
      }
    }
  });
  const widestRow = rows.reduce((m, cells) => Math.max(m, cells.length), 0);
  return Math.max(widestRow, Math.min(widest, maxTableColumns, Math.floor(maxTableCells / Math.max(1, rows.length))));
}

/** Places cells on a grid, skipping positions already covered by a rowspan above; spans are capped by the table's real size. */
function layoutTable(sheet: string, rows: RawCell[][]): { grid: Grid; capped: SpanCap | null } {
  const out: string[][] = [];
  const taken: boolean[][] = [];
  const merges: CellRange[] = [];
  const width = realWidth(rows);
  // Merges covering far more positions than the table has cells are not a real table: spans ignored.
  let area = 0;
  rows.forEach((cells, r) => cells.forEach((cell) => (area += Math.min(cell.rowspan, rows.length - r) * Math.min(cell.colspan, width))));
  const ignoreSpans = area > spanAreaBudget(rows.reduce((n, cells) => n + cells.length, 0));
  let capped: SpanCap | null = null;
  const cap = (row: number, column: number, declared: number, kept: number, unit: SpanCap["unit"]) => {
    capped = capped ? { ...capped, count: capped.count + 1 } : { row, column, declared, kept, unit, count: 1 };
  };
  const ensure = (r: number) => {
    while (out.length <= r) {
      out.push([]);
      taken.push([]);
    }
  };
  rows.forEach((cells, r) => {
    ensure(r);
    let c = 0;
    for (const cellRaw of cells) {
      while (taken[r][c]) c++;
      const colspan = ignoreSpans ? 1 : Math.min(cellRaw.colspan, Math.max(1, width - c));
      const rowspan = ignoreSpans ? 1 : Math.min(cellRaw.rowspan, rows.length - r);
      if (colspan < cellRaw.colspan) cap(r, c, cellRaw.colspan, colspan, "columns");
      else if (ignoreSpans && cellRaw.rowspan > 1) cap(r, c, cellRaw.rowspan, 1, "rows");
      // A rowspan past the last row is clipped quietly (a partial copy from Word cuts merged cells);
      // one longer than the whole table is not a real table.
      else if (cellRaw.rowspan > rows.length) cap(r, c, cellRaw.rowspan, rowspan, "rows");
      const bottom = r + rowspan - 1;
      const right = c + colspan - 1;
      for (let rr = r; rr <= bottom; rr++) {
        ensure(rr);
        for (let cc = c; cc <= right; cc++) {
          taken[rr][cc] = true;
          out[rr][cc] = rr === r && cc === c ? cellRaw.html : "";
        }
      }
      if (bottom > r || right > c) merges.push({ top: r, left: c, bottom, right });
      c = right + 1;
    }
  });
  const filled = out.map((row) => Array.from({ length: row.length }, (_, i) => row[i] ?? ""));
  return { grid: makeGrid(sheet, filled, { merges }), capped };
}
