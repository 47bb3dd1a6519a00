import { parseTiming, type TimingResult } from "../../../src/core/timing/parseTiming";
import { renderFinding } from "../../../src/core/messages/render";
import { locate } from "../../../src/core/findings/finding";

/** [kind, start, end, recurrence] of a phrase, with the plan year given (or none). */
const period = (text: string, year: number | null = 2024) => {
  const { timing } = parseTiming(text, year === null ? {} : { year });
  return [timing.kind, timing.start, timing.end, timing.recurrence];
};
const issueOf = (text: string, year: number | null = 2024): TimingResult["issue"] => parseTiming(text, year === null ? {} : { year }).issue;

describe("parseTiming on the phrases of the seed documents", () => {
  // Seed 000 (Sở Y tế, plan 2024), column "Tiến độ/ Thời gian", read by hand.
  it.each([
    ["Tháng 01/2024", "month", "2024-01-01", "2024-01-31", null],
    ["Trong năm", "year", "2024-01-01", "2024-12-31", null],
    ["Hàng tháng", "recurring", "2024-01-01", "2024-12-31", "monthly"],
    ["Quý II", "quarter", "2024-04-01", "2024-06-30", null],
    ["Tháng 9/2024", "month", "2024-09-01", "2024-09-30", null],
    ["Tháng 10/2024", "month", "2024-10-01", "2024-10-31", null],
    ["Tháng 11/2024", "month", "2024-11-01", "2024-11-30", null],
    ["Tháng 9-11/2024", "range", "2024-09-01", "2024-11-30", null],
    ["Tháng 12/2024", "month", "2024-12-01", "2024-12-31", null],
  ])("seed 000: %s is %s %s – %s (%s)", (text, kind, start, end, recurrence) => {
    expect(period(text)).toEqual([kind, start, end, recurrence]);
    expect(issueOf(text)).toBeNull();
  });

  // Seed 002 (Sở VHTTDL, plan 2024), column "Thời gian hoàn thành".
  it.each([
    ["Tháng 03/2024", "month", "2024-03-01", "2024-03-31", null],
    ["Tháng 3/2024", "month", "2024-03-01", "2024-03-31", null],
    ["Quý I năm 2024", "quarter", "2024-01-01", "2024-03-31", null],
    ["Thường xuyên", "recurring", "2024-01-01", "2024-12-31", "continuous"],
    ["Quý IV năm 2024", "quarter", "2024-10-01", "2024-12-31", null],
    ["Định kỳ và theo yêu cầu", "recurring", "2024-01-01", "2024-12-31", "periodic"],
  ])("seed 002: %s is %s %s – %s (%s)", (text, kind, start, end, recurrence) => {
    expect(period(text)).toEqual([kind, start, end, recurrence]);
    expect(issueOf(text)).toBeNull();
  });

  // Seed 003 (Sở LĐTBXH, plan 2023): deadlines in the prose, some in Markdown bold.
  it.each([
    ["trước ngày 15 tháng 3 năm 2023", "2023-03-15"],
    ["trước ngày 30 tháng 8 hằng năm", "2023-08-30"],
    ["trước ngày **10/02/2023**", "2023-02-10"],
    ["trước ngày **20/02/2023**", "2023-02-20"],
    ["**trước ngày 15/8/2023**", "2023-08-15"],
    ["trước ngày **15/11/2023**", "2023-11-15"],
  ])("seed 003: %s is a deadline on %s", (text, end) => {
    expect(period(text, 2023)).toEqual(["deadline", null, end, null]);
    expect(issueOf(text, 2023)).toBeNull();
  });

  // Seed 001 (report 2024) cites dates of decisions and minutes.
  it.each([
    ["28/02/2024", "2024-02-28"],
    ["ngày 27/9/2024", "2024-09-27"],
    ["22/10/2024", "2024-10-22"],
  ])("seed 001: %s is the date %s", (text, iso) => {
    expect(period(text)).toEqual(["date", iso, iso, null]);
  });
});

