import { previousReportImport } from "../../../src/app/previousReportJob";
import { demoAgency } from "../../../src/app/demoData";
import { tsvToGrid } from "../../../src/core/grid/tsv";
import { districtUnit, provinceFindings, renamedAgency } from "../../../src/core/legal/currency";
import type { Finding } from "../../../src/core/findings/finding";
import { renderFinding } from "../../../src/core/messages/render";
import { importPlan } from "../../../src/core/plan/importPlan";
import { agencyRow } from "../../../src/core/workbook/agencySheet";
import { sampleText, seeds } from "../../helpers";

/** A small plan table of `year` with one task per row (number, task, product, time, units). */
function plan(year: number, rows: readonly [string, string, string, string, string][]) {
  const table = ["TT\tNội dung/Nhiệm vụ\tSản phẩm\tThời gian\tĐơn vị thực hiện", ...rows.map((r) => r.join("\t"))].join("\n");
  return importPlan([tsvToGrid("Kế hoạch", table)], { year })!;
}

const codes = (findings: readonly Finding[], code: string) => findings.filter((f) => f.code === code);

describe("district-level units after 01/7/2025", () => {
  it('"UBND huyện X" in a 2026 plan: a warning at the units cell proposing the commune level', () => {
    const p = plan(2026, [
      ["1", "Xây dựng mục tiêu chất lượng năm 2026", "Quyết định", "Tháng 01/2026", "Văn phòng Sở"],
      ["2", "Hướng dẫn áp dụng ISO tại địa phương", "Văn bản", "Quý II/2026", "UBND huyện Ninh Hải"],
    ]);
    const found = codes(p.findings, "district_level_unit");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: "warning", sheet: "Kế hoạch", cell: "E3" });
    expect(renderFinding(found[0])).toBe(
      'Kế hoạch!E3: nhiệm vụ số "2" giao cho "UBND huyện Ninh Hải": từ 01/7/2025 không còn cấp huyện (chính quyền địa phương hai cấp); hãy giao cho cấp xã (UBND xã, phường, đặc khu) hoặc đơn vị cấp tỉnh',
    );
  });

  it("not for a task that ended before 01/7/2025, nor in a 2024 plan; yes for one running after it", () => {
    const p2025 = plan(2025, [
      ["1", "Đánh giá nội bộ", "Báo cáo", "Quý I/2025", "Phòng Y tế huyện Bác Ái"],
      ["2", "Đánh giá nội bộ", "Báo cáo", "Quý III/2025", "Phòng Y tế huyện Bác Ái"],
      ["3", "Tập huấn ISO cho cấp huyện", "Lớp tập huấn", "Năm 2025", "Văn phòng Sở"],
    ]);
    expect(codes(p2025.findings, "district_level_unit").map((f) => f.cell)).toEqual(["E3", "B4"]);
    const p2024 = plan(2024, [["1", "Hướng dẫn", "Văn bản", "Quý III/2024", "UBND cấp huyện"]]);
    expect(codes(p2024.findings, "district_level_unit")).toEqual([]);
  });

  it("reads the unit's name and leaves provincial units alone", () => {
    expect(districtUnit("Chủ trì: UBND huyện Ninh Phước; phối hợp: Văn phòng Sở")).toBe("UBND huyện Ninh Phước");
    expect(districtUnit("Ủy ban nhân dân quận Hải Châu")).toBe("Ủy ban nhân dân quận Hải Châu");
    expect(districtUnit("Phòng Tài chính - Kế hoạch huyện")).toBe("Phòng Tài chính - Kế hoạch huyện");
    expect(districtUnit("Phòng Kế hoạch - Tài chính; UBND tỉnh; UBND các xã, phường")).toBeNull();
  });
});

describe("legal texts cited in a plan's tasks", () => {
  it("a 2026 task citing NĐ 61/2018: a warning at its cell naming NĐ 118/2025", () => {
    const p = plan(2026, [["1", "Cập nhật quy trình theo Nghị định số 61/2018/NĐ-CP", "Quyết định", "Quý I/2026", "Văn phòng Sở"]]);
    const [f] = codes(p.findings, "legal_citation_replaced");
    expect(f).toMatchObject({ sheet: "Kế hoạch", cell: "B2" });
    expect(renderFinding(f)).toContain("Nghị định số 118/2025/NĐ-CP từ ngày 01/7/2025");
    expect(codes(plan(2024, [["1", "Theo NĐ 61/2018", "", "Quý I/2024", "VP"]]).findings, "legal_citation_replaced")).toEqual([]);
  });
});

describe("the 2025 map in the agency's facts", () => {
  it("the demo's Ninh Thuận agency, dated 2026: warnings at the governing body and place cells, with the new name", () => {
    const findings = provinceFindings({ ...demoAgency(), year: 2026 }, "2026-01-01");
    expect(findings.map((f) => f.cell)).toEqual([`B${agencyRow("governingBody")}`, `B${agencyRow("placeName")}`]);
    expect(renderFinding(findings[0])).toBe(
      `Thông tin!B${agencyRow("governingBody")}: "UBND TỈNH NINH THUẬN" ghi tên tỉnh trước khi sắp xếp: Ninh Thuận → Khánh Hòa (từ 01/7/2025, Nghị quyết số 202/2025/QH15); hãy sửa theo tên mới`,
    );
    expect(provinceFindings(demoAgency(), "2025-06-30")).toEqual([]);
  });

  it("renames what it is sure of and says which fields changed", () => {
    const { agency, changed } = renamedAgency({ ...demoAgency(), recipients: ["UBND tỉnh Ninh Thuận (b/c)", "Lãnh đạo Sở"] }, "2026-01-01");
    expect(agency.governingBody).toBe("UBND TỈNH KHÁNH HÒA");
    expect(agency.placeName).toBe("Khánh Hòa");
    expect(agency.recipients).toEqual(["UBND tỉnh Khánh Hòa (b/c)", "Lãnh đạo Sở"]);
    expect(changed.map((c) => c.key)).toEqual(["governingBody", "placeName", "recipients"]);
  });
});

describe("last year's report imported", () => {
  it("a 2024 report citing NĐ 61/2018: a warning at the 'Nhận xét' block it lands in, and the province's new name", () => {
    const lines = sampleText(seeds.report2024).split("\n");
    const at = lines.findIndex((l) => /Gắn kết với việc thực hiện/u.test(l));
    expect(at).toBeGreaterThan(0);
    lines.splice(at + 1, 0, "Thực hiện cơ chế một cửa theo Nghị định số 61/2018/NĐ-CP của Chính phủ.");
    const imported = previousReportImport(lines, "bao-cao-2024")!;
    expect(imported.year).toBe(2025);
    const [f] = codes(imported.findings, "legal_citation_replaced");
    expect(f).toMatchObject({ severity: "warning", sheet: "Nhận xét" });
    expect(renderFinding(f)).toContain('"Nghị định số 61/2018/NĐ-CP" đã được thay thế bởi Nghị định số 118/2025/NĐ-CP từ ngày 01/7/2025');
    expect(codes(imported.findings, "province_renamed").map((x) => x.params)).toContainEqual(expect.objectContaining({ old: "Ninh Thuận", new: "Khánh Hòa" }));
  });
});
