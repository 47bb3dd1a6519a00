/**
 * The end of a document signed as "Thông tin" says (the year-end report and next year's plan):
 * "Nơi nhận" as NĐ 30/2020 lists it beside the signer's authority, title and name.
 */
import { reportText } from "../messages/catalogue";
import { foldKey, normalizeCellText } from "../text/normalize";
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
 * The signing authority's lines without a last line that only repeats the signer's title: the head
 * who signs in his own name has no authority line ("GIÁM ĐỐC" over "GIÁM ĐỐC" is one line), and
 * "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH" over the title "CHỦ TỊCH" keeps only "TM. ỦY BAN NHÂN DÂN".
 * @example authorityLines("GIÁM ĐỐC", "Giám đốc") === ""
 * @example authorityLines("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC") === "KT. GIÁM ĐỐC"
 */
export function authorityLines(authority: string, title: string): string {
  const lines = authority
    .split("\n")
    .map((l) => normalizeCellText(l))
    .filter(Boolean);
  const key = foldKey(normalizeCellText(title));
  if (key && lines.length && foldKey(lines[lines.length - 1]) === key) lines.pop();
  return lines.join("\n");
}

/**
 * The signature block: each recipient as "- X;", the archive line ("- Lưu: VT, <drafting unit>.")
 * last (NĐ 30/2020 Appendix I), and the signer in capitals but for the name; the title once when
 * the authority is only the title again (authorityLines).
 * @example signatureFooter(agency, ["Sở Khoa học và Công nghệ"]).recipients → ["- Sở Khoa học và Công nghệ;", "- Lưu: VT, VP."]
 */
export function signatureFooter(agency: AgencyInfo, recipients: readonly string[]): ReportFooter {
  return {
    recipients: [...recipients.map((r) => `- ${r};`), reportText.archive({ unit: agency.draftingUnit })],
    authority: authorityLines(agency.signingAuthority, agency.signerTitle).toLocaleUpperCase("vi"),
    signerTitle: agency.signerTitle.toLocaleUpperCase("vi"),
    signerName: agency.signerName,
  };
}
