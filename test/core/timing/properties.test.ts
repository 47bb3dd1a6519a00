import fc from "fast-check";
import { parseTiming } from "../../../src/core/timing/parseTiming";
import { formatPeriodVi } from "../../../src/core/timing/formatPeriod";
import { timingSchema } from "../../../src/core/timing/timing";

/**
 * Properties of the schedule parser. Calendar facts come from an independent oracle here
 * (`Date.UTC` day 0 of the next month), not from the module under test.
 */
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const pad2 = (n: number) => String(n).padStart(2, "0");

/** Phrase-like strings built from the words and numbers schedules use, to reach deep branches. */
const token = fc.oneof(
  fc.constantFrom(
    "tháng",
    "Tháng",
    "quý",
    "Quý",
    "năm",
    "ngày",
    "từ",
    "đến",
    "trước",
    "chậm nhất",
    "hằng năm",
    "hàng tháng",
    "Hàng quý",
    "thường xuyên",
    "định kỳ",
    "đột xuất",
    "theo yêu cầu",
    "6 tháng đầu năm",
    "cuối",
    "đầu",
    "trong",
    "cả",
    "I",
    "II",
    "III",
    "IV",
    "V",
    "-",
    "–",
    "/",
    ".",
    ",",
    "và",
    "(nếu có)",
    "(",
    ")",
    "**",
    "<b>",
    "</b>",
    "Thang",
    "Quy",
    "kể từ",
    "ngày làm việc",
  ),
  fc.integer({ min: 0, max: 40 }).map(String),
  fc.integer({ min: 1990, max: 2110 }).map(String),
  fc.tuple(fc.integer({ min: 0, max: 35 }), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 2000, max: 2030 })).map(([d, m, y]) => `${d}/${m}/${y}`),
  fc.tuple(fc.integer({ min: 0, max: 14 }), fc.integer({ min: 2000, max: 2030 })).map(([m, y]) => `${m}/${y}`),
);
const soup = fc.array(token, { minLength: 1, maxLength: 7 }).map((t) => t.join(" "));

/** Well-formed schedules (with numbers sometimes out of range), so most of them are read. */
const n = (max: number) => fc.integer({ min: 0, max });
const yr = fc.integer({ min: 2015, max: 2030 });
const roman = fc.constantFrom("I", "II", "III", "IV", "V", "1", "2", "3", "4");
const wellFormed = fc.oneof(
  fc.tuple(n(13), yr).map(([m, y]) => `Tháng ${m}/${y}`),
  n(13).map((m) => `tháng ${m}`),
  fc.tuple(n(13), n(13), yr).map(([a, b, y]) => `Tháng ${a}-${b}/${y}`),
  fc.tuple(n(13), n(13), yr).map(([a, b, y]) => `từ tháng ${a} đến tháng ${b} năm ${y}`),
  fc.tuple(roman, yr).map(([q, y]) => `Quý ${q} năm ${y}`),
  fc.tuple(roman, roman, yr).map(([a, b, y]) => `Quý ${a}-${b}/${y}`),
  fc.tuple(fc.constantFrom(3, 6, 9), fc.constantFrom("đầu", "cuối"), yr).map(([k, w, y]) => `${k} tháng ${w} năm ${y}`),
  fc.tuple(n(32), n(13), yr).map(([d, m, y]) => `${d}/${m}/${y}`),
  fc.tuple(n(32), n(13)).map(([d, m]) => `ngày ${d} tháng ${m}`),
  fc.tuple(n(32), n(32), n(13), yr).map(([a, b, m, y]) => `${a}-${b}/${m}/${y}`),
  fc.tuple(n(32), n(13), n(32), n(13), yr).map(([a, m1, b, m2, y]) => `Từ ngày ${a}/${m1} đến ${b}/${m2}/${y}`),
  fc.tuple(n(32), n(13), yr).map(([d, m, y]) => `trước ngày ${d} tháng ${m} năm ${y}`),
  fc.tuple(n(32), n(13)).map(([d, m]) => `chậm nhất ngày ${d}/${m} hằng năm`),
  yr.map((y) => `Trong năm ${y}`),
  fc.tuple(yr, yr).map(([a, b]) => `giai đoạn ${a}-${b}`),
  fc.constantFrom("Hàng tháng", "Định kỳ hàng quý", "Thường xuyên", "Đột xuất", "Cả năm", "6 tháng đầu năm"),
);
const phrase = fc.oneof(soup, wellFormed);
const anyText = fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.string({ unit: "binary" }), phrase);
const planYear = fc.option(fc.integer({ min: 2000, max: 2099 }), { nil: undefined });

