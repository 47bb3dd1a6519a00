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
import { foldKey, singleLine } from "../text/normalize";
import { budgetTotals, type BudgetSheetData } from "../workbook/budgetSheet";

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

/** "6. Tổ chức đào tạo … (đang thực hiện)"; the text cut at 80 characters on a word. */
export function taskRef(task: PlanTask, withStatus = true): string {
  let text = singleLine(task.task).replace(/[.;:,]+$/, "");
  if (text.length > 90) text = `${text.slice(0, 90).replace(/[\s,;:]+\S*$/, "")}…`;
  return t.taskRef({ no: task.no, task: text, status: withStatus ? task.status.trim() : "" });
}

const isDone = (task: PlanTask) => task.status.trim() === status.done;
/** Tasks that will not be done by the year's end or are not done yet (status other than done; blank counts as not started). */
const notDone = (tasks: readonly PlanTask[]) => tasks.filter((task) => !isDone(task));
const isTraining = (task: PlanTask) => / (tap huan|dao tao)( |$)/.test(` ${foldKey(task.task)} `);

/**
 * The dossier comment drafted from the counts (all on time; some late; pending overdue; none).
 * @example dossierSentences({ agency: "Sở Y tế", asOf: "2024-10-31", dossiers }) → ["- Toàn bộ hồ sơ … (tỷ lệ giải quyết đúng hạn 100%), …"]
 */
export function dossierSentences(p: { agency: string; asOf: string; dossiers: DossierCounts }): string[] {
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
  lines.push(d_.standard({ agency: p.agency }));
  return lines;
}

/**
 * Drafts of every block from the figures, with the standard paragraphs of seed 001.
 * Last year's text, when given, replaces the standard paragraphs of the blocks it has
 * (the figure sentences of this year stay first).
 */
export function draftNarrative(facts: NarrativeFacts, lastYear?: Partial<Narrative>): Narrative {
  const { agency, year, tasks, budget } = facts;
  const prior = (key: NarrativeKey) => lastYear?.[key]?.trim() ?? "";
  const join = (lines: readonly string[]) => lines.filter(Boolean).join("\n");
  // The budget sentences need both totals (budgetTotals' rule): none is written about money that cannot be added up.
  const totals = budgetTotals(budget);
  const [granted, disbursed] = totals.granted.amount !== null && totals.disbursed.amount !== null ? [totals.granted.amount, totals.disbursed.amount] : [0, 0];
  const done = tasks.filter(isDone);
  const open = notDone(tasks);
  const withoutEvidence = done.filter((task) => !task.evidence.trim());

  const dossierComment = join(dossierSentences({ agency, asOf: facts.asOf, dossiers: facts.dossiers }));
  const training = done
    .filter(isTraining)
    .map((task) => t.management.trainingDone({ task: singleLine(task.task).replace(/[.;]+$/, ""), evidence: task.evidence.trim() }));
  const management = join([...training, prior("management") || t.management.standard({ agency })]);
  const oneStop = prior("oneStop") || t.oneStop.standard;

  const advantages = join([
    tasks.length && done.length ? t.advantages.tasksDone({ done: done.length, total: tasks.length, year }) : "",
    granted > 0 && disbursed === granted ? t.advantages.budgetDisbursed({ disbursed: formatAmount(disbursed), granted: formatAmount(granted) }) : "",
    prior("advantages") || join(t.advantages.standard),
  ]);
  const obstacleFacts = [
    open.length ? t.obstacles.tasksNotDone({ count: open.length, year, list: open.map((task) => taskRef(task)).join("; ") }) : "",
    withoutEvidence.length ? t.obstacles.evidenceMissing({ list: withoutEvidence.map((task) => taskRef(task, false)).join("; ") }) : "",
    granted > 0 && disbursed < granted ? t.obstacles.budgetUnused({ disbursed: formatAmount(disbursed), granted: formatAmount(granted) }) : "",
    facts.dossiers.late > 0 ? t.obstacles.late({ late: facts.dossiers.late }) : "",
  ].filter(Boolean);
  // Last year's block may open with its own lead-in sentence: it stays first.
  const priorObstacles = prior("obstacles").split("\n").filter(Boolean);
  const lead = priorObstacles.length && !/^[-+•]/u.test(priorObstacles[0]) ? priorObstacles.shift()! : t.obstacles.intro;
  const obstacles = join([lead, ...obstacleFacts, priorObstacles.length ? join(priorObstacles) : join(t.obstacles.standard)]);
  const contents = reportText.nextYear.contents({ year: year + 1, following: year + 2 });
  const plannedNext = prior("nextYear") ? shiftYears(prior("nextYear"), year).split("\n") : [...contents];
  if (open.length) {
    // The carried-over tasks continue the lettered list (a, b, … g → h) when it is one.
    const letter = nextLetter(plannedNext[plannedNext.length - 1] ?? "");
    const line = t.nextYear.carryOver({ year, list: open.map((task) => taskRef(task, false)).join("; ") });
    plannedNext.push(letter ? `${letter}) ${line.replace(/^-\s*/u, "")}` : line);
  }
  const nextYear = join(plannedNext);
  const proposals = prior("proposals") || t.proposals.none;
  return { dossierComment, management, oneStop, advantages, obstacles, nextYear, proposals };
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
