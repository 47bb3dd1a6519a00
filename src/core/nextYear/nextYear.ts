/**
 * Next year's tracking workbook from this year's: what a secretary otherwise retypes every
 * January. The agency facts, signer, recipients and unit registry stay; the plan's tasks are
 * carried with their schedules moved to the new year (only the year numbers written in the
 * phrase change, so "Tháng 3/2024" becomes "Tháng 3/2025" and "Quý II" stays "Quý II"; in the
 * task and product texts only "năm 2024" changes), their
 * status and evidence cleared, and a note on every task that was not finished; the dossier
 * counts start empty; this year's estimate for next year becomes next year's granted lines, each
 * with a note saying so (the same as importing last year's report, src/app/previousReportJob.ts),
 * to be corrected by the budget decision. The "Nhận xét" blocks start as drafts of next year's
 * figures; the paragraphs the secretary wrote this year stay, without the sentences that state
 * this year's figures (the next-year plan moved one year on).
 */
import { daysInMonth, isoDate, parseIsoDate, yearsInText } from "../calendar/dates";
import { isValidAmount } from "../budget/budgetChecks";
import { finding, type Finding } from "../findings/finding";
import { formerProvinceMentions } from "../legal/provinces";
import { renamedAgency, taskCurrencyFindings } from "../legal/currency";
import { findingMessages, narrativeText, nextYearText, workbookText } from "../messages/catalogue";
import { shortDocDate } from "../text/docDate";
import { foldKey } from "../text/normalize";
import { agencyFields, agencyRow, type AgencyInfo } from "../workbook/agencySheet";
import { budgetTotals } from "../workbook/budgetSheet";
import { completeIsoPlan, dropExternalTasks, supplementFinding } from "./isoPlan";
import { secretaryUnit } from "./planDocument";
import type { PlanTask } from "../plan/plan";
import type { TrackingRead } from "../report/readTracking";
import { narrativeKeys, type Narrative } from "../report/narrative";
import { parseMark, textHash } from "../report/narrativeMark";
import { draftRows, narrativeFactsOf } from "../report/resolveNarrative";
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
 * A schedule phrase for the next year: every standalone `year` becomes `year + by` (one year on
 * unless the plan's year and the target are further apart), and a span reaching into the
 * following year ("Tháng 12/2024 - Tháng 01/2025") moves with it.
 * @example shiftScheduleText("Trước ngày 15/3/2024", 2024) === "Trước ngày 15/3/2025"
 * @example shiftScheduleText("Tháng 9-11/2024", 2024, 2) === "Tháng 9-11/2026"
 * @example shiftScheduleText("Quý II", 2024) === "Quý II"
 * @example shiftScheduleText("2025", 2024) === "2025"
 */
export function shiftScheduleText(text: string, year: number, by = 1): string {
  // A schedule already in the year the plan is for, without the plan's own year ("2026" in a 2025
  // plan, which the import warned about), belongs there as written: moving it would date the task
  // after the plan's year.
  if (by === 1 && !yearsInText(text).includes(year)) return text;
  return text.replace(new RegExp(`(?<!\\d)(${year}|${year + 1})(?!\\d)`, "g"), (y: string) => String(Number(y) + by));
}

/**
 * A task's text for the next year: "năm 2024" (the plan year named as such) becomes "năm 2025";
 * other numbers, such as the date of a document the task cites, are kept.
 * @example shiftYearMentions("Xây dựng mục tiêu chất lượng năm 2024 của Sở", 2024) === "Xây dựng mục tiêu chất lượng năm 2025 của Sở"
 */
export function shiftYearMentions(text: string, year: number, by = 1): string {
  return text.replace(new RegExp(`(năm|NĂM|Năm)(\\s+)${year}(?!\\d)`, "gu"), (_, word: string, space: string) => `${word}${space}${year + by}`);
}

/**
 * The year the plan's tasks are scheduled in: the year most of their schedules fall in, else
 * `fallback` (a plan whose phrases name no year, "Quý II").
 */
export function tasksYear(tasks: readonly PlanTask[], fallback: number): number {
  const counts = new Map<number, number>();
  for (const t of tasks) {
    const y = t.timing.start ? Number(t.timing.start.slice(0, 4)) : t.timing.end ? Number(t.timing.end.slice(0, 4)) : null;
    if (y) counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  let best = fallback;
  let most = 0;
  for (const [y, n] of counts) if (n > most || (n === most && y === fallback)) [best, most] = [y, n];
  return best;
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
  // The tasks' own year (most of their schedules'): it may differ from the plan's year as the
  // header gives it, and every task must land in next year all the same.
  const from = tasksYear(read.tasks, year);
  const by = next - from;

  const unfinished: PlanTask[] = [];
  const carried = read.tasks.map((t): PlanTask => {
    const text = shiftScheduleText(t.timing.text, from, by);
    if (text === t.timing.text && yearsInText(text).length > 0) {
      findings.push(finding("info", "next_year_schedule_kept", { sheet: sheetNames.tasks, cell: t.cells.timing ?? t.source.cell }, { text, year, next }));
    }
    const finished = t.status === done || t.status === dropped;
    if (!finished) unfinished.push(t);
    return {
      ...t,
      task: shiftYearMentions(t.task, from, by),
      output: shiftYearMentions(t.output, from, by),
      timing: parseTiming(text, { year: next }).timing,
      status: "",
      evidence: "",
      note: [finished ? "" : nextYearText.unfinishedNote({ year: from, status: t.status || nextYearText.notUpdated }), keepNote(t.note)]
        .filter(Boolean)
        .join(" "),
    };
  });

  // Next year's facts: former provinces renamed, as proposals the user is told about.
  const planDate = `${next}-01-01`;
  const renamed = renamedAgency(read.agency, planDate);
  const agencyNotes: Partial<Record<keyof AgencyInfo, string>> = {};
  for (const c of renamed.changed) {
    const mention = formerProvinceMentions(c.from).find((m) => planDate >= m.former.from)!;
    const params = {
      label: agencyFieldLabel(c.key),
      from: c.from,
      to: c.to,
      old: mention.former.name,
      new: mention.former.into.name,
      date: shortDocDate(mention.former.from),
    };
    findings.push(finding("warning", "next_year_place_proposed", { sheet: sheetNames.agency, cell: `B${agencyRow(c.key)}` }, params));
    // Beside the field, in place of its hint: what was changed and from what ("Đề xuất: …").
    agencyNotes[c.key] = nextYearMessages.next_year_place_proposed(params).replace(/^./u, (ch) => ch.toLocaleUpperCase("vi"));
  }

  // An ISO plan: tasks led outside the agency only where it takes part, the yearly activities added.
  const external = dropExternalTasks(carried, renamed.agency, next);
  findings.push(...external.findings);
  // The plan's own numbers, without the gaps of the dropped tasks (when they are plain numbers).
  if (external.findings.length && external.tasks.every((t) => /^\d+$/.test(t.no))) external.tasks = external.tasks.map((t, i) => ({ ...t, no: String(i + 1) }));
  const lead = secretaryUnit({ tasks: external.tasks, agency: renamed.agency, units: units.length ? units : blank.units });
  const iso = completeIsoPlan(external.tasks, next, renamed.agency, lead);
  findings.push(...supplementFinding(iso.added, next));
  const tasks = iso.tasks;
  // What next year's carried tasks still say of the old law and the district level (their cells this year).
  findings.push(...taskCurrencyFindings(external.tasks, next));
  if (unfinished.length > 0) {
    const first = unfinished[0];
    findings.push(
      finding(
        "info",
        "next_year_unfinished",
        { sheet: sheetNames.tasks, cell: first.source.cell },
        { count: unfinished.length, year: from, next, firstCell: first.source.cell },
      ),
    );
  }

  // This year's estimate lines become next year's granted lines: the amounts given, and those that
  // cannot be added up (budgetTotals' rule) kept as written, so next year's total is not stated
  // from the lines that could be read (the plan is then a DỰ THẢO) and the user sees what to correct.
  const estimateTotal = budgetTotals(read.budget).estimate;
  const estimates = read.budget.estimate.filter((e) => e.amount !== 0);
  // What the user wrote in an amount cell that could not be read.
  const written = (e: (typeof estimates)[number]) => (e.cells ? read.budget.unreadable?.[e.cells.amount] : undefined);
  if (estimateTotal.amount === null) {
    const stopped = read.budget.estimate.find((e) => !isValidAmount(e.amount))!;
    const cell = stopped.cells?.amount ?? null;
    const text = written(stopped) ?? String(stopped.amount);
    findings.push(finding("warning", "next_year_estimate_unreadable", { sheet: sheetNames.budget, cell }, { item: stopped.item, text, next }));
  } else if (estimates.length === 0) findings.push(finding("info", "next_year_no_estimate", { sheet: sheetNames.budget }, { year, next }));
  const granted = estimates.length
    ? estimates.map((e) => {
        const asWritten = Number.isNaN(e.amount) ? written(e) : undefined;
        return {
          item: e.item,
          category: e.category,
          granted: e.amount,
          disbursed: 0,
          note: narrativeText.previous.estimateNote({ year }),
          ...(asWritten !== undefined ? { grantedText: asWritten } : {}),
        };
      })
    : blank.budget.granted;

  const a = renamed.agency;
  const agency = {
    ...a,
    year: next,
    documentNumber: "",
    reportDate: "",
    periodStart: shiftIsoYear(a.periodStart, 1),
    periodEnd: shiftIsoYear(a.periodEnd, 1),
    // Next year's period is this year's moved on, a proposal until confirmed; its as-of date is chosen then.
    asOf: "",
    // A renamed province is proposed too: "Đề xuất" beside it until the user confirms it.
    proposed: [...new Set([...a.proposed, "periodStart" as const, "periodEnd" as const, ...renamed.changed.map((c) => c.key)])],
    planReference: "",
    budgetDecision: "",
  };
  const budget = { granted, estimate: blank.budget.estimate };
  return {
    data: {
      ...(renamed.changed.length ? { agencyNotes } : {}),
      agency,
      tasks,
      dossiers: [],
      budget,
      units: units.length ? units : blank.units,
      // "Nhận xét" starts from next year's figures: the secretary's own paragraphs are carried
      // without the sentences stating this year's figures (standardBase), the drafts start again.
      narrative: draftRows(narrativeFactsOf({ agency, tasks, budget }), carriedText(read)),
    },
    findings,
  };
}

const nextYearMessages = { next_year_place_proposed: findingMessages.next_year_place_proposed };

/** The label of a "Thông tin" field, as the sheet shows it. */
const agencyFieldLabel = (key: keyof AgencyInfo) => agencyFields.find((f) => f.key === key)!.label;

/** The user's "giữ trong kế hoạch" carried to next year (it says to keep a task led outside the agency). */
function keepNote(note: string): string {
  return foldKey(note).includes(foldKey(nextYearText.keepMarker)) ? nextYearText.keepMarker.replace(/^./u, (c) => c.toLocaleUpperCase("vi")) + "." : "";
}

/** This year's blocks that are not the product's standard drafts: the secretary's text (and last year's paragraphs a draft kept). */
function carriedText(read: TrackingRead): Partial<Narrative> {
  return Object.fromEntries(
    narrativeKeys.flatMap((key) => {
      const row = read.narrativeRows[key];
      const mark = parseMark(row.mark);
      const standardDraft = mark?.kind === "draft" && mark.base === "standard" && mark.hash === textHash(row.text);
      return standardDraft || !row.text.trim() ? [] : [[key, row.text]];
    }),
  );
}
