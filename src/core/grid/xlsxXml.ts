/**
 * Reading SpreadsheetML (the XML inside an .xlsx) incrementally: shared strings, which cell
 * styles are dates, the workbook's sheets, and a sheet's rows as they arrive in chunks of text.
 * The cell text is what `worksheetToGrid` gives for the same file (shared, inline and formula
 * strings as written; numbers in JavaScript's plain form; date-formatted numbers as ISO
 * "YYYY-MM-DD"; booleans TRUE/FALSE), so the streaming and the whole-workbook readers agree.
 * Format: ECMA-376 Part 1, §18.3 (sheet), §18.4 (shared strings), §18.8 (styles).
 */

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
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag) ?? new RegExp(`\\s${name}='([^']*)'`).exec(tag);
  return m ? unescapeXml(m[1]) : undefined;
}

/** The text of a string item (`<si>` or `<is>`): its `<t>` runs joined, phonetic runs (`<rPh>`) left out. */
function runText(xml: string): string {
  const plain = xml.indexOf("<rPh") < 0 ? xml : xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "");
  let out = "";
  const re = /<t(?:\s[^>]*)?>([\s\S]*?)<\/t>|<t(?:\s[^>]*)?\/>/g;
  for (let m = re.exec(plain); m; m = re.exec(plain)) out += m[1] === undefined ? "" : unescapeXml(m[1]);
  return out;
}

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
  let buf = "";
  const drain = () => {
    let from = 0;
    for (;;) {
      const open = buf.indexOf("<si", from);
      if (open < 0) break;
      const gt = buf.indexOf(">", open);
      if (gt < 0) break;
      if (buf[gt - 1] === "/") {
        strings.push("");
        from = gt + 1;
        continue;
      }
      const close = buf.indexOf("</si>", gt);
      if (close < 0) break;
      strings.push(runText(buf.slice(gt + 1, close)));
      from = close + 5;
    }
    buf = buf.slice(from);
  };
  return {
    push(chunk) {
      buf += chunk;
      drain();
    },
    end() {
      drain();
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

/**
 * For each cell style index (`s` attribute), whether it formats numbers as dates.
 * @example dateStyles(stylesXml)[1] === true // cellXfs[1] uses numFmtId 164 "dd/mm/yyyy"
 */
export function dateStyles(stylesXml: string): boolean[] {
  const custom = new Map<number, string>();
  for (const m of stylesXml.matchAll(/<numFmt\b[^>]*>/g)) {
    const id = Number(attr(m[0], "numFmtId"));
    const code = attr(m[0], "formatCode");
    if (Number.isFinite(id) && code !== undefined) custom.set(id, code);
  }
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(stylesXml)?.[1] ?? "";
  const out: boolean[] = [];
  for (const m of xfs.matchAll(/<xf\b[^>]*>/g)) {
    const id = Number(attr(m[0], "numFmtId") ?? "0");
    const code = custom.get(id);
    out.push(code !== undefined ? isDateFormatCode(code) : BUILT_IN_DATE_FORMATS.has(id));
  }
  return out;
}

/**
 * The workbook's sheets in tab order with their parts, and whether it counts dates from 1904.
 * @example workbookSheets(workbookXml, relsXml).sheets[0] // { name: "Hồ sơ", part: "xl/worksheets/sheet1.xml" }
 */
export function workbookSheets(workbookXml: string, relsXml: string): { sheets: XlsxSheetRef[]; date1904: boolean } {
  const targets = new Map<string, string>();
  for (const m of relsXml.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attr(m[0], "Id");
    const target = attr(m[0], "Target");
    if (id && target) targets.set(id, target);
  }
  const sheets: XlsxSheetRef[] = [];
  for (const m of workbookXml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = attr(m[0], "name");
    const rid = attr(m[0], "r:id") ?? /\s[\w]+:id="([^"]*)"/.exec(m[0])?.[1];
    const target = rid ? targets.get(rid) : undefined;
    if (name === undefined || target === undefined) continue;
    const part = target.startsWith("/") ? target.slice(1) : `xl/${target}`.replace(/\/\.\//g, "/");
    sheets.push({ name, part });
  }
  const pr = /<workbookPr\b[^>]*>/.exec(workbookXml)?.[0] ?? "";
  const flag = attr(pr, "date1904");
  return { sheets, date1904: flag === "1" || flag === "true" };
}

/** Converts 1-based column letters to a 0-based index ("A" → 0, "AA" → 26). */
function columnIndex(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code < 65 || code > 90) break;
    n = n * 26 + (code - 64);
  }
  return n - 1;
}

/**
 * ISO date of an Excel serial day number (1900 or 1904 system), as exceljs converts it.
 * @example excelSerialToIso(45338, false) === "2024-02-15"
 */
