/**
 * Dates and years, one module for the whole core: the year range, the calendar, reading a date
 * in every form a cell or a document writes it, and writing it the ISO and the NĐ 30/2020 way.
 * Dates stay ISO text "YYYY-MM-DD" (ISO order is date order, so they compare as strings);
 * nothing goes through local-midnight `Date`s, which shift a day in some time zones.
 */
import { normalizeCellText, singleLine } from "../text/normalize";

/** Years a date or a plan may name; anything else is a typo, not a year. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2199;

/**
 * True for a whole year in the range.
 * @example isYear(2024) === true
 * @example isYear(2200) === false
 */
export function isYear(year: number): boolean {
  return Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR;
}

/**
 * A year as typed in a cell or an option: four digits in the range, nothing else.
 * @example readYear(" 2024 ") === 2024
 * @example readYear("năm nay") === null
 * @example readYear("1899") === null
 */
export function readYear(text: string): number | null {
  const t = text.trim();
  return /^\d{4}$/.test(t) && isYear(Number(t)) ? Number(t) : null;
}

/**
 * True for a Gregorian leap year.
 * @example isLeapYear(2024) === true
 * @example isLeapYear(1900) === false
 * @example isLeapYear(2000) === true
 */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Days in a month (1–12) of a year.
 * @example daysInMonth(2024, 2) === 29
 * @example daysInMonth(2023, 2) === 28
 * @example daysInMonth(2024, 4) === 30
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * The most days a month can have in any year (February: 29). Used when the year is unknown,
 * to tell "30/02" (never exists) from "29/02" (exists in leap years only).
 * @example maxDaysInMonth(2) === 29
 */
export function maxDaysInMonth(month: number): number {
  return month === 2 ? 29 : daysInMonth(2000, month);
}

