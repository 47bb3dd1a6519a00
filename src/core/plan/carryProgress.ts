import { finding, type Finding } from "../findings/finding";
import { planText } from "../messages/catalogue";
import { singleLine } from "../text/normalize";
import { sheetNames, taskStatuses } from "../workbook/sheetNames";
import { taskColumn } from "../workbook/tasksSheet";
import { matchTasks } from "./matchTasks";
import type { PlanTask } from "./plan";

/** Below this share of its tasks found again, a plan with progress is not the plan being re-imported. */
export const samePlanShare = 0.5;

/** A task whose status, evidence or note the user filled in. */
export function hasProgress(t: PlanTask): boolean {
  return Boolean(t.evidence.trim() || t.note.trim() || (t.status.trim() && t.status !== taskStatuses[0]));
}

export interface CarryResult {
  /** The new tasks with the progress of the same old tasks, then the old rows kept. */
  readonly tasks: PlanTask[];
  /** Warnings about kept rows (no match, uncertain match). */
  readonly findings: Finding[];
  /** Set when the new plan is not the one the sheet tracks: nothing may be written. */
  readonly refusal: Finding | null;
  /** For each of `tasks`, the index in `previous` of the old task it continues (the same task, or the old row kept), else null. */
  readonly sources: readonly (number | null)[];
}

export interface CarryContext {
  /** The year of the imported plan and of the workbook being written into, when known. */
  readonly nextYear?: number | null;
  readonly previousYear?: number | null;
  /**
   * Old tasks (indexes in `previous`) whose row holds something in a column the user inserted
   * (keptColumns): carried and kept as progress is, so that what she wrote follows its task.
   */
  readonly userData?: ReadonlySet<number>;
}

const excerpt = (text: string) => {
  const line = singleLine(text);
  return line.length > 60 ? `${line.slice(0, 60)}…` : line;
};

/** Row of the tasks sheet that holds task `index` (header in row 1). */
const taskRow = (index: number) => index + 2;

/**
 * Carries the user's progress (status, evidence, note) from the tasks sheet being replaced to
 * the new tasks, by meaning (`matchTasks`): only to a task that is the same task. An old task
 * with progress whose match is uncertain, or that matches nothing, keeps its row at the end of
 * the sheet with a note and a warning naming the rows. A plan of another year, or one that
 * shares less than half of its tasks with a sheet holding progress (another agency's plan), is
 * refused: carrying statuses into it would count the wrong tasks as done. A row with values in a
 * column the user inserted (`context.userData`) counts as progress.
 */
export function carryProgress(tasks: readonly PlanTask[], previous: readonly PlanTask[], context: CarryContext = {}): CarryResult {
  const userData = context.userData ?? new Set<number>();
  const progressed = (t: PlanTask, j: number) => hasProgress(t) || userData.has(j);
  const withProgress = previous.filter(progressed);
  const noRefusal = { tasks: [...tasks], findings: [], refusal: null, sources: tasks.map(() => null) };
  if (withProgress.length === 0) return noRefusal;
  const { nextYear, previousYear } = context;
  if (nextYear && previousYear && nextYear !== previousYear) {
    return { ...noRefusal, refusal: finding("error", "plan_other_year", { sheet: sheetNames.tasks }, { next: nextYear, previous: previousYear }) };
  }
  const { pairs } = matchTasks(tasks, previous);
  const same = pairs.filter((p) => p.kind === "same");
  // Rows kept by an earlier import are not part of the plan being compared.
  const planRows = previous.filter((t) => !t.note.startsWith(planText.notInNewPlan) && !t.note.startsWith(planText.possibleMatchPrefix)).length;
  if (same.length < samePlanShare * Math.min(planRows || previous.length, tasks.length)) {
    return {
      ...noRefusal,
      refusal: finding("error", "plan_differs", { sheet: sheetNames.tasks }, { same: same.length, total: tasks.length, previous: planRows || previous.length }),
    };
  }
  const carriedTo = new Map(same.map((p) => [p.next, previous[p.previous]]));
  const carried = tasks.map((t, i) => {
    const old = carriedTo.get(i);
    return old ? { ...t, status: t.status || old.status, evidence: t.evidence || old.evidence, note: t.note || old.note } : t;
  });
  const uncertainOf = new Map(pairs.filter((p) => p.kind === "uncertain").map((p) => [p.previous, p]));
  const sameOld = new Set(same.map((p) => p.previous));
  const kept: PlanTask[] = [];
  const keptFrom: number[] = [];
  const findings: Finding[] = [];
  previous.forEach((old, j) => {
    if (sameOld.has(j) || !progressed(old, j)) return;
    keptFrom.push(j);
    const row = taskRow(carried.length + kept.length);
    const cell = `${taskColumn("task")}${row}`;
    const pair = uncertainOf.get(j);
    if (pair) {
      const next = tasks[pair.next];
      const newRow = taskRow(pair.next);
      kept.push({ ...old, note: joinNote(planText.possibleMatch({ no: next.no, row: newRow }), old.note) });
      findings.push(
        finding(
          "warning",
          "progress_match_uncertain",
          { sheet: sheetNames.tasks, cell },
          {
            no: old.no,
            task: excerpt(old.task),
            row,
            newNo: next.no,
            newTask: excerpt(next.task),
            newRow,
            percent: Math.round(pair.similarity * 100),
          },
        ),
      );
    } else {
      kept.push({ ...old, note: joinNote(planText.notInNewPlan, old.note) });
      findings.push(finding("warning", "progress_not_carried", { sheet: sheetNames.tasks, cell }, { no: old.no, task: excerpt(old.task) }));
    }
  });
  const sources = [...tasks.map((_, i) => same.find((p) => p.next === i)?.previous ?? null), ...keptFrom];
  return { tasks: [...carried, ...kept], findings, refusal: null, sources };
}

/** The kept row's note: ours first, then the user's, without repeating ours on a later import. */
function joinNote(ours: string, user: string): string {
  const rest = user.split("; ").filter((part) => part && part !== planText.notInNewPlan && !part.startsWith(planText.possibleMatchPrefix));
  return [ours, ...rest].join("; ");
}
