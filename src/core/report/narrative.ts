/**
 * The report's narrative blocks (the text sections II.1, II.2, III.1 and IV, seed 001) and
 * their drafts: sentences written from the figures plus the standard paragraphs agencies use.
 * The drafts fill the "Nhận xét" sheet, where the secretary edits them; the report takes its
 * text from that sheet. One line of a block is one paragraph of the report.
 */
import { formatAmount } from "../budget/formatAmount";
import type { DossierCounts } from "../dossiers/counts";
import { narrativeText, reportText, workbookText } from "../messages/catalogue";
import type { PlanTask } from "../plan/plan";
import { shortDocDate } from "../text/docDate";
import { checkTaskEvidence } from "../evidence/checkTaskEvidence";
import { parseIsoDate } from "../calendar/dates";
import { foldKey } from "../text/normalize";
import { budgetTotals, type BudgetSheetData } from "../workbook/budgetSheet";
import { taskLabels, taskText } from "./taskLabels";

export const narrativeKeys = ["dossierComment", "management", "oneStop", "advantages", "obstacles", "nextYear", "proposals"] as const;
export type NarrativeKey = (typeof narrativeKeys)[number];

/** The text of each block; "" is an empty block (the report is then a draft). */
export type Narrative = Readonly<Record<NarrativeKey, string>>;

export const emptyNarrative = (): Narrative => Object.fromEntries(narrativeKeys.map((k) => [k, ""])) as Record<NarrativeKey, string>;

/**
 * A rate the Vietnamese way: at most two decimals, comma separator, no space before "%",
 * trailing zeros dropped ("100%", "99,65%", "99,5%"); "—" when there is no rate.
 * @example percentText(333 / 338) === "98,52%"
 */
export function percentText(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return "—";
  // Hundredths of a percent rounded once, as the sheet's formula does (ROUND(ABS(x)*10000,0)).
  const hundredths = Math.round(Math.abs(value) * 10000);
  const frac = hundredths % 100;
  const decimals = frac === 0 ? "" : `,${frac % 10 === 0 ? frac / 10 : String(frac).padStart(2, "0")}`;
  return `${value < 0 ? "-" : ""}${Math.floor(hundredths / 100)}${decimals}%`;
}

/** What the drafts are written from. */
export interface NarrativeFacts {
  readonly agency: string;
  readonly year: number;
  /** ISO date the dossier figures are counted at. */
  readonly asOf: string;
  readonly dossiers: DossierCounts;
  readonly tasks: readonly PlanTask[];
  readonly budget: BudgetSheetData;
}

const t = narrativeText;
const status = workbookText.taskStatuses;

const isDone = (task: PlanTask) => task.status.trim() === status.done;
/** Tasks that will not be done by the year's end or are not done yet (status other than done; blank counts as not started). */
const notDone = (tasks: readonly PlanTask[]) => tasks.filter((task) => !isDone(task));
const isTraining = (task: PlanTask) => / (tap huan|dao tao)( |$)/.test(` ${foldKey(task.task)} `);

/** Done tasks whose documents are all dated after the task's period (the checks' "hoàn thành muộn"). */
export function doneLate(tasks: readonly PlanTask[], year: number, asOf: string): PlanTask[] {
  if (!parseIsoDate(asOf)) return [];
  return tasks.filter(
    (task) =>
      isDone(task) &&
      task.timing !== undefined &&
      checkTaskEvidence({ no: task.no, timing: task.timing, evidence: task.evidence }, year, asOf).some((f) => f.code === "evidence_late"),
  );
}

/** The tasks the report names in its lists: not done, done late, done without a document. */
export interface TaskLists {
  readonly open: readonly PlanTask[];
  readonly late: readonly PlanTask[];
  readonly withoutEvidence: readonly PlanTask[];
  /** True when a list has more than five tasks: the report then names every task in its Phụ lục and the sentences give counts. */
  readonly appendix: boolean;
}

/** Most tasks a sentence names itself; more go to the report's Phụ lục. */
export const shortListMax = 5;

