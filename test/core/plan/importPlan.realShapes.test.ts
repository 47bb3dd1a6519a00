import { makeGrid } from "../../../src/core/grid/grid";
import { htmlContent, htmlTablesToGrids } from "../../../src/core/grid/html";
import { importPlan } from "../../../src/core/plan/importPlan";
import { planJson } from "../../../src/core/plan/planJson";

/**
 * Shapes of real plan appendices (provincial and ministry plans 2006–2026): letter sections,
 * numbering restarting per section, a column of responsible persons, multi-year plans, old
 * plans whose year is only in the title, Word's filtered HTML. Expected values are written from
 * the tables as a reader reads them.
 */
const codes = (p: { findings: readonly { code: string }[] }) => p.findings.map((f) => f.code);

describe("sections and numbering", () => {
  const header = ["STT", "Nhiệm vụ", "Đơn vị thực hiện", "Thời gian thực hiện"];

  it("reads a letter row 'A' with its title as a section, not as a task", () => {
    const p = importPlan(
      [
        makeGrid(
          "Phụ lục",
          [
            header,
            ["A", "PHÁT TRIỂN NỀN MÓNG CHO KINH TẾ SỐ", "", ""],
            ["I", "Hoàn thiện thể chế", "", ""],
            ["1.1", "Rà soát quy định", "Sở Tư pháp", "Quý II/2024"],
          ],
          {
            merges: [
              { top: 1, left: 1, bottom: 1, right: 3 },
              { top: 2, left: 1, bottom: 2, right: 3 },
            ],
          },
        ),
      ],
      { year: 2024 },
    );
    expect(p?.tasks.map((t) => [t.no, t.group])).toEqual([["1.1", "I. Hoàn thiện thể chế"]]);
    expect(p?.groups.map((g) => g.title)).toEqual(["A. PHÁT TRIỂN NỀN MÓNG CHO KINH TẾ SỐ", "I. Hoàn thiện thể chế"]);
    expect(codes(p!)).not.toContain("task_units_missing");
  });

  it("does not report numbers that restart at 1 in each section as duplicates", () => {
    const p = importPlan(
      [
        makeGrid("Phụ lục", [
          header,
          ["I", "NHÓM GIẢI PHÁP VỀ CƠ CHẾ", "", ""],
          ["1", "Rà soát cơ chế", "Sở Tài chính", "Thường xuyên"],
          ["2", "Đề xuất giải pháp", "Sở Tài chính", "Quý IV"],
          ["II", "HỖ TRỢ CÔNG NGHỆ", "", ""],
          ["1", "Xây dựng chương trình", "Sở Khoa học và Công nghệ", "Quý III"],
          ["2", "Phát triển hệ sinh thái", "Sở Khoa học và Công nghệ", "Quý IV"],
        ]),
      ],
      { year: 2024 },
    );
    expect(p?.tasks.map((t) => t.no)).toEqual(["1", "2", "1", "2"]);
    expect(codes(p!)).not.toContain("task_number_duplicate");
  });

  it("still reports a number used twice in one section, and across sections when the numbering runs on", () => {
    const p = importPlan(
      [
        makeGrid("Phụ lục", [
          header,
          ["I", "NHÓM MỘT", "", ""],
          ["1", "Việc một", "Văn phòng", "Quý I"],
          ["2", "Việc hai", "Văn phòng", "Quý II"],
          ["II", "NHÓM HAI", "", ""],
          ["2", "Việc ba", "Văn phòng", "Quý III"],
        ]),
      ],
      { year: 2024 },
    );
    expect(p?.findings.filter((f) => f.code === "task_number_duplicate").map((f) => f.cell)).toEqual(["A6"]);
  });
});

