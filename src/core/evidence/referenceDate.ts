/**
 * The "ngày …" part after a document's number and symbol. A date that cannot be read or
 * does not exist is reported as such: evidence dates decide "late" and "outside the year",
 * so a guessed date would produce wrong findings.
 */
import { isoDate } from "../calendar/dates";

export type ReferenceDate =
  | { readonly kind: "none" }
  | { readonly kind: "date"; readonly iso: string; readonly text: string; readonly length: number }
  | { readonly kind: "unreadable" | "impossible"; readonly text: string; readonly length: number };

/** "ngày" after optional spaces or a comma, optionally "ban hành ngày". */
const lead = /^[\s,]*(?:ban hành\s+)?ngày(?!\p{L})\s*/iu;
/** "28/02/2024", "5.3.2014", "05-03-2014" (one separator kind), four-digit year. */
const numeric = /^(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})(?!\d)/u;
/** "05 tháng 3 năm 2014". */
const spelled = /^(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})(?!\d)/iu;
/**
 * What an unreadable date is shown as: the date-like characters after "ngày" ("…/…/2024",
 * "tháng năm 2024"), never the next reference's words.
 */
const rest = /^(?:[\d\s/.,…-]|tháng|năm){0,30}/iu;

/**
 * Reads the date that follows a reference. `length` is how many characters of `after` the
 * date used (including "ngày"), so the caller can extend the matched fragment.
 * @example readReferenceDate(" ngày 28/02/2024 của Sở") // { kind: "date", iso: "2024-02-28", text: "28/02/2024", length: 16 }
 * @example readReferenceDate(" ngày 30/02/2024").kind === "impossible"
 * @example readReferenceDate(" ngày 28/02/24").kind === "unreadable"
 * @example readReferenceDate(" của Sở Y tế").kind === "none"
 */
export function readReferenceDate(after: string): ReferenceDate {
  const l = lead.exec(after);
  if (!l) return { kind: "none" };
  const tail = after.slice(l[0].length);
  const n = numeric.exec(tail);
  const s = spelled.exec(tail);
  const found = n ? { text: n[0], d: n[1], m: n[3], y: n[4] } : s ? { text: s[0], d: s[1], m: s[2], y: s[3] } : null;
  if (!found) {
    const text = (rest.exec(tail)?.[0] ?? "").trim().replace(/[\s,]+$/u, "");
    // An empty date ends the fragment at "ngày" itself, not at the spaces after it.
    const length = text ? l[0].length + tail.indexOf(text) + text.length : l[0].trimEnd().length;
    return { kind: "unreadable", text, length };
  }
  const length = l[0].length + found.text.length;
  const iso = isoDate(Number(found.y), Number(found.m), Number(found.d));
  return iso ? { kind: "date", iso, text: found.text, length } : { kind: "impossible", text: found.text, length };
}
