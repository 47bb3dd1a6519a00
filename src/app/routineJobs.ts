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
import { importDossiers, withContextRate, type DossierImport } from "../core/dossiers/importDossiers";
import { periodFindings, type DossierPeriod, type PeriodSource } from "../core/dossiers/period";
import { countForPeriod, type PeriodOptions } from "./dossiersJob";
import { cell, type CellSpec, type SheetSpec, type WorkbookSpec } from "../core/sheet/model";
import { locateColumns, locatedLetters } from "../core/sheet/layout";
import { cellInRowOf, columnLetters } from "../core/grid/address";
import { tasksLayout } from "../core/workbook/layouts";
import { buildTasksSheet, taskRowKey, tasksKeptColumns } from "../core/workbook/tasksSheet";
import { importPlan } from "../core/plan/importPlan";
import { makeRegistry } from "../core/units/registry";
import { foldKey, normalizeCellText } from "../core/text/normalize";
import {
  agencyCellEdits,
  agencyKeys,
  buildAgencySheet,
  emptyAgencyInfo,
  readAgencyGrid,
  type AgencyInfo,
  type AgencyKey,
  type AgencyRead,
} from "../core/workbook/agencySheet";
import { confirmFacts, periodSettled, reproposeFacts, typeFacts } from "../core/workbook/agencyFacts";
import { budgetAmountEdits, buildBudgetSheet, readBudgetGrid, withTypedAmounts } from "../core/workbook/budgetSheet";
import { parseIsoDate, yearEnd, yearStart } from "../core/calendar/dates";
import { buildDossierSheetOver } from "../core/workbook/dossierSheet";
import { buildFindingsSheet } from "../core/workbook/findingsSheet";
import { findSheet, sheetNames } from "../core/workbook/sheetNames";
import { buildTrackingWorkbook, emptyTrackingData } from "../core/workbook/trackingWorkbook";
import { commonUnits } from "../core/units/registry";
import { buildUnitsSheet, defaultRegistryFor, readUnitsGrid, unitsKeptColumns } from "../core/workbook/unitsSheet";
import { buildNarrativeSheet, narrativeKeptColumns, readNarrativeGrid } from "../core/workbook/narrativeSheet";
import { narrativeLayout } from "../core/workbook/layouts";
import { narrativeKeys } from "../core/report/narrative";
import { reportItemKeys, type ReportItemKey } from "../core/report/reportItems";
import type { PlanImport } from "../core/plan/plan";
import { specToGrid } from "../core/sheet/specGrid";
import type { SourceContent } from "../io/readSource";
import { importFromContent, importIntoWorkbook } from "./importJob";
import { routineStatus, type MissingItem, type RoutineStatus } from "./routine";
import { dataYear } from "../core/workbook/dataYear";
import { contentKind } from "../core/routine/contentKind";
import { planSourceHeaderFacts, type PlanHeaderFacts } from "../core/document/agencyFromHeader";
import { buildReportSheet } from "../core/report/reportSheet";
import type { ReportModel } from "../core/report/model";

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
  header: PlanHeaderFacts = planSourceHeaderFacts(content),
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
  const agencyRead = agencyGrid ? readAgencyGrid(agencyGrid, fallbackYear) : null;
  const current = agencyRead?.info ?? emptyAgencyInfo(fallbackYear);
  const typedYear = agencyGrid ? dataYear([agencyGrid]).year : null;
  // The plan's year sets the year and proposes its calendar period (step 4 proposes the export's).
  const withYear =
    typedYear === null && plan.year !== null
      ? reproposeFacts({ ...current, year: plan.year }, { periodStart: yearStart(plan.year), periodEnd: yearEnd(plan.year) })
      : current;
  // The header's facts replace blanks and the product's own proposals (a default "GIÁM ĐỐC" gives way to the plan's "PHÓ GIÁM ĐỐC"); what the user confirmed stays.
  const info = reproposeFacts(withYear, header);
  const filled = agencyKeys.filter((k) => header[k as keyof PlanHeaderFacts] !== undefined && JSON.stringify(info[k]) !== JSON.stringify(withYear[k]));
  if (typedYear === null && plan.year !== null) filled.unshift("year");

  if (!find(existing, sheetNames.tasks) && !agencyGrid) {
    // A workbook without tracking sheets: the whole tracking workbook of the plan's year. Its unit
    // list is the plan's own units (those the common list knows by name, the others as written),
    // never another agency's default list; so no unit of the plan is unknown to it.
    const units = defaultRegistryFor(plan.tasks);
    const findings = [
      ...plan.findings.filter((f) => f.code !== "unit_unknown"),
      ...(units.length > 0 ? [finding("info", "units_from_plan", { sheet: sheetNames.units }, { count: units.length })] : []),
    ];
    const own = { ...plan, findings };
    const data = { ...emptyTrackingData(info.year), agency: info, tasks: plan.tasks, units };
    const spec = buildTrackingWorkbook(data);
    const sheets = spec.sheets.map((s) => (s.name === sheetNames.findings ? buildFindingsSheet(findings) : s));
    return succeeded({ kind: "plan", plan: own, spec: { sheets: sheets.filter((s) => !find(existing, s.name)) }, year: info.year || null, filled });
  }
  const written = importIntoWorkbook(result, existing);
  if (written.refusal) return failed([written.refusal]);
  const missingSheets = buildTrackingWorkbook({ ...emptyTrackingData(info.year), agency: info }).sheets.filter(
    (s) => !find(existing, s.name) && !written.sheets.some((w) => w.name === s.name),
  );
  // "Thông tin" written again in its own columns (a column the user inserted kept).
  const agencySheet: SheetSpec[] = agencyRead && filled.length > 0 ? [buildAgencySheet(info, {}, agencyRead.columns)] : [];
  return succeeded({
    kind: "plan",
    plan,
    spec: { sheets: [...agencySheet, ...written.sheets, ...missingSheets] },
    year: info.year || null,
    filled,
    carried: written.findings,
  });
}

