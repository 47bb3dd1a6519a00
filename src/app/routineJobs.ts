/**
 * The yearly routine's steps as pure functions over the workbook's grids: each takes what was
 * read (the tracking sheets, the imported content) and returns the sheets to write. The task
 * pane runs them inside one Excel.run (Excel) or over the workbook it keeps in memory
 * (standalone page); nothing here knows which.
 */
import { finding, type Finding } from "../core/findings/finding";
import { failed, succeeded, type JobResult } from "../core/job/jobResult";
import type { Grid } from "../core/grid/grid";
import { locateDossierInput } from "../core/dossiers/detect";
import { importDossiers, type DossierImport } from "../core/dossiers/importDossiers";
import type { SheetSpec, WorkbookSpec } from "../core/sheet/model";
import { buildAgencySheet, emptyAgencyInfo, readAgencyGrid, type AgencyInfo, type AgencyKey } from "../core/workbook/agencySheet";
import { confirmFacts, proposeFacts, reproposeFacts, typeFacts } from "../core/workbook/agencyFacts";
import { buildBudgetSheet, readBudgetGrid, withTypedAmounts } from "../core/workbook/budgetSheet";
import { yearEnd, yearStart } from "../core/calendar/dates";
import { buildDossierSheet } from "../core/workbook/dossierSheet";
import { buildFindingsSheet } from "../core/workbook/findingsSheet";
import { findSheet, sheetNames } from "../core/workbook/sheetNames";
import { buildTrackingWorkbook, emptyTrackingData } from "../core/workbook/trackingWorkbook";
import { commonUnits } from "../core/units/registry";
import { defaultRegistryFor, readUnitsGrid } from "../core/workbook/unitsSheet";
import { buildNarrativeSheet } from "../core/workbook/narrativeSheet";
import type { PlanImport } from "../core/plan/plan";
import { specToGrid } from "../core/sheet/specGrid";
import type { SourceContent } from "../io/readSource";
import { importFromContent, importIntoWorkbook } from "./importJob";
import { routineStatus, type MissingItem, type RoutineStatus } from "./routine";
import { dataYear } from "../core/workbook/dataYear";
import { contentKind } from "../core/routine/contentKind";
import { planHeaderFacts, type PlanHeaderFacts } from "../core/document/agencyFromHeader";
import { buildReportSheet } from "../core/report/reportSheet";
import type { ReportModel } from "../core/report/model";
import { narrativeText } from "../core/messages/catalogue";

/** The sheets every step reads: the tracking sheets the routine's status needs. */
export const trackingSheetNames = [
  sheetNames.agency,
  sheetNames.tasks,
  sheetNames.dossiers,
  sheetNames.budget,
  sheetNames.units,
  sheetNames.narrative,
  sheetNames.report,
] as const;

const find = findSheet;

export { contentKind, type ContentKind } from "../core/routine/contentKind";
export { planHeaderFacts, type PlanHeaderFacts } from "../core/document/agencyFromHeader";

/** Step 1's outcome: the plan's sheets, or the content is another step's (dossiers, a tracking workbook), or it is unusable. */
export type PlanStepResult = JobResult<
  | {
      readonly kind: "plan";
      readonly plan: PlanImport;
      readonly spec: WorkbookSpec;
      readonly year: number | null;
      readonly filled: readonly string[];
      /** What carrying the typed progress over found (a task with progress that is gone), when the workbook had tasks. */
      readonly carried?: readonly Finding[];
    }
  | { readonly kind: "dossiers" }
  | { readonly kind: "tracking" }
>;

/**
 * Step 1: the plan into the workbook. A workbook without tracking sheets gets all of them for
 * the plan's year, "Thông tin" filled from the plan's header; a workbook that has them gets
 * the tasks (typed progress kept), its blank agency facts filled, and the sheets it lacks.
 * The pane's step 1 and the CLI's `import -o` (`options.year`: its `--year`).
 */