const pad = (n: number, width: number) => String(n).padStart(width, "0");
const format = (year: number, month: number, day: number) => `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;

/**
 * "YYYY-MM-DD" for a real date whose year is in the range; null otherwise (never rolled over).
 * @example isoDate(2024, 3, 5) === "2024-03-05"
 * @example isoDate(2023, 2, 29) === null
 * @example isoDate(2200, 1, 1) === null
 */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!isYear(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return format(year, month, day);
}

/**
 * First day of a month (1–12) as ISO text.
 * @example monthStart(2024, 9) === "2024-09-01"
 */
export function monthStart(year: number, month: number): string {
  return format(year, month, 1);
}

/**
 * Last day of a month (1–12) as ISO text, leap years included.
 * @example monthEnd(2024, 2) === "2024-02-29"
 */
export function monthEnd(year: number, month: number): string {
  return format(year, month, daysInMonth(year, month));
}

/**
 * First day of a year as ISO text (a plan's or a report's period starts there by default).
 * @example yearStart(2024) === "2024-01-01"
 */
export function yearStart(year: number): string {
  return format(year, 1, 1);
}

/**
 * Last day of a year as ISO text.
 * @example yearEnd(2024) === "2024-12-31"
 */
export function yearEnd(year: number): string {
  return format(year, 12, 31);
}

/**
 * The parts of an ISO date, or null when the text is not a real "YYYY-MM-DD" date in the range.
 * @example parseIsoDate("2024-02-29") // { y: 2024, m: 2, d: 29 }
 * @example parseIsoDate("2023-02-29") === null
 */
export function parseIsoDate(iso: string): { y: number; m: number; d: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isoDate(y, mo, d) ? { y, m: mo, d } : null;
}

/**
 * True for a real calendar date written "YYYY-MM-DD".
 * @example isIsoDate("2024-02-29") === true
 * @example isIsoDate("29/02/2024") === false
 */
export function isIsoDate(text: string): boolean {
  return parseIsoDate(text) !== null;
}

/** A day-first date inside running text: "15/12/2024", "15-12-2024", "15.12.2024", spaces allowed around the separators. */
const DATE_IN_TEXT = /(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)/g;

/**
 * The real dates written day-first in a line of text, in order, as ISO (impossible dates and
 * years out of the range are skipped): an export's title "Từ ngày 15/12/2024 đến ngày 14/12/2025".
 * @example datesInText("Từ ngày 15/12/2024 đến ngày 14 / 12 / 2025") // ["2024-12-15", "2025-12-14"]
 * @example datesInText("ngày 31/02/2024") // []
 */
export function datesInText(text: string): string[] {
  return [...text.matchAll(DATE_IN_TEXT)].flatMap((m) => {
    const iso = isoDate(Number(m[3]), Number(m[2]), Number(m[1]));
    return iso ? [iso] : [];
  });
}

/** A four-digit number standing alone (not part of a longer number). */
const YEAR_IN_TEXT = /(?<!\d)(\d{4})(?!\d)/g;

/**
 * The years in the range that a text names as standalone four-digit numbers, in order
 * ("Tháng 3/2024" → [2024]; "Quý II" → []; "1000 lượt" → []).
 * @example yearsInText("Tháng 12/2024 - Tháng 01/2025") // [2024, 2025]
 * @example yearsInText("Quý II") // []
 */
export function yearsInText(text: string): number[] {
  return [...text.matchAll(YEAR_IN_TEXT)].map((m) => Number(m[1])).filter(isYear);
}

/**
 * The year a text names as "năm YYYY" (the first, in the range), or null: the year in a
 * document's trích yếu "Kết quả triển khai … năm 2024 và …".
 * @example namedYear("Kết quả triển khai áp dụng ISO năm 2024 và dự toán năm 2025") === 2024
 * @example namedYear("Báo cáo năm nay") === null
 */
export function namedYear(text: string): number | null {
  for (const m of text.matchAll(/năm\s+(\d{4})(?!\d)/giu)) if (isYear(Number(m[1]))) return Number(m[1]);
  return null;
}

/** A day-first date at the start of a text: its ISO form (null when no such day exists), the text read and its length. */
export interface DateAt {
  readonly iso: string | null;
  readonly text: string;
  readonly length: number;
}

/** "28/02/2024", "5.3.2014", "05 - 03 - 14" (one separator kind, spaces allowed around it), a two-digit year read as 20yy. */
const NUMERIC_AT = /^(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4}|\d{2})(?!\d)/u;
/** "05 tháng 3 năm 2014", "ngày 5 tháng 3 năm 2014" is read after its "ngày". */
const SPELLED_AT = /^(\d{1,2})\s*tháng\s*(\d{1,2})\s*năm\s*(\d{4})(?!\d)/iu;

/**
 * The date a text starts with, in the forms every reader of the product accepts (a date cell, a
 * document's "ngày …", a title): day first, numeric with one kind of separator or spelled out
 * with "tháng" and "năm"; a two-digit year is 20yy; a day that does not exist (30/02) is read
 * with a null `iso`, never rolled over. Null when the text does not start with a date, or with
 * `fullYear` when its year has two digits (a document cited in a report carries its full year).
 * @example readDateAt("28/02/24 của Sở") // { iso: "2024-02-28", text: "28/02/24", length: 8 }
 * @example readDateAt("5 tháng 3 năm 2014")?.iso === "2014-03-05"
 * @example readDateAt("30.02.2024")?.iso === null
 * @example readDateAt("tháng 3/2024") === null
 * @example readDateAt("28/02/24", { fullYear: true }) === null
 */
export function readDateAt(text: string, options: { fullYear?: boolean } = {}): DateAt | null {
  const n = NUMERIC_AT.exec(text);
  const s = n ? null : SPELLED_AT.exec(text);
  const found = n ? { d: n[1], m: n[3], y: n[4] } : s ? { d: s[1], m: s[2], y: s[3] } : null;
  if (!found) return null;
  const matched = (n ?? s)![0];
  if (options.fullYear && found.y.length === 2) return null;
  const year = found.y.length === 2 ? 2000 + Number(found.y) : Number(found.y);
  return { iso: isoDate(year, Number(found.m), Number(found.d)), text: matched, length: matched.length };
}

/** The outcome of reading one date cell. */
export type DateReading = { readonly kind: "empty" } | { readonly kind: "date"; readonly iso: string } | { readonly kind: "unreadable"; readonly text: string };

const TIME = String.raw`\d{1,2}[:hg]\d{2}(?:[:]\d{2}(?:\.\d+)?)?(?:\s*(?:am|pm|sa|ch))?`;
const ISO = new RegExp(String.raw`^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]${TIME}(?:Z|[+-]\d{2}:?\d{2})?)?$`, "i");
const TIME_ANYWHERE = new RegExp(String.raw`(?<![\d/.:-])${TIME}(?![\d/.:-])`, "gi");

/** The longest cell `readDate` tries to read ("ngày 15 tháng 10 năm 2020, lúc 08 giờ 30 phút" is under 60). */
const maxDateCellLength = 400;

/**
 * Reads a date cell: ISO text (what date cells become, with or without a time),
 * "dd/mm/yyyy", "d/m/yyyy", "dd-mm-yyyy", "dd.mm.yyyy", a two-digit year (read as 20yy),
 * "ngày 5 tháng 3 năm 2024", each possibly with a time before or after ("08:30 05/03/2024",
 * "05/03/2024 08:30:15"). Day comes before month, as in Vietnamese. Impossible dates
 * ("31/02/2024") and years out of the range are unreadable, never rolled over.
 * @example readDate("08:30 05/03/2024") // { kind: "date", iso: "2024-03-05" }
 * @example readDate("31/02/2024") // { kind: "unreadable", text: "31/02/2024" }
 * @example readDate(" ") // { kind: "empty" }
 */
export function readDate(cell: string | undefined | null): DateReading {
  const raw = String(cell ?? "");
  // A date, even with a time and words, is short: a long cell is not one, and is not cleaned whole to say so.
  if (raw.length > maxDateCellLength) return { kind: "unreadable", text: singleLine(normalizeCellText(raw.slice(0, maxDateCellLength))) };
  const text = singleLine(normalizeCellText(raw));
  if (text === "" || text === "-" || text === "–") return { kind: "empty" };
  const unreadable: DateReading = { kind: "unreadable", text };

  const iso = ISO.exec(text);
  if (iso) {
    const value = isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    return value ? { kind: "date", iso: value } : unreadable;
  }
  const withoutTime = text
    .replace(TIME_ANYWHERE, " ")
    .replace(/^[\s,;-]+|[\s,;-]+$/g, "")
    .trim();
  const dateText = withoutTime.replace(/^ngày\s*/iu, "");
  const at = readDateAt(dateText);
  // The whole cell is the date, or it is not one.
  if (!at || at.length !== dateText.length) return unreadable;
  return at.iso ? { kind: "date", iso: at.iso } : unreadable;
}

/**
 * Formats an ISO date the Vietnamese way, always two-digit day and month (tables, messages).
 * Text that is not an ISO date comes back unchanged.
 * @example viDate("2024-09-01") === "01/09/2024"
 */
export function viDate(iso: string): string {
  const p = parseIsoDate(iso);
  return p ? `${pad(p.d, 2)}/${pad(p.m, 2)}/${pad(p.y, 4)}` : iso;
}

/** Day and month as NĐ 30/2020 writes them (Appendix I II.4.b): days 1–9 and months 1–2 zero-padded. */
function nd30Parts(iso: string): { d: string; m: string; y: string } | null {
  const p = parseIsoDate(iso);
  return p ? { d: pad(p.d, 2), m: p.m <= 2 ? pad(p.m, 2) : String(p.m), y: String(p.y) } : null;
}

/**
 * A date in the short form used inside references ("ngày 28/02/2024", "ngày 27/9/2024").
 * The short form is not regulated; it applies the NĐ 30 padding rule too, because that is what
 * agencies write (seed 001: "28/02/2024", "27/9/2024", "07/6/2024", "13/3/2024").
 * Text that is not an ISO date comes back unchanged.
 * @example nd30ShortDate("2024-09-27") === "27/9/2024"
 * @example nd30ShortDate("2024-02-05") === "05/02/2024"
 */
export function nd30ShortDate(iso: string): string {
  const p = nd30Parts(iso);
  return p ? `${p.d}/${p.m}/${p.y}` : iso;
}

/**
 * A date in the long form of a document's place-and-date line, without the word "ngày"
 * (docs/document-format.md#dates).
 * @example nd30LongDate("2014-03-05") === "05 tháng 3 năm 2014"
 * @example nd30LongDate("2025-02-12") === "12 tháng 02 năm 2025"
 */
export function nd30LongDate(iso: string): string {
  const p = nd30Parts(iso);
  return p ? `${p.d} tháng ${p.m} năm ${p.y}` : iso;
}

/**
 * Days after (or before, when negative) an ISO date, in UTC (no time-zone drift).
 * @example addDays("2024-02-28", 2) === "2024-03-01"
 */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split("-").map(Number);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return format(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/**
 * Day of the week, 0 = Sunday … 6 = Saturday.
 * @example weekday("2024-09-01") === 0
 */
export function weekday(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/**
 * Saturday or Sunday: the weekly rest days of civil servants (40-hour week, Monday–Friday).
 * @example isWeekend("2024-09-01") === true
 */
export function isWeekend(iso: string): boolean {
  const w = weekday(iso);
  return w === 0 || w === 6;
}
