import { makeGrid } from "../../../src/core/grid/grid";
import { importPlan } from "../../../src/core/plan/importPlan";
import { planJson } from "../../../src/core/plan/planJson";
import { headerRole } from "../../../src/core/plan/columns";
import { buildTasksSheet } from "../../../src/core/workbook/tasksSheet";
import { specToGrid } from "../../../src/core/sheet/specGrid";
import { renderFinding } from "../../../src/core/messages/render";

/**
 * Issue 19, plan tables: an inspection or audit plan names the unit the task is done *to* ("Cơ quan
 * được kiểm tra", "Đơn vị được đánh giá", "Cơ quan được hỗ trợ"): its own role, never a lead unit.
 * Its schedule names days with their time of day or weekday ("Sáng ngày 15/10/2020", "Chiều thứ
 * Năm, 22/10"), and conditional timings ("Khi có yêu cầu", "Sau khi có …") are one severity: a
 * warning, no date invented.
 *
 * The table has the columns Thông tư 26/2014/TT-BKHCN Art. 34.2 fixes for the province's yearly
 * inspection plan of quality systems (Mẫu 19. KHKT: the agency inspected, the unit that inspects and
 * the units that help, the expected time, the form of inspection; docs/legal-bases.md [PD-TC]); its
 * rows are typed for this test (15/10/2020 and 22/10/2020 were Thursdays).
 */
