import { inferPlanPeriod, inferPlanYear } from "../../../src/core/timing/inferYear";
import { sampleText, seeds } from "../../helpers";

describe("inferPlanYear on the seed documents", () => {
  it.each([
    [seeds.plan2024, 2024],
    [seeds.report2024, 2024],
    [seeds.vhttdl2024, 2024],
    [seeds.ldtbxh2023, 2023],
  ])("%s → %i, whether given as one text or line by line", (name, year) => {
    const text = sampleText(name);
    expect(inferPlanYear([text])).toBe(year);
    expect(inferPlanYear(text.split("\n"))).toBe(year);
  });

  it("seed 003: the title's 2023 wins over the signing date 31/12/2022 and the 2014 decisions cited", () => {
    const text = sampleText(seeds.ldtbxh2023);
    expect(text).toContain("ngày 31 tháng 12 năm 2022");
    expect(inferPlanYear([text])).toBe(2023);
  });

  it("seed 001: the report's title names 2024 first (the budget is for 2025)", () => {
    const title = "Kết quả triển khai ISO năm 2024 và dự toán kinh phí thực hiện ISO năm 2025";
    expect(inferPlanYear([title])).toBe(2024);
  });
});

describe("inferPlanYear", () => {
  it("prefers the title over a more frequent year in dates", () => {
    expect(inferPlanYear(["KẾ HOẠCH", "Áp dụng hệ thống quản lý chất lượng năm 2023", "ngày 10/12/2022", "ngày 11/12/2022", "ngày 12/12/2022"])).toBe(2023);
  });

  it("takes the most frequent year of the schedule phrases when there is no title", () => {
    expect(inferPlanYear(["Tháng 01/2024", "Quý I năm 2024", "Tháng 12/2023", "Thường xuyên"])).toBe(2024);
  });

  it("ignores standards, document numbers, programme periods and 'Căn cứ' lines", () => {
    expect(inferPlanYear(["TCVN ISO 9001:2015", "Quyết định số 19/2014/QĐ-TTg", "giai đoạn 2021-2030", "định hướng đến năm 2030"])).toBeNull();
    expect(inferPlanYear(["Căn cứ Quyết định ngày 05 tháng 3 năm 2014 của Thủ tướng", "Tháng 6"])).toBeNull();
  });

  it("reads an undated draft 'ngày … tháng … năm 2024' as a date, not as a title", () => {
    expect(inferPlanYear(["Hà Nội, ngày    tháng    năm 2022", "KẾ HOẠCH ISO năm 2023"])).toBe(2023);
  });

  it("accepts years 2000–2099 only", () => {
    expect(inferPlanYear(["năm 1999", "năm 2100"])).toBeNull();
    expect(inferPlanYear(["năm 2000"])).toBe(2000);
  });

  it("returns null when nothing names a year", () => {
    expect(inferPlanYear([])).toBeNull();
    expect(inferPlanYear(["Thường xuyên", "Quý II", ""])).toBeNull();
  });

  it("reads text without diacritics and decomposed text", () => {
    expect(inferPlanYear(["Ke hoach ap dung ISO nam 2025"])).toBe(2025);
    expect(inferPlanYear(["Kế hoạch áp dụng ISO năm 2025".normalize("NFD")])).toBe(2025);
  });
});

describe("inferPlanPeriod", () => {
  it("reads the period of a multi-year plan from its title", () => {
    expect(inferPlanPeriod(["PHỤ LỤC", "DANH MỤC CÁC NHIỆM VỤ THỰC HIỆN CHIẾN LƯỢC GIAI ĐOẠN 2026-2030 TRÊN ĐỊA BÀN TỈNH"], 2025)).toEqual([2026, 2030]);
    expect(inferPlanPeriod(["KẾ HOẠCH", "Duy trì, cải tiến Hệ thống quản lý chất lượng giai đoạn 2021–2025"], 2021)).toEqual([2021, 2025]);
  });

  it("starts a plan 'đến năm 2030' in the year it was issued, even with the day left blank", () => {
    const texts = ["NHIỆM VỤ CHỦ YẾU CỦA KẾ HOẠCH PHÁT TRIỂN HẠ TẦNG 5G ĐẾN NĂM 2030", "(Kèm theo Kế hoạch số: /KH-UBND ngày / /2025 của UBND thành phố)"];
    expect(inferPlanPeriod(texts, 2026)).toEqual([2025, 2030]);
    expect(inferPlanPeriod(["KẾ HOẠCH PHÁT TRIỂN ĐẾN NĂM 2030"], 2024)).toEqual([2024, 2030]);
  });

  it("gives no period to a one-year plan, whatever its prose or the decisions it cites say", () => {
    expect(inferPlanPeriod(["KẾ HOẠCH", "Áp dụng ISO năm 2024", "Thực hiện Chương trình giai đoạn 2021-2030, Sở xây dựng kế hoạch"], 2024)).toBeNull();
    expect(inferPlanPeriod(["Căn cứ Quyết định phê duyệt CHƯƠNG TRÌNH CẢI CÁCH HÀNH CHÍNH GIAI ĐOẠN 2021-2030"], 2024)).toBeNull();
    expect(inferPlanPeriod(["KẾ HOẠCH DUY TRÌ HỆ THỐNG QUẢN LÝ CHẤT LƯỢNG NĂM 2024 VÀ ĐỊNH HƯỚNG GIAI ĐOẠN 2025-2030"], 2024)).toBeNull();
  });
});

describe("inferPlanYear and cited documents", () => {
  it("never takes a year from a cited document's date (a citation is not a schedule)", () => {
    const tasks = ["Hỗ trợ doanh nghiệp nhỏ và vừa theo Nghị định số 80/2021/NĐ-CP ngày 26/8/2021 của Chính phủ", "Quý I", "Quý III"];
    expect(inferPlanYear(tasks)).toBeNull();
    expect(inferPlanYear([...tasks, "Tháng 6/2025"])).toBe(2025);
    // Without the fix the citation's 2021 (a full date, weight 1) outweighed nothing and won.
    expect(inferPlanYear(["Triển khai Quyết định 19/2014/QĐ-TTg, ngày 05 tháng 3 năm 2014", "Thường xuyên"])).toBeNull();
  });

  it("keeps the appendix's own 'Kèm theo Kế hoạch số … ngày …' date, and reads 'Quí IV-2025'", () => {
    expect(inferPlanYear(["(Ban hành kèm theo Kế hoạch số 552/KH-UBND ngày 19/11/2025 của Ủy ban nhân dân tỉnh)", "2025 - 2035"])).toBe(2025);
    expect(inferPlanYear(["Hỗ trợ theo Nghị định số 80/2021/NĐ-CP ngày 26/8/2021", "Quí IV-2025"])).toBe(2025);
  });
});
