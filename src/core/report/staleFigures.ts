/**
 * Figures a text states, read back and checked against the year's data: a "Nhận xét" block the
 * secretary wrote herself is kept as she wrote it, but when it says "3/19 nhiệm vụ" and 6 of the
 * 19 are now done, or names as unfinished a task that is now done, the report cannot be signed
 * until she updates or confirms it. The reading is by the report's own vocabulary (counts of
 * tasks and dossiers next to what they count, rates next to "đúng hạn" or "766", amounts next to
 * "giải ngân", "được cấp", "dự toán", tasks by the plan's numbers in lists of unfinished tasks).
 */
import { formatAmount } from "../budget/formatAmount";
import type { DossierCounts } from "../dossiers/counts";
import { workbookText } from "../messages/catalogue";
import type { PlanTask } from "../plan/plan";
import { budgetTotals, type BudgetSheetData, type SheetTotal } from "../workbook/budgetSheet";
import { sheetNames } from "../workbook/sheetNames";
import { textHash } from "./narrativeMark";
import { percentText } from "./narrative";
import { taskLabels } from "./taskLabels";

/** The quantities a text may state, as the report writes them. */
export interface FigureFacts {
  readonly tasksTotal: number;
  readonly tasksDone: number;
  readonly tasksOpen: number;
  /** Labels (taskLabels) of the tasks done. */
  readonly doneLabels: readonly string[];
  readonly dossiers: Readonly<Record<DossierQuantity, number>>;
  readonly rateA: string;
  readonly rateC: string;
  readonly granted: TotalFigure;
  readonly disbursed: TotalFigure;
  readonly estimate: TotalFigure;
}

/** The budget's three totals (budgetTotals). */
export type TotalKey = "granted" | "disbursed" | "estimate";

/**
 * A budget total as the report writes it ("21.000.000"), or, when budgetTotals' rule refuses it,
 * the cell of the line that stops the sum (null: the sum itself is too large). A string when
 * known, so the fingerprint of figures confirmed before (factsHash) is unchanged.
 */
export type TotalFigure = string | { readonly stoppedAt: string | null };

const totalFigure = (total: SheetTotal): TotalFigure =>
  total.amount === null ? { stoppedAt: total.stoppedAt && `${sheetNames.budget}!${total.stoppedAt}` } : formatAmount(total.amount);

type DossierQuantity = "received" | "handled" | "earlyOnTime" | "supplement" | "late" | "withdrawn" | "pendingInTime" | "pendingOverdue";

/** The year's figures in the forms the report writes them. */
export function figureFacts(p: { tasks: readonly PlanTask[]; dossiers: DossierCounts; budget: BudgetSheetData }): FigureFacts {
  const done = workbookText.taskStatuses.done;
  const labels = taskLabels(p.tasks);
  const d = p.dossiers;
  const doneCount = p.tasks.filter((t) => t.status.trim() === done).length;
  const totals = budgetTotals(p.budget);
  return {
    tasksTotal: p.tasks.length,
    tasksDone: doneCount,
    tasksOpen: p.tasks.length - doneCount,
    doneLabels: p.tasks.flatMap((t, i) => (t.status.trim() === done ? [labels[i]] : [])),
    dossiers: {
      received: d.received,
      handled: d.handledBeforeDeadline,
      earlyOnTime: d.early + d.onTime,
      supplement: d.supplement,
      late: d.late,
      withdrawn: d.withdrawn,
      pendingInTime: d.pendingInTime,
      pendingOverdue: d.pendingOverdue,
    },
    rateA: percentText(d.onTimeRate),
    rateC: percentText(d.goodRateC),
    granted: totalFigure(totals.granted),
    disbursed: totalFigure(totals.disbursed),
    estimate: totalFigure(totals.estimate),
  };
}

/** A fingerprint of the figures (what a confirmation was given against). */
export function factsHash(facts: FigureFacts): string {
  return textHash(JSON.stringify(facts));
}

/** A figure the text states that the data no longer gives: what it says and what it should say. */
export interface StaleFigure {
  readonly stated: string;
  readonly current: string;
}

