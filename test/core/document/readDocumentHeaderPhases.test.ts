/**
 * The phases of readDocumentHeader, one by one, on cleaned lines (markup already removed, as
 * readDocumentHeader passes them). Expected values are worked out by hand from the header and
 * signature lines of the seeds (samples/seed-00x…) and from the rule each phase documents; the whole
 * reader is tested on the seeds in readDocumentHeader.test.ts.
 */
import {
  agencyNameInBody,
  findNumberLine,
  findPlaceAndDate,
  findSignatureStart,
  findTypeLine,
  readIssuerColumn,
  readNumberLine,
  readRecipientTo,
  readSignatureBlock,
  readSummary,
  readDocumentHeader,
} from "../../../src/core/document/readDocumentHeader";

/** Seed 003's header as its text gives it: the two columns merged line by line. */
const seed003Header = [
  "UBND TỈNH THỪA THIÊN HUẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  "SỞ LAO ĐỘNG Độc lập - Tự do - Hạnh phúc",
  "THƯƠNG BINH VÀ XÃ HỘI",
  "",
  "Số: 3885/KH-SLĐTBXH",
  "",
  "Thừa Thiên Huế, ngày 31 tháng 12 năm 2022",
  "",
  "KẾ HOẠCH",
];

describe("findTypeLine: the type line among the first 40 lines", () => {
  it("finds seed 003's 'KẾ HOẠCH' under the number and the date (index 8), not the upper-case agency lines", () => {
    expect(findTypeLine(seed003Header)).toBe(8);
  });

  it("looks at lines 0–39 only", () => {
    const blanks = Array.from({ length: 39 }, () => "");
    expect(findTypeLine([...blanks, "BÁO CÁO"])).toBe(39);
    expect(findTypeLine([...blanks, "", "BÁO CÁO"])).toBe(-1);
  });

  it("takes no lower-case title, no long upper-case sentence and no 'CÔNG VĂN' (a công văn has no type line)", () => {
    expect(findTypeLine(["Kế hoạch", "KẾ HOẠCH ÁP DỤNG HỆ THỐNG QUẢN LÝ CHẤT LƯỢNG", "CÔNG VĂN"])).toBe(-1);
    expect(findTypeLine(["SỞ Y TẾ", "QUYẾT ĐỊNH"])).toBe(1);
  });
});

describe("findNumberLine: 'Số: …/…' before the type line", () => {
  it("finds seed 003's number line (index 4) before its type line", () => {
    expect(findNumberLine(seed003Header, 8)).toBe(4);
    expect(findNumberLine(seed003Header, 4)).toBe(-1);
  });

  it("needs 'Số' as a word followed by ':' — a citation in a sentence or 'Số 05/…' without a colon is no number line", () => {
    expect(findNumberLine(["Theo Kế hoạch số 733/KH-SYT", "Số 05/QĐ-UBND", "Tổng số: 12/40"], 3)).toBe(-1);
    expect(findNumberLine(["Số:12/SYT-VP"], 1)).toBe(0);
  });
});

describe("readNumberLine: number, type code and issuer", () => {
  it.each([
    ["Số: 3885/KH-SLĐTBXH", "3885", "KH", "SLĐTBXH"], // seed 003
    ["Số: /BC- SYT", "", "BC", "SYT"], // seed 001, an undated draft with a space slipped in
    ["Số: …/BC-SYT", "", "BC", "SYT"],
    ["Số: 05/BC-SYT Quảng Ninh, ngày 05 tháng 12 năm 2025", "05", "BC", "SYT"], // number and date on one line
    ["Số: 12/SYT-VP", "12", "", "SYT-VP"], // a công văn: no type code, all issuer
    ["Số: 3/KH", "3", "", "KH"], // a code without an issuer is no type
    ["Số: 7/QĐ-UBND-VP", "7", "QĐ", "UBND-VP"],
  ])("%s", (line, documentNumber, documentType, abbreviation) => {
    expect(readNumberLine(line)).toEqual({ documentNumber, documentType, abbreviation });
  });

  it("says nothing for a line without a number", () => {
    expect(readNumberLine("")).toEqual({ documentNumber: "", documentType: "", abbreviation: "" });
  });
});

