import { daysInMonth, isLeapYear, monthEnd, viDate } from "../../../src/core/calendar/dates";
import { parseRoman, toRoman } from "../../../src/core/timing/romanNumerals";
import { formatPeriodVi } from "../../../src/core/timing/formatPeriod";
import { isWithinYear, parseTiming, timingOutsideYear } from "../../../src/core/timing/parseTiming";
import type { Timing } from "../../../src/core/timing/timing";

const t = (kind: Timing["kind"], start: string | null, end: string | null, recurrence: Timing["recurrence"] = null): Timing => ({
  text: "x",
  kind,
  start,
  end,
  recurrence,
});

describe("calendar helpers", () => {
  it("knows the Gregorian leap years", () => {
    expect([1900, 2000, 2023, 2024, 2100].map(isLeapYear)).toEqual([false, true, false, true, false]);
  });

  it("knows the length of each month", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2023, m))).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    expect(monthEnd(2024, 2)).toBe("2024-02-29");
    expect(viDate("2024-09-01")).toBe("01/09/2024");
  });

  it("reads and writes Roman numerals, refusing non-canonical ones", () => {
    expect(["I", "ii", "III", "IV", "v", "XII"].map(parseRoman)).toEqual([1, 2, 3, 4, 5, 12]);
    expect(["IIII", "VX", "IC", "", "abc"].map(parseRoman)).toEqual([null, null, null, null, null]);
    expect([1, 4, 9, 14].map(toRoman)).toEqual(["I", "IV", "IX", "XIV"]);
  });
});

describe("timingOutsideYear / isWithinYear", () => {
  it.each([
    [t("month", "2025-03-01", "2025-03-31"), true],
    [t("month", "2023-12-01", "2023-12-31"), true],
    [t("range", "2023-12-01", "2024-02-29"), false],
    [t("month", "2024-12-01", "2024-12-31"), false],
    [t("deadline", null, "2023-12-31"), true],
    [t("deadline", null, "2024-01-01"), false],
    [t("range", "2025-01-01", null), true],
    [t("range", "2024-12-31", null), false],
    [t("unknown", null, null), false],
    [t("recurring", null, null, "monthly"), false],
  ])("%j outside 2024: %s", (timing, outside) => {
    expect(timingOutsideYear(timing, 2024)).toBe(outside);
  });

  it("tells a period wholly inside the plan year", () => {
    expect(isWithinYear(t("range", "2024-09-01", "2024-11-30"), 2024)).toBe(true);
    expect(isWithinYear(t("range", "2023-12-01", "2024-02-29"), 2024)).toBe(false);
    expect(isWithinYear(t("deadline", null, "2024-03-15"), 2024)).toBe(true);
    expect(isWithinYear(t("deadline", null, "2025-01-15"), 2024)).toBe(false);
    expect(isWithinYear(t("unknown", null, null), 2024)).toBe(false);
  });

  it("flags the seed phrase 'Tháng 6/2018' in a 2024 plan, not 'Quý IV'", () => {
    expect(timingOutsideYear(parseTiming("Tháng 6/2018", { year: 2024 }).timing, 2024)).toBe(true);
    expect(timingOutsideYear(parseTiming("Quý IV", { year: 2024 }).timing, 2024)).toBe(false);
  });
});

describe("formatPeriodVi", () => {
  it.each([
    [t("range", "2024-09-01", "2024-11-30"), "01/09/2024 – 30/11/2024"],
    [t("deadline", null, "2023-03-15"), "hạn 15/03/2023"],
    [t("recurring", "2024-01-01", "2024-12-31", "monthly"), "hằng tháng"],
    [t("recurring", null, null, "quarterly"), "hằng quý"],
    [t("recurring", "2024-01-01", "2024-12-31", "continuous"), "thường xuyên"],
    [t("recurring", "2024-01-01", "2024-12-31", "periodic"), "định kỳ"],
    [t("date", "2024-03-05", "2024-03-05"), "05/03/2024"],
    [t("month", "2024-01-01", "2024-01-31"), "tháng 01/2024"],
    [t("month", "2024-03-01", "2024-03-31"), "tháng 3/2024"],
    [t("quarter", "2024-10-01", "2024-12-31"), "quý IV/2024"],
    [t("half", "2024-07-01", "2024-12-31"), "6 tháng cuối năm 2024"],
    [t("year", "2024-01-01", "2024-12-31"), "năm 2024"],
    [t("range", "2024-03-01", null), "từ 01/03/2024"],
  ])("%j → %s", (timing, text) => {
    expect(formatPeriodVi(timing)).toBe(text);
  });

  it("falls back to the phrase when there are no dates", () => {
    expect(formatPeriodVi({ text: "Tháng 6", kind: "month", start: null, end: null, recurrence: null })).toBe("Tháng 6");
    expect(formatPeriodVi({ text: "", kind: "unknown", start: null, end: null, recurrence: null })).toBe("chưa xác định");
  });
});
