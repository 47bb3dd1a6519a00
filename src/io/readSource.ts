import { termText, type ParamsOf } from "../core/messages/catalogue";
import type { Finding } from "../core/findings/finding";
import JSZip from "jszip";
import { readXlsxGrids } from "../adapters/exceljs/readGrid";
import { docxContentFromXml } from "../core/grid/docx";
import type { Grid } from "../core/grid/grid";
import { containsHtmlTable, htmlContent } from "../core/grid/html";
import { tsvToGrid } from "../core/grid/tsv";

/** The grids of an input file and the prose around them (for the plan year). */
export interface SourceContent {
  readonly grids: Grid[];
  readonly contextTexts: string[];
}

export type SourceKind = "xlsx" | "docx" | "html" | "tsv";

type SourceErrorCode = "file_type_unsupported" | "sheet_not_found" | "file_unreadable" | "file_corrupt" | "file_encoding";

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
  const kind = sourceKind(fileName);
  const name = baseName(fileName);
  if (!kind) throw new SourceError("file_type_unsupported", { extension: fileName.replace(/^.*\./, ".") });
  try {
    switch (kind) {
      case "xlsx": {
        const grids = await readXlsxGrids(bytes);
        if (options.sheet === undefined) return { grids, contextTexts: [] };
        const picked = grids.filter((g) => g.sheet === options.sheet);
        if (picked.length === 0) {
          throw new SourceError("sheet_not_found", { sheet: options.sheet, available: grids.map((g) => g.sheet).join(", ") });
        }
        return { grids: picked, contextTexts: [] };
      }
      case "docx": {
        const zip = await JSZip.loadAsync(bytes);
        const xml = await zip.file("word/document.xml")?.async("string");
        if (!xml) throw new SourceError("file_unreadable", { path: fileName, reason: termText.reasonDocxWithoutBody });
        const content = docxContentFromXml(name, xml);
        return { grids: content.tables, contextTexts: content.paragraphs };
      }
      case "html":
        return htmlContent(name, decodeText(bytes, fileName));
      case "tsv": {
        const text = decodeText(bytes, fileName);
        // Clipboard or Word text sometimes carries a whole HTML table.
        if (containsHtmlTable(text)) return htmlContent(name, text);
        return { grids: [tsvToGrid(name, text)], contextTexts: [] };
      }
    }
  } catch (error) {
    if (error instanceof SourceError) throw error;
    // Library errors are English and technical; the user learns what is wrong with the file.
    throw new SourceError("file_corrupt", { path: fileName.replace(/^.*[\\/]/, ""), kind: `.${kind}` });
  }
}

/**
 * UTF-8 (with or without BOM) or UTF-16 with BOM, as Windows tools save text. Anything else
 * (an "ANSI" Windows-1258 or TCVN3 file) is refused with a message rather than decoded into
 * broken Vietnamese: guessing the code page would be a silent guess.
 */
export function decodeText(bytes: Uint8Array, fileName = ""): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\ufeff/, "");
  } catch {
    throw new SourceError("file_encoding", { path: fileName.replace(/^.*[\\/]/, "") });
  }
}