export function planIntoWorkbook(
  content: SourceContent,
  existing: readonly Grid[],
  header: PlanHeaderFacts = planHeaderFacts(content.contextTexts),
  options: { readonly year?: number } = {},
): PlanStepResult {
  const kind = contentKind(content.grids);
  if (kind === "dossiers" || kind === "tracking") return succeeded({ kind });
  // The workbook's registry checks the units column, unless the source brings its own.
  const units = existing.filter((g) => g.sheet === sheetNames.units && !content.grids.some((c) => c.sheet === sheetNames.units));
  const result = importFromContent({ ...content, grids: [...content.grids, ...units] }, { year: options.year });
  if (!result.ok) return result;
  const plan = result.plan;
  const agencyGrid = find(existing, sheetNames.agency);
  const year = plan.year ?? dataYear(existing).year;
  const fallbackYear = year ?? 0;
  const current = agencyGrid ? readAgencyGrid(agencyGrid, fallbackYear).info : emptyAgencyInfo(fallbackYear);
  const typedYear = agencyGrid ? dataYear([agencyGrid]).year : null;
  // The plan's year sets the year and proposes its calendar period (step 4 proposes the export's).
  const withYear =
    typedYear === null && plan.year !== null
      ? reproposeFacts({ ...current, year: plan.year }, { periodStart: yearStart(plan.year), periodEnd: yearEnd(plan.year) })
      : current;
  const { info, filled } = proposeFacts(withYear, header);
  if (typedYear === null && plan.year !== null) filled.unshift("year");

  if (!find(existing, sheetNames.tasks) && !agencyGrid) {
    // A workbook without tracking sheets: the whole tracking workbook of the plan's year.
    const extraUnits = defaultRegistryFor(plan.tasks).filter((u) => !commonUnits.some((c) => c.name === u.name));
    const data = { ...emptyTrackingData(info.year), agency: info, tasks: plan.tasks, units: [...commonUnits, ...extraUnits] };
    const spec = buildTrackingWorkbook(data);
    const sheets = spec.sheets.map((s) => (s.name === sheetNames.findings ? buildFindingsSheet(plan.findings) : s));
    return succeeded({ kind: "plan", plan, spec: { sheets: sheets.filter((s) => !find(existing, s.name)) }, year: info.year || null, filled });
  }
  const written = importIntoWorkbook(result, existing);
  if (written.refusal) return failed([written.refusal]);
  const missingSheets = buildTrackingWorkbook({ ...emptyTrackingData(info.year), agency: info }).sheets.filter(
    (s) => !find(existing, s.name) && !written.sheets.some((w) => w.name === s.name),
  );
  const agencySheet: SheetSpec[] = agencyGrid && filled.length > 0 ? [buildAgencySheet(info)] : [];
  return succeeded({
    kind: "plan",
    plan,
    spec: { sheets: [...agencySheet, ...written.sheets, ...missingSheets] },
    year: info.year || null,
    filled,
    carried: written.findings,
  });
}

/** Step 4's outcome: the dossier sheet, or the content is another step's (a plan, a tracking workbook), or it is unusable. */
export type DossierStepResult = JobResult<
  { readonly kind: "dossiers"; readonly imported: DossierImport; readonly spec: WorkbookSpec } | { readonly kind: "plan" } | { readonly kind: "tracking" }
>;

/**
 * Step 4: a one-stop export (list, aggregate table or Biểu 06) into "Hồ sơ TTHC", counted
 * at the end of the report's period ("Thông tin"), else 31/12 of the data's year.
 */
export function dossiersIntoWorkbook(content: SourceContent, existing: readonly Grid[]): DossierStepResult {
  const kind = contentKind(content.grids);
  if (kind === "plan" || kind === "tracking") return succeeded({ kind });
  const grid = content.grids.find((g) => locateDossierInput(g) !== null);
  if (!grid) return failed([finding("error", "dossier_table_not_found", { sheet: content.grids[0]?.sheet ?? null })]);
  const year = dataYear(existing).year;
  const agencyGrid = find(existing, sheetNames.agency);
  const asOf = agencyGrid && year !== null ? readAgencyGrid(agencyGrid, year).info.periodEnd : `${year ?? new Date().getFullYear()}-12-31`;
  const imported = importDossiers(grid, { asOf });
  if (imported.input === null) return failed(imported.findings);
  return succeeded({ kind: "dossiers", imported, spec: { sheets: [buildDossierSheet(imported.byField, imported.total)] } });
}

/**
 * Step 5: amounts typed in the pane (by cell of "Kinh phí") into the sheet, rebuilt with its
 * totals. A text that is not an amount is returned in `invalid` and nothing is written.
 * @example budgetIntoWorkbook(grids, { D3: "18.000.000" }).spec.sheets[0].name === "Kinh phí"
 */
export function budgetIntoWorkbook(existing: readonly Grid[], inputs: Readonly<Record<string, string>>): { spec: WorkbookSpec | null; invalid: string[] } {
  const grid = find(existing, sheetNames.budget);
  const year = dataYear(existing).year;
  if (!grid || year === null) return { spec: null, invalid: [] };
  const typed = withTypedAmounts(readBudgetGrid(grid), inputs);
  if (typed.invalid.length > 0) return { spec: null, invalid: typed.invalid };
  return { spec: { sheets: [buildBudgetSheet(typed.data, year)] }, invalid: [] };
}

