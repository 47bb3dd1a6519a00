import { tsvToGrid } from "../../../src/core/grid/tsv";
import { importPlan } from "../../../src/core/plan/importPlan";
import type { PlanImport } from "../../../src/core/plan/plan";
import { sampleText, seeds } from "../../helpers";

/**
 * Seed 002 (Sở VHTTDL Quảng Ngãi, plan 2024): columns STT | Nội dung | Đơn vị thực hiện |
 * Thời gian hoàn thành at line 33. Task 1 is split over lines 34 and 36 (a continuation row
 * holding <p> lists), task 7 has a continuation row at line 44, and the table ends before
 * "III. TỔ CHỨC THỰC HIỆN".
 */
describe("importPlan on seed 002 (Sở VHTTDL 2024)", () => {
  let plan: PlanImport;
  beforeAll(() => {
    const result = importPlan([tsvToGrid("KH VHTTDL", sampleText(seeds.vhttdl2024))]);
    if (!result) throw new Error("no table found");
    plan = result;
  });

  it("finds 9 tasks for 2024 and nothing from the prose after the table", () => {
    expect(plan.year).toBe(2024);
    expect(plan.tasks.map((t) => t.no)).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "9"]);
  });

  it("merges the split first task: the sentence continues with a space, the next item on a new line", () => {
    expect(plan.tasks[0].task).toBe(
      "Xây dựng Kế hoạch áp dụng, duy trì Hệ thống quản lý chất lượng theo tiêu chuẩn Quốc gia TCVN ISO 9001:2015 của Sở Văn hóa, Thể thao và Du lịch năm 2024. Đồng thời, tập trung chỉ đạo các phòng triển khai thực hiện nội dung Kế hoạch\n" +
        "- Tham mưu Quyết định công bố lại hệ thống quản lý chất lượng tại Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Ngãi phù hợp tiêu chuẩn quốc gia TCVN ISO 9001:2015",
    );
    expect(plan.tasks[0].units.lead.map((u) => u.name)).toEqual(["Ban Chỉ đạo ISO", "Các phòng thuộc Sở"]);
    expect(plan.tasks[0].source.cell).toBe("B34");
  });

  it("appends task 7's continuation row", () => {
    expect(plan.tasks[6].task).toBe(
      "Tổ chức họp xem xét của lãnh đạo về hệ thống quản lý chất lượng sau đánh giá Lãnh đạo Sở\n" +
        "- Báo cáo đánh giá nội bộ Hệ thống quản lý chất lượng theo tiêu chuẩn ISO 9001:2015",
    );
    expect(plan.tasks[6].units.lead.map((u) => u.name)).toEqual(["Tổ Thư ký ISO", "Các phòng thuộc Sở"]);
  });

  it("reads the seed's schedule phrases", () => {
    const periods = plan.tasks.map((t) => [t.timing.kind, t.timing.start, t.timing.end, t.timing.recurrence]);
    expect(periods).toEqual([
      ["month", "2024-03-01", "2024-03-31", null], // Tháng 03/2024
      ["month", "2024-03-01", "2024-03-31", null], // Tháng 3/2024
      ["quarter", "2024-01-01", "2024-03-31", null], // Quý I năm 2024
      ["quarter", "2024-01-01", "2024-03-31", null],
      ["recurring", "2024-01-01", "2024-12-31", "continuous"], // Thường xuyên
      ["quarter", "2024-10-01", "2024-12-31", null], // Quý IV năm 2024
      ["quarter", "2024-10-01", "2024-12-31", null],
      ["recurring", "2024-01-01", "2024-12-31", "continuous"],
      ["recurring", "2024-01-01", "2024-12-31", "periodic"], // Định kỳ và theo yêu cầu
    ]);
    expect(plan.tasks[8].cells.timing).toBe("D46");
  });

  it("splits an inline bulleted unit list", () => {
    expect(plan.tasks[8].units.lead.map((u) => u.name)).toEqual(["Tổ Thư ký ISO", "Các phòng thuộc Sở"]);
    expect(plan.tasks[7].units.lead.map((u) => u.name)).toEqual(["Bộ phận Một cửa"]);
  });

  it("reports no errors and covers every required activity", () => {
    expect(plan.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(plan.findings.filter((f) => f.code === "required_activity_missing")).toEqual([]);
  });
});