describe("parseTiming on phrases recorded from real documents (docs/legal-bases.md#schedule-wording-in-real-texts)", () => {
  it.each([
    ["Tháng 6/2018", "month", "2018-06-01", "2018-06-30", null],
    ["Trong 02 ngày 05-06/12/2017", "range", "2017-12-05", "2017-12-06", null],
    ["Từ ngày 26/8 đến 27/8/2021", "range", "2021-08-26", "2021-08-27", null],
    ["xong trước ngày 01/9/2021", "deadline", null, "2021-09-01", null],
    ["Trong 6 tháng đầu năm 2021", "half", "2021-01-01", "2021-06-30", null],
    ["9 tháng đầu năm 2022", "range", "2022-01-01", "2022-09-30", null],
    ["trong năm 2018", "year", "2018-01-01", "2018-12-31", null],
    ["đến năm 2020", "deadline", null, "2020-12-31", null],
    ["giai đoạn 2022-2025", "range", "2022-01-01", "2025-12-31", null],
    ["giai đoạn 2021 - 2030", "range", "2021-01-01", "2030-12-31", null],
    ["Trong tháng 7 năm 2021 (tính từ ngày 21/6 - 20/7)", "month", "2021-07-01", "2021-07-31", null],
    ["từ ngày 2.1.2018 đến 17.5.2018", "range", "2018-01-02", "2018-05-17", null],
    ["Tháng 11 hằng năm", "month", "2024-11-01", "2024-11-30", null],
    ["Định kỳ tháng 12 hằng năm hoặc đột xuất khi có yêu cầu", "recurring", "2024-01-01", "2024-12-31", "periodic"],
    ["tối thiểu một năm một lần", "recurring", "2024-01-01", "2024-12-31", "periodic"],
  ])("%s is %s %s – %s", (text, kind, start, end, recurrence) => {
    expect(period(text)).toEqual([kind, start, end, recurrence]);
    expect(issueOf(text)).toBeNull();
  });

  it.each([
    "trong thời gian 15 ngày làm việc",
    "chậm nhất là ba tháng kể từ khi văn bản quy phạm pháp luật có hiệu lực thi hành",
    "trong thời gian không quá 02 (hai) tháng kể từ ngày ký Biên bản kiểm tra",
    "chậm nhất là năm (05) ngày làm việc",
  ])("the relative period %j names no date: unknown, with a timing_relative warning", (text) => {
    expect(period(text)).toEqual(["unknown", null, null, null]);
    expect(issueOf(text)).toMatchObject({ severity: "warning", code: "timing_relative" });
  });
});

