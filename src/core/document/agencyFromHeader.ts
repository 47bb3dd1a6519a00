/**
 * The agency facts a document states in its header and signature block (NĐ 30/2020 layout):
 * one rule for last year's report (which starts next year's "Thông tin") and for a plan
 * imported into the workbook (which fills its blank facts).
 */
import { typeName, typeOfCode } from "../evidence/documentTypes";
import { formatDocumentReference } from "../evidence/formatDocumentReference";
import { agencyKeys, type AgencyInfo } from "../workbook/agencySheet";
import { readDocumentHeader, type DocumentHeader } from "./readDocumentHeader";

/** Agency facts a plan's header and title give: only what the text says. */
export type PlanHeaderFacts = Partial<Omit<AgencyInfo, "year" | "recipients">>;

/**
 * The facts the header and signature state, blank ones left out, except the two a document
 * states by leaving them out: "Kính gửi" when it has a signature block (its recipients are all
 * under "Nơi nhận") and the signing authority when it names the signer's title (the head signs).
 */
function statedFacts(header: DocumentHeader): Partial<AgencyInfo> {
  const facts: Partial<Record<keyof AgencyInfo, string | string[]>> = {};
  const put = (key: keyof AgencyInfo, value: string) => {
    if (value.trim()) facts[key] = value.trim();
  };
  put("governingBody", header.governingBody);
  put("agencyName", header.agencyName);
  put("agencyShortName", header.agencyShortName);
  put("abbreviation", header.abbreviation);
  put("placeName", header.placeName);
  put("signerTitle", header.signerTitle);
  put("signerName", header.signerName);
  put("draftingUnit", header.draftingUnit);
  if (header.signerTitle) facts.signingAuthority = header.signingAuthority;
  if (header.signerName || header.signerTitle || header.recipients.length) facts.recipientTo = header.recipientTo.join("; ");
  if (header.recipients.length) facts.recipients = header.recipients.filter((r) => !/^Như trên$/iu.test(r));
  return facts as Partial<AgencyInfo>;
}

/**
 * The agency facts of a read document header laid over `base` (the "Thông tin" record being
 * filled): the agency, place, abbreviation, recipients and signer the document states replace
 * the base's; what the document does not state keeps the base's value. The document's own
 * number and date are not copied (they belong to that document, not to the next one).
 * "Kính gửi" follows the document: a document without it gives "" (its recipients are all
 * under "Nơi nhận"). Every fact taken from the document is a proposal ("Đề xuất") the user
 * confirms: last year's signer or recipients may not be this year's.
 * @example agencyFromHeader(readDocumentHeader(seed001), emptyAgencyInfo(2025)).signerName === "Bùi Văn Kỳ"
 */
export function agencyFromHeader(header: DocumentHeader, base: AgencyInfo): AgencyInfo {
  const next: AgencyInfo = { ...base, ...statedFacts(header) };
  const taken = agencyKeys.filter((k) => JSON.stringify(next[k]) !== JSON.stringify(base[k]) || (base.proposed.includes(k) && k !== "year"));
  return { ...next, proposed: agencyKeys.filter((k) => taken.includes(k) || base.proposed.includes(k)) };
}

/**
 * The agency facts a plan states in its header, title and signature block (seed 003), and the
 * plan's own reference in the decree's form ("Kế hoạch số 3885/KH-SLĐTBXH ngày 31/12/2022 của
 * Sở …"). Only what the text says; its recipients are the plan's, not the report's.
 * @example planHeaderFacts(["SỞ Y TẾ", "Số: 733/KH-SYT", "Ninh Thuận, ngày 05 tháng 3 năm 2024"]).planReference === "Kế hoạch số 733/KH-SYT ngày 05/3/2024"
 */
export function planHeaderFacts(lines: readonly string[]): PlanHeaderFacts {
  return lines.length === 0 ? {} : headerFacts(readDocumentHeader(lines));
}

/**
 * The header facts of a plan as read: from its paragraphs around the tables (.docx, .html), else
 * from a text file's lines when they hold a document (a type line such as "KẾ HOẠCH" near the top:
 * a plan saved as text), never from a bare table's rows, whose task texts are no header.
 * @example planSourceHeaderFacts({ contextTexts: [], lines: ["SỞ Y TẾ", "KẾ HOẠCH", "Sở Y tế xây dựng kế hoạch"] }).agencyName === "SỞ Y TẾ"
 */
export function planSourceHeaderFacts(content: { readonly contextTexts: readonly string[]; readonly lines?: readonly string[] }): PlanHeaderFacts {
  if (content.contextTexts.length > 0) return planHeaderFacts(content.contextTexts);
  const lines = content.lines ?? [];
  if (lines.length === 0) return {};
  const header = readDocumentHeader(lines);
  return header.typeName ? headerFacts(header) : {};
}

function headerFacts(header: DocumentHeader): PlanHeaderFacts {
  const { recipients: _plansOwn, recipientTo: _addressee, draftingUnit: _drafter, ...facts } = statedFacts(header);
  const result: Record<string, string> = { ...(facts as Record<string, string>) };
  if (result.signingAuthority === "") delete result.signingAuthority;
  if (header.documentNumber && header.date) {
    const type = typeOfCode(header.documentType) ?? "KH";
    const reference = formatDocumentReference({
      typeName: typeName(type),
      number: header.documentNumber,
      numberYear: null,
      symbol: `${type}-${header.abbreviation}`,
      date: header.date,
    });
    result.planReference = header.agencyShortName ? `${reference} của ${header.agencyShortName}` : reference;
  }
  return result;
}