/** A figure the text states that cannot be checked: the total it is about cannot be computed (budgetTotals), `cell` stops it. */
export interface UncheckedFigure {
  readonly stated: string;
  readonly total: TotalKey;
  readonly cell: string | null;
}

/** What checking a text's figures finds: those the data contradicts, those it cannot tell. */
export interface FigureCheck {
  readonly stale: StaleFigure[];
  readonly unchecked: UncheckedFigure[];
}

/** Collects a text's findings, each stated figure once. */
interface Collector {
  readonly add: (stated: string, current: string) => void;
  readonly amount: (label: string, stated: string, total: TotalKey) => void;
}

/** Words before a dossier count that say what it counts, first match wins ("không quá hạn" before "quá hạn"). */
const dossierContexts: readonly [RegExp, DossierQuantity, string][] = [
  [/tiếp nhận/u, "received", "hồ sơ tiếp nhận"],
  [/không quá hạn/u, "handled", "hồ sơ xử lý không quá hạn"],
  [/đang (giải quyết|xử lý)[^,;()]*quá hạn/u, "pendingOverdue", "hồ sơ đang giải quyết quá hạn"],
  [/đang (giải quyết|xử lý)/u, "pendingInTime", "hồ sơ đang giải quyết trong hạn"],
  [/trước (hạn )?và đúng hạn/u, "earlyOnTime", "hồ sơ trả kết quả trước hạn và đúng hạn"],
  [/quá hạn|trễ hạn|trễ hẹn/u, "late", "hồ sơ giải quyết quá hạn"],
  [/bổ sung/u, "supplement", "hồ sơ yêu cầu bổ sung"],
  [/rút/u, "withdrawn", "hồ sơ rút"],
];

const digits = (s: string) => Number(s.replace(/\./g, ""));
/** "96,7%" and "96,70%" are one rate. */
const sameRate = (a: string, b: string) => Number(a.replace("%", "").replace(",", ".")) === Number(b.replace("%", "").replace(",", "."));

/**
 * The figures of `text` that disagree with `facts`, in reading order, each once.
 * @example staleFigures("- Hoàn thành 3/19 nhiệm vụ.", factsWithSixOfNineteenDone) → [{ stated: "3/19 nhiệm vụ", current: "6/19 nhiệm vụ" }]
 */
export function staleFigures(text: string, facts: FigureFacts): StaleFigure[] {
  return checkFigures(text, facts).stale;
}

/**
 * The figures of `text` checked against `facts`, in reading order, each once: those that disagree
 * (with what they should say), and the amounts about a budget total that cannot be computed
 * (budgetTotals' rule: no "now" figure is made up from the lines that could be read).
 * @example checkFigures("Kinh phí được cấp là 21.000.000 đồng.", factsWithD3Unreadable).unchecked → [{ stated: "được cấp 21.000.000 đồng", total: "granted", cell: "Kinh phí!D3" }]
 */
export function checkFigures(text: string, facts: FigureFacts): FigureCheck {
  const out: FigureCheck = { stale: [], unchecked: [] };
  const seen = (stated: string) => out.stale.some((o) => o.stated === stated) || out.unchecked.some((o) => o.stated === stated);
  const add = (stated: string, current: string) => {
    if (stated !== current && !seen(stated)) out.stale.push({ stated, current });
  };
  const amount = (label: string, stated: string, total: TotalKey) => {
    const figure = facts[total];
    if (typeof figure === "string") add(`${label} ${stated} đồng`, `${label} ${figure} đồng`);
    else if (!seen(`${label} ${stated} đồng`)) out.unchecked.push({ stated: `${label} ${stated} đồng`, total, cell: figure.stoppedAt });
  };
  const collect: Collector = { add, amount };
  let openList = false;
  for (const rawLine of text.normalize("NFC").split(/\r?\n/)) {
    const line = rawLine.trim();
    const lower = line.toLocaleLowerCase("vi");
    // Tasks named as unfinished, by the plan's number: "+ Mục II.3: …" under a line about unfinished tasks.
    const item = /^\+\s*mục\s+([\dIVXLC.]+?)\s*:/iu.exec(line);
    if (item) {
      if (openList && facts.doneLabels.includes(item[1])) add(`mục ${item[1]} (chưa hoàn thành)`, `mục ${item[1]} (hoàn thành)`);
      continue;
    }
    openList = /chưa hoàn thành|tiếp tục thực hiện/u.test(lower);
    for (const clause of lower.split(/[;]|\.(?=\s|$)/u)) checkClause(clause, facts, collect);
    // The old list form "chưa hoàn thành: 4. …; 10. …".
    const old = /chưa hoàn thành[^:]*:(.*)$/u.exec(lower);
    if (old)
      for (const m of old[1].matchAll(/(?:^|;)\s*(\d+(?:\.\d+)*)\.\s/gu))
        if (facts.doneLabels.includes(m[1])) add(`${m[1]}. (chưa hoàn thành)`, `${m[1]}. (hoàn thành)`);
  }
  return out;
}

