import type { Issue } from "../findings/finding";
import type { DocumentTypeCode } from "./documentTypes";

/**
 * One document cited as evidence, e.g. "Kế hoạch số 733/KH-SYT ngày 28/02/2024".
 * Parts follow NĐ 30/2020: number (số) and symbol (ký hiệu, "<type>-<issuer>[-<unit>]" or,
 * for a Công văn, "<issuer>-<unit>").
 */
export interface DocumentReference {
  /** The fragment as matched in the NFC text: type word, "số", number/symbol and date. */
  readonly text: string;
  readonly type: DocumentTypeCode;
  /** "Kế hoạch", "Quyết định", "Công văn"… */
  readonly typeName: string;
  /** As written, leading zeros kept: "733", "01". */
  readonly number: string;
  /** Year inside the number of a legal text: 2014 in "19/2014/QĐ-TTg"; null otherwise. */
  readonly numberYear: number | null;
  /** "KH-SYT", "SYT-VP", "QĐ-TTg" (spaces around hyphens removed). */
  readonly symbol: string;
  /** The segment naming the issuer: "SYT" in "KH-SYT" and in "SYT-VP"; null when the symbol is only a type code. */
  readonly issuer: string | null;
  /** ISO "YYYY-MM-DD", or null when no date is written or it is unreadable or impossible. */
  readonly date: string | null;
  /** The date as written ("28/02/2024", "05 tháng 3 năm 2014"), also when it could not be read. */
  readonly dateText: string | null;
  /** Problems found while reading this reference (unreadable or impossible date, type mismatch). */
  readonly issues: readonly Issue[];
}