describe("parseTiming: months, quarters, halves, years", () => {
  it.each([
    ["tháng 3 năm 2024", "2024-03-01", "2024-03-31"],
    ["Tháng 6", "2024-06-01", "2024-06-30"],
    ["tháng 12/2024", "2024-12-01", "2024-12-31"],
    ["Tháng 02/2024", "2024-02-01", "2024-02-29"],
    ["Tháng 2/2023", "2023-02-01", "2023-02-28"],
    ["Tháng 2/2100", "2100-02-01", "2100-02-28"],
    ["Tháng 2/2000", "2000-02-01", "2000-02-29"],
    ["Tháng 4/2024", "2024-04-01", "2024-04-30"],
    ["Tháng12/2024", "2024-12-01", "2024-12-31"],
  ])("%s is the month %s – %s", (text, start, end) => {
    expect(period(text)).toEqual(["month", start, end, null]);
  });

  it.each([
    ["Tháng 9-11/2024", "2024-09-01", "2024-11-30"],
    ["từ tháng 9 đến tháng 11/2024", "2024-09-01", "2024-11-30"],
    ["Tháng 9 - 11 năm 2024", "2024-09-01", "2024-11-30"],
    ["Tháng 9 – 11/2024", "2024-09-01", "2024-11-30"],
    ["Tháng 12/2024 - Tháng 2/2025", "2024-12-01", "2025-02-28"],
    ["Tháng 3, 6, 9 và 12/2024", "2024-03-01", "2024-12-31"],
  ])("%s is the range %s – %s", (text, start, end) => {
    expect(period(text)).toEqual(["range", start, end, null]);
  });

  it.each([
    ["Quý I năm 2024", "2024-01-01", "2024-03-31"],
    ["Quý IV", "2024-10-01", "2024-12-31"],
    ["Quý 2/2024", "2024-04-01", "2024-06-30"],
    ["quý II/2024", "2024-04-01", "2024-06-30"],
    ["QUÝ III NĂM 2024", "2024-07-01", "2024-09-30"],
    ["Quý 4", "2024-10-01", "2024-12-31"],
  ])("%s is the quarter %s – %s", (text, start, end) => {
    expect(period(text)).toEqual(["quarter", start, end, null]);
  });

  it.each([
    ["Quý III-IV/2024", "2024-07-01", "2024-12-31"],
    ["Quý I, II năm 2024", "2024-01-01", "2024-06-30"],
    ["Quý I – Quý II/2024", "2024-01-01", "2024-06-30"],
    ["Quý IV/2024 - Quý I/2025", "2024-10-01", "2025-03-31"],
  ])("%s is the range of quarters %s – %s", (text, start, end) => {
    expect(period(text)).toEqual(["range", start, end, null]);
  });

  it.each([
    ["6 tháng đầu năm", "half", "2024-01-01", "2024-06-30"],
    ["6 tháng cuối năm 2024", "half", "2024-07-01", "2024-12-31"],
    ["Nửa đầu năm 2023", "half", "2023-01-01", "2023-06-30"],
    ["9 tháng đầu năm", "range", "2024-01-01", "2024-09-30"],
    ["3 tháng cuối năm", "range", "2024-10-01", "2024-12-31"],
  ])("%s is %s %s – %s", (text, kind, start, end) => {
    expect(period(text)).toEqual([kind, start, end, null]);
  });

  it.each(["Trong năm", "Năm 2024", "Cả năm", "cả năm 2024", "2024"])("%s is the whole year 2024, with no recurrence", (text) => {
    expect(period(text)).toEqual(["year", "2024-01-01", "2024-12-31", null]);
  });

  it.each(["Hằng năm", "Hàng năm", "Mỗi năm", "Thực hiện hàng năm"])("%s recurs every year (over the plan year)", (text) => {
    expect(period(text)).toEqual(["recurring", "2024-01-01", "2024-12-31", "yearly"]);
  });

  it("spans a multi-year plan's whole period when a phrase recurs, and keeps a phrase's own year", () => {
    const inPeriod = (text: string) => parseTiming(text, { year: 2026, period: [2026, 2030] }).timing;
    expect(inPeriod("Hằng năm")).toMatchObject({ kind: "recurring", start: "2026-01-01", end: "2030-12-31", recurrence: "yearly" });
    expect(inPeriod("Thường xuyên")).toMatchObject({ kind: "recurring", start: "2026-01-01", end: "2030-12-31", recurrence: "continuous" });
    expect(inPeriod("Thường xuyên trong năm 2027")).toMatchObject({ start: "2027-01-01", end: "2027-12-31" });
    expect(inPeriod("Quý II")).toMatchObject({ kind: "quarter", start: "2026-04-01", end: "2026-06-30" });
  });
});

