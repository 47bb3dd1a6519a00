/**
 * Dates as Nghị định 30/2020/NĐ-CP writes them (Appendix I, II.4.b): days 1–9 and months
 * 1–2 take a leading zero, months 3–12 do not.
 * @example docDate("2014-03-05") === "ngày 05 tháng 3 năm 2014"; docDate("2025-02-12") === "ngày 12 tháng 02 năm 2025"
 */
export function docDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `ngày ${String(d).padStart(2, "0")} tháng ${m <= 2 ? String(m).padStart(2, "0") : String(m)} năm ${y}`;
}

/**
 * The short form used in running text and tables: 05/3/2014, 28/02/2024 (same padding rule).
 * @example shortDocDate("2024-10-31") === "31/10/2024"
 */
export function shortDocDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `${String(d).padStart(2, "0")}/${m <= 2 ? String(m).padStart(2, "0") : String(m)}/${y}`;
}

/** "Ninh Thuận, ngày 05 tháng 12 năm 2024", or with dots for an undated draft: "ngày … tháng … năm 2024". */
export function placeAndDate(place: string, iso: string, year: number): string {
  const date = iso ? docDate(iso) : `ngày … tháng … năm ${year}`;
  return place ? `${place}, ${date}` : date;
}
