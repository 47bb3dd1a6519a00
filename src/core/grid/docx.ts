import { termText } from "../messages/catalogue";
import type { Finding } from "../findings/finding";
import { decodeEntities } from "../text/normalize";
import { legacyFont, legacyToUnicode, type LegacyEncoding } from "../text/legacyEncoding";
import { changedCells, legacyConversionFinding } from "../text/legacyContent";
import { makeGrid, type CellRange, type Grid } from "./grid";
import { maxTableCells, maxTableColumns, spanAreaBudget, spanCapFinding, spanValue, type SpanCap } from "./limits";

/** What a .docx body holds for import: its tables as grids and its prose paragraphs (for the plan year). */
export interface DocxContent {
  readonly tables: Grid[];
  readonly paragraphs: string[];
  /** Info findings about converted TCVN3/VNI text; warnings about merges wider than the table. */
  readonly findings: Finding[];
}

/**
 * The fonts text is set in: the document default and each style's own (following `w:basedOn`),
 * from `word/styles.xml`. A run without its own font takes its character style's, then its
 * paragraph style's, then the default.
 */
interface Fonts {
  readonly byStyle: ReadonlyMap<string, string>;
  readonly fallback: string | null;
}

/** The font a `w:rFonts` element names for the text legacy encodings use (hAnsi, else ascii). */
function rFontsName(xml: string): string | null {
  const tag = /<w:rFonts\b[^>]*>/.exec(xml)?.[0];
  if (!tag) return null;
  return /w:hAnsi="([^"]*)"/.exec(tag)?.[1] ?? /w:ascii="([^"]*)"/.exec(tag)?.[1] ?? null;
}

function readFonts(stylesXml: string | undefined): Fonts {
  if (!stylesXml) return { byStyle: new Map(), fallback: null };
  const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(stylesXml)?.[0] ?? "";
  const own = new Map<string, { font: string | null; basedOn: string | null }>();
  let normal: string | null = null;
  for (const m of stylesXml.matchAll(/<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/g)) {
    const id = /w:styleId="([^"]+)"/.exec(m[1])?.[1];
    if (!id) continue;
    if (normal === null && /w:type="paragraph"/.test(m[1]) && /w:default="(?:1|true|on)"/.test(m[1])) normal = id;
    const rPr = /<w:rPr>[\s\S]*?<\/w:rPr>/.exec(m[2])?.[0] ?? "";
    own.set(id, { font: rFontsName(rPr), basedOn: /<w:basedOn w:val="([^"]+)"/.exec(m[2])?.[1] ?? null });
  }
  const byStyle = new Map<string, string>();
  for (const id of own.keys()) {
    let cursor: string | null = id;
    for (let depth = 0; cursor && depth < 20; depth++) {
      const style = own.get(cursor);
      if (!style) break;
      if (style.font) {
        byStyle.set(id, style.font);
        break;
      }
      cursor = style.basedOn;
    }
  }
  return { byStyle, fallback: (normal ? byStyle.get(normal) : undefined) ?? rFontsName(defaults) };
}

const wordprocessingMl = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/**
 * The part with WordprocessingML written under the prefix "w:", as Word writes it, whatever the
 * producer bound the namespace to: another prefix ("ns0:", as some converters write) or the
 * default namespace (no prefix). The readers below match "w:" names; the XML means the same.
 * A part where "w:" already is WordprocessingML is returned as it is.
 * @example withWordPrefix('<document xmlns="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><body><p><r><t>A</t></r></p></body></document>') === '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>A</w:t></w:r></w:p></w:body></w:document>'
 */
