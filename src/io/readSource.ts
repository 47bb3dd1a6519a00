import { termText, type ParamsOf } from "../core/messages/catalogue";
import { PackageError, XlsxPackage } from "../adapters/xlsxPackage/package";
import { docxContentFromXml, docxLinesFromXml } from "../core/grid/docx";
import { withXmlSafeText } from "../core/grid/xmlChars";
import type { Grid } from "../core/grid/grid";
import type { Finding } from "../core/findings/finding";
import { containsHtmlTable, htmlContent } from "../core/grid/html";
import { csvToGrid, tsvToGrid } from "../core/grid/tsv";
import { convertLegacyDocument, withConversionFindings } from "../core/text/legacyContent";
import { legacyToUnicode, vietnameseWordRatio } from "../core/text/legacyEncoding";
import { contentKind } from "./inspectFile";
import { bytesSource, checkInflatedSizes, entriesByName, entryText, inflateLimits, zipEntries, ZipFormatError, ZipLimitError } from "./zip";
import { readXlsxGrids, SheetTooLargeError } from "./xlsxWorkbook";

/** The grids of an input file and the prose around them (for the plan year). */
export interface SourceContent {
  readonly grids: Grid[];
  readonly contextTexts: string[];
  /** The document's text lines in reading order (.docx and text files), for reading a decree-format document such as last year's report. */
  readonly lines?: string[];
  /** What reading the file found worth saying: text converted from TCVN3, VNI or Windows-1258; merges wider than the table. */
  readonly findings?: readonly Finding[];
}

export type SourceKind = "xlsx" | "docx" | "html" | "tsv" | "csv";

type SourceErrorCode =
  | "file_type_unsupported"
  | "sheet_not_found"
  | "file_unreadable"
  | "file_corrupt"
  | "file_encoding"
  | "file_kind_mismatch"
  | "file_too_large"
  | "text_too_large"
  | "file_empty"
  | "sheet_too_large"
  | "workbook_unusable";

/** Input problems the caller turns into catalogue messages (`toFinding`). */
export class SourceError<C extends SourceErrorCode = SourceErrorCode> extends Error {
  constructor(
    readonly code: C,
    readonly params: ParamsOf<C>,
  ) {
    super(code);
  }

  /** The error as an error finding without a location. */
  toFinding(): Finding {
    return { severity: "error", code: this.code, sheet: null, cell: null, params: this.params } as unknown as Finding;
  }
}

/** The kind of a file from its name. */
export function sourceKind(fileName: string): SourceKind | null {
  const ext = fileName.toLowerCase().replace(/^.*\./, "");
  if (ext === "xlsx" || ext === "xlsm") return "xlsx";
  if (ext === "docx") return "docx";
  if (ext === "html" || ext === "htm") return "html";
  if (ext === "tsv" || ext === "txt" || ext === "tab") return "tsv";
  if (ext === "csv") return "csv";
  return null;
}

/** Base name without folder and extension, used as the sheet name of text sources. */
export function baseName(fileName: string): string {
  return fileName.replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, "");
}

/**
 * Reads a file's bytes (from disk, a file picker or a download) into grids.
 * `sheet` picks one worksheet of an .xlsx file.
 */
export async function readSource(fileName: string, bytes: Uint8Array, options: { sheet?: string } = {}): Promise<SourceContent> {
  // Characters XML does not allow never reach a sheet or a document: removed here, the cell named.
  return withXmlSafeText(await readSourceContent(fileName, bytes, options));
}