describe("findPlaceAndDate: 'Nơi, ngày … tháng … năm …'", () => {
  it("reads seed 003's 'Thừa Thiên Huế, ngày 31 tháng 12 năm 2022' two lines under the number", () => {
    expect(findPlaceAndDate(seed003Header, 4, 8)).toEqual({ placeName: "Thừa Thiên Huế", date: "2022-12-31", year: 2022 });
  });

  it("reads seed 001's undated 'Ninh Thuận, ngày tháng năm 2024' as a place and a year without a date", () => {
    expect(findPlaceAndDate(["Số: /BC- SYT", "", "Ninh Thuận, ngày tháng năm 2024"], 0, 3)).toEqual({ placeName: "Ninh Thuận", date: "", year: 2024 });
  });

  it("takes the place after the number when both share a line", () => {
    expect(findPlaceAndDate(["Số: 05/BC-SYT Quảng Ninh, ngày 05 tháng 12 năm 2025"], 0, 1)).toEqual({
      placeName: "Quảng Ninh",
      date: "2025-12-05",
      year: 2025,
    });
  });

  it("keeps the year of an impossible day (31 February) but gives no date", () => {
    expect(findPlaceAndDate(["Huế, ngày 31 tháng 2 năm 2024"], 0, 1)).toEqual({ placeName: "Huế", date: "", year: 2024 });
  });

  it("looks only in [from, end) and skips a line with 'ngày' but no 'năm'", () => {
    expect(findPlaceAndDate(["Huế, ngày 5/3", "Số: 1/BC-SYT", "Huế, ngày 05 tháng 3 năm 2024"], 0, 2)).toEqual({ placeName: "", date: "", year: null });
    expect(findPlaceAndDate(["Huế, ngày 05 tháng 3 năm 2023", "Số: 1/BC-SYT", "Huế, ngày 05 tháng 3 năm 2024"], 1, 3).year).toBe(2024);
  });
});

describe("readIssuerColumn: the header's left column", () => {
  it("separates seed 003's governing body and agency from the national title and motto merged on the same lines", () => {
    expect(readIssuerColumn(seed003Header.slice(0, 4))).toEqual({
      governingBody: "UBND TỈNH THỪA THIÊN HUẾ",
      agencyName: "SỞ LAO ĐỘNG THƯƠNG BINH VÀ XÃ HỘI",
    });
  });

  it("joins a governing body written on two lines, and drops the right column and the rule under it", () => {
    const lines = ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NINH", "SỞ Y TẾ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "———"];
    expect(readIssuerColumn(lines)).toEqual({ governingBody: "ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH", agencyName: "SỞ Y TẾ" });
  });

  it("without an agency word after the first line, the first line is the governing body and the rest the agency", () => {
    expect(readIssuerColumn(["UBND TỈNH NINH THUẬN", "HỘI ĐỒNG THI ĐUA", "KHEN THƯỞNG"])).toEqual({
      governingBody: "UBND TỈNH NINH THUẬN",
      agencyName: "HỘI ĐỒNG THI ĐUA KHEN THƯỞNG",
    });
  });

  it("a single upper-case line is the agency; mixed-case lines are not header lines", () => {
    expect(readIssuerColumn(["SỞ Y TẾ", "Sở Tư pháp"])).toEqual({ governingBody: "", agencyName: "SỞ Y TẾ" });
    expect(readIssuerColumn(["Sở Tư pháp", ""])).toEqual({ governingBody: "", agencyName: "" });
  });
});

describe("readSummary: the trích yếu under the type line", () => {
  it("joins seed 003's three lines held together by an open '**' (the raw lines keep it, the text does not)", () => {
    const raw = [
      "**Triển khai xây dựng, áp dụng, duy trì và cải tiến",
      "Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia",
      "TCVN ISO 9001:2015 năm 2023**",
      "",
      "Căn cứ Quyết định số 19/2014/QĐ-TTg",
    ];
    const text = raw.map((l) => l.replace(/\*\*/g, ""));
    expect(readSummary(text, raw, 0, true)).toEqual({
      summary: "Triển khai xây dựng, áp dụng, duy trì và cải tiến Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2015 năm 2023",
      end: 3,
    });
  });

  it("without emphasis, stops before a line that starts in upper case, and continues on one in lower case", () => {
    const upper = ["", "Kết quả triển khai ISO năm 2024", "Sở Y tế báo cáo như sau:"];
    expect(readSummary(upper, upper, 0, true)).toEqual({ summary: "Kết quả triển khai ISO năm 2024", end: 2 });
    const lower = ["Áp dụng hệ thống", "quản lý chất lượng năm 2024", "Căn cứ Quyết định 19"];
    expect(readSummary(lower, lower, 0, true)).toEqual({ summary: "Áp dụng hệ thống quản lý chất lượng năm 2024", end: 2 });
  });

  it("stops at 'Kính gửi' even inside open emphasis", () => {
    const raw = ["**Báo cáo ISO", "Kính gửi: Sở KH&CN"];
    const text = ["Báo cáo ISO", "Kính gửi: Sở KH&CN"];
    expect(readSummary(text, raw, 0, true)).toEqual({ summary: "Báo cáo ISO", end: 1 });
  });

  it("without a type line reads only a công văn's 'V/v …'", () => {
    const cv = ["V/v báo cáo kết quả ISO", "Kính gửi: Sở KH&CN"];
    expect(readSummary(cv, cv, 0, false)).toEqual({ summary: "V/v báo cáo kết quả ISO", end: 1 });
    const body = ["", "Sở Y tế báo cáo như sau:"];
    expect(readSummary(body, body, 0, false)).toEqual({ summary: "", end: 1 });
  });
});

