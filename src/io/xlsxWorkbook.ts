/**
 * Reading an .xlsx/.xlsm package's sheets with the product's own SpreadsheetML reader
 * (src/core/grid/xlsxXml.ts) over the one zip layer (src/io/zip.ts), in Node and the browser. Parts
 * are found through the relationships (never by a fixed path), elements by namespace (the Open XML
 * SDK's "x:" prefix reads like the plain form), every part inflated through the counting stream
 * with its cap, and a sheet's grid built from the cells that hold text (src/core/grid/sparse.ts):
 * a row numbered 2,000,000,000, a cell at XFD1048576 or a declared dimension never sizes a grid.
 * exceljs, which allocates rows up to the largest row number and cannot read a prefixed workbook,
 * is used to write new workbooks only.
 */
import { finding, type Finding } from "../core/findings/finding";
import type { Grid } from "../core/grid/grid";
import { gridFromSparseRows, mergeRanges, sparseGridLimits, SparseGridTooLarge, type SparseRow } from "../core/grid/sparse";
import {
  dateStyles,
  mainWorkbookPart,
  relationshipsPartOf,
  sharedStringsParser,
  sheetCellsParser,
  workbookParts,
  workbookSheets,
  type SheetContext,
  type XlsxSheetRef,
} from "../core/grid/xlsxXml";
import { entryText, entryTextChunks, zipEntries, type ZipEntry, type ZipSource } from "./zip";

/** A package opened for reading: its worksheets in tab order and what reading their cells needs. */
export interface XlsxReader {
  readonly source: ZipSource;
  readonly sheets: readonly XlsxSheetRef[];
  readonly context: SheetContext;
  /** A part's entry by name (OPC part names are compared without case, ECMA-376 Part 2 §9.1.1). */
  entry(part: string): ZipEntry | undefined;
}

/** What opening a package finds before its shared strings are read. */
interface OpenedParts {
  readonly sheets: readonly XlsxSheetRef[];
  readonly date1904: boolean;
  readonly styles: string | undefined;
  readonly sharedStrings: ZipEntry | undefined;
  readonly entry: (part: string) => ZipEntry | undefined;
}

