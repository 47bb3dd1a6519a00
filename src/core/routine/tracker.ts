/**
 * The tracker's rules (step 3): a task's status as one of the workbook's choices, when a task is
 * late, when it lacks a document, and the counts that add up to the number of tasks. The pane and
 * the routine's status (src/app/routine.ts) only put these together with the workbook's cells.
 */
import { parseDocumentReferences } from "../evidence/parseDocumentReferences";
import type { Finding } from "../findings/finding";
import { foldKey, normalizeCellText } from "../text/normalize";
import { taskStatuses } from "../workbook/sheetNames";
import type { TaskProgress } from "./steps";

/** A task's status as one of the workbook's four choices; "other" for text that is none of them. */
export type TaskStatusKey = "notStarted" | "inProgress" | "done" | "notDone" | "other";

/**
 * The tracker's counts (step 3): the report's (core's taskProgress) plus every status counted,
 * so the statuses add up to `total`, and the tasks not finished. `late` and `noEvidence` are the
 * tracker's: see `taskIsLate` and `taskLacksEvidence`.
 */
export interface TrackerProgress extends TaskProgress {
  /** Tasks by status; `notStarted` includes a blank status; the five always add up to `total`. */
  readonly byStatus: Readonly<Record<TaskStatusKey, number>>;
  /** Tasks not finished (neither "Hoàn thành" nor "Không thực hiện"). */
  readonly open: number;
}

const statusKeys: readonly TaskStatusKey[] = ["notStarted", "inProgress", "done", "notDone"];

/**
 * The status key of a status text: one of the workbook's four choices (blank = not started), else "other".
 * @example taskStatusKey(" hoàn  thành ") === "done"; taskStatusKey("") === "notStarted"; taskStatusKey("Xong") === "other"
 */
export function taskStatusKey(status: string): TaskStatusKey {
  const folded = foldKey(normalizeCellText(status));
  if (folded === "") return "notStarted";
  const index = taskStatuses.findIndex((s) => foldKey(s) === folded);
  return index >= 0 ? statusKeys[index] : "other";
}

/** Neither "Hoàn thành" nor "Không thực hiện". */
export const taskIsOpen = (key: TaskStatusKey): boolean => key !== "done" && key !== "notDone";

/**
 * A task is late when the checks found its document dated after its time (`evidence_late` among
 * its findings), or when it is not finished and its time ended before the as-of date.
 * @example taskIsLate("inProgress", "2025-06-30", "2025-12-14", []) === true; taskIsLate("done", "2025-06-30", "2025-12-14", []) === false
 */
export function taskIsLate(key: TaskStatusKey, end: string | null, asOf: string, findings: readonly Pick<Finding, "code">[]): boolean {
  return findings.some((f) => f.code === "evidence_late") || (taskIsOpen(key) && end !== null && end < asOf);
}

/**
 * A task lacks evidence when its result cites no document, unless it was not done ("Không thực
 * hiện", whose result is a reason).
 * @example taskLacksEvidence("done", "Quyết định số 12/QĐ-STP ngày 05/3/2025") === false; taskLacksEvidence("done", "Đã xong") === true
 */
export function taskLacksEvidence(key: TaskStatusKey, evidence: string): boolean {
  return key !== "notDone" && parseDocumentReferences(evidence).length === 0;
}

/**
 * Counts of the tracker's rows: by status (adding up to the total), late, without a document, not finished.
 * @example trackerProgress([]).byStatus // { notStarted: 0, inProgress: 0, done: 0, notDone: 0, other: 0 }
 */
export function trackerProgress(rows: readonly { readonly statusKey: TaskStatusKey; readonly late: boolean; readonly noEvidence: boolean }[]): TrackerProgress {
  const byStatus: Record<TaskStatusKey, number> = { notStarted: 0, inProgress: 0, done: 0, notDone: 0, other: 0 };
  for (const r of rows) byStatus[r.statusKey]++;
  return {
    total: rows.length,
    byStatus,
    done: byStatus.done,
    notDone: byStatus.notDone,
    noEvidence: rows.filter((r) => r.noEvidence).length,
    late: rows.filter((r) => r.late).length,
    open: rows.length - byStatus.done - byStatus.notDone,
  };
}
