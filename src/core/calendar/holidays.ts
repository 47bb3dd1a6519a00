import { workbookText } from "../messages/catalogue";
import { addDays, isWeekend, viDate, weekday } from "./dates";
import { officialSchedules, unannounced, type HolidayKey, type OfficialEntry } from "./officialHolidays";

const text = workbookText.holidays;

/**
 * Lunar New Year (1/1 âm lịch) and Giỗ Tổ (10/3 âm lịch) by year, computed with Hồ Ngọc Đức's
 * algorithm at UTC+7 and checked against official dates (docs/legal-bases.md#working-days-and-public-holidays). A table, not an
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

/** One row of the "Ngày nghỉ" sheet: a day off, or a Saturday worked to make up a swapped day. */
export interface Holiday {
  readonly date: string; // ISO
  readonly name: string;
  readonly kind: "dayOff" | "makeUp";
  /** The announcement or rule the row comes from, as the sheet cites it. */
  readonly source: string;
  /** True when no announcement fixes the day yet ("dự kiến"). */
  readonly provisional: boolean;
}

/**
 * Quốc khánh's adjacent day when no announcement fixes it: the day that joins 02/9 to a weekend
 * (Monday → Tuesday 03/9, Tuesday → Monday 01/9, Friday → Thursday 01/9…), the pattern of the
 * announced years (2024: Monday 02/9 with Tuesday 03/9; 2025: Tuesday 02/9 with Monday 01/9).
 */
function nationalDayAdjacent(year: number): string {
  const sep2 = `${year}-09-02`;
  const shift: Record<number, number> = { 0: 1, 1: 1, 2: -1, 3: -1, 4: 1, 5: -1, 6: -1 };
  return addDays(sep2, shift[weekday(sep2)]);
}

/** The statutory holidays of a year by rule (Labour Code Art. 112), before weekend compensation. */
function statutoryDays(year: number): { date: string; holiday: HolidayKey }[] {
  const days: { date: string; holiday: HolidayKey }[] = [{ date: `${year}-01-01`, holiday: "newYear" }];
  const lunar = lunarDates[year];
  if (lunar) {
    // Five days: the last day of the lunar year and the first four days of the new one.
    for (let k = -1; k <= 3; k++) days.push({ date: addDays(lunar.tet, k), holiday: "lunarNewYear" });
    days.push({ date: lunar.gioTo, holiday: "hungKings" });
  }
  days.push({ date: `${year}-04-30`, holiday: "reunification" }, { date: `${year}-05-01`, holiday: "labourDay" });
  days.push({ date: `${year}-09-02`, holiday: "nationalDay" }, { date: nationalDayAdjacent(year), holiday: "nationalDayAdjacent" });
  return days;
}

/**
 * Rule-based days off ("dự kiến"): the statutory days, and for each one on a Saturday or Sunday
 * a compensating day on the next working day (Labour Code Art. 111.3).
 */
function provisionalEntries(year: number, only?: readonly HolidayKey[]): OfficialEntry[] {
  const days = statutoryDays(year).filter((d) => !only || only.includes(d.holiday));
  const taken = new Set(statutoryDays(year).map((d) => d.date));
  const entries: OfficialEntry[] = days.map((d) => ({ date: d.date, kind: "holiday", holiday: d.holiday, source: "law" }));
  for (const d of days) {
    if (!isWeekend(d.date)) continue;
    let next = addDays(d.date, 1);
    while (isWeekend(next) || taken.has(next)) next = addDays(next, 1);
    taken.add(next);
    entries.push({ date: next, kind: "compensatory", holiday: d.holiday, source: "law" });
  }
  return entries;
}

function toHoliday(entry: OfficialEntry, provisional: boolean): Holiday {
  const source = provisional ? text.sources.provisional : text.sources[entry.source];
  const mark = (name: string) => (provisional ? text.provisional({ name }) : name);
  switch (entry.kind) {
    case "holiday":
      return { date: entry.date, name: mark(text.names[entry.holiday]), kind: "dayOff", source, provisional };
    case "compensatory":
      return { date: entry.date, name: mark(text.compensatory({ name: text.names[entry.holiday] })), kind: "dayOff", source, provisional };
    case "swapped":
      return {
        date: entry.date,
        name: mark(text.swapped({ name: text.names[entry.holiday], makeUp: viDate(entry.makeUp) })),
        kind: "dayOff",
        source,
        provisional,
      };
    case "makeUp":
      return { date: entry.date, name: mark(text.makeUp({ swapped: viDate(entry.swapped) })), kind: "makeUp", source, provisional };
  }
}

/**
 * The days off and make-up days of a year for civil servants: the announced schedule where the
 * government has published it (2024, 2025, 2026: officialHolidays.ts, each row citing its
 * announcement), otherwise the statutory holidays with weekend compensation, marked "dự kiến".
 * @example defaultHolidays(2024).find((h) => h.date === "2024-05-04")?.kind === "makeUp"
 */
export function defaultHolidays(year: number): Holiday[] {
  const official = officialSchedules[year];
  const list = official
    ? [...official.map((e) => toHoliday(e, false)), ...provisionalEntries(year, unannounced[year] ?? []).map((e) => toHoliday(e, true))]
    : provisionalEntries(year).map((e) => toHoliday(e, true));
  return list.sort((a, b) => a.date.localeCompare(b.date));
}