async function readSourceContent(fileName: string, bytes: Uint8Array, options: { sheet?: string }): Promise<SourceContent> {
  const kind = sourceKind(fileName);
  const name = baseName(fileName);
  if (!kind) throw new SourceError("file_type_unsupported", { extension: fileName.replace(/^.*\./, ".") });
  // An encrypted or old-format workbook (an OLE file) is told apart by explainUnusableWorkbook below.
  if (kind === "xlsx" || kind === "docx") checkPackage(fileName, bytes, { oleChecked: kind === "xlsx" });
  try {
    switch (kind) {
      case "xlsx": {
        await explainUnusableWorkbook(fileName.replace(/^.*[\\/]/, ""), bytes);
        const read = readXlsxGrids(bytesSource(bytes), { sheet: options.sheet });
        if (!read) throw new SourceError("file_corrupt", { path: fileName.replace(/^.*[\\/]/, ""), kind: ".xlsx" });
        if (options.sheet !== undefined && read.grids.length === 0) {
          throw new SourceError("sheet_not_found", { sheet: options.sheet, available: read.sheetNames.join(", ") });
        }
        return { grids: read.grids, contextTexts: [], ...(read.findings.length ? { findings: read.findings } : {}) };
      }
      case "docx": {
        const source = bytesSource(bytes);
        const entries = entriesByName(zipEntries(source));
        const part = (name: string) => {
          const entry = entries.get(name);
          return entry ? entryText(source, entry) : undefined;
        };
        const xml = part("word/document.xml");
        if (!xml) throw new SourceError("file_unreadable", { path: fileName, reason: termText.reasonDocxWithoutBody });
        const styles = part("word/styles.xml");
        const content = docxContentFromXml(name, xml, styles);
        return { grids: content.tables, contextTexts: content.paragraphs, findings: content.findings, lines: docxLinesFromXml(xml) };
      }
      case "html":
      case "tsv":
      case "csv":
        return readTextDocument(name, bytes, fileName, kind);
    }
  } catch (error) {
    if (error instanceof SourceError) throw error;
    if (error instanceof SheetTooLargeError) {
      throw new SourceError("sheet_too_large", {
        path: fileName.replace(/^.*[\\/]/, ""),
        sheet: error.sheet,
        rows: String(error.rows),
        columns: String(error.columns),
      });
    }
    // Library errors are English and technical; the user learns what is wrong with the file.
    throw new SourceError("file_corrupt", { path: fileName.replace(/^.*[\\/]/, ""), kind: `.${kind}` });
  }
}

/**
 * Before a package is read whole: it must be a zip (a text file renamed .xlsx is named as text,
 * an empty file as empty, not "corrupt"), and no part may inflate beyond what a whole-file reader
 * can hold, nor all parts together (a huge file or a zip bomb is "too large", not "corrupt"): the
 * parts are inflated through the zip layer's counting stream, whatever the directory declares.
 */
export function checkPackage(fileName: string, bytes: Uint8Array, options: { oleChecked?: boolean } = {}): void {
  const path = fileName.replace(/^.*[\\/]/, "");
  const extension = path.includes(".") ? path.replace(/^.*\./, ".").toLowerCase() : "";
  if (bytes.length === 0) throw new SourceError("file_empty", { path, extension });
  const kind = contentKind(bytes);
  // `oleChecked`: the caller's workbook reader tells an encrypted workbook from an old .xls itself.
  if (kind !== "zip" && kind !== "binary" && !(kind === "ole" && options.oleChecked))
    throw new SourceError("file_kind_mismatch", { path, extension, what: kind });
  if (kind !== "zip") return;
  try {
    checkInflatedSizes(bytesSource(bytes));
  } catch (error) {
    if (error instanceof ZipLimitError) throw tooLargeError(path, error);
    // A zip the layer cannot read is left to the reader, which names the problem.
    if (!(error instanceof ZipFormatError)) throw error;
  }
}

/** Bytes as whole megabytes (rounded up), as the size refusals say them. */
const mb = (n: number) => String(Math.ceil(n / (1024 * 1024)));

/** The refusal for a part (or package) that inflates past its cap. */
export function tooLargeError(path: string, error: ZipLimitError): SourceError<"file_too_large"> {
  return new SourceError("file_too_large", { path: path.replace(/^.*[\\/]/, ""), part: error.part || "…", size: mb(error.size), limit: mb(error.limit) });
}

/** The refusal for a text file of `size` bytes, or null when it can be read whole (inflateLimits.textFileBytes). */
export function textTooLargeError(path: string, size: number): SourceError<"text_too_large"> | null {
  if (size <= inflateLimits.textFileBytes) return null;
  return new SourceError("text_too_large", { path: path.replace(/^.*[\\/]/, ""), size: mb(size), limit: mb(inflateLimits.textFileBytes) });
}

/**
 * A workbook the readers cannot open for a known reason (a password, an old .xls, a binary .xlsb,
 * strict OOXML) is named with what to do; other damage stays "file_corrupt".
 */
async function explainUnusableWorkbook(name: string, bytes: Uint8Array): Promise<void> {
  try {
    await XlsxPackage.open(bytes);
  } catch (error) {
    if (error instanceof PackageError && error.problem !== "not_zip" && error.problem !== "not_workbook") {
      throw new SourceError("workbook_unusable", { path: name, problem: error.problem });
    }
  }
}