describe("a column of responsible persons", () => {
  it("merges 'Người đứng đầu chịu trách nhiệm' into the lead units instead of a column of its own", () => {
    const html = `<table>
      <tr><td>STT</td><td>Tên nhiệm vụ</td><td>Người đứng đầu chịu trách nhiệm</td><td>Cơ quan chủ trì</td><td>Cơ quan phối hợp</td><td>Thời hạn hoàn thành</td></tr>
      <tr><td>1</td><td>Xây dựng mô hình du lịch thông minh</td><td>Cục trưởng Cục Du lịch Quốc gia Việt Nam</td><td>Cục Du lịch Quốc gia Việt Nam</td><td>Trung tâm Chuyển đổi số</td><td>Tháng 12/2025</td></tr>
      <tr><td>2</td><td>Đóng giao diện Cổng dịch vụ công cấp bộ</td><td>(1) Giám đốc Trung tâm Chuyển đổi số;
(2) Chánh Văn phòng Bộ</td><td>Trung tâm Chuyển đổi số</td><td>Các đơn vị được giao thực hiện TTHC</td><td>Tháng 11/2025</td></tr>
    </table>`;
    const p = importPlan(htmlTablesToGrids("Phụ lục", html), { year: 2025 })!;
    const lead = (i: number) => p.tasks[i].units.lead.map((u) => u.name ?? u.written);
    const support = (i: number) => p.tasks[i].units.support.map((u) => u.name ?? u.written);
    expect(lead(0)).toEqual(["Cục Du lịch Quốc gia Việt Nam"]);
    expect(support(0)).toEqual(["Trung tâm Chuyển đổi số"]);
    expect(lead(1)).toEqual(["Trung tâm Chuyển đổi số", "Văn phòng Bộ"]);
    expect(support(1)).toEqual(["Các đơn vị được giao thực hiện TTHC"]);
    // The lead column's own text is what the sheet shows, not the persons.
    expect(p.tasks[0].units.text).toBe("Cục Du lịch Quốc gia Việt Nam\nTrung tâm Chuyển đổi số");
  });
});

describe("multi-year plans", () => {
  const html = `<p>DANH MỤC CÁC NHIỆM VỤ THỰC HIỆN CHIẾN
LƯỢC PHÁT TRIỂN KINH TẾ SỐ GIAI ĐOẠN 2026-2030 TRÊN ĐỊA
BÀN TỈNH</p>
<p><i>(Kèm theo Kế hoạch số 179/KH-UBND ngày 18 tháng 11 năm 2025)</i></p>
<table>
<tr><td>STT</td><td>Nhiệm vụ, giải pháp</td><td>Đơn vị thực hiện</td><td>Thời gian thực hiện</td></tr>
<tr><td>1</td><td>Rà soát quy định</td><td>Sở Tư pháp</td><td>2026 - 2030</td></tr>
<tr><td>2</td><td>Triển khai nền tảng</td><td>Sở Khoa học và Công nghệ</td><td>2026</td></tr>
<tr><td>3</td><td>Báo cáo kết quả</td><td>Sở Khoa học và Công nghệ</td><td>Hằng năm</td></tr>
<tr><td>4</td><td>Xây dựng kế hoạch dữ liệu</td><td>Công an tỉnh</td><td>2025</td></tr>
</table>`;

  it("carries the period in the JSON next to the year, and warns only about a task outside the period", () => {
    const { grids, contextTexts } = htmlContent("Phụ lục", html);
    const p = importPlan(grids, { contextTexts })!;
    const json = planJson(p);
    expect(json.year).toBe(2026);
    expect(json.years).toEqual([2026, 2030]);
    expect(p.tasks[2].timing).toMatchObject({ kind: "recurring", recurrence: "yearly", start: "2026-01-01", end: "2030-12-31" });
    expect(p.findings.filter((f) => f.code === "timing_outside_year")).toEqual([]);
    expect(p.findings.filter((f) => f.code === "timing_outside_period").map((f) => [f.cell, f.params])).toEqual([
      ["D5", { text: "2025", from: 2026, to: 2030 }],
    ]);
  });

  it("reads 'đến năm 2030' in the title as the years from the plan's issue to 2030, not as the year 2030", () => {
    const hanoi = `<p>NHIỆM VỤ CHỦ YẾU CỦA KẾ HOẠCH PHÁT TRIỂN HẠ TẦNG
5G TRÊN ĐỊA BÀN THÀNH PHỐ HÀ NỘI ĐẾN NĂM 2030</p>
<p><i>(Kèm theo Kế hoạch số:
/KH-UBND ngày / /2025 của UBND thành phố Hà Nội)</i></p>
<table>
<tr><td>TT</td><td>Nội dung/nhiệm vụ</td><td>Cơ quan chủ trì</td><td>Thời gian thực hiện</td></tr>
<tr><td>1</td><td>Điều chỉnh quy hoạch hạ tầng viễn thông đến
năm 2030</td><td>Sở Xây dựng</td><td>Quý III Năm 2026</td></tr>
<tr><td>2</td><td>Thu thập số liệu</td><td>Sở Xây dựng</td><td>Hàng năm</td></tr>
</table>`;
    const { grids, contextTexts } = htmlContent("Phụ lục", hanoi);
    const p = importPlan(grids, { contextTexts })!;
    expect([p.year, p.years]).toEqual([2025, [2025, 2030]]);
    expect(p.tasks[1].timing).toMatchObject({ kind: "recurring", recurrence: "yearly", start: "2025-01-01", end: "2030-12-31" });
    expect(codes(p).filter((c) => c.startsWith("timing_"))).toEqual([]);
  });

  it("keeps a one-year plan whose prose cites a programme period a one-year plan", () => {
    const { grids, contextTexts } = htmlContent(
      "KH",
      `<p>KẾ HOẠCH</p><p>Duy trì, cải tiến Hệ thống quản lý chất lượng năm 2024</p>
<p>Thực hiện Chương trình cải cách hành chính giai đoạn 2021-2030, Sở xây dựng kế hoạch như sau.</p>
<table><tr><td>TT</td><td>Nội dung</td><td>Thời gian</td><td>Đơn vị thực hiện</td></tr>
<tr><td>1</td><td>Đánh giá nội bộ</td><td>Quý III</td><td>BCĐ ISO</td></tr></table>`,
    );
    const p = importPlan(grids, { contextTexts })!;
    expect([p.year, p.years]).toEqual([2024, null]);
    expect(planJson(p).years).toBeNull();
  });
});

