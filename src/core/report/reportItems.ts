import type { PlanTask } from "../plan/plan";
import { foldKey } from "../text/normalize";

/**
 * The eight standard items of the year-end results table (seed 001; domain.md §1.2 maps each
 * to its legal basis). `phrases` find the plan tasks whose evidence answers the item (folded).
 */
export const reportItems: readonly { readonly text: string; readonly phrases: readonly string[] }[] = [
  {
    text: "Kế hoạch năm về xây dựng, áp dụng, duy trì, cải tiến HTQLCL theo Tiêu chuẩn TCVN ISO 9001",
    phrases: ["xay dung ke hoach ap dung", "ke hoach ap dung", "ban hanh ke hoach"],
  },
  { text: "Mục tiêu chất lượng năm đối với cơ quan và cấp phòng", phrases: ["muc tieu chat luong"] },
  {
    text: "Phê duyệt hệ thống văn bản, tài liệu và các quy trình khi áp dụng (nếu có mở rộng hoặc thay đổi quy trình)",
    phrases: ["ra soat chinh sua", "ban hanh lai cac quy trinh", "phe duyet", "so tay chat luong", "sua doi bo sung quy trinh"],
  },
  {
    text: "Ban hành quy trình xử lý công việc thực hiện đầy đủ các thủ tục hành chính",
    phrases: ["quy trinh giai quyet thu tuc hanh chinh", "quy trinh doi voi cac tthc", "xay dung quy trinh doi voi"],
  },
  { text: "Tổ chức đánh giá nội bộ, khắc phục các điểm không phù hợp", phrases: ["danh gia noi bo", "danh gia chat luong noi bo"] },
  { text: "Tiến hành họp xem xét của lãnh đạo, cải tiến hệ thống", phrases: ["xem xet cua lanh dao", "xem xet lanh dao"] },
  { text: "Người đứng đầu cơ quan xác nhận hiệu lực của hệ thống (nếu có công bố lại)", phrases: ["xac nhan hieu luc"] },
  {
    text: "Thực hiện công bố lại sau khi có sự điều chỉnh, thu hẹp, mở rộng phạm vi áp dụng",
    phrases: ["cong bo lai he thong", "thuc hien cong bo lai"],
  },
];

/** Placeholder for an item no task's evidence answers. */
export const missingEvidenceText = "[Chưa có minh chứng — bổ sung số, ký hiệu, ngày văn bản]";

/**
 * The result text of each standard item: the evidence of the tasks that match it, joined
 * with "; ", or a visible placeholder. Item 1 prefers the plan reference when given.
 * @example reportItemResults(tasks, "Kế hoạch số 733/KH-SYT ngày 28/02/2024 của Sở Y tế")[0]
 */
export function reportItemResults(tasks: readonly PlanTask[], planReference: string): { text: string; result: string; found: boolean }[] {
  return reportItems.map((item, i) => {
    if (i === 0 && planReference.trim()) return { text: item.text, result: planReference.trim(), found: true };
    const evidence = tasks
      .filter((t) => t.evidence.trim() && item.phrases.some((p) => ` ${foldKey(t.task)} `.includes(` ${p} `)))
      .map((t) => t.evidence.trim());
    const unique = [...new Set(evidence)];
    return unique.length ? { text: item.text, result: unique.join("; "), found: true } : { text: item.text, result: missingEvidenceText, found: false };
  });
}
