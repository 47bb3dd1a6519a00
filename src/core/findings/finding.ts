import type { FindingCode, ParamsOf } from "../messages/catalogue";
import type { Param } from "../messages/quote";

/** How bad a finding is: an error blocks the job, a warning asks for a look, info only informs. */
export type Severity = "error" | "warning" | "info";

/** Parameters of some finding, seen without its code: plain data, never markup. */
export type FindingParams = Readonly<Record<string, Param | undefined>>;

/** A location-free issue of one code, its params typed by the code's message. */
export interface IssueOf<C extends FindingCode> {
  readonly severity: Severity;
  readonly code: C;
  readonly params: ParamsOf<C>;
}

/** A location-free issue produced by a parser; the caller attaches sheet and cell. One member per code. */
export type Issue = { [C in FindingCode]: IssueOf<C> }[FindingCode];

/** A finding of one code. */
export interface FindingOf<C extends FindingCode> extends IssueOf<C> {
  /** Sheet (or source) name the finding is about, e.g. "Kế hoạch"; null when it concerns the whole input. */
  readonly sheet: string | null;
  /** A1 address of the cell the finding is about, e.g. "D7"; null when there is none. */
  readonly cell: string | null;
}

/**
 * A validation result as data (code + location + params). Text is rendered late, from the
 * Vietnamese catalogue (`renderFinding`), so detection never formats user-facing text.
 * A union over the codes: `f.code === "timing_unreadable"` narrows `f.params` to `{ text }`.
 */
export type Finding = { [C in FindingCode]: FindingOf<C> }[FindingCode];

/** Params a code takes none of may be left out. */
type ParamsArg<C extends FindingCode> = Readonly<Record<string, never>> extends ParamsOf<C> ? [params?: ParamsOf<C>] : [params: ParamsOf<C>];

/** Makes a parser issue; the params must be those the code's message reads. */
export function issue<C extends FindingCode>(severity: Severity, code: C, ...[params]: ParamsArg<C>): Issue {
  return { severity, code, params: params ?? {} } as unknown as Issue;
}

/** Makes a finding; the params must be those the code's message reads. */
export function finding<C extends FindingCode>(
  severity: Severity,
  code: C,
  location: { sheet?: string | null; cell?: string | null } = {},
  ...[params]: ParamsArg<C>
): Finding {
  return { severity, code, sheet: location.sheet ?? null, cell: location.cell ?? null, params: params ?? {} } as unknown as Finding;
}

/**
 * A finding rebuilt from data that crossed a boundary as plain values (a worker's reply, an
 * error object): its params cannot be checked against its code at compile time, so prefer `finding`.
 */
export function findingFromData(
  severity: Severity,
  code: FindingCode,
  location: { sheet?: string | null; cell?: string | null },
  params: FindingParams,
): Finding {
  return { severity, code, sheet: location.sheet ?? null, cell: location.cell ?? null, params } as unknown as Finding;
}

/** A finding's params seen without its code, to read a param by name (tests, generic displays). */
export function paramsOf(f: Issue): FindingParams {
  return f.params;
}

/** Attaches a location to a parser issue. */
export function locate(issue: Issue, sheet: string | null, cell: string | null): Finding {
  return { ...issue, sheet, cell };
}

/** True when any finding is an error. */
export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === "error");
}
