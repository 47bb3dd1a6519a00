import { cellAddress } from "../grid/address";
import { cutToCellLimit, excelCellCharacters } from "../grid/limits";
import type { Grid } from "../grid/grid";
import { finding, locate, type Finding } from "../findings/finding";
import { parseTiming, timingOutsideYear } from "../timing/parseTiming";
import { timingOutsidePeriod } from "../timing/yearCheck";
import { inferPlanPeriod, inferPlanYear } from "../timing/inferYear";
import { foldKey, normalizeCellText } from "../text/normalize";
import { parseUnits, unitsOfHeads, type TaskUnits, type UnitRole, type WrittenUnit } from "../units/parseUnits";
import { makeRegistry, suggestUnits, type UnitRegistry } from "../units/registry";
import type { ColumnRole } from "./columns";
import { sheetNames } from "../workbook/sheetNames";
import { tasksLayout } from "../workbook/layouts";
import { cleanGrid, isRepeatedHeader, locateTable, type CleanGrid, type TableLayout } from "./locateTable";
import type { PlanGroup, PlanImport, PlanTask } from "./plan";
import { requiredActivityFindings } from "./requiredActivities";
import { taskCurrencyFindings } from "../legal/currency";

export interface ImportPlanOptions {
  /** The plan year; inferred from the table and `contextTexts` when absent. */
  readonly year?: number;
  readonly registry?: UnitRegistry;
  /** Text around the table (title, prose) that helps infer the plan year. */
  readonly contextTexts?: readonly string[];
}

type Field = "no" | "group" | "task" | "output" | "timing" | "units" | "lead" | "head" | "support" | "subject" | "status" | "evidence" | "note";

/** A task being assembled from its first row and continuation rows. */
interface Draft {
  no: string;
  /** Cells of the task's first row, by field: where a finding about an empty field points. */
  firstRowCells: Partial<Record<Field, string>>;
  group: string | null;
  values: Record<Field, string>;
  cells: Partial<Record<Field, string>>;
}

/** The most table rows a plan is read with (a plan has tens of tasks; bench/RESULTS.md measures 10,000 in about a second). */
export const maxPlanRows = 20_000;

const fields: readonly Field[] = ["no", "group", "task", "output", "timing", "units", "lead", "head", "support", "subject", "status", "evidence", "note"];

/**
 * Turns the first task table found in any of the grids into plan tasks and findings.
 * Returns null when no grid has a recognisable header (the caller reports `table_not_found`).
 * @example importPlan([tsvToGrid("Kế hoạch", seed000Text)])?.tasks.length === 12
 */
export function importPlan(grids: readonly Grid[], options: ImportPlanOptions = {}): PlanImport | null {
  for (const grid of grids) {
    const view = cleanGrid(grid);
    const layout = locateTable(view);
    if (layout) return importTable(grid, view, grid.sheet === sheetNames.tasks ? ownSheetLayout(view, layout) : layout, options);
  }
  return null;
}

/**
 * The product's own tasks sheet has one column per declared header (tasksLayout): a column the
 * user inserted whose header also reads as a role ("Ghi chú riêng" beside "Ghi chú") is hers, not
 * a second column of that role whose text would be joined into the task's (and written again into
 * "Ghi chú" on the next import). A role keeps only its column headed exactly as declared when
 * there is one; a column the user renamed, alone in its role, still reads as before.
 */
function ownSheetLayout(view: CleanGrid, layout: TableLayout): TableLayout {
  const header = Array.from({ length: layout.roles.length }, (_, c) => foldKey(view.text(layout.headerRow, c)));
  const exact = (c: number) => tasksLayout.some((d) => "readAs" in d && d.readAs === layout.roles[c] && foldKey(d.header) === header[c]);
  const hasExact = new Set(layout.roles.flatMap((role, c) => (role && exact(c) ? [role] : [])));
  return { ...layout, roles: layout.roles.map((role, c) => (role && hasExact.has(role) && !exact(c) ? null : role)) };
}

