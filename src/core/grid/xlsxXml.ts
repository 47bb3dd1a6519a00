/**
 * Reading SpreadsheetML (the XML inside an .xlsx) incrementally: shared strings, which cell
 * styles are dates, the workbook's sheets, and a sheet's rows as they arrive in chunks of text.
 * The cell text is what `worksheetToGrid` gives for the same file (shared, inline and formula
 * strings as written; numbers in JavaScript's plain form; date-formatted numbers as ISO
 * "YYYY-MM-DD"; booleans TRUE/FALSE), so the streaming and the whole-workbook readers agree.
 * Format: ECMA-376 Part 1, §18.3 (sheet), §18.4 (shared strings), §18.8 (styles).
 */
import { excelMaxColumns, excelMaxRows } from "./limits";
import { escapeRegExp } from "../text/regExp";
import { localName, rawAttribute, rawAttributes, xmlTokenizer } from "./xmlStream";

/** A sheet of the workbook, in tab order, with its part name inside the package ("xl/worksheets/sheet1.xml"). */
export interface XlsxSheetRef {
  readonly name: string;
  readonly part: string;
}

const ENTITY: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/**
 * Decodes XML character and entity references.
 * @example unescapeXml("Sở Y tế &amp; Du lịch &#x2013; 2024") === "Sở Y tế & Du lịch – 2024"
 */
export function unescapeXml(text: string): string {
  if (text.indexOf("&") < 0) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, ref: string) => {
    if (ref[0] !== "#") return ENTITY[ref] ?? "";
    const code = ref[1] === "x" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "";
  });
}

function attr(tag: string, name: string): string | undefined {
  const raw = rawAttribute(tag, name);
  return raw === undefined ? undefined : unescapeXml(raw);
}

/** SpreadsheetML's namespace (transitional; strict is refused before any reader runs). */
export const spreadsheetMlNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const strictSpreadsheetMlNamespace = "http://purl.oclc.org/ooxml/spreadsheetml/main";

/**
 * The prefix ("x:", or "" for the default namespace) a start tag binds to SpreadsheetML, or
 * undefined when it binds none: readers match elements by namespace, whatever prefix the producer
 * chose (the Open XML SDK writes "x:").
 */
function spreadsheetPrefix(tag: string): string | undefined {
  if (tag.indexOf("xmlns") < 0) return undefined;
  for (const [name, value] of rawAttributes(tag)) {
    if (value !== spreadsheetMlNamespace && value !== strictSpreadsheetMlNamespace) continue;
    if (name === "xmlns") return "";
    if (name.startsWith("xmlns:")) return `${name.slice(6)}:`;
  }
  return undefined;
}

/** The prefix of a qualified name ("x:" for "x:worksheet"). */
const prefixOfName = (name: string) => name.slice(0, name.indexOf(":") + 1);

/** Collects the text of string items (`<si>`, `<is>`): their `<t>` runs, phonetic runs (`<rPh>`) left out. */
class RunCollector {
  private parts: string[] = [];
  private raw: string[] = [];
  private phonetic = 0;
  private inT = false;
  constructor(private readonly p: string) {}
  reset(): void {
    this.parts = [];
    this.raw = [];
    this.phonetic = 0;
    this.inT = false;
  }
  open(name: string, selfClosing: boolean): void {
    if (name === `${this.p}rPh`) {
      if (!selfClosing) this.phonetic++;
    } else if (name === `${this.p}t` && !selfClosing && this.phonetic === 0) this.inT = true;
  }
  close(name: string): void {
    if (name === `${this.p}rPh`) this.phonetic = Math.max(0, this.phonetic - 1);
    else if (name === `${this.p}t` && this.inT) {
      // A text node may come in pieces (chunks, CDATA): entities are decoded once it is whole.
      this.parts.push(unescapeXml(this.raw.length === 1 ? this.raw[0] : this.raw.join("")));
      this.raw = [];
      this.inT = false;
    }
  }
  text(raw: string, cdata: boolean): void {
    if (this.inT) this.raw.push(cdata ? escapeCdata(raw) : raw);
  }
  value(): string {
    return this.parts.length === 1 ? this.parts[0] : this.parts.join("");
  }
}

