/**
 * Issue 19, item 4: a partial statistics table is read for what it has, and the dossier sheet and
 * the report use what exists and name what is missing — never a 0 where the source gave nothing,
 * never a 0 % rate computed from it. Tables typed from published sources (named below); every
 * expected cell, rate and sentence worked out by hand from the table before the code was run.
 */
import { makeGrid, type Grid } from "../../../src/core/grid/grid";
import { importDossiers } from "../../../src/core/dossiers";
import { buildDossierSheet } from "../../../src/core/workbook/dossierSheet";
import { specToGrid } from "../../../src/core/sheet/specGrid";
import type { CellSpec, SheetSpec } from "../../../src/core/sheet/model";
import { buildTrackingWorkbook, emptyTrackingData } from "../../../src/core/workbook/trackingWorkbook";
import { readTracking } from "../../../src/core/report/readTracking";
import { buildReportModel } from "../../../src/core/report/buildReport";
import { runsText } from "../../../src/core/report/model";

/** A cell as the test reads it: a number, a text, a formula's cached result ("" for a blank result), or null when empty. */
const shown = (c: CellSpec | undefined): number | string | boolean | null => {
  if (!c || c.kind === "empty") return null;
  if (c.kind === "formula") return c.result ?? "";
  return c.value;
};
const formulaOf = (c: CellSpec | undefined) => (c && c.kind === "formula" ? c.formula : null);
/** Row `r` (1-based), columns C…Q as the sheet lays them out (C received … K pending overdue, L resolved, M–P rates A–D, Q check). */
const rowOf = (sheet: SheetSpec, r: number) => sheet.cells[r - 1].slice(2, 17).map(shown);

/** The report's paragraphs and table rows as text, from a tracking workbook whose dossier sheet is `sheet`. */
function reportTexts(sheet: SheetSpec, year: number): string[] {
  const grids: Grid[] = buildTrackingWorkbook(emptyTrackingData(year)).sheets.map((s) => (s.name === sheet.name ? specToGrid(sheet) : specToGrid(s)));
  const read = readTracking(grids, { fallbackYear: year });
  if (!read.ok) throw new Error("expected a tracking read");
  const { agency, tasks, dossiers, budget, refs } = read.read;
  const model = buildReportModel({ agency, tasks, dossiers, budget, refs });
  return model.blocks.flatMap((b) => (b.kind === "paragraph" ? [runsText(b.runs)] : b.rows.map((row) => row.map(runsText).join(" | "))));
}

/**
 * Báo Đồng Khởi (Bến Tre), 08/11/2020, "Trung tâm Phục vụ hành chính công tỉnh giải quyết trên 8,9 ngàn
 * hồ sơ các loại" (https://baodongkhoi.vn/trung-tam-phuc-vu-hanh-chinh-cong-tinh-giai-quyet-tren-8-9-ngan-ho-so-cac-loai-08112020-a79925.html):
 * the agencies' received counts in tháng 10/2020, nothing else — Công an tỉnh 3,8 ngàn, Sở Công Thương
 * 1,7 ngàn, Sở Giao thông vận tải 829, Sở Tài nguyên và Môi trường 803.
 */
