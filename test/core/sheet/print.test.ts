import { fitColumnWidths, pageColumnWidth, printableWidthPoints, printScale } from "../../../src/core/sheet/print";
import { buildInstructionsSheet } from "../../../src/core/workbook/instructionsSheet";
import { computeRowHeights } from "../../../src/core/sheet/rowHeights";
import { columnWidthForPoints, columnWidthPoints, textWidthPoints, wrappedLineCount } from "../../../src/core/sheet/textMetrics";
import { a4PageSetup } from "../../../src/core/sheet/styles";

describe("text metrics (Times New Roman advance widths)", () => {
  it("measures digits at half an em and Vietnamese letters by their base letter", () => {
    expect(textWidthPoints("000", 12)).toBe(18); // 3 × 0.5 em × 12 pt
    expect(textWidthPoints("ế", 10)).toBeCloseTo(4.44, 2); // as "e": 0.444 em
    expect(textWidthPoints("Đ", 10)).toBeCloseTo(7.22, 2); // as "D"
  });

  it("wraps at spaces: two words of 21.3 pt need 45.6 pt on one line", () => {
    // "aaaa" = 4 × 0.444 em × 12 pt = 21.31 pt; a space is 3 pt.
    expect(wrappedLineCount("aaaa aaaa", 50, 12)).toBe(1);
    expect(wrappedLineCount("aaaa aaaa", 30, 12)).toBe(2);
    expect(wrappedLineCount("aaaa\naaaa", 500, 12)).toBe(2);
    // A word wider than the room breaks inside: 8 × 0.444 × 12 = 42.6 pt in 20 pt → 3 lines.
    expect(wrappedLineCount("aaaaaaaa", 20, 12)).toBe(3);
  });

  it("converts column widths as Excel draws them: (n × 7 + 5) px at 96 dpi", () => {
    expect(columnWidthPoints(10)).toBe(56.25);
    // And back: 56.25 pt is 10 characters, a hair less is 9.
    expect([columnWidthForPoints(56.25), columnWidthForPoints(56)]).toEqual([10, 9]);
  });
});

describe("printing one page wide", () => {
  const landscape = a4PageSetup("landscape");

  it("knows the printable width of A4 landscape with the data sheets' margins (297 − 15 − 10 mm)", () => {
    expect(printableWidthPoints(landscape)).toBeCloseTo((272 * 72) / 25.4, 6);
  });

  it("narrows only the flexible columns so 12 pt text prints at 9.5 pt or more", () => {
    const widths = [5, 48, 36, 14, 11, 11, 24, 13, 36];
    const flexible = [false, true, true, false, false, false, true, false, true];
    const fitted = fitColumnWidths(widths, landscape, { fontSize: 12, minPrinted: 9.5, flexible });
    fitted.forEach((w, i) => (flexible[i] ? expect(w).toBeLessThanOrEqual(widths[i]) : expect(w).toBe(widths[i])));
    expect(printScale({ columnWidths: fitted, pageSetup: landscape }) * 12).toBeGreaterThanOrEqual(9.5);
    // The original widths would have printed at under 9 pt.
    expect(printScale({ columnWidths: widths, pageSetup: landscape }) * 12).toBeLessThan(9);
  });

  it("leaves columns that already fit alone", () => {
    expect(fitColumnWidths([10, 20], landscape, { fontSize: 12, minPrinted: 9.5, flexible: [true, true] })).toEqual([10, 20]);
  });
});

describe("a sheet of running text in one column", () => {
  it("is as wide as A4 portrait's printable width: 210 − 15 − 10 mm = 524.4 pt, 99 characters ((99 × 7 + 5) px = 523.5 pt)", () => {
    expect(pageColumnWidth(a4PageSetup("portrait"))).toBe(99);
    expect(columnWidthPoints(99)).toBeLessThanOrEqual(printableWidthPoints(a4PageSetup("portrait")));
    expect(columnWidthPoints(100)).toBeGreaterThan(printableWidthPoints(a4PageSetup("portrait")));
  });

  it("the instructions sheet prints within the page at 100 %, its long lines wrapped onto two rows' worth of height", () => {
    const sheet = buildInstructionsSheet(2024);
    expect(printScale(sheet)).toBe(1);
    // Row 5 ("Nhiệm vụ: …", 150 characters) cannot fit one line of 99 characters; row 4 ("Thông tin: …", 66) can.
    const heights = computeRowHeights(sheet);
    expect(heights[5]).toBeGreaterThan(heights[4] * 1.8);
  });
});