/** CDATA text as character data, so that decoding the whole text node gives it back as written. */
const escapeCdata = (text: string) => (text.indexOf("&") < 0 && text.indexOf("<") < 0 ? text : text.replace(/&/g, "&amp;").replace(/</g, "&lt;"));

/**
 * A start tag's attributes as the fast paths accept them: names, "=", values in either quote (XML
 * forbids "<" in a value, so a value is matched exactly), no entity checks (the values are decoded after).
 */
const plainAttributes = `(?:\\s+[^\\s=<>/"']+\\s*=\\s*(?:"[^"<]*"|'[^'<]*'))*`;

/** Feeds text in chunks; `end` flushes. */
export interface ChunkParser<T> {
  push(chunk: string): void;
  end(): T;
}

/**
 * The shared-string table, read in chunks (it can be larger than the sheet).
 * @example const p = sharedStringsParser(); p.push('<sst><si><t>Dược</t></si></sst>'); p.end() // ["Dược"]
 */
export function sharedStringsParser(): ChunkParser<string[]> {
  const strings: string[] = [];
  let p: string | undefined;
  let runs: RunCollector | null = null;
  let depth = 0;
  // The usual item, `<si><t>text</t></si>` (any attributes on t, no CDATA or comment), read whole
  // without tokens; anything else (runs, phonetic text) is left to them.
  let plain: { prefix: string; pattern: RegExp } | null = null;
  const element = (text: string, at: number): number => {
    if (p === undefined || depth > 0) return -1;
    if (plain?.prefix !== p) {
      const x = escapeRegExp(p);
      plain = { prefix: p, pattern: new RegExp(`<${x}si><${x}t${plainAttributes}\\s*>([^<]*)</${x}t></${x}si>`, "y") };
    }
    // One item after another in one call, as long as they come without anything between them.
    const { pattern } = plain;
    let pos = at;
    for (let m = ((pattern.lastIndex = pos), pattern.exec(text)); m !== null; m = ((pattern.lastIndex = pos), pattern.exec(text))) {
      strings.push(unescapeXml(m[1]));
      pos = pattern.lastIndex;
    }
    return pos > at ? pos : -1;
  };
  const tokenizer = xmlTokenizer({
    element,
    open(name, tag, selfClosing) {
      if (p === undefined) {
        p = spreadsheetPrefix(tag) ?? prefixOfName(name);
        return;
      }
      if (name === `${p}si`) {
        if (selfClosing) strings.push("");
        else {
          runs = runs ?? new RunCollector(p);
          runs.reset();
          depth = 1;
        }
        return;
      }
      if (depth > 0 && runs) runs.open(name, selfClosing);
    },
    close(name) {
      if (depth === 0 || !runs) return;
      if (name === `${p}si`) {
        strings.push(runs.value());
        depth = 0;
      } else runs.close(name);
    },
    text(raw, cdata) {
      if (depth > 0 && runs) runs.text(raw, cdata);
    },
  });
  return {
    push: (chunk) => tokenizer.push(chunk),
    end() {
      tokenizer.end();
      return strings;
    },
  };
}

/** Number formats that Excel shows as dates or times (ECMA-376 §18.8.30 built-ins and CJK date ids). */
const BUILT_IN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58,
]);

/**
 * Whether a number format code shows a date: a d, m, y, h or s outside quoted text, escapes and
 * [colour]/[$-locale] brackets.
 * @example isDateFormatCode("dd/mm/yyyy") && !isDateFormatCode('#,##0 "đồng"')
 */
export function isDateFormatCode(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "");
  return /[dmyhs]/i.test(bare) && !/^general$/i.test(bare.trim());
}

/** Calls `onOpen` for each start tag of a whole part with its local name (prefixes ignored), and `onClose` for end tags. */
function scanElements(xml: string, onOpen: (local: string, tag: string, selfClosing: boolean) => void, onClose?: (local: string) => void): void {
  const t = xmlTokenizer({
    open: (name, tag, selfClosing) => onOpen(localName(name), tag, selfClosing),
    close: (name) => onClose?.(localName(name)),
    text: () => undefined,
  });
  t.push(xml);
  t.end();
}

