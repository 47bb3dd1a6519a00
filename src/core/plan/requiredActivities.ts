import { finding, type Finding } from "../findings/finding";
import { planText } from "../messages/catalogue";
import { foldKey } from "../text/normalize";
import type { PlanTask } from "./plan";

/** An activity the regulations require every year (docs/legal-bases.md#required-yearly-activities), and how plans word it. */
export interface RequiredActivity {
  readonly id: "objectives" | "internalAudit" | "managementReview" | "customerSatisfaction" | "updateProcedures" | "reannouncement" | "annualReport";
  readonly label: string;
  readonly basis: string;
  /** Folded phrases; any one found in a task's text or output counts. */
  readonly phrases: readonly string[];
}

const activityTexts = planText.requiredActivities;

export const requiredActivities: readonly RequiredActivity[] = [
  { id: "objectives", ...activityTexts.objectives, phrases: ["muc tieu chat luong"] },
  { id: "internalAudit", ...activityTexts.internalAudit, phrases: ["danh gia noi bo", "danh gia chat luong noi bo"] },
  { id: "managementReview", ...activityTexts.managementReview, phrases: ["xem xet cua lanh dao", "xem xet lanh dao", "hop xem xet"] },
  {
    id: "customerSatisfaction",
    ...activityTexts.customerSatisfaction,
    phrases: ["y kien khach hang", "thoa man cua khach hang", "su hai long", "muc do hai long", "khao sat y kien", "thoa man khach hang"],
  },
  {
    id: "updateProcedures",
    ...activityTexts.updateProcedures,
    phrases: [
      "cap nhat quy trinh",
      "cap nhat cac quy trinh",
      "cap nhat tai lieu",
      "sua doi quy trinh",
      "sua doi bo sung quy trinh",
      "sua doi bo sung cac quy trinh",
      "chinh sua bo sung cac quy trinh",
      "ra soat quy trinh",
      "ra soat cac quy trinh",
      "van ban quy pham phap luat",
    ],
  },
  { id: "reannouncement", ...activityTexts.reannouncement, phrases: ["cong bo lai"] },
  { id: "annualReport", ...activityTexts.annualReport, phrases: ["bao cao ket qua", "bao cao tinh hinh", "bao cao tong ket", "tong ket danh gia"] },
];

/** Warnings for each required yearly activity no task mentions. */
export function requiredActivityFindings(tasks: readonly PlanTask[], sheet: string): Finding[] {
  const texts = tasks.map((t) => ` ${foldKey(`${t.task} ${t.output}`)} `);
  return requiredActivities
    .filter((a) => !texts.some((t) => a.phrases.some((p) => t.includes(` ${p} `))))
    .map((a) => finding("warning", "required_activity_missing", { sheet }, { activity: a.label, basis: a.basis }));
}
