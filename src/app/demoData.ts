import { makeCounts, sumCounts, type DossierCounts } from "../core/dossiers/counts";
import { workbookText } from "../core/messages/catalogue";
import { draftRows } from "../core/report/resolveNarrative";
import type { ItemRows } from "../core/report/reportItems";
import type { PlanTask } from "../core/plan/plan";
import { emptyAgencyInfo, type AgencyInfo } from "../core/workbook/agencySheet";
import type { BudgetSheetData } from "../core/workbook/budgetSheet";
import { defaultRegistryFor } from "../core/workbook/unitsSheet";
import type { TrackingData } from "../core/workbook/trackingWorkbook";
import { commonUnits } from "../core/units/registry";

/** Sở Y tế Ninh Thuận, as seed 001 (the 2024 report) describes it. */
export function demoAgency(): AgencyInfo {
  return {
    ...emptyAgencyInfo(2024),
    governingBody: "UBND TỈNH NINH THUẬN",
    agencyName: "SỞ Y TẾ",
    agencyShortName: "Sở Y tế",
    abbreviation: "SYT",
    placeName: "Ninh Thuận",
    // Seed 001: "Từ ngày 01/01/2024 đến nay (31/10/2024)".
    periodStart: "2024-01-01",
    periodEnd: "2024-10-31",
    asOf: "2024-10-31",
    recipientTo: "Sở Khoa học và Công nghệ",
    signingAuthority: "KT. GIÁM ĐỐC",
    signerTitle: "PHÓ GIÁM ĐỐC",
    signerName: "Bùi Văn Kỳ",
    // Seed 001 lists "Sở KH&CN" under Nơi nhận; the demo addresses it in "Kính gửi", so the
    // report's list opens with "- Như trên;" instead.
    recipients: ["Lãnh đạo Sở", "Các phòng chức năng sở", "Website Sở Y tế"],
    draftingUnit: "VP",
    planReference: "Kế hoạch số 733/KH-SYT ngày 28/02/2024 của Sở Y tế",
    budgetDecision: "Quyết định số 155/QĐ-UBND ngày 13/3/2024 của Chủ tịch Ủy ban nhân dân tỉnh",
    scope:
      "Lĩnh vực khám chữa bệnh; Lĩnh vực Mỹ phẩm; Lĩnh vực Trang thiết bị và công trình y tế; Lĩnh vực Y tế dự phòng; Lĩnh vực Dược phẩm; Lĩnh vực Đào tạo và nghiên cứu khoa học; Lĩnh vực Tổ chức cán bộ; Lĩnh vực y, dược cổ truyền.",
    // The seed's facts, as the secretary typed them: nothing left to confirm.
    proposed: [],
  };
}

/**
 * Status and evidence of seed 000's tasks by task number, taken from seed 001's results table.
 * Task 8 (internal audit, planned for September) has a plan dated 03/10/2024: the checks flag it.
 */
const progress: Readonly<Record<string, { status: string; evidence: string }>> = {
  "1": { status: "Hoàn thành", evidence: "Mục tiêu chất lượng 2024" },
  "2": { status: "Hoàn thành", evidence: "Mục tiêu chất lượng năm 2024 của các phòng, Chi cục, Trung tâm" },
  "3": { status: "Không thực hiện", evidence: "" },
  "4": { status: "Hoàn thành", evidence: "Quyết định số 386/QĐ-SYT ngày 27/9/2024 của Sở Y tế" },
  "5": { status: "Hoàn thành", evidence: "Quyết định số 491/QĐ-SYT ngày 31/10/2024" },
  "6": { status: "Đang thực hiện", evidence: "" },
  "7": { status: "Hoàn thành", evidence: "" },
  "8": { status: "Hoàn thành", evidence: "Kế hoạch số 4425/KH-ISO ngày 03/10/2024" },
  "9": { status: "Hoàn thành", evidence: "Biên bản 01/BB-XXLD ngày 22/10/2024" },
  "10": { status: "Chưa thực hiện", evidence: "" },
  "11": { status: "Đang thực hiện", evidence: "" },
  "12": { status: "Chưa thực hiện", evidence: "" },
};

/**
 * The results table's rows the demo's secretary wrote herself, as seed 001 reports them: item 4
 * (the fields whose procedures were issued, with the province's decisions) and item 7 (the head's
 * confirmation of effectiveness), which no task of seed 000's plan answers.
 */
