/**
 * The building blocks of a schedule phrase: one day, month, quarter, run of months or year,
 * read from a phrase key (see `phraseKey`), and turned into first/last ISO dates.
 * Ranges and deadlines are assembled from pieces in `ranges.ts` and `parseTiming.ts`.
 */
import { daysInMonth, isoDate, isYear, MAX_YEAR, maxDaysInMonth, MIN_YEAR, monthEnd, monthStart } from "../calendar/dates";
import { parseRoman, toRoman } from "./romanNumerals";
import { timingReasonText as why } from "../messages/catalogue";

/** A period as written, before the plan year fills in what the phrase leaves out. */
export type Piece =
  | { readonly unit: "day"; readonly day: number; readonly month: number | null; readonly year: number | null }
  | { readonly unit: "month"; readonly month: number; readonly year: number | null }
  | { readonly unit: "quarter"; readonly quarter: number; readonly label: string; readonly year: number | null }
  /** Months `from`..`to` of one year: "6 tháng đầu năm" is 1..6, "9 tháng đầu năm" 1..9. */
  | { readonly unit: "span"; readonly from: number; readonly to: number; readonly count: number; readonly year: number | null }
  /**
   * Part of a month: days `from`..`to` ("end" = the month's last day). "Đầu/giữa/cuối tháng" and
   * "thượng/trung/hạ tuần" are the month's three ten-day parts (1–10, 11–20, 21–end); "tuần đầu"
   * is days 1–7, "tuần cuối" the last seven days.
   */
  | { readonly unit: "part"; readonly month: number; readonly from: number; readonly to: number | "end" | "lastWeek"; readonly year: number | null }
  | { readonly unit: "year"; readonly year: number | null };

/** The unit a bare number takes from its neighbours in a range ("Tháng 9-11/2024": 11 is a month). */
export type HintUnit = "day" | "month" | "quarter";

/** What a piece means once the plan year is applied. */
export type Resolution =
  | { readonly status: "ok"; readonly start: string; readonly end: string }
  /** Readable, but the phrase names no year and no plan year is known. */
  | { readonly status: "noYear" }
  /** A day whose month is never given ("ngày 26" alone). */
  | { readonly status: "incomplete" }
  /** The period does not exist; `reason` is Vietnamese, e.g. "tháng 13 không có …". */
  | { readonly status: "impossible"; readonly reason: string };

const ROMAN_OR_NUMBER = String.raw`([ivxlcdm]+|\d{1,2})`;
/** A year after a month or quarter: "năm 2024", "/2024", "-2024", ".2024" or just a space. */
const YEAR_TAIL = String.raw`(?:(?: năm |[/.-]| )(\d{4}))?`;

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DAY_WORDS = /^(?:ngày )?(\d{1,2}) tháng (\d{1,2})(?: năm (\d{4})|\/(\d{4}))?$/;
const DAY_SLASH = /^(?:ngày )?(\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2})| năm (\d{4}))?$/;
/** "2.1.2018", "15-3-2024": a dot or dash date needs its year (or "ngày") so "9-11" stays a range. */
const DAY_DOT_DASH = /^(ngày )?(\d{1,2})([.-])(\d{1,2})(?:\3(\d{4}|\d{2}))?$/;
const DAY_ALONE = /^ngày (\d{1,2})$/;
const MONTH = new RegExp(String.raw`^tháng (\d{1,2})${YEAR_TAIL}$`);
const MONTH_SLASH_YEAR = /^(\d{1,2})\/(\d{4})$/;
const QUARTER = new RegExp(String.raw`^quý ${ROMAN_OR_NUMBER}${YEAR_TAIL}$`);
/** "cuối tháng 9-2006", "thượng tuần tháng 3/2024", "tuần cuối của tháng 12". */
const MONTH_PART = new RegExp(
  String.raw`^(đầu|giữa|cuối|thượng tuần|trung tuần|hạ tuần|tuần đầu(?: tiên)?|tuần cuối(?: cùng)?)(?: của)? tháng (\d{1,2})${YEAR_TAIL}$`,
);
const SPAN = /^(\d{1,2}|ba|sáu|chín) tháng (đầu|cuối)(?: năm)?(?:[ /](\d{4}))?$/;
const HALF_WORDS = /^nửa (?:(đầu|cuối) năm|năm (đầu|cuối))(?: (\d{4}))?$/;
const YEAR_NUMBER = /^(?:(?:cả|suốt|quanh) )?(?:năm )?(\d{4})$/;
/** "Hằng năm"/"Hàng năm" alone means every year, i.e. the plan year (no yearly recurrence exists). */
const YEAR_WORDS = /^(?:(?:(?:cả|suốt|quanh) )?năm(?: nay| kế hoạch)?|(?:hằng|hàng|mỗi) năm)$/;
/** A bare item of a range: "11/2024", "11 năm 2024", "IV/2024", "05". */
const HINTED = new RegExp(String.raw`^${ROMAN_OR_NUMBER}(?:(?: năm |\/)(\d{4}))?$`);