/** Step 4's outcome: the dossier sheet and the period, or the content is another step's (a plan, a tracking workbook), or it is unusable. */
export type DossierStepResult = JobResult<
  | {
      readonly kind: "dossiers";
      readonly imported: DossierImport;
      /** "Hồ sơ TTHC", written whole. */
      readonly spec: WorkbookSpec;
      /** The period's cells of "Thông tin" (agencySave), null without the sheet. */
      readonly agency: CellSave | null;
      /** The period counted and where it came from ("given" when it was the confirmed one). */
      readonly period: DossierPeriod;
      readonly source: PeriodSource;
    }
  | { readonly kind: "plan" }
  | { readonly kind: "tracking" }
>;

/** The period "Thông tin" holds when it is settled (periodSettled), else nothing (to be proposed). */
function confirmedPeriod(info: AgencyInfo | null, today: string): Partial<DossierPeriod> {
  return info && periodSettled(info, today) ? { from: info.periodStart, to: info.periodEnd, asOf: info.asOf || info.periodEnd } : {};
}

/** "Thông tin" as step 4 reads it (the data's year, else today's) with its grid, or null without the sheet. */
function stepFourAgency(existing: readonly Grid[], today: string): { grid: Grid; read: AgencyRead } | null {
  const year = dataYear(existing).year;
  const grid = find(existing, sheetNames.agency);
  return grid ? { grid, read: readAgencyGrid(grid, year ?? Number(today.slice(0, 4))) } : null;
}

/** The facts with the period counted written in: confirmed when the user chose it, else as proposals for the pane to confirm. */
function withPeriod(info: AgencyInfo, period: DossierPeriod, confirm: boolean): AgencyInfo {
  const facts = { periodStart: period.from, periodEnd: period.to, asOf: period.asOf };
  return confirm ? typeFacts(info, facts).info : reproposeFacts(info, facts);
}

/**
 * "Thông tin" made to hold `info`: the cells of the facts that changed (value and "Xác nhận"), found
 * by label and header, so that a column the user inserted keeps its place and values
 * (agencyCellEdits); the whole sheet, for a host that rebuilds it (or a sheet cells cannot say it
 * in), in the sheet's own columns, the user's included.
 */
