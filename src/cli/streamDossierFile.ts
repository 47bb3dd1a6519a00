/**
 * The `dossiers` command's reader for large files: an .xlsx sheet or a UTF-8 text file is read as
 * a stream and counted row by row (src/core/dossiers/streamDossiers.ts), so a province's export of
 * hundreds of thousands of rows needs neither the whole file nor a grid of it in memory. Parts are
 * found through the package's relationships and inflated by the one zip layer (src/io/zip.ts),
 * which stops a part at its inflated-size cap. Reading has a time budget: past it the count stops
 * with an error finding rather than run on. Anything this reader does not handle (a broken zip,
 * encrypted parts, other text encodings, HTML in a text file) returns null, and the caller uses
 * the whole-file reader, which explains what is wrong.
 */
import type { CountAt } from "../app/dossiersJob";
import { createReadStream } from "fs";
import { streamDossiers } from "../core/dossiers/streamDossiers";
import type { DossierImport } from "../core/dossiers/importDossiers";
import { finding } from "../core/findings/finding";
import { sheetRowsParser } from "../core/grid/xlsxXml";
import { MAX_STREAMED_ROW, tsvRowsParser } from "../core/grid/tsv";
import { baseName, SourceError, tooLargeError } from "../io/readSource";
import { openXlsxWith } from "../io/xlsxWorkbook";
import { inflateLimits, ZipFormatError, ZipLimitError } from "../io/zip";
import { fileEntryTextChunks, fileZipSource } from "./zipFile";

/**
 * How long the streaming read may take, and how wide a row it keeps (a one-stop export has a few
 * dozen columns). Time is the work done: the lesser of processor time and wall time, so that a
 * busy machine (wall time runs on while the process waits) and the helper threads that inflate
 * and collect garbage alongside the reader (processor time runs faster than the clock) both
 * leave an honest file its time. A 1,000,000-row export takes about 3.5 s (bench/RESULTS.md).
 */
export const streamBudget = { milliseconds: 8_000, columns: 256 } as const;

/** Work done since `start()`, in milliseconds (see streamBudget). */
function workClock(): () => number {
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const cpu0 = cpu();
  const wall0 = performance.now();
  return () => Math.min(cpu() - cpu0, performance.now() - wall0);
}

/** Raised inside a read when the time budget is spent. */
class BudgetSpent extends Error {}

/**
 * Counts the first sheet of an .xlsx/.xlsm file that holds dossier data (as the whole-file path
 * does: sheets in tab order, the first with an input wins). Null when this reader cannot read it;
 * throws SourceError when a part is too large.
 */
export async function streamXlsxDossiers(
  path: string,
  at: CountAt,
  budget: { milliseconds: number; columns: number } = streamBudget,
): Promise<DossierImport[] | null> {
  const spent = workClock();
  const source = fileZipSource(path);
  try {
    const reader = await openXlsxWith(source, (entry, onText) => fileEntryTextChunks(path, source, entry, onText));
    if (!reader) return null;
    const { sheets, context: ctx } = reader;
    const results: DossierImport[] = [];
    for (const sheet of sheets) {
      const entry = reader.entry(sheet.part);
      if (!entry) continue;
      const stream = streamDossiers(sheet.name, at);
      let lastRow = 0;
      let pieces = 0;
      const parser = sheetRowsParser(
        ctx,
        (r, cells) => {
          lastRow = r;
          stream.row(r, cells);
          if (!stream.wantsRows()) parser.stop();
        },
        { maxColumns: budget.columns },
      );
      try {
        await fileEntryTextChunks(
          path,
          source,
          entry,
          (t) => {
            // Pieces are at most 64 KiB of text: the clock is read about every MiB.
            if (++pieces % 16 === 0 && spent() > budget.milliseconds) throw new BudgetSpent();
            parser.push(t);
            if (!stream.wantsRows()) throw new BudgetSpent();
          },
          inflateLimits.streamedPartBytes,
        );
      } catch (error) {
        if (!(error instanceof BudgetSpent)) throw error;
        if (stream.wantsRows()) {
          // Out of time with rows still coming: a partial count would be wrong, so it is refused.
          const seconds = String(Math.round(budget.milliseconds / 1000));
          return [{ ...stream.finish(), input: null, findings: [finding("error", "read_time_exceeded", { sheet: sheet.name }, { seconds, row: lastRow })] }];
        }
      }
      const skipped = parser.end();
      const result = stream.finish();
      const withSkipped: DossierImport =
        skipped.skippedCells > 0
          ? {
              ...result,
              findings: [
                ...result.findings,
                finding("warning", "cells_out_of_range", { sheet: sheet.name, cell: skipped.firstSkipped }, { count: skipped.skippedCells }),
              ],
            }
          : result;
      results.push(withSkipped);
      if (result.input !== null) break;
    }
    return results;
  } catch (error) {
    if (error instanceof ZipLimitError) throw tooLargeError(path, error);
    // A part whose data is damaged (or inflates to another size than declared) is named at once;
    // other zip problems (encryption, not a zip) are left to the whole-file reader, which explains them.
    if (error instanceof ZipFormatError && error.problem === "data")
      throw new SourceError("file_corrupt", { path: path.replace(/^.*[\\/]/, ""), kind: ".xlsx" });
    if (error instanceof ZipFormatError) return null;
    throw error;
  } finally {
    source.close();
  }
}

/**
 * Counts a tab-separated UTF-8 text file (with or without BOM). Null when the bytes are not UTF-8
 * or the text holds an HTML table (the whole-file reader handles both).
 */
export async function streamTsvDossiers(path: string, at: CountAt): Promise<DossierImport[] | null> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  const stream = streamDossiers(baseName(path), at);
  let rowNumber = 0;
  let cut = 0;
  const parser = tsvRowsParser((cells) => stream.row(++rowNumber, cells), { onCut: () => cut++ });
  let first = true;
  let stopped = false;
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
      let text = decoder.decode(chunk as Buffer, { stream: true });
      if (first) {
        first = false;
        text = text.replace(/^\ufeff/, "");
        if (/<table\b/i.test(text)) return null;
      }
      parser.push(text);
      if (!stream.wantsRows()) {
        stopped = true;
        break;
      }
    }
    if (!stopped) parser.push(decoder.decode());
  } catch (error) {
    if ((error as { code?: string }).code === "ERR_ENCODING_INVALID_ENCODED_DATA") return null; // not UTF-8
    throw error;
  }
  parser.end();
  const result = stream.finish();
  if (cut === 0) return [result];
  return [
    { ...result, findings: [...result.findings, finding("warning", "row_too_long", { sheet: baseName(path) }, { count: cut, limit: MAX_STREAMED_ROW })] },
  ];
}
