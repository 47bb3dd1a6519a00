import { authorityLines, recipientName, signatureFooter } from "../../../src/core/report/signature";
import { emptyAgencyInfo } from "../../../src/core/workbook/agencySheet";

describe("the signature block (seed 001's ending)", () => {
  it("reads a typed recipient without its list punctuation", () => {
    expect(["- Sở Khoa học và Công nghệ;", "  -  Lãnh đạo Sở.", "Website Sở Y tế", "- ;"].map(recipientName)).toEqual([
      "Sở Khoa học và Công nghệ",
      "Lãnh đạo Sở",
      "Website Sở Y tế",
      "",
    ]);
  });

  it("lists each recipient as '- X;', the archive line last, the signer's authority and title in capitals", () => {
    const agency = { ...emptyAgencyInfo(2024), draftingUnit: "VP", signingAuthority: "KT. Giám đốc", signerTitle: "Phó Giám đốc", signerName: "Bùi Văn Kỳ" };
    expect(signatureFooter(agency, ["Như trên", "Lãnh đạo Sở"])).toEqual({
      recipients: ["- Như trên;", "- Lãnh đạo Sở;", "- Lưu: VT, VP."],
      authority: "KT. GIÁM ĐỐC",
      signerTitle: "PHÓ GIÁM ĐỐC",
      signerName: "Bùi Văn Kỳ",
    });
    expect(signatureFooter({ ...agency, draftingUnit: "" }, []).recipients).toEqual(["- Lưu: VT."]);
  });

  it("prints the title once when the authority is only the title again (the head signs in his own name)", () => {
    // "Thẩm quyền ký" GIÁM ĐỐC with "Chức vụ người ký" at its default GIÁM ĐỐC: one line "GIÁM ĐỐC", not two.
    const agency = { ...emptyAgencyInfo(2025), signingAuthority: "GIÁM ĐỐC", signerName: "Nguyễn Văn A" };
    expect(agency.signerTitle).toBe("GIÁM ĐỐC");
    const footer = signatureFooter(agency, []);
    expect([footer.authority, footer.signerTitle].filter(Boolean)).toEqual(["GIÁM ĐỐC"]);
    // Written in other case or spacing it is still the same office.
    expect(authorityLines(" Giám  đốc ", "GIÁM ĐỐC")).toBe("");
    // A collective body's line stays above the title; a deputy keeps "KT.".
    expect(authorityLines("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Chủ tịch")).toBe("TM. ỦY BAN NHÂN DÂN");
    expect(authorityLines("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC")).toBe("KT. GIÁM ĐỐC");
    expect(authorityLines("GIÁM ĐỐC", "")).toBe("GIÁM ĐỐC");
  });
});
