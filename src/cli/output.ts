import type { Finding } from "../core/findings/finding";
import { severityLabels } from "../core/messages/catalogue";
import { renderFinding } from "../core/messages/render";

/** What a command hands back: text for stdout/stderr and the exit code. */
export interface CliOutput {
  stdout: string[];
  stderr: string[];
  code: number;
}

/** Exit codes: 0 fine, 1 the input has errors (validate), 2 unusable input or usage. */
export const exitCodes = { ok: 0, findings: 1, unusable: 2 } as const;

/** A finding as a listing line: "[Cảnh báo] Kế hoạch!D7: …" (fatal input problems print without the label). */
export function findingLine(f: Finding): string {
  return `[${severityLabels[f.severity]}] ${renderFinding(f)}`;
}
