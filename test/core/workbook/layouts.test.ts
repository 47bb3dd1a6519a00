import { demoAgency } from "../../../src/app/demoData";
import { sumCounts } from "../../../src/core/dossiers/counts";
import { makeGrid, type Grid } from "../../../src/core/grid/grid";
import { buildReportModel } from "../../../src/core/report/buildReport";
import { isFigure, type Run } from "../../../src/core/report/model";
import { reportRefsFromGrids } from "../../../src/core/report/reportRefs";
import { sourceFormula } from "../../../src/core/report/reportSheet";
import { withColumn } from "../../../src/core/sheet/layout";
import type { SheetSpec } from "../../../src/core/sheet/model";
import { buildBudgetSheet, readBudgetGrid, type BudgetSheetData } from "../../../src/core/workbook/budgetSheet";
import { buildDossierSheet } from "../../../src/core/workbook/dossierSheet";
import { budgetEstimateLayout, budgetGrantedLayout, budgetLayouts, sheetLayouts } from "../../../src/core/workbook/layouts";
import { buildTasksSheet } from "../../../src/core/workbook/tasksSheet";
import { findAggregateLayout } from "../../../src/core/dossiers/aggregateColumns";
import { headerRowRoles } from "../../../src/core/plan/columns";
import { specToGrid } from "../../../src/core/sheet/specGrid";
import { computeRowHeights } from "../../../src/core/sheet/rowHeights";
import { dossiersLayout, tasksLayout } from "../../../src/core/workbook/layouts";

/** The text a reader sees in each cell of a built sheet (formulas show their cached result). */
function gridOf(spec: SheetSpec): Grid {
  return makeGrid(
    spec.name,
    spec.cells.map((row) => row.map((c) => (c.kind === "empty" ? "" : c.kind === "formula" ? String(c.result ?? "") : String(c.value)))),
  );
}

const formulaAt = (spec: SheetSpec, address: string) => {
  const m = /^([A-Z])(\d+)$/.exec(address)!;
  const c = spec.cells[Number(m[2]) - 1]?.[m[1].charCodeAt(0) - 65];
  return c?.kind === "formula" ? c.formula : c;
};

// Seed 001's budget: 18.000.000 expansion + 3.000.000 maintenance granted and disbursed; 3.000.000 estimated for 2025.
const data: BudgetSheetData = {
  granted: [
    { item: "Mở rộng", category: "expansion", granted: 18_000_000, disbursed: 18_000_000, note: "" },
    { item: "Duy trì", category: "maintenance", granted: 3_000_000, disbursed: 3_000_000, note: "" },
  ],
  estimate: [{ item: "Duy trì", category: "maintenance", amount: 3_000_000, explanation: "Tiếp tục duy trì, áp dụng HTQLCL" }],
};

describe("adding a column to the budget layout is one declaration", () => {
  // A copy of the declared layout with a "Nguồn kinh phí" column before the granted amount:
  // granted moves from D to E, disbursed from E to F, the note from F to G.
  const granted = withColumn(budgetGrantedLayout, { key: "source", header: "Nguồn kinh phí", width: 16, format: "body" }, "granted");
  const layouts = { granted, estimate: budgetEstimateLayout };
  const sheet = buildBudgetSheet(data, 2024, layouts);

  it("the builder writes the new header, width, and totals over the moved columns", () => {
    expect(sheet.cells[1].map((c) => (c.kind === "text" ? c.value : ""))).toEqual([
      "TT",
      "Nội dung",
      "Loại",
      "Nguồn kinh phí",
      "Kinh phí được cấp (đồng)",
      "Đã giải ngân (đồng)",
      "Ghi chú",
    ]);
    // Each column takes the wider of the two blocks: D holds the estimate amount (18) too, E its explanation (30).
    expect(sheet.columnWidths).toEqual([5, 34, 12, 18, 30, 30, 24]);
    // Rows: title 1, header 2, lines 3–4, total 5; estimate title 7, header 8, line 9, total 10.
    expect(formulaAt(sheet, "E5")).toBe("SUM(E3:E4)");
    expect(formulaAt(sheet, "F5")).toBe("SUM(F3:F4)");
    expect(formulaAt(sheet, "D10")).toBe("SUM(D9:D9)");
    expect(sheet.validations.map((v) => v.range)).toEqual(["C3:C4", "C9:C9"]);
  });

  it("the reader finds the moved columns, with the copy and with the declared layout (by header)", () => {
    for (const reading of [layouts, budgetLayouts]) {
      const read = readBudgetGrid(gridOf(sheet), reading);
      expect(read.granted.map((g) => [g.granted, g.disbursed, g.cells])).toEqual([
        [18_000_000, 18_000_000, { granted: "E3", disbursed: "F3" }],
        [3_000_000, 3_000_000, { granted: "E4", disbursed: "F4" }],
      ]);
      expect(read.statedTotals).toEqual({
        granted: { value: 21_000_000, cell: "E5" },
        disbursed: { value: 21_000_000, cell: "F5" },
        estimate: { value: 3_000_000, cell: "D10" },
      });
    }
  });

  it("the report's references follow the columns", () => {
    const budget = readBudgetGrid(gridOf(sheet));
    const dossierSheet = buildDossierSheet([], sumCounts("Tổng cộng", []));
    const refs = reportRefsFromGrids({ tasks: gridOf(buildTasksSheet([])), dossiers: gridOf(dossierSheet), budget: gridOf(sheet) }, budget);
    expect(refs.columns?.budget).toEqual({ granted: "E", disbursed: "F", amount: "D" });
    const model = buildReportModel({ agency: demoAgency(), tasks: [], dossiers: sumCounts("Tổng cộng", []), budget, refs });
    const runs: Run[] = model.blocks.flatMap((b) => (b.kind === "paragraph" ? b.runs : b.rows.flat(2)));
    const refsOf = (value: number) =>
      runs
        .filter(isFigure)
        .filter((f) => f.value === value && f.format === "amount")
        .map((f) => f.ref && sourceFormula(f.ref));
    // "+ Số kinh phí đã cấp mở rộng: 18.000.000" points at the line's granted cell; the disbursed total at F5.
    expect(refsOf(18_000_000)).toEqual(["'Kinh phí'!E3"]);
    expect(refsOf(21_000_000)).toEqual(["'Kinh phí'!F5"]);
    expect(refsOf(3_000_000)).toEqual(["'Kinh phí'!E4", "'Kinh phí'!D9", "'Kinh phí'!D10"]);
  });
});

