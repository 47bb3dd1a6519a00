/**
 * The end of a document signed as "Thông tin" says (the year-end report and next year's plan):
 * "Nơi nhận" as NĐ 30/2020 lists it beside the signer's authority, title and name.
 */
import { reportText } from "../messages/catalogue";
import type { AgencyInfo } from "../workbook/agencySheet";
import type { ReportFooter } from "./model";

/**
 * A typed "Nơi nhận" entry without its list punctuation.
 * @example recipientName("- Sở Khoa học và Công nghệ;") === "Sở Khoa học và Công nghệ"
 */
export function recipientName(line: string): string {
  return line
    .replace(/^\s*-\s*/u, "")
    .replace(/[;.]\s*$/u, "")
    .trim();
}

/**
 * The signature block: each recipient as "- X;", the archive line ("- Lưu: VT, <drafting unit>.")
 * last (NĐ 30/2020 Appendix I), and the signer in capitals but for the name.
 * @example signatureFooter(agency, ["Sở Khoa học và Công nghệ"]).recipients → ["- Sở Khoa học và Công nghệ;", "- Lưu: VT, VP."]
 */
export function signatureFooter(agency: AgencyInfo, recipients: readonly string[]): ReportFooter {
  return {
    recipients: [...recipients.map((r) => `- ${r};`), reportText.archive({ unit: agency.draftingUnit })],
    authority: agency.signingAuthority.toLocaleUpperCase("vi"),
    signerTitle: agency.signerTitle.toLocaleUpperCase("vi"),
    signerName: agency.signerName,
  };
}
