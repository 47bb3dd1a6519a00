import { makeGrid } from "../../../src/core/grid/grid";
import { htmlTablesToGrids } from "../../../src/core/grid/html";
import { importPlan, maxPlanRows } from "../../../src/core/plan/importPlan";
import { maxHeaderDepth } from "../../../src/core/plan/locateTable";
import { importFromContent } from "../../../src/app/importJob";
import { renderFinding } from "../../../src/core/messages/render";

const plan = (rows: string[][], merges = [] as { top: number; left: number; bottom: number; right: number }[], year = 2024) => {
  const result = importPlan([makeGrid("Kế hoạch", rows, { merges })], { year });
  if (!result) throw new Error("no table");
  return result;
};

describe("importPlan header detection", () => {
  it.each([
    [["STT", "Nội dung công việc", "Sản phẩm", "Thời gian thực hiện", "Đơn vị thực hiện"]],
    [["TT", "Nhiệm vụ", "Kết quả đầu ra", "Thời gian hoàn thành", "Trách nhiệm"]],
    [["Số TT", "NOI DUNG/NHIEM VU", "Hoat dong/San pham", "Tien do", "Phan cong"]],
  ])("recognises the header %j by meaning", (header) => {
    const p = plan([["KẾ HOẠCH năm 2024"], [], header, ["1", "Đánh giá nội bộ", "Biên bản", "Tháng 9/2024", "BCĐ ISO"]]);
    expect(p.tasks).toHaveLength(1);
    expect(p.tasks[0].task).toBe("Đánh giá nội bộ");
    expect(p.tasks[0].source.cell).toBe("B4");
    expect(p.tasks[0].timing.start).toBe("2024-09-01");
  });

  it("returns null when nothing looks like a task table", () => {
    expect(
      importPlan([
        makeGrid("x", [
          ["Họ tên", "Ngày sinh"],
          ["A", "1/1/1990"],
        ]),
      ]),
    ).toBeNull();
  });

  it("reads a two-row header with Chủ trì / Phối hợp under a merged Đơn vị thực hiện", () => {
    const html = `<table>
      <tr><th rowspan="2">TT</th><th rowspan="2">Nội dung</th><th rowspan="2">Thời gian</th><th colspan="2">Đơn vị thực hiện</th></tr>
      <tr><th>Chủ trì</th><th>Phối hợp</th></tr>
      <tr><td>1</td><td>Đánh giá nội bộ</td><td>Quý III/2024</td><td>Văn phòng</td><td>Các phòng chuyên môn, Thanh tra Sở</td></tr>
    </table>`;
    const result = importPlan(htmlTablesToGrids("Phụ lục", html), { year: 2024 });
    expect(result?.tasks[0].units.lead.map((u) => u.name)).toEqual(["Văn phòng Sở"]);
    expect(result?.tasks[0].units.support.map((u) => u.name)).toEqual(["Các phòng chuyên môn", "Thanh tra Sở"]);
  });
});

