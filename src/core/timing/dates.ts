/**
 * Calendar helpers for schedule phrases. Dates stay ISO text "YYYY-MM-DD" (ISO order is date
 * order, so they compare as strings); nothing goes through `Date`, whose local-midnight
 * conversions shift a day in some time zones.
 */

/** Years a schedule phrase may name; anything else is a typo, not a plan year. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2199;

/**
 * True for a Gregorian leap year.
 * @example isLeapYear(2024) === true; isLeapYear(1900) === false; isLeapYear(2000) === true
 */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Days in a month (1–12) of a year.
 * @example daysInMonth(2024, 2) === 29; daysInMonth(2023, 2) === 28; daysInMonth(2024, 4) === 30
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

/**
 * "YYYY-MM-DD" for numbers already known to form a real date.
 * @example isoDate(2024, 3, 5) === "2024-03-05"
 */
export function isoDate(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/**
 * First day of a month as ISO text.
 * @example monthStart(2024, 9) === "2024-09-01"
 */
export function monthStart(year: number, month: number): string {
  return isoDate(year, month, 1);
}

/**
 * Last day of a month as ISO text, leap years included.
 * @example monthEnd(2024, 2) === "2024-02-29"
 */
export function monthEnd(year: number, month: number): string {
  return isoDate(year, month, daysInMonth(year, month));
}

/**
 * The parts of an ISO date, or null when the text is not a real "YYYY-MM-DD" date.
 * @example parseIsoDate("2024-02-29") // { y: 2024, m: 2, d: 29 }; parseIsoDate("2023-02-29") === null
 */
export function parseIsoDate(iso: string): { y: number; m: number; d: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
  return { y, m: mo, d };
}

/**
 * Formats an ISO date the Vietnamese way, always two-digit day and month.
 * @example viDate("2024-09-01") === "01/09/2024"
 */
export function viDate(iso: string): string {
  const p = parseIsoDate(iso);
  return p ? `${pad(p.d, 2)}/${pad(p.m, 2)}/${pad(p.y, 4)}` : iso;
}