/** The report's task lists and whether they need the Phụ lục (a list of more than five tasks). */
export function taskLists(tasks: readonly PlanTask[], year: number, asOf: string): TaskLists {
  const open = notDone(tasks);
  const late = doneLate(tasks, year, asOf);
  const withoutEvidence = tasks.filter((task) => isDone(task) && !task.evidence.trim());
  return { open, late, withoutEvidence, appendix: Math.max(open.length, late.length, withoutEvidence.length) > shortListMax };
}

/** The lines of a short task list ("+ Mục 6: … (đang thực hiện);"), by the plan's own numbers. */
function taskLines(listed: readonly PlanTask[], all: readonly PlanTask[], year: number, withStatus: boolean): string[] {
  const labels = taskLabels(all);
  return listed.map((task, i) =>
    t.taskLine({
      label: labels[all.indexOf(task)] ?? task.no,
      task: taskText(task.task, year),
      status: withStatus ? task.status.trim() || status.notStarted : "",
      last: i === listed.length - 1,
    }),
  );
}

/**
 * The dossier comment drafted from the counts (all on time; some late; pending overdue; none).
 * @example dossierSentences({ agency: "Sở Y tế", asOf: "2024-10-31", dossiers }) → ["- Toàn bộ hồ sơ … (tỷ lệ giải quyết đúng hạn 100%), …"]
 */
export function dossierSentences(p: { agency: string; asOf: string; dossiers: DossierCounts }): string[] {
  const d = p.dossiers;
  if (d.received === 0) return [t.dossiers.none({ agency: p.agency })];
  return [...dossierFigureLines(p), t.dossiers.standard({ agency: p.agency })];
}

/** The dossier comment's sentences that state figures. */
function dossierFigureLines(p: { agency: string; asOf: string; dossiers: DossierCounts }): string[] {
  const d = p.dossiers;
  const d_ = t.dossiers;
  if (d.received === 0) return [d_.none({ agency: p.agency })];
  const lines: string[] = [];
  // A partial source without the resolved split (issue 19) is said as such, never as "nothing resolved".
  if (d.missing.includes("resolved") || d.missing.includes("resolvedSplit")) lines.push(d_.resolvedMissing);
  else if (d.resolved === 0) lines.push(d_.noneResolved);
  else if (d.late === 0) lines.push(d_.allOnTime({ rate: percentText(d.onTimeRate) }));
  else lines.push(d_.someLate({ late: d.late, rate: percentText(d.onTimeRate) }));
  if (d.pendingOverdue > 0) lines.push(d_.pendingOverdue({ count: d.pendingOverdue, date: shortDocDate(p.asOf) }));
  return lines;
}

/**
 * A block's draft: its lines (one paragraph each) and which of them state figures. The other
 * lines are its base: the standard paragraphs, or what the secretary's text keeps when the
 * figures are written again (regenerating an untouched draft keeps its base and rewrites its
 * figure lines).
 */
export interface BlockDraft {
  readonly lines: readonly string[];
  readonly figureLines: readonly number[];
}

/** Each block's base lines (what is not written from the figures). */
export type NarrativeBase = Readonly<Record<NarrativeKey, readonly string[]>>;

const linesOf = (text: string) =>
  text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);

/**
 * The standard base of every block: the paragraphs agencies write (seed 001) for the agency
 * and year. Last year's text, when given, replaces them for the blocks it has, without its
 * sentences stating last year's figures (withoutFigures); its next-year plan is moved one year on.
 */
