import { cell, type CellSpec, type SheetSpec } from "../sheet/model";
import { a4PageSetup, dataSheetStyles, type DataStyleKey } from "../sheet/styles";
import type { PlanTask } from "../plan/plan";
import { sheetNames, taskStatuses } from "./sheetNames";
import { rangeAddress } from "../grid/address";
import { columnLetterOf, headerCells, keptColumns, layoutRow, layoutValidations, printWidths, withKeptColumns, type KeptColumns } from "../sheet/layout";
import { parseCellAddress } from "../grid/address";
import type { Grid } from "../grid/grid";
import { tasksLayout, type TaskColumnKey } from "./layouts";

/** Column headers of the tasks sheet, in order; the importer recognises them on re-import. Declared in ./layouts. */

/** Column letter of a tasks-sheet column, for formulas and validations that point at it. */
export function taskColumn(key: TaskColumnKey): string {
  return columnLetterOf(tasksLayout, key);
}

/** Minimum body rows, so the status dropdown reaches rows the user adds by hand. */
const minimumRows = 200;

/**
 * The structured tasks sheet ("Nhiệm vụ") as an Excel Table, one row per task, with a
 * status dropdown and frozen header. Imported text is written as text, never as formulas.
 * `kept`: the columns the user inserted into the sheet being replaced (tasksKeptColumns), written
 * back where she put them; `keyOf` gives, for task `i`, the row key (taskRowKey) of the old task
 * it continues, whose values it gets back.
 * @example buildTasksSheet(plan.tasks).cells[1][2] → { kind: "text", value: "Xây dựng mục tiêu chất lượng …" }
 */
export function buildTasksSheet(
  tasks: readonly PlanTask[],
  kept: KeptColumns | null = null,
  keyOf: (index: number) => string | null = () => null,
): SheetSpec<DataStyleKey> {
  const rows = tasks.map((t): CellSpec<DataStyleKey>[] =>
    layoutRow(tasksLayout, {
      no: t.no,
      group: t.group ?? "",
      task: t.task,
      output: t.output,
      timing: t.timing.text,
      start: t.timing.start ? cell.date(t.timing.start) : null,
      end: t.timing.end ? cell.date(t.timing.end) : null,
      lead: t.units.lead.map((u) => u.name ?? u.written).join("; "),
      support: t.units.support.map((u) => u.name ?? u.written).join("; "),
      status: t.status || taskStatuses[0],
      evidence: t.evidence,
      note: t.note,
      subject: t.subject ?? "",
    }),
  );
  const lastRow = Math.max(rows.length, 1) + 1;
  const body = rows.length > 0 ? rows : [layoutRow(tasksLayout, {})];
  const pageSetup = a4PageSetup("landscape");
  const sheet: SheetSpec<DataStyleKey> = {
    name: sheetNames.tasks,
    cells: [headerCells(tasksLayout), ...body],
    styles: dataSheetStyles,
    columnWidths: printWidths(tasksLayout, rows, pageSetup),
    merges: [],
    validations: layoutValidations(tasksLayout, 2, Math.max(lastRow, minimumRows)),
    tables: [{ name: "NhiemVu", range: rangeAddress(1, 1, lastRow, tasksLayout.length), style: "TableStyleLight9" }],
    pageSetup,
    freeze: { rows: 1, columns: 0 },
  };
  return withKeptColumns(sheet, tasksLayout, kept, { keyColumn: "task", keyOf: (_, r) => (r > 0 && r <= tasks.length ? keyOf(r - 1) : null) }).sheet;
}

/** The key of a task read from the tasks sheet: the number of the row its text is in. */
export function taskRowKey(task: PlanTask): string {
  return String(parseCellAddress(task.source.cell)?.rowNumber ?? "");
}

/**
 * The columns the user inserted into the tasks sheet and what each row holds in them, keyed by
 * the row's number (taskRowKey of the task read from that row). Null: none.
 */
export function tasksKeptColumns(grid: Grid): KeptColumns | null {
  return keptColumns(grid.rows, tasksLayout, "task", (i) => String(grid.firstRowNumber + i));
}