function agencySave(grid: Grid, read: AgencyRead, info: AgencyInfo): CellSave {
  const cells = (agencyCellEdits(grid, read, info) ?? []).map((e): CellEdit => ({ sheet: sheetNames.agency, ...e }));
  return { cells, whole: () => ({ sheets: [buildAgencySheet(info, {}, read.columns)] }) };
}

/**
 * What decides step 4's period, for the pane and for the CLI's `dossiers` (one rule,
 * docs/dossiers.md#reporting-period): what is `given` (the period typed in the pane, or
 * --from/--to/--as-of) over the period the workbook settled in "Thông tin"; the data's year is the
 * workbook's (dataYear), else the year of the given as-of date or period end. Without a workbook
 * (`existing` empty) only the given dates count; the proposal then takes the year of the last
 * reception date, else today's (proposePeriod).
 * @example stepFourPeriod([], { today: "2026-01-10", given: { asOf: "2025-12-31" } }).year === 2025
 */
export function stepFourPeriod(existing: readonly Grid[], options: { readonly today: string; readonly given?: Partial<DossierPeriod> }): PeriodOptions {
  const given = { ...confirmedPeriod(stepFourAgency(existing, options.today)?.read.info ?? null, options.today), ...options.given };
  const dated = given.asOf ?? given.to;
  const year = dataYear(existing).year ?? (dated ? (parseIsoDate(dated)?.y ?? null) : null);
  return { given, year, today: options.today };
}

/**
 * "Thông tin" with the period counted written in, as step 4 writes it, whole (the CLI replaces the
 * sheet): confirmed when the user chose it (`confirm`), else as proposals; in the sheet's own
 * columns, a column the user inserted kept with its values. Null without a "Thông tin" sheet.
 */
export function periodAgencySheet(existing: readonly Grid[], period: DossierPeriod, options: { readonly today: string; readonly confirm: boolean }) {
  const agency = stepFourAgency(existing, options.today);
  return agency ? buildAgencySheet(withPeriod(agency.read.info, period, options.confirm), {}, agency.read.columns) : null;
}

/**
 * Step 4: a one-stop export (list, aggregate table or Biểu 06) into "Hồ sơ TTHC", counted
 * for the reporting period (the shared rule of dossiersJob.ts): the one confirmed in "Thông tin"
 * or `options.period`, else proposed from the export and written to "Thông tin" as proposals
 * (`confirm`: as confirmed, the user chose it), in the period's cells only (`agency`). Rows received
 * outside the period are left out and said; an as-of date after `options.today` is refused.
 */
export function dossiersIntoWorkbook(
  content: SourceContent,
  existing: readonly Grid[],
  options: { readonly today: string; readonly period?: Partial<DossierPeriod>; readonly confirm?: boolean },
): DossierStepResult {
  const kind = contentKind(content.grids);
  if (kind === "plan" || kind === "tracking") return succeeded({ kind });
  const grid = content.grids.find((g) => locateDossierInput(g) !== null);
  if (!grid) return failed([finding("error", "dossier_table_not_found", { sheet: content.grids[0]?.sheet ?? null })]);
  const agency = stepFourAgency(existing, options.today);
  const rule = stepFourPeriod(existing, { today: options.today, given: options.period });
  const counted = countForPeriod((at) => withContextRate(importDossiers(grid, at), content.contextTexts, grid.sheet), rule);
  if (!counted.ok) return counted;
  const { imported, period, source } = counted;
  if (imported.input === null) return failed(imported.findings);
  // Written over the old sheet: a column the user inserted there keeps its values by field.
  const dossierSheet = buildDossierSheetOver(imported.byField, imported.total, find(existing, sheetNames.dossiers));
  const agencyCells = agency ? agencySave(agency.grid, agency.read, withPeriod(agency.read.info, period, Boolean(options.confirm))) : null;
  return succeeded({
    kind: "dossiers",
    imported: dossierSheet.findings.length > 0 ? { ...imported, findings: [...imported.findings, ...dossierSheet.findings] } : imported,
    period,
    source,
    spec: { sheets: [dossierSheet.sheet] },
    agency: agencyCells,
  });
}