const numberWords: Readonly<Record<string, number>> = { ba: 3, sáu: 6, chín: 9 };

const yearOf = (text: string | undefined): number | null => {
  if (text === undefined) return null;
  return text.length === 2 ? 2000 + Number(text) : Number(text);
};

/**
 * Reads one piece. `hint` gives a bare number or numeral its unit, as in the second half of
 * "Tháng 9-11/2024" or "Quý III-IV/2024". Null when the text is not a piece at all.
 * @example parsePiece("quý iv năm 2024") // { unit: "quarter", quarter: 4, label: "IV", year: 2024 }
 * @example parsePiece("11/2024", "month") // { unit: "month", month: 11, year: 2024 }
 */
export function parsePiece(key: string, hint: HintUnit | null = null): Piece | null {
  let m: RegExpExecArray | null;
  if ((m = ISO.exec(key))) return { unit: "day", day: Number(m[3]), month: Number(m[2]), year: Number(m[1]) };
  if ((m = DAY_WORDS.exec(key))) return { unit: "day", day: Number(m[1]), month: Number(m[2]), year: yearOf(m[3] ?? m[4]) };
  if ((m = DAY_SLASH.exec(key))) return { unit: "day", day: Number(m[1]), month: Number(m[2]), year: yearOf(m[3] ?? m[4]) };
  if ((m = DAY_DOT_DASH.exec(key)) && (m[1] !== undefined || m[5] !== undefined)) {
    return { unit: "day", day: Number(m[2]), month: Number(m[4]), year: yearOf(m[5]) };
  }
  if ((m = DAY_ALONE.exec(key))) return { unit: "day", day: Number(m[1]), month: null, year: null };
  if ((m = MONTH.exec(key))) return { unit: "month", month: Number(m[1]), year: yearOf(m[2]) };
  if ((m = QUARTER.exec(key))) return quarterPiece(m[1], yearOf(m[2]));
  if ((m = MONTH_PART.exec(key))) return monthPartPiece(m[1], Number(m[2]), yearOf(m[3]));
  if ((m = SPAN.exec(key))) return spanPiece(numberWords[m[1]] ?? Number(m[1]), m[2] === "đầu", yearOf(m[3]));
  if ((m = HALF_WORDS.exec(key))) return spanPiece(6, (m[1] ?? m[2]) === "đầu", yearOf(m[3]));
  if ((m = YEAR_NUMBER.exec(key))) return { unit: "year", year: Number(m[1]) };
  if (YEAR_WORDS.test(key)) return { unit: "year", year: null };
  if ((m = MONTH_SLASH_YEAR.exec(key)) && hint !== "quarter") return { unit: "month", month: Number(m[1]), year: Number(m[2]) };
  if (hint && (m = HINTED.exec(key))) return hintedPiece(m[1], yearOf(m[2]), hint);
  return null;
}

function quarterPiece(token: string, year: number | null): Piece | null {
  const quarter = /^\d/.test(token) ? Number(token) : parseRoman(token);
  if (quarter === null) return null;
  const label = /^\d/.test(token) ? String(quarter) : toRoman(quarter);
  return { unit: "quarter", quarter, label, year };
}

function monthPartPiece(part: string, month: number, year: number | null): Piece {
  if (part.startsWith("tuần đầu")) return { unit: "part", month, from: 1, to: 7, year };
  if (part.startsWith("tuần cuối")) return { unit: "part", month, from: 0, to: "lastWeek", year };
  if (part === "đầu" || part === "thượng tuần") return { unit: "part", month, from: 1, to: 10, year };
  if (part === "giữa" || part === "trung tuần") return { unit: "part", month, from: 11, to: 20, year };
  return { unit: "part", month, from: 21, to: "end", year };
}

