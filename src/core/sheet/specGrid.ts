/**
 * A sheet description read back as the Grid an importer sees: each cell's displayed value
 * (a formula's cached result) as text, dates as ISO. The standalone page keeps its workbook
 * as specs between steps and reads them with the same readers as a real workbook.
 */
import { makeGrid, type Grid } from "../grid/grid";
import { displayedValue, type SheetSpec } from "./model";

/**
 * @example specToGrid({ name: "Thông tin", cells: [[cell.text("Năm")], [cell.number(2024)]], … }).rows → [["Năm"], ["2024"]]
 */
export function specToGrid(sheet: SheetSpec): Grid {
  const rows = sheet.cells.map((row) =>
    row.map((spec) => {
      const value = displayedValue(spec);
      return value === null ? "" : String(value);
    }),
  );
  return makeGrid(sheet.name, rows);
}
