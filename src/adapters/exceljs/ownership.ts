import type ExcelJS from "exceljs";
import { sheetRef } from "../../core/grid/address";
import { markerSheet, OWNER_NAME_PREFIX, sameSheetName, SheetNotOwnedError } from "../ownership";

/**
 * The ownership rule of src/adapters/ownership.ts: a sheet
 * is the add-in's own when a workbook name "TroLyISO_owner_<n>" refers to it. Files written by
 * the CLI carry the markers too, so the add-in can later replace the sheets the CLI created.
 */
function markers(wb: ExcelJS.Workbook): { name: string; sheet: string | null }[] {
  const model = wb.definedNames.model as unknown as { name: string; ranges: string[] }[];
  return model.filter((n) => n.name.startsWith(OWNER_NAME_PREFIX)).map((n) => ({ name: n.name, sheet: markerSheet(`=${n.ranges[0] ?? ""}`) }));
}

/** True when the workbook's sheet `name` carries the add-in's marker. */
export function isOwned(wb: ExcelJS.Workbook, name: string): boolean {
  return markers(wb).some((m) => m.sheet !== null && sameSheetName(m.sheet, name));
}

/** The worksheet named `name`, compared as Excel does (case-insensitively). */
export function findWorksheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  return wb.worksheets.find((ws) => sameSheetName(ws.name, name));
}

/** Throws SheetNotOwnedError for the first of `names` that exists in the workbook without a marker. */
export function assertOwned(wb: ExcelJS.Workbook, names: readonly string[]): void {
  for (const name of names) {
    const ws = findWorksheet(wb, name);
    if (ws && !isOwned(wb, ws.name)) throw new SheetNotOwnedError(ws.name);
  }
}

/** Adds the marker for a sheet the add-in just wrote, unless one already refers to it. */
export function markOwned(wb: ExcelJS.Workbook, name: string): void {
  if (isOwned(wb, name)) return;
  const used = new Set(markers(wb).map((m) => m.name));
  let n = 1;
  while (used.has(`${OWNER_NAME_PREFIX}${n}`)) n++;
  wb.definedNames.add(`${sheetRef(name)}!$A$1`, `${OWNER_NAME_PREFIX}${n}`);
}
