import { narrativeText, reportText, workbookText } from "../messages/catalogue";
import type { PlanTask } from "../plan/plan";
import { foldKey, singleLine } from "../text/normalize";

const items = reportText.results.items;

/**
 * The eight standard items of the year-end results table (seed 001; docs/legal-bases.md#required-yearly-activities maps each
 * to its legal basis). `phrases` find the plan tasks whose evidence answers the item (folded).
 */
export const reportItems: readonly { readonly text: string; readonly phrases: readonly string[] }[] = [
  { text: items.plan, phrases: ["xay dung ke hoach ap dung", "ke hoach ap dung", "ban hanh ke hoach"] },
  { text: items.objectives, phrases: ["muc tieu chat luong"] },
  { text: items.documents, phrases: ["ra soat chinh sua", "ban hanh lai cac quy trinh", "phe duyet", "so tay chat luong", "sua doi bo sung quy trinh"] },
  { text: items.procedures, phrases: ["quy trinh giai quyet thu tuc hanh chinh", "quy trinh doi voi cac tthc", "xay dung quy trinh doi voi"] },
  { text: items.internalAudit, phrases: ["danh gia noi bo", "danh gia chat luong noi bo"] },
  { text: items.managementReview, phrases: ["xem xet cua lanh dao", "xem xet lanh dao"] },
  { text: items.effectiveness, phrases: ["xac nhan hieu luc"] },
  { text: items.republication, phrases: ["cong bo lai he thong", "thuc hien cong bo lai"] },
];

/**
 * The result text of each standard item: the evidence of the tasks that match it, joined
 * with "; ". A matching task without evidence is told by its status and note ("Đang thực
 * hiện — chờ phê duyệt"), and an item no task matches says so; both are `found: false`
 * (a finding: the report states the fact, never a bracketed prompt). Item 1 prefers the
 * plan reference when given.
 * @example reportItemResults(tasks, "Kế hoạch số 733/KH-SYT ngày 28/02/2024 của Sở Y tế")[0].result === "Kế hoạch số 733/KH-SYT ngày 28/02/2024 của Sở Y tế"
 */
export function reportItemResults(tasks: readonly PlanTask[], planReference: string): { text: string; result: string; found: boolean }[] {
  return reportItems.map((item, i) => {
    if (i === 0 && planReference.trim()) return { text: item.text, result: planReference.trim(), found: true };
    const matching = tasks.filter((t) => item.phrases.some((p) => ` ${foldKey(t.task)} `.includes(` ${p} `)));
    const evidence = [...new Set(matching.map((t) => t.evidence.trim()).filter(Boolean))];
    if (evidence.length) return { text: item.text, result: evidence.join("; "), found: true };
    const told = [...new Set(matching.map((t) => statusText(t)).filter(Boolean))];
    return { text: item.text, result: told.length ? told.join("; ") : narrativeText.results.noTask, found: false };
  });
}

/** "Đang thực hiện — chờ phê duyệt": a task's status and note; "Chưa thực hiện" when both are blank. */
function statusText(task: PlanTask): string {
  const status = task.status.trim() || workbookText.taskStatuses.notStarted;
  const note = singleLine(task.note.trim());
  return note ? `${status} — ${note}` : status;
}
