import { termText } from "../messages/catalogue";
import { decodeEntities } from "../text/normalize";
import type { Finding } from "../findings/finding";
import { makeGrid, type CellRange, type Grid } from "./grid";
import { maxTableCells, maxTableColumns, spanAreaBudget, spanCapFinding, spanValue, type SpanCap } from "./limits";

/** What a .docx body holds for import: its tables as grids and its prose paragraphs (for the plan year). */
export interface DocxContent {
  readonly tables: Grid[];
  readonly paragraphs: string[];
  /** What the reader had to limit (a merge wider than the table). */
  readonly findings: Finding[];
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
  const capped: (SpanCap | null)[] = [];
  const paragraphs: string[] = [];
  let cursor = 0;
  for (const span of topLevelElements(body, "w:tbl")) {
    paragraphs.push(...paragraphTexts(body.slice(cursor, span.start)));
    const table = tableToGrid(sourceName, body.slice(span.start, span.end), tables.length);
    tables.push(table.grid);
    capped.push(table.capped);
    cursor = span.end;
  }
  paragraphs.push(...paragraphTexts(body.slice(cursor)));
  const named = tables.length === 1 ? [{ ...tables[0], sheet: sourceName }] : tables;
  const findings = capped.flatMap((cap, i) => (cap ? [spanCapFinding(named[i].sheet, cap)] : []));
  return { tables: named, paragraphs, findings };
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

function tableToGrid(sourceName: string, tableXml: string, index: number): { grid: Grid; capped: SpanCap | null } {
  const rows: string[][] = [];
  const merges: CellRange[] = [];
  // Column index → the merge area a vertical merge is still extending.
  const openVertical = new Map<number, CellRange & { bottom: number }>();
  const inner = tableXml.replace(/^<w:tbl\b[^>]*>/, "").replace(/<\/w:tbl>$/, "");
  const trs = topLevelElements(inner, "w:tr");
  const tcsOf = trs.map((tr) => {
    const trXml = inner.slice(tr.innerStart, tr.innerEnd);
    return { trXml, tcs: topLevelElements(trXml, "w:tc") };
  });
  // The table's real width: its declared grid (w:tblGrid, before the first row), at least its widest row.
  const gridXml = inner.slice(0, trs[0]?.start ?? inner.length);
  const gridColumns = /<w:tblGrid\b[\s\S]*?<\/w:tblGrid>/.exec(gridXml)?.[0].match(/<w:gridCol\b/g)?.length ?? 0;
  const widestRow = tcsOf.reduce((m, r) => Math.max(m, r.tcs.length), 0);
  const declaredWidth = Math.max(widestRow, Math.min(maxTableColumns, gridColumns || widestRow, Math.floor(maxTableCells / Math.max(1, trs.length))));
  // A grid far larger than the cells the table holds is not a real table: spans are ignored.
  const cellCount = tcsOf.reduce((n, r) => n + r.tcs.length, 0);
  const width = trs.length * declaredWidth > spanAreaBudget(cellCount) ? widestRow : declaredWidth;
  let capped: SpanCap | null = null;
  tcsOf.forEach(({ trXml, tcs }, r) => {
    const row: string[] = [];
    let c = 0;
    for (const tc of tcs) {
      const tcXml = trXml.slice(tc.innerStart, tc.innerEnd);
      const props = /<w:tcPr>[\s\S]*?<\/w:tcPr>/.exec(tcXml)?.[0] ?? "";
      const declared = spanValue(/<w:gridSpan w:val="(\d+)"/.exec(props)?.[1]);
      const span = Math.min(declared, Math.max(1, width - c));
      if (span < declared) {
        capped = capped ? { ...capped, count: capped.count + 1 } : { row: r, column: c, declared, kept: span, unit: "columns", count: 1 };
      }
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
  return { grid: makeGrid(termText.tableName({ source: sourceName, n: index + 1 }), rows, { merges }), capped };
}
