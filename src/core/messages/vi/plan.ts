import { q, type Param } from "../quote";

/** Messages about the plan's task table. */
export const planMessages = {
  task_text_missing: (p: { readonly no: Param }) => `nhiệm vụ số ${q(p.no)} không có nội dung`,
  task_number_duplicate: (p: { readonly no: Param; readonly firstCell: Param }) => `số thứ tự ${q(p.no)} bị trùng (đã dùng ở ô ${p.firstCell})`,
  task_number_missing: () => "dòng này chưa có số thứ tự; đã nhận là một nhiệm vụ mới, hãy ghi số thứ tự",
  progress_not_carried: (p: { readonly no: Param; readonly task: Param }) =>
    `trạng thái, kết quả của nhiệm vụ số ${q(p.no)} (${q(p.task)}) không còn nhiệm vụ tương ứng trong kế hoạch mới nhập; dòng này được giữ ở cuối trang với ghi chú, hãy xem lại`,
  progress_match_uncertain: (p: {
    readonly no: Param;
    readonly task: Param;
    readonly row: Param;
    readonly newNo: Param;
    readonly newTask: Param;
    readonly newRow: Param;
    readonly percent: Param;
  }) =>
    `không chắc nhiệm vụ cũ số ${q(p.no)} (${q(p.task)}, giữ ở dòng ${p.row}) và nhiệm vụ số ${q(p.newNo)} của kế hoạch mới (${q(p.newTask)}, dòng ${p.newRow}) là cùng một việc (nội dung giống ${p.percent}%); trạng thái, kết quả chưa được chuyển sang dòng ${p.newRow}. Nếu đúng là một, hãy chép sang dòng ${p.newRow} rồi xoá dòng ${p.row}`,
  plan_other_year: (p: { readonly next: Param; readonly previous: Param }) =>
    `kế hoạch đang nhập là của năm ${p.next}, còn trang "Nhiệm vụ" theo dõi năm ${p.previous} và đã có trạng thái, kết quả nhập tay; không ghi gì để không lẫn tiến độ hai năm. Hãy nhập vào một sổ theo dõi mới của năm ${p.next}`,
  plan_differs: (p: { readonly same: Param; readonly total: Param; readonly previous: Param }) =>
    `chỉ ${p.same} trong ${p.total} nhiệm vụ của kế hoạch đang nhập giống nhiệm vụ trong trang "Nhiệm vụ" (${p.previous} nhiệm vụ, đã có trạng thái, kết quả nhập tay): có vẻ đây là kế hoạch của cơ quan khác hoặc năm khác; không ghi gì để không chuyển trạng thái sang nhầm nhiệm vụ. Hãy nhập vào một sổ theo dõi mới`,
  task_timing_missing: (p: { readonly no: Param }) => `nhiệm vụ số ${q(p.no)} chưa có tiến độ/thời gian`,
  task_units_missing: (p: { readonly no: Param }) => `nhiệm vụ số ${q(p.no)} chưa có đơn vị thực hiện`,
  continuation_without_task: () => "dòng tiếp nối không có nhiệm vụ nào ở trên; dòng này đã được bỏ qua",
  required_activity_missing: (p: { readonly activity: Param; readonly basis: Param }) =>
    `kế hoạch chưa có hoạt động bắt buộc hằng năm: ${p.activity} (${p.basis})`,
  plan_has_no_tasks: () => "bảng không có nhiệm vụ nào",
};

/** Activities the regulations require every year (docs/legal-bases.md#required-yearly-activities): the label a warning names, and its legal basis. */
/** Note on a task row kept from the replaced tasks sheet because the new plan has no such task. */
export const notInNewPlanNote = "Không còn trong kế hoạch mới nhập";

/** Note on a kept row whose task may be a new task (the match is uncertain); starts with `possibleMatchPrefix`. */
export const possibleMatchPrefix = "Có thể là nhiệm vụ số";
export const possibleMatchNote = (p: { readonly no: Param; readonly row: Param }) =>
  `${possibleMatchPrefix} "${p.no}" của kế hoạch mới (dòng ${p.row}); trạng thái chưa được chuyển`;

export const requiredActivityTexts = {
  objectives: { label: "xây dựng mục tiêu chất lượng", basis: "TCVN ISO 9001:2015 điều 6.2" },
  internalAudit: { label: "đánh giá nội bộ", basis: "Quyết định 19/2014/QĐ-TTg, Điều 4 khoản 2 điểm b và khoản 4 điểm b" },
  managementReview: { label: "xem xét của lãnh đạo", basis: "Quyết định 19/2014/QĐ-TTg, Điều 4 khoản 2 điểm c và khoản 4 điểm b" },
  customerSatisfaction: { label: "đo lường sự hài lòng của khách hàng", basis: "TCVN ISO 9001:2015 điều 9.1.2" },
  updateProcedures: {
    label: "cập nhật quy trình khi văn bản quy phạm pháp luật thay đổi",
    basis: "Quyết định 19/2014/QĐ-TTg, Điều 4 khoản 4 điểm a (chậm nhất 03 tháng kể từ ngày văn bản có hiệu lực)",
  },
  reannouncement: { label: "công bố lại HTQLCL khi điều chỉnh phạm vi áp dụng", basis: "Quyết định 19/2014/QĐ-TTg, Điều 4 khoản 4 điểm c" },
  annualReport: { label: "báo cáo kết quả áp dụng, duy trì HTQLCL hằng năm", basis: "Thông tư 26/2014/TT-BKHCN, Điều 35 và 36" },
} as const;
