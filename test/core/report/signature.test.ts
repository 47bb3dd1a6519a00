import { recipientName, signatureFooter } from "../../../src/core/report/signature";
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
});
