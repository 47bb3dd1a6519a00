/** Schedule phrases ("Tiến độ/Thời gian"): parsing, plan year, display. */
export { timingSchema, timingKindSchema, recurrenceSchema, type Timing, type TimingKind, type Recurrence } from "./timing";
export { parseTiming, type ParseTimingOptions, type TimingResult } from "./parseTiming";
export { inferPlanPeriod, inferPlanYear } from "./inferYear";
export { isWithinYear, timingOutsidePeriod, timingOutsideYear } from "./yearCheck";
export { formatPeriodVi } from "./formatPeriod";
