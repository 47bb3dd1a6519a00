/**
 * Names of the sheets the add-in owns. Commands write only these; a re-run replaces them.
 * Users' own sheets (their pasted plan, their notes) never carry these names unless the
 * add-in created them (adapters also check an ownership marker before replacing).
 */
export const sheetNames = {
  instructions: "Hướng dẫn",
  agency: "Thông tin",
  tasks: "Nhiệm vụ",
  units: "Đơn vị",
  dossiers: "Hồ sơ TTHC",
  budget: "Kinh phí",
  holidays: "Ngày nghỉ",
  findings: "Kiểm tra",
  report: "Báo cáo",
} as const;

export type OwnedSheetKey = keyof typeof sheetNames;

/** Status choices of a task (dropdown in the tasks sheet). */
export const taskStatuses = ["Chưa thực hiện", "Đang thực hiện", "Hoàn thành", "Không thực hiện"] as const;