export function withWordPrefix(xml: string): string {
  const declarations = [...xml.matchAll(/\sxmlns(?::([\w.-]+))?\s*=\s*(["'])(.*?)\2/g)];
  const bound = declarations.find((d) => d[3] === wordprocessingMl);
  if (!bound || bound[1] === "w") return xml;
  const prefix = bound[1]; // undefined: the default namespace
  const tag = /<(\/?)([^\s/>!?]+)([^>]*)>/g;
  return xml.replace(tag, (whole, close: string, name: string, rest: string) => {
    const colon = name.indexOf(":");
    const own = prefix === undefined ? colon < 0 : name.slice(0, colon) === prefix;
    const local = colon < 0 ? name : name.slice(colon + 1);
    const elementName = own ? `w:${local}` : name;
    if (close) return `</${elementName}>`;
    const attributes = rest.replace(/(\s)([^\s=]+)(\s*=)/g, (all, space: string, attr: string, eq: string) => {
      if (prefix === undefined) {
        // xmlns="…main" becomes xmlns:w; a bare attribute of a Word element is Word's (w:val).
        if (attr === "xmlns") return `${space}xmlns:w${eq}`;
        return own && !attr.includes(":") ? `${space}w:${attr}${eq}` : all;
      }
      if (attr === `xmlns:${prefix}`) return `${space}xmlns:w${eq}`;
      return attr.startsWith(`${prefix}:`) ? `${space}w:${attr.slice(prefix.length + 1)}${eq}` : all;
    });
    return `<${elementName}${attributes}>`;
  });
}

/** Text of one paragraph, and the legacy encodings its runs were converted from. */
interface RunText {
  readonly text: string;
  readonly converted: ReadonlySet<LegacyEncoding>;
}

/**
 * Reads the tables of a Word `word/document.xml` into grids. Horizontal merges come from
 * `w:gridSpan`, vertical merges from `w:vMerge` ("restart" opens, a bare `w:vMerge` continues).
 * Paragraphs inside a cell become lines; `w:br` is a line break.
 * @example docxContentFromXml("Bảng", documentXml).tables[0].rows[0] → ["TT", "Nội dung/Nhiệm vụ", …]
 */
export function docxContentFromXml(sourceName: string, documentXml: string, stylesXml?: string): DocxContent {
  const body = withWordPrefix(documentXml).replace(/<w:(?:del|instrText)\b[\s\S]*?<\/w:(?:del|instrText)>/g, "");
  const fonts = readFonts(stylesXml === undefined ? undefined : withWordPrefix(stylesXml));
  const tables: { grid: Grid; raw: Grid; encodings: Set<LegacyEncoding>; capped: SpanCap | null }[] = [];
  const paragraphs: string[] = [];
  let cursor = 0;
  for (const span of topLevelElements(body, "w:tbl")) {
    paragraphs.push(...paragraphTexts(body.slice(cursor, span.start), fonts));
    const xml = body.slice(span.start, span.end);
    const encodings = new Set<LegacyEncoding>();
    const { grid, capped } = tableToGrid(sourceName, xml, tables.length, fonts, encodings);
    const raw = encodings.size ? tableToGrid(sourceName, xml, tables.length, null, new Set()).grid : grid;
    tables.push({ grid, raw, encodings, capped });
    cursor = span.end;
  }
  paragraphs.push(...paragraphTexts(body.slice(cursor), fonts));
  const named = tables.length === 1 ? [{ ...tables[0], grid: { ...tables[0].grid, sheet: sourceName } }] : tables;
  // One info finding per table with converted text, naming the cells that changed.
  const findings = named.flatMap(({ grid, raw, encodings, capped }) => {
    const changed = encodings.size ? changedCells(raw, grid) : null;
    const order: LegacyEncoding[] = ["tcvn3", "vni"];
    return [
      ...(changed
        ? [
            legacyConversionFinding(
              grid.sheet,
              changed.range,
              changed.count,
              order.filter((e) => encodings.has(e)),
              "font",
            ),
          ]
        : []),
      ...(capped ? [spanCapFinding(grid.sheet, capped)] : []),
    ];
  });
  return { tables: named.map((t) => t.grid), paragraphs, findings };
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
function paragraphTexts(xml: string, fonts: Fonts): string[] {
  return topLevelElements(xml, "w:p")
    .map((p) => paragraphText(xml.slice(p.innerStart, p.innerEnd), fonts).text)
    .filter((t) => t.trim().length > 0);
}

/**
 * Visible text of a paragraph's runs: w:t, w:tab, w:br. A run set in a TCVN3 or VNI font
 * (".VnTime", ".VnTimeH", "VNI-Times": its own, its character style's, its paragraph style's or
 * the document's default) is converted to Unicode; `fonts` null reads the characters as stored.
 */
function paragraphText(xml: string, fonts: Fonts | null): RunText {
  const converted = new Set<LegacyEncoding>();
  const pStyle = /<w:pPr>[\s\S]*?<w:pStyle w:val="([^"]+)"/.exec(xml)?.[1];
  const paragraphFont = fonts ? ((pStyle ? fonts.byStyle.get(pStyle) : undefined) ?? fonts.fallback) : null;
  let out = "";
  for (const run of xml.matchAll(/<w:r(?:\s[^>]*)?>([\s\S]*?)<\/w:r>/g)) {
    const rPr = /^\s*<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(run[1])?.[1] ?? "";
    const rStyle = /<w:rStyle w:val="([^"]+)"/.exec(rPr)?.[1];
    const fontName = fonts ? (rFontsName(rPr) ?? (rStyle ? fonts.byStyle.get(rStyle) : undefined) ?? paragraphFont) : null;
    const legacy = fontName ? legacyFont(fontName) : null;
    const text = runText(run[1]);
    // Vietnamese Unicode letters typed in an old font are Unicode already: left as they are.
    if (legacy && /[\u00a0-\u00ff]/.test(text) && !/[\u0102\u0103\u0110\u0111\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/.test(text)) {
      const unicode = legacyToUnicode(text, legacy.encoding, legacy.upper);
      if (unicode !== text) converted.add(legacy.encoding);
      out += unicode;
    } else {
      out += legacy?.upper && fontName ? text.toUpperCase() : text;
    }
  }
  return { text: out, converted };
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

function tableToGrid(
  sourceName: string,
  tableXml: string,
  index: number,
  fonts: Fonts | null,
  encodings: Set<LegacyEncoding>,
): { grid: Grid; capped: SpanCap | null } {
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
        .map((p) => {
          const read = paragraphText(tcXml.slice(p.innerStart, p.innerEnd), fonts);
          read.converted.forEach((e) => encodings.add(e));
          return read.text;
        })
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

/**
 * The text of a Word body as lines in reading order, the way a copy to plain text gives it:
 * one line per paragraph; a table row becomes its cells' lines side by side, joined by a tab
 * (the decree header's two columns come out as "UBND TỈNH X\tCỘNG HÒA …", as in seed 003).
 * Used to read a decree-format document's header and sections (last year's report).
 * @example docxLinesFromXml(xml)[0] === "UBND TỈNH NINH THUẬN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
 */
export function docxLinesFromXml(documentXml: string): string[] {
  const body = withWordPrefix(documentXml).replace(/<w:(?:del|instrText)\b[\s\S]*?<\/w:(?:del|instrText)>/g, "");
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
      const cells = topLevelElements(trXml, "w:tc").map((tc) =>
        paragraphsOf(trXml.slice(tc.innerStart, tc.innerEnd))
          .flatMap((t) => t.split("\n"))
          .filter((t) => t.trim()),
      );
      const height = Math.max(0, ...cells.map((c) => c.length));
      for (let i = 0; i < height; i++)
        lines.push(
          cells
            .map((c) => c[i] ?? "")
            .join("\t")
            .replace(/\t+$/, ""),
        );
    }
    cursor = table.end;
  }
  return lines;
}
