import { workbookText } from "../messages/catalogue";
import { addDays, isWeekend, viDate, weekday } from "./dates";
import { finding, type Finding } from "../findings/finding";
import { hungKingsDay, lunarNewYear, lunarYears } from "./lunar";
import { officialSchedules, unannounced, type HolidayKey, type OfficialEntry } from "./officialHolidays";

const text = workbookText.holidays;

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
  // Tết and Giỗ Tổ from the Vietnamese lunar calendar (lunar.ts); a year outside its range has
  // neither, and `holidayFindings` says so.
  const tet = lunarNewYear(year);
  const gioTo = hungKingsDay(year);
  if (tet) {
    // Five days: the last day of the lunar year and the first four days of the new one.
    for (let k = -1; k <= 3; k++) days.push({ date: addDays(tet, k), holiday: "lunarNewYear" });
  }
  if (gioTo) days.push({ date: gioTo, holiday: "hungKings" });
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

/**
 * What the "Ngày nghỉ" sheet of a year cannot give: a year outside the lunar calendar's range has
 * no Tết and no Giỗ Tổ, and says so instead of leaving them out silently.
 * @example holidayFindings(2300)[0].code === "holidays_lunar_out_of_range"
 */
export function holidayFindings(year: number, sheet: string): Finding[] {
  if (lunarNewYear(year) && hungKingsDay(year)) return [];
  return [finding("warning", "holidays_lunar_out_of_range", { sheet }, { year, first: lunarYears.first, last: lunarYears.last })];
}
