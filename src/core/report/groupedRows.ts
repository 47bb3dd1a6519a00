import type { PlanTask } from "../plan/plan";
import type { Run } from "./model";

/**
 * The rows of a five-column task table in the plan's order, with a bold row holding the group's
 * title ("I. Xây dựng …") before the first task of each group: the report's appendix and the
 * next-year plan's Phụ lục lay their tasks out alike.
 * @example groupedRows([], () => []) // { rows: [], boldRows: [] }
 */
export function groupedRows(tasks: readonly PlanTask[], row: (task: PlanTask, i: number) => Run[][]): { rows: Run[][][]; boldRows: number[] } {
  const rows: Run[][][] = [];
  const boldRows: number[] = [];
  let group: string | null = null;
  tasks.forEach((task, i) => {
    if (task.group && task.group !== group) {
      boldRows.push(rows.length);
      rows.push([[""], [task.group], [""], [""], [""]]);
    }
    group = task.group;
    rows.push(row(task, i));
  });
  return { rows, boldRows };
}