describe("readRecipientTo: 'Kính gửi' and where the body starts", () => {
  it("reads recipients on the 'Kính gửi' line itself", () => {
    expect(readRecipientTo(["Kính gửi: Sở Khoa học và Công nghệ.", "Sở Y tế báo cáo"], 0)).toEqual({ recipientTo: ["Sở Khoa học và Công nghệ"], end: 1 });
  });

  it("reads a dashed list under it across blank lines; the body starts at the first other line", () => {
    const text = ["", "Kính gửi:", "- Sở Khoa học và Công nghệ;", "", "- Ủy ban nhân dân tỉnh.", "", "Sở Y tế báo cáo như sau:"];
    expect(readRecipientTo(text, 0)).toEqual({ recipientTo: ["Sở Khoa học và Công nghệ", "Ủy ban nhân dân tỉnh"], end: 6 });
  });

  it("without 'Kính gửi' reads nobody and starts the body at the first non-blank line", () => {
    expect(readRecipientTo(["", "", "Sở Y tế báo cáo như sau:"], 0)).toEqual({ recipientTo: [], end: 2 });
  });
});

describe("findSignatureStart: the last 'Nơi nhận'", () => {
  it("takes the last one at or after the body's start (a body may quote 'Nơi nhận' earlier)", () => {
    const text = ["Nơi nhận: các phòng", "Nội dung", "Nơi nhận:", "- Như trên;"];
    expect(findSignatureStart(text, 0)).toBe(2);
    expect(findSignatureStart(text, 3)).toBe(4);
    expect(findSignatureStart(["Nội dung", "Noi nhan:"], 0)).toBe(1);
    expect(findSignatureStart(["Nội dung"], 0)).toBe(1);
  });
});