/**
 * The period the user confirmed (step 4, or its fields in step 2) into "Thông tin" (its cells,
 * `agency`); with the export still at hand, its figures counted again for that period into "Hồ sơ
 * TTHC" (`spec`, else empty) in the same write.
 * A date that does not read or an as-of date after today is refused, nothing written.
 */
export function periodIntoWorkbook(
  existing: readonly Grid[],
  period: DossierPeriod,
  options: { readonly today: string; readonly source: SourceContent | null },
): JobResult<{ readonly spec: WorkbookSpec; readonly agency: CellSave; readonly recounted: DossierImport | null }> {
  const year = dataYear(existing).year;
  const agencyGrid = find(existing, sheetNames.agency);
  if (!agencyGrid || year === null) return failed([finding("error", "year_unknown", { sheet: sheetNames.agency })]);
  const refused = periodFindings(period, options.today).filter((f) => f.severity === "error");
  if (refused.length > 0) return failed(refused.map((f) => ({ ...f, sheet: sheetNames.agency })));
  if (options.source) {
    const counted = dossiersIntoWorkbook(options.source, existing, { today: options.today, period, confirm: true });
    if (!counted.ok) return counted;
    if (counted.kind === "dossiers" && counted.agency) return succeeded({ spec: counted.spec, agency: counted.agency, recounted: counted.imported });
  }
  const read = readAgencyGrid(agencyGrid, year);
  return succeeded({ spec: { sheets: [] }, agency: agencySave(agencyGrid, read, withPeriod(read.info, period, true)), recounted: null });
}

/**
 * Step 5: amounts typed in the pane (by cell of "Kinh phí") into the sheet: the typed cells and the
 * totals they change (budgetAmountEdits), found by header, so that a column the user inserted or
 * moved keeps its place and its values; the whole sheet, for a host that rebuilds it, is written in
 * the sheet's own columns (the user's included). A text that is not an amount is returned in
 * `invalid` and nothing is written.
 * @example budgetIntoWorkbook(grids, { D3: "18.000.000" }).save?.cells.map((c) => c.cell) → ["D3", "D5"]
 */
export function budgetIntoWorkbook(existing: readonly Grid[], inputs: Readonly<Record<string, string>>): { save: CellSave | null; invalid: string[] } {
  const grid = find(existing, sheetNames.budget);
  const year = dataYear(existing).year;
  if (!grid || year === null) return { save: null, invalid: [] };
  const read = readBudgetGrid(grid);
  const typed = withTypedAmounts(read, inputs);
  if (typed.invalid.length > 0) return { save: null, invalid: typed.invalid };
  const cells = budgetAmountEdits(read, typed.data, inputs).map((e): CellEdit => ({ sheet: sheetNames.budget, ...e }));
  return { save: { cells, whole: () => ({ sheets: [buildBudgetSheet(typed.data, year, read.layouts)] }) }, invalid: [] };
}

/** A cell of an owned sheet the pane writes on its own (Excel: one request for all of a save). */
export interface CellEdit {
  readonly sheet: string;
  readonly cell: string;
  readonly spec: CellSpec;
}

/**
 * A save of a few cells: the cells (what Excel writes, in one request) and the sheets rebuilt
 * whole (what a host that keeps sheets as descriptions writes when it has not got the sheet yet).
 */
export interface CellSave {
  readonly cells: readonly CellEdit[];
  readonly whole: () => WorkbookSpec;
}

/**
 * Step 2: agency facts typed in the pane (by key) into "Thông tin": each replaces the value and is
 * confirmed; `confirm` also confirms proposals as they are (every proposal with a value when
 * "all"). A typed date that does not read is returned in `invalid` and nothing is written. The
 * save is the changed value and "Xác nhận" cells when the sheet has that column, else the sheet,
 * in its own columns (agencySave).
 * @example agencyIntoWorkbook(grids, { signerName: "Trần Văn B" }, "all").save?.cells.map((c) => c.cell) → ["B16", "D16", …]
 */