function demoItemRows(): ItemRows {
  const own = (text: string) => ({ text, mark: "", note: "" });
  const fromTasks = { text: "", mark: "", note: "" };
  return {
    plan: fromTasks,
    objectives: fromTasks,
    documents: fromTasks,
    procedures: own(
      "Lĩnh vực Khám chữa bệnh; Lĩnh vực Mỹ phẩm; lĩnh vực Trang thiết bị và công trình y tế; Lĩnh vực Y tế dự phòng; Lĩnh vực Dược phẩm; Lĩnh vực Đào tạo và Nghiên cứu khoa học; Lĩnh vực Tổ chức cán bộ; lĩnh vực y dược cổ truyền (Quyết định số 1790/QĐ-UBND ngày 20/12/2023; Quyết định số 128/QĐ-UBND ngày 29/01/2024; Quyết định số 663/QĐ-UBND ngày 07/6/2024; và Quyết định số 1369/QĐ-UBND ngày 16/10/2024 của UBND tỉnh)",
    ),
    internalAudit: fromTasks,
    managementReview: fromTasks,
    effectiveness: own("Biên bản 02/BB-XXLD ngày 22/10/2024; Quyết định số 494/QĐ-SYT ngày 01/11/2024"),
    republication: fromTasks,
  };
}

/** Seed 001's budget: 18.000.000 expansion + 3.000.000 maintenance, all disbursed; 2025 estimate 3.000.000. */
export function demoBudget(): BudgetSheetData {
  return {
    granted: [
      { item: "Mở rộng", category: "expansion", granted: 18_000_000, disbursed: 18_000_000, note: "" },
      { item: "Duy trì", category: "maintenance", granted: 3_000_000, disbursed: 3_000_000, note: "" },
    ],
    estimate: [{ item: "Duy trì", category: "maintenance", amount: 3_000_000, explanation: "Tiếp tục duy trì, áp dụng HTQLCL" }],
  };
}

/**
 * Dossier counts by field for the demo. Seed 001 gives only totals at 31/10/2024: 391 received,
 * 333 returned early or on time, 10 asked for more documents, 48 pending within time, none late.
 * The split by field (the eight fields of the seed's scope) and between early and on time is
 * invented for the demo; every total is the seed's.
 */
export function demoDossiers(): DossierCounts[] {
  const rows: [string, number, number, number, number][] = [
    // field, early, on time, supplement, pending in time
    ["Khám chữa bệnh", 95, 7, 3, 15],
    ["Mỹ phẩm", 21, 2, 0, 2],
    ["Trang thiết bị và công trình y tế", 14, 1, 1, 2],
    ["Y tế dự phòng", 17, 2, 0, 3],
    ["Dược phẩm", 110, 15, 5, 20],
    ["Đào tạo và nghiên cứu khoa học", 10, 1, 0, 1],
    ["Tổ chức cán bộ", 16, 2, 0, 2],
    ["Y, dược cổ truyền", 18, 2, 1, 3],
  ];
  return rows.map(([field, early, onTime, supplement, pendingInTime]) =>
    makeCounts(field, { early, onTime, late: 0, supplement, withdrawn: 0, pendingInTime, pendingOverdue: 0 }),
  );
}

/** The demo year's tracking data: seed 000's tasks with seed 001's progress, dossier counts by field, seed 001's budget. */
export function demoTrackingData(tasks: readonly PlanTask[], dossiers: readonly DossierCounts[]): TrackingData {
  const withProgress = tasks.map((t) => ({ ...t, ...(progress[t.no] ?? { status: t.status, evidence: t.evidence }) }));
  const planUnits = defaultRegistryFor(withProgress);
  const units = [...planUnits, ...commonUnits.filter((u) => !planUnits.some((p) => p.name === u.name))];
  const agency = demoAgency();
  const narrative = draftRows({
    agency: agency.agencyShortName,
    year: agency.year,
    asOf: agency.periodEnd,
    dossiers: sumCounts(workbookText.total, dossiers),
    tasks: withProgress,
    budget: demoBudget(),
  });
  return { agency, tasks: withProgress, dossiers, budget: demoBudget(), units, narrative, items: demoItemRows() };
}