describe("a received-only table (Bến Tre, tháng 10/2020) on the dossier sheet and in the report", () => {
  const imported = importDossiers(
    makeGrid("Cơ quan", [
      ["Cơ quan", "Số hồ sơ tiếp nhận"],
      ["Công an tỉnh", "3,8 ngàn"],
      ["Sở Công Thương", "1,7 ngàn"],
      ["Sở Giao thông vận tải", "829"],
      ["Sở Tài nguyên và Môi trường", "803"],
    ]),
    { asOf: "2020-10-31" },
  );
  const sheet = buildDossierSheet(imported.byField, imported.total);
  const missingText = "Chưa đủ số liệu để kiểm tra";

  it("writes the received counts and leaves every outcome, 'Đã giải quyết' and rate blank", () => {
    // C received; D–F early/on time/late blank; G–I supplement/withdrawn/stopped 0 (no such column: none);
    // J–K pending blank; L "Đã giải quyết" ""; M–P rates ""; Q the check says the outcomes are missing.
    expect(rowOf(sheet, 2)).toEqual([3800, null, null, null, 0, 0, 0, null, null, "", "", "", "", "", missingText]);
    expect(rowOf(sheet, 5)).toEqual([803, null, null, null, 0, 0, 0, null, null, "", "", "", "", "", missingText]);
    expect(formulaOf(sheet.cells[1][11])).toBe('IF(COUNT(D2,E2,F2)=0,"",N(D2)+N(E2)+N(F2))');
    expect(formulaOf(sheet.cells[1][13])).toBe('IF(OR(N(C2)=0,COUNT(D2,E2,F2)=0),"",(N(D2)+N(E2))/N(C2))');
  });

  it("keeps the total's blank columns blank: 3 800 + 1 700 + 829 + 803 = 7 132 received, nothing else", () => {
    expect(rowOf(sheet, 6)).toEqual([7132, "", "", "", 0, 0, 0, "", "", "", "", "", "", "", missingText]);
    expect(formulaOf(sheet.cells[5][3])).toBe('IF(COUNT(D2:D5)=0,"",SUM(D2:D5))');
    expect(formulaOf(sheet.cells[5][2])).toBe("SUM(C2:C5)");
    // The note under the table says what a blank cell means.
    expect(sheet.cells.flat().map(shown)).toContain("Ô số liệu để trống: số liệu gốc không có số này (không phải số 0); các tỷ lệ cần số đó cũng để trống.");
  });

  it("reads the sheet back as the same partial counts: received only, no rate", () => {
    const back = importDossiers(specToGrid(sheet), { asOf: "2020-10-31" });
    expect(back.total).toMatchObject({ received: 7132, missing: ["resolved", "pending"] });
    expect(Object.values(back.total.rates)).toEqual([null, null, null, null]);
  });

  it("reports the received count, names what is missing, and never says '0 hồ sơ' or '0%' for it", () => {
    const texts = reportTexts(sheet, 2020);
    const sentence = texts.find((t) => t.startsWith("+ Từ ngày"));
    expect(sentence).toMatch(/đã tiếp nhận 7132 hồ sơ\.$/);
    expect(texts).toContain(
      "+ Chưa có số liệu về số hồ sơ đã giải quyết; số hồ sơ đang giải quyết (trang “Hồ sơ TTHC” để trống các cột này), nên các số và tỷ lệ cần đến chúng chưa được nêu.",
    );
    expect(texts.some((t) => t.startsWith("+ Tỷ lệ giải quyết đúng hạn"))).toBe(false);
    expect(texts).toContain("Xử lý không quá hạn | —");
    expect(texts).toContain("Đang giải quyết trong hạn | —");
    expect(texts).toContain("Tỷ lệ giải quyết đúng hạn (1) | —");
    // The drafted comment says the resolved figures are missing, not that nothing was resolved.
    expect(texts).toContain("- Số liệu hồ sơ chưa có số đã giải quyết (trước hạn, đúng hạn, quá hạn) nên chưa đánh giá được tỷ lệ giải quyết đúng hạn.");
    expect(texts.join("\n")).not.toContain("Trong kỳ chưa có hồ sơ được giải quyết xong");
  });
});

/**
 * Báo Lâm Đồng, 18/03/2020, "Trên 7.600 hồ sơ bị quá hạn trong quý I"
 * (https://baolamdong.vn/doi-song/202003/tren-7600-ho-so-bi-qua-han-trong-quy-i-2993657/): quý I/2020 by
 * level, received and resolved only (the article's pending columns left out, as a table that gives
 * received and resolved only): tỉnh 54.575 / 51.780 (đúng và trước hạn 51.072, quá hạn 708), huyện
 * 340.060 / 329.596 (323.911, 5.685), xã 264.610 / 261.896 (260.612, 1.284).
 */
describe("a received-and-resolved table (Lâm Đồng, quý I/2020): rates A and B, no C or D", () => {
  const imported = importDossiers(
    makeGrid("Quý I", [
      ["Cấp", "Số hồ sơ tiếp nhận", "Số hồ sơ đã giải quyết", "Đúng và trước hạn", "Quá hạn"],
      ["Cấp tỉnh", "54.575", "51.780", "51.072", "708"],
      ["Cấp huyện", "340.060", "329.596", "323.911", "5.685"],
      ["Cấp xã", "264.610", "261.896", "260.612", "1.284"],
    ]),
    { asOf: "2020-02-29" },
  );
  const sheet = buildDossierSheet(imported.byField, imported.total);
  const missingText = "Chưa đủ số liệu để kiểm tra";

  it("writes the split, computes A and B, leaves the pending columns, C and D blank", () => {
    expect(imported.total.missing).toEqual(["pending"]);
    // Cấp tỉnh: the combined column goes to "Đúng hạn" (D early 0); L = 0 + 51 072 + 708 = 51 780;
    // A = 51 072 / 51 780; B = 51 072 / 54 575.
    const row = rowOf(sheet, 2);
    expect(row.slice(0, 10)).toEqual([54575, 0, 51072, 708, 0, 0, 0, null, null, 51780]);
    expect(row[10]).toBeCloseTo(51072 / 51780, 12);
    expect(row[11]).toBeCloseTo(51072 / 54575, 12);
    expect(row.slice(12)).toEqual(["", "", missingText]);
    expect(formulaOf(sheet.cells[1][14])).toBe('IF(OR(N(C2)=0,COUNT(D2,E2,F2)=0,COUNT(J2,K2)=0),"",(N(D2)+N(E2)+N(G2)+N(H2)+N(I2)+N(J2))/N(C2))');
  });

  it("reports the sums of the levels with rate A, and says the pending dossiers are missing", () => {
    // 54 575 + 340 060 + 264 610 = 659 245; 51 072 + 323 911 + 260 612 = 635 595; 708 + 5 685 + 1 284 = 7 677;
    // resolved 635 595 + 7 677 = 643 272; A = 635 595 / 643 272 = 98,806… % → 98,81%.
    const texts = reportTexts(sheet, 2020);
    const sentence = texts.find((t) => t.startsWith("+ Từ ngày"));
    expect(sentence).toMatch(
      /đã tiếp nhận 659245 hồ sơ; xử lý không quá hạn 635595 hồ sơ \(trả kết quả trước hạn và đúng hạn 635595 hồ sơ, yêu cầu bổ sung 0 hồ sơ\); trả kết quả quá hạn 7677 hồ sơ\.$/,
    );
    expect(texts).toContain(
      "+ Chưa có số liệu về số hồ sơ đang giải quyết (trang “Hồ sơ TTHC” để trống các cột này), nên các số và tỷ lệ cần đến chúng chưa được nêu.",
    );
    expect(texts).toContain("+ Tỷ lệ giải quyết đúng hạn (1): 98,81%.");
    expect(texts).toContain("Đang giải quyết quá hạn | —");
    expect(texts).toContain("Tỷ lệ theo Bộ chỉ số QĐ 766/QĐ-TTg (2) | —");
  });
});

