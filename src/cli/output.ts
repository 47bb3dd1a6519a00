import type { Finding } from "../core/findings/finding";
import { severityLabels } from "../core/messages/catalogue";
import { renderFinding } from "../core/messages/render";

/** What a command hands back: text for stdout/stderr and the exit code. */
export interface CliOutput {
  stdout: string[];
  stderr: string[];
  code: number;
}

/**
 * Exit codes of every command: 0 done, no error found; 1 done (output written) but the input has
 * errors (import, validate, dossiers, report, demo); 2 nothing done: unusable input, a usage
 * mistake or a write refused.
 */
export const exitCodes = { ok: 0, findings: 1, unusable: 2 } as const;

/** A finding as a listing line: "[Cảnh báo] Kế hoạch!D7: …" (fatal input problems print without the label). */
export function findingLine(f: Finding): string {
  return `[${severityLabels[f.severity]}] ${renderFinding(f)}`;
}