export function standardBase(facts: Pick<NarrativeFacts, "agency" | "year">, lastYear?: Partial<Narrative>): NarrativeBase {
  const { agency, year } = facts;
  // Last year's sentences about last year (a dated document, "năm 2024") are last year's facts too.
  const prior = (key: NarrativeKey) => withoutFigures(linesOf(lastYear?.[key] ?? "")).filter((l) => !mentionsYear(l, year - 1));
  const or = (key: NarrativeKey, standard: readonly string[]) => (prior(key).length ? prior(key) : [...standard]);
  // Last year's block may open with its own lead-in sentence: it stays first.
  const priorObstacles = prior("obstacles");
  const lead = priorObstacles.length && !/^[-+•]/u.test(priorObstacles[0]) ? priorObstacles.shift()! : t.obstacles.intro;
  const nextYearPrior = lastYear?.nextYear?.trim() ? withoutFigures(linesOf(shiftYears(lastYear.nextYear, year))) : [];
  return {
    dossierComment: or("dossierComment", [t.dossiers.standard({ agency })]),
    management: or("management", [t.management.standard({ agency })]),
    oneStop: or("oneStop", [t.oneStop.standard]),
    advantages: or("advantages", t.advantages.standard),
    obstacles: [lead, ...(priorObstacles.length ? priorObstacles : t.obstacles.standard)],
    nextYear: nextYearPrior.length ? nextYearPrior : [...reportText.nextYear.contents({ year: year + 1, following: year + 2 })],
    proposals: or("proposals", [t.proposals.none]),
  };
}

/**
 * One block's draft from the figures and its base: the figure sentences go before the base
 * (after the lead-in sentence of II.2.b; after the lettered list of III.1).
 */
export function composeBlock(key: NarrativeKey, facts: NarrativeFacts, base: readonly string[]): BlockDraft {
  const figures = figureLines(key, facts, base);
  const at = key === "obstacles" ? Math.min(1, base.length) : key === "nextYear" ? base.length : 0;
  const lines = [...base.slice(0, at), ...figures, ...base.slice(at)];
  return { lines, figureLines: figures.map((_, i) => at + i) };
}

/** The sentences of a block written from the figures. */
function figureLines(key: NarrativeKey, facts: NarrativeFacts, base: readonly string[]): string[] {
  const { agency, year, tasks, budget } = facts;
  // The budget sentences need both totals (budgetTotals' rule): none is written about money that cannot be added up.
  const totals = budgetTotals(budget);
  const [granted, disbursed] = totals.granted.amount !== null && totals.disbursed.amount !== null ? [totals.granted.amount, totals.disbursed.amount] : [0, 0];
  const done = tasks.filter(isDone);
  const lists = taskLists(tasks, year, facts.asOf);
  const listed = (intro: string, which: readonly PlanTask[], withStatus: boolean) =>
    which.length === 0 ? [] : lists.appendix ? [intro] : [intro, ...taskLines(which, tasks, year, withStatus)];
  switch (key) {
    case "dossierComment":
      return dossierFigureLines({ agency, asOf: facts.asOf, dossiers: facts.dossiers });
    case "management":
      return done.filter(isTraining).map((task) => t.management.trainingDone({ task: taskText(task.task, year), evidence: task.evidence.trim() }));
    case "advantages":
      return [
        tasks.length && done.length ? t.advantages.tasksDone({ done: done.length, total: tasks.length, year }) : "",
        granted > 0 && disbursed === granted ? t.advantages.budgetDisbursed({ disbursed: formatAmount(disbursed), granted: formatAmount(granted) }) : "",
      ].filter(Boolean);
    case "obstacles":
      return [
        ...listed(t.obstacles.tasksNotDone({ count: lists.open.length, year, appendix: lists.appendix }), lists.open, true),
        ...listed(t.obstacles.doneLate({ count: lists.late.length, appendix: lists.appendix }), lists.late, false),
        ...listed(t.obstacles.evidenceMissing({ count: lists.withoutEvidence.length, appendix: lists.appendix }), lists.withoutEvidence, false),
        granted > 0 && disbursed < granted ? t.obstacles.budgetUnused({ disbursed: formatAmount(disbursed), granted: formatAmount(granted) }) : "",
        facts.dossiers.late > 0 ? t.obstacles.late({ late: facts.dossiers.late }) : "",
      ].filter(Boolean);
    case "nextYear": {
      if (!lists.open.length) return [];
      // The carried-over tasks continue the lettered list (a, b, … g → h) when it is one.
      const letter = nextLetter(base[base.length - 1] ?? "");
      const line = t.nextYear.carryOver({ count: lists.open.length, year, appendix: lists.appendix });
      return listed(letter ? `${letter}) ${line}` : `- ${line}`, lists.open, false);
    }
    default:
      return [];
  }
}