export function agencyIntoWorkbook(
  existing: readonly Grid[],
  typed: Readonly<Partial<Record<AgencyKey, string>>>,
  confirm: "all" | readonly AgencyKey[] = [],
): { save: CellSave | null; invalid: readonly AgencyKey[]; info: AgencyInfo | null } {
  const grid = find(existing, sheetNames.agency);
  const year = dataYear(existing).year;
  if (!grid || year === null) return { save: null, invalid: [], info: null };
  const read = readAgencyGrid(grid, year);
  const { info: withTyped, invalid } = typeFacts(read.info, typed);
  if (invalid.length > 0) return { save: null, invalid, info: null };
  const info = confirm === "all" ? confirmFacts(withTyped) : confirmFacts(withTyped, confirm);
  return { save: agencySave(grid, read, info), invalid: [], info };
}

/** What the tracker changes in one task: any of its status, evidence and note. */
export interface TaskEdit {
  /** The task's key (its task-text cell, TaskRow.key). */
  readonly key: string;
  readonly status?: string;
  readonly evidence?: string;
  readonly note?: string;
}

/**
 * Step 3: the tracker's edits into "Nhiệm vụ": the status, evidence and note cells of each task
 * (found by the sheet's own headers), written as text; the whole sheet is the same tasks with the
 * edits, for a host that has not got the sheet as a description yet. Null when the workbook has
 * no tasks sheet.
 */
export function taskEditsIntoWorkbook(existing: readonly Grid[], edits: readonly TaskEdit[]): CellSave | null {
  const grid = find(existing, sheetNames.tasks);
  if (!grid) return null;
  const letters = locatedLetters(locateColumns(grid.rows, tasksLayout), grid.firstColumnNumber);
  const cells = edits.flatMap((edit) => {
    return (["status", "evidence", "note"] as const).flatMap((field): CellEdit[] => {
      const text = edit[field];
      const letter = letters[field];
      const at = letter ? cellInRowOf(edit.key, letter) : null;
      return text === undefined || !at
        ? []
        : [{ sheet: sheetNames.tasks, cell: at, spec: cell.text(normalizeCellText(text), field === "status" ? "center" : "body") }];
    });
  });
  const whole = () => {
    const year = dataYear(existing).year ?? undefined;
    const unitsGrid = find(existing, sheetNames.units);
    const registry = makeRegistry(unitsGrid ? readUnitsGrid(unitsGrid) : []);
    const tasks = (importPlan([grid], { year, registry })?.tasks ?? []).map((t) => {
      const edit = edits.find((e) => e.key === t.source.cell);
      return edit ? { ...t, status: edit.status ?? t.status, evidence: edit.evidence ?? t.evidence, note: edit.note ?? t.note } : t;
    });
    return { sheets: [buildTasksSheet(tasks, tasksKeptColumns(grid), (i) => taskRowKey(tasks[i]))] };
  };
  return { cells, whole };
}

/**
 * Step 6: the result of a standard item of the report's table typed in the pane (a document —
 * "Quyết định số 90/QĐ-STP ngày 05/12/2025" — or "Không thực hiện vì …"), into its row of
 * "Nhận xét" as the secretary's own text: the text cell, and the hidden mark emptied so no report
 * takes it for its own draft. The whole sheet is the rows read back with that text, for a host
 * that has not got the sheet as a description. Null when the workbook has no "Nhận xét" sheet or
 * no row for the item (the report makes them).
 */