describe("a full table keeps its sheet and report unchanged", () => {
  it("writes no blank, no note about blanks, and checks the parts (Quận 1, TP.HCM, 2018 — Thanh Niên, 02/2019)", () => {
    // 585 336 received = 585 116 resolved (all on time) + 220 pending in time; the bare "Tỷ lệ" columns are shares.
    const imported = importDossiers(
      makeGrid("Quận 1", [
        ["Đơn vị", "Tiếp nhận", "Đã giải quyết", "Tỷ lệ", "Đúng hạn", "Tỷ lệ", "Trễ hạn", "Tỷ lệ", "Đang giải quyết còn trong hạn"],
        ["UBND Quận 1", "585.336", "585.116", "99,96%", "585.116", "99,96%", "0", "0%", "220"],
      ]),
      { asOf: "2018-12-31" },
    );
    const sheet = buildDossierSheet(imported.byField, imported.total);
    const row = rowOf(sheet, 2);
    // C = (585 116 + 220) / 585 336 = 1; D = 585 116 / (585 116 + 0) = 1; check "" (585 116 + 220 = 585 336).
    expect(row.slice(0, 10)).toEqual([585336, 0, 585116, 0, 0, 0, 0, 220, 0, 585116]);
    expect(row.slice(12)).toEqual([1, 1, ""]);
    expect(sheet.cells.flat().map(shown).join("\n")).not.toContain("Ô số liệu để trống");
  });
});

describe("stopped dossiers (dừng giải quyết, TT 03/2025 Mẫu 05) in the report", () => {
  it("states them beside the withdrawn ones, so the sentence's parts add up to the received count", () => {
    // A portal period table (made up): 100 = 90 early or on time + 2 late + 1 withdrawn + 3 stopped + 3 pending in time + 1 overdue.
    const imported = importDossiers(
      makeGrid("Kỳ", [
        [
          "Đơn vị",
          "Tổng số hồ sơ tiếp nhận",
          "Đã giải quyết đúng và trước hạn",
          "Đã giải quyết quá hạn",
          "Hồ sơ rút",
          "Hồ sơ dừng xử lý",
          "Đang giải quyết trong hạn",
          "Đang giải quyết quá hạn",
        ],
        ["Xã A", "100", "90", "2", "1", "3", "3", "1"],
      ]),
      { asOf: "2025-12-31" },
    );
    const texts = reportTexts(buildDossierSheet(imported.byField, imported.total), 2025);
    expect(texts.find((t) => t.startsWith("+ Từ ngày"))).toMatch(
      /đã tiếp nhận 100 hồ sơ; xử lý không quá hạn 90 hồ sơ \(trả kết quả trước hạn và đúng hạn 90 hồ sơ, yêu cầu bổ sung 0 hồ sơ\); trả kết quả quá hạn 2 hồ sơ; tổ chức, cá nhân rút hồ sơ 1 hồ sơ; dừng giải quyết 3 hồ sơ; đang giải quyết trong hạn 3 hồ sơ; đang giải quyết quá hạn 1 hồ sơ\.$/,
    );
    expect(texts).toContain("Dừng giải quyết hồ sơ | 3");
    expect(texts.some((t) => t.startsWith("+ Chưa có số liệu về"))).toBe(false);
  });
});
