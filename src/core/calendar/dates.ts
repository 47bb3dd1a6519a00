/** ISO-date arithmetic in UTC (no time-zone drift), for the holiday calendar. */

/** Adds days to an ISO date. @example addDays("2024-02-28", 2) === "2024-03-01" */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split("-").map(Number);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return `${t.getUTCFullYear()}-${String(t.getUTCMonth() + 1).padStart(2, "0")}-${String(t.getUTCDate()).padStart(2, "0")}`;
}

/** Day of the week, 0 = Sunday … 6 = Saturday. @example weekday("2024-09-01") === 0 */
export function weekday(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** Saturday or Sunday: the weekly rest days of civil servants (40-hour week, Monday–Friday). */
export function isWeekend(iso: string): boolean {
  const w = weekday(iso);
  return w === 0 || w === 6;
}
