/**
 * Reads the "Tiến độ/Thời gian" of a plan task into a period. Pure and total: any string gives
 * a result, a phrase it cannot read exactly gives an issue and no dates — never a guess.
 *
 * Order of reading: a phrase that starts with a condition ("Khi có thay đổi…", "Sau khi có…",
 * "Khi có yêu cầu", "Theo yêu cầu", "Đột xuất") is a warning with no dates; recurring words
 * ("Hàng tháng", "Định kỳ …") win next; then a day named with its time of day or weekday ("Sáng
 * ngày 15/10/2020", "Chiều thứ Năm, 12/3": that day, a warning when the weekday is not the
 * date's); then a deadline ("trước ngày …", "chậm nhất …"); then a period (day, month, quarter,
 * half, year, or a range or list of them); else a relative period ("15 ngày làm việc") is a
 * warning and anything else unreadable.
 *
 * Conventions a reviewer should know:
 * - "trước ngày X" ends ON X (end = the stated date), as plans mean "by X". "trước tháng 6" ends
 *   on 30/6 by the same rule.
 * - A phrase without a year takes the plan year; if none is known it keeps its kind, has no
 *   dates and a `timing_no_year` warning. Whole-year and recurring phrases then just have no
 *   dates and no warning: "Trong năm" is exact without knowing which year.
 * - On an error (unreadable, impossible, reversed) the kind is "unknown" and both dates null,
 *   so no half-read dates leak into the plan.
 */
import { issue, type Issue } from "../findings/finding";
import { isYear, yearsInText } from "../calendar/dates";
import { normalizePhraseText, phraseKey } from "./phraseText";
import { parsePiece, resolvePiece } from "./pieces";
import { parsePeriod, type PeriodOutcome } from "./ranges";
import { isRelativePeriod, recurrenceOf } from "./recurrence";
import type { Recurrence, Timing, TimingKind } from "./timing";

export { isWithinYear, timingOutsideYear } from "./yearCheck";

export interface ParseTimingOptions {
  /** The plan year; phrases without a year use it. */
  readonly year?: number;
  /**
   * The years of a multi-year plan ("giai đoạn 2026–2030"): a recurring phrase spans all of
   * them instead of the plan year alone.
   */
  readonly period?: readonly [number, number] | null;
}

export interface TimingResult {
  readonly timing: Timing;
  /** Why the phrase could not be read exactly; the caller attaches sheet and cell. */
  readonly issue: Issue | null;
}

/**
 * Parses a Vietnamese schedule phrase.
 * @example parseTiming("Tháng 9-11/2024").timing // { text: "Tháng 9-11/2024", kind: "range", start: "2024-09-01", end: "2024-11-30", recurrence: null }
 * @example parseTiming("Quý IV", { year: 2024 }).timing.start === "2024-10-01"
 * @example parseTiming("trước ngày 15 tháng 3 năm 2023").timing // { kind: "deadline", start: null, end: "2023-03-15", … }
 * @example parseTiming("Tháng 13/2024").issue // { severity: "error", code: "timing_impossible", params: { text: "Tháng 13/2024", reason: "tháng 13 không có (một năm chỉ có 12 tháng)" } }
 */
export function parseTiming(text: string, options: ParseTimingOptions = {}): TimingResult {
  const display = normalizePhraseText(typeof text === "string" ? text : String(text ?? ""));
  if (display === "") return { timing: timing("", "unknown"), issue: null };
  const planYear = usableYear(options.year);
  const key = phraseKey(display);

  if (CONDITIONAL.test(key)) return { timing: timing(display, "unknown"), issue: issue("warning", "timing_conditional", { text: display }) };
  const recurrence = recurrenceOf(key);
  if (recurrence) {
    const own = ownYear(key);
    const period = own === null ? usablePeriod(options.period) : null;
    if (period) return { timing: timing(display, "recurring", `${period[0]}-01-01`, `${period[1]}-12-31`, recurrence), issue: null };
    return { timing: recurringTiming(display, recurrence, own ?? planYear), issue: null };
  }

  const day = dayWithItsTime(display, key, planYear);
  if (day) return day;
  const outcome = parseSchedule(key, planYear);
  if (outcome) return fromOutcome(display, outcome);
  if (BY_REFERENCE.test(key)) return { timing: timing(display, "unknown"), issue: issue("warning", "timing_by_reference", { text: display }) };
  if (isRelativePeriod(key)) return { timing: timing(display, "unknown"), issue: issue("warning", "timing_relative", { text: display }) };
  return unreadable(display);
}