describe("parseTiming: days, day ranges and deadlines", () => {
  it.each([
    ["15/3/2024", "2024-03-15"],
    ["ngày 05 tháng 3 năm 2024", "2024-03-05"],
    ["2.1.2018", "2018-01-02"],
    ["15/3", "2024-03-15"],
    ["2024-03-15", "2024-03-15"],
    ["2024-03-15T00:00:00.000Z", "2024-03-15"],
    ["15-3-2024", "2024-03-15"],
    ["15/3/24", "2024-03-15"],
    ["29/02/2024", "2024-02-29"],
    ["ngày 30 tháng 8", "2024-08-30"],
  ])("%s is the date %s", (text, iso) => {
    expect(period(text)).toEqual(["date", iso, iso, null]);
  });

  it.each([
    ["Từ ngày 26/8 đến 27/8/2021", "2021-08-26", "2021-08-27"],
    ["05-06/12/2017", "2017-12-05", "2017-12-06"],
    ["Từ 01/3/2024 - 15/3/2024", "2024-03-01", "2024-03-15"],
    ["từ ngày 05 đến ngày 06 tháng 12 năm 2017", "2017-12-05", "2017-12-06"],
    ["Từ 15/3/2024 đến hết tháng 6/2024", "2024-03-15", "2024-06-30"],
    ["15-3-2024 - 20-3-2024", "2024-03-15", "2024-03-20"],
  ])("%s is the range %s – %s", (text, start, end) => {
    expect(period(text)).toEqual(["range", start, end, null]);
  });

  it.each([
    ["trước ngày 15/3/2023", "2023-03-15"],
    ["Trước 30/8", "2024-08-30"],
    ["trước ngày 15 tháng 3 năm 2023", "2023-03-15"],
    ["xong trước ngày 01/9/2021", "2021-09-01"],
    ["chậm nhất ngày 15/11", "2024-11-15"],
    ["Chậm nhất là ngày 15/11/2024", "2024-11-15"],
    ["trước ngày 30 tháng 8 hằng năm", "2024-08-30"],
    ["Hoàn thành trước ngày 31/3/2024", "2024-03-31"],
    ["đến hết ngày 31/12/2024", "2024-12-31"],
    ["trước tháng 6/2024", "2024-06-30"],
    ["hạn 15/03/2023", "2023-03-15"],
  ])("%s is a deadline ending on the stated day %s (start null)", (text, end) => {
    expect(period(text)).toEqual(["deadline", null, end, null]);
  });

  it("reads 'Từ tháng 3/2024' as a range with a start and no end, rather than guessing one", () => {
    expect(period("Từ tháng 3/2024")).toEqual(["range", "2024-03-01", null, null]);
  });
});

describe("parseTiming: recurring and unscheduled phrases", () => {
  it.each([
    ["Hàng tháng", "monthly"],
    ["Hằng tháng", "monthly"],
    ["Định kỳ hàng tháng", "monthly"],
    ["01 lần/tháng", "monthly"],
    ["Hàng quý", "quarterly"],
    ["Hằng quý", "quarterly"],
    ["Định kỳ hàng quý", "quarterly"],
    ["Thường xuyên", "continuous"],
    ["Liên tục", "continuous"],
    ["Thường xuyên trong năm", "continuous"],
    ["Hằng ngày", "continuous"],
    ["Định kỳ", "periodic"],
    ["Định kỳ và theo yêu cầu", "periodic"],
    ["Định kỳ 6 tháng", "periodic"],
    ["Định kì", "periodic"],
    ["Định kỳ tháng 12 hằng năm hoặc đột xuất khi có yêu cầu", "periodic"],
  ])("%s recurs %s over the plan year", (text, recurrence) => {
    expect(period(text)).toEqual(["recurring", "2024-01-01", "2024-12-31", recurrence]);
    expect(issueOf(text)).toBeNull();
  });

  it("uses the year a recurring phrase names itself", () => {
    expect(period("Thường xuyên trong năm 2023")).toEqual(["recurring", "2023-01-01", "2023-12-31", "continuous"]);
  });

  it("gives a recurring phrase no dates and no issue when no year is known", () => {
    expect(period("Hàng quý", null)).toEqual(["recurring", null, null, "quarterly"]);
    expect(issueOf("Hàng quý", null)).toBeNull();
  });
});

