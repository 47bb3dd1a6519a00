import type { FindingCode } from "../messages/catalogue";

/** How bad a finding is: an error blocks the job, a warning asks for a look, info only informs. */
export type Severity = "error" | "warning" | "info";

/** Parameters a message template interpolates; always plain data, never markup. */
export type FindingParams = Readonly<Record<string, string | number>>;

/**
 * A validation result as data (code + location + params). Text is rendered late, from the
 * Vietnamese catalogue (`renderFinding`), so detection never formats user-facing text.
 */
export interface Finding {
  readonly severity: Severity;
  readonly code: FindingCode;
  /** Sheet (or source) name the finding is about, e.g. "Kế hoạch"; null when it concerns the whole input. */
  readonly sheet: string | null;
  /** A1 address of the cell the finding is about, e.g. "D7"; null when there is none. */
  readonly cell: string | null;
  readonly params: FindingParams;
}

/** A location-free issue produced by a parser; the caller attaches sheet and cell. */
export interface Issue {
  readonly severity: Severity;
  readonly code: FindingCode;
  readonly params: FindingParams;
}

/** Makes a finding. */
export function finding(
  severity: Severity,
  code: FindingCode,
  location: { sheet?: string | null; cell?: string | null } = {},
  params: FindingParams = {},
): Finding {
  return { severity, code, sheet: location.sheet ?? null, cell: location.cell ?? null, params };
}

/** Attaches a location to a parser issue. */
export function locate(issue: Issue, sheet: string | null, cell: string | null): Finding {
  return { ...issue, sheet, cell };
}

/** True when any finding is an error. */
export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === "error");
}
