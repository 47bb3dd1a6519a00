/**
 * The tracking workbook the standalone page offers after a plan import: the empty year of
 * `iso-assistant init` with the imported tasks in "Nhiệm vụ", the common units plus every unit
 * the plan names that the registry does not know (so the user reviews one list), and the
 * import's findings in "Kiểm tra".
 */
import type { PlanImport } from "../../core/plan/plan";
import type { WorkbookSpec } from "../../core/sheet/model";
import { commonUnits } from "../../core/units/registry";
import { buildFindingsSheet } from "../../core/workbook/findingsSheet";
import { sheetNames } from "../../core/workbook/sheetNames";
import { buildTrackingWorkbook, emptyTrackingData } from "../../core/workbook/trackingWorkbook";
import { defaultRegistryFor } from "../../core/workbook/unitsSheet";

/**
 * @example trackingWithTasks(plan, 2024).sheets.map((s) => s.name) → ["Hướng dẫn", "Thông tin", "Nhiệm vụ", …, "Kiểm tra"]
 */
export function trackingWithTasks(plan: PlanImport, year: number): WorkbookSpec {
  const extraUnits = defaultRegistryFor(plan.tasks).filter((u) => !commonUnits.some((c) => c.name === u.name));
  const spec = buildTrackingWorkbook({ ...emptyTrackingData(year), tasks: plan.tasks, units: [...commonUnits, ...extraUnits] });
  return { sheets: spec.sheets.map((s) => (s.name === sheetNames.findings ? buildFindingsSheet(plan.findings) : s)) };
}
