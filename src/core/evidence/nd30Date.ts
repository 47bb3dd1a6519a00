/**
 * Dates of documents the NĐ 30/2020 way (Appendix I II.4.b, docs/document-format.md#dates): days 1–9 and
 * months 1–2 take a leading zero, months 3–12 do not — "ngày 05 tháng 3 năm 2014",
 * "ngày 12 tháng 02 năm 2025".
 */
import { parseIsoDate } from "../timing/dates";

const pad2 = (n: number) => String(n).padStart(2, "0");

/** Day and month as NĐ 30 writes them. */
function parts(iso: string): { d: string; m: string; y: string } | null {
  const p = parseIsoDate(iso);
  return p ? { d: pad2(p.d), m: p.m <= 2 ? pad2(p.m) : String(p.m), y: String(p.y) } : null;
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
  const p = parts(iso);
  return p ? `${p.d}/${p.m}/${p.y}` : iso;
}

/**
 * A date in the long form of a document's place-and-date line, without the word "ngày".
 * @example nd30LongDate("2014-03-05") === "05 tháng 3 năm 2014"
 * @example nd30LongDate("2025-02-12") === "12 tháng 02 năm 2025"
 */
export function nd30LongDate(iso: string): string {
  const p = parts(iso);
  return p ? `${p.d} tháng ${p.m} năm ${p.y}` : iso;
}