describe("parseTiming tolerates how people type", () => {
  it.each([
    ["Thang 3/2024", "month", "2024-03-01", "2024-03-31", null],
    ["Quy IV", "quarter", "2024-10-01", "2024-12-31", null],
    ["hang thang", "recurring", "2024-01-01", "2024-12-31", "monthly"],
    ["Dinh ky va theo yeu cau", "recurring", "2024-01-01", "2024-12-31", "periodic"],
    ["6 thang dau nam", "half", "2024-01-01", "2024-06-30", null],
    ["truoc ngay 15/3/2023", "deadline", null, "2023-03-15", null],
    ["tu ngay 26/8 den 27/8/2021", "range", "2021-08-26", "2021-08-27", null],
    ["  Tháng   03 / 2024 .", "month", "2024-03-01", "2024-03-31", null],
    ["(Tháng 6/2024)", "month", "2024-06-01", "2024-06-30", null],
    ["Tháng 6 (nếu có)", "month", "2024-06-01", "2024-06-30", null],
    ["- Quý II;", "quarter", "2024-04-01", "2024-06-30", null],
    ["<b>Tháng 9/2024</b>", "month", "2024-09-01", "2024-09-30", null],
    ["<p>Quý&nbsp;I năm 2024</p>", "quarter", "2024-01-01", "2024-03-31", null],
    ["Tháng 9/2024\n(dự kiến)", "month", "2024-09-01", "2024-09-30", null],
    ["Qúy III", "quarter", "2024-07-01", "2024-09-30", null],
  ])("%j is read like its tidy form", (text, kind, start, end, recurrence) => {
    expect(period(text)).toEqual([kind, start, end, recurrence]);
    expect(issueOf(text)).toBeNull();
  });

  it("keeps the phrase as display text: NFC, one line, single spaces, markup removed", () => {
    expect(parseTiming("  trước ngày **15/11/2023** ").timing.text).toBe("trước ngày 15/11/2023");
    expect(parseTiming("<b>Tháng</b>   9/2024\n(dự kiến)").timing.text).toBe("Tháng 9/2024 (dự kiến)");
    expect(parseTiming("Qu\u0079\u0301 IV").timing.text).toBe("Quý IV");
  });

  it("gives decomposed (NFD) input exactly the result of composed input", () => {
    for (const text of ["Quý IV năm 2024", "Thường xuyên", "trước ngày 30 tháng 8 hằng năm", "Tháng 13/2024", "Định kỳ và theo yêu cầu"]) {
      const nfd = text.normalize("NFD");
      expect(nfd).not.toBe(text);
      expect(parseTiming(nfd, { year: 2024 })).toEqual(parseTiming(text, { year: 2024 }));
    }
  });

  it("does not accept a wrongly accented keyword or an ambiguous bare one", () => {
    expect(issueOf("Thàng 3/2024")?.code).toBe("timing_unreadable");
    // "sau" is both "sáu" (six) and "sau" (after): not guessed.
    expect(issueOf("sau thang dau nam")?.code).toBe("timing_unreadable");
  });
});

