import type { Finding } from "../core/findings/finding";
import { severityLabels } from "../core/messages/catalogue";
import { renderFinding } from "../core/messages/render";

/** A finding as a listing line: "[Cảnh báo] Kế hoạch!D7: …" (fatal input problems print without the label). */
export function findingLine(f: Finding): string {
  return `[${severityLabels[f.severity]}] ${renderFinding(f)}`;
}
