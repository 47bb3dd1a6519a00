import { makeGrid } from "../../../src/core/grid/grid";
import { budgetIsBlank, budgetTotals, readBudgetGrid, withTypedAmounts, type BudgetSheetData } from "../../../src/core/workbook/budgetSheet";

const line = (item: string, granted: number, disbursed: number, row: number) => ({
  item,
  category: "maintenance" as const,
  granted,
  disbursed,
  note: "",
  cells: { granted: `D${row}`, disbursed: `E${row}` },
});
const data = (granted: number, disbursed: number): BudgetSheetData => ({
  granted: [line("Mở rộng", granted, disbursed, 3), line("Duy trì", 3_000_000, 3_000_000, 4)],
  estimate: [{ item: "Duy trì", category: "maintenance", amount: 3_000_000, explanation: "", cells: { amount: "D9" } }],
});

describe("budgetTotals: one total, one rule for invalid lines", () => {
  it("adds the lines and writes the total in words", () => {
    expect(budgetTotals(data(18_000_000, 18_000_000)).granted).toEqual({ amount: 21_000_000, words: "Hai mươi mốt triệu đồng", stoppedAt: null });
  });

  it("states no total when a line is not a valid amount, and names the first such line's cell", () => {
    // 3.000.000 would be the sum of the readable line: never stated.
    expect(budgetTotals(data(Number.NaN, 18_000_000)).granted).toEqual({ amount: null, words: null, stoppedAt: "D3" });
    expect(budgetTotals(data(18_000_000, -5)).disbursed).toEqual({ amount: null, words: null, stoppedAt: "E3" });
    expect(budgetTotals(data(18_000_000.5, 0)).granted.stoppedAt).toBe("D3");
    // The other totals are unaffected.
    expect(budgetTotals(data(Number.NaN, 18_000_000)).disbursed.amount).toBe(21_000_000);
  });

  it("states no total too large to hold exactly, with no cell to blame", () => {
    expect(budgetTotals(data(Number.MAX_SAFE_INTEGER, 0)).granted).toEqual({ amount: null, words: null, stoppedAt: null });
  });
});

describe("withTypedAmounts: the pane's typed amounts into the sheet's data", () => {
  const grid = makeGrid("Kinh phí", [
    ["A. KINH PHÍ ĐƯỢC CẤP VÀ ĐÃ GIẢI NGÂN NĂM 2024"],
    ["TT", "Nội dung", "Loại", "Kinh phí được cấp (đồng)", "Đã giải ngân (đồng)", "Ghi chú"],
    ["1", "Mở rộng", "Mở rộng", "18.000.00O", "18000000", ""],
    ["2", "Duy trì", "Duy trì", "3000000", "3000000", ""],
  ]);

  it("refuses a typed text that is not an amount, and a cell it cannot read that is not typed again", () => {
    const read = readBudgetGrid(grid);
    expect(read.unreadable).toEqual({ D3: "18.000.00O" });
    expect(withTypedAmounts(read, { E4: "2.000.000" }).invalid).toEqual(["D3"]);
    expect(withTypedAmounts(read, { D3: "18.000.000", E4: "hai triệu" }).invalid).toEqual(["E4"]);
  });

  it("puts the amounts typed again into their lines", () => {
    const typed = withTypedAmounts(readBudgetGrid(grid), { D3: "18.000.000", E4: "2.000.000" });
    expect(typed.invalid).toEqual([]);
    expect(typed.data.granted.map((g) => [g.granted, g.disbursed])).toEqual([
      [18_000_000, 18_000_000],
      [3_000_000, 2_000_000],
    ]);
  });
});

describe("budgetIsBlank: a sheet nothing was typed into yet (what another record may fill)", () => {
  const sheet = (line: readonly string[]) =>
    readBudgetGrid(
      makeGrid("Kinh phí", [
        ["A. KINH PHÍ ĐƯỢC CẤP VÀ ĐÃ GIẢI NGÂN NĂM 2025"],
        ["TT", "Nội dung", "Loại", "Kinh phí được cấp (đồng)", "Đã giải ngân (đồng)", "Ghi chú"],
        line,
        ["", "Tổng cộng", "", "0", "0", ""],
      ]),
    );
  it("is blank as init writes it: the template's lines (Mở rộng, Duy trì) with zero amounts", () => {
    expect(budgetIsBlank(sheet(["1", "Duy trì", "Duy trì", "0", "0", ""]))).toBe(true);
    expect(budgetIsBlank(sheet(["1", "", "Duy trì", "0", "0", ""]))).toBe(true);
  });
  it("is not blank when a template line has an amount or a note", () => {
    expect(budgetIsBlank(sheet(["1", "Duy trì", "Duy trì", "3.000.000", "0", ""]))).toBe(false);
    expect(budgetIsBlank(sheet(["1", "Duy trì", "Duy trì", "0", "0", "Chờ quyết định giao"]))).toBe(false);
  });
  it("is not blank when a line has an item, even with an amount that cannot be read or no amount yet", () => {
    expect(budgetIsBlank(sheet(["1", "Đánh giá nội bộ", "Duy trì", "25.000.00O", "0", ""]))).toBe(false);
    expect(budgetIsBlank(sheet(["1", "Đánh giá nội bộ", "Duy trì", "0", "0", ""]))).toBe(false);
  });
  it("is not blank when a cell holds an amount it cannot read, item or not", () => {
    expect(budgetIsBlank({ granted: [], estimate: [], unreadable: { "Kinh phí!D5": "abc" } })).toBe(false);
  });
});