/** The workbook part from the package relationships, its sheets and styles; the shared strings' entry, found through the workbook's. */
function openParts(source: ZipSource): OpenedParts | null {
  const exact = new Map<string, ZipEntry>();
  const folded = new Map<string, ZipEntry>();
  for (const e of zipEntries(source)) {
    if (!exact.has(e.name)) exact.set(e.name, e);
    const key = e.name.toLowerCase();
    if (!folded.has(key)) folded.set(key, e);
  }
  const entry = (part: string) => exact.get(part) ?? folded.get(part.replace(/^\//, "").toLowerCase());
  const text = (part: string | undefined) => {
    const e = part === undefined ? undefined : entry(part);
    return e ? entryText(source, e) : undefined;
  };
  const packageRels = text("_rels/.rels");
  const main = (packageRels !== undefined ? mainWorkbookPart(packageRels) : undefined) ?? "xl/workbook.xml";
  const workbook = text(main);
  const rels = text(relationshipsPartOf(main));
  if (workbook === undefined || rels === undefined) return null;
  const { sheets, date1904 } = workbookSheets(workbook, rels, main);
  const parts = workbookParts(rels, main);
  const sharedStrings = parts.sharedStrings !== undefined ? entry(parts.sharedStrings) : undefined;
  return { sheets, date1904, styles: text(parts.styles), sharedStrings, entry };
}

function reader(source: ZipSource, opened: OpenedParts, sharedStrings: string[]): XlsxReader {
  const { sheets, date1904, styles, entry } = opened;
  return { source, sheets, context: { sharedStrings, dateStyles: styles !== undefined ? dateStyles(styles) : [], date1904 }, entry };
}

/**
 * Opens a package: the workbook part from the package relationships, its sheets, styles and
 * shared strings from the workbook's. Null when there is no workbook part (not a workbook).
 * Throws ZipFormatError (unreadable zip) or ZipLimitError (a part past its cap).
 */
export function openXlsx(source: ZipSource): XlsxReader | null {
  const opened = openParts(source);
  if (!opened) return null;
  const sst = sharedStringsParser();
  if (opened.sharedStrings) entryTextChunks(source, opened.sharedStrings, (t) => sst.push(t));
  return reader(source, opened, sst.end());
}

/**
 * The same, with the shared strings (the one large part besides the sheets) inflated by
 * `textChunks`, which has `entryTextChunks`'s contract: the CLI passes Node's zlib on its worker
 * thread (src/cli/zipFile.ts), so that inflating runs beside the parsing.
 */
export async function openXlsxWith(
  source: ZipSource,
  textChunks: (entry: ZipEntry, onText: (text: string) => void) => Promise<unknown>,
): Promise<XlsxReader | null> {
  const opened = openParts(source);
  if (!opened) return null;
  const sst = sharedStringsParser();
  if (opened.sharedStrings) await textChunks(opened.sharedStrings, (t) => sst.push(t));
  return reader(source, opened, sst.end());
}

/** A sheet whose cells holding text are more than a grid read whole can hold. */
export class SheetTooLargeError extends Error {
  constructor(
    readonly sheet: string,
    readonly rows: number,
    readonly columns: number,
  ) {
    super(`sheet ${sheet} is ${rows} × ${columns}`);
  }
}

/** The most merged areas of a sheet read (a plan has tens; beyond, the file is not an honest one). */
const maxMerges = 100_000;

/**
 * One sheet as a Grid, with what reading it found: cells past Excel's limits (`cells_out_of_range`)
 * and cells far from the rest (`cells_far_from_table`). Throws SheetTooLargeError.
 */
export function readXlsxSheet(reader: XlsxReader, sheet: XlsxSheetRef): { grid: Grid; findings: Finding[] } {
  const rows: SparseRow[] = [];
  const refs: string[] = [];
  let cells = 0;
  let lastRow = 0;
  let maxColumn = 0;
  const parser = sheetCellsParser(
    reader.context,
    (row, columns, values) => {
      cells += columns.length;
      lastRow = Math.max(lastRow, row);
      for (const c of columns) maxColumn = Math.max(maxColumn, c + 1);
      // More cells holding text than any grid may have: named as too large without reading on.
      if (cells > sparseGridLimits.cells) throw new SheetTooLargeError(sheet.name, lastRow, maxColumn);
      rows.push({ row, columns, values });
    },
    { onMerge: (ref) => (refs.length < maxMerges ? refs.push(ref) : undefined) },
  );
  const e = reader.entry(sheet.part);
  if (e) entryTextChunks(reader.source, e, (t) => parser.push(t));
  const summary = parser.end();
  let built: { grid: Grid; findings: Finding[] };
  try {
    built = gridFromSparseRows(sheet.name, rows, mergeRanges(refs));
  } catch (error) {
    if (error instanceof SparseGridTooLarge) throw new SheetTooLargeError(sheet.name, error.rows, error.columns);
    throw error;
  }
  const findings =
    summary.skippedCells > 0
      ? [finding("warning", "cells_out_of_range", { sheet: sheet.name, cell: summary.firstSkipped }, { count: summary.skippedCells }), ...built.findings]
      : built.findings;
  return { grid: built.grid, findings };
}

/**
 * Every worksheet of a package as a Grid, in tab order (or only the sheet named `sheet`; the
 * names of all are given to say which exist). Null when the package holds no workbook.
 */
export function readXlsxGrids(
  source: ZipSource,
  options: { sheet?: string; include?: (name: string) => boolean } = {},
): { grids: Grid[]; findings: Finding[]; sheetNames: string[] } | null {
  const reader = openXlsx(source);
  if (!reader) return null;
  const grids: Grid[] = [];
  const findings: Finding[] = [];
  for (const sheet of reader.sheets) {
    if (options.sheet !== undefined && sheet.name !== options.sheet) continue;
    if (options.include && !options.include(sheet.name)) continue;
    const read = readXlsxSheet(reader, sheet);
    grids.push(read.grid);
    findings.push(...read.findings);
  }
  return { grids, findings, sheetNames: reader.sheets.map((s) => s.name) };
}
