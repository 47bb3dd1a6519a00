import type { FindingParams } from "../../findings/finding";

const q = (v: string | number | undefined) => `"${String(v ?? "")}"`;

/** Messages about the plan's task table. */
export const planMessages = {
  task_text_missing: (p: FindingParams) => `nhiệm vụ số ${q(p.no)} không có nội dung`,
  task_number_duplicate: (p: FindingParams) => `số thứ tự ${q(p.no)} bị trùng (đã dùng ở ô ${p.firstCell})`,
  task_number_missing: () => "dòng này chưa có số thứ tự; đã nhận là một nhiệm vụ mới, hãy ghi số thứ tự",
  progress_not_carried: (p: FindingParams) =>
    `trạng thái, kết quả của nhiệm vụ số ${q(p.no)} (${q(p.task)}) không còn nhiệm vụ tương ứng trong kế hoạch mới nhập; dòng này được giữ ở cuối trang với ghi chú, hãy xem lại`,
  task_timing_missing: (p: FindingParams) => `nhiệm vụ số ${q(p.no)} chưa có tiến độ/thời gian`,
  task_units_missing: (p: FindingParams) => `nhiệm vụ số ${q(p.no)} chưa có đơn vị thực hiện`,
  continuation_without_task: () => "dòng tiếp nối không có nhiệm vụ nào ở trên; dòng này đã được bỏ qua",
  required_activity_missing: (p: FindingParams) =>
    `kế hoạch chưa có hoạt động bắt buộc hằng năm: ${p.activity} (${p.basis})`,
  plan_has_no_tasks: () => "bảng không có nhiệm vụ nào",
};

/** Activities the regulations require every year (domain.md §1.2): the label a warning names, and its legal basis. */
/** Note on a task row kept from the replaced tasks sheet because the new plan has no such task. */
export const notInNewPlanNote = "Không còn trong kế hoạch mới nhập";

export const requiredActivityTexts = {
  objectives: { label: "xây dựng mục tiêu chất lượng", basis: "TCVN ISO 9001:2015 điều 6.2" },
  internalAudit: { label: "đánh giá nội bộ", basis: "Quyết định 19/2014/QĐ-TTg, Điều 4 khoản 2 điểm b và khoản 4 điểm b" },
  managementReview: { label: "xem xét của lãnh đạo", basis: "Quyết định 19/2014/QĐ-TTg, Điều 4 khoản 2 điểm c và khoản 4 điểm b" },
  customerSatisfaction: { label: "đo lường sự hài lòng của khách hàng", basis: "TCVN ISO 9001:2015 điều 9.1.2" },
  annualReport: { label: "báo cáo kết quả áp dụng, duy trì HTQLCL hằng năm", basis: "Thông tư 26/2014/TT-BKHCN, Điều 35 và 36" },
} as const;
