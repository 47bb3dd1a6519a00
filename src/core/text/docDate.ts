import { termText } from "../messages/catalogue";
import { nd30LongDate, nd30ShortDate } from "../calendar/dates";

/**
 * A full date as Nghị định 30/2020/NĐ-CP writes it (days 1–9 and months 1–2 zero-padded).
 * @example docDate("2014-03-05") === "ngày 05 tháng 3 năm 2014"
 */
export function docDate(iso: string): string {
  return termText.dateLong({ date: nd30LongDate(iso) });
}

/** @example shortDocDate("2024-10-31") === "31/10/2024" */
export const shortDocDate = nd30ShortDate;

/** "Ninh Thuận, ngày 05 tháng 12 năm 2024", or with dots for an undated draft: "ngày … tháng … năm 2024". */
export function placeAndDate(place: string, iso: string, year: number): string {
  const date = iso ? docDate(iso) : termText.undatedDate({ year });
  return place ? `${place}, ${date}` : date;
}
