import { classCeiling } from "../../../src/core/budget/ceilings";
import { computeBudget } from "../../../src/core/budget/computeBudget";
import { agencyClassOf, type AgencyClass } from "../../../src/core/legal/agencyClass";
import { renderFinding } from "../../../src/core/messages/render";
import { buildPlanDocument } from "../../../src/core/nextYear/planDocument";
import { budgetFindings } from "../../../src/core/report/reportChecks";
import { emptyAgencyInfo } from "../../../src/core/workbook/agencySheet";
import { emptyTrackingData } from "../../../src/core/workbook/trackingWorkbook";

const agency = (agencyName: string, governingBody = "") => ({ agencyName, agencyShortName: "", governingBody });
const classOf = (agencyName: string, governingBody = "", date = "2026-01-01") => {
  const r = agencyClassOf(agency(agencyName, governingBody), date);
  return r.kind === "class" ? r.class : `unknown:${r.reason}`;
};

/**
 * TT 116/2015/TT-BTC Điều 4 khoản 1–2 (docs/legal-bases.md#budget), in triệu đồng: hiring a
 * consultancy organisation (first build / extension) and the agency's own work (first build /
 * extension). Totals worked out by hand: 1a 100+130=230, 65+100=165; 1b 80+80=160, 50+50=100;
 * 2a 60+65=125, 30+50=80; 2b 45+50=95, 25+40=65; 2c 33+40=73, 20+25=45; 2d 80 % of 2c:
 * 26,4+32=58,4, 16+20=36.
 */
const expected: Record<AgencyClass, { firstBuild: [number, number, number]; expansion: [number, number, number]; khoan: number }> = {
  ministry: { firstBuild: [100_000_000, 130_000_000, 230_000_000], expansion: [65_000_000, 100_000_000, 165_000_000], khoan: 1 },
  centralDepartment: { firstBuild: [80_000_000, 80_000_000, 160_000_000], expansion: [50_000_000, 50_000_000, 100_000_000], khoan: 1 },
  provincialCommittee: { firstBuild: [60_000_000, 65_000_000, 125_000_000], expansion: [30_000_000, 50_000_000, 80_000_000], khoan: 2 },
  provincialAgency: { firstBuild: [45_000_000, 50_000_000, 95_000_000], expansion: [25_000_000, 40_000_000, 65_000_000], khoan: 2 },
  subDepartment: { firstBuild: [33_000_000, 40_000_000, 73_000_000], expansion: [20_000_000, 25_000_000, 45_000_000], khoan: 2 },
  commune: { firstBuild: [26_400_000, 32_000_000, 58_400_000], expansion: [16_000_000, 20_000_000, 36_000_000], khoan: 2 },
};

