import { findingMessages } from "./catalogue";
import type { Finding, FindingParams } from "../findings/finding";

/** Quotes a value for a message, the way the catalogue expects: "…" (the one helper every message file uses). */
export { q as quote } from "./quote";

/** The message alone, without location. */
export function findingText(f: Pick<Finding, "code" | "params">): string {
  // `Finding` pairs each code with its params' type; indexing by a code of the union loses that pairing.
  const template = findingMessages[f.code] as (params: FindingParams) => string;
  return template(quotable(f.params)).normalize("NFC");
}

/** The most characters of one quoted text a message shows; a longer one ends in "…". */
export const maxQuotedLength = 300;

/** Params with every text cut to `maxQuotedLength` (a 50,000-character cell quoted whole would bury the message). */
function quotable(params: FindingParams): FindingParams {
  let out: Record<string, unknown> | null = null;
  for (const [key, value] of Object.entries(params)) {
    if (typeof value !== "string" || value.length <= maxQuotedLength) continue;
    out ??= { ...params };
    out[key] = [...value].slice(0, maxQuotedLength).join("").trimEnd() + "…";
  }
  return (out ?? params) as FindingParams;
}

/** A1-style location "Sheet!D7", "Sheet" or "". */
export function findingLocation(f: Pick<Finding, "sheet" | "cell">): string {
  if (f.sheet && f.cell) return `${f.sheet}!${f.cell}`;
  return f.sheet ?? f.cell ?? "";
}

/**
 * Renders a finding as one line: `Kế hoạch!D7: không hiểu thời gian "Tháng 13/2024"`.
 * @example renderFinding({severity:"error", code:"timing_unreadable", sheet:"Kế hoạch", cell:"D7", params:{text:"Tháng 13/2024"}})
 */
export function renderFinding(f: Finding): string {
  const where = findingLocation(f);
  const text = findingText(f);
  return where ? `${where}: ${text}` : text;
}