export function itemResultIntoWorkbook(existing: readonly Grid[], key: ReportItemKey, text: string): CellSave | null {
  const grid = find(existing, sheetNames.narrative);
  if (!grid) return null;
  const read = readNarrativeGrid(grid);
  const at = read.items.cells[key];
  if (!at) return null;
  const typed = normalizeCellText(text);
  const markColumn = locateColumns(grid.rows, narrativeLayout).columns.mark;
  const markAt = markColumn === undefined ? null : cellInRowOf(at, columnLetters(grid.firstColumnNumber + markColumn));
  const cells: CellEdit[] = [
    { sheet: sheetNames.narrative, cell: at, spec: cell.text(typed, "body") },
    ...(markAt ? [{ sheet: sheetNames.narrative, cell: markAt, spec: cell.text("", "note") }] : []),
  ];
  const whole = () => {
    const rows = Object.fromEntries(narrativeKeys.map((k) => [k, { text: read.narrative[k], mark: read.marks[k] ?? "", note: "" }]));
    const items = Object.fromEntries(
      reportItemKeys.map((k) => [
        k,
        k === key ? { text: typed, mark: "", note: "" } : { text: read.items.texts[k] ?? "", mark: read.items.marks[k] ?? "", note: "" },
      ]),
    );
    return {
      sheets: [
        buildNarrativeSheet(rows as Parameters<typeof buildNarrativeSheet>[0], items as Parameters<typeof buildNarrativeSheet>[1], narrativeKeptColumns(grid)),
      ],
    };
  };
  return { cells, whole };
}

/**
 * "Thêm vào danh mục đơn vị": the names the plan uses that the unit list does not know, added to
 * "Đơn vị" (each once, as written); what the list holds stays. Null without the sheet.
 */
export function unitsIntoWorkbook(existing: readonly Grid[], names: readonly string[]): WorkbookSpec | null {
  const grid = find(existing, sheetNames.units);
  const current = grid ? readUnitsGrid(grid) : [];
  const known = new Set(current.flatMap((u) => [u.name, ...u.aliases]).map((n) => foldKey(n)));
  // Each name once, as first written ("Sở Tài chính", not a later "sở tài chính").
  const added: { name: string; aliases: string[] }[] = [];
  for (const name of names.map(normalizeCellText)) {
    const key = foldKey(name);
    if (name === "" || known.has(key)) continue;
    known.add(key);
    added.push({ name, aliases: [] });
  }
  return { sheets: [buildUnitsSheet([...current, ...added], grid ? unitsKeptColumns(grid) : null)] };
}

/** Steps 3 and 6: the routine and the "Kiểm tra" sheet of its findings (the report's own checks). */
export function checkWorkbook(grids: readonly Grid[], options: { today?: string } = {}): { routine: RoutineStatus; spec: WorkbookSpec } {
  const routine = routineStatus(grids, options);
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
  // The report's own list names a blank signer and agency too; the routine's step 2 items name their cells.
  const agencyListed = routine.missing.some((r) => r.step === "agency");
  // Each with the cell to go to: a fact of "Thông tin" in step 2, a block or result row of "Nhận xét" in step 6.
  const places: NonNullable<ReportModel["missingAt"]> = model.missingAt ?? model.missing.map((label) => ({ label, sheet: null, cell: null }));
  const ownMissing: MissingItem[] = places
    .filter((m) => !(m.blankFact && agencyListed))
    .map((m) => ({
      step: m.sheet === sheetNames.agency ? "agency" : "report",
      label: m.label,
      sheet: m.sheet ?? sheetNames.narrative,
      cell: m.cell,
      ...(m.item ? { item: m.item } : {}),
      ...(m.block ? { block: m.block } : {}),
      ...(m.confirm ? { confirm: true } : {}),
    }));
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
  const narrative = read.narrativeDrafted
    ? []
    : [buildNarrativeSheet(read.narrativeRows, read.itemRows, narrativeKeptColumns(find(grids, sheetNames.narrative)))];
  const copy = routineStatus([...spec.sheets, ...narrative].map(specToGrid));
  if (!copy.report?.ok) return null;
  // The report's sheets replace their namesakes: "Nhận xét" is one of them once the report has
  // regenerated its untouched drafts (a workbook with a sheet named twice cannot be written).
  const written = copy.report.sheets.sheets;
  return { sheets: [...[...spec.sheets, ...narrative].filter((s) => !written.some((w) => w.name === s.name)), ...written], active: copy.report.sheets.active };
}