/**
 * For each cell style index (`s` attribute), whether it formats numbers as dates.
 * @example dateStyles(stylesXml)[1] === true // cellXfs[1] uses numFmtId 164 "dd/mm/yyyy"
 */
export function dateStyles(stylesXml: string): boolean[] {
  const custom = new Map<number, string>();
  const ids: number[] = [];
  let inCellXfs = false;
  scanElements(
    stylesXml,
    (local, tag, selfClosing) => {
      if (local === "numFmt") {
        const id = Number(attr(tag, "numFmtId"));
        const code = attr(tag, "formatCode");
        if (Number.isFinite(id) && code !== undefined) custom.set(id, code);
      } else if (local === "cellXfs") inCellXfs = !selfClosing;
      else if (local === "xf" && inCellXfs) ids.push(Number(attr(tag, "numFmtId") ?? "0"));
    },
    (local) => {
      if (local === "cellXfs") inCellXfs = false;
    },
  );
  return ids.map((id) => {
    const code = custom.get(id);
    return code !== undefined ? isDateFormatCode(code) : BUILT_IN_DATE_FORMATS.has(id);
  });
}

const relationshipTypes = {
  officeDocument: "/officeDocument",
  sharedStrings: "/sharedStrings",
  styles: "/styles",
  worksheet: "/worksheet",
} as const;

/** One relationship of a part, its target resolved to a part name. */
export interface PartRelationship {
  readonly id: string;
  readonly type: string;
  readonly part: string;
  readonly external: boolean;
}

/**
 * Resolves a relationship target against its source part (OPC, ECMA-376 Part 2 §9.3): "../tables/table1.xml"
 * from "xl/worksheets/sheet1.xml" is "xl/tables/table1.xml"; "/xl/a.xml" is absolute.
 * @example resolvePartName("xl/workbook.xml", "worksheets/sheet1.xml") === "xl/worksheets/sheet1.xml"
 */
