import { makeGrid } from "../../../src/core/grid/grid";
import { missingAgency, missingBudget, missingDossiers, missingPlan, taskProgress } from "../../../src/core/routine/needs";
import { stepKeys, stepNumber } from "../../../src/core/routine/steps";
import { finding } from "../../../src/core/findings/finding";

describe("the routine's steps", () => {
  it("are numbered in the order the user runs them, written once", () => {
    expect(stepKeys.map(stepNumber)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(stepNumber("budget")).toBe(5);
  });
});

describe("what each step lacks", () => {
  it("names a blank fact of 'Thông tin' at its cell, wherever the headers put the value column", () => {
    // Labels in column B, values in D (a column before the labels, one between label and value).
    const grid = makeGrid("Thông tin", [
      ["", "Mục", "", "Giá trị"],
      ["", "Cơ quan chủ quản", "", "UBND TỈNH NINH THUẬN"],
      ["", "Tên cơ quan (viết hoa)", "", ""],
      ["", "Chữ viết tắt trong số văn bản", "", "SYT"],
      ["", "Địa danh", "", "Ninh Thuận"],
      ["", "Chức vụ người ký", "", "GIÁM ĐỐC"],
    ]);
    expect(missingAgency(grid).map((m) => `${m.label}@${m.cell}`)).toEqual([
      "Tên cơ quan (viết hoa)@D3",
      "Họ và tên người ký@null", // no row for it at all
    ]);
    expect(missingAgency(null)).toEqual([{ step: "agency", label: "Thông tin", sheet: "Thông tin", cell: null }]);
  });

  it("asks for the plan and the dossiers as steps to run, the budget at its first line's cells", () => {
    expect(missingPlan(0)).toEqual([{ step: "plan", label: "Nhiệm vụ", sheet: "Nhiệm vụ", cell: null }]);
    expect(missingPlan(3)).toEqual([]);
    expect(missingDossiers(null)).toHaveLength(1);
    expect(missingDossiers(391)).toEqual([]);
    // A sheet filled from a partial table (issue 19): each blank group at its first cell of row 2 — the declared
    // layout's D ("Trước hạn") and J ("Đang giải quyết trong hạn"), or where the sheet's columns were found.
    expect(missingDossiers(7132, ["resolved", "pending"]).map((m) => `${m.label}@${m.cell}`)).toEqual([
      "Số hồ sơ đã giải quyết@D2",
      "Số hồ sơ đang giải quyết@J2",
    ]);
    expect(missingDossiers(100, ["pendingSplit"], { pendingInTime: "L" }).map((m) => `${m.label}@${m.cell}`)).toEqual([
      "Số đang giải quyết tách trong hạn, quá hạn@L2",
    ]);
    expect(missingDossiers(0, ["pending"])).toEqual([{ step: "dossiers", label: "Hồ sơ TTHC", sheet: "Hồ sơ TTHC", cell: null }]);
    const budget = {
      granted: [{ item: "Duy trì", category: "maintenance" as const, granted: 0, disbursed: 0, note: "", cells: { granted: "D3", disbursed: "E3" } }],
      estimate: [{ item: "Duy trì", category: "maintenance" as const, amount: 0, explanation: "", cells: { amount: "D9" } }],
    };
    expect(missingBudget(budget, { granted: 0, estimate: 0 }, 2024).map((m) => `${m.label}@${m.cell}`)).toEqual([
      "Kinh phí được cấp (đồng)@D3",
      "DỰ TOÁN KINH PHÍ NĂM 2025@D9",
    ]);
    // A total that cannot be computed is the budget checks' error, not a blank to fill.
    expect(missingBudget(budget, { granted: null, estimate: 3_000_000 }, 2024)).toEqual([]);
  });

  it("counts the tasks by status and the evidence findings of the report's checks", () => {
    const tasks = [{ status: "Hoàn thành" }, { status: "hoàn thành" }, { status: "Không thực hiện" }, { status: "" }];
    const missing = { no: "1", timing: "Quý I", end: "2024-03-31" };
    const findings = [
      finding("warning", "evidence_missing", {}, missing),
      finding("warning", "evidence_late", {}, { ...missing, reference: "Kế hoạch số 1/KH-SYT", date: "2024-05-02" }),
      finding("warning", "evidence_missing", {}, { ...missing, no: "2" }),
    ];
    expect(taskProgress(tasks, findings)).toEqual({ total: 4, done: 2, notDone: 1, noEvidence: 2, late: 1 });
  });
});
