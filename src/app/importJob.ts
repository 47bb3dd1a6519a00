import { finding, type Finding } from "../core/findings/finding";
import type { Grid } from "../core/grid/grid";
import { importPlan } from "../core/plan/importPlan";
import type { PlanImport, PlanTask } from "../core/plan/plan";
import { foldKey } from "../core/text/normalize";
import type { WorkbookSpec } from "../core/sheet/model";
import { makeRegistry, type RegistryUnit } from "../core/units/registry";
import { buildFindingsSheet } from "../core/workbook/findingsSheet";
import { sheetNames } from "../core/workbook/sheetNames";
import { buildTasksSheet } from "../core/workbook/tasksSheet";
import { buildUnitsSheet, defaultRegistryFor, readUnitsGrid } from "../core/workbook/unitsSheet";
import type { SourceContent } from "../io/readSource";

export interface ImportJobResult {
  readonly plan: PlanImport | null;
  /** Findings that stop the job (file unreadable, no table): the input is unusable. */
  readonly fatal: readonly Finding[];
  readonly workbook: WorkbookSpec | null;
}

/** The user's own registry sheet ("Đơn vị") when the workbook has one. */
function userRegistry(grids: readonly Grid[]): RegistryUnit[] | null {
  const sheet = grids.find((g) => g.sheet === sheetNames.units);
  return sheet ? readUnitsGrid(sheet) : null;
}

/** Imports a plan from grids already read (Excel range, pasted text, file). */
export function importFromContent(content: SourceContent, options: { year?: number } = {}): ImportJobResult {
  const own = userRegistry(content.grids);
  const registry = makeRegistry(own ?? []);
  const sources = content.grids.filter((g) => g.sheet !== sheetNames.units && g.sheet !== sheetNames.findings);
  const plan = importPlan(sources, { year: options.year, registry, contextTexts: content.contextTexts });
  if (!plan) return { plan: null, fatal: [finding("error", "table_not_found", { sheet: sources[0]?.sheet ?? null })], workbook: null };
  const units = own ?? defaultRegistryFor(plan.tasks);
  return {
    plan,
    fatal: [],
    workbook: { sheets: [buildTasksSheet(plan.tasks), buildUnitsSheet(units), buildFindingsSheet(plan.findings)] },
  };
}


/**
 * Carries the user's progress (status, evidence, note) from the tasks sheet being replaced to
 * the newly imported tasks, so re-importing a corrected plan never loses what was typed in.
 * A task is the same when its text is the same (diacritics and spacing aside).
 */
export function carryProgress(tasks: readonly PlanTask[], previous: readonly PlanTask[]): PlanTask[] {
  const byText = new Map(previous.map((t) => [foldKey(t.task), t]));
  return tasks.map((t) => {
    const old = byText.get(foldKey(t.task));
    if (!old) return t;
    return { ...t, status: t.status || old.status, evidence: t.evidence || old.evidence, note: t.note || old.note };
  });
}

/**
 * The sheets an import writes into an existing tracking workbook: tasks (with the progress of
 * the tasks they replace) and findings; the unit registry only when the workbook has none,
 * because the user edits it.
 */
export function importIntoWorkbook(result: ImportJobResult, existing: readonly Grid[]): WorkbookSpec | null {
  if (!result.plan || !result.workbook) return null;
  const oldTasksGrid = existing.find((g) => g.sheet === sheetNames.tasks);
  const previous = oldTasksGrid ? importPlan([oldTasksGrid], { year: result.plan.year ?? undefined })?.tasks ?? [] : [];
  const tasks = carryProgress(result.plan.tasks, previous);
  const hasUnits = existing.some((g) => g.sheet === sheetNames.units);
  return {
    sheets: [
      buildTasksSheet(tasks),
      ...result.workbook.sheets.filter((s) => s.name === sheetNames.units && !hasUnits),
      buildFindingsSheet(result.plan.findings),
    ],
  };
}
