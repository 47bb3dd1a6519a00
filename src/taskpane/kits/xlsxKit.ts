/**
 * .xlsx reading and writing for the standalone page (exceljs, jszip), loaded only through lazy.ts.
 * The Excel mode never needs it: Office.js writes into the open workbook.
 */
import { workbookSpecToXlsx } from "../../adapters/exceljs/renderWorkbook";
import { isMacroEnabled, PackageError } from "../../adapters/xlsxPackage/package";
import { writeSheetsIntoXlsx } from "../../adapters/xlsxPackage/writeSheets";
import type { Grid } from "../../core/grid/grid";
import { readXlsxGrids } from "../../io/xlsxWorkbook";
import { bytesSource } from "../../io/zip";
import type { WorkbookSpec } from "../../core/sheet/model";
import type { MemoryWorkbook } from "../state";

export { workbookSpecToXlsx, PackageError };

/** A workbook file picked by the user: its sheets, and whether it holds macros (.xlsm). Throws PackageError. */
export async function readTrackingFile(bytes: Uint8Array): Promise<{ grids: Grid[]; macroEnabled: boolean }> {
  const macroEnabled = await isMacroEnabled(bytes);
  return { grids: await xlsxGrids(bytes), macroEnabled };
}

/** Every worksheet of an .xlsx file as a Grid, in workbook order. */
export async function xlsxGrids(bytes: Uint8Array): Promise<Grid[]> {
  const read = readXlsxGrids(bytesSource(bytes));
  if (!read) throw new PackageError("not_workbook");
  return read.grids;
}

/**
 * The user's file with the spec's sheets written into it: they replace the add-in's same-named
 * sheets, and every other part of the file (sheets, charts, pictures, notes, macros) is kept
 * byte for byte. Starts from the original bytes each time, so a second download starts from
 * the user's file, not from the first download.
 */
export async function xlsxWithSheets(bytes: Uint8Array, spec: WorkbookSpec): Promise<Uint8Array> {
  return writeSheetsIntoXlsx(bytes, spec);
}

/** The standalone page's workbook as a file: the user's file with the page's sheets written in, or a new workbook of them. */
export async function memoryWorkbookBytes(wb: Pick<MemoryWorkbook, "base" | "sheets" | "active">): Promise<Uint8Array> {
  const spec: WorkbookSpec = { sheets: wb.sheets, active: wb.active };
  return wb.base ? xlsxWithSheets(wb.base, spec) : workbookSpecToXlsx(spec);
}
