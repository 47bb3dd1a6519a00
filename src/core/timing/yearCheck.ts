/**
 * How a parsed period sits against the plan year. A missing start (a deadline) reaches back
 * indefinitely and a missing end (an open "Từ tháng 3/2024") forward; a timing with neither
 * (unknown, or no year known) says nothing, so it is never reported as outside.
 */
import { yearEnd, yearStart } from "../calendar/dates";
import type { Timing } from "./timing";

/**
 * True when the period does not touch the plan year at all (the importer then warns
 * `timing_outside_year`). ISO dates compare as text.
 * @example timingOutsideYear({ text: "Tháng 3/2025", kind: "month", start: "2025-03-01", end: "2025-03-31", recurrence: null }, 2024) === true
 * @example timingOutsideYear({ text: "Tháng 12/2023 - 2/2024", kind: "range", start: "2023-12-01", end: "2024-02-29", recurrence: null }, 2024) === false
 */
export function timingOutsideYear(timing: Timing, year: number): boolean {
  if (timing.start === null && timing.end === null) return false;
  if (timing.end !== null && timing.end < yearStart(year)) return true;
  if (timing.start !== null && timing.start > yearEnd(year)) return true;
  return false;
}

/**
 * True when the whole period lies inside the plan year: both ends known and inside, or for a
 * deadline, its date inside. False for unknown timings.
 * @example isWithinYear({ text: "trước ngày 15/3/2023", kind: "deadline", start: null, end: "2023-03-15", recurrence: null }, 2023) === true
 */
export function isWithinYear(timing: Timing, year: number): boolean {
  const inside = (iso: string) => iso >= yearStart(year) && iso <= yearEnd(year);
  if (timing.kind === "deadline") return timing.end !== null && inside(timing.end);
  return timing.start !== null && timing.end !== null && inside(timing.start) && inside(timing.end);
}

/**
 * True when the period does not touch any year of a multi-year plan's period.
 * @example timingOutsidePeriod({ text: "2025", kind: "year", start: "2025-01-01", end: "2025-12-31", recurrence: null }, [2026, 2030]) === true
 */
export function timingOutsidePeriod(timing: Timing, years: readonly [number, number]): boolean {
  if (timing.start === null && timing.end === null) return false;
  if (timing.end !== null && timing.end < yearStart(years[0])) return true;
  if (timing.start !== null && timing.start > yearEnd(years[1])) return true;
  return false;
}