export function resolvePartName(source: string, target: string): string {
  let raw = target;
  try {
    raw = decodeURI(target);
  } catch {
    // a malformed escape stays as written
  }
  const segments = raw.startsWith("/") ? [] : source.split("/").slice(0, -1);
  for (const s of raw.replace(/^\//, "").split("/")) {
    if (s === "..") segments.pop();
    else if (s !== "." && s !== "") segments.push(s);
  }
  return segments.join("/");
}

/** The relationships part of a part ("xl/_rels/workbook.xml.rels" for "xl/workbook.xml"; "_rels/.rels" for the package, ""). */
export function relationshipsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** The relationships in a .rels part of `source` ("" for the package), by element local name. */
export function partRelationships(relsXml: string, source: string): PartRelationship[] {
  const out: PartRelationship[] = [];
  scanElements(relsXml, (local, tag) => {
    if (local !== "Relationship") return;
    const id = attr(tag, "Id");
    const target = attr(tag, "Target");
    if (id === undefined || target === undefined) return;
    const external = attr(tag, "TargetMode") === "External";
    out.push({ id, type: attr(tag, "Type") ?? "", part: external ? target : resolvePartName(source, target), external });
  });
  return out;
}

/** The first internal relationship whose type ends with `suffix` ("/styles"): producers differ on the URI's host (strict, transitional). */
export function relatedPart(rels: readonly PartRelationship[], suffix: string): string | undefined {
  return rels.find((r) => !r.external && r.type.endsWith(suffix))?.part;
}

/** The workbook part the package relationships name ("xl/workbook.xml" in practice), from `_rels/.rels`. */
export function mainWorkbookPart(packageRelsXml: string): string | undefined {
  return relatedPart(partRelationships(packageRelsXml, ""), relationshipTypes.officeDocument);
}

/** The workbook's styles and shared-strings parts, found through its relationships (never by a fixed path). */
export function workbookParts(relsXml: string, workbookPart = "xl/workbook.xml"): { styles?: string; sharedStrings?: string } {
  const rels = partRelationships(relsXml, workbookPart);
  return { styles: relatedPart(rels, relationshipTypes.styles), sharedStrings: relatedPart(rels, relationshipTypes.sharedStrings) };
}

/**
 * The workbook's worksheets in tab order with their parts, and whether it counts dates from 1904.
 * @example workbookSheets(workbookXml, relsXml).sheets[0] // { name: "Hồ sơ", part: "xl/worksheets/sheet1.xml" }
 */
export function workbookSheets(workbookXml: string, relsXml: string, workbookPart = "xl/workbook.xml"): { sheets: XlsxSheetRef[]; date1904: boolean } {
  const targets = new Map(partRelationships(relsXml, workbookPart).map((r) => [r.id, r] as const));
  const sheets: XlsxSheetRef[] = [];
  let date1904 = false;
  scanElements(workbookXml, (local, tag) => {
    if (local === "workbookPr") {
      const flag = attr(tag, "date1904");
      date1904 = flag === "1" || flag === "true";
      return;
    }
    if (local !== "sheet") return;
    const name = attr(tag, "name");
    // The relationship id is "r:id" with whatever prefix the relationships namespace has.
    const rid = [...rawAttributes(tag)].find(([n]) => n.endsWith(":id"))?.[1];
    const rel = rid === undefined ? undefined : targets.get(unescapeXml(rid));
    // Worksheets only: a chart sheet or a dialog sheet holds no cells (exceljs leaves them out too).
    if (name === undefined || rel === undefined || rel.external || !rel.type.endsWith(relationshipTypes.worksheet)) return;
    sheets.push({ name, part: rel.part });
  });
  return { sheets, date1904 };
}

/** The 0-based column of a cell reference's letters ("B12" → 1), or -1 when it has none or is past XFD. */
function columnOfRef(ref: string): number {
  let n = 0;
  let i = 0;
  for (; i < ref.length && i < 4; i++) {
    const code = ref.charCodeAt(i);
    if (code < 65 || code > 90) break;
    n = n * 26 + (code - 64);
  }
  if (i === 0 || n > excelMaxColumns) return -1;
  return n - 1;
}

/**
 * ISO date of an Excel serial day number (1900 or 1904 system), as exceljs converts it.
 * @example excelSerialToIso(45338, false) === "2024-02-16"
 */
export function excelSerialToIso(serial: number, date1904: boolean): string {
  const ms = Math.round((serial + (date1904 ? 1462 : 0) - 25569) * 86400000);
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) return String(serial);
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}-${String(d.getUTCDate()).padStart(2, "0")}`;
}

const isDigit = (ch: number) => ch >= 48 && ch <= 57;

/**
 * The character code at `k`, 0 past the end: every read stays inside the text, as charCodeAt past
 * the end (NaN) would make V8 compile the scans for floating-point numbers, several times slower.
 */
const codeAt = (text: string, n: number, k: number) => (k < n ? text.charCodeAt(k) : 0);

/** The whole number written by the digits from `from` to `to` (at most 15), or -1 when anything else is there. */
function wholeNumber(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const ch = text.charCodeAt(i);
    if (ch < 48 || ch > 57) return -1;
    n = n * 10 + (ch - 48);
  }
  return n;
}

/** What the sheet parser needs to turn cells into text. */
export interface SheetContext {
  readonly sharedStrings: readonly string[];
  readonly dateStyles: readonly boolean[];
  readonly date1904: boolean;
}

/**
 * Exports repeat the same few hundred dates: each serial is converted once, one table per date
 * system (a single table keyed by sign mixed a negative 1900 serial with a 1904 one).
 */
const isoBySerial = { 1900: new Map<number, string>(), 1904: new Map<number, string>() };
function serialToIsoCached(serial: number, date1904: boolean): string {
  const table = isoBySerial[date1904 ? 1904 : 1900];
  let iso = table.get(serial);
  if (iso === undefined) {
    if (table.size > 100_000) table.clear();
    iso = excelSerialToIso(serial, date1904);
    table.set(serial, iso);
  }
  return iso;
}

/** A cell's text from its type, style and raw value (`v` text, entities decoded). */
function cellText(type: string | undefined, style: number | undefined, v: string, ctx: SheetContext): string {
  switch (type) {
    case "s": {
      const i = Number(v);
      return Number.isInteger(i) ? (ctx.sharedStrings[i] ?? "") : "";
    }
    case "str":
    case "e":
    case "inlineStr":
      return v;
    case "b":
      return v.trim() === "1" || v.trim() === "true" ? "TRUE" : "FALSE";
    case "d":
      return v.slice(0, 10);
    default: {
      if (v === "") return "";
      const n = Number(v);
      if (!Number.isFinite(n)) return v;
      return style !== undefined && ctx.dateStyles[style] ? serialToIsoCached(n, ctx.date1904) : String(n);
    }
  }
}

/** What reading a sheet left out: cells outside Excel's grid (or past the reader's columns), and the first of them. */
export interface SheetReadSummary {
  readonly skippedCells: number;
  readonly firstSkipped: string | null;
}

/** A chunked sheet reader that can be stopped once the caller knows enough. */
export interface SheetRowsParser extends ChunkParser<SheetReadSummary> {
  stop(): void;
}

/**
 * A sheet's rows from its XML, fed in chunks: `onRow(rowNumber, cells)` is called for each row
 * with a cell (1-based row number; `cells[0]` is column A; empty cells are ""). Elements are
 * matched in SpreadsheetML's namespace whatever its prefix; attributes in either quote; comments,
 * CDATA and processing instructions read as XML reads them. Rows past Excel's 1,048,576 and cells
 * past column XFD (or past `maxColumns`) are skipped and counted, never padded to: a row's cells
 * are as wide as its last kept cell, and a row number's gap is just a gap.
 * @example
 * const p = sheetRowsParser(ctx, (r, cells) => console.log(r, cells));
 * p.push('<sheetData><row r="2"><c r="B2" t="inlineStr"><is><t>Dược</t></is></c></row>'); p.end() // 2 ["", "Dược"]
 */
export function sheetRowsParser(
  ctx: SheetContext,
  onRow: (rowNumber: number, cells: string[]) => void,
  options: { maxColumns?: number } = {},
): SheetRowsParser {
  return sheetCellsParser(
    ctx,
    (rowNumber, columns, values) => {
      const cells: string[] = [];
      for (let i = 0; i < columns.length; i++) {
        const c = columns[i];
        while (cells.length < c) cells.push("");
        cells[c] = values[i];
      }
      if (cells.length > 0) onRow(rowNumber, cells);
    },
    options,
  );
}

/**
 * A sheet's cells from its XML, fed in chunks, row by row and sparse: `onRow(rowNumber, columns,
 * values)` gives each row's cells that hold text (0-based columns, in document order; a cell
 * written twice appears twice, the later wins). Nothing is padded, so a cell at XFD costs what a
 * cell at A costs. With `onMerge`, the reader goes on past the cells to the merged areas and
 * gives each `ref` as written ("A1:C2"). Same rules as `sheetRowsParser` otherwise.
 */
export function sheetCellsParser(
  ctx: SheetContext,
  onRow: (rowNumber: number, columns: number[], values: string[]) => void,
  options: { maxColumns?: number; onMerge?: (ref: string) => void } = {},
): SheetRowsParser {
  const maxColumns = Math.min(options.maxColumns ?? excelMaxColumns, excelMaxColumns);
  const onMerge = options.onMerge;
  let p: string | undefined;
  let names = { sheetData: "", row: "", c: "", v: "", is: "", f: "", mergeCell: "", mergeCells: "" };
  let inData = false;
  let dataDone = false;
  let lastRow = 0;
  let rowNumber = 0;
  let skipRow = false;
  let rowOpen = false;
  let columns: number[] = [];
  let values: string[] = [];
  let next = 0;
  // The open cell: its column, type and style; its value's text pieces.
  let col = -1;
  let type: string | undefined;
  let style: number | undefined;
  let inV = false;
  let inIs = false;
  let vParts: string[] = [];
  let runs: RunCollector | null = null;
  let inIsValue: string | undefined;
  let skippedCells = 0;
  let firstSkipped: string | null = null;
  const skip = (where: string) => {
    skippedCells++;
    firstSkipped ??= where.slice(0, 24);
  };
  const finishCell = () => {
    if (col < 0 || !rowOpen) return;
    const raw = inIsValue ?? (vParts.length === 0 ? "" : unescapeXml(vParts.length === 1 ? vParts[0] : vParts.join("")));
    const value = inIsValue !== undefined ? raw : vParts.length === 0 && type !== "inlineStr" ? "" : cellText(type, style, raw, ctx);
    if (value !== "") {
      columns.push(col);
      values.push(value);
    }
    next = col + 1;
    col = -1;
  };
  const startRow = (n: number, selfClosing: boolean) => {
    rowNumber = n;
    lastRow = n;
    skipRow = n < 1 || n > excelMaxRows;
    rowOpen = !selfClosing && !skipRow;
    columns = [];
    values = [];
    next = 0;
  };
  const endRow = () => {
    if (rowOpen && columns.length > 0) onRow(rowNumber, columns, values);
    rowOpen = false;
  };
  const setPrefix = (prefix: string) => {
    p = prefix;
    names = {
      sheetData: `${p}sheetData`,
      row: `${p}row`,
      c: `${p}c`,
      v: `${p}v`,
      is: `${p}is`,
      f: `${p}f`,
      mergeCell: `${p}mergeCell`,
      mergeCells: `${p}mergeCells`,
    };
  };
  /**
   * A cell's start tag: its column (from r, else the next one), type and style, read in one pass
   * over the attributes from offset `from` (either quote). False when its column is out of
   * range (skipped and counted).
   */
  const startCell = (tag: string, from: number): boolean => {
    let ref: string | undefined;
    type = undefined;
    style = undefined;
    for (let i = from; i < tag.length;) {
      const eq = tag.indexOf("=", i);
      if (eq < 0) break;
      let q = eq + 1;
      while (q < tag.length && tag.charCodeAt(q) !== 34 && tag.charCodeAt(q) !== 39) q++;
      const close = tag.indexOf(tag[q], q + 1);
      if (q >= tag.length || close < 0) break;
      const attrName = tag.slice(i, eq).trim();
      if (attrName === "r") ref = tag.slice(q + 1, close);
      else if (attrName === "t") type = unescapeXml(tag.slice(q + 1, close));
      else if (attrName === "s") style = Number(tag.slice(q + 1, close));
      i = close + 1;
    }
    const c = ref === undefined ? next : columnOfRef(ref);
    vParts = [];
    inIsValue = undefined;
    if (c < 0 || c >= maxColumns) {
      skip(ref ?? `${rowNumber}`);
      col = -1;
      return false;
    }
    col = c;
    return true;
  };
  /**
   * The common cell, read whole without tokens (most of a large sheet's time): `<c …/>` or
   * `<c …><v>text</v></c>` with plain attributes (XML forbids "<" in a value, so either quote is
   * matched exactly) and a value with no entity, CDATA or comment. Anything else (a formula,
   * an inline string, spaces inside the tags, a cell cut by the chunk's end) is left to the tokens.
   * Consecutive common cells are read in one call.
   */
  let anyCell: { prefix: string; pattern: RegExp; open: string; value: string; end: string; row: string; rowEnd: string } | null = null;
  const element = (text: string, at: number): number => {
    if (!inData || col >= 0 || p === undefined) return -1;
    if (anyCell?.prefix !== p) {
      const x = escapeRegExp(p);
      anyCell = {
        prefix: p,
        pattern: new RegExp(`<${x}c(${plainAttributes})\\s*(?:/>|>(?:<${x}v>([^<&]*)</${x}v>)?</${x}c>)`, "y"),
        open: `<${p}c r="`,
        value: `><${p}v>`,
        end: `</${p}v></${p}c>`,
        row: `<${p}row r="`,
        rowEnd: `</${p}row>`,
      };
    }
    // Rows and their usual cells one after another, as long as they come without anything else
    // between them (a space, a formula, an inline string): a sheet of a million rows is then read
    // in one call per chunk instead of one per element.
    let pos = at;
    for (;;) {
      if (!rowOpen) {
        const end = usualRowStart(text, pos, anyCell.row);
        if (end < 0) break;
        pos = end;
        continue;
      }
      const end = usualCell(text, pos, anyCell);
      if (end > 0) {
        pos = end;
        continue;
      }
      if (!text.startsWith(anyCell.rowEnd, pos)) break;
      endRow();
      pos += anyCell.rowEnd.length;
      if (tokenizer.stopped) return pos;
    }
    if (pos > at) return pos;
    if (!rowOpen) return -1;
    const { pattern } = anyCell;
    pattern.lastIndex = at;
    const m = pattern.exec(text);
    if (m === null) return -1;
    if (startCell(m[1], 0)) {
      if (m[2]) vParts.push(m[2]);
      finishCell();
    }
    return pattern.lastIndex;
  };
  /**
   * As Excel, LibreOffice and exceljs write nearly every cell: `r`, then `s`, then `t` (lower-case
   * letters), in double quotes, then "/>" or a `<v>` with no "<" or "&" inside. Read character by
   * character without making strings (a shared string's index, a date's serial and a whole
   * number are read from the digits), which keeps a million-row sheet's garbage small. Returns the
   * offset after the cell, or -1 (nothing read) for any other shape.
   */
  /**
   * A row's start tag as Excel writes it: `r` first, in double quotes, then attributes in double
   * quotes ("spans", "ht", …) with no ">" or quote inside; read without tokens and started as the
   * tokens would start it. Returns the offset after the tag, or -1 for any other shape.
   */
  const usualRowStart = (text: string, at: number, rowTag: string): number => {
    if (!text.startsWith(rowTag, at)) return -1;
    const n = text.length;
    const from = at + rowTag.length;
    let i = from;
    let number = 0;
    for (; i < n && i - from < 11; i++) {
      const ch = text.charCodeAt(i);
      if (ch < 48 || ch > 57) break;
      number = number * 10 + (ch - 48);
    }
    if (i === from || i - from > 10 || i >= n || text.charCodeAt(i) !== 34) return -1;
    let quoted = false;
    for (i++; i < n; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 34) quoted = !quoted;
      else if (ch === 62 && !quoted) break;
      else if (ch === 62 || ch === 60 || ch === 39) return -1; // ">" in a value, "<", single quotes: the tokens read it
    }
    if (i >= n) return -1;
    startRow(number, text.charCodeAt(i - 1) === 47);
    return i + 1;
  };
  const usualCell = (text: string, at: number, tags: { open: string; value: string; end: string }): number => {
    if (!text.startsWith(tags.open, at)) return -1;
    const n = text.length;
    const refStart = at + tags.open.length;
    let i = refStart;
    let c = 0;
    for (; i - refStart < 4; i++) {
      const ch = codeAt(text, n, i);
      if (ch < 65 || ch > 90) break;
      c = c * 26 + (ch - 64);
    }
    const letters = i - refStart;
    if (letters === 0 || letters > 3) return -1;
    const digitsStart = i;
    while (i - digitsStart < 8 && isDigit(codeAt(text, n, i))) i++;
    if (i === digitsStart || i - digitsStart > 7 || codeAt(text, n, i) !== 34) return -1;
    const refEnd = i;
    i++;
    let cellStyle: number | undefined;
    if (text.startsWith(' s="', i)) {
      i += 4;
      const from = i;
      let number = 0;
      while (i - from < 10 && isDigit(codeAt(text, n, i))) number = number * 10 + (codeAt(text, n, i++) - 48);
      if (i === from || i - from > 9 || codeAt(text, n, i) !== 34) return -1;
      cellStyle = number;
      i++;
    }
    let cellType: string | undefined;
    if (text.startsWith(' t="', i)) {
      i += 4;
      const from = i;
      while (i - from < 10) {
        const ch = codeAt(text, n, i);
        if (ch < 97 || ch > 122) break;
        i++;
      }
      if (i === from || i - from > 9 || codeAt(text, n, i) !== 34) return -1;
      cellType = i - from === 1 && codeAt(text, n, from) === 115 ? "s" : text.slice(from, i);
      i++;
    }
    let valueStart = -1;
    let valueEnd = -1;
    if (codeAt(text, n, i) === 47 && codeAt(text, n, i + 1) === 62) i += 2;
    else {
      if (!text.startsWith(tags.value, i)) return -1;
      valueStart = i + tags.value.length;
      valueEnd = valueStart;
      for (;;) {
        const ch = codeAt(text, n, valueEnd);
        if (ch === 60) break;
        if (ch === 38 || ch === 0) return -1;
        valueEnd++;
      }
      if (!text.startsWith(tags.end, valueEnd)) return -1;
      i = valueEnd + tags.end.length;
    }
    // What finishCell does for this shape, without the cell's state: the value holds no entity.
    const column = c - 1;
    if (column >= maxColumns) {
      skip(text.slice(refStart, refEnd));
      return i;
    }
    if (valueEnd > valueStart) {
      const value = usualValue(text, valueStart, valueEnd, cellType, cellStyle);
      if (value !== "") {
        columns.push(column);
        values.push(value);
      }
    }
    next = column + 1;
    return i;
  };
  /** A usual cell's text, as `cellText` gives it; a shared string's index, a date serial or a whole number read from its digits. */
  const usualValue = (text: string, from: number, to: number, cellType: string | undefined, cellStyle: number | undefined): string => {
    const digits = to - from <= 15 ? wholeNumber(text, from, to) : -1;
    if (digits >= 0) {
      if (cellType === "s") return ctx.sharedStrings[digits] ?? "";
      if (cellType === undefined || cellType === "n") {
        if (cellStyle !== undefined && ctx.dateStyles[cellStyle]) return serialToIsoCached(digits, ctx.date1904);
        // A whole number without a leading zero is written as JavaScript writes it.
        if (text.charCodeAt(from) !== 48 || to - from === 1) return text.slice(from, to);
      }
    }
    return cellText(cellType, cellStyle, text.slice(from, to), ctx);
  };
  const tokenizer = xmlTokenizer({
    element,
    open(name, tag, selfClosing) {
      if (p === undefined) {
        setPrefix(spreadsheetPrefix(tag) ?? prefixOfName(name));
        if (name !== names.sheetData) return;
      } else if (!inData) {
        const bound = spreadsheetPrefix(tag);
        if (bound !== undefined && bound !== p) setPrefix(bound);
      }
      if (!inData) {
        if (dataDone) {
          if (name === names.mergeCell && onMerge) {
            const ref = attr(tag, "ref");
            if (ref !== undefined) onMerge(ref);
          }
          return;
        }
        if (name === names.sheetData) {
          inData = !selfClosing;
          if (selfClosing) endOfData();
        }
        return;
      }
      if (name === names.c) {
        if (skipRow) {
          // A cell of a row past Excel's last: counted and named, never read.
          const ref = rawAttribute(tag, "r");
          skip(ref ?? `A${rowNumber}`);
          return;
        }
        if (!rowOpen) return;
        if (startCell(tag, name.length + 1) && selfClosing) finishCell();
        return;
      }
      if (col >= 0) {
        if (name === names.v && !selfClosing) inV = true;
        else if (name === names.is) {
          if (selfClosing) inIsValue = "";
          else {
            inIs = true;
            runs = runs ?? new RunCollector(p ?? "");
            runs.reset();
          }
        } else if (inIs && runs) runs.open(name, selfClosing);
        return;
      }
      if (name === names.row) {
        const r = rawAttribute(tag, "r");
        startRow(r !== undefined && /^\s*\d{1,10}\s*$/.test(r) ? Number(r) : lastRow + 1, selfClosing);
      }
    },
    close(name) {
      if (!inData) {
        if (dataDone && name === names.mergeCells) tokenizer.stop();
        return;
      }
      if (col >= 0) {
        if (name === names.v) inV = false;
        else if (inIs && name === names.is) {
          inIs = false;
          inIsValue = runs ? runs.value() : "";
        } else if (inIs && runs) runs.close(name);
        else if (name === names.c) finishCell();
        return;
      }
      if (name === names.row) endRow();
      else if (name === names.sheetData) {
        inData = false;
        endOfData();
      }
    },
    text(raw, cdata) {
      if (col < 0) return;
      if (inV) vParts.push(cdata ? escapeCdata(raw) : raw);
      else if (inIs && runs) runs.text(raw, cdata);
    },
  });
  /** After the cells: stop, unless the merged areas (which follow them) are wanted. */
  function endOfData(): void {
    dataDone = true;
    if (!onMerge) tokenizer.stop();
  }
  return {
    push: (chunk) => tokenizer.push(chunk),
    end() {
      tokenizer.end();
      return { skippedCells, firstSkipped };
    },
    stop: () => tokenizer.stop(),
  };
}