describe("importPlan table body", () => {
  const header = ["TT", "Nội dung/Nhiệm vụ", "Hoạt động/Sản phẩm", "Tiến độ/Thời gian", "Phân công"];

  it("keeps Roman-numeral section rows as groups, skips a numbering row and a repeated header", () => {
    const p = plan([
      header,
      ["(1)", "(2)", "(3)", "(4)", "(5)"],
      ["I", "XÂY DỰNG VÀ ÁP DỤNG", "", "", ""],
      ["1", "Xây dựng mục tiêu chất lượng", "Quyết định", "Tháng 01/2024", "Văn phòng"],
      header,
      ["II. DUY TRÌ, CẢI TIẾN", "", "", "", ""],
      ["2", "Đánh giá nội bộ", "Biên bản", "Quý III", "BCĐ ISO"],
    ]);
    expect(p.tasks.map((t) => [t.no, t.group])).toEqual([
      ["1", "I. XÂY DỰNG VÀ ÁP DỤNG"],
      ["2", "II. DUY TRÌ, CẢI TIẾN"],
    ]);
    expect(p.groups.map((g) => g.source.cell)).toEqual(["A3", "A6"]);
  });

  it("gives a vertically merged cell's value to every task it covers", () => {
    const p = plan(
      [header, ["1", "Việc một", "", "Quý I", "Văn phòng"], ["2", "Việc hai", "", "", ""], ["3", "Việc ba", "", "Quý II", "Thanh tra Sở"]],
      [
        { top: 1, left: 3, bottom: 2, right: 3 },
        { top: 1, left: 4, bottom: 2, right: 4 },
      ],
    );
    expect(p.tasks.map((t) => t.timing.text)).toEqual(["Quý I", "Quý I", "Quý II"]);
    expect(p.tasks[1].units.lead.map((u) => u.name)).toEqual(["Văn phòng Sở"]);
  });

  it("treats rows under a vertically merged number as continuation rows of one task", () => {
    const p = plan(
      [header, ["1", "Khảo sát ý kiến khách hàng", "Phiếu khảo sát", "Quý II", "Bộ phận Một cửa"], ["", "", "Báo cáo khảo sát", "", ""]],
      [{ top: 1, left: 0, bottom: 2, right: 0 }],
    );
    expect(p.tasks).toHaveLength(1);
    expect(p.tasks[0].output).toBe("Phiếu khảo sát\nBáo cáo khảo sát");
  });

  it("reports duplicate numbers, missing task text and unreadable schedules at their cells", () => {
    const p = plan([header, ["1", "Việc một", "", "Tháng 13/2024", "Văn phòng"], ["1", "", "", "Quý I", "Văn phòng"]]);
    const lines = p.findings.map(renderFinding);
    expect(p.findings.find((f) => f.code === "task_number_duplicate")).toMatchObject({ sheet: "Kế hoạch", cell: "A3", severity: "error" });
    expect(lines).toContain('Kế hoạch!A3: số thứ tự "1" bị trùng (đã dùng ở ô A2)');
    expect(p.findings.find((f) => f.code === "task_text_missing")).toMatchObject({ cell: "B3", severity: "error" }); // the empty task cell
    const timing = p.findings.find((f) => f.cell === "D2");
    expect(timing?.severity).toBe("error");
    expect(timing && renderFinding(timing)).toMatch(/^Kế hoạch!D2: .*"Tháng 13\/2024"/);
    expect(p.tasks[0].timing.kind).toBe("unknown");
  });

  it("warns about a schedule outside the plan year and an unknown unit with suggestions", () => {
    const p = plan([header, ["1", "Việc một", "", "Tháng 3/2025", "Phong Ke hoach Tai chinh"]]);
    expect(p.findings.find((f) => f.code === "timing_outside_year")).toMatchObject({ cell: "D2", severity: "warning" });
    expect(p.tasks[0].units.lead[0].name).toBe("Phòng Kế hoạch - Tài chính");
    const q = plan([header, ["1", "Việc một", "", "Tháng 3/2024", "Phòng Kế hoạch Tài vụ"]]);
    const unknown = q.findings.find((f) => f.code === "unit_unknown");
    expect(unknown).toMatchObject({ cell: "E2", severity: "warning" });
    expect(String(unknown?.params.suggestions)).toContain("Phòng Kế hoạch - Tài chính");
  });

  it("puts an unknown support unit at its own cell, and counts tasks, not mentions", () => {
    const p = plan([
      ["TT", "Nội dung/Nhiệm vụ", "Tiến độ/Thời gian", "Đơn vị chủ trì", "Đơn vị phối hợp"],
      ["1", "Việc một", "Tháng 3/2024", "Văn phòng", "Sở Lạ"],
      ["2", "Việc hai", "Tháng 4/2024", "Sở Lạ", "Sở Lạ"],
      ["3", "Việc ba", "Tháng 5/2024", "Sở Lạ; Sở Lạ", ""],
    ]);
    // By hand: task 1 names it in E2 (support), tasks 2 and 3 in D3, D4: three tasks, first at E2.
    expect(p.findings.filter((f) => f.code === "unit_unknown").map((f) => [f.cell, f.params.unit, f.params.count])).toEqual([["E2", "Sở Lạ", 3]]);
  });

  it("puts an unknown unit of a mixed 'Phân công' column beside lead/support columns at the mixed column's cell", () => {
    const p = plan([
      ["TT", "Nội dung/Nhiệm vụ", "Tiến độ/Thời gian", "Đơn vị chủ trì", "Đơn vị phối hợp", "Phân công"],
      ["1", "Việc một", "Tháng 3/2024", "Văn phòng", "", "Sở Lạ"],
    ]);
    // By hand: "Sở Lạ" is written in F2 only.
    expect(p.findings.filter((f) => f.code === "unit_unknown").map((f) => [f.cell, f.params.unit])).toEqual([["F2", "Sở Lạ"]]);
  });

  it("warns once per unknown unit, at the first cell naming it, with how many tasks do", () => {
    const p = plan([
      header,
      ["1", "Việc một", "", "Tháng 3/2024", "Các sở, ban, ngành; Công an tỉnh"],
      ["2", "Việc hai", "", "Tháng 4/2024", "Văn phòng"],
      ["3", "Việc ba", "", "Tháng 5/2024", "Các sở,  ban,   ngành"],
      ["4", "Việc bốn", "", "Tháng 6/2024", "Các sở, ban, ngành"],
    ]);
    const unknown = p.findings.filter((f) => f.code === "unit_unknown");
    // By hand: "Các sở, ban, ngành" in E2, E4 (other spacing) and E5; "Công an tỉnh" in E2 only.
    expect(unknown.map((f) => [f.cell, f.params.unit, f.params.count])).toEqual([
      ["E2", "Các sở, ban, ngành", 3],
      ["E2", "Công an tỉnh", 1],
    ]);
    expect(renderFinding(unknown[0])).toMatch(/^Kế hoạch!E2: đơn vị "Các sở, ban, ngành" \(ở 3 nhiệm vụ, đây là ô đầu tiên\) không có trong danh mục đơn vị/);
    expect(renderFinding(unknown[1])).toMatch(/^Kế hoạch!E2: đơn vị "Công an tỉnh" không có trong danh mục đơn vị/);
  });

  it("warns once for each required yearly activity the plan lacks", () => {
    const p = plan([header, ["1", "Xây dựng mục tiêu chất lượng năm 2024", "", "Tháng 1/2024", "Văn phòng"]]);
    const missing = p.findings.filter((f) => f.code === "required_activity_missing").map((f) => f.params.activity);
    expect(missing).toEqual([
      "đánh giá nội bộ",
      "xem xét của lãnh đạo",
      "đo lường sự hài lòng của khách hàng",
      "cập nhật quy trình khi văn bản quy phạm pháp luật thay đổi",
      "công bố lại HTQLCL khi điều chỉnh phạm vi áp dụng",
      "báo cáo kết quả áp dụng, duy trì HTQLCL hằng năm",
    ]);
  });
});