function importTable(grid: Grid, view: CleanGrid, layout: TableLayout, options: ImportPlanOptions): PlanImport {
  const registry = options.registry ?? makeRegistry();
  const address = (r: number, c: number) => cellAddress(grid.firstRowNumber + r, grid.firstColumnNumber + c);
  const columnsOf = (role: ColumnRole) => layout.roles.flatMap((x, i) => (x === role ? [i] : []));
  const noColumn = columnsOf("no")[0] ?? null;
  const findings: Finding[] = [];
  const drafts: Draft[] = [];
  const groups: PlanGroup[] = [];
  let group: string | null = null;
  const ownSheet = grid.sheet === sheetNames.tasks;

  const rows = tableRows(view, layout);
  if (rows.length > maxPlanRows) {
    // Not a plan's appendix (tens of tasks; the benchmarks go to 10,000): refused before any row is read.
    const cell = address(rows[maxPlanRows], 0);
    return {
      year: null,
      years: null,
      sheet: grid.sheet,
      tasks: [],
      groups: [],
      findings: [finding("error", "plan_too_many_rows", { sheet: grid.sheet, cell }, { count: rows.length, limit: maxPlanRows })],
    };
  }
  for (const r of rows) {
    const cells = Array.from({ length: view.width }, (_, c) => view.text(r, c));
    if (isRepeatedHeader(cells, layout.roles)) continue;
    const section = sectionTitle(cells, noColumn);
    if (section) {
      group = section;
      groups.push({ title: section, source: { sheet: grid.sheet, cell: address(r, noColumn ?? 0) } });
      continue;
    }
    const no = noColumn === null ? "" : cells[noColumn].trim().replace(/[.)]$/, "");
    // On the add-in's own tasks sheet every row is a task: a row the user added without a
    // number is a new task (and a finding), never a continuation of the task above.
    const unnumberedOwnRow = ownSheet && noColumn !== null && no === "" && !view.coveredFromAbove(r, noColumn);
    if (unnumberedOwnRow) findings.push(finding("warning", "task_number_missing", { sheet: grid.sheet, cell: address(r, noColumn) }, {}));
    const startsTask = noColumn === null || unnumberedOwnRow ? true : no !== "" && !view.coveredFromAbove(r, noColumn);
    if (startsTask) {
      const firstRowCells: Partial<Record<Field, string>> = {};
      layout.roles.forEach((role, c) => {
        if (role) firstRowCells[role] ??= address(r, c);
      });
      drafts.push(newDraft(no || String(drafts.length + 1), group, firstRowCells));
    } else if (drafts.length === 0) {
      findings.push(finding("warning", "continuation_without_task", { sheet: grid.sheet, cell: address(r, 0) }));
      continue;
    }
    const draft = drafts[drafts.length - 1];
    layout.roles.forEach((role, c) => {
      if (!role || role === "no") return;
      if (!startsTask && view.coveredFromAbove(r, c)) return; // same merged value as the row above
      const value = cells[c];
      if (!value) return;
      const field = role as Field;
      draft.values[field] = draft.values[field] ? joinContinuation(draft.values[field], value, field) : value;
      draft.cells[field] ??= address(r, c);
    });
    if (noColumn !== null && startsTask) draft.cells.no = address(r, noColumn);
  }

  // The title and prose above the table say which year the plan is for ("… năm 2024"), or
  // which years ("… giai đoạn 2026-2030", "… đến năm 2030").
  const above = Array.from({ length: layout.headerRow }, (_, r) => view.text(r, 0)).filter(Boolean);
  const titleTexts = [...(options.contextTexts ?? []), ...above];
  const contextTexts = [...titleTexts, ...drafts.map((d) => `${d.values.task} ${d.values.timing}`)];
  const inferred = inferPlanYear(contextTexts);
  const years = inferPlanPeriod(titleTexts, options.year ?? inferred);
  const year = options.year ?? (years ? years[0] : inferred);
  const tasks = drafts.map((d) => finishTask(d, grid.sheet, year, years, registry, layout, findings));
  groupUnknownUnits(findings);
  findings.push(...duplicateNumberFindings(tasks, grid.sheet));
  if (tasks.length === 0) findings.push(finding("error", "plan_has_no_tasks", { sheet: grid.sheet }));
  else findings.push(...requiredActivityFindings(tasks, grid.sheet));
  // Legal texts cited that were replaced for the year, district-level units after 01/7/2025.
  if (year !== null) findings.push(...taskCurrencyFindings(tasks, years ? years[1] : year));
  if (year === null) findings.push(finding("error", "year_not_found", { sheet: grid.sheet }));
  return { year, years, sheet: grid.sheet, tasks, groups, findings };
}

