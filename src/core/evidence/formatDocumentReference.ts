import type { DocumentReference } from "./documentReference";
import { nd30LongDate, nd30ShortDate } from "../calendar/dates";

export interface FormatDocumentReferenceOptions {
  /** "short" (default): "ngày 28/02/2024"; "long": "ngày 28 tháng 02 năm 2024". Both pad as NĐ 30 does. */
  readonly dateStyle?: "short" | "long";
}

/**
 * The canonical Vietnamese form of a reference: type name, "số", number/symbol, date.
 * The issuing body's name ("của Sở Y tế") is not part of it; an unreadable date is left out.
 * @example formatDocumentReference(parseDocumentReferences("QĐ 494/QĐ-SYT ngày 1/11/2024")[0]) === "Quyết định số 494/QĐ-SYT ngày 01/11/2024"
 * @example
 * formatDocumentReference({ typeName: "Quyết định", number: "19", numberYear: 2014, symbol: "QĐ-TTg", date: "2014-03-05" }, { dateStyle: "long" })
 * // "Quyết định số 19/2014/QĐ-TTg ngày 05 tháng 3 năm 2014"
 */
export function formatDocumentReference(
  ref: Pick<DocumentReference, "typeName" | "number" | "numberYear" | "symbol" | "date">,
  options: FormatDocumentReferenceOptions = {},
): string {
  const number = ref.numberYear === null ? `${ref.number}/${ref.symbol}` : `${ref.number}/${ref.numberYear}/${ref.symbol}`;
  const date = ref.date === null ? "" : ` ngày ${options.dateStyle === "long" ? nd30LongDate(ref.date) : nd30ShortDate(ref.date)}`;
  return `${ref.typeName} số ${number}${date}`;
}
