import { demoAgency, demoBudget, demoDossiers } from "../../../src/app/demoData";
import { sumCounts } from "../../../src/core/dossiers/counts";
import { buildReportModel, type ReportInput } from "../../../src/core/report/buildReport";
import { figureText, runsText } from "../../../src/core/report/model";
import { reportItemResults } from "../../../src/core/report/reportItems";
import { buildReportSheet } from "../../../src/core/report/reportSheet";
import { docDate } from "../../../src/core/text/docDate";

const input = (overrides: Partial<ReportInput> = {}): ReportInput => ({
  agency: demoAgency(),
  tasks: [],
  dossiers: sumCounts("Tổng cộng", demoDossiers()),
  budget: demoBudget(),
  refs: { dossierTotalRow: 10, budget: { grantedRows: [3, 4], grantedTotalRow: 5, estimateRows: [9], estimateTotalRow: 10 }, taskLastRow: 13 },
  ...overrides,
});

describe("buildReportModel", () => {
  it("writes the NĐ 30/2020 header: number with the agency's abbreviation, place and undated date line", () => {
    const { header } = buildReportModel(input());
    expect(header).toEqual({
      governingBody: "UBND TỈNH NINH THUẬN",
      agencyName: "SỞ Y TẾ",
      number: "Số: …/BC-SYT",
      placeDate: "Ninh Thuận, ngày … tháng … năm 2024",
      title: "BÁO CÁO",
      // Two balanced lines: "2025" never alone on the last line.
      summary: "Kết quả triển khai ISO năm 2024\nvà dự toán kinh phí thực hiện ISO năm 2025",
      recipientTo: "Kính gửi: Sở Khoa học và Công nghệ",
    });
    const dated = buildReportModel(input({ agency: { ...demoAgency(), documentNumber: "5", reportDate: "2024-12-05" } })).header;
    expect(dated.number).toBe("Số: 05/BC-SYT");
    expect(dated.placeDate).toBe("Ninh Thuận, ngày 05 tháng 12 năm 2024");
  });

  it("states seed 001's dossier sentence and budget lines, amounts in words", () => {
    const texts = buildReportModel(input()).blocks.flatMap((b) =>
      b.kind === "paragraph" ? [runsText(b.runs)] : b.rows.map((r) => r.map(runsText).join(" | ")),
    );
    expect(texts).toContain(
      "+ Từ ngày 01/01/2024 đến ngày 31/10/2024, Sở Y tế đã tiếp nhận 391 hồ sơ; xử lý không quá hạn 343 hồ sơ (trả kết quả trước hạn và đúng hạn 333 hồ sơ, yêu cầu bổ sung 10 hồ sơ); đang giải quyết trong hạn 48 hồ sơ.",
    );
    expect(texts).toContain("+ Số kinh phí đã cấp mở rộng: 18.000.000 đồng.");
    expect(texts).toContain("+ Số kinh phí đã cấp duy trì: 3.000.000 đồng.");
    expect(texts).toContain("+ Số kinh phí đã giải ngân: 21.000.000 đồng (Hai mươi mốt triệu đồng).");
    expect(texts).toContain("Tổng cộng | 3.000.000 | Bằng chữ: Ba triệu đồng");
  });

  it("signs per NĐ 30: with 'Kính gửi' the recipients open with '- Như trên;' and end with the archive line", () => {
    const { footer } = buildReportModel(input());
    expect(footer).toEqual({
      recipients: ["- Như trên;", "- Lãnh đạo Sở;", "- Các phòng chức năng sở;", "- Website Sở Y tế;", "- Lưu: VT, VP."],
      authority: "KT. GIÁM ĐỐC",
      signerTitle: "PHÓ GIÁM ĐỐC",
      signerName: "Bùi Văn Kỳ",
    });
  });
});

describe("reportItemResults", () => {
  it("fills an item from the evidence of the tasks that match it, else shows a placeholder", () => {
    const task = (no: string, text: string, evidence: string) => ({ no, task: text, evidence }) as unknown as Parameters<typeof reportItemResults>[0][number];
    const results = reportItemResults([task("8", "Xây dựng kế hoạch và tiến hành đánh giá nội bộ.", "Kế hoạch số 4425/KH-ISO ngày 03/10/2024")], "", 2024);
    expect(results[4]).toMatchObject({
      key: "internalAudit",
      text: "Tổ chức đánh giá nội bộ, khắc phục các điểm không phù hợp",
      result: "Kế hoạch số 4425/KH-ISO ngày 03/10/2024",
      found: true,
    });
    expect(results[0]).toMatchObject({ result: "Không có nhiệm vụ tương ứng trong kế hoạch", found: false });
    expect(results).toHaveLength(8);
  });
});

describe("buildReportSheet", () => {
  const sheet = buildReportSheet(buildReportModel(input()));
  const all = sheet.cells.flat();

  it("is A4 portrait with the decree's margins, columns that fit it (100 %), its own page numbers from page 2, no print titles", () => {
    expect(sheet.pageSetup).toMatchObject({
      paperSize: "A4",
      orientation: "portrait",
      margins: { top: 20, bottom: 20, left: 30, right: 15 },
      fitToWidth: true,
      pageNumbersExceptFirst: true,
      firstPageNumber: 1,
    });
    expect(sheet.pageSetup?.printTitleRows).toBeUndefined();
    // The columns fit inside 210 − 30 − 15 = 165 mm = 467.7 pt: (w × 7 + 5) px × 0.75 each.
    expect(sheet.columnWidths.reduce((sum, w) => sum + (w * 7 + 5) * 0.75, 0)).toBeLessThanOrEqual(467.7);
    expect(Object.values(sheet.styles).every((s) => s.fontName === "Times New Roman")).toBe(true);
  });

  it("makes every figure a live formula pointing at the data sheets, with its value cached", () => {
    // A table's figure is text built from digits, like a sentence's: "391" whatever the regional settings.
    const received = all.find((c) => c.kind === "formula" && c.formula === `IF(ISNUMBER('Hồ sơ TTHC'!C10),TEXT(ROUND('Hồ sơ TTHC'!C10,0),"0"),"—")`);
    expect(received).toMatchObject({ kind: "formula", result: "391" });
    const words = all.find((c) => c.kind === "formula" && String(c.result).trimStart().startsWith("+ Số kinh phí đã giải ngân"));
    expect(words && words.kind === "formula" && words.formula).toContain("ROUND(ABS('Kinh phí'!E5),0)");
    for (const c of all) if (c.kind === "formula") expect(c.result).not.toBeNull();
  });

  it("keeps every string literal in a formula within Excel's 255-character limit", () => {
    for (const c of all) {
      if (c.kind !== "formula") continue;
      for (const m of c.formula.matchAll(/"((?:[^"]|"")*)"/g)) expect(m[1].replace(/""/g, '"').length).toBeLessThanOrEqual(255);
    }
  });
});

describe("figureText and docDate", () => {
  it("formats figures and dates the Vietnamese way", () => {
    expect(figureText({ value: 21_000_000, format: "amount", ref: null })).toBe("21.000.000");
    expect(figureText({ value: 333 / 338, format: "percent", ref: null })).toBe("98,52%");
    expect(figureText({ value: 1, format: "percent", ref: null })).toBe("100%");
    expect(figureText({ value: 0.995, format: "percent", ref: null })).toBe("99,5%");
    expect(figureText({ value: null, format: "percent", ref: null })).toBe("—");
    expect(docDate("2014-03-05")).toBe("ngày 05 tháng 3 năm 2014");
    expect(docDate("2025-02-12")).toBe("ngày 12 tháng 02 năm 2025");
  });
});
