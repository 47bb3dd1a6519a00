import { cell, displayedValue, type CellSpec, type SheetSpec } from "../sheet/model";
import { fitColumnWidths } from "../sheet/print";
import { a4PageSetup, dataSheetStyles } from "../sheet/styles";
import type { PlanTask } from "../plan/plan";
import { sheetNames, taskStatuses } from "./sheetNames";
import { columnLetters, rangeAddress, sheetRef } from "../grid/address";
import { workbookText } from "../messages/catalogue";

const tasksText = workbookText.tasks;
const h = tasksText.headers;

/** Column headers of the tasks sheet, in order; the importer recognises them on re-import. */
export const taskColumns = [
  { key: "no", header: h.no, width: 5, style: "center", text: false, optional: false },
  { key: "group", header: h.group, width: 18, style: "body", text: true, optional: true },
  { key: "task", header: h.task, width: 48, style: "body", text: true, optional: false },
  { key: "output", header: h.output, width: 36, style: "body", text: true, optional: false },
  { key: "timing", header: h.timing, width: 14, style: "body", text: false, optional: false },
  { key: "start", header: h.start, width: 11, style: "date", text: false, optional: false },
  { key: "end", header: h.end, width: 11, style: "date", text: false, optional: false },
  { key: "lead", header: h.lead, width: 24, style: "body", text: true, optional: false },
  { key: "support", header: h.support, width: 24, style: "body", text: true, optional: true },
  { key: "status", header: h.status, width: 13, style: "center", text: false, optional: false },
  { key: "evidence", header: h.evidence, width: 36, style: "body", text: true, optional: false },
  { key: "note", header: h.note, width: 20, style: "body", text: true, optional: true },
] as const;

/** Width of an optional column nobody has filled: room for its header, wrapped. */
const emptyOptionalWidth = 8;
/** Smallest size the body text (12 pt) may print at on A4 landscape. */
const minPrintedSize = 9.5;

/** Column letter of a tasks-sheet column, for formulas and validations that point at it. */
export function taskColumn(key: (typeof taskColumns)[number]["key"]): string {
  return columnLetters(taskColumns.findIndex((c) => c.key === key) + 1);
}

/** Minimum body rows, so the status dropdown reaches rows the user adds by hand. */
const minimumRows = 200;

/**
 * The structured tasks sheet ("Nhiệm vụ") as an Excel Table, one row per task, with a
 * status dropdown and frozen header. Imported text is written as text, never as formulas.
 * @example buildTasksSheet(plan.tasks).cells[1][2] → { kind: "text", value: "Xây dựng mục tiêu chất lượng …" }
 */
export function buildTasksSheet(tasks: readonly PlanTask[]): SheetSpec {
  const header = taskColumns.map((c) => cell.text(c.header, "header"));
  const rows = tasks.map((t): CellSpec[] => [
    cell.text(t.no, "center"),
    cell.text(t.group ?? "", "body"),
    cell.text(t.task, "body"),
    cell.text(t.output, "body"),
    cell.text(t.timing.text, "body"),
    t.timing.start ? cell.date(t.timing.start, "date") : cell.empty("date"),
    t.timing.end ? cell.date(t.timing.end, "date") : cell.empty("date"),
    cell.text(t.units.lead.map((u) => u.name ?? u.written).join("; "), "body"),
    cell.text(t.units.support.map((u) => u.name ?? u.written).join("; "), "body"),
    cell.text(t.status || taskStatuses[0], "center"),
    cell.text(t.evidence, "body"),
    cell.text(t.note, "body"),
  ]);
  const lastRow = Math.max(rows.length, 1) + 1;
  const body = rows.length > 0 ? rows : [taskColumns.map((c) => cell.empty(c.style))];
  const pageSetup = a4PageSetup("landscape");
  // Optional columns nobody filled are narrow; long-text columns shrink so the sheet prints one
  // page wide at 9.5 pt or more (its rows grow taller instead).
  const filled = taskColumns.map((_, i) => rows.some((r) => r[i].kind !== "empty" && String(displayedValue(r[i]) ?? "").trim() !== ""));
  const widths = fitColumnWidths(
    taskColumns.map((c, i) => (c.optional && !filled[i] ? emptyOptionalWidth : c.width)),
    pageSetup,
    { fontSize: 12, minPrinted: minPrintedSize, flexible: taskColumns.map((c, i) => c.text && (!c.optional || filled[i])) },
  );
  return {
    name: sheetNames.tasks,
    cells: [header, ...body],
    styles: dataSheetStyles,
    columnWidths: widths,
    merges: [],
    validations: [
      {
        range: `${taskColumn("status")}2:${taskColumn("status")}${Math.max(lastRow, minimumRows)}`,
        list: taskStatuses,
        allowBlank: true,
        prompt: tasksText.statusPrompt,
        error: tasksText.statusError,
      },
      // Units: the registry sheet's names offered as suggestions (a cell may list several units).
      ...[taskColumn("lead"), taskColumn("support")].map((column) => ({
        range: `${column}2:${column}${Math.max(lastRow, minimumRows)}`,
        list: { source: `=${sheetRef(sheetNames.units)}!$A$2:$A$300` },
        allowBlank: true,
        mode: "suggest" as const,
        prompt: tasksText.unitPrompt,
      })),
    ],
    tables: [{ name: "NhiemVu", range: rangeAddress(1, 1, lastRow, taskColumns.length), style: "TableStyleLight9" }],
    pageSetup,
    freeze: { rows: 1, columns: 0 },
  };
}
