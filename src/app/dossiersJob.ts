/**
 * One rule for the period of the dossier figures, shared by the pane's step 4 and the CLI's
 * `dossiers` (docs/dossiers.md#reporting-period): the period and as-of date given (the user's
 * confirmed ones, or --from/--to/--as-of) win; what is not given is proposed from the export
 * (its title line, else the standard period of the year its reception dates fit) with an as-of
 * date no later than today; an as-of date after today is refused. The export is counted for
 * that period: rows received outside it are left out and said.
 */
import { finding } from "../core/findings/finding";
import { failed, succeeded, type JobResult } from "../core/job/jobResult";
import type { DossierImport } from "../core/dossiers/importDossiers";
import type { ReportingSpan } from "../core/dossiers/list";
import { periodFindings, periodFromTitle, proposePeriod, type DossierPeriod, type PeriodSource } from "../core/dossiers/period";
import { isIsoDate } from "../core/calendar/dates";

/** What decides the period: what is given, the data's year (the plan's), and today (ISO). */
export interface PeriodOptions {
  readonly given?: Partial<DossierPeriod>;
  readonly year?: number | null;
  readonly today: string;
}

/** The export counted for its period. */
export interface PeriodCount {
  readonly imported: DossierImport;
  readonly period: DossierPeriod;
  /** Where the period came from: given, the export's title line, its dates, or the year. */
  readonly source: PeriodSource;
}

/** One count of the source at an as-of date, for a period (none: the first look, every row). */
export type CountAt = { readonly asOf: string; readonly period?: ReportingSpan };

/** Whether the period can be known without looking at the export. */
const complete = (given: Partial<DossierPeriod>): given is DossierPeriod => Boolean(given.from && given.to && given.asOf);

/** A typed date that is not one, or an as-of date after today: refused before anything is counted. */
function refusal(options: PeriodOptions): JobResult<object> | null {
  const given = options.given ?? {};
  for (const key of ["from", "to", "asOf"] as const) {
    const value = given[key];
    if (value !== undefined && !isIsoDate(value)) return failed([finding("error", "dossier_as_of_invalid", {}, { asOf: value })]);
  }
  if (given.asOf && given.asOf > options.today) {
    const errors = periodFindings({ from: given.from ?? given.asOf, to: given.to ?? given.asOf, asOf: given.asOf }, options.today);
    return failed(errors.filter((f) => f.code === "as_of_future"));
  }
  return null;
}

/** The period from what is given and what a first look at the export showed. */
function decide(first: DossierImport | null, options: PeriodOptions): { period: DossierPeriod; source: PeriodSource } {
  return proposePeriod({
    given: options.given,
    title: first ? periodFromTitle(first.titleLines ?? []) : null,
    range: first?.receivedRange ?? null,
    year: options.year,
    today: options.today,
  });
}

function finish(imported: DossierImport | null, decided: { period: DossierPeriod; source: PeriodSource }, today: string): JobResult<PeriodCount> {
  if (!imported) return failed([finding("error", "dossier_table_not_found", {})]);
  const errors = periodFindings(decided.period, today).filter((f) => f.severity === "error");
  if (errors.length > 0) return failed(errors);
  return succeeded({ imported, ...decided });
}

/**
 * Whether the first look already is the count for the decided period: a dossier list counted at
 * the same as-of date whose every reception date lies inside the period, so that the period
 * leaves no row out and the second count would give the same figures (a large export is then read once).
 */
function firstIsFinal(first: DossierImport | null, firstAsOf: string, period: DossierPeriod): boolean {
  const range = first?.receivedRange;
  return first?.input === "list" && firstAsOf === period.asOf && range != null && range.first >= period.from && range.last <= period.to;
}

/**
 * Counts a source (a grid in memory) for its period: once when the period and as-of date are
 * given, else a first look (every row, at today or the given as-of date) and the count.
 * @example countForPeriod((o) => importDossiers(grid, o), { year: 2025, today: "2026-01-10" }).period
 */
export function countForPeriod(count: (at: CountAt) => DossierImport, options: PeriodOptions): JobResult<PeriodCount> {
  const refused = refusal(options);
  if (refused) return refused as JobResult<PeriodCount>;
  const given = options.given ?? {};
  const firstAsOf = given.asOf ?? options.today;
  const first = complete(given) ? null : count({ asOf: firstAsOf });
  if (first && first.input === null) return failed(first.findings);
  const decided = decide(first, options);
  const imported = firstIsFinal(first, firstAsOf, decided.period) ? first : count({ asOf: decided.period.asOf, period: decided.period });
  return finish(imported, decided, options.today);
}

/** The same for a source read as a stream (the CLI's large files): `count` reads it once per call; null when the reader cannot. */
export async function countForPeriodAsync(
  count: (at: CountAt) => Promise<DossierImport | null>,
  options: PeriodOptions,
): Promise<JobResult<PeriodCount> | null> {
  const refused = refusal(options);
  if (refused) return refused as JobResult<PeriodCount>;
  const given = options.given ?? {};
  let first: DossierImport | null = null;
  const firstAsOf = given.asOf ?? options.today;
  if (!complete(given)) {
    first = await count({ asOf: firstAsOf });
    if (first === null) return null;
    if (first.input === null) return failed(first.findings);
  }
  const decided = decide(first, options);
  const imported = firstIsFinal(first, firstAsOf, decided.period) ? first : await count({ asOf: decided.period.asOf, period: decided.period });
  return imported === null ? null : finish(imported, decided, options.today);
}
