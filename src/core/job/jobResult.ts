import type { Finding } from "../findings/finding";

/**
 * The one shape of a job's outcome (import, report, next year, the routine's steps, the task
 * pane's actions): either it ran, with its fields, or it could not and `fatal` says why in
 * findings naming the sheet and cell. Findings that do not stop a job travel inside its fields,
 * next to the result. A caller that says more about a failure (the task pane's status line)
 * extends JobFailure and passes it as `F`.
 * @example const r: JobResult<{ plan: PlanImport }> = failed([finding("error", "table_not_found", {})]);
 */
export type JobResult<T extends object, F extends JobFailure = JobFailure> = JobSuccess<T> | F;

/** A job that ran: `ok` and its fields. */
export type JobSuccess<T extends object> = { readonly ok: true } & T;

/** A job that could not run: the findings that stopped it (never empty for a job of core or app). */
export interface JobFailure {
  readonly ok: false;
  readonly fatal: readonly Finding[];
}

/** A job that ran. */
export function succeeded<T extends object>(fields: T): JobSuccess<T> {
  return { ok: true, ...fields };
}

/** A job stopped by unusable input. */
export function failed(fatal: readonly Finding[]): JobFailure {
  return { ok: false, fatal };
}
