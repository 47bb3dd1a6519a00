/**
 * Dates in dossier lists. A date is kept as ISO text "YYYY-MM-DD" and compared as text (ISO
 * order is date order), never through `new Date()` and local midnight.
 */
import { isoDate as calendarIso, parseIsoDate, viDate } from "../timing/dates";
import { cleanCell } from "./text";

/** The outcome of reading one date cell. */
export type DateReading = { readonly kind: "empty" } | { readonly kind: "date"; readonly iso: string } | { readonly kind: "unreadable"; readonly text: string };

const TIME = String.raw`\d{1,2}[:hg]\d{2}(?:[:]\d{2}(?:\.\d+)?)?(?:\s*(?:am|pm|sa|ch))?`;
const ISO = new RegExp(String.raw`^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]${TIME}(?:Z|[+-]\d{2}:?\d{2})?)?$`, "i");
const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/;
const WORDS = /^(?:ngày\s*)?(\d{1,2})\s*tháng\s*(\d{1,2})\s*năm\s*(\d{4})$/iu;
const TIME_ANYWHERE = new RegExp(String.raw`(?<![\d/.:-])${TIME}(?![\d/.:-])`, "gi");

/** "YYYY-MM-DD" for a valid calendar date from 1900 to 2200, otherwise null. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1900 || year > 2200) return null;
  if (!Number.isInteger(month) || !Number.isInteger(day)) return null;
  const iso = calendarIso(year, month, day);
  return parseIsoDate(iso) ? iso : null;
}

/** True for a real calendar date written "YYYY-MM-DD". */
export function isIsoDate(text: string): boolean {
  return parseIsoDate(text) !== null;
}

/**
 * Reads a date cell: ISO text (what date cells become, with or without a time),
 * "dd/mm/yyyy", "d/m/yyyy", "dd-mm-yyyy", "dd.mm.yyyy", a two-digit year (read as 20yy),
 * "ngày 5 tháng 3 năm 2024", each possibly with a time before or after ("08:30 05/03/2024",
 * "05/03/2024 08:30:15"). Day comes before month, as in Vietnamese. Impossible dates
 * ("31/02/2024") are unreadable, never rolled over.
 * @example readDate("08:30 05/03/2024") // { kind: "date", iso: "2024-03-05" }
 * @example readDate("31/02/2024") // { kind: "unreadable", text: "31/02/2024" }
 */
export function readDate(cell: string | undefined | null): DateReading {
  const text = cleanCell(cell);
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
  const reading = readDayMonthYear(withoutTime);
  return reading && reading.kind === "date" ? reading : unreadable;
}

function readDayMonthYear(text: string): DateReading | null {
  const m = DMY.exec(text) ?? WORDS.exec(text);
  if (!m) return null;
  const year = m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
  const value = isoDate(year, Number(m[2]), Number(m[1]));
  return value ? { kind: "date", iso: value } : { kind: "unreadable", text };
}

export { viDate };