describe("the agency's class for the TT 116/2015 ceilings, from 'Thông tin'", () => {
  it("tells each level from the agency's name and its governing body", () => {
    expect(classOf("BỘ Y TẾ")).toBe("ministry");
    expect(classOf("TỔNG CỤC THUẾ", "BỘ TÀI CHÍNH")).toBe("centralDepartment");
    expect(classOf("CỤC QUẢN LÝ DƯỢC", "BỘ Y TẾ")).toBe("centralDepartment");
    expect(classOf("ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA")).toBe("provincialCommittee");
    expect(classOf("UBND THÀNH PHỐ HÀ NỘI")).toBe("provincialCommittee");
    expect(classOf("SỞ Y TẾ", "UBND TỈNH NINH THUẬN", "2025-01-01")).toBe("provincialAgency");
    expect(classOf("Văn phòng UBND tỉnh", "UBND TỈNH ĐỒNG THÁP")).toBe("provincialAgency");
    expect(classOf("CỤC THUẾ TỈNH NINH THUẬN", "TỔNG CỤC THUẾ", "2025-01-01")).toBe("provincialAgency");
    expect(classOf("CHI CỤC AN TOÀN VỆ SINH THỰC PHẨM", "SỞ Y TẾ")).toBe("subDepartment");
    expect(classOf("UBND XÃ PHƯỚC DINH", "UBND TỈNH KHÁNH HÒA")).toBe("commune");
    // A commune's one-stop centre is of the commune level.
    expect(classOf("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG", "UBND PHƯỜNG PHAN RANG")).toBe("commune");
  });

  it("has district bodies before 01/7/2025 and none after: said, not guessed", () => {
    expect(classOf("UBND HUYỆN NINH HẢI", "UBND TỈNH NINH THUẬN", "2025-01-01")).toBe("provincialAgency");
    expect(classOf("UBND THÀNH PHỐ PHAN RANG - THÁP CHÀM", "UBND TỈNH NINH THUẬN", "2024-01-01")).toBe("provincialAgency");
    expect(classOf("PHÒNG TƯ PHÁP", "UBND HUYỆN NINH HẢI", "2024-01-01")).toBe("subDepartment");
    expect(classOf("UBND HUYỆN NINH HẢI", "UBND TỈNH NINH THUẬN", "2026-01-01")).toBe("unknown:districtEnded");
    expect(classOf("PHÒNG TƯ PHÁP", "UBND HUYỆN NINH HẢI", "2026-01-01")).toBe("unknown:districtEnded");
  });

  it("names nothing it does not recognise", () => {
    expect(classOf("BỆNH VIỆN ĐA KHOA TỈNH", "SỞ Y TẾ")).toBe("unknown:unrecognised");
    expect(classOf("CỤC HỒ SƠ", "")).toBe("unknown:unrecognised");
    expect(classOf("", "UBND TỈNH KHÁNH HÒA")).toBe("unknown:unrecognised");
  });

  it.each(Object.entries(expected))("%s: the first-build and extension ceilings of its line of Điều 4", (cls, e) => {
    for (const category of ["firstBuild", "expansion"] as const) {
      const c = classCeiling(cls as AgencyClass, category);
      expect([category, c.consultancy, c.ownWork, c.amount]).toEqual([category, ...e[category]]);
      expect(c.basis).toBe(`khoản ${e.khoan} Điều 4 Thông tư số 116/2015/TT-BTC`);
    }
  });
});

