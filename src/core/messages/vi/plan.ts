import type { FindingParams } from "../../findings/finding";

const q = (v: string | number | undefined) => `"${String(v ?? "")}"`;

/** Messages about the plan's task table. */
export const planMessages = {
  task_text_missing: (p: FindingParams) => `nhiệm vụ số ${q(p.no)} không có nội dung`,
  task_number_duplicate: (p: FindingParams) => `số thứ tự ${q(p.no)} bị trùng (đã dùng ở ô ${p.firstCell})`,
  task_timing_missing: (p: FindingParams) => `nhiệm vụ số ${q(p.no)} chưa có tiến độ/thời gian`,
  task_units_missing: (p: FindingParams) => `nhiệm vụ số ${q(p.no)} chưa có đơn vị thực hiện`,
  continuation_without_task: () => "dòng tiếp nối không có nhiệm vụ nào ở trên; dòng này đã được bỏ qua",
  required_activity_missing: (p: FindingParams) =>
    `kế hoạch chưa có hoạt động bắt buộc hằng năm: ${p.activity} (${p.basis})`,
  plan_has_no_tasks: () => "bảng không có nhiệm vụ nào",
};
