import { finding, type Finding } from "../core/findings/finding";
import type { Grid } from "../core/grid/grid";
import { importPlan } from "../core/plan/importPlan";
import { carryProgress } from "../core/plan/carryProgress";
import type { PlanImport } from "../core/plan/plan";
import { failed, succeeded, type JobResult, type JobSuccess } from "../core/job/jobResult";
import type { WorkbookSpec } from "../core/sheet/model";
import { makeRegistry, type RegistryUnit } from "../core/units/registry";
import { buildFindingsSheet } from "../core/workbook/findingsSheet";
import { sheetNames } from "../core/workbook/sheetNames";
import { buildTasksSheet, taskRowKey, tasksKeptColumns } from "../core/workbook/tasksSheet";
import { buildUnitsSheet, defaultRegistryFor, readUnitsGrid } from "../core/workbook/unitsSheet";
import { readAgencyYear } from "../core/workbook/agencySheet";
import type { SourceContent } from "../io/readSource";

/**
 * An import's outcome: the plan (its findings inside) and the sheets it makes, or the findings
 * that stop it (file unreadable, no table): the input is unusable.
 */
export type ImportJobResult = JobResult<ImportedPlan>;

/** What an import that ran gives: the plan and the sheets it makes. */
export interface ImportedPlan {
  readonly plan: PlanImport;
  readonly workbook: WorkbookSpec;
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
  const agency = options.year === undefined && agencyGrid ? readAgencyYear(agencyGrid) : null;
  const yearFindings = agency?.findings ?? [];
  const year = options.year ?? agency?.year ?? undefined;
  const owned = new Set<string>([sheetNames.units, sheetNames.findings, sheetNames.agency]);
  const sources = content.grids.filter((g) => !owned.has(g.sheet));
  const imported = importPlan(sources, { year, registry, contextTexts: content.contextTexts });
  if (!imported) return failed([...yearFindings, ...(content.findings ?? []), finding("error", "table_not_found", { sheet: sources[0]?.sheet ?? null })]);
  // What reading the file found (text converted from TCVN3/VNI, merges cut to the table) comes first, then the plan's own findings.
  const before = [...(content.findings ?? []), ...yearFindings];
  const tooLong = imported.findings.find((f) => f.code === "plan_too_many_rows");
  if (tooLong) return failed([...before, tooLong]);
  const plan = before.length ? { ...imported, findings: [...before, ...imported.findings] } : imported;
  const units = own ?? defaultRegistryFor(plan.tasks);
  return succeeded({ plan, workbook: { sheets: [buildTasksSheet(plan.tasks), buildUnitsSheet(units), buildFindingsSheet(plan.findings)] } });
}

/**
 * The sheets an import writes into an existing tracking workbook: tasks (with the progress of
 * the tasks they replace) and findings; the unit registry only when the workbook has none,
 * because the user edits it.
 */
export function importIntoWorkbook(
  result: JobSuccess<ImportedPlan>,
  existing: readonly Grid[],
): WorkbookSpec & { findings: readonly Finding[]; refusal: Finding | null } {
  const oldTasksGrid = existing.find((g) => g.sheet === sheetNames.tasks);
  // The old sheet is read with its own year (kept rows keep their dates); "Thông tin" names it when present.
  const old = oldTasksGrid ? importPlan([oldTasksGrid]) : null;
  const agencyGrid = existing.find((g) => g.sheet === sheetNames.agency);
  const agencyYear = agencyGrid ? readAgencyYear(agencyGrid).year : null;
  // A column the user inserted: its values follow their task as the progress does (by row of the old sheet).
  const kept = oldTasksGrid ? tasksKeptColumns(oldTasksGrid) : null;
  const previous = old?.tasks ?? [];
  const keptRows = new Set(kept?.rows.map((r) => r.key));
  const userData = new Set(previous.flatMap((t, j) => (keptRows.has(taskRowKey(t)) ? [j] : [])));
  const carried = carryProgress(result.plan.tasks, previous, { nextYear: result.plan.year, previousYear: agencyYear ?? old?.year ?? null, userData });
  const hasUnits = existing.some((g) => g.sheet === sheetNames.units);
  return {
    sheets: [
      buildTasksSheet(carried.tasks, kept, (i) => {
        const j = carried.sources[i];
        return j === null || j === undefined ? null : taskRowKey(previous[j]);
      }),
      ...result.workbook.sheets.filter((s) => s.name === sheetNames.units && !hasUnits),
      buildFindingsSheet([...carried.findings, ...result.plan.findings]),
    ],
    findings: carried.findings,
    refusal: carried.refusal,
  };
}