/**
 * A text file (.html, .tsv/.txt, .csv) into grids. The bytes are UTF-8 or UTF-16 (with or
 * without a byte-order mark); text typed in TCVN3 or VNI (held in a UTF-8 file, or as the bytes
 * of an old "ANSI" file) and Windows-1258 files are converted to Unicode, with an info finding
 * naming the cells. A file whose encoding cannot be told is refused (`file_encoding`).
 */
function readTextDocument(name: string, bytes: Uint8Array, fileName: string, kind: "html" | "tsv" | "csv"): SourceContent {
  const tooLarge = textTooLargeError(fileName, bytes.length);
  if (tooLarge) throw tooLarge;
  const decoded = decodeText(bytes, fileName);
  // Clipboard or Word text sometimes carries a whole HTML table.
  const html = kind === "html" || containsHtmlTable(decoded.text);
  const read = (text: string): SourceContent =>
    html ? htmlContent(name, text) : { grids: [kind === "csv" ? csvToGrid(name, text) : tsvToGrid(name, text)], contextTexts: [], lines: text.split(/\r?\n/) };
  const refuse = () => new SourceError("file_encoding", { path: fileName.replace(/^.*[\\/]/, "") });

  const legacy = convertLegacyDocument(decoded.text, html);
  if (!decoded.eightBit) {
    if (legacy.kind !== "converted") return read(decoded.text);
    return withConversionFindings(read(decoded.text), read(legacy.text), legacy.encoding, legacy.evidence);
  }
  // An old "ANSI" file: TCVN3 or VNI bytes, or Windows-1258. A legacy font named in the HTML
  // decides; else the reading that makes clearly more Vietnamese wins, and with too few words or
  // two readings as good as each other the file is refused rather than guessed.
  if (legacy.kind === "converted" && legacy.evidence === "font") {
    return withConversionFindings(read(decoded.text), read(legacy.text), legacy.encoding, "font");
  }
  const visible = (t: string) => (html ? t.replace(/<[^>]*>/g, " ") : t);
  const words = visible(decoded.text)
    .split(/\s+/)
    .filter((w) => /[\x80-\xff\u0100-\uffff]/.test(w)).length;
  const readings = [
    { encoding: "tcvn3" as const, text: legacyToUnicode(decoded.text, "tcvn3") },
    { encoding: "vni" as const, text: legacyToUnicode(decoded.text, "vni") },
    { encoding: "windows-1258" as const, text: new TextDecoder("windows-1258").decode(bytes).normalize("NFC") },
  ]
    .map((r) => ({ ...r, score: vietnameseWordRatio(visible(r.text)) }))
    .sort((a, b) => b.score - a.score);
  const [best, second] = readings;
  if (words < 3 || best.score < 0.6 || best.score - second.score < 0.2) throw refuse();
  return withConversionFindings(read(decoded.text), read(best.text), best.encoding, "content");
}

/**
 * The text of a file's bytes: UTF-8 (with or without BOM), UTF-16 with a BOM, or UTF-16 without
 * one (Notepad's and Excel's "Unicode Text" never lack it, but other tools do; recognised by its
 * zero bytes). Bytes that are none of these come back read as Windows-1252 (`eightBit`), for the
 * caller to tell TCVN3, VNI and Windows-1258 apart.
 */
export function decodeText(bytes: Uint8Array, fileName = ""): { text: string; eightBit: boolean } {
  void fileName;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), eightBit: false };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), eightBit: false };
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), eightBit: false };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\ufeff/, ""), eightBit: false };
  } catch {
    return { text: new TextDecoder("windows-1252").decode(bytes), eightBit: true };
  }
}

/**
 * UTF-16 without a byte-order mark: text is mostly ASCII (spaces, digits, unaccented letters),
 * whose second byte (little-endian) or first byte (big-endian) is zero, while the other byte of
 * each pair almost never is. UTF-8 and 8-bit text have no zero bytes at all.
 */
function utf16WithoutBom(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(bytes.length, 8192) & ~1;
  if (n < 4) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < n; i++) {
    if (bytes[i] !== 0) continue;
    if (i % 2 === 0) zeroEven++;
    else zeroOdd++;
  }
  const pairs = n / 2;
  if (zeroOdd >= pairs * 0.2 && zeroEven <= pairs * 0.02) return "utf-16le";
  if (zeroEven >= pairs * 0.2 && zeroOdd <= pairs * 0.02) return "utf-16be";
  return null;
}