/**
 * A schedule that depends on a condition, not on the calendar: it starts with "khi", "sau khi",
 * "nếu", "trường hợp", "theo yêu cầu" (of anyone), "đột xuất", "tùy
 * theo". "Định kỳ và theo yêu cầu" starts with a cadence and stays recurring.
 */
const CONDITIONAL =
  /^(?:(?:thực hiện|tổ chức|triển khai|báo cáo|cập nhật|rà soát)\s+)?(?:(?:ngay|ngày)\s+)?(?:khi|sau khi|nếu|trong trường hợp|trường hợp|theo yêu cầu|đột xuất|tùy theo|tuỳ theo|tùy tình hình|tuỳ tình hình)(?=[\s,;:]|$)/u;

/** Weekday words and the JavaScript day number (Sunday 0) they name. */
const WEEKDAYS: readonly (readonly [RegExp, number])[] = [
  [/^(?:thứ|thu)\s*(?:hai|2)\b/u, 1],
  [/^(?:thứ|thu)\s*(?:ba|3)\b/u, 2],
  [/^(?:thứ|thu)\s*(?:tư|tu|4)\b/u, 3],
  [/^(?:thứ|thu)\s*(?:năm|nam|5)\b/u, 4],
  [/^(?:thứ|thu)\s*(?:sáu|sau|6)\b/u, 5],
  [/^(?:thứ|thu)\s*(?:bảy|bay|7)\b/u, 6],
  [/^(?:chủ nhật|chu nhat|cn)\b/u, 0],
];
/** Words before a day that only say when in the day: "sáng", "buổi chiều", "vào", "lúc 8h30", "từ 8 giờ - 11 giờ". */
const DAY_PART = /^(?:vào|buổi|sáng|chiều|trưa|tối|đêm|ngày)(?=[\s,:(]|$)\s*/u;
const CLOCK = /^(?:lúc\s*|từ\s*)?\d{1,2}\s*(?:h|giờ|g)\s*(?:\d{1,2}\s*(?:phút|p)?)?(?:\s*(?:-|đến)\s*\d{1,2}\s*(?:h|giờ|g)\s*(?:\d{1,2}\s*(?:phút|p)?)?)?/u;

/**
 * A day written with its time of day or weekday ("Sáng ngày 15/10/2020", "Chiều thứ Năm, 12/3",
 * "8h00 ngày 15/10/2020", "Thứ Hai (05/01/2026)"): that day. Null when the phrase has no such
 * words or what follows them is not one day. A weekday that is not the date's is a warning; the
 * date is kept (it is the more precise of the two).
 */
function dayWithItsTime(display: string, key: string, planYear: number | null): TimingResult | null {
  let rest = key;
  let weekday: number | null = null;
  let stripped = false;
  for (let previous = ""; previous !== rest;) {
    previous = rest;
    rest = rest.replace(/^[\s,:;-]+/, "");
    const part = DAY_PART.exec(rest) ?? CLOCK.exec(rest);
    if (part && part[0].trim() !== "") {
      rest = rest.slice(part[0].length);
      stripped ||= !/^ngày/u.test(part[0]);
      continue;
    }
    for (const [word, day] of WEEKDAYS) {
      const m = word.exec(rest);
      if (m) {
        weekday = day;
        stripped = true;
        rest = rest.slice(m[0].length);
        break;
      }
    }
  }
  if (!stripped) return null;
  // "Thứ Hai (05/01/2026)": the key dropped the date in parentheses as a note; read it from the display.
  const candidate = rest.trim() || (/[([]\s*(\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?)\s*[)\]]/.exec(display)?.[1] ?? "");
  if (candidate === "") return null;
  const outcome = parseSchedule(phraseKey(candidate), planYear);
  if (!outcome || !("kind" in outcome) || outcome.kind !== "date") return null;
  const result = fromOutcome(display, outcome);
  const date = result.timing.start;
  if (result.issue || weekday === null || date === null) return result;
  const actual = new Date(`${date}T00:00:00Z`).getUTCDay();
  if (actual === weekday) return result;
  return {
    timing: result.timing,
    issue: issue("warning", "timing_weekday_mismatch", { text: display, date: viDayDate(date), weekday: WEEKDAY_NAMES[actual] }),
  };
}

const WEEKDAY_NAMES = ["Chủ nhật", "thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy"];
const viDayDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** Words in front of a period that add nothing to it ("Trong năm", "Dự kiến quý II", "Hoàn thành trước …"). */
const FILLER = /^(?:trong thời gian|trong|vào|dự kiến|thực hiện|hoàn thành|xong|giai đoạn|thời gian|thời điểm|thời hạn|tiến độ|khoảng)(?:[,:]? )/;
/** "Trong 02 ngày 05-06/12/2017": the length restates the dates that follow. */
const DURATION_BEFORE_DATE = /^(?:\d{1,3}|một|hai|ba|bốn) ngày(?: làm việc)?,? (?=(?:từ |ngày )?\d)/;
/** "… hằng năm" after a month or day means "of the plan year" ("Tháng 11 hằng năm"). */
const EVERY_YEAR = /^(?:hằng|hàng|mỗi) năm,? |,? (?:hằng|hàng|mỗi) năm$/g;
const DEADLINE = /^(?:trước|chậm nhất|muộn nhất|hạn chót|hạn cuối|hạn|không quá|không muộn hơn|cho đến|đến|tới) (.+)$/;
/** "Theo lộ trình được giao tại Kế hoạch số 02-KH/BCĐTW": the date is in another document. */
const BY_REFERENCE = /^theo (?:đúng )?(?:lộ trình|tiến độ|kế hoạch|quy định|chỉ đạo|văn bản|yêu cầu của|thời hạn|thời gian)\b/u;
const NOTES = /,? (?:nếu có|nếu cần|dự kiến)$/;

function parseSchedule(key: string, planYear: number | null): PeriodOutcome | null {
  let s = key.replace(NOTES, "");
  for (let previous = ""; previous !== s;) {
    previous = s;
    s = s.replace(FILLER, "").replace(DURATION_BEFORE_DATE, "");
    if (s !== "hằng năm" && s !== "hàng năm" && s !== "mỗi năm") s = s.replace(EVERY_YEAR, "");
  }
  const deadline = DEADLINE.exec(s);
  if (deadline) return parseDeadline(deadline[1].replace(/^(?:(?:là|vào|hết|trước|trong) )+/, ""), planYear);
  return parsePeriod(s, planYear);
}

/**
 * A deadline ends with its piece: the day itself, or the last day of a month, quarter or year.
 * "Đến cuối tháng 9-2006", "đến cuối quý II", "đến cuối năm 2025" end on that period's last day.
 */
function parseDeadline(rest: string, planYear: number | null): PeriodOutcome | null {
  const piece = parsePiece(rest) ?? parsePiece(rest.replace(/^cuối (?=năm|quý)/, ""));
  if (!piece) return null;
  const r = resolvePiece(piece, planYear);
  if (r.status === "ok") return { status: "ok", kind: "deadline", start: null, end: r.end };
  if (r.status === "noYear") return { status: "noYear", kind: "deadline" };
  return r;
}

function fromOutcome(display: string, outcome: PeriodOutcome): TimingResult {
  switch (outcome.status) {
    case "ok":
      return { timing: timing(display, outcome.kind, outcome.start, outcome.end), issue: null };
    case "noYear":
      // "Trong năm" is exact whatever the year is, like a recurring phrase: no dates, no warning.
      if (outcome.kind === "year") return { timing: timing(display, "year"), issue: null };
      return { timing: timing(display, outcome.kind), issue: issue("warning", "timing_no_year", { text: display }) };
    case "impossible":
      return { timing: timing(display, "unknown"), issue: issue("error", "timing_impossible", { text: display, reason: outcome.reason }) };
    case "reversed":
      return { timing: timing(display, "unknown"), issue: issue("error", "timing_reversed", { text: display }) };
    case "incomplete":
      return unreadable(display);
  }
}

function recurringTiming(display: string, recurrence: Recurrence, year: number | null): Timing {
  if (year === null) return timing(display, "recurring", null, null, recurrence);
  return timing(display, "recurring", `${year}-01-01`, `${year}-12-31`, recurrence);
}

/** The one year a recurring phrase names itself ("Thường xuyên trong năm 2024"), or null. */
function ownYear(key: string): number | null {
  const years = new Set(yearsInText(key));
  if (years.size !== 1) return null;
  return usableYear([...years][0]);
}

function usablePeriod(period: readonly [number, number] | null | undefined): readonly [number, number] | null {
  if (!period) return null;
  const [a, b] = [usableYear(period[0]), usableYear(period[1])];
  return a !== null && b !== null && a < b ? [a, b] : null;
}

function usableYear(year: number | undefined): number | null {
  return year !== undefined && isYear(year) ? year : null;
}

function unreadable(display: string): TimingResult {
  return { timing: timing(display, "unknown"), issue: issue("error", "timing_unreadable", { text: display }) };
}

function timing(text: string, kind: TimingKind, start: string | null = null, end: string | null = null, recurrence: Recurrence = null): Timing {
  return { text, kind, start, end, recurrence };
}