describe("declared layouts", () => {
  it("give every owned data sheet unique keys and headers", () => {
    for (const layouts of Object.values(sheetLayouts)) {
      for (const layout of layouts) {
        expect(new Set(layout.map((c) => c.key)).size).toBe(layout.length);
        expect(new Set(layout.map((c) => c.header)).size).toBe(layout.length);
      }
    }
  });

  it("are what the builders write: the tasks sheet's header row and widths", () => {
    const tasks = buildTasksSheet([]);
    expect(tasks.cells[0].map((c) => (c.kind === "text" ? c.value : ""))).toEqual(sheetLayouts.tasks[0].map((c) => c.header));
    // Widths are the declared ones, except optional columns nobody filled (narrow) and long-text
    // columns narrowed so the sheet prints one page wide at 9.5 pt or more (printWidths).
    const declared = sheetLayouts.tasks[0];
    tasks.columnWidths.forEach((w, i) => expect([declared[i].key, w <= declared[i].width]).toEqual([declared[i].key, true]));
    const kept = declared.filter((c, i) => tasks.columnWidths[i] === c.width).map((c) => c.key);
    expect(kept).toEqual(["no", "timing", "start", "end", "status"]);
    expect(tasks.validations.map((v) => v.range)).toEqual(["H2:H200", "I2:I200", "J2:J200"]);
  });

  it("say how each column of Nhiệm vụ is read back, and the plan importer reads each header so", () => {
    const header = specToGrid(buildTasksSheet([])).rows[0];
    // By hand: the columns the importer uses are every one but the two date columns it recomputes.
    expect(tasksLayout.filter((c) => !("readAs" in c)).map((c) => c.key)).toEqual(["start", "end"]);
    expect(headerRowRoles(header)).toEqual({ roles: tasksLayout.map((c) => ("readAs" in c ? c.readAs : null)), isHeader: true });
  });

  it("say how each column of Hồ sơ TTHC is read back, and the dossier reader reads each header so", () => {
    const layout = findAggregateLayout(specToGrid(buildDossierSheet([], sumCounts("", []))));
    expect(layout).not.toBeNull();
    const read: Record<string, number> = { ...layout!.roles, number: layout!.ttCol ?? -1, label: layout!.labelCol ?? -1 };
    const declared = Object.fromEntries(dossiersLayout.flatMap((c, i) => ("readAs" in c ? [[c.readAs, i]] : [])));
    expect(read).toEqual(declared);
    // By hand: the reader takes rate A (the printed rate) and ignores rates B–D and the check column.
    expect(dossiersLayout.filter((c) => !("readAs" in c)).map((c) => c.key)).toEqual(["rateB", "rateC", "rateD", "check"]);
  });

  it("set the row heights: a row's height follows the declared width of its columns", () => {
    const long = "Rà soát, cập nhật quy trình giải quyết thủ tục hành chính lĩnh vực khám bệnh, chữa bệnh theo quyết định công bố mới";
    const heightOfFirstRow = (width: number) => {
      const granted = withColumn(budgetGrantedLayout, { key: "source", header: "Nguồn", width, format: "body" }, "granted");
      const sheet = buildBudgetSheet({ ...data, granted: [{ ...data.granted[0], item: long }] }, 2024, { granted, estimate: budgetEstimateLayout });
      return computeRowHeights(sheet)[3];
    };
    // The item column (B) is declared 34 wide and wraps the long text; the added column does not change it.
    expect(heightOfFirstRow(10)).toBe(heightOfFirstRow(40));
    const narrow = withColumn(budgetGrantedLayout, { key: "source", header: "Nguồn", width: 10, format: "body" }, "granted");
    const wide = narrow.map((c) => (c.key === "item" ? { ...c, width: 90 } : c));
    const sheetOf = (granted: typeof narrow) =>
      buildBudgetSheet({ ...data, granted: [{ ...data.granted[0], item: long }] }, 2024, { granted, estimate: budgetEstimateLayout });
    // Declared 90 wide, the same text fits on fewer lines: the row is lower.
    expect(computeRowHeights(sheetOf(wide))[3]).toBeLessThan(computeRowHeights(sheetOf(narrow))[3]);
  });
});
