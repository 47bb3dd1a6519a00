/**
 * Sentences about what a statistics table gave beyond the resolution counts: dossiers outside the
 * received count, the breakdown of a quantity into its parts ("Trong đó" columns, channels, the
 * apology split), the "Trong đó" rows, and whether figures were rounded. The CLI's summary and
 * the task pane print them after the counts (docs/dossiers.md#cli-json).
 */
import { termText, uiText } from "../messages/catalogue";
import type { DossierCounts } from "./counts";

/** How a whole is named before its parts: "tiếp nhận", "quá hạn". */
const WHOLE_NAMES: Readonly<Record<string, string>> = termText.dossierColumn;

/**
 * The extra sentences for one set of counts; `percent` formats a rate (null → "—").
 * @example dossierExtraText(counts, (x) => (x === null ? "—" : `${x * 100}%`)) // "Ngoài số tiếp nhận: chờ tiếp nhận 7. Trong số tiếp nhận: trực tuyến toàn trình 400, …"
 */
export function dossierExtraText(c: DossierCounts, percent: (x: number | null) => string): string {
  const out: string[] = [];
  const outside = (["waiting", "notAccepted", "acceptedLate"] as const).filter((k) => c[k] !== null).map((k) => `${termText.dossierColumn[k]} ${c[k]}`);
  if (outside.length > 0) out.push(uiText.dossierOutside({ items: outside.join(", ") }));
  const wholes = [...new Set(c.breakdown.map((p) => p.of))];
  for (const whole of wholes) {
    const items = c.breakdown.filter((p) => p.of === whole).map((p) => `${p.label} ${p.value}`);
    out.push(uiText.dossierBreakdown({ whole: WHOLE_NAMES[whole] ?? whole, items: items.join(", ") }));
  }
  for (const s of c.subsets) out.push(uiText.dossierSubset({ name: s.field, received: s.received, resolved: s.resolved, rate: percent(s.rates.A) }));
  if (c.approximate) out.push(uiText.dossierApproximate());
  return out.join(" ");
}
