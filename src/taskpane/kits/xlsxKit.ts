/**
 * .xlsx reading and writing for the standalone page (exceljs), loaded only through lazy.ts.
 * The Excel mode never needs it: Office.js writes into the open workbook.
 */
import { loadWorkbook, worksheetToGrid } from "../../adapters/exceljs/readGrid";
import { renderWorkbookSpec, workbookSpecToXlsx } from "../../adapters/exceljs/renderWorkbook";
import type { Grid } from "../../core/grid/grid";
import type { WorkbookSpec } from "../../core/sheet/model";

export { workbookSpecToXlsx };

/** Every worksheet of an .xlsx file as a Grid, in workbook order. */
export async function xlsxGrids(bytes: Uint8Array): Promise<Grid[]> {
  const wb = await loadWorkbook(bytes);
  return wb.worksheets.map(worksheetToGrid);
}

/**
 * The file with the spec's sheets written into it: they replace same-named sheets, every other
 * sheet is kept. Loads the original bytes afresh, so a second download starts from the user's
 * file, not from the first download.
 */
export async function xlsxWithSheets(bytes: Uint8Array, spec: WorkbookSpec): Promise<Uint8Array> {
  const wb = renderWorkbookSpec(spec, await loadWorkbook(bytes));
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
