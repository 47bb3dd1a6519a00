import { makeGrid, type Grid } from "../../../src/core/grid/grid";
import { workbookText } from "../../../src/core/messages/catalogue";
import type { SheetSpec } from "../../../src/core/sheet/model";
import { foldKey } from "../../../src/core/text/normalize";
import { buildAgencySheet, emptyAgencyInfo, readAgencyGrid } from "../../../src/core/workbook/agencySheet";
import { budgetBlockKeywords, buildBudgetSheet, readBudgetGrid } from "../../../src/core/workbook/budgetSheet";
import { buildUnitsSheet, readUnitsGrid } from "../../../src/core/workbook/unitsSheet";

/** The text a reader sees in each cell of a built sheet (formulas show their cached result). */
function gridOf(spec: SheetSpec): Grid {
  const rows = spec.cells.map((row) => row.map((c) => (c.kind === "empty" ? "" : c.kind === "formula" ? String(c.result ?? "") : String(c.value))));
  return makeGrid(spec.name, rows);
}

/** The readers recognise the labels, headers and total rows the builders write: both read the catalogue. */
describe("sheet readers read back what the builders write", () => {
  it("reads the agency sheet by its labels", () => {
    const info = { ...emptyAgencyInfo(2024), agencyShortName: "Sở Y tế", reportDate: "2024-12-05", recipients: ["Sở KH&CN;", "Lãnh đạo Sở;"] };
    const { info: read, findings } = readAgencyGrid(gridOf(buildAgencySheet(info)), 2000);
    expect(findings).toEqual([]);
    expect(read).toEqual(info);
  });

  it("reads the unit registry below its header", () => {
    const units = [{ name: "Văn phòng Sở", aliases: ["VP", "Văn phòng"] }];
    expect(readUnitsGrid(gridOf(buildUnitsSheet(units)))).toEqual(units);
  });

  it("finds the budget blocks by their headers and the totals by the total label", () => {
    const { categories } = workbookText.budget;
    const data = {
      granted: [{ item: categories.expansion, category: "expansion" as const, granted: 18_000_000, disbursed: 18_000_000, note: "" }],
      estimate: [
        { item: categories.maintenance, category: "maintenance" as const, amount: 3_000_000, explanation: workbookText.budget.maintenanceExplanation },
      ],
    };
    const read = readBudgetGrid(gridOf(buildBudgetSheet(data, 2024)));
    expect(read.granted.map(({ item, category, granted, disbursed }) => ({ item, category, granted, disbursed }))).toEqual([
      { item: "Mở rộng", category: "expansion", granted: 18_000_000, disbursed: 18_000_000 },
    ]);
    expect(read.estimate.map(({ item, category, amount, explanation }) => ({ item, category, amount, explanation }))).toEqual([
      { item: "Duy trì", category: "maintenance", amount: 3_000_000, explanation: "Tiếp tục duy trì, áp dụng HTQLCL" },
    ]);
    expect(read.statedTotals).toEqual({
      granted: { value: 18_000_000, cell: "D4" },
      disbursed: { value: 18_000_000, cell: "E4" },
      estimate: { value: 3_000_000, cell: "D9" },
    });
  });

  it("keeps the budget block keywords inside the headers the sheet writes", () => {
    const h = workbookText.budget.headers;
    expect(foldKey(h.item)).toContain(budgetBlockKeywords.item);
    expect(foldKey(h.granted)).toContain(budgetBlockKeywords.granted);
    expect(foldKey(h.explanation)).toContain(budgetBlockKeywords.explanation);
    // The estimate block's headers must not read as the granted block.
    expect(foldKey([h.item, h.amount, h.explanation].join(" "))).not.toContain(budgetBlockKeywords.granted);
  });
});