/**
 * The rows of the table body. In a whole document pasted as text, the table ends where
 * prose resumes: a row with text only in its first cell that is not a section heading
 * followed by a task row (seed 002 ends with "III. TỔ CHỨC THỰC HIỆN" then "1. Văn phòng Sở …").
 */
function tableRows(view: CleanGrid, layout: TableLayout): number[] {
  const rows: number[] = [];
  const filled = (r: number) => Array.from({ length: view.width }, (_, c) => view.text(r, c)).filter(Boolean).length;
  const onlyFirst = (r: number) => filled(r) === 1 && view.text(r, 0) !== "";
  const nextFilled = (r: number) => {
    for (let k = r + 1; k < view.rowCount; k++) if (filled(k) > 0) return k;
    return -1;
  };
  for (let r = layout.firstDataRow; r < view.rowCount; r++) {
    if (filled(r) === 0) continue;
    if (onlyFirst(r) && layout.roles.length > 1) {
      const k = nextFilled(r);
      const looksLikeSection = romanHeading(view.text(r, 0)) !== null;
      if (!looksLikeSection || k < 0 || onlyFirst(k)) break;
    }
    rows.push(r);
  }
  return rows;
}

function newDraft(no: string, group: string | null, firstRowCells: Partial<Record<Field, string>>): Draft {
  const values = Object.fromEntries(fields.map((f) => [f, ""])) as Record<Field, string>;
  return { no, group, values, cells: {}, firstRowCells };
}

const romanNumeral = /^(?=[IVX])(X{0,3})(IX|IV|V?I{0,3})$/;

/** A Roman-numeral heading "I", "II.", "III -" followed by its title (possibly empty), or null. */
function romanHeading(text: string): { numeral: string; title: string } | null {
  const m = /^([IVX]{1,5})(?:\s*[.:\-–)]\s*|\s+|$)(.*)$/su.exec(text.trim());
  if (!m || !romanNumeral.test(m[1])) return null;
  return { numeral: m[1], title: m[2].trim() };
}

/**
 * The heading of a section row, or null when the row is not one: a Roman numeral ("I", "II.")
 * or a capital letter ("A", "B.") in the number column followed by the section's title, which
 * is then the row's only other text ("A | PHÁT TRIỂN NỀN MÓNG CHO KINH TẾ SỐ …").
 */
function sectionTitle(cells: readonly string[], noColumn: number | null): string | null {
  const filled = cells.map((c, i) => ({ c: c.trim(), i })).filter((x) => x.c);
  if (filled.length === 0) return null;
  const first = filled[0];
  if (noColumn !== null && first.i === noColumn && /^[IVX]{1,5}\.?$/.test(first.c) && romanHeading(first.c) !== null) {
    const title = filled
      .slice(1)
      .map((x) => x.c)
      .join(" ");
    return title ? `${first.c.replace(/\.$/, "")}. ${title}` : null;
  }
  if (noColumn !== null && first.i === noColumn && /^[A-ZĐ]\.?$/u.test(first.c) && filled.length === 2) {
    return `${first.c.replace(/\.$/, "")}. ${filled[1].c}`;
  }
  if (filled.length === 1) {
    const heading = romanHeading(first.c);
    if (heading && heading.title) return `${heading.numeral}. ${heading.title}`;
  }
  return null;
}

/**
 * Joins a continuation to what the task already has: a line split mid-sentence
 * ("Xây dựng Kế hoạch áp dụng," + "duy trì …") joins with a space, a new item with a line break.
 */
