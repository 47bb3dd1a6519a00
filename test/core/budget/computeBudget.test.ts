import { paramsOf } from "../../../src/core/findings/finding";
import { budgetInputSchema, type BudgetInput, type GrantedLine } from "../../../src/core/budget/budgetInput";
import { computeBudget } from "../../../src/core/budget/computeBudget";
import { inferBudgetCategory } from "../../../src/core/budget/budgetCategory";
import { renderFinding } from "../../../src/core/messages/render";

const SHEET = "Kinh phí";

/** Seed 001: granted 18.000.000 (mở rộng) + 3.000.000 (duy trì), all disbursed; 2025 estimate 3.000.000 (duy trì). */
function seed001(overrides: Partial<BudgetInput> = {}): BudgetInput {
  return {
    year: 2024,
    sheet: SHEET,
    lines: [
      { item: "Mở rộng", category: "expansion", granted: 18_000_000, disbursed: 18_000_000, source: { cells: { granted: "D3", disbursed: "E3" } } },
      { item: "Duy trì", category: "maintenance", granted: 3_000_000, disbursed: 3_000_000, source: { cells: { granted: "D4", disbursed: "E4" } } },
    ],
    estimates: [{ item: "Duy trì", amount: 3_000_000, explanation: "Tiếp tục duy trì, áp dụng HTQLCL", source: { cells: { amount: "D9" } } }],
    statedTotals: {
      granted: { amount: 21_000_000, source: { cell: "D5" } },
      disbursed: { amount: 21_000_000, source: { cell: "E5" } },
      estimate: { amount: 3_000_000, source: { cell: "D10" } },
    },
    decision: { text: "Quyết định số 155/QĐ-UBND ngày 13/3/2024 của Chủ tịch Ủy ban nhân dân tỉnh", source: { cell: "B1" } },
    ...overrides,
  };
}

const line = (l: Partial<GrantedLine> & Pick<GrantedLine, "granted" | "disbursed">): GrantedLine => ({ item: "Duy trì", ...l });