describe("a table far longer than a plan", () => {
  const table = (n: number) =>
    makeGrid("KH", [
      ["STT", "Nội dung", "Thời gian", "Đơn vị thực hiện"],
      ...Array.from({ length: n }, (_, i) => [String(i + 1), `Rà soát quy trình ${i + 1}`, "Quý II/2024", "Văn phòng"]),
    ]);

  it("is refused before its rows are read, naming the row where the limit is passed; one of the limit's size is read", () => {
    const refused = importFromContent({ grids: [table(maxPlanRows + 1)], contextTexts: [] }, { year: 2024 });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.fatal.map((f) => [f.code, f.sheet, f.cell])).toEqual([["plan_too_many_rows", "KH", `A${maxPlanRows + 2}`]]);
      expect(renderFinding(refused.fatal[0])).toContain(`bảng có 20.001 dòng, quá 20.000 dòng`);
    }
    expect(importPlan([table(maxPlanRows)], { year: 2024 })?.tasks.length).toBe(maxPlanRows);
  });
});

describe("a plan beside a long sheet of other data", () => {
  it("looks for a header only in a sheet's first 2,000 rows: a long sheet of other data before the plan is not searched to its end", () => {
    // The 50,000-row sheet has a task-table header at row 2,501: past the depth, so never searched for, and the plan's own sheet is read.
    const rows = Array.from({ length: 50_000 }, (_, i) => [String(i + 1), `Hồ sơ ${i + 1}`, "Đã trả kết quả", ""]);
    rows[2_500] = ["STT", "Nội dung", "Thời gian", "Đơn vị thực hiện"];
    rows[2_501] = ["1", "Nhiệm vụ lạc trong dữ liệu", "Tháng 5/2024", "Phòng A"];
    const plan = makeGrid("Kế hoạch", [
      ["STT", "Nội dung", "Thời gian", "Đơn vị thực hiện"],
      ["1", "Đánh giá nội bộ", "Tháng 10/2024", "Văn phòng"],
    ]);
    const read = importPlan([makeGrid("Dữ liệu", rows), plan], { year: 2024 });
    expect(maxHeaderDepth).toBe(2_000);
    expect(read?.sheet).toBe("Kế hoạch");
    expect(read?.tasks.map((t) => t.task)).toEqual(["Đánh giá nội bộ"]);
  });

  it("still finds a header below a page of prose (a whole plan pasted as text)", () => {
    const prose = Array.from({ length: 300 }, (_, i) => [`Đoạn văn ${i + 1} của kế hoạch.`]);
    const read = importPlan(
      [makeGrid("KH", [...prose, ["STT", "Nội dung", "Thời gian", "Đơn vị thực hiện"], ["1", "Họp xem xét", "Quý IV/2024", "Văn phòng"]])],
      {
        year: 2024,
      },
    );
    expect(read?.tasks.map((t) => t.task)).toEqual(["Họp xem xét"]);
  });
});
