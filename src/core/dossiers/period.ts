/**
 * The reporting period of dossier figures and the as-of date pending dossiers are judged at:
 * what an export's title line states, or the standard period of the year its dates fit (many
 * provinces count from 15/12 of the previous year to 14/12; others the calendar year), and the
 * as-of date, never after today. One rule for the pane's step 4 and the CLI's `dossiers`
 * (docs/dossiers.md#reporting-period). Dates are ISO text; comparing them as text is date order.
 */
import { finding, type Finding } from "../findings/finding";
import { foldKey } from "../text/normalize";
import { datesInText, isIsoDate, viDate } from "../calendar/dates";

/** A reporting period and its as-of date (all ISO). */
export interface DossierPeriod {
  readonly from: string;
  readonly to: string;
  readonly asOf: string;
}

/** Where a proposed period came from. */
export type PeriodSource = "given" | "title" | "dates" | "year";

/** What a title line of an export states (any of the three may be absent). */
export interface TitlePeriod {
  readonly from?: string;
  readonly to?: string;
  readonly asOf?: string;
}

/**
 * The period an export's title lines state: "Từ ngày 15/12/2024 đến ngày 14/12/2025", "(từ
 * 15/12/2024 - 14/12/2025)", "Kỳ báo cáo: 15/12/2024 – 14/12/2025"; "tính đến ngày 14/12/2025"
 * or "đến nay (14/12/2025)" gives the as-of date. Null when no line states a period or an as-of date.
 * @example periodFromTitle(["DANH SÁCH HỒ SƠ", "Từ ngày 15/12/2024 đến ngày 14/12/2025"]) → { from: "2024-12-15", to: "2025-12-14" }
 */
export function periodFromTitle(lines: readonly string[]): TitlePeriod | null {
  let found: TitlePeriod = {};
  for (const raw of lines) {
    const line = raw.normalize("NFC");
    const folded = foldKey(line);
    const dates = datesInText(line);
    if (dates.length === 0) continue;
    const asOfMatch = /tinh den( het)? ngay|den nay|chot (so lieu )?(den )?ngay|tinh den/.test(folded);
    if (dates.length >= 2 && (/\btu\b|ky bao cao|thoi gian|giai doan/.test(folded) || /\d\s*[-–—]\s*\d/.test(line))) {
      const [from, to] = dates;
      if (from <= to) found = { ...found, from, to, ...(asOfMatch && dates[2] ? { asOf: dates[2] } : {}) };
    } else if (asOfMatch) found = { ...found, asOf: dates.at(-1)! };
    else if (/\btu( ngay)?\b/.test(folded) && dates.length === 1 && !found.from) found = { ...found, from: dates[0] };
  }
  return Object.keys(found).length > 0 ? found : null;
}

/** The two standard periods of year `year`: 15/12 of the previous year to 14/12, and the calendar year. */
export function standardPeriods(year: number): { december15: { from: string; to: string }; calendar: { from: string; to: string } } {
  return {
    december15: { from: `${year - 1}-12-15`, to: `${year}-12-14` },
    calendar: { from: `${year}-01-01`, to: `${year}-12-31` },
  };
}

/** The first and last reception dates of a list, with how many rows there are. */
export interface ReceivedRange {
  readonly first: string;
  readonly last: string;
}

const earlier = (a: string, b: string) => (a < b ? a : b);

/**
 * The period to propose, and the as-of date:
 * - the period given (the user's, or the CLI's --from/--to) wins;
 * - else the export's title line;
 * - else the standard period of the data's year that its dates fit: 15/12 of the previous year
 *   to 14/12 when the dates start before 1 January and end by 14/12, else the calendar year;
 * - the as-of date: given, else the title's, else the period's end, never after today.
 * The data's year is `year` (the plan's), else the year of the last reception date, else today's.
 * @example proposePeriod({ range: { first: "2024-12-02", last: "2025-12-12" }, year: 2025, today: "2026-01-05" }).period
 * // { from: "2024-12-15", to: "2025-12-14", asOf: "2025-12-14" }
 */
export function proposePeriod(input: {
  readonly given?: Partial<DossierPeriod>;
  readonly title?: TitlePeriod | null;
  readonly range?: ReceivedRange | null;
  readonly year?: number | null;
  readonly today: string;
}): { period: DossierPeriod; source: PeriodSource } {
  const { given = {}, title = null, range = null, today } = input;
  const year = input.year ?? (range ? Number(range.last.slice(0, 4)) : Number(today.slice(0, 4)));
  const { december15, calendar } = standardPeriods(year);
  let source: PeriodSource;
  let span: { from: string; to: string };
  if (given.from && given.to) {
    source = "given";
    span = { from: given.from, to: given.to };
  } else if (title?.from && title.to) {
    source = "title";
    span = { from: given.from ?? title.from, to: given.to ?? title.to };
  } else if (range) {
    source = "dates";
    const fits15 = range.first < calendar.from && range.last <= december15.to;
    span = fits15 ? december15 : calendar;
    span = { from: given.from ?? title?.from ?? span.from, to: given.to ?? span.to };
  } else {
    source = "year";
    span = { from: given.from ?? title?.from ?? calendar.from, to: given.to ?? calendar.to };
  }
  const asOf = given.asOf ?? title?.asOf ?? earlier(span.to, today);
  return { period: { ...span, asOf }, source };
}

/**
 * The period's own rules, as findings: dates that are not dates, an end before the start, an
 * as-of date after today (refused: pending dossiers cannot be judged on a day that has not
 * come) or outside the period.
 * @example periodFindings({ from: "2024-12-15", to: "2025-12-14", asOf: "2026-12-31" }, "2026-12-06")[0].code === "as_of_future"
 */
export function periodFindings(period: DossierPeriod, today: string): Finding[] {
  const bad = (["from", "to", "asOf"] as const).filter((k) => !isIsoDate(period[k]));
  if (bad.length > 0) return bad.map((k) => finding("error", "dossier_as_of_invalid", {}, { asOf: period[k] }));
  const { from, to, asOf } = period;
  const out: Finding[] = [];
  if (to < from) out.push(finding("error", "period_end_before_start", {}, { from: viDate(from), to: viDate(to) }));
  if (asOf > today) out.push(finding("error", "as_of_future", {}, { asOf: viDate(asOf), today: viDate(today) }));
  else if (asOf < from) out.push(finding("error", "as_of_outside_period", {}, { asOf: viDate(asOf), from: viDate(from), to: viDate(to) }));
  return out;
}
