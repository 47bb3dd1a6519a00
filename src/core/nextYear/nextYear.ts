/**
 * Next year's tracking workbook from this year's: what a secretary otherwise retypes every
 * January. The agency facts, signer, recipients and unit registry stay; the plan's tasks are
 * carried with their schedules moved to the new year (only the year numbers written in the
 * phrase change, so "Tháng 3/2024" becomes "Tháng 3/2025" and "Quý II" stays "Quý II"; in the
 * task and product texts only "năm 2024" changes), their
 * status and evidence cleared, and a note on every task that was not finished; the dossier
 * counts start empty; this year's estimate for next year becomes next year's granted lines, each
 * with a note saying so (the same as importing last year's report, src/app/previousReportJob.ts),
 * to be corrected by the budget decision. The "Nhận xét" text blocks are not carried: their
 * figures are this year's, and next year's report drafts them from next year's figures.
 */
import { daysInMonth, isoDate, parseIsoDate } from "../calendar/dates";
import { finding, type Finding } from "../findings/finding";
import { narrativeText, nextYearText, workbookText } from "../messages/catalogue";
import type { PlanTask } from "../plan/plan";
import type { TrackingRead } from "../report/readTracking";
import { narrativeKeys, shiftYears } from "../report/narrative";
import { parseTiming } from "../timing/parseTiming";
import type { RegistryUnit } from "../units/registry";
import { sheetNames } from "../workbook/sheetNames";
import { emptyTrackingData, type TrackingData } from "../workbook/trackingWorkbook";

/** The new year's data and what the user should look at. */
export interface NextYear {
  readonly data: TrackingData;
  readonly findings: readonly Finding[];
}

/**
 * Moves an ISO date one year on (29 February becomes 28 February); other text is returned as is.
 * @example shiftIsoYear("2024-02-29", 1) === "2025-02-28"
 */
export function shiftIsoYear(iso: string, years: number): string {
  const p = parseIsoDate(iso);
  if (!p) return iso;
  const year = p.y + years;
  return isoDate(year, p.m, Math.min(p.d, daysInMonth(year, p.m))) ?? iso;
}

/**
 * A schedule phrase for the next year: every standalone `year` becomes `year + 1`.
 * @example shiftScheduleText("Trước ngày 15/3/2024", 2024) === "Trước ngày 15/3/2025"
 * @example shiftScheduleText("Quý II", 2024) === "Quý II"
 */
export function shiftScheduleText(text: string, year: number): string {
  return text.replace(new RegExp(`(?<!\\d)${year}(?!\\d)`, "g"), String(year + 1));
}

/**
 * A task's text for the next year: "năm 2024" (the plan year named as such) becomes "năm 2025";
 * other numbers, such as the date of a document the task cites, are kept.
 * @example shiftYearMentions("Xây dựng mục tiêu chất lượng năm 2024 của Sở", 2024) === "Xây dựng mục tiêu chất lượng năm 2025 của Sở"
 */
export function shiftYearMentions(text: string, year: number): string {
  return text.replace(new RegExp(`(năm|NĂM|Năm)(\\s+)${year}(?!\\d)`, "gu"), (_, word: string, space: string) => `${word}${space}${year + 1}`);
}

/**
 * Builds next year's tracking data from this year's read workbook and its unit registry.
 * @example nextYear(read, units).data.agency.year === read.agency.year + 1
 */
export function nextYear(read: TrackingRead, units: readonly RegistryUnit[]): NextYear {
  const year = read.agency.year;
  const next = year + 1;
  const blank = emptyTrackingData(next);
  const findings: Finding[] = [];
  const done = workbookText.taskStatuses.done;
  const dropped = workbookText.taskStatuses.notDone;

  const unfinished: PlanTask[] = [];
  const tasks = read.tasks.map((t): PlanTask => {
    const text = shiftScheduleText(t.timing.text, year);
    if (text === t.timing.text && /(?<!\d)(19|20)\d{2}(?!\d)/.test(text)) {
      findings.push(finding("info", "next_year_schedule_kept", { sheet: sheetNames.tasks, cell: t.cells.timing ?? t.source.cell }, { text, year, next }));
    }
    const finished = t.status === done || t.status === dropped;
    if (!finished) unfinished.push(t);
    return {
      ...t,
      task: shiftYearMentions(t.task, year),
      output: shiftYearMentions(t.output, year),
      timing: parseTiming(text, { year: next }).timing,
      status: "",
      evidence: "",
      note: finished ? "" : nextYearText.unfinishedNote({ year, status: t.status || nextYearText.notUpdated }),
    };
  });
  if (unfinished.length > 0) {
    const first = unfinished[0];
    findings.push(
      finding(
        "info",
        "next_year_unfinished",
        { sheet: sheetNames.tasks, cell: first.source.cell },
        { count: unfinished.length, year, next, firstCell: first.source.cell },
      ),
    );
  }

  const estimates = read.budget.estimate.filter((e) => e.amount > 0);
  if (estimates.length === 0) findings.push(finding("info", "next_year_no_estimate", { sheet: sheetNames.budget }, { year, next }));
  const granted = estimates.length
    ? estimates.map((e) => ({ item: e.item, category: e.category, granted: e.amount, disbursed: 0, note: narrativeText.previous.estimateNote({ year }) }))
    : blank.budget.granted;

  const a = read.agency;
  return {
    data: {
      agency: {
        ...a,
        year: next,
        documentNumber: "",
        reportDate: "",
        periodStart: shiftIsoYear(a.periodStart, 1),
        periodEnd: shiftIsoYear(a.periodEnd, 1),
        // Next year's period is this year's moved on, a proposal until confirmed; its as-of date is chosen then.
        asOf: "",
        proposed: [...new Set([...a.proposed, "periodStart" as const, "periodEnd" as const])],
        planReference: "",
        budgetDecision: "",
      },
      tasks,
      dossiers: [],
      budget: { granted, estimate: blank.budget.estimate },
      units: units.length ? units : blank.units,
      // The report's text blocks typed this year start next year's (the next-year plan one year on);
      // drafts the report made without a "Nhận xét" sheet are not carried.
      ...(read.narrative && !read.narrativeDrafted
        ? {
            narrative: { ...read.narrative, nextYear: shiftYears(read.narrative.nextYear, next) },
            narrativeSources: Object.fromEntries(narrativeKeys.filter((k) => read.narrative![k].trim()).map((k) => [k, "lastYear" as const])),
          }
        : {}),
    },
    findings,
  };
}