/**
 * Step 2: agency facts typed in the pane (by key) into "Thông tin": each replaces the value and is
 * confirmed; `confirm` also confirms proposals as they are (every proposal with a value when
 * "all"). A typed date that does not read is returned in `invalid` and nothing is written.
 * @example agencyIntoWorkbook(grids, { signerName: "Trần Văn B" }, "all").spec?.sheets[0].name === "Thông tin"
 */
export function agencyIntoWorkbook(
  existing: readonly Grid[],
  typed: Readonly<Partial<Record<AgencyKey, string>>>,
  confirm: "all" | readonly AgencyKey[] = [],
): { spec: WorkbookSpec | null; invalid: readonly AgencyKey[]; info: AgencyInfo | null } {
  const grid = find(existing, sheetNames.agency);
  const year = dataYear(existing).year;
  if (!grid || year === null) return { spec: null, invalid: [], info: null };
  const { info: current } = readAgencyGrid(grid, year);
  const { info: withTyped, invalid } = typeFacts(current, typed);
  if (invalid.length > 0) return { spec: null, invalid, info: null };
  const info = confirm === "all" ? confirmFacts(withTyped) : confirmFacts(withTyped, confirm);
  return { spec: { sheets: [buildAgencySheet(info)] }, invalid: [], info };
}

/** Steps 3 and 6: the routine and the "Kiểm tra" sheet of its findings (the report's own checks). */
export function checkWorkbook(grids: readonly Grid[]): { routine: RoutineStatus; spec: WorkbookSpec } {
  const routine = routineStatus(grids);
  return { routine, spec: { sheets: [buildFindingsSheet(routine.findings)] } };
}

/**
 * The report of the routine, a draft when anything is missing: what the routine's steps lack
 * (agency facts, tasks, dossiers, budget) or what the report itself lacks (an empty "Nhận xét"
 * block). A draft carries "DỰ THẢO" in the sheet and the .docx; the missing list joins both.
 * @example routineReport(routineStatus(unfilledGrids))?.model.draft === true
 */
export function routineReport(routine: RoutineStatus): { model: ReportModel; sheets: WorkbookSpec; missing: MissingItem[] } | null {
  if (!routine.report?.ok) return null;
  const { model, sheets } = routine.report;
  // The report's own list names the signer and the agency too; the routine's items name their cells.
  const covered = new Set<string>([narrativeText.missing.signer, narrativeText.missing.agency]);
  // Each with the cell to go to: a fact of "Thông tin" in step 2, a block or result row of "Nhận xét" in step 6.
  const ownMissing: MissingItem[] = (model.missingAt ?? model.missing.map((label) => ({ label, sheet: null, cell: null })))
    .filter((m) => !covered.has(m.label) || !routine.missing.some((r) => r.step === "agency"))
    .map((m) => ({ step: m.sheet === sheetNames.agency ? "agency" : "report", label: m.label, sheet: m.sheet ?? sheetNames.narrative, cell: m.cell }));
  const missing = [...routine.missing, ...ownMissing];
  if (routine.missing.length === 0) return { model, sheets, missing };
  const draft: ReportModel = { ...model, draft: true, missing: [...model.missing, ...routine.missing.map((m) => m.label)] };
  return { model: draft, sheets: { ...sheets, sheets: sheets.sheets.map((s) => (s.name === sheetNames.report ? buildReportSheet(draft) : s)) }, missing };
}

/**
 * A stand-alone copy of the workbook for "open as a new workbook" / download inside Excel:
 * the tracking sheets rebuilt from what was read, with the report built over them.
 */
export function reportWorkbookCopy(routine: RoutineStatus, grids: readonly Grid[]): WorkbookSpec | null {
  const read = routine.report?.ok ? routine.report.read : null;
  if (!read) return null;
  const unitsGrid = find(grids, sheetNames.units);
  const units = unitsGrid ? readUnitsGrid(unitsGrid) : commonUnits;
  const spec = buildTrackingWorkbook({ agency: read.agency, tasks: read.tasks, dossiers: read.dossierFields, budget: read.budget, units });
  // The report's text blocks as the secretary left them ("Nhận xét"), the drafts with their marks.
  const narrative = read.narrativeDrafted ? [] : [buildNarrativeSheet(read.narrativeRows, read.itemRows)];
  const copy = routineStatus([...spec.sheets, ...narrative].map(specToGrid));
  if (!copy.report?.ok) return null;
  // The report's sheets replace their namesakes: "Nhận xét" is one of them once the report has
  // regenerated its untouched drafts (a workbook with a sheet named twice cannot be written).
  const written = copy.report.sheets.sheets;
  return { sheets: [...[...spec.sheets, ...narrative].filter((s) => !written.some((w) => w.name === s.name)), ...written], active: copy.report.sheets.active };
}
