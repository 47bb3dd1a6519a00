/**
 * Recurring and unscheduled phrases ("Hàng tháng", "Định kỳ hàng quý", "Thường xuyên",
 * "Định kỳ và theo yêu cầu", "Đột xuất"). A phrase with such a word is recurring even when it also
 * names a month: "Định kỳ tháng 12 hằng năm hoặc đột xuất khi có yêu cầu" happens in December
 * *or whenever asked*, so the task can fall anywhere in the year — it is "periodic".
 *
 * "Hằng năm"/"Hàng năm" is yearly only when it stands alone ("Hằng năm", "Thực hiện hằng năm"):
 * after a month or day it says which month of every year, so "Tháng 11 hằng năm" is November of
 * the plan year and "trước ngày 30 tháng 8 hằng năm" a deadline in the plan year.
 */
import type { Recurrence } from "./timing";

/** `alternatives` as whole words: not preceded or followed by a letter or digit. */
const words = (alternatives: string) => new RegExp(String.raw`(?<![\p{L}\p{M}\d])(?:${alternatives})(?![\p{L}\p{M}\d])`, "u");

const EVERY = "(?:hằng|hàng|mỗi)";

/** Checked in this order: the most specific cadence wins ("Định kỳ hàng quý" is quarterly). */
const cadences: readonly (readonly [Exclude<Recurrence, null>, RegExp])[] = [
  // "hàng tháng", "01 lần/tháng"; not "Định kỳ tháng 12", where "tháng" is a month name.
  ["monthly", words(String.raw`${EVERY} tháng(?! \d)|lần\/tháng|tháng một lần`)],
  ["quarterly", words(String.raw`${EVERY} quý|lần\/quý|quý một lần`)],
  ["continuous", words(String.raw`thường xuyên|liên tục|${EVERY} ngày`)],
  ["periodic", words(String.raw`định kỳ|đột xuất|theo yêu cầu|khi có yêu cầu|khi cần|khi cần thiết|khi (?:có )?phát sinh|${EVERY} tuần|lần\/năm|năm một lần`)],
];

/**
 * The recurrence a phrase key names, or null.
 * @example recurrenceOf("định kỳ hàng quý") === "quarterly"
 * @example recurrenceOf("trước ngày 30 tháng 8 hằng năm") === null
 * @example recurrenceOf("hàng năm") === "yearly"
 */
export function recurrenceOf(key: string): Recurrence {
  for (const [recurrence, pattern] of cadences) if (pattern.test(key)) return recurrence;
  if (YEARLY.test(key)) return "yearly";
  return null;
}

/** "Hằng năm" on its own (or after a verb): every year of the plan, not one year. */
const YEARLY = /^(?:(?:thực hiện|tổ chức|triển khai|duy trì|định kỳ) )?(?:hằng|hàng|mỗi) năm$/;

const RELATIVE = words(
  String.raw`kể từ|ngày làm việc|sau khi|trong vòng|trong thời hạn|tối thiểu|ít nhất|(?:\d{1,3}|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười) (?:ngày|tuần|tháng)(?! \d)`,
);

/**
 * Relative periods ("15 ngày làm việc", "02 tháng kể từ ngày ký", "chậm nhất là ba tháng kể từ …"):
 * real phrasing in legal texts, but they name no calendar date, so a plan cannot schedule them.
 * @example isRelativePeriod("trong thời gian 15 ngày làm việc") === true
 */
export function isRelativePeriod(key: string): boolean {
  return RELATIVE.test(key);
}
