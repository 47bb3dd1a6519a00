import { agencyKeys, type AgencyInfo } from "../workbook/agencySheet";
import type { DocumentHeader } from "./readDocumentHeader";

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
  const pick = (value: string, fallback: string) => (value.trim() ? value.trim() : fallback);
  const hasSignature = Boolean(header.signerName || header.signerTitle || header.recipients.length);
  const next: AgencyInfo = {
    ...base,
    governingBody: pick(header.governingBody, base.governingBody),
    agencyName: pick(header.agencyName, base.agencyName),
    agencyShortName: pick(header.agencyShortName, base.agencyShortName),
    abbreviation: pick(header.abbreviation, base.abbreviation),
    placeName: pick(header.placeName, base.placeName),
    recipientTo: hasSignature ? header.recipientTo.join("; ") : base.recipientTo,
    // A head who signs himself has no authority line: "" is then the document's value.
    signingAuthority: header.signerTitle ? header.signingAuthority : base.signingAuthority,
    signerTitle: pick(header.signerTitle, base.signerTitle),
    signerName: pick(header.signerName, base.signerName),
    recipients: header.recipients.length ? header.recipients.filter((r) => !/^Như trên$/iu.test(r)) : base.recipients,
    draftingUnit: pick(header.draftingUnit, base.draftingUnit),
  };
  const taken = agencyKeys.filter((k) => JSON.stringify(next[k]) !== JSON.stringify(base[k]) || (base.proposed.includes(k) && k !== "year"));
  return { ...next, proposed: agencyKeys.filter((k) => taken.includes(k) || base.proposed.includes(k)) };
}
