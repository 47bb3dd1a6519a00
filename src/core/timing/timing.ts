import { z } from "zod";

/** What kind of period a schedule phrase names. */
export const timingKindSchema = z.enum(["date", "month", "range", "quarter", "half", "year", "deadline", "recurring", "unknown"]);
export type TimingKind = z.infer<typeof timingKindSchema>;

export const recurrenceSchema = z.enum(["monthly", "quarterly", "yearly", "continuous", "periodic"]).nullable();
export type Recurrence = z.infer<typeof recurrenceSchema>;

/**
 * A parsed schedule phrase. `start`/`end` are ISO dates "YYYY-MM-DD" or null:
 * a deadline has only `end`; recurring and whole-year phrases span the plan year (a multi-year
 * plan's whole period for recurring ones); unknown has neither.
 */
export const timingSchema = z.object({
  text: z.string(),
  kind: timingKindSchema,
  start: z.string().nullable(),
  end: z.string().nullable(),
  recurrence: recurrenceSchema,
});
export type Timing = z.infer<typeof timingSchema>;
