import { readDocumentHeader } from "../../../src/core/document/readDocumentHeader";
import { agencyFromHeader } from "../../../src/core/document/agencyFromHeader";
import { emptyAgencyInfo } from "../../../src/core/workbook/agencySheet";
import { sampleText, seeds } from "../../helpers";

const lines = (name: string) => sampleText(name).split("\n");

/** Expected values read off the seeds by hand (samples/seed-001…, seed-003…). */
describe("readDocumentHeader on seed 001 (Sở Y tế Ninh Thuận, year-end report 2024, undated draft)", () => {
  const input = lines(seeds.report2024);
  const h = readDocumentHeader(input);

  it("reads the number line 'Số: /BC- SYT' as an unnumbered BC of SYT", () => {
    expect(h.documentNumber).toBe("");
    expect(h.documentType).toBe("BC");
    expect(h.abbreviation).toBe("SYT");
  });

  it("reads the place and the year of an undated 'ngày tháng năm 2024'", () => {
    expect(h.placeName).toBe("Ninh Thuận");
    expect(h.date).toBe("");
    expect(h.year).toBe(2024);
  });

  it("has no agency lines in the header; the agency comes from 'Sở Y tế báo cáo …'", () => {
    expect(h.governingBody).toBe("");
    expect(h.agencyShortName).toBe("Sở Y tế");
    expect(h.agencyName).toBe("SỞ Y TẾ");
  });

  it("reads the type and the trích yếu", () => {
    expect(h.typeName).toBe("BÁO CÁO");
    expect(h.summary).toBe("Kết quả triển khai ISO năm 2024 và dự toán kinh phí thực hiện ISO năm 2025");
    expect(h.recipientTo).toEqual([]);
  });

  it("reads Nơi nhận, the drafting unit and the signature 'KT.GIÁM ĐỐC / PHÓ GIÁM ĐỐC / Bùi Văn Kỳ'", () => {
    expect(h.recipients).toEqual(["Sở KH&CN", "Lãnh đạo Sở", "Các phòng chức năng sở", "Website Sở Y tế"]);
    expect(h.draftingUnit).toBe("VP");
    expect(h.signingAuthority).toBe("KT. GIÁM ĐỐC");
    expect(h.signerTitle).toBe("PHÓ GIÁM ĐỐC");
    expect(h.signerName).toBe("Bùi Văn Kỳ");
  });

  it("delimits the body: from the intro sentence to the line before 'Nơi nhận:'", () => {
    expect(input[h.bodyStart]).toMatch(/^Sở Y tế báo cáo kết quả/);
    expect(input[h.bodyEnd]).toBe("Nơi nhận:");
    expect(input.slice(h.bodyStart, h.bodyEnd).join("\n")).toContain("IV. Kiến nghị: Không./.");
  });
});

describe("readDocumentHeader on seed 003 (Sở LĐTBXH Thừa Thiên Huế, plan 2023, two header columns merged)", () => {
  const input = lines(seeds.ldtbxh2023);
  const h = readDocumentHeader(input);

  it("separates the governing body and the agency from the national title and motto", () => {
    expect(h.governingBody).toBe("UBND TỈNH THỪA THIÊN HUẾ");
    expect(h.agencyName).toBe("SỞ LAO ĐỘNG THƯƠNG BINH VÀ XÃ HỘI");
    expect(h.agencyShortName).toBe("Sở Lao động - Thương binh và Xã hội");
  });

  it("reads 'Số: 3885/KH-SLĐTBXH' and 'Thừa Thiên Huế, ngày 31 tháng 12 năm 2022'", () => {
    expect(h.documentNumber).toBe("3885");
    expect(h.documentType).toBe("KH");
    expect(h.abbreviation).toBe("SLĐTBXH");
    expect(h.placeName).toBe("Thừa Thiên Huế");
    expect(h.date).toBe("2022-12-31");
    expect(h.year).toBe(2022);
  });

  it("joins the three bold lines of the trích yếu", () => {
    expect(h.typeName).toBe("KẾ HOẠCH");
    expect(h.summary).toBe(
      "Triển khai xây dựng, áp dụng, duy trì và cải tiến Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2015 năm 2023",
    );
    expect(input[h.bodyStart]).toMatch(/^Căn cứ Quyết định số 19\/2014/);
  });

  it("reads the recipients, 'Lưu VT, VP_{Tr}.' and the signer Nguyễn Hữu Phước", () => {
    expect(h.recipients).toEqual(["Sở KH&CN", "Chi cục TCĐLCL - Sở KH&CN", "Lãnh đạo Sở", "Các phòng, đơn vị, trung tâm thuộc Sở"]);
    expect(h.draftingUnit).toBe("VP");
    expect(h.signingAuthority).toBe("KT. GIÁM ĐỐC");
    expect(h.signerTitle).toBe("PHÓ GIÁM ĐỐC");
    expect(h.signerName).toBe("Nguyễn Hữu Phước");
  });
});

