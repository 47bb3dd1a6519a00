import type { Finding } from "../findings/finding";

/**
 * The one shape of a job's outcome (import, report, the task pane's actions): either it ran,
 * with its fields, or the input was unusable and `fatal` says why in findings naming the sheet
 * and cell. Findings that do not stop a job travel inside its fields, next to the result.
 * @example const r: JobResult<{ plan: PlanImport }> = failed([finding("error", "table_not_found", {})]);
 */
export type JobResult<T extends object> = ({ readonly ok: true } & T) | JobFailure;

/** A job that could not run: the findings that stopped it (never empty). */
export interface JobFailure {
  readonly ok: false;
  readonly fatal: readonly Finding[];
}

/** A job that ran. */
export function succeeded<T extends object>(fields: T): { readonly ok: true } & T {
  return { ok: true, ...fields };
}

/** A job stopped by unusable input. */
export function failed(fatal: readonly Finding[]): JobFailure {
  return { ok: false, fatal };
}