function joinContinuation(before: string, after: string, field: Field): string {
  if (field === "units" || field === "lead" || field === "support" || field === "subject") return `${before}\n${after}`;
  const midSentence = /[,;:(\-–]$/.test(before) || /^[a-zà-ỹđ]/u.test(after);
  return midSentence ? `${before} ${after}` : `${before}\n${after}`;
}

function finishTask(
  d: Draft,
  sheet: string,
  year: number | null,
  years: readonly [number, number] | null,
  registry: UnitRegistry,
  layout: TableLayout,
  findings: Finding[],
): PlanTask {
  const cellOf = (f: Field) => d.cells[f] ?? d.firstRowCells[f];
  const taskCell = cellOf("task") ?? cellOf("no") ?? "A1";
  // Excel holds 32,767 characters in a cell: longer text is cut here, with a finding at its cell.
  const v = { ...d.values };
  for (const f of fields) {
    const cut = cutToCellLimit(v[f]);
    if (cut === null) continue;
    findings.push(finding("warning", "cell_text_too_long", { sheet, cell: cellOf(f) ?? taskCell }, { length: v[f].length, limit: excelCellCharacters }));
    v[f] = cut;
  }
  const noCut = cutToCellLimit(d.no);
  if (noCut !== null)
    findings.push(finding("warning", "cell_text_too_long", { sheet, cell: cellOf("no") ?? taskCell }, { length: d.no.length, limit: excelCellCharacters }));
  const no = noCut ?? d.no;
  if (!v.task.trim()) findings.push(finding("error", "task_text_missing", { sheet, cell: taskCell }, { no: d.no }));

  const { timing, issue } = parseTiming(v.timing, year === null ? {} : { year, period: years });
  const timingCell = cellOf("timing") ?? taskCell;
  if (!v.timing.trim()) findings.push(finding("warning", "task_timing_missing", { sheet, cell: timingCell }, { no: d.no }));
  else if (issue) findings.push(locate(issue, sheet, timingCell));
  else if (years !== null) {
    if (timingOutsidePeriod(timing, years)) {
      findings.push(finding("warning", "timing_outside_period", { sheet, cell: timingCell }, { text: timing.text, from: years[0], to: years[1] }));
    }
  } else if (year !== null && timingOutsideYear(timing, year)) {
    findings.push(finding("warning", "timing_outside_year", { sheet, cell: timingCell }, { text: timing.text, year }));
  }

  const { units, fieldOf } = unitsOf(v, registry, layout);
  const unitsCell = cellOf("units") ?? cellOf("lead") ?? cellOf("support") ?? taskCell;
  if (!units.text) findings.push(finding("warning", "task_units_missing", { sheet, cell: unitsCell }, { no: d.no }));
  // Each unknown unit at the cell it is written in (lead, person, support or mixed column).
  for (const u of [...units.lead, ...units.support]) {
    if (u.name !== null) continue;
    const suggestions = suggestUnits(registry, u.written).join(", ");
    findings.push(finding("warning", "unit_unknown", { sheet, cell: cellOf(fieldOf(u)) ?? unitsCell }, { unit: u.written, suggestions, count: 1 }));
  }

  return {
    no,
    group: v.group || d.group,
    task: v.task,
    output: v.output,
    timing,
    units,
    ...(v.subject.trim() ? { subject: v.subject } : {}),
    status: v.status,
    evidence: v.evidence,
    note: v.note,
    source: { sheet, cell: taskCell },
    cells: {
      no: cellOf("no"),
      task: cellOf("task"),
      output: cellOf("output"),
      timing: cellOf("timing"),
      units: unitsCell,
      evidence: cellOf("evidence"),
      status: cellOf("status"),
    },
  };
}

/**
 * The task's units from its unit columns. A "Người đứng đầu chịu trách nhiệm" column names
 * persons; the units they head join the lead units (once: "Cục trưởng Cục Du lịch …" next to
 * "Cục Du lịch …" is one unit), and when the table has no lead column they are the lead.
 */
function unitsOf(v: Record<Field, string>, registry: UnitRegistry, layout: TableLayout): { units: TaskUnits; fieldOf: (u: WrittenUnit) => Field } {
  const hasRoleColumns = layout.roles.includes("lead") || layout.roles.includes("support") || layout.roles.includes("head");
  if (!hasRoleColumns) return { units: parseUnits(v.units, registry), fieldOf: () => "units" };
  const parts: { text: string; role: UnitRole; shown: boolean; field: Field }[] = [
    { text: v.lead, role: "lead", shown: true, field: "lead" },
    { text: v.head ? unitsOfHeads(v.head) : "", role: "lead", shown: !v.lead, field: "head" },
    { text: v.support, role: "support", shown: true, field: "support" },
    { text: v.units, role: "unspecified", shown: true, field: "units" },
  ];
  const parsed = parts.filter((p) => p.text).map((p) => ({ field: p.field, ...parseUnits(p.text, registry, p.role) }));
  const lead: WrittenUnit[] = [];
  const support: WrittenUnit[] = [];
  // The column each unit was read from, so a finding about it points at that cell.
  const fields = new Map<WrittenUnit, Field>();
  const seen = new Set<string>();
  const add = (list: WrittenUnit[], u: WrittenUnit, field: Field) => {
    const key = u.name ?? foldKey(u.written);
    if (seen.has(key)) return;
    seen.add(key);
    list.push(u);
    fields.set(u, field);
  };
  for (const p of parsed) p.lead.forEach((u) => add(lead, u, p.field));
  for (const p of parsed) p.support.forEach((u) => add(support, u, p.field));
  const units: TaskUnits = {
    text: parts
      .filter((p) => p.text && p.shown)
      .map((p) => p.text)
      .join("\n"),
    lead,
    support,
    method:
      parsed
        .map((p) => p.method)
        .filter(Boolean)
        .join("; ") || null,
  };
  return { units, fieldOf: (u) => fields.get(u) ?? "units" };
}

/**
 * Numbers used twice. When every section's numbering starts again at 1 (the sections are
 * numbered I, II, … and their tasks 1, 2, … each), a number repeats only within its section.
 */
function duplicateNumberFindings(tasks: readonly PlanTask[], sheet: string): Finding[] {
  const seen = new Map<string, string>();
  const out: Finding[] = [];
  const firstOfGroup = new Map<string | null, string>();
  for (const t of tasks) if (!firstOfGroup.has(t.group)) firstOfGroup.set(t.group, foldKey(t.no));
  const restarts = firstOfGroup.size > 1 && [...firstOfGroup.values()].every((no) => no === "1");
  for (const t of tasks) {
    const key = restarts ? `${t.group ?? ""}\u0000${foldKey(t.no)}` : foldKey(t.no);
    const cellOfNo = t.cells.no ?? t.source.cell;
    const first = seen.get(key);
    if (first) out.push(finding("error", "task_number_duplicate", { sheet, cell: cellOfNo }, { no: t.no, firstCell: first }));
    else seen.set(key, cellOfNo);
  }
  return out;
}

/** Re-exported for callers that clean a single cell the same way the importer does. */
export { normalizeCellText };

/**
 * One warning per unit the registry does not know, at the first cell that names it, with how
 * many tasks do (a task names a unit once: lead and support are deduplicated): a provincial
 * plan names "Các sở, ban, ngành" in forty tasks, and forty identical warnings hide the few that matter. Units are the same when their folded names are (case,
 * diacritics and spacing aside). Works in place, keeping the order of the first occurrences.
 * @example 40 × unit_unknown "Các sở, ban, ngành" (C4, C5, …) → 1 × { unit, count: 40 } at C4
 */
function groupUnknownUnits(findings: Finding[]): void {
  const first = new Map<string, number>();
  const counts = new Map<string, number>();
  const kept: Finding[] = [];
  for (const f of findings) {
    if (f.code !== "unit_unknown") {
      kept.push(f);
      continue;
    }
    const key = foldKey(String(f.params.unit));
    counts.set(key, (counts.get(key) ?? 0) + 1);
    if (first.has(key)) continue;
    first.set(key, kept.length);
    kept.push(f);
  }
  for (const [key, index] of first) {
    const f = kept[index];
    if (f.code === "unit_unknown") kept[index] = { ...f, params: { ...f.params, count: counts.get(key) ?? 1 } };
  }
  findings.splice(0, findings.length, ...kept);
}