describe("computeBudget", () => {
  it("computes the seed 001 totals and words without findings", () => {
    const input = budgetInputSchema.parse(seed001());
    const summary = computeBudget(input);
    expect(summary.year).toBe(2024);
    expect(summary.estimateYear).toBe(2025);
    expect(summary.totals).toEqual({
      granted: { amount: 21_000_000, words: "Hai mươi mốt triệu đồng" },
      // The seed printed "Hai mươi một triệu"; the reading rule (docs/document-format.md#amounts-in-words) gives "mốt".
      disbursed: { amount: 21_000_000, words: "Hai mươi mốt triệu đồng" },
      estimate: { amount: 3_000_000, words: "Ba triệu đồng" },
    });
    expect(summary.decision).toMatchObject({ type: "QĐ", number: "155", symbol: "QĐ-UBND", issuer: "UBND", date: "2024-03-13" });
    expect(summary.findings).toEqual([]);
  });

  it("flags a line that disbursed more than it was granted, at the disbursed cell, and the total", () => {
    const input = seed001({
      lines: [line({ item: "Mở rộng", granted: 18_000_000, disbursed: 19_000_000, source: { sheet: "Khác", cells: { disbursed: "E3" } } })],
      statedTotals: undefined,
    });
    const findings = computeBudget(input).findings;
    expect(findings).toEqual([
      {
        severity: "error",
        code: "budget_disbursed_over_granted",
        sheet: "Khác",
        cell: "E3",
        params: { item: "Mở rộng", granted: 18_000_000, disbursed: 19_000_000 },
      },
      { severity: "error", code: "budget_total_disbursed_over_granted", sheet: SHEET, cell: null, params: { granted: 18_000_000, disbursed: 19_000_000 } },
    ]);
    expect(renderFinding(findings[0])).toBe('Khác!E3: mục "Mở rộng": kinh phí đã giải ngân "19.000.000" đồng lớn hơn kinh phí được cấp "18.000.000" đồng');
  });

  it("puts the total finding at the stated disbursed total cell", () => {
    const input = seed001({
      lines: [line({ item: "Mở rộng", granted: 10, disbursed: 5 }), line({ granted: 10, disbursed: 20 }), line({ granted: 0, disbursed: 0 })],
      statedTotals: { disbursed: { amount: 25, source: { cell: "E6" } } },
    });
    expect(computeBudget(input).findings.map((f) => [f.code, f.cell])).toEqual([
      ["budget_disbursed_over_granted", null],
      ["budget_total_disbursed_over_granted", "E6"],
    ]);
  });

  it("names the stated and computed figures when a typed total differs from the sum", () => {
    const input = seed001({ statedTotals: { granted: { amount: 20_000_000, source: { cell: "D5" } }, estimate: { amount: 3_000_000 } } });
    const findings = computeBudget(input).findings;
    expect(findings).toEqual([
      { severity: "error", code: "budget_total_mismatch", sheet: SHEET, cell: "D5", params: { field: "granted", stated: 20_000_000, computed: 21_000_000 } },
    ]);
    expect(renderFinding(findings[0])).toBe('Kinh phí!D5: tổng kinh phí được cấp ghi "20.000.000" đồng nhưng cộng các dòng được "21.000.000" đồng');
  });

  it("reports negative, fractional and unreadable amounts at their cells and gives no total for them", () => {
    const input = seed001({
      lines: [
        line({ item: "Mở rộng", granted: -18_000_000, disbursed: 1500.5, source: { cells: { granted: "D3", disbursed: "E3" } } }),
        line({ granted: Number.NaN, disbursed: 0, source: { cells: { granted: "D4" } } }),
      ],
      statedTotals: { granted: { amount: 21_000_000, source: { cell: "D5" } }, disbursed: { amount: -1, source: { cell: "E5" } } },
      estimates: [],
    });
    const summary = computeBudget(input);
    expect(summary.totals.granted).toEqual({ amount: null, words: null });
    expect(summary.totals.disbursed).toEqual({ amount: null, words: null });
    expect(summary.totals.estimate).toEqual({ amount: 0, words: "Không đồng" });
    expect(summary.findings.map((f) => [f.code, f.cell, f.params])).toEqual([
      ["budget_amount_negative", "D3", { amount: -18_000_000, field: "granted", item: "Mở rộng" }],
      ["budget_amount_not_integer", "E3", { amount: 1500.5, field: "disbursed", item: "Mở rộng" }],
      ["budget_amount_not_number", "D4", { amount: "NaN", field: "granted", item: "Duy trì" }],
      ["budget_amount_negative", "E5", { amount: -1, field: "disbursed" }],
    ]);
    expect(summary.findings.map(renderFinding)).toEqual([
      'Kinh phí!D3: kinh phí được cấp của mục "Mở rộng" là số âm: "-18.000.000"',
      'Kinh phí!E3: kinh phí đã giải ngân của mục "Mở rộng" phải là số đồng nguyên, không có phần lẻ: "1.500,5"',
      'Kinh phí!D4: kinh phí được cấp của mục "Duy trì" không phải là số: "NaN"',
      'Kinh phí!E5: kinh phí đã giải ngân là số âm: "-1"',
    ]);
  });

  it("warns when the maintenance estimate exceeds the Thông tư 116/2015 Art. 4.6 ceiling, summing its lines", () => {
    const input = seed001({
      estimates: [
        { item: "Duy trì", amount: 10_000_000, explanation: "", source: { cells: { amount: "D9" } } },
        { item: "Duy trì, cải tiến", amount: 6_000_000, explanation: "" },
        { item: "Mở rộng", amount: 30_000_000, explanation: "" },
      ],
      statedTotals: undefined,
    });
    const findings = computeBudget(input).findings;
    expect(findings).toEqual([
      {
        severity: "warning",
        code: "budget_above_ceiling",
        sheet: SHEET,
        cell: "D9",
        params: {
          subject: "duy trì, cải tiến HTQLCL",
          year: 2025,
          items: "Duy trì; Duy trì, cải tiến",
          amount: 16_000_000,
          ceiling: 15_000_000,
          basis: "khoản 6 Điều 4 Thông tư số 116/2015/TT-BTC",
        },
      },
    ]);
    expect(renderFinding(findings[0])).toBe(
      'Kinh phí!D9: dự toán duy trì, cải tiến HTQLCL năm 2025 ("Duy trì; Duy trì, cải tiến") là "16.000.000" đồng, vượt mức tối đa "15.000.000" đồng/năm theo khoản 6 Điều 4 Thông tư số 116/2015/TT-BTC',
    );
  });

  it("accepts a maintenance estimate exactly at the ceiling", () => {
    const input = seed001({ estimates: [{ item: "Duy trì", amount: 15_000_000, explanation: "" }], statedTotals: undefined });
    expect(computeBudget(input).findings).toEqual([]);
  });

  it("warns about a decision text without a number and symbol, and reports an impossible decision date", () => {
    expect(computeBudget(seed001({ decision: { text: "Quyết định giao dự toán năm 2024", source: { cell: "B1" } } })).findings).toEqual([
      { severity: "warning", code: "budget_decision_unreadable", sheet: SHEET, cell: "B1", params: { text: "Quyết định giao dự toán năm 2024" } },
    ]);
    const impossible = computeBudget(seed001({ decision: { text: "Quyết định số 155/QĐ-UBND ngày 30/02/2024" } }));
    expect(impossible.decision?.date).toBeNull();
    expect(impossible.findings.map((f) => [f.code, paramsOf(f).date])).toEqual([["evidence_date_impossible", "30/02/2024"]]);
  });

  it("keeps the estimate year given by the caller", () => {
    expect(computeBudget(seed001({ estimateYear: 2026 })).estimateYear).toBe(2026);
  });

  it("rejects structurally wrong input in the schema but lets NaN amounts through to the checks", () => {
    expect(budgetInputSchema.safeParse({ year: 2024, lines: [{ item: "x", granted: "18.000.000", disbursed: 0 }], estimates: [] }).success).toBe(false);
    expect(budgetInputSchema.safeParse({ year: 2024, lines: [{ item: "x", granted: Number.NaN, disbursed: 0 }], estimates: [] }).success).toBe(true);
  });
});

describe("inferBudgetCategory", () => {
  it.each([
    ["Mở rộng", "expansion"],
    ["Duy trì", "maintenance"],
    ["DUY TRÌ, CẢI TIẾN", "maintenance"],
    ["Duy trì và mở rộng", "expansion"],
    ["Tập huấn", "other"],
    ["Xây dựng, áp dụng HTQLCL lần đầu", "firstBuild"],
    ["Xây dựng và áp dụng hệ thống quản lý chất lượng", "firstBuild"],
    ["Xây dựng, áp dụng, duy trì HTQLCL", "maintenance"],
    ["Xây dựng kế hoạch", "other"],
  ])("reads %j as %s", (item, category) => {
    expect(inferBudgetCategory(item)).toBe(category);
  });
});
