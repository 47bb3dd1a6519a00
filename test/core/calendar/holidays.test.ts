import { weekday } from "../../../src/core/calendar/dates";
import { defaultHolidays } from "../../../src/core/calendar/holidays";
import { displayedValue } from "../../../src/core/sheet/model";
import { buildHolidaysSheet } from "../../../src/core/workbook/holidaysSheet";

const dates = (year: number, kind: "dayOff" | "makeUp") =>
  defaultHolidays(year)
    .filter((h) => h.kind === kind)
    .map((h) => h.date);

describe("announced holiday schedules (docs/legal-bases.md#working-days-and-public-holidays)", () => {
  it("2024: Tết 08–14/02 (TB 5015/TB-LĐTBXH), 30/4 swap with Saturday 04/5 (CV 2450/VPCP-KGVX), Quốc khánh 02–03/9", () => {
    expect(dates(2024, "dayOff")).toEqual([
      "2024-01-01",
      "2024-02-08",
      "2024-02-09",
      "2024-02-10",
      "2024-02-11",
      "2024-02-12",
      "2024-02-13",
      "2024-02-14",
      "2024-04-18",
      "2024-04-29",
      "2024-04-30",
      "2024-05-01",
      "2024-09-02",
      "2024-09-03",
    ]);
    expect(dates(2024, "makeUp")).toEqual(["2024-05-04"]);
    // 01/09/2024 is a Sunday: an ordinary weekend day, not one of the two Quốc khánh days.
    expect(weekday("2024-09-01")).toBe(0);
    expect(defaultHolidays(2024).some((h) => h.date === "2024-09-01")).toBe(false);
    expect(defaultHolidays(2024).every((h) => !h.provisional && !h.name.includes("dự kiến"))).toBe(true);
  });

  it("2025: Tết 27–31/01 inside 25/01–02/02, Friday 02/5 swapped with Saturday 26/4, Quốc khánh 01–02/9", () => {
    expect(dates(2025, "dayOff")).toEqual([
      "2025-01-01",
      "2025-01-27",
      "2025-01-28",
      "2025-01-29",
      "2025-01-30",
      "2025-01-31",
      "2025-04-07",
      "2025-04-30",
      "2025-05-01",
      "2025-05-02",
      "2025-09-01",
      "2025-09-02",
    ]);
    expect(dates(2025, "makeUp")).toEqual(["2025-04-26"]);
    expect(defaultHolidays(2025).every((h) => !h.provisional)).toBe(true);
  });

  it("2026: New Year swap with Saturday 10/01, Tết 16–20/02, Giỗ Tổ on Sunday 26/4 compensated on 27/4; the Quốc khánh adjacent day is 'dự kiến'", () => {
    expect(dates(2026, "dayOff")).toEqual([
      "2026-01-01",
      "2026-01-02",
      "2026-02-16",
      "2026-02-17",
      "2026-02-18",
      "2026-02-19",
      "2026-02-20",
      "2026-04-26",
      "2026-04-27",
      "2026-04-30",
      "2026-05-01",
      "2026-09-01",
      "2026-09-02",
    ]);
    expect(dates(2026, "makeUp")).toEqual(["2026-01-10"]);
    const provisional = defaultHolidays(2026).filter((h) => h.provisional);
    expect(provisional.map((h) => h.date)).toEqual(["2026-09-01"]);
    expect(provisional[0].name).toBe("Quốc khánh (ngày liền kề) (dự kiến)");
  });

  it("cites an announcement next to every announced day", () => {
    const rows = defaultHolidays(2024);
    expect(rows.find((h) => h.date === "2024-05-04")?.source).toBe("Công văn 2450/VPCP-KGVX ngày 12/4/2024 của Văn phòng Chính phủ");
    expect(rows.find((h) => h.date === "2024-02-13")?.source).toMatch(/^Thông báo 5015\/TB-LĐTBXH ngày 22\/11\/2023/);
    expect(rows.find((h) => h.date === "2024-04-29")?.name).toBe("Nghỉ hoán đổi dịp Ngày Chiến thắng (30/4), làm bù ngày 04/05/2024");
  });

  it("marks every day of a year without an announcement 'dự kiến', with weekend compensation by rule", () => {
    const rows = defaultHolidays(2027);
    expect(rows.every((h) => h.provisional && h.name.endsWith("(dự kiến)"))).toBe(true);
    // 2027: 01/5 is a Saturday → compensating Monday 03/5; 02/9 is a Thursday → adjacent Friday 03/9.
    expect(weekday("2027-05-01")).toBe(6);
    expect(rows.map((h) => h.date)).toEqual(expect.arrayContaining(["2027-05-03", "2027-09-02", "2027-09-03"]));
    expect(rows.filter((h) => h.kind === "makeUp")).toEqual([]);
  });
});

describe("the 'Ngày nghỉ' sheet", () => {
  it("shows date, weekday, name, kind and source", () => {
    const sheet = buildHolidaysSheet(defaultHolidays(2024));
    const row = sheet.cells.find((r) => r[0].kind === "date" && r[0].value === "2024-05-04")!;
    expect(row.map((c) => displayedValue(c))).toEqual([
      "2024-05-04",
      "Thứ Bảy",
      "Làm bù cho ngày nghỉ hoán đổi 29/04/2024",
      "Làm bù",
      "Công văn 2450/VPCP-KGVX ngày 12/4/2024 của Văn phòng Chính phủ",
    ]);
  });
});
