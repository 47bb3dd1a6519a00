/**
 * Empties one of the add-in's own sheets so the spec can be rendered onto it again.
 *
 * Why in place rather than delete-and-add: deleting a worksheet turns every reference to it
 * into #REF! — the report's `COUNTIF('Nhiệm vụ'!…)`, `'Hồ sơ TTHC'!C10`, the user's own formulas
 * on other sheets, names. Clearing the cells keeps the Worksheet object, so those references
 * keep pointing at the same sheet and pick up the new content; the owner marker stays valid too.
 *
 * Every operation acts on the whole sheet or the sheet object, so the cost is a fixed handful
 * of operations per sheet, whatever was on it before.
 */
import { optionalFeatures, type ExcelApiSupport } from "./apiSupport";
import type { ExistingTable } from "./tables";

/**
 * Queues, in this order: delete the sheet's tables (a table would otherwise survive the clear
 * with its old size and name), unmerge, clear contents and formats (never notes), clear data
 * validation (ExcelApi 1.8; a clear is not documented to remove it), reset column widths and row
 * heights to the sheet's standard (1.7), show hidden columns, unfreeze panes (1.7), remove manual
 * page breaks (1.9).
 */
export function queueClearSheet(context: Excel.RequestContext, sheet: Excel.Worksheet, tables: readonly ExistingTable[], supports: ExcelApiSupport): void {
  for (const t of tables) context.workbook.tables.getItem(t.name).delete();
  const whole = sheet.getRange(); // no address: the entire sheet
  whole.unmerge();
  // Contents and formats, not "All": "All" also deletes the notes on the cells, and a host below
  // ExcelApi 1.18 (Office 2021, 2024) cannot see a note to refuse the write (userObjects.ts), so
  // there a note the user put on an owned sheet stays at its cell instead of being lost. Where
  // notes and comments can be seen, the write was refused before this if there were any.
  whole.clear("Contents");
  whole.clear("Formats");
  if (supports(optionalFeatures.dataValidation)) whole.dataValidation.clear();
  whole.format.useStandardWidth = true;
  whole.format.useStandardHeight = true;
  whole.columnHidden = false;
  sheet.freezePanes.unfreeze();
  // Manual page breaks of the previous render (ExcelApi 1.9, as the page setup that adds them).
  if (supports(optionalFeatures.pageLayout)) sheet.horizontalPageBreaks.removePageBreaks();
}