function spanPiece(count: number, first: boolean, year: number | null): Piece {
  return first ? { unit: "span", from: 1, to: count, count, year } : { unit: "span", from: 13 - count, to: 12, count, year };
}

function hintedPiece(token: string, year: number | null, hint: HintUnit): Piece | null {
  if (hint === "quarter") return quarterPiece(token, year);
  if (!/^\d/.test(token)) return null; // Roman numerals number quarters, not days or months
  const n = Number(token);
  return hint === "month" ? { unit: "month", month: n, year } : { unit: "day", day: n, month: null, year };
}

/**
 * The same piece with the year (and, for a day, the month) it inherits from a neighbour;
 * what the piece states itself is kept.
 * @example withDefaults({ unit: "day", day: 5, month: null, year: null }, 2017, 12) // { unit: "day", day: 5, month: 12, year: 2017 }
 */
export function withDefaults(piece: Piece, year: number | null, month: number | null): Piece {
  const y = piece.year ?? year;
  if (piece.unit === "day") return { ...piece, year: y, month: piece.month ?? month };
  return { ...piece, year: y };
}

/**
 * First and last day of a piece, with `planYear` for a piece that names no year. Impossible
 * dates are reported, never rolled over ("31/02/2024" is not 2 March).
 * @example resolvePiece({ unit: "quarter", quarter: 2, label: "II", year: null }, 2024) // { status: "ok", start: "2024-04-01", end: "2024-06-30" }
 */
export function resolvePiece(piece: Piece, planYear: number | null): Resolution {
  const year = piece.year ?? planYear;
  const shapeError = impossibleShape(piece, year !== null && isYear(year) ? year : null);
  if (shapeError) return { status: "impossible", reason: shapeError };
  if (piece.unit === "day" && piece.month === null) return { status: "incomplete" };
  if (year === null) return { status: "noYear" };
  if (!isYear(year)) {
    return { status: "impossible", reason: why.badYear({ year, min: MIN_YEAR, max: MAX_YEAR }) };
  }
  switch (piece.unit) {
    case "day": {
      // The shape and the year were checked above: the date exists.
      const iso = isoDate(year, piece.month as number, piece.day)!;
      return { status: "ok", start: iso, end: iso };
    }
    case "month":
      return { status: "ok", start: monthStart(year, piece.month), end: monthEnd(year, piece.month) };
    case "quarter":
      return { status: "ok", start: monthStart(year, piece.quarter * 3 - 2), end: monthEnd(year, piece.quarter * 3) };
    case "span":
      return { status: "ok", start: monthStart(year, piece.from), end: monthEnd(year, piece.to) };
    case "part": {
      const last = daysInMonth(year, piece.month);
      const from = piece.to === "lastWeek" ? last - 6 : piece.from;
      const to = piece.to === "end" || piece.to === "lastWeek" ? last : piece.to;
      return { status: "ok", start: isoDate(year, piece.month, from)!, end: isoDate(year, piece.month, to)! };
    }
    case "year":
      return { status: "ok", start: monthStart(year, 1), end: monthEnd(year, 12) };
  }
}

/**
 * Why a piece cannot exist, or null. With a known `year` a day is checked against that year
 * ("tháng 2 năm 2023 chỉ có 28 ngày"); without one only against every year ("30/02").
 */
function impossibleShape(piece: Piece, year: number | null): string | null {
  const month = piece.unit === "day" || piece.unit === "month" || piece.unit === "part" ? piece.month : null;
  if (month !== null && (month < 1 || month > 12)) return why.noSuchMonth({ month });
  switch (piece.unit) {
    case "quarter":
      return piece.quarter < 1 || piece.quarter > 4 ? why.noSuchQuarter({ label: piece.label }) : null;
    case "span":
      return piece.count < 1 || piece.count > 12 ? why.noSuchMonthCount({ count: piece.count }) : null;
    case "day":
      if (piece.day < 1) return why.noSuchDay({ day: piece.day });
      if (piece.month === null) return piece.day > 31 ? why.dayPastAnyMonth({ day: piece.day }) : null;
      if (year !== null && piece.day > daysInMonth(year, piece.month)) {
        return why.dayPastMonthOfYear({ month: piece.month, year, days: daysInMonth(year, piece.month) });
      }
      if (piece.day > maxDaysInMonth(piece.month)) {
        return piece.month === 2 ? why.dayPastFebruary : why.dayPastMonth({ month: piece.month, days: maxDaysInMonth(piece.month) });
      }
      return null;
    default:
      return null;
  }
}