describe("readSignatureBlock: recipients, archive, authority, title, signer", () => {
  it("reads seed 002's block: recipients, 'Lưu: VT, VP, Thư ký BCĐ Iso.', GIÁM ĐỐC Nguyễn Tiến Dũng", () => {
    const block = [
      "Nơi nhận:",
      "",
      "- Sở KH&CN tỉnh;",
      "- GD và PGD Sở;",
      "- Các phòng thuộc Sở;",
      "- Lưu: VT, VP, Thư ký BCĐ Iso.",
      "",
      "GIÁM ĐỐC",
      "",
      "Nguyễn Tiến Dũng",
    ];
    expect(readSignatureBlock(block)).toEqual({
      recipients: ["Sở KH&CN tỉnh", "GD và PGD Sở", "Các phòng thuộc Sở"],
      draftingUnit: "VP, Thư ký BCĐ Iso",
      signingAuthority: "",
      signerTitle: "GIÁM ĐỐC",
      signerName: "Nguyễn Tiến Dũng",
    });
  });

  it("joins two authority lines (TM. … / KT. …) and takes the title under them", () => {
    const block = ["Nơi nhận:", "- Như trên;", "Lưu VT, VP.", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Văn Bình"];
    expect(readSignatureBlock(block)).toEqual({
      recipients: ["Như trên"],
      draftingUnit: "VP",
      signingAuthority: "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH",
      signerTitle: "PHÓ CHỦ TỊCH",
      signerName: "Trần Văn Bình",
    });
  });

  it("splits merged columns: 'Nơi nhận: KT.GIÁM ĐỐC' and '- Như trên; PHÓ GIÁM ĐỐC'", () => {
    const block = ["Nơi nhận: KT.GIÁM ĐỐC", "- Như trên; PHÓ GIÁM ĐỐC", "- Lưu: VT.", "Lê Thị Hoa"];
    expect(readSignatureBlock(block)).toEqual({
      recipients: ["Như trên"],
      draftingUnit: "",
      signingAuthority: "KT. GIÁM ĐỐC",
      signerTitle: "PHÓ GIÁM ĐỐC",
      signerName: "Lê Thị Hoa",
    });
  });

  it("without an authority line takes the last upper-case line as the title", () => {
    expect(readSignatureBlock(["Nơi nhận:", "- Như trên;", "SỞ Y TẾ", "GIÁM ĐỐC", "Lê Văn Cường"]).signerTitle).toBe("GIÁM ĐỐC");
  });

  it("reads nothing from an empty block (a document without 'Nơi nhận')", () => {
    expect(readSignatureBlock([])).toEqual({ recipients: [], draftingUnit: "", signingAuthority: "", signerTitle: "", signerName: "" });
  });
});

describe("seed 000 as a converter saves it (Markdown marks, the appendix after the signature)", () => {
  it("reads the type line and summary without '#' marks, and the signer's title before the appendix", () => {
    const lines = [
      "",
      "## KẾ HOẠCH",
      "### Áp dụng Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2015 vào hoạt động của cơ quan Sở Y tế năm 2024",
      "Sở Y tế xây dựng Kế hoạch Áp dụng, duy trì và cải tiến Hệ thống quản lý chất lượng",
      "***Nơi nhận:***",
      "- Lãnh đạo Sở (VBĐT);",
      "- Lưu :VT, TCHC.",
      "**GIÁM ĐỐC**",
      "**Bùi Xuân Minh**",
      "**PHỤ LỤC**  ",
      "**Nhiệm vụ cụ thể, sản phẩm, tiến độ và trách nhiệm thực hiện**  ",
      "*(Kèm theo Kế hoạch /KH-SYT ngày /01/2024 của Sở Y tế)*",
      "TT\tNội dung/Nhiệm vụ",
      "Nguyễn Văn An",
    ];
    const h = readDocumentHeader(lines);
    expect([h.typeName, h.summary.slice(0, 8), h.signerTitle, h.signerName, h.draftingUnit]).toEqual([
      "KẾ HOẠCH",
      "Áp dụng ",
      "GIÁM ĐỐC",
      "Bùi Xuân Minh",
      "TCHC",
    ]);
  });
});

describe("agencyNameInBody: the agency as sentences write it", () => {
  it("finds the header's 'SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH' in seed 002's first sentence, commas and case as written", () => {
    const body = ["Căn cứ Quyết định số 328/QĐ-SVHTTDL ngày 07/10/2022 của Sở Văn hóa, Thể thao và Du lịch về việc công bố lại Hệ thống quản lý chất lượng"];
    expect(agencyNameInBody(body, "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH")).toEqual({
      agencyName: "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH",
      agencyShortName: "Sở Văn hóa, Thể thao và Du lịch",
    });
  });

  it("matches whole words only, and keeps the header's name when the body never writes it", () => {
    expect(agencyNameInBody(["Các Sở Y tếx và Sở Y tế báo cáo"], "SỞ Y TẾ").agencyShortName).toBe("Sở Y tế");
    expect(agencyNameInBody(["Nội dung không nêu tên"], "SỞ Y TẾ")).toEqual({ agencyName: "SỞ Y TẾ", agencyShortName: "" });
  });

  it("without a header agency, takes the subject of '… báo cáo' and writes it in upper case as the agency", () => {
    expect(agencyNameInBody(["I. Kết quả", "Trung tâm Phục vụ hành chính công tỉnh báo cáo như sau:"], "")).toEqual({
      agencyName: "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH",
      agencyShortName: "Trung tâm Phục vụ hành chính công tỉnh",
    });
    expect(agencyNameInBody(["Nội dung"], "")).toEqual({ agencyName: "", agencyShortName: "" });
  });

  it("without a header (seed 002 has none), takes the subject after a clause, commas in its name as written", () => {
    const body = [
      "Căn cứ Quyết định số 328/QĐ-SVHTTDL ngày 07/10/2022 của Sở Văn hóa, Thể thao và Du lịch về việc công bố lại Hệ thống quản lý chất lượng phù hợp Tiêu chuẩn quốc gia TCVN ISO 9001:2015; Quyết định số 499/QĐ-SVHTTDL ngày 31/12/2023 về Chương trình công tác năm 2024, Sở Văn hóa, Thể thao và Du lịch xây dựng kế hoạch áp dụng và duy trì Hệ thống Quản lý chất lượng",
    ];
    expect(agencyNameInBody(body, "")).toEqual({ agencyName: "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", agencyShortName: "Sở Văn hóa, Thể thao và Du lịch" });
    // A lower-case word after a comma ends the name: "…, Sở Y tế, các phòng xây dựng" is not one agency.
    expect(agencyNameInBody(["Theo đề nghị, Sở Y tế, các phòng xây dựng kế hoạch"], "").agencyShortName).toBe("");
  });
});
