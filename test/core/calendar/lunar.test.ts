import { defaultHolidays, holidayFindings } from "../../../src/core/calendar/holidays";
import { dateOfJulianDay, hungKingsDay, julianDay, lunarNewYear, lunarToSolar, lunarYears } from "../../../src/core/calendar/lunar";
import { renderFinding } from "../../../src/core/messages/render";

/**
 * Tết (1 tháng Giêng) and Giỗ Tổ Hùng Vương (10 tháng Ba) of the Vietnamese calendar, 2024–2040.
 * Sources, typed by hand:
 * - 2024–2026: the official announcements (Thông báo 5015/TB-LĐTBXH for Tết 2024; Công văn 8726/VPCP-KGVX
 *   for 2025; the 2026 schedule; src/core/calendar/officialHolidays.ts names each), Giỗ Tổ 18/4/2024,
 *   07/4/2025, 26/4/2026;
 * - every year: Hồ Ngọc Đức's published table of the Vietnamese calendar for 2000–2099 ("TK21" in his
 *   amlich.js, © 2004, as mirrored in public repositories), decoded by hand in his format (offset of
 *   Tết from 1 January in bits 17 and up, the twelve month lengths in bits 4–15, the leap month in
 *   bits 0–3): for example 2030 is 0x40daa0, Tết 32 days after 1 January = 02/02/2030;
 * - 2031–2040 also: KDE's Vietnamese holiday file (KDE/kholidays, holidays/plan2/holiday_vn_en, from
 *   timeanddate.com), equal to the above except where China's calendar (UTC+8) differs: Tết 2030
 *   (KDE 03/02) and Giỗ Tổ 2037 (KDE 25/4) and 2038 (KDE 14/4). For 2037 a public calendar library's
 *   test also gives the Vietnamese 24/4/2037 ("vietnamese 3-0-10" in 2037).
 */
const published: Readonly<Record<number, [tet: string, gioTo: string]>> = {
  2024: ["2024-02-10", "2024-04-18"],
  2025: ["2025-01-29", "2025-04-07"],
  2026: ["2026-02-17", "2026-04-26"],
  2027: ["2027-02-06", "2027-04-16"],
  2028: ["2028-01-26", "2028-04-04"],
  2029: ["2029-02-13", "2029-04-23"],
  2030: ["2030-02-02", "2030-04-12"],
  2031: ["2031-01-23", "2031-04-01"],
  2032: ["2032-02-11", "2032-04-19"],
  2033: ["2033-01-31", "2033-04-09"],
  2034: ["2034-02-19", "2034-04-28"],
  2035: ["2035-02-08", "2035-04-17"],
  2036: ["2036-01-28", "2036-04-06"],
  2037: ["2037-02-15", "2037-04-24"],
  2038: ["2038-02-04", "2038-04-13"],
  2039: ["2039-01-24", "2039-04-03"],
  2040: ["2040-02-12", "2040-04-20"],
};

describe("the Vietnamese lunar calendar (Hồ Ngọc Đức's algorithm, UTC+7)", () => {
  it.each(Object.entries(published).map(([y, d]) => [Number(y), ...d] as const))("%i: Tết %s, Giỗ Tổ %s", (year, tet, gioTo) => {
    expect(lunarNewYear(year)).toBe(tet);
    expect(hungKingsDay(year)).toBe(gioTo);
  });

  it("counts days at UTC+7, where China's calendar (UTC+8) differs: Tết 1985 and 2030, Giỗ Tổ 2037", () => {
    expect(lunarNewYear(1985)).toBe("1985-01-21");
    expect(lunarToSolar(1, 1, 1985, false, 8)).toBe("1985-02-20");
    expect(lunarToSolar(1, 1, 2030, false, 8)).toBe("2030-02-03");
    expect(lunarToSolar(10, 3, 2037, false, 8)).toBe("2037-04-25");
    // Tết Mậu Thân 1968, the first year of the UTC+7 calendar.
    expect(lunarNewYear(1968)).toBe("1968-01-29");
  });

  it("places the leap month: Giỗ Tổ 2023 after a leap second month (29/4/2023, officially announced)", () => {
    expect(hungKingsDay(2023)).toBe("2023-04-29");
    expect(lunarToSolar(1, 2, 2023, true)).toBe("2023-03-22");
    expect(lunarToSolar(1, 3, 2024, true)).toBeNull(); // 2024 has no leap month
  });

  it("gives no date outside its years, and the holidays sheet says so", () => {
    expect(lunarNewYear(lunarYears.first - 1)).toBeNull();
    expect(lunarNewYear(lunarYears.last + 1)).toBeNull();
    expect(lunarNewYear(lunarYears.last)).not.toBeNull();
    expect(holidayFindings(2040, "Ngày nghỉ")).toEqual([]);
    const [f] = holidayFindings(2300, "Ngày nghỉ");
    expect(renderFinding(f)).toBe(
      "Ngày nghỉ: năm 2300 nằm ngoài khoảng tính âm lịch (1800–2199): trang này chưa có Tết Nguyên đán và Giỗ Tổ Hùng Vương, hãy nhập tay theo thông báo nghỉ lễ của năm",
    );
  });

  it("gives every year of the tables a Tết: 2031's days off are computed, not missing", () => {
    const days = defaultHolidays(2031).map((h) => h.date);
    expect(days).toEqual(expect.arrayContaining(["2031-01-22", "2031-01-23", "2031-01-24", "2031-01-25", "2031-01-26", "2031-04-01"]));
    expect(defaultHolidays(2040).filter((h) => h.date.startsWith("2040-02-1")).length).toBeGreaterThanOrEqual(5);
  });

  it("converts Julian day numbers both ways", () => {
    expect(julianDay(2000, 1, 1)).toBe(2451545);
    expect(dateOfJulianDay(2451545)).toBe("2000-01-01");
    expect(dateOfJulianDay(julianDay(2024, 2, 29))).toBe("2024-02-29");
  });
});