describe("parseTiming properties", () => {
  it("never throws, and always returns a valid Timing with a consistent issue", () => {
    fc.assert(
      fc.property(anyText, planYear, (text, year) => {
        const { timing, issue } = parseTiming(text, { year });
        expect(timingSchema.safeParse(timing).success).toBe(true);
        expect(timing.text).toBe(timing.text.normalize("NFC").trim());
        expect(timing.text).not.toMatch(/\s{2}|\n/);
        if (issue?.severity === "error") expect([timing.kind, timing.start, timing.end]).toEqual(["unknown", null, null]);
        if (timing.kind === "unknown") expect(timing.start === null && timing.end === null).toBe(true);
        if (timing.kind === "unknown" && timing.text !== "") expect(issue).not.toBeNull();
        if (timing.kind === "deadline") expect(timing.start).toBeNull();
        if (timing.recurrence !== null) expect(timing.kind).toBe("recurring");
      }),
      { numRuns: 400 },
    );
  });

  it("gives decomposed (NFD) input the same result as composed (NFC) input", () => {
    fc.assert(
      fc.property(anyText, planYear, (text, year) => {
        expect(parseTiming(text.normalize("NFD"), { year })).toEqual(parseTiming(text.normalize("NFC"), { year }));
      }),
      { numRuns: 300 },
    );
  });

  it("never returns a start after its end, and only real calendar dates", () => {
    const real = (iso: string) => {
      const [y, m, d] = iso.split("-").map(Number);
      return m >= 1 && m <= 12 && d >= 1 && d <= lastDay(y, m);
    };
    fc.assert(
      fc.property(phrase, planYear, (text, year) => {
        const { timing } = parseTiming(text, { year });
        if (timing.start && timing.end) expect(timing.start <= timing.end).toBe(true);
        for (const iso of [timing.start, timing.end]) if (iso) expect(real(iso)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("reads any month in any of its spellings as its first to last day", () => {
    const spellings = [
      (m: number, y: number) => `Tháng ${m}/${y}`,
      (m: number, y: number) => `Tháng ${pad2(m)}/${y}`,
      (m: number, y: number) => `tháng ${m} năm ${y}`,
      (m: number, y: number) => `THANG ${m}/${y}`,
      (m: number, y: number) => `Trong tháng ${pad2(m)} năm ${y}.`,
    ];
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2199 }), fc.integer({ min: 1, max: 12 }), fc.constantFrom(...spellings), (y, m, spell) => {
        const { timing, issue } = parseTiming(spell(m, y));
        expect(issue).toBeNull();
        expect([timing.kind, timing.start, timing.end]).toEqual(["month", `${y}-${pad2(m)}-01`, `${y}-${pad2(m)}-${pad2(lastDay(y, m))}`]);
      }),
    );
  });

  it("reads any real date in any of its spellings as that day, and any day past the month's end as impossible", () => {
    const spellings = [
      (d: number, m: number, y: number) => `${d}/${m}/${y}`,
      (d: number, m: number, y: number) => `${pad2(d)}/${pad2(m)}/${y}`,
      (d: number, m: number, y: number) => `ngày ${pad2(d)} tháng ${m} năm ${y}`,
      (d: number, m: number, y: number) => `${d}.${m}.${y}`,
      (d: number, m: number, y: number) => `${y}-${pad2(m)}-${pad2(d)}`,
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2199 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        fc.constantFrom(...spellings),
        (y, m, d, spell) => {
          const { timing, issue } = parseTiming(spell(d, m, y));
          if (d <= lastDay(y, m)) {
            const iso = `${y}-${pad2(m)}-${pad2(d)}`;
            expect(issue).toBeNull();
            expect([timing.kind, timing.start, timing.end]).toEqual(["date", iso, iso]);
          } else {
            expect(issue?.code).toBe("timing_impossible");
          }
        },
      ),
    );
  });

  it("reads back what formatPeriodVi writes: same kind and dates (same recurrence for recurring)", () => {
    fc.assert(
      fc.property(phrase, fc.integer({ min: 2000, max: 2099 }), (text, year) => {
        const { timing, issue } = parseTiming(text, { year });
        if (issue || timing.kind === "unknown" || (timing.start === null && timing.end === null)) return;
        const again = parseTiming(formatPeriodVi(timing), { year }).timing;
        if (timing.kind === "recurring") expect(again.recurrence).toBe(timing.recurrence);
        else expect([again.kind, again.start, again.end]).toEqual([timing.kind, timing.start, timing.end]);
      }),
      { numRuns: 500 },
    );
  });
});