function checkClause(clause: string, facts: FigureFacts, { add, amount }: Collector): void {
  // Tasks: "3/19 nhiệm vụ", then "16 nhiệm vụ … chưa hoàn thành" / "hoàn thành 3 nhiệm vụ".
  for (const m of clause.matchAll(/(\d+)\s*\/\s*(\d+)\s+nhiệm vụ/gu)) {
    add(`${m[1]}/${m[2]} nhiệm vụ`, `${facts.tasksDone}/${facts.tasksTotal} nhiệm vụ`);
  }
  for (const m of clause.matchAll(/(?<![\d/])(\d+)\s+nhiệm vụ/gu)) {
    const n = Number(m[1]);
    if (/chưa hoàn thành|chưa thực hiện|tiếp tục thực hiện/u.test(clause)) add(`${n} nhiệm vụ chưa hoàn thành`, `${facts.tasksOpen} nhiệm vụ chưa hoàn thành`);
    else if (/hoàn thành/u.test(clause) && !/muộn|minh chứng/u.test(clause)) add(`${n} nhiệm vụ hoàn thành`, `${facts.tasksDone} nhiệm vụ hoàn thành`);
  }
  // Dossiers: each count read with the words between it and the previous separator, and after it.
  const counts = [...clause.matchAll(/(?<![\d/,])(\d{1,3}(?:\.\d{3})+|\d+)\s+hồ sơ/gu)];
  counts.forEach((m, i) => {
    const start = m.index;
    const from = Math.max(i > 0 ? counts[i - 1].index + counts[i - 1][0].length : 0, clause.lastIndexOf(",", start) + 1, clause.lastIndexOf("(", start) + 1);
    const after = clause.slice(start + m[0].length).split(/[,;()]/u)[0];
    const context = `${clause.slice(from, start)} ${after}`;
    const known = dossierContexts.find(([re]) => re.test(context));
    if (known) add(`${digits(m[1])} ${known[2]}`, `${facts.dossiers[known[1]]} ${known[2]}`);
  });
  // Rates.
  for (const m of clause.matchAll(/(\d+(?:,\d+)?)\s*%/gu)) {
    const stated = `${m[1]}%`;
    if (/766/u.test(clause)) {
      if (!sameRate(stated, facts.rateC)) add(`tỷ lệ ${stated} (QĐ 766)`, `tỷ lệ ${facts.rateC} (QĐ 766)`);
    } else if (/đúng hạn|giải quyết|hồ sơ/u.test(clause) && !sameRate(stated, facts.rateA)) add(`tỷ lệ đúng hạn ${stated}`, `tỷ lệ đúng hạn ${facts.rateA}`);
  }
  // Amounts: "21.000.000 đồng", "1.500.000/3.000.000 đồng".
  for (const m of clause.matchAll(/(\d{1,3}(?:\.\d{3})+)(?:\s*\/\s*(\d{1,3}(?:\.\d{3})+))?\s*đồng/gu)) {
    const [first, second] = [m[1], m[2]];
    if (/giải ngân/u.test(clause)) {
      amount("giải ngân", first, "disbursed");
      if (second) amount("được cấp", second, "granted");
    } else if (/dự toán/u.test(clause)) amount("dự toán", first, "estimate");
    else if (/được cấp|kinh phí cấp/u.test(clause)) amount("được cấp", first, "granted");
  }
}