describe("the report's budget checks and the next-year plan use the class's ceiling", () => {
  const sheet = "Kinh phí";
  const estimate = (item: string, category: "firstBuild" | "expansion", amount: number) => ({
    granted: [],
    estimate: [{ item, category, amount, explanation: "", cells: { amount: "D9" } }],
  });
  const codes = (agencyName: string, governingBody: string, data: ReturnType<typeof estimate>, year = 2025) =>
    budgetFindings(data, year, sheet, undefined, agency(agencyName, governingBody)).filter((f) => f.code.startsWith("budget_"));

  it("a Sở: first build of 2026 up to 95.000.000 đồng, above is a warning at its cell naming both parts", () => {
    expect(codes("SỞ Y TẾ", "UBND TỈNH KHÁNH HÒA", estimate("Xây dựng lần đầu", "firstBuild", 95_000_000))).toEqual([]);
    const [f] = codes("SỞ Y TẾ", "UBND TỈNH KHÁNH HÒA", estimate("Xây dựng lần đầu", "firstBuild", 100_000_000));
    expect([f.code, f.sheet, f.cell]).toEqual(["budget_above_class_ceiling", sheet, "D9"]);
    expect(renderFinding(f)).toBe(
      'Kinh phí!D9: dự toán xây dựng, áp dụng HTQLCL lần đầu năm 2026 ("Xây dựng lần đầu") là "100.000.000" đồng, vượt mức tối đa "95.000.000" đồng của cơ quan chuyên môn thuộc Ủy ban nhân dân cấp tỉnh (thuê tổ chức tư vấn "45.000.000" đồng và các hoạt động do cơ quan thực hiện "50.000.000" đồng) theo khoản 2 Điều 4 Thông tư số 116/2015/TT-BTC',
    );
  });

  it("a commune: extension up to 36.000.000 đồng (80 % of a Chi cục's 45.000.000)", () => {
    expect(codes("UBND XÃ PHƯỚC DINH", "UBND TỈNH KHÁNH HÒA", estimate("Mở rộng", "expansion", 36_000_000))).toEqual([]);
    expect(
      codes("UBND XÃ PHƯỚC DINH", "UBND TỈNH KHÁNH HÒA", estimate("Mở rộng", "expansion", 36_000_001)).map(
        (f) => (f.params as Record<string, unknown>).ceiling,
      ),
    ).toEqual([36_000_000]);
  });

  it("a ministry and a Chi cục at their own lines; an agency whose level cannot be told is said", () => {
    expect(codes("BỘ Y TẾ", "", estimate("Lần đầu", "firstBuild", 230_000_001)).map((f) => (f.params as Record<string, unknown>).ceiling)).toEqual([
      230_000_000,
    ]);
    expect(
      codes("CHI CỤC THỦY LỢI", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", estimate("Mở rộng", "expansion", 46_000_000)).map(
        (f) => (f.params as Record<string, unknown>).ceiling,
      ),
    ).toEqual([45_000_000]);
    const [unknown] = codes("UBND HUYỆN NINH HẢI", "UBND TỈNH KHÁNH HÒA", estimate("Mở rộng", "expansion", 10_000_000));
    expect(unknown.code).toBe("budget_ceiling_class_unknown");
    expect(renderFinding(unknown)).toContain("cơ quan cấp huyện không còn từ ngày 01/7/2025");
    // Maintenance keeps its own ceiling for every class, and needs no class.
    expect(computeBudget({ year: 2025, lines: [], estimates: [{ item: "Duy trì", amount: 3_000_000, explanation: "" }] }).findings).toEqual([]);
  });

  it("next year's plan: a DỰ THẢO naming the excess over the class's ceiling, or saying the level could not be told", () => {
    const plan = (agencyName: string, governingBody: string, category: "firstBuild" | "expansion", amount: number) => {
      const data = emptyTrackingData(2026);
      return buildPlanDocument({
        ...data,
        agency: { ...emptyAgencyInfo(2026), agencyName, agencyShortName: agencyName, governingBody, abbreviation: "X", signerName: "Nguyễn Văn A" },
        budget: { granted: [{ item: "Xây dựng HTQLCL", category, granted: amount, disbursed: 0, note: "" }], estimate: [] },
      });
    };
    const over = plan("UBND XÃ PHƯỚC DINH", "UBND TỈNH KHÁNH HÒA", "firstBuild", 60_000_000);
    expect(over.draft).toBe(true);
    expect(over.missing).toContain(
      "Kinh phí: 60.000.000 đồng xây dựng, áp dụng HTQLCL lần đầu vượt mức tối đa 58.400.000 đồng của Ủy ban nhân dân cấp xã (khoản 2 Điều 4 Thông tư số 116/2015/TT-BTC) là 1.600.000 đồng",
    );
    expect(plan("UBND XÃ PHƯỚC DINH", "UBND TỈNH KHÁNH HÒA", "firstBuild", 58_400_000).missing.filter((m) => m.startsWith("Kinh phí"))).toEqual([]);
    const district = plan("UBND HUYỆN NINH HẢI", "UBND TỈNH KHÁNH HÒA", "expansion", 10_000_000);
    expect(district.missing.filter((m) => m.startsWith("Kinh phí"))).toEqual([
      "Kinh phí: 10.000.000 đồng mở rộng HTQLCL chưa đối chiếu được với mức tối đa của Thông tư số 116/2015/TT-BTC (cơ quan cấp huyện không còn từ ngày 01/7/2025)",
    ]);
  });
});
