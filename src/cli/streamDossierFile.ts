/**
 * The `dossiers` command's reader for large files: an .xlsx sheet or a UTF-8 text file is read as
 * a stream and counted row by row (src/core/dossiers/streamDossiers.ts), so a province's export of
 * hundreds of thousands of rows needs neither the whole file nor a grid of it in memory. Anything
 * this reader does not handle (ZIP64, encrypted parts, other text encodings, HTML in a text file)
 * returns null, and the caller uses the whole-file reader, which explains what is wrong.
 */
import { createReadStream } from "fs";
import { streamDossiers } from "../core/dossiers/streamDossiers";
import type { DossierImport } from "../core/dossiers/importDossiers";
import { dateStyles, sharedStringsParser, sheetRowsParser, workbookSheets } from "../core/grid/xlsxXml";
import { tsvRowsParser } from "../core/grid/tsv";
import { baseName } from "../io/readSource";
import { entryText, readEntryText, zipEntries, ZipFormatError, type ZipEntry } from "./zipEntries";

/**
 * Counts the first sheet of an .xlsx/.xlsm file that holds dossier data (as the whole-file path
 * does: sheets in tab order, the first with an input wins). Null when this reader cannot read it.
 */
export async function streamXlsxDossiers(path: string, asOf: string): Promise<DossierImport[] | null> {
  let entries: Map<string, ZipEntry>;
  try {
    entries = zipEntries(path);
  } catch (error) {
    if (error instanceof ZipFormatError || (error as NodeJS.ErrnoException).code !== undefined) return null;
    throw error;
  }
  const get = (name: string) => entries.get(name);
  const workbook = get("xl/workbook.xml");
  const rels = get("xl/_rels/workbook.xml.rels");
  if (!workbook || !rels) return null;
  try {
    const { sheets, date1904 } = workbookSheets(await entryText(path, workbook), await entryText(path, rels));
    const stylesEntry = get("xl/styles.xml");
    const styles = stylesEntry ? dateStyles(await entryText(path, stylesEntry)) : [];
    const sstEntry = get("xl/sharedStrings.xml");
    const sst = sharedStringsParser();
    if (sstEntry) await readEntryText(path, sstEntry, (t) => sst.push(t));
    const ctx = { sharedStrings: sst.end(), dateStyles: styles, date1904 };
    const results: DossierImport[] = [];
    for (const sheet of sheets) {
      const entry = get(sheet.part);
      if (!entry) continue;
      const stream = streamDossiers(sheet.name, { asOf });
      const parser = sheetRowsParser(ctx, (r, cells) => stream.row(r, cells));
      await readEntryText(path, entry, (t) => parser.push(t));
      parser.end();
      const result = stream.finish();
      results.push(result);
      if (result.input !== null) break;
    }
    return results;
  } catch (error) {
    if (error instanceof ZipFormatError || (error as { code?: string }).code?.startsWith("Z_")) return null;
    throw error;
  }
}

/**
 * Counts a tab-separated UTF-8 text file (with or without BOM). Null when the bytes are not UTF-8
 * or the text holds an HTML table (the whole-file reader handles both).
 */
export async function streamTsvDossiers(path: string, asOf: string): Promise<DossierImport[] | null> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  const stream = streamDossiers(baseName(path), { asOf });
  let rowNumber = 0;
  const parser = tsvRowsParser((cells) => stream.row(++rowNumber, cells));
  let first = true;
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
      let text = decoder.decode(chunk as Buffer, { stream: true });
      if (first) {
        first = false;
        text = text.replace(/^\ufeff/, "");
        if (/<table\b/i.test(text)) return null;
      }
      parser.push(text);
    }
    parser.push(decoder.decode());
  } catch (error) {
    if ((error as { code?: string }).code === "ERR_ENCODING_INVALID_ENCODED_DATA") return null; // not UTF-8
    throw error;
  }
  parser.end();
  return [stream.finish()];
}