describe("an inspection plan with a 'Cơ quan được kiểm tra' column (TT 26/2014 Mẫu 19. KHKT)", () => {
  const grid = makeGrid("Kế hoạch kiểm tra", [
    ["KẾ HOẠCH KIỂM TRA VIỆC ÁP DỤNG, DUY TRÌ VÀ CẢI TIẾN HỆ THỐNG QUẢN LÝ CHẤT LƯỢNG NĂM 2020"],
    ["STT", "Nội dung kiểm tra", "Cơ quan được kiểm tra", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian", "Hình thức kiểm tra"],
    [
      "1",
      "Kiểm tra việc áp dụng, duy trì HTQLCL theo TCVN ISO 9001:2015",
      "Sở Y tế",
      "Chi cục Tiêu chuẩn Đo lường Chất lượng",
      "Sở Nội vụ",
      "Sáng ngày 15/10/2020",
      "Tại cơ quan",
    ],
    [
      "2",
      "Kiểm tra việc áp dụng, duy trì HTQLCL theo TCVN ISO 9001:2015",
      "Sở Tư pháp",
      "Chi cục Tiêu chuẩn Đo lường Chất lượng",
      "",
      "Chiều thứ Năm, 22/10",
      "Tại cơ quan",
    ],
    [
      "3",
      "Kiểm tra hồ sơ, báo cáo việc duy trì HTQLCL",
      "Ủy ban nhân dân huyện Đức Trọng",
      "Chi cục Tiêu chuẩn Đo lường Chất lượng",
      "",
      "Khi có yêu cầu",
      "Qua hồ sơ, báo cáo",
    ],
    ["4", "Kiểm tra việc khắc phục sau kiểm tra", "Sở Y tế", "Chi cục Tiêu chuẩn Đo lường Chất lượng", "", "Sau khi có biên bản kiểm tra", "Tại cơ quan"],
  ]);
  const plan = importPlan([grid], { year: 2020 })!;

  it("reads the inspected agency as the task's subject, never as a lead or support unit", () => {
    expect(plan.tasks.map((t) => t.subject)).toEqual(["Sở Y tế", "Sở Tư pháp", "Ủy ban nhân dân huyện Đức Trọng", "Sở Y tế"]);
    expect(plan.tasks[0].units.lead.map((u) => u.written)).toEqual(["Chi cục Tiêu chuẩn Đo lường Chất lượng"]);
    expect(plan.tasks[0].units.support.map((u) => u.written)).toEqual(["Sở Nội vụ"]);
    for (const t of plan.tasks) expect([...t.units.lead, ...t.units.support].map((u) => u.written)).not.toContain(t.subject);
  });

  it("reads a day named with its time of day or weekday as that day", () => {
    expect(plan.tasks.slice(0, 2).map((t) => [t.timing.kind, t.timing.start, t.timing.end])).toEqual([
      ["date", "2020-10-15", "2020-10-15"],
      ["date", "2020-10-22", "2020-10-22"],
    ]);
  });

  it("gives conditional timings one severity: a warning at the cell, no date", () => {
    expect(plan.tasks.slice(2).map((t) => [t.timing.kind, t.timing.start, t.timing.end])).toEqual([
      ["unknown", null, null],
      ["unknown", null, null],
    ]);
    const timingFindings = plan.findings.filter((f) => f.code.startsWith("timing_")).map((f) => `${f.severity} ${renderFinding(f)}`);
    expect(timingFindings).toEqual([
      'warning Kế hoạch kiểm tra!F5: thời gian "Khi có yêu cầu" tùy theo một điều kiện (khi có thay đổi, khi có yêu cầu, sau khi có…), không có ngày cụ thể: nhiệm vụ được giữ nhưng không xếp vào ngày nào',
      'warning Kế hoạch kiểm tra!F6: thời gian "Sau khi có biên bản kiểm tra" tùy theo một điều kiện (khi có thay đổi, khi có yêu cầu, sau khi có…), không có ngày cụ thể: nhiệm vụ được giữ nhưng không xếp vào ngày nào',
    ]);
  });

  it("writes the subject into its own column of the tasks sheet and reads it back", () => {
    const sheet = buildTasksSheet(plan.tasks);
    const header = sheet.cells[0].map((c) => (c.kind === "text" ? c.value : ""));
    const col = header.indexOf("Đơn vị được kiểm tra, đánh giá, hỗ trợ");
    // After "Ghi chú" (L): the letters of the columns before it do not move.
    expect(col).toBe(12);
    expect(sheet.cells[1][col]).toMatchObject({ kind: "text", value: "Sở Y tế" });
    const again = importPlan([specToGrid(sheet)], { year: 2020 })!;
    expect(again.tasks.map((t) => t.subject)).toEqual(["Sở Y tế", "Sở Tư pháp", "Ủy ban nhân dân huyện Đức Trọng", "Sở Y tế"]);
    expect(again.tasks[0].units.lead.map((u) => u.written)).toEqual(["Chi cục Tiêu chuẩn Đo lường Chất lượng"]);
    expect(planJson(plan).tasks[1]).toMatchObject({ subject: "Sở Tư pháp" });
  });
});

describe("the subject column's other names", () => {
  it.each([
    ["Đơn vị được kiểm tra", "subject"],
    ["Đơn vị được đánh giá", "subject"],
    ["Cơ quan được hỗ trợ", "subject"],
    ["Cơ quan, đơn vị được kiểm tra", "subject"],
    ["Đối tượng kiểm tra", "subject"],
    ["Đơn vị thực hiện", "units"],
    ["Đơn vị chủ trì", "lead"],
  ])("%s is %s", (header, role) => {
    expect(headerRole(header)).toBe(role);
  });

  it("keeps the audited unit of an internal audit plan apart from the units doing it", () => {
    const p = importPlan(
      [
        makeGrid("Đánh giá nội bộ", [
          ["TT", "Nội dung", "Đơn vị được đánh giá", "Đơn vị thực hiện", "Thời gian"],
          ["1", "Đánh giá nội bộ HTQLCL", "Phòng Kế hoạch - Tài chính", "Ban ISO", "Tháng 10/2024"],
          ["2", "Hỗ trợ khắc phục điểm không phù hợp", "Văn phòng Sở", "Ban ISO", "Tháng 11/2024"],
        ]),
      ],
      { year: 2024 },
    )!;
    expect(p.tasks.map((t) => [t.subject, t.units.text])).toEqual([
      ["Phòng Kế hoạch - Tài chính", "Ban ISO"],
      ["Văn phòng Sở", "Ban ISO"],
    ]);
  });
});
