/** Status lines shared by the Excel and standalone commands. */
import type { Finding, Severity } from "../core/findings/finding";
import type { TaskpaneMessages } from "../core/messages/catalogue";
import type { PlanImport } from "../core/plan/plan";

export function countSeverity(list: readonly Finding[], severity: Severity): number {
  return list.filter((f) => f.severity === severity).length;
}

/** "Đã đọc 12 nhiệm vụ (0 nhóm), năm kế hoạch 2024: 0 lỗi, 0 cảnh báo." */
export function planSummary(t: TaskpaneMessages, plan: PlanImport): string {
  return t.importSummary({
    tasks: plan.tasks.length,
    groups: plan.groups.length,
    year: plan.years
      ? t.planYears({ year: plan.year === null ? "?" : String(plan.year), from: plan.years[0], to: plan.years[1] })
      : plan.year === null ? "?" : String(plan.year),
    errors: countSeverity(plan.findings, "error"),
    warnings: countSeverity(plan.findings, "warning"),
  });
}
