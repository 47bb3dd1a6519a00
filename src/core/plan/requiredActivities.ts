import { finding, type Finding } from "../findings/finding";
import { foldKey } from "../text/normalize";
import type { PlanTask } from "./plan";

/** An activity the regulations require every year (domain.md §1.2), and how plans word it. */
export interface RequiredActivity {
  readonly id: "objectives" | "internalAudit" | "managementReview" | "customerSatisfaction" | "annualReport";
  readonly label: string;
  readonly basis: string;
  /** Folded phrases; any one found in a task's text or output counts. */
  readonly phrases: readonly string[];
}

export const requiredActivities: readonly RequiredActivity[] = [
  {
    id: "objectives",
    label: "xây dựng mục tiêu chất lượng",
    basis: "TCVN ISO 9001:2015 điều 6.2",
    phrases: ["muc tieu chat luong"],
  },
  {
    id: "internalAudit",
    label: "đánh giá nội bộ",
    basis: "Quyết định 19/2014/QĐ-TTg, Điều 4 khoản 2 điểm b và khoản 4 điểm b",
    phrases: ["danh gia noi bo", "danh gia chat luong noi bo"],
  },
  {
    id: "managementReview",
    label: "xem xét của lãnh đạo",
    basis: "Quyết định 19/2014/QĐ-TTg, Điều 4 khoản 2 điểm c và khoản 4 điểm b",
    phrases: ["xem xet cua lanh dao", "xem xet lanh dao", "hop xem xet"],
  },
  {
    id: "customerSatisfaction",
    label: "đo lường sự hài lòng của khách hàng",
    basis: "TCVN ISO 9001:2015 điều 9.1.2",
    phrases: ["y kien khach hang", "thoa man cua khach hang", "su hai long", "muc do hai long", "khao sat y kien", "thoa man khach hang"],
  },
  {
    id: "annualReport",
    label: "báo cáo kết quả áp dụng, duy trì HTQLCL hằng năm",
    basis: "Thông tư 26/2014/TT-BKHCN, Điều 35 và 36",
    phrases: ["bao cao ket qua", "bao cao tinh hinh", "bao cao tong ket", "tong ket danh gia"],
  },
];

/** Warnings for each required yearly activity no task mentions. */
export function requiredActivityFindings(tasks: readonly PlanTask[], sheet: string): Finding[] {
  const texts = tasks.map((t) => ` ${foldKey(`${t.task} ${t.output}`)} `);
  return requiredActivities
    .filter((a) => !texts.some((t) => a.phrases.some((p) => t.includes(` ${p} `))))
    .map((a) => finding("warning", "required_activity_missing", { sheet }, { activity: a.label, basis: a.basis }));
}