/** Every block's draft from the figures and a base (the standard one by default). */
export function draftBlocks(facts: NarrativeFacts, base: NarrativeBase = standardBase(facts)): Record<NarrativeKey, BlockDraft> {
  return Object.fromEntries(narrativeKeys.map((key) => [key, composeBlock(key, facts, base[key])])) as Record<NarrativeKey, BlockDraft>;
}

/**
 * Drafts of every block from the figures, with the standard paragraphs of seed 001.
 * Last year's text, when given, replaces the standard paragraphs of the blocks it has
 * (the figure sentences of this year stay first).
 */
export function draftNarrative(facts: NarrativeFacts, lastYear?: Partial<Narrative>): Narrative {
  const blocks = draftBlocks(facts, standardBase(facts, lastYear));
  return Object.fromEntries(narrativeKeys.map((key) => [key, blocks[key].lines.join("\n")])) as Record<NarrativeKey, string>;
}

/**
 * The lines of a text that state no figure of the year: a count of dossiers or tasks, a rate,
 * an amount, a task list ("X/Y", "12 hồ sơ", "96,72%", "21.000.000 đồng", "Mục II.3: …"). Years,
 * dates and document numbers alone are not figures. What last year's text hands to this year's.
 * @example withoutFigures(["- Hoàn thành 10/12 nhiệm vụ.", "- Lãnh đạo quan tâm."]) → ["- Lãnh đạo quan tâm."]
 */
export function withoutFigures(lines: readonly string[]): string[] {
  return lines.filter((line) => !statesFigures(line));
}

/**
 * Whether a line names a year as a year or in a date ("năm 2024", "18/4/2024"), not as part of a
 * standard's or a document's number ("ISO 9001:2015", "số 19/2014/QĐ-TTg").
 * @example mentionsYear("Ngày 18/4/2024, Sở ban hành Công văn số 1548/SYT-VP", 2024) === true
 */
export function mentionsYear(line: string, year: number): boolean {
  // Not after a digit, ":" or "." (9001:2015), not before a digit or "/" (19/2014/QĐ-TTg).
  return new RegExp(`(?<![\\d:.])${year}(?![\\d/])`, "u").test(line);
}

/** Whether a line states a count, a rate, an amount or names plan tasks. */
export function statesFigures(line: string): boolean {
  const l = line.normalize("NFC");
  return (
    /\d+\s*\/\s*\d+\s+(nhiệm vụ|hồ sơ|đồng)/iu.test(l) ||
    /(^|[^\d/.,])\d+\s+(hồ sơ|nhiệm vụ|thủ tục|văn bản|cuộc|lượt)/iu.test(l) ||
    /\d+(,\d+)?\s*%/u.test(l) ||
    /\d{1,3}(\.\d{3})+\s*(đồng|\/)/u.test(l) ||
    /^\+\s*Mục\s+[\dIVXLC.]+\s*:/u.test(l) ||
    /(chưa hoàn thành|chưa tập hợp|hoàn thành muộn)[^:]*:\s*\S/iu.test(l)
  );
}

/**
 * Last year's plan for "next year" rewritten one year on: in a report about `year`, the
 * previous report's years `year`, `year + 1` become `year + 1`, `year + 2` (whole four-digit
 * numbers only; "9001:2015" is untouched). Only used for the next-year block, which is a plan.
 * @example shiftYears("b) Xây dựng Kế hoạch năm 2025;", 2025) === "b) Xây dựng Kế hoạch năm 2026;"
 */
export function shiftYears(text: string, year: number): string {
  return text.replace(/(?<![\d:/.])(\d{4})(?![\d])/g, (m) => (Number(m) === year || Number(m) === year + 1 ? String(Number(m) + 1) : m));
}

/** Vietnamese list letters (NĐ 30/2020: a, b, c, d, đ, e, g, h, i, k …). */
const letters = ["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n"];

/** The letter after the one a line starts with ("g) …" → "h"); null when the line is not lettered. */
function nextLetter(line: string): string | null {
  const m = /^([a-zđ])\)/u.exec(line.trim());
  if (!m) return null;
  const i = letters.indexOf(m[1]);
  return i >= 0 && i + 1 < letters.length ? letters[i + 1] : null;
}