describe("parseTiming errors: never a guess, never a throw", () => {
  it.each([
    ["Tháng 13/2024", "tháng 13 không có (một năm chỉ có 12 tháng)"],
    ["Tháng 00/2024", "tháng 0 không có (một năm chỉ có 12 tháng)"],
    ["31/02/2024", "tháng 2 năm 2024 chỉ có 29 ngày"],
    ["29/02/2023", "tháng 2 năm 2023 chỉ có 28 ngày"],
    ["30/02", "tháng 2 năm 2024 chỉ có 29 ngày"],
    ["31/4/2024", "tháng 4 năm 2024 chỉ có 30 ngày"],
    ["0/1/2024", "không có ngày 0"],
    ["Quý V", "quý V không có (một năm chỉ có quý I đến quý IV)"],
    ["Quý 5/2024", "quý 5 không có (một năm chỉ có quý I đến quý IV)"],
    ["Tháng 6/3024", "năm 3024 không hợp lệ (chỉ đọc các năm từ 1900 đến 2199)"],
    ["Từ 30/02/2024 đến 05/3/2024", "tháng 2 năm 2024 chỉ có 29 ngày"],
  ])("%s is impossible: %s", (text, reason) => {
    const { timing, issue } = parseTiming(text, { year: 2024 });
    expect(issue).toEqual({ severity: "error", code: "timing_impossible", params: { text, reason } });
    expect(timing).toEqual({ text, kind: "unknown", start: null, end: null, recurrence: null });
  });

  // "từ 28/12/2024 đến 03/01": 03/01 takes the year written once, 2024, so it is before 28/12 —
  // reported, not silently moved to 2025.
  it.each(["Tháng 11-9/2024", "Quý IV-I/2024", "từ 28/12/2024 đến 03/01", "từ ngày 20/3 đến 10/3/2024"])("%s is reversed", (text) => {
    const { timing, issue } = parseTiming(text, { year: 2024 });
    expect(issue).toEqual({ severity: "error", code: "timing_reversed", params: { text } });
    expect(timing.kind).toBe("unknown");
    expect([timing.start, timing.end]).toEqual([null, null]);
  });

  it.each(["abc xyz", "-", "9-11", "Tháng 6 abc", "Quý IIII", "Tuần 1 tháng 3", "ngày 26", "31/12/2024 !!! 1/1"])(
    "%j is unreadable: unknown, no dates, an error",
    (text) => {
      const { timing, issue } = parseTiming(text, { year: 2024 });
      expect(issue?.code).toBe(text.startsWith("Sau khi") ? "timing_relative" : "timing_unreadable");
      expect(timing).toMatchObject({ kind: "unknown", start: null, end: null, recurrence: null });
    },
  );

  it("gives empty text kind unknown and no issue: the caller reports the missing timing", () => {
    for (const text of ["", "   ", "\n\t", "<p></p>"]) {
      expect(parseTiming(text, { year: 2024 })).toEqual({ timing: { text: "", kind: "unknown", start: null, end: null, recurrence: null }, issue: null });
    }
  });

  it("renders its issues in Vietnamese with the phrase quoted", () => {
    const at = (text: string) => {
      const issue = parseTiming(text, { year: 2024 }).issue;
      if (!issue) throw new Error(`no issue for ${text}`);
      return renderFinding(locate(issue, "Kế hoạch", "D7"));
    };
    expect(at("Tháng 13/2024")).toBe('Kế hoạch!D7: thời gian "Tháng 13/2024" không tồn tại: tháng 13 không có (một năm chỉ có 12 tháng)');
    expect(at("abc")).toBe('Kế hoạch!D7: không hiểu thời gian "abc"');
    expect(at("Tháng 11-9/2024")).toBe('Kế hoạch!D7: thời gian "Tháng 11-9/2024" có ngày bắt đầu sau ngày kết thúc');
  });

  it("ignores a plan year that is not a usable whole year", () => {
    expect(period("Tháng 6", Number.NaN)).toEqual(["month", null, null, null]);
    expect(period("Tháng 6", 2024.5)).toEqual(["month", null, null, null]);
  });
});

describe("parseTiming without a plan year", () => {
  it.each([
    ["Tháng 6", "month"],
    ["Quý IV", "quarter"],
    ["6 tháng đầu năm", "half"],
    ["15/3", "date"],
    ["29/02", "date"],
    ["Trước 30/8", "deadline"],
    ["Tháng 9-11", "range"],
  ])("%s keeps its kind %s, has no dates and warns timing_no_year", (text, kind) => {
    expect(period(text, null)).toEqual([kind, null, null, null]);
    expect(issueOf(text, null)).toEqual({ severity: "warning", code: "timing_no_year", params: { text } });
  });

  it("still reads phrases that carry their own year", () => {
    expect(period("Tháng 9-11/2024", null)).toEqual(["range", "2024-09-01", "2024-11-30", null]);
    expect(period("trước ngày 15/3/2023", null)).toEqual(["deadline", null, "2023-03-15", null]);
  });

  it("reads 'Trong năm' as the whole (unknown) year: no dates and nothing to warn about", () => {
    expect(period("Trong năm", null)).toEqual(["year", null, null, null]);
    expect(issueOf("Trong năm", null)).toBeNull();
  });

  it("still finds impossible and reversed phrases", () => {
    expect(issueOf("30/02", null)).toMatchObject({ code: "timing_impossible", params: { reason: "tháng 2 chỉ có 28 hoặc 29 ngày" } });
    expect(issueOf("Tháng 13", null)?.code).toBe("timing_impossible");
    expect(issueOf("Tháng 11-9", null)?.code).toBe("timing_reversed");
  });
});

