/**
 * Every tracking sheet shows whole cells in both renderers: a wrapped row gets an explicit
 * height at least as tall as its text needs, the same height from exceljs and from Office.js.
 * The lower bound is worked independently of the estimator: Times New Roman averages more than
 * 0.40 em per character in Vietnamese text, so a cell of n characters at size s in a column of
 * w points needs at least ceil(n × 0.40 × s / w) lines of at least 1.1 × s points each.
 */
import { renderWorkbookSpec as renderWithExcelJs } from "../../src/adapters/exceljs/renderWorkbook";
import { renderWorkbookSpec as renderWithOfficeJs } from "../../src/adapters/officejs/renderWorkbook";
import { demoDossiers, demoTrackingData } from "../../src/app/demoData";
import { finding } from "../../src/core/findings/finding";
import { displayedValue } from "../../src/core/sheet/model";
import { buildTrackingWorkbook } from "../../src/core/workbook/trackingWorkbook";
import { fakeExcel } from "./officejs/fake/workbook";
import { planSheet, supportsUpTo } from "./officejs/fixtures";
import { rowHeightWrites } from "../../src/adapters/officejs/sheetLayout";
import { sampleText, seeds } from "../helpers";
import { importPlan } from "../../src/core/plan/importPlan";
import { tsvToGrid } from "../../src/core/grid/tsv";

const columnPoints = (characters: number) => ((characters * 7 + 5) * 72) / 96;

function demoWorkbook() {
  const plan = importPlan([tsvToGrid("Kế hoạch", sampleText(seeds.plan2024))], { year: 2024 });
  const data = demoTrackingData(plan!.tasks, demoDossiers());
  const findings = [finding("warning", "evidence_missing", { sheet: "Nhiệm vụ", cell: "K8" }, { no: "7", timing: "Quý II", end: "30/6/2024" })];
  return buildTrackingWorkbook({ ...data, findings });
}

describe("row heights of the tracking sheets, in both renderers", () => {
  const spec = demoWorkbook();

  it("give every wrapped cell room for all its lines, the same from exceljs and Office.js", async () => {
    const wb = renderWithExcelJs(spec);
    const fake = fakeExcel();
    await renderWithOfficeJs(fake.context as unknown as Excel.RequestContext, spec, { supports: supportsUpTo("1.20") });
    for (const sheet of spec.sheets) {
      const ws = wb.getWorksheet(sheet.name)!;
      const merged = new Set(sheet.merges.flatMap((m) => Array.from({ length: m.lastRow - m.firstRow + 1 }, (_, i) => m.firstRow + i)));
      let wrappedRows = 0;
      sheet.cells.forEach((row, r) => {
        const fromExcelJs = ws.getRow(r + 1).height;
        const fromOfficeJs = fake.sheet(sheet.name).rowHeights.get(r);
        expect([sheet.name, r + 1, fromOfficeJs]).toEqual([sheet.name, r + 1, fromExcelJs]);
        if (merged.has(r + 1)) return;
        row.forEach((c, col) => {
          const style = sheet.styles[c.style ?? sheet.defaultStyle ?? ""];
          if (!style?.wrap) return;
          const text = String(displayedValue(c) ?? "");
          const size = style.fontSize ?? 11;
          const lines = Math.ceil((text.length * 0.4 * size) / columnPoints(sheet.columnWidths[col]));
          if (lines >= 2) wrappedRows++;
          expect([sheet.name, r + 1, col + 1, fromExcelJs >= lines * size * 1.1]).toEqual([sheet.name, r + 1, col + 1, true]);
        });
      });
      // Each sheet really has a row that wraps (header or body), so the check above bites.
      expect([sheet.name, wrappedRows > 0]).toEqual([sheet.name, true]);
    }
  });

  it("writes a height on every row of the long task texts: task 2 of the 2024 plan needs several lines", () => {
    const tasks = spec.sheets.find((s) => s.name === "Nhiệm vụ")!;
    const ws = renderWithExcelJs({ sheets: [tasks] }).getWorksheet("Nhiệm vụ")!;
    // Row 3 holds task 2 (229 characters in "Nội dung/Nhiệm vụ"): at least 4 lines of 12 pt.
    expect(String(displayedValue(tasks.cells[2][2]))).toMatch(/^Căn cứ mục tiêu chất lượng năm 2024/);
    expect(ws.getRow(3).height).toBeGreaterThanOrEqual(4 * 13.2);
    expect(ws.getRow(1).height).toBeGreaterThan(0);
  });

  it("groups equal heights into few Office.js writes for a long sheet (ExcelApi 1.9)", () => {
    const writes = rowHeightWrites(planSheet(2_000), supportsUpTo("1.20"));
    expect(writes.length).toBeLessThan(2_000 / 20);
    expect(writes.some(([address]) => address.includes(","))).toBe(true);
  });
});
