import { tsvToGrid } from "../../../src/core/grid/tsv";
import { importPlan } from "../../../src/core/plan/importPlan";
import type { PlanImport } from "../../../src/core/plan/plan";
import { sampleText, seeds } from "../../helpers";

/**
 * Seed 000 (Sở Y tế, plan 2024): the appendix table is tab-separated text at lines 89–102 of
 * the document, after the plan's prose. Expected values below were read off the seed by hand.
 */
describe("importPlan on seed 000 (Sở Y tế 2024)", () => {
  let plan: PlanImport;
  beforeAll(() => {
    const result = importPlan([tsvToGrid("Kế hoạch", sampleText(seeds.plan2024))]);
    if (!result) throw new Error("no table found");
    plan = result;
  });

  it("finds the 12 tasks of the appendix, numbered 1 to 12, for the year 2024", () => {
    expect(plan.year).toBe(2024);
    expect(plan.tasks.map((t) => t.no)).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"]);
    expect(plan.groups).toEqual([]);
  });

  it("strips markup from the task text and keeps the task's own words", () => {
    expect(plan.tasks[0].task).toBe("Xây dựng mục tiêu chất lượng năm 2024 của Sở");
    expect(plan.tasks[0].output).toBe("Mục tiêu chất lượng năm 2024 của Sở Y tế");
    expect(plan.tasks[2].task).toContain("năm 2024 của Sở Y tế (Nếu có thay đổi cán bộ)");
    expect(plan.tasks[2].task).not.toContain("<i>");
    expect(plan.tasks[5].output).toBe("");
  });

  it("names the cell of each task's text: column B, rows 90 to 102 skipping the blank line 95", () => {
    expect(plan.tasks.map((t) => t.source.cell)).toEqual(["B90", "B91", "B92", "B93", "B94", "B96", "B97", "B98", "B99", "B100", "B101", "B102"]);
    expect(plan.tasks[7].cells.timing).toBe("D98"); // task 8, "Tháng 9/2024"
  });

  it("reads every schedule phrase of the seed into its period", () => {
    const periods = plan.tasks.map((t) => [t.timing.kind, t.timing.start, t.timing.end, t.timing.recurrence]);
    expect(periods).toEqual([
      ["month", "2024-01-01", "2024-01-31", null], // Tháng 01/2024
      ["month", "2024-01-01", "2024-01-31", null], // Tháng 01/2024
      ["year", "2024-01-01", "2024-12-31", null], // Trong năm
      ["recurring", "2024-01-01", "2024-12-31", "monthly"], // Hàng tháng
      ["recurring", "2024-01-01", "2024-12-31", "monthly"],
      ["recurring", "2024-01-01", "2024-12-31", "monthly"],
      ["quarter", "2024-04-01", "2024-06-30", null], // Quý II
      ["month", "2024-09-01", "2024-09-30", null], // Tháng 9/2024
      ["month", "2024-10-01", "2024-10-31", null],
      ["month", "2024-11-01", "2024-11-30", null],
      ["range", "2024-09-01", "2024-11-30", null], // Tháng 9-11/2024
      ["month", "2024-12-01", "2024-12-31", null],
    ]);
  });

  it("splits the units and matches them to the registry", () => {
    const lead = (i: number) => plan.tasks[i].units.lead.map((u) => u.name);
    expect(lead(0)).toEqual(["Phòng Tổ chức - Hành chính"]);
    expect(lead(1)).toEqual(["Các phòng chuyên môn", "Các Chi cục thuộc Sở", "Trung tâm Giám định Y khoa"]);
    expect(lead(3)).toEqual(["Các phòng chuyên môn", "Các Chi cục thuộc Sở", "Trung tâm Giám định Y khoa"]);
    expect(plan.tasks[3].units.method).toBe("rà soát và trình lãnh đạo công bố");
    expect(lead(5)).toEqual(["Các phòng chuyên môn", "Các Chi cục thuộc Sở", "Trung tâm Giám định Y khoa"]);
    expect(lead(8)).toEqual(["Lãnh đạo Sở", "Ban Chỉ đạo ISO"]);
    expect(lead(9)).toEqual(["Phòng Tổ chức - Hành chính", "Các đơn vị thuộc Sở"]);
    expect(lead(10)).toEqual(["Ban Chỉ đạo ISO", "Các đơn vị thuộc Sở"]);
    expect(plan.tasks.every((t) => t.units.support.length === 0)).toBe(true);
  });

  it("has no errors and no missing required activity", () => {
    expect(plan.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(plan.findings.filter((f) => f.code === "required_activity_missing")).toEqual([]);
    expect(plan.findings.filter((f) => f.code === "unit_unknown")).toEqual([]);
  });
});
