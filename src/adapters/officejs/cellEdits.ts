/**
 * A few cells of an owned sheet written in one request (the task tracker's status, evidence and
 * note; a fact of "Thông tin" and its "Xác nhận" cell): text with Excel's "store as typed"
 * apostrophe, as the sheet renderer writes it (cellMatrices.ts), dates as serials in the date
 * format, numbers as numbers. Two context.sync calls whatever the number of cells: one reads the
 * owner markers (a sheet the user made, even with the same name, is refused before anything is
 * written: SheetNotOwnedError), one writes.
 */
import type { CellSpec } from "../../core/sheet/model";
import { sameSheetName, SheetNotOwnedError } from "../ownership";
import { DEFAULT_DATE_FORMAT, textForValues } from "./cellMatrices";
import { isoToSerial } from "./excelDates";
import { ownerMarkers } from "./ownership";

/** One cell to write: sheet, A1 address, what goes in it. */
export interface CellWrite {
  readonly sheet: string;
  readonly cell: string;
  readonly spec: CellSpec;
}

/** Checks the sheets are the add-in's own (one sync), then queues the cells and syncs once. */
export async function writeCells(context: Excel.RequestContext, cells: readonly CellWrite[]): Promise<void> {
  if (cells.length === 0) return;
  const names = context.workbook.names;
  names.load("items/name,items/formula");
  await context.sync();
  const markers = ownerMarkers(names.items.map((n) => ({ name: n.name, formula: n.formula as unknown })));
  for (const sheet of new Set(cells.map((c) => c.sheet)))
    if (!markers.some((m) => m.sheet !== null && sameSheetName(m.sheet, sheet))) throw new SheetNotOwnedError(sheet);
  for (const { sheet, cell, spec } of cells) {
    const range = context.workbook.worksheets.getItem(sheet).getRange(cell);
    switch (spec.kind) {
      case "text":
        range.values = [[textForValues(spec.value)]];
        break;
      case "date":
        range.numberFormat = [[DEFAULT_DATE_FORMAT]];
        range.values = [[isoToSerial(spec.value)]];
        break;
      case "number":
      case "boolean":
        range.values = [[spec.value]];
        break;
      case "empty":
        range.values = [[""]];
        break;
      case "formula":
        range.formulas = [[`=${spec.formula}`]];
        break;
    }
  }
  await context.sync();
}
