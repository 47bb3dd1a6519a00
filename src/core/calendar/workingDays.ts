import { addDays, isWeekend } from "./dates";

/** The days off and make-up working days of a calendar (from the "Ngày nghỉ" sheet or defaultHolidays). */
export interface WorkCalendar {
  readonly daysOff: ReadonlySet<string>;
  readonly makeUpDays: ReadonlySet<string>;
}

/** A calendar from holiday rows: "dayOff" rows are days off, "makeUp" rows are worked Saturdays. */
export function workCalendar(rows: readonly { readonly date: string; readonly kind: "dayOff" | "makeUp" }[]): WorkCalendar {
  return {
    daysOff: new Set(rows.filter((r) => r.kind === "dayOff").map((r) => r.date)),
    makeUpDays: new Set(rows.filter((r) => r.kind === "makeUp").map((r) => r.date)),
  };
}

/**
 * A working day of civil servants: Monday–Friday, not a day off; a make-up Saturday ("làm bù")
 * is a working day (docs/legal-bases.md#working-days-and-public-holidays).
 * @example isWorkingDay("2024-05-04", workCalendar(defaultHolidays(2024))) === true
 */
export function isWorkingDay(iso: string, calendar: WorkCalendar): boolean {
  if (calendar.makeUpDays.has(iso)) return true;
  return !isWeekend(iso) && !calendar.daysOff.has(iso);
}

/**
 * The date `n` working days after `start` (the count starts on the next day, Civil Code Art. 147):
 * the due date of a dossier received on `start` with a time limit of `n` working days. Days off
 * are skipped and make-up Saturdays counted.
 * @example addWorkingDays("2024-04-26", 3, workCalendar(defaultHolidays(2024))) === "2024-05-04"
 */
export function addWorkingDays(start: string, n: number, calendar: WorkCalendar): string {
  let day = start;
  for (let counted = 0; counted < n;) {
    day = addDays(day, 1);
    if (isWorkingDay(day, calendar)) counted++;
  }
  return day;
}
