import { termText } from "../messages/catalogue";
import { decodeEntities } from "../text/normalize";
import { makeGrid, type CellRange, type Grid } from "./grid";

/** What a .docx body holds for import: its tables as grids and its prose paragraphs (for the plan year). */
export interface DocxContent {
  readonly tables: Grid[];
  readonly paragraphs: string[];
}

/**
 * Reads the tables of a Word `word/document.xml` into grids. Horizontal merges come from
 * `w:gridSpan`, vertical merges from `w:vMerge` ("restart" opens, a bare `w:vMerge` continues).
 * Paragraphs inside a cell become lines; `w:br` is a line break.
 * @example docxTablesFromXml("Bảng", xml).tables[0].rows[0] → ["TT", "Nội dung/Nhiệm vụ", …]
 */
export function docxContentFromXml(sourceName: string, documentXml: string): DocxContent {
  const body = documentXml.replace(/<w:(?:del|instrText)\b[\s\S]*?<\/w:(?:del|instrText)>/g, "");
  const tables: Grid[] = [];
  const paragraphs: string[] = [];
  let cursor = 0;
  for (const span of topLevelElements(body, "w:tbl")) {
    paragraphs.push(...paragraphTexts(body.slice(cursor, span.start)));
    tables.push(tableToGrid(sourceName, body.slice(span.start, span.end), tables.length));
    cursor = span.end;
  }
  paragraphs.push(...paragraphTexts(body.slice(cursor)));
  const named = tables.length === 1 ? [{ ...tables[0], sheet: sourceName }] : tables;
  return { tables: named, paragraphs };
}

interface Span {
  start: number;
  end: number;
  innerStart: number;
  innerEnd: number;
}

/** Outermost elements with the given tag name inside `xml` (nesting-aware). */
function topLevelElements(xml: string, name: string): Span[] {
  const spans: Span[] = [];
  const tag = new RegExp(`<(/?)${name}(?=[\\s>/])[^>]*?(/?)>`, "g");
  let depth = 0;
  let start = 0;
  let innerStart = 0;
  for (let m = tag.exec(xml); m; m = tag.exec(xml)) {
    if (m[2] === "/") continue; // self-closing: empty element
    if (!m[1]) {
      if (depth === 0) {
        start = m.index;
        innerStart = m.index + m[0].length;
      }
      depth++;
    } else if (depth > 0) {
      depth--;
      if (depth === 0) spans.push({ start, end: m.index + m[0].length, innerStart, innerEnd: m.index });
    }
  }
  return spans;
}

/** Text of each paragraph in a run of body XML. */
function paragraphTexts(xml: string): string[] {
  return topLevelElements(xml, "w:p")
    .map((p) => runText(xml.slice(p.innerStart, p.innerEnd)))
    .filter((t) => t.trim().length > 0);
}

/** Visible text of runs: w:t, w:tab, w:br. */
function runText(xml: string): string {
  let out = "";
  const token = /<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>|<w:tab\/>|<w:br(?:\s[^>]*)?\/>|<w:cr\/>/g;
  for (let m = token.exec(xml); m; m = token.exec(xml)) {
    if (m[1] !== undefined) out += decodeEntities(m[1]);
    else if (m[0].startsWith("<w:tab")) out += " ";
    else out += "\n";
  }
  return out;
}

function tableToGrid(sourceName: string, tableXml: string, index: number): Grid {
  const rows: string[][] = [];
  const merges: CellRange[] = [];
  // Column index → the merge area a vertical merge is still extending.
  const openVertical = new Map<number, CellRange & { bottom: number }>();
  const inner = tableXml.replace(/^<w:tbl\b[^>]*>/, "").replace(/<\/w:tbl>$/, "");
  topLevelElements(inner, "w:tr").forEach((tr, r) => {
    const trXml = inner.slice(tr.innerStart, tr.innerEnd);
    const row: string[] = [];
    let c = 0;
    for (const tc of topLevelElements(trXml, "w:tc")) {
      const tcXml = trXml.slice(tc.innerStart, tc.innerEnd);
      const props = /<w:tcPr>[\s\S]*?<\/w:tcPr>/.exec(tcXml)?.[0] ?? "";
      const span = Number(/<w:gridSpan w:val="(\d+)"/.exec(props)?.[1] ?? "1") || 1;
      const vMerge = /<w:vMerge(?: w:val="(\w+)")?\s*\/>/.exec(props);
      const text = topLevelElements(tcXml, "w:p")
        .map((p) => runText(tcXml.slice(p.innerStart, p.innerEnd)))
        .join("\n");
      const continues = vMerge !== null && vMerge[1] !== "restart";
      const open = openVertical.get(c);
      if (continues && open) {
        open.bottom = r;
        row[c] = "";
      } else {
        row[c] = text;
        if (open) {
          if (open.bottom > open.top || open.right > open.left) merges.push({ ...open });
          openVertical.delete(c);
        }
        if (vMerge !== null) openVertical.set(c, { top: r, left: c, bottom: r, right: c + span - 1 });
        else if (span > 1) merges.push({ top: r, left: c, bottom: r, right: c + span - 1 });
      }
      for (let k = 1; k < span; k++) row[c + k] = "";
      c += span;
    }
    rows.push(row.map((v) => v ?? ""));
  });
  for (const open of openVertical.values()) {
    if (open.bottom > open.top || open.right > open.left) merges.push({ ...open });
  }
  return makeGrid(termText.tableName({ source: sourceName, n: index + 1 }), rows, { merges });
}

/**
 * The text of a Word body as lines in reading order, the way a copy to plain text gives it:
 * one line per paragraph; a table row becomes its cells' lines side by side, joined by a tab
 * (the decree header's two columns come out as "UBND TỈNH X\tCỘNG HÒA …", as in seed 003).
 * Used to read a decree-format document's header and sections (last year's report).
 * @example docxLinesFromXml(xml)[0] === "UBND TỈNH NINH THUẬN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
 */
export function docxLinesFromXml(documentXml: string): string[] {
  const body = documentXml.replace(/<w:(?:del|instrText)\b[\s\S]*?<\/w:(?:del|instrText)>/g, "");
  const lines: string[] = [];
  const tables = topLevelElements(body, "w:tbl");
  let cursor = 0;
  const paragraphsOf = (xml: string) => topLevelElements(xml, "w:p").map((p) => runText(xml.slice(p.innerStart, p.innerEnd)));
  for (const table of [...tables, null]) {
    const before = body.slice(cursor, table ? table.start : body.length);
    for (const text of paragraphsOf(before)) lines.push(...text.split("\n"));
    if (!table) break;
    const inner = body.slice(table.innerStart, table.innerEnd);
    for (const tr of topLevelElements(inner, "w:tr")) {
      const trXml = inner.slice(tr.innerStart, tr.innerEnd);
      const cells = topLevelElements(trXml, "w:tc").map((tc) => paragraphsOf(trXml.slice(tc.innerStart, tc.innerEnd)).flatMap((t) => t.split("\n")).filter((t) => t.trim()));
      const height = Math.max(0, ...cells.map((c) => c.length));
      for (let i = 0; i < height; i++) lines.push(cells.map((c) => c[i] ?? "").join("\t").replace(/\t+$/, ""));
    }
    cursor = table.end;
  }
  return lines;
}