export function excelSerialToIso(serial: number, date1904: boolean): string {
  const ms = Math.round((serial + (date1904 ? 1462 : 0) - 25569) * 86400000);
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) return String(serial);
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}-${String(d.getUTCDate()).padStart(2, "0")}`;
}

/** What the sheet parser needs to turn cells into text. */
export interface SheetContext {
  readonly sharedStrings: readonly string[];
  readonly dateStyles: readonly boolean[];
  readonly date1904: boolean;
}

function cellValue(attrs: string, inner: string | undefined, ctx: SheetContext, prefix: string): string {
  if (inner === undefined) return "";
  if (prefix !== "") inner = inner.split(`<${prefix}`).join("<").split(`</${prefix}`).join("</");
  const type = / t="([^"]*)"/.exec(attrs)?.[1] ?? "n";
  if (type === "inlineStr") {
    const is = /<is>([\s\S]*?)<\/is>/.exec(inner);
    return is ? runText(is[1]) : "";
  }
  const v = /<v(?:\s[^>]*)?>([\s\S]*?)<\/v>/.exec(inner)?.[1];
  if (v === undefined) return "";
  switch (type) {
    case "s":
      return ctx.sharedStrings[Number(v)] ?? "";
    case "str":
    case "e":
      return unescapeXml(v);
    case "b":
      return v === "1" || v === "true" ? "TRUE" : "FALSE";
    case "d":
      return unescapeXml(v).slice(0, 10);
    default: {
      const n = Number(v);
      if (!Number.isFinite(n)) return unescapeXml(v);
      const s = / s="(\d+)"/.exec(attrs)?.[1];
      return s !== undefined && ctx.dateStyles[Number(s)] ? excelSerialToIso(n, ctx.date1904) : String(n);
    }
  }
}

/**
 * A sheet's rows from its XML, fed in chunks: `onRow(rowNumber, cells)` is called for each row
 * with a cell (1-based row number; `cells[0]` is column A; empty cells are "").
 * @example
 * const p = sheetRowsParser(ctx, (r, cells) => console.log(r, cells));
 * p.push('<sheetData><row r="2"><c r="B2" t="inlineStr"><is><t>Dược</t></is></c></row>'); p.end() // 2 ["", "Dược"]
 */
export function sheetRowsParser(ctx: SheetContext, onRow: (rowNumber: number, cells: string[]) => void): ChunkParser<void> {
  let buf = "";
  let lastRow = 0;
  let state: "before" | "in" | "after" = "before";
  let prefix = "";
  let rowOpen = "<row";
  let rowClose = "</row>";
  let dataClose = "</sheetData>";
  let cellRe = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
  const emitRow = (rowXml: string) => {
    const gt = rowXml.indexOf(">");
    const open = rowXml.slice(0, gt + 1);
    const r = attr(open, "r");
    const rowNumber = r !== undefined && /^\d+$/.test(r) ? Number(r) : lastRow + 1;
    lastRow = rowNumber;
    if (open.endsWith("/>")) return;
    const cells: string[] = [];
    let next = 0;
    const body = rowXml.slice(gt + 1);
    cellRe.lastIndex = 0;
    for (let m = cellRe.exec(body); m; m = cellRe.exec(body)) {
      const ref = / r="([A-Z]+)\d*"/.exec(m[1])?.[1];
      const c = ref ? columnIndex(ref) : next;
      if (c < 0 || c > 16383) continue;
      while (cells.length < c) cells.push("");
      cells[c] = cellValue(m[1], m[2], ctx, prefix);
      next = c + 1;
    }
    if (cells.length > 0) onRow(rowNumber, cells);
  };
  /** Index of the next row start tag (not `<rowBreaks`) from `from`, or -1. */
  const nextRow = (from: number) => {
    for (let i = buf.indexOf(rowOpen, from); i >= 0; i = buf.indexOf(rowOpen, i + 1)) {
      const after = buf[i + rowOpen.length];
      if (after === undefined) return -1;
      if (after === ">" || after === "/" || after === " " || after === "\t" || after === "\n" || after === "\r") return i;
    }
    return -1;
  };
  const drain = (final: boolean) => {
    if (state === "before") {
      const m = /<(\w+:)?sheetData\b/.exec(buf);
      if (!m) {
        if (!final) buf = buf.slice(Math.max(0, buf.length - 64));
        return;
      }
      prefix = m[1] ?? "";
      rowOpen = `<${prefix}row`;
      rowClose = `</${prefix}row>`;
      dataClose = `</${prefix}sheetData>`;
      cellRe = new RegExp(`<${prefix}c\\b([^>]*?)(?:\\/>|>([\\s\\S]*?)<\\/${prefix}c>)`, "g");
      state = "in";
      buf = buf.slice(m.index);
    }
    if (state === "after") {
      buf = "";
      return;
    }
    let from = 0;
    const end = buf.indexOf(dataClose);
    for (;;) {
      const open = nextRow(from);
      if (end >= 0 && (open < 0 || end < open)) {
        state = "after";
        from = buf.length;
        break;
      }
      if (open < 0) break;
      const gt = buf.indexOf(">", open);
      if (gt < 0) break;
      if (buf[gt - 1] === "/") {
        emitRow(buf.slice(open, gt + 1));
        from = gt + 1;
        continue;
      }
      const close = buf.indexOf(rowClose, gt);
      if (close < 0) break;
      emitRow(buf.slice(open, close));
      from = close + rowClose.length;
    }
    buf = buf.slice(from);
  };
  return {
    push(chunk) {
      buf += chunk;
      drain(false);
    },
    end() {
      drain(true);
    },
  };
}