describe("parseTiming on notes and long input", () => {
  it("reads a phrase in parentheses followed by a note", () => {
    expect(period("(Tháng 9/2024) (nếu có).")).toEqual(["month", "2024-09-01", "2024-09-30", null]);
  });

  it("answers quickly and without throwing on a very long cell", () => {
    const long = `${"- ".repeat(5000)}Tháng 9/2024 ${"9-".repeat(5000)}`;
    expect(parseTiming(long, { year: 2024 }).issue?.code).toBe("timing_unreadable");
  });
});

describe("parseTiming: conditional phrases and days named with their time of day (issue 19)", () => {
  // Conditional timings: one severity (a warning), no date invented. A phrase that starts with a
  // cadence ("Định kỳ và theo yêu cầu") stays recurring.
  it.each([
    "Khi có thay đổi văn bản quy phạm pháp luật",
    "Sau khi có kết quả đánh giá?",
    "Khi có yêu cầu",
    "khi có yêu cầu",
    "Theo yêu cầu",
    "Đột xuất",
    "Ngay sau khi được phê duyệt",
    "Trường hợp có phát sinh",
  ])("%s is conditional: a warning, no dates", (text) => {
    const { timing, issue } = parseTiming(text, { year: 2024 });
    expect(issue).toEqual({ severity: "warning", code: "timing_conditional", params: { text } });
    expect(timing).toMatchObject({ kind: "unknown", start: null, end: null, recurrence: null });
  });

  it("keeps a cadence with a condition recurring; 'Theo yêu cầu của …' is conditional too", () => {
    expect(parseTiming("Định kỳ và theo yêu cầu", { year: 2024 }).timing).toMatchObject({ kind: "recurring", recurrence: "periodic" });
    expect(parseTiming("Theo yêu cầu của Bộ Khoa học và Công nghệ", { year: 2024 }).issue?.code).toBe("timing_conditional");
    expect(parseTiming("Theo lộ trình của Kế hoạch số 02-KH/BCĐTW", { year: 2024 }).issue?.code).toBe("timing_by_reference");
  });

  // 15/10/2020 was a Thursday, 12/3/2020 a Thursday, 05/01/2026 a Monday, 12/3/2021 a Friday.
  it.each([
    ["Sáng ngày 15/10/2020", 2020, "2020-10-15"],
    ["Buổi chiều ngày 15/10/2020", 2020, "2020-10-15"],
    ["Chiều thứ Năm, 12/3", 2020, "2020-03-12"],
    ["Sáng thứ Hai, ngày 05/01/2026", 2026, "2026-01-05"],
    ["Thứ Hai (05/01/2026)", 2026, "2026-01-05"],
    ["8h00 ngày 15/10/2020", 2020, "2020-10-15"],
    ["8h30 - 11h30 ngày 20/3", 2024, "2024-03-20"],
    ["Thứ 6 ngày 20/3/2020", 2020, "2020-03-20"],
  ])("%s (plan year %d) is the day %s", (text, year, date) => {
    const { timing, issue } = parseTiming(text, { year });
    expect(issue).toBeNull();
    expect(timing).toMatchObject({ kind: "date", start: date, end: date });
  });

  it("keeps the date and warns when the weekday written is not the date's", () => {
    const { timing, issue } = parseTiming("Chiều thứ Năm, 12/3", { year: 2021 });
    expect(timing).toMatchObject({ kind: "date", start: "2021-03-12" });
    expect(issue).toEqual({
      severity: "warning",
      code: "timing_weekday_mismatch",
      params: { text: "Chiều thứ Năm, 12/3", date: "12/03/2021", weekday: "thứ Sáu" },
    });
  });

  it("does not read a time of day or a weekday alone as a day", () => {
    expect(parseTiming("Sáng", { year: 2024 }).issue?.code).toBe("timing_unreadable");
    expect(parseTiming("Thứ Hai", { year: 2024 }).issue?.code).toBe("timing_unreadable");
    expect(parseTiming("Sáng thứ Hai hàng tuần", { year: 2024 }).timing).toMatchObject({ kind: "recurring" });
  });
});
