import { amountInWords, safeAmountInWords } from "../../../src/core/budget/amountInWords";
import { formatAmount } from "../../../src/core/budget/formatAmount";

describe("amountInWords", () => {
  // docs/document-format.md#amounts-in-words, the cases the tests hold, each with "đồng" appended.
  it.each([
    [0, "Không đồng"],
    [10, "Mười đồng"],
    [11, "Mười một đồng"],
    [21, "Hai mươi mốt đồng"],
    [1_000_000_000, "Một tỷ đồng"],
    [1_000_000_000_000, "Một nghìn tỷ đồng"],
    [100_000, "Một trăm nghìn đồng"],
    [1_010_000, "Một triệu không trăm mười nghìn đồng"],
    [2_000_001, "Hai triệu không trăm linh một đồng"],
    [1_000_000_000_000_000, "Một triệu tỷ đồng"],
  ])("reads the domain edge case %d as %j", (n, words) => {
    expect(amountInWords(n)).toBe(words);
  });

  // The examples of the rules table in docs/document-format.md#amounts-in-words.
  it.each([
    [123_456_789, "Một trăm hai mươi ba triệu bốn trăm năm mươi sáu nghìn bảy trăm tám mươi chín đồng"],
    [15, "Mười lăm đồng"],
    [50, "Năm mươi đồng"],
    [105, "Một trăm linh năm đồng"],
    [301, "Ba trăm linh một đồng"],
    [1_005, "Một nghìn không trăm linh năm đồng"],
    [5_025_110, "Năm triệu không trăm hai mươi lăm nghìn một trăm mười đồng"],
    [1_505_555_005, "Một tỷ năm trăm linh năm triệu năm trăm năm mươi lăm nghìn không trăm linh năm đồng"],
    [731, "Bảy trăm ba mươi mốt đồng"],
    [711, "Bảy trăm mười một đồng"],
    [24, "Hai mươi tư đồng"],
    [14, "Mười bốn đồng"],
    [704, "Bảy trăm linh bốn đồng"],
    [25, "Hai mươi lăm đồng"],
    [555, "Năm trăm năm mươi lăm đồng"],
  ])("follows the reading rules: %d is %j", (n, words) => {
    expect(amountInWords(n)).toBe(words);
  });

  it("reads the seed 001 figures, with 'mốt' where the seed wrote 'Hai mươi một triệu'", () => {
    expect(amountInWords(18_000_000)).toBe("Mười tám triệu đồng");
    expect(amountInWords(3_000_000)).toBe("Ba triệu đồng");
    expect(amountInWords(21_000_000)).toBe("Hai mươi mốt triệu đồng");
  });

  it("reads more groups and zero hundreds inside a number", () => {
    expect(amountInWords(1_000_000_005)).toBe("Một tỷ không trăm linh năm đồng");
    expect(amountInWords(1_001_000_000_000)).toBe("Một nghìn không trăm linh một tỷ đồng");
    expect(amountInWords(1_000_000_000_000_005)).toBe("Một triệu tỷ không trăm linh năm đồng");
    expect(amountInWords(15_000_000)).toBe("Mười lăm triệu đồng");
    expect(amountInWords(40_500)).toBe("Bốn mươi nghìn năm trăm đồng");
    expect(amountInWords(10n ** 18n)).toBe("Một tỷ tỷ đồng");
    expect(amountInWords(999_999_999_999_999n)).toBe(
      "Chín trăm chín mươi chín nghìn chín trăm chín mươi chín tỷ chín trăm chín mươi chín triệu chín trăm chín mươi chín nghìn chín trăm chín mươi chín đồng",
    );
  });

  it("applies the regional and style options", () => {
    expect(amountInWords(105, { oddText: "lẻ" })).toBe("Một trăm lẻ năm đồng");
    expect(amountInWords(24, { four: "bốn" })).toBe("Hai mươi bốn đồng");
    expect(amountInWords(14, { four: "tư" })).toBe("Mười bốn đồng");
    expect(amountInWords(7_000, { thousand: "ngàn", seven: "bẩy" })).toBe("Bẩy ngàn đồng");
    expect(amountInWords(2_000_000_000, { billion: "tỉ" })).toBe("Hai tỉ đồng");
    expect(amountInWords(2_000_001, { zeroGroups: "read" })).toBe("Hai triệu không nghìn không trăm linh một đồng");
    expect(amountInWords(2_000_000, { zeroGroups: "read" })).toBe("Hai triệu đồng");
    expect(amountInWords(21, { currency: false })).toBe("Hai mươi mốt");
    expect(amountInWords(0, { currency: false })).toBe("Không");
    // [SAUNG] and [HOCXL] examples of "chẵn".
    expect(amountInWords(20_350_000, { thousand: "ngàn", even: true })).toBe("Hai mươi triệu ba trăm năm mươi ngàn đồng chẵn");
    expect(amountInWords(55_555, { even: true })).toBe("Năm mươi lăm nghìn năm trăm năm mươi lăm đồng chẵn");
  });

  it.each([[-1], [1.5], [Number.NaN], [Number.POSITIVE_INFINITY], [2 ** 53], [-1n]])("throws RangeError for %p", (n) => {
    expect(() => amountInWords(n)).toThrow(RangeError);
  });
});

describe("safeAmountInWords", () => {
  it("returns the words of a valid amount", () => {
    expect(safeAmountInWords(3_000_000)).toEqual({ ok: true, words: "Ba triệu đồng" });
    expect(safeAmountInWords(5n, { currency: false })).toEqual({ ok: true, words: "Năm" });
  });

  it.each([
    [-1, "budget_amount_negative", -1],
    [1500.5, "budget_amount_not_integer", 1500.5],
    [Number.NaN, "budget_amount_not_number", "NaN"],
    ["18.000.000", "budget_amount_not_number", "18.000.000"],
    [undefined, "budget_amount_not_number", "undefined"],
    [2 ** 60, "budget_amount_too_large", 2 ** 60],
    [-3n, "budget_amount_negative", "-3"],
  ])("reports %p as %s", (value, code, amount) => {
    expect(safeAmountInWords(value)).toEqual({ ok: false, issue: { severity: "error", code, params: { amount } } });
  });
});

describe("formatAmount", () => {
  it.each([
    [0, "0"],
    [999, "999"],
    [1_000, "1.000"],
    [18_000_000, "18.000.000"],
    [-21_000_000, "-21.000.000"],
    [1500.5, "1.500,5"],
    [10n ** 15n, "1.000.000.000.000.000"],
    [-1234n, "-1.234"],
    [2 ** 60, "1.152.921.504.606.846.976"],
    [Number.NaN, "NaN"],
  ])("formats %p as %j", (n, text) => {
    expect(formatAmount(n)).toBe(text);
  });
});
