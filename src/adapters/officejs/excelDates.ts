/**
 * Excel date serials (1900 date system): day 1 is 1900-01-01 and Excel keeps Lotus's fake
 * 1900-02-29, so for every date from 1900-03-01 on, serial = days since 1899-12-30. Plans
 * and reports only hold recent dates; earlier serials are not converted.
 */
import { parseIsoDate } from "../../core/calendar/dates";

const MS_PER_DAY = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30);
/** 1900-03-01, the first serial the simple formula gets right. */
const FIRST_SAFE_SERIAL = 61;

/** @example isoToSerial("2024-01-15") === 45306 */
export function isoToSerial(iso: string): number {
  const d = parseIsoDate(iso);
  if (!d) throw new RangeError(`not an ISO date: "${iso}"`);
  return (Date.UTC(d.y, d.m - 1, d.d) - EPOCH) / MS_PER_DAY;
}

/** @example serialToIso(45306) === "2024-01-15"; time of day is dropped. */
export function serialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < FIRST_SAFE_SERIAL) return null;
  const d = new Date(EPOCH + Math.floor(serial) * MS_PER_DAY);
  return d.toISOString().slice(0, 10);
}

/**
 * Whether an Excel number format shows a date: it has a day, month or year code outside
 * quotes, brackets and escapes ("dd/mm/yyyy", "[$-42A]d mmmm yyyy", "mmm-yy"). "m" alone is
 * ambiguous (month or minute), so a format needs d or y to count — elapsed-time formats such
 * as "[h]:mm" and "mm:ss" are not dates.
 * @example isDateFormat("dd/mm/yyyy") === true; isDateFormat("#,##0") === false
 */
export function isDateFormat(format: string | null | undefined): boolean {
  if (!format || format === "General") return false;
  const section = format.split(";")[0];
  const codes = section.replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
  return /[dy]/i.test(codes);
}
