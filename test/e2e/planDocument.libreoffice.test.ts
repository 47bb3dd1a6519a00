import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { runCli } from "../../src/cli/main";
import { isA4, overlappingWords, pdfPages, pdfPageTexts, pdfWords, recalcProfile, requireTool, sofficeConvert } from "./tools";

/**
 * Next year's plan document (`next-year` on the demo's 2024 workbook) opened in real LibreOffice
 * Writer: A4 portrait, the NĐ 30 header on page 1, the body ending "./." before Nơi nhận, the
 * Phụ lục on its own page with seed 000's 12 tasks moved to 2025, no text over text, nothing past
 * the right margin. Needs libreoffice-writer and poppler-utils (.ci/run installs them).
 */
describe("next year's plan .docx in LibreOffice", () => {
  const dir = mkdtempSync(join(tmpdir(), "iso-plan-lo-"));
  let pdf: string;

  beforeAll(async () => {
    requireTool("soffice", "libreoffice-writer");
    const demo = await runCli(["demo", "-o", dir]);
    if (demo.code !== 0) throw new Error(demo.stderr.join("\n"));
    const out = await runCli(["next-year", join(dir, "so-theo-doi-iso-2024.xlsx")]);
    if (out.code !== 0) throw new Error(out.stderr.join("\n"));
    pdf = sofficeConvert(join(dir, "ke-hoach-iso-2025.docx"), "pdf", join(dir, "pdf"), recalcProfile(false));
  });

  it("prints on A4 portrait: header and legal bases on page 1, the Phụ lục on a page of its own with the 12 tasks", () => {
    const { pages, sizes } = pdfPages(pdf);
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(sizes.every((s) => isA4(s) && s.width < s.height)).toBe(true);
    const texts = pdfPageTexts(pdf, pages);
    const first = texts[0].replace(/\s+/g, " ");
    for (const text of [
      "UBND TỈNH NINH THUẬN",
      "SỞ Y TẾ",
      "Số: …/KH-SYT",
      "Ninh Thuận, ngày … tháng … năm 2025",
      "KẾ HOẠCH",
      "Căn cứ Quyết định số 19/2014/QĐ-TTg",
    ])
      expect([text, first.includes(text)]).toEqual([text, true]);
    expect(first).not.toContain("DỰ THẢO");

    const appendixPage = texts.findIndex((t) => /^\s*(\d+\s+)?Phụ lục/u.test(t));
    expect(appendixPage).toBeGreaterThan(0);
    expect(texts.slice(0, appendixPage).join("\n")).toContain("Bùi Văn Kỳ"); // signed before the appendix
    const appendix = texts.slice(appendixPage).join("\n");
    expect(appendix.replace(/\s+/g, " ")).toContain("(Kèm theo Kế hoạch số …/KH-SYT ngày … tháng … năm 2025 của Sở Y tế)");
    // Seed 000's tasks 1 and 12, their schedules moved to 2025 (a cell's lines are apart in the layout text: words).
    const appendixWords = pdfWords(pdf)
      .slice(appendixPage)
      .flat()
      .map((w) => w.text);
    expect(appendixWords).toEqual(expect.arrayContaining(["01/2025", "9/2025", "12/2025"]));
    expect(appendixWords.some((w) => /^\d{1,2}\/2024$/u.test(w))).toBe(false);
    const numbers = appendix
      .split("\n")
      .map((l) => /^\s*(\d{1,2})\s{2,}\S/u.exec(l)?.[1])
      .filter(Boolean)
      .map(Number);
    expect([...new Set(numbers)].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it("ends the body with './.' before Nơi nhận; no text over text, nothing past the right margin, 'TT' on one line", () => {
    const { pages } = pdfPages(pdf);
    const lines = pdfPageTexts(pdf, pages)
      .join("\n")
      .split("\n")
      .map((l) => l.trim())
      .filter(Boolean);
    const recipientsAt = lines.findIndex((l) => l.startsWith("Nơi nhận:"));
    expect(recipientsAt).toBeGreaterThan(0);
    expect(lines[recipientsAt - 1]).toMatch(/\.\/\.$/u);
    expect(lines[recipientsAt + 1]).toMatch(/^- Sở Khoa học và Công nghệ;/u);

    const words = pdfWords(pdf);
    // Right margin 15 mm of 210 mm (NĐ 30): 595 pt − 42.5 pt, with 2 pt for rounding.
    const past = words.flat().filter((w) => w.x1 > 595 - 42.5 + 2);
    expect(past.map((w) => w.text)).toEqual([]);
    // Every page, the title's 14 pt lines included (single spacing is written as lineRule "auto").
    expect(words.map((page) => overlappingWords(page).length)).toEqual(words.map(() => 0));
    expect(words.flat().some((w) => w.text === "TT")).toBe(true);
  });
});
