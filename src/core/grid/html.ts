import { termText } from "../messages/catalogue";
import { makeGrid, type CellRange, type Grid } from "./grid";

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
  const tables = topLevelTables(html.replace(/<!--[\s\S]*?-->/g, ""));
  return tables.map((tableHtml, index) =>
    layoutTable(tables.length === 1 ? sourceName : termText.tableName({ source: sourceName, n: index + 1 }), parseRows(tableHtml)),
  );
}

/** True when the text holds an HTML table (clipboard HTML, or a .txt saved from a web page). */
export function containsHtmlTable(text: string): boolean {
  return /<table[\s>]/i.test(text);
}

/**
 * The tables of an HTML document as grids, and the prose around them as lines: the title
 * ("Kế hoạch … năm 2024") says which year the plan is for.
 */
export function htmlContent(sourceName: string, html: string): { grids: Grid[]; contextTexts: string[] } {
  const withoutTables = html.replace(/<!--[\s\S]*?-->/g, "").replace(/<table[\s\S]*?<\/table>/gi, "\n");
  // A title wrapped over several source lines ("… GIAI ĐOẠN 2026-2030 TRÊN ĐỊA⏎BÀN TỈNH") is one line of text.
  const prose = softBreaksToSpaces(withoutTables)
    .replace(/<\s*\/?\s*(?:p|div|br|h[1-6]|li|title|tr|td|th|section|header|body|head|html)\b[^>]*>/gi, "\n")
    .replace(/<[^>]+>/g, "");
  return { grids: htmlTablesToGrids(sourceName, html), contextTexts: prose.split("\n").filter((line) => line.trim() !== "") };
}

/**
 * In HTML a line break in the source is only a space: Word's filtered HTML wraps long lines
 * mid-phrase ("Thông tin điện⏎tử"); real line breaks are `<br>` and paragraphs.
 */
function softBreaksToSpaces(html: string): string {
  return html.replace(/[ \t]*\r?\n[ \t\r\n]*/g, " ");
}

/**
 * A cell's HTML as the importer reads it: soft line breaks become spaces, and Word's pictures
 * (`<img src="image001.png">`, VML shapes and their conditional comments) are dropped, since a
 * picture is not text.
 */
function cellHtml(raw: string): string {
  return softBreaksToSpaces(raw)
    .replace(/<!\[if[^\]]*\]>|<!\[endif\]>/gi, "")
    .replace(/<\s*img\b[^>]*>/gi, "")
    .replace(/<\s*\/?\s*(?:v|o):[a-z]+\b[^>]*>/gi, "");
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
  const m = new RegExp(`${name}\\s*=\\s*["']?(\\d+)`, "i").exec(attrs);
  const n = m ? Number(m[1]) : 1;
  return Number.isFinite(n) && n >= 1 ? Math.min(n, 1000) : 1;
}

/** Places cells on a grid, skipping positions already covered by a rowspan above. */
function layoutTable(sheet: string, rows: RawCell[][]): Grid {
  const out: string[][] = [];
  const taken: boolean[][] = [];
  const merges: CellRange[] = [];
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
      const bottom = r + cellRaw.rowspan - 1;
      const right = c + cellRaw.colspan - 1;
      for (let rr = r; rr <= Math.min(bottom, rows.length - 1); rr++) {
        ensure(rr);
        for (let cc = c; cc <= right; cc++) {
          taken[rr][cc] = true;
          out[rr][cc] = rr === r && cc === c ? cellRaw.html : "";
        }
      }
      const clippedBottom = Math.min(bottom, rows.length - 1);
      if (clippedBottom > r || right > c) merges.push({ top: r, left: c, bottom: clippedBottom, right });
      c = right + 1;
    }
  });
  const filled = out.map((row) => Array.from({ length: row.length }, (_, i) => row[i] ?? ""));
  return makeGrid(sheet, filled, { merges });
}
