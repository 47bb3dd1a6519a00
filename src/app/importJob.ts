import { finding, type Finding } from "../core/findings/finding";
import type { Grid } from "../core/grid/grid";
import { importPlan } from "../core/plan/importPlan";
import type { PlanImport, PlanTask } from "../core/plan/plan";
import { planText } from "../core/messages/catalogue";
import { foldKey, singleLine } from "../core/text/normalize";
import { taskStatuses } from "../core/workbook/sheetNames";
import type { WorkbookSpec } from "../core/sheet/model";
import { makeRegistry, type RegistryUnit } from "../core/units/registry";
import { buildFindingsSheet } from "../core/workbook/findingsSheet";
import { sheetNames } from "../core/workbook/sheetNames";
import { buildTasksSheet } from "../core/workbook/tasksSheet";
import { buildUnitsSheet, defaultRegistryFor, readUnitsGrid } from "../core/workbook/unitsSheet";
import { readAgencyGrid } from "../core/workbook/agencySheet";
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
  // In a tracking workbook the plan year is the one typed in "Thông tin"; a bad one is a finding.
  const agencyGrid = content.grids.find((g) => g.sheet === sheetNames.agency);
  const agency = options.year === undefined && agencyGrid ? readAgencyGrid(agencyGrid, 0) : null;
  const yearFindings = agency?.findings.filter((f) => f.code === "year_invalid") ?? [];
  const year = options.year ?? (agency && agency.info.year > 0 && yearFindings.length === 0 ? agency.info.year : undefined);
  const owned = new Set<string>([sheetNames.units, sheetNames.findings, sheetNames.agency]);
  const sources = content.grids.filter((g) => !owned.has(g.sheet));
  const imported = importPlan(sources, { year, registry, contextTexts: content.contextTexts });
  if (!imported) return { plan: null, fatal: [...yearFindings, finding("error", "table_not_found", { sheet: sources[0]?.sheet ?? null })], workbook: null };
  const plan = yearFindings.length ? { ...imported, findings: [...yearFindings, ...imported.findings] } : imported;
  const units = own ?? defaultRegistryFor(plan.tasks);
  return {
    plan,
    fatal: [],
    workbook: { sheets: [buildTasksSheet(plan.tasks), buildUnitsSheet(units), buildFindingsSheet(plan.findings)] },
  };
}


/** A task whose status, evidence or note the user filled in. */
function hasProgress(t: PlanTask): boolean {
  return Boolean(t.evidence.trim() || t.note.trim() || (t.status.trim() && t.status !== taskStatuses[0]));
}

/**
 * Carries the user's progress (status, evidence, note) from the tasks sheet being replaced to
 * the newly imported tasks, so re-importing a corrected plan never loses what was typed in.
 * A task is the same when its text is the same (diacritics and spacing aside), else when it
 * keeps its number. A task with progress that matches no new task stays, at the end of the
 * sheet with a note, and is reported: nothing the user typed is dropped.
 */
export function carryProgress(tasks: readonly PlanTask[], previous: readonly PlanTask[]): { tasks: PlanTask[]; findings: Finding[] } {
  const unused = new Set(previous.filter(hasProgress));
  const take = (match: (old: PlanTask) => boolean) => {
    const old = [...unused].find(match);
    if (old) unused.delete(old);
    return old;
  };
  const matched = tasks.map((t) => take((old) => foldKey(old.task) === foldKey(t.task)));
  const carried = tasks.map((t, i) => {
    const old = matched[i] ?? take((o) => foldKey(o.no) === foldKey(t.no) && !matched.includes(o));
    return old ? { ...t, status: t.status || old.status, evidence: t.evidence || old.evidence, note: t.note || old.note } : t;
  });
  // Kept at the end of the new sheet with a note, so nothing the user typed is lost.
  const kept = [...unused].map((old) => ({ ...old, note: [planText.notInNewPlan, old.note].filter(Boolean).join("; ") }));
  const findings = kept.map((old) =>
    finding("warning", "progress_not_carried", { sheet: old.source.sheet }, { no: old.no, task: singleLine(old.task).slice(0, 80) }),
  );
  return { tasks: [...carried, ...kept], findings };
}

/**
 * The sheets an import writes into an existing tracking workbook: tasks (with the progress of
 * the tasks they replace) and findings; the unit registry only when the workbook has none,
 * because the user edits it.
 */
export function importIntoWorkbook(result: ImportJobResult, existing: readonly Grid[]): (WorkbookSpec & { findings: readonly Finding[] }) | null {
  if (!result.plan || !result.workbook) return null;
  const oldTasksGrid = existing.find((g) => g.sheet === sheetNames.tasks);
  const previous = oldTasksGrid ? importPlan([oldTasksGrid], { year: result.plan.year ?? undefined })?.tasks ?? [] : [];
  const carried = carryProgress(result.plan.tasks, previous);
  const hasUnits = existing.some((g) => g.sheet === sheetNames.units);
  return {
    sheets: [
      buildTasksSheet(carried.tasks),
      ...result.workbook.sheets.filter((s) => s.name === sheetNames.units && !hasUnits),
      buildFindingsSheet([...carried.findings, ...result.plan.findings]),
    ],
    findings: carried.findings,
  };
}
