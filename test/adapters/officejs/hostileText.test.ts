/**
 * Imported text is data: a text cell must arrive in Excel as that exact text, never as a
 * formula (CSV/formula injection) and never coerced to a number, date or boolean. The fake
 * turns unprotected strings into formulas/numbers/dates like Excel's input parser, so these
 * tests fail if the adapter ever writes text without protection.
 */
import { renderWorkbookSpec } from "../../../src/adapters/officejs/renderWorkbook";
import { cell, type SheetSpec } from "../../../src/core/sheet/model";
import { fakeExcel } from "./fake/workbook";
import { supportsUpTo } from "./fixtures";

const hostile = [
  '=HYPERLINK("http://x","y")',
  "+cmd|' /C calc'!A0",
  "@SUM(A1)",
  "-1+2",
  // Not formulas, but Excel would still change them if typed:
  "01/2024",
  "2024-03-15",
  "1.000",
  "TRUE",
  "'đã có dấu nháy",
];

function sheetOf(texts: readonly string[]): SheetSpec {
  return {
    name: "Nhập",
    cells: texts.map((t) => [cell.text(t), cell.formula("LEN(A1)", 0)]),
    styles: {},
    columnWidths: [],
    merges: [],
    validations: [],
    tables: [],
  };
}

describe("renderWorkbookSpec (Office.js): text is written as text", () => {
  it.each(hostile.map((t, i) => [t, i]))("stores %j verbatim, not as a formula or a coerced value", async (text, row) => {
    const fake = fakeExcel();
    await renderWorkbookSpec(fake.context as unknown as Excel.RequestContext, { sheets: [sheetOf(hostile)] }, { supports: supportsUpTo("1.20") });
    const stored = fake.sheet("Nhập").cell(row, 0);
    expect(stored.formula).toBeNull();
    expect(stored.value).toBe(text);
  });

  it("still writes real formula cells as formulas", async () => {
    const fake = fakeExcel();
    await renderWorkbookSpec(fake.context as unknown as Excel.RequestContext, { sheets: [sheetOf(hostile)] }, { supports: supportsUpTo("1.20") });
    expect(fake.sheet("Nhập").cell(0, 1).formula).toBe("=LEN(A1)");
  });

  it("the fake really would turn unprotected text into a formula (the tests above can fail)", () => {
    const fake = fakeExcel();
    const sheet = fake.addUserSheet("Thử");
    sheet.getRangeByIndexes(0, 0, 1, 4).values = [['=HYPERLINK("http://x","y")', "-1+2", "2024-03-15", "TRUE"]];
    expect(sheet.cell(0, 0).formula).toBe('=HYPERLINK("http://x","y")');
    expect(sheet.cell(0, 1).formula).toBe("=-1+2");
    expect(sheet.cell(0, 2).value).toBe(45366);
    expect(sheet.cell(0, 3).value).toBe(true);
  });
});
