import { officeJsSnapshot, snapshotOfExcelJsSheet } from "../adapters/contract";
import { renderWorkbookSpec } from "../../src/adapters/exceljs/renderWorkbook";
import { cell, type SheetSpec } from "../../src/core/sheet/model";
test("dump", async () => {
  const spec: SheetSpec = { name: "X", cells: [[cell.date("2024-01-15"), cell.text("a"), cell.text("b")], [cell.text("c")]], styles: {b: {bold: true}}, defaultStyle: "b", columnWidths: [], merges: [], validations: [], tables: [] };
  console.log(JSON.stringify(await officeJsSnapshot(spec)), "\n", JSON.stringify(snapshotOfExcelJsSheet(renderWorkbookSpec({ sheets: [spec] }).getWorksheet("X")!)));
});