describe("old plans and Word's filtered HTML", () => {
  it("takes the year from the title of an old plan and reads its month-end deadlines", () => {
    const grid = makeGrid("KH", [
      ["KẾ HOẠCH TRIỂN KHAI ÁP DỤNG HỆ THỐNG QUẢN LÝ CHẤT LƯỢNG NĂM 2006"],
      [],
      ["TT", "Nội dung công việc", "Thời gian", "Đơn vị thực hiện"],
      ["1", "Xây dựng chính sách chất lượng", "Đến cuối tháng 9-2006", "Ban chỉ đạo ISO"],
      ["2", "Đánh giá nội bộ", "Dự kiến đến cuối tháng 10-2006", "Ban chỉ đạo ISO"],
      ["3", "Xem xét của lãnh đạo", "Hạ tuần tháng 11", "Lãnh đạo Sở"],
      ["4", "Báo cáo kết quả", "Không quá ngày 15/12", "Văn phòng"],
    ]);
    const p = importPlan([grid])!;
    expect(p.year).toBe(2006);
    expect(p.tasks.map((t) => [t.timing.kind, t.timing.start, t.timing.end])).toEqual([
      ["deadline", null, "2006-09-30"],
      ["deadline", null, "2006-10-31"],
      ["range", "2006-11-21", "2006-11-30"],
      ["deadline", null, "2006-12-15"],
    ]);
    expect(codes(p).filter((c) => c.startsWith("timing_"))).toEqual([]);
  });

  it("reads a soft line break inside a cell as a space and drops Word's pictures", () => {
    const html = `<table>
<tr><td>TT</td><td>Nhiệm vụ</td><td>Cơ quan chủ trì</td><td>Cơ quan phối hợp</td><td>Thời gian</td></tr>
<tr><td>1</td><td><img width=20 height=20 src="kh_files/image001.png">Xây dựng bộ quy tắc ứng xử
trên môi trường số</td><td>Cục Phát thanh truyền hình và Thông tin điện
tử</td><td>73 cơ quan, đơn vị</td><td>Tháng 12/2025</td></tr>
</table>`;
    const p = importPlan(htmlTablesToGrids("KH", html), { year: 2025 })!;
    expect(p.tasks[0].task).toBe("Xây dựng bộ quy tắc ứng xử trên môi trường số");
    expect(p.tasks[0].units.lead.map((u) => u.written)).toEqual(["Cục Phát thanh truyền hình và Thông tin điện tử"]);
    expect(p.tasks[0].units.support.map((u) => u.written)).toEqual(["73 cơ quan, đơn vị"]);
  });

  it("keeps a picture tag typed as text in a tab-separated paste (it is data, not markup)", () => {
    const p = importPlan(
      [
        makeGrid("KH", [
          ["TT", "Nhiệm vụ", "Thời gian", "Đơn vị thực hiện"],
          ["1", 'Ghi "<img src=x>" vào mẫu', "Quý I", "Văn phòng"],
        ]),
      ],
      { year: 2024 },
    )!;
    expect(p.tasks[0].task).toContain("<img src=x>");
  });
});
