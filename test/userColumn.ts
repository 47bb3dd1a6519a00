/**
 * A tracking workbook in which the secretary inserted a column of her own into "Thông tin", as Excel
 * inserts one (issue #21 item 1): "Ghi chú riêng" before the labels, every other column one to the
 * right (label B, value C, hint D, "Xác nhận" E), her notes in some rows. Rows as built
 * (buildAgencySheet): header 1, one fact a row from 2 in agencyKeys order, so "Số liệu từ ngày" is
 * row 10, "Số liệu đến ngày" 11, "Ngày chốt số liệu" 12.
 */
import { cell, type SheetSpec, type WorkbookSpec } from "../src/core/sheet/model";
import { columnLetters, columnNumber } from "../src/core/grid/address";
import { buildTrackingWorkbook, emptyTrackingData } from "../src/core/workbook/trackingWorkbook";
import type { Grid } from "../src/core/grid/grid";

/** What the user's column holds, by 1-based row (row 11, a period row, is left blank on purpose). */
export const userNotes: Readonly<Record<number, string>> = {
  1: "Ghi chú riêng",
  2: "Theo QĐ 12/QĐ-UBND",
  10: "Kỳ theo Sở KH&CN",
  12: "Hỏi lại chị Lan",
};

/** The user's column as a grid shows it: one text per row of the sheet ("" where she wrote nothing). */
export const userColumnTexts = (rows: number): string[] => Array.from({ length: rows }, (_, r) => userNotes[r + 1] ?? "");

/** A sheet with the user's column inserted before column A: cells, widths, validations, merges and panes move right. */
export function withUserColumn(sheet: SheetSpec): SheetSpec {
  const shift = (range: string) => range.replace(/[A-Z]+/g, (l) => columnLetters(columnNumber(l) + 1));
  return {
    ...sheet,
    cells: sheet.cells.map((row, r) => [userNotes[r + 1] ? cell.text(userNotes[r + 1], r === 0 ? "header" : "body") : cell.empty(), ...row]),
    columnWidths: [18, ...sheet.columnWidths],
    validations: sheet.validations.map((v) => ({ ...v, range: shift(v.range) })),
    merges: sheet.merges.map((m) => ({ ...m, firstColumn: m.firstColumn + 1, lastColumn: m.lastColumn + 1 })),
    freeze: sheet.freeze ? { ...sheet.freeze, columns: sheet.freeze.columns + 1 } : sheet.freeze,
  };
}

/** The unfilled tracking workbook of `year` with the user's column in "Thông tin". */
export function workbookWithUserColumn(year: number): WorkbookSpec {
  const spec = buildTrackingWorkbook(emptyTrackingData(year));
  return { ...spec, sheets: spec.sheets.map((s) => (s.name === "Thông tin" ? withUserColumn(s) : s)) };
}

/** The grid with a column inserted before 0-based column `at`: `header` in row `headerRow`, `value` in `valueRows` (1-based rows). */
export function insertColumn(grid: Grid, at: number, header: string, headerRow: number, value: string, valueRows: readonly number[]): Grid {
  return insertTexts(grid, at, { [headerRow]: header, ...Object.fromEntries(valueRows.map((r) => [r, value])) });
}

/** The grid with a column inserted before 0-based column `at`, as Excel inserts one, holding `texts` (by 1-based row number). */
export function insertTexts(grid: Grid, at: number, texts: Readonly<Record<number, string>>): Grid {
  const rows = grid.rows.map((row, r) => {
    const text = texts[grid.firstRowNumber + r] ?? "";
    return row.length > at ? [...row.slice(0, at), text, ...row.slice(at)] : text ? [...row, ...Array(at - row.length).fill(""), text] : row;
  });
  return { ...grid, rows };
}
