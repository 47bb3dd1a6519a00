/**
 * The "ngày …" part after a document's number and symbol. A date that cannot be read or
 * does not exist is reported as such: evidence dates decide "late" and "outside the year",
 * so a guessed date would produce wrong findings.
 */
import { readDateAt } from "../calendar/dates";

export type ReferenceDate =
  | { readonly kind: "none" }
  | { readonly kind: "date"; readonly iso: string; readonly text: string; readonly length: number }
  | { readonly kind: "unreadable" | "impossible"; readonly text: string; readonly length: number };

/** "ngày" after optional spaces or a comma, optionally "ban hành ngày". */
const lead = /^[\s,]*(?:ban hành\s+)?ngày(?!\p{L})\s*/iu;
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
  // The forms every date reader accepts (calendar/dates.ts), with the full year: a document the
  // report cites is cited with it (NĐ 30/2020), so "28/02/24" is asked for, not read as 2024.
  const found = readDateAt(tail, { fullYear: true });
  if (!found) {
    const text = (rest.exec(tail)?.[0] ?? "").trim().replace(/[\s,]+$/u, "");
    // An empty date ends the fragment at "ngày" itself, not at the spaces after it.
    const length = text ? l[0].length + tail.indexOf(text) + text.length : l[0].trimEnd().length;
    return { kind: "unreadable", text, length };
  }
  const length = l[0].length + found.text.length;
  return found.iso ? { kind: "date", iso: found.iso, text: found.text, length } : { kind: "impossible", text: found.text, length };
}
