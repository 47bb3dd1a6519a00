/**
 * Evidence of the year-end report: document references in result cells (number, symbol,
 * date), their canonical form, and checks against each task's schedule. docs/legal-bases.md#required-yearly-activities, docs/document-format.md#dates, #document-types.
 */
export { parseDocumentReferences } from "./parseDocumentReferences";
export { formatDocumentReference, type FormatDocumentReferenceOptions } from "./formatDocumentReference";
export { checkTaskEvidence, type EvidenceTask, type EvidenceLocation } from "./checkTaskEvidence";
export { documentTypes, typeOfCode, typeOfWord, typeName, type DocumentTypeCode } from "./documentTypes";
export { nd30ShortDate, nd30LongDate } from "../calendar/dates";
export type { DocumentReference } from "./documentReference";