describe("readDocumentHeader on other layouts", () => {
  it("reads a header whose columns are on separate lines, a 'Kính gửi' list and a merged Nơi nhận / title line", () => {
    const h = readDocumentHeader([
      "ỦY BAN NHÂN DÂN",
      "TỈNH QUẢNG NINH",
      "SỞ Y TẾ",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Số: 05/BC-SYT\tQuảng Ninh, ngày 05 tháng 12 năm 2025",
      "BÁO CÁO",
      "Kết quả triển khai ISO năm 2025",
      "Kính gửi:",
      "- Sở Khoa học và Công nghệ;",
      "- Ủy ban nhân dân tỉnh.",
      "Sở Y tế báo cáo như sau:",
      "Nơi nhận:\tGIÁM ĐỐC",
      "- Như trên;",
      "- Lưu: VT, VP, 02 bản.",
      "Nguyễn Văn An",
    ]);
    expect(h.governingBody).toBe("ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH");
    expect(h.agencyName).toBe("SỞ Y TẾ");
    expect(h.agencyShortName).toBe("Sở Y tế");
    expect([h.documentNumber, h.documentType, h.abbreviation]).toEqual(["05", "BC", "SYT"]);
    expect([h.placeName, h.date]).toEqual(["Quảng Ninh", "2025-12-05"]);
    expect(h.summary).toBe("Kết quả triển khai ISO năm 2025");
    expect(h.recipientTo).toEqual(["Sở Khoa học và Công nghệ", "Ủy ban nhân dân tỉnh"]);
    expect(h.recipients).toEqual(["Như trên"]);
    expect(h.draftingUnit).toBe("VP");
    expect([h.signingAuthority, h.signerTitle, h.signerName]).toEqual(["", "GIÁM ĐỐC", "Nguyễn Văn An"]);
  });

  it("returns empty fields for text that is not a decree-format document", () => {
    const h = readDocumentHeader(["TT\tNội dung", "1\tXây dựng kế hoạch"]);
    expect(h.agencyName).toBe("");
    expect(h.abbreviation).toBe("");
    expect(h.signerName).toBe("");
    expect(h.recipients).toEqual([]);
    expect(h.year).toBeNull();
  });
});

describe("agencyFromHeader", () => {
  it("fills a blank 'Thông tin' record with seed 001's agency and signer, not its number or date", () => {
    const info = agencyFromHeader(readDocumentHeader(lines(seeds.report2024)), { ...emptyAgencyInfo(2025), documentNumber: "12" });
    expect(info.agencyName).toBe("SỞ Y TẾ");
    expect(info.agencyShortName).toBe("Sở Y tế");
    expect(info.abbreviation).toBe("SYT");
    expect(info.placeName).toBe("Ninh Thuận");
    expect(info.signingAuthority).toBe("KT. GIÁM ĐỐC");
    expect(info.signerTitle).toBe("PHÓ GIÁM ĐỐC");
    expect(info.signerName).toBe("Bùi Văn Kỳ");
    expect(info.recipients).toEqual(["Sở KH&CN", "Lãnh đạo Sở", "Các phòng chức năng sở", "Website Sở Y tế"]);
    expect(info.recipientTo).toBe(""); // seed 001 has no "Kính gửi": Sở KH&CN is under Nơi nhận
    expect(info.year).toBe(2025);
    expect(info.documentNumber).toBe("12");
  });

  it("keeps the base's values where the text says nothing", () => {
    const base = { ...emptyAgencyInfo(2025), agencyName: "SỞ Y TẾ", signerName: "Nguyễn Văn A" };
    const info = agencyFromHeader(readDocumentHeader(["Một đoạn văn bản thường."]), base);
    expect(info).toEqual(base);
  });
});
