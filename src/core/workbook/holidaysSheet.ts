import { cell, type SheetSpec } from "../sheet/model";
import { a4PageSetup, dataSheetStyles } from "../sheet/styles";
import { workbookText } from "../messages/catalogue";
import { sheetNames } from "./sheetNames";
import { headerCells, layoutRow, layoutValidations, layoutWidths } from "../sheet/layout";
import { holidaysLayout } from "./layouts";

const holidayText = workbookText.holidays;

/**
 * Lunar New Year (1/1 âm lịch) and Giỗ Tổ (10/3 âm lịch) by year, computed with Hồ Ngọc Đức's
 * algorithm at UTC+7 and checked against official dates (domain.md §3.6). A table, not an
 * algorithm: the government fixes the actual days off each year, and the user edits the sheet.
 */
const lunarDates: Readonly<Record<number, { tet: string; gioTo: string }>> = {
  2023: { tet: "2023-01-22", gioTo: "2023-04-29" },
  2024: { tet: "2024-02-10", gioTo: "2024-04-18" },
  2025: { tet: "2025-01-29", gioTo: "2025-04-07" },
  2026: { tet: "2026-02-17", gioTo: "2026-04-26" },
  2027: { tet: "2027-02-06", gioTo: "2027-04-16" },
  2028: { tet: "2028-01-26", gioTo: "2028-04-04" },
  2029: { tet: "2029-02-13", gioTo: "2029-04-23" },
  2030: { tet: "2030-02-02", gioTo: "2030-04-12" },
};

export interface Holiday {
  readonly date: string; // ISO
  readonly name: string;
}

/** Adds days to an ISO date (UTC arithmetic, so no time-zone drift). */
function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split("-").map(Number);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return `${t.getUTCFullYear()}-${String(t.getUTCMonth() + 1).padStart(2, "0")}-${String(t.getUTCDate()).padStart(2, "0")}`;
}

/**
 * The statutory public holidays of a year (Bộ luật Lao động 2019, Điều 112): fixed dates, and
 * Tết and Giỗ Tổ where the table knows the lunar dates. Tết is shown as the last day of the
 * lunar year plus the first four days (5 days); the real days off are announced each year.
 * @example defaultHolidays(2024)[0] → { date: "2024-01-01", name: "Tết Dương lịch" }
 */
export function defaultHolidays(year: number): Holiday[] {
  const names = holidayText.names;
  const list: Holiday[] = [{ date: `${year}-01-01`, name: names.newYear }];
  const lunar = lunarDates[year];
  if (lunar) {
    for (let k = -1; k <= 3; k++) list.push({ date: addDays(lunar.tet, k), name: names.lunarNewYear });
    list.push({ date: lunar.gioTo, name: names.hungKings });
  }
  list.push({ date: `${year}-04-30`, name: names.reunification });
  list.push({ date: `${year}-05-01`, name: names.labourDay });
  list.push({ date: `${year}-09-02`, name: names.nationalDay });
  list.push({ date: `${year}-09-01`, name: names.nationalDayAdjacent });
  return list.sort((a, b) => a.date.localeCompare(b.date));
}

/** The editable holiday sheet ("Ngày nghỉ"). */
export function buildHolidaysSheet(holidays: readonly Holiday[]): SheetSpec {
  return {
    name: sheetNames.holidays,
    cells: [
      headerCells(holidaysLayout),
      ...holidays.map((h) => layoutRow(holidaysLayout, { date: cell.date(h.date), name: h.name, kind: holidayText.kinds.dayOff })),
    ],
    styles: dataSheetStyles,
    columnWidths: layoutWidths(holidaysLayout),
    merges: [],
    validations: layoutValidations(holidaysLayout, 2, Math.max(holidays.length + 1, 100)),
    tables: [],
    pageSetup: a4PageSetup("portrait"),
    freeze: { rows: 1, columns: 0 },
  };
}
