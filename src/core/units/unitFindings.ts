/**
 * The unit list's findings as a secretary reads them: one finding naming every unit the plan
 * uses that the list does not know (one action adds them all), instead of one per unit.
 */
import { finding, paramsOf, type Finding } from "../findings/finding";

/**
 * Replaces the `unit_unknown` findings by one `units_not_in_registry` at the first one's cell,
 * with the names in order; `names` are the units to add ("Thêm vào danh mục đơn vị").
 * @example groupUnknownUnits([finding("warning", "unit_unknown", {}, { unit: "Sở Tài chính" }), finding("warning", "unit_unknown", {}, { unit: "Sở Nội vụ" })]).names → ["Sở Tài chính", "Sở Nội vụ"]
 */
export function groupUnknownUnits(findings: readonly Finding[]): { findings: Finding[]; names: string[] } {
  const unknown = findings.filter((f) => f.code === "unit_unknown");
  if (unknown.length === 0) return { findings: [...findings], names: [] };
  const names = [...new Set(unknown.map((f) => String(paramsOf(f).unit ?? "")).filter((n) => n !== ""))];
  const first = unknown[0];
  const grouped = finding("warning", "units_not_in_registry", { sheet: first.sheet, cell: first.cell }, { count: names.length, names: names.join("; ") });
  const at = findings.indexOf(first);
  return { findings: [...findings.slice(0, at), grouped, ...findings.slice(at).filter((f) => f.code !== "unit_unknown")], names };
}
