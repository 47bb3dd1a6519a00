/**
 * The column layout of every sheet the add-in owns, declared once (see src/core/sheet/layout.ts).
 * The builders write these headers, widths, formats and validations; the readers find the
 * columns again by these headers; the report's formulas point where they were found.
 */

import type { AggRole } from "../dossiers/aggregateColumns";
import { sheetRef } from "../grid/address";
import { narrativeText, workbookText } from "../messages/catalogue";
import type { ColumnRole } from "../plan/columns";
import { columnLetterOf, type ColumnLayout, type KeyOf } from "../sheet/layout";
import { sheetNames, taskStatuses } from "./sheetNames";

const text = workbookText;

/** The unit registry ("Đơn vị"): its first column feeds the unit suggestions of the tasks sheet. */
export const unitsLayout = [
  { key: "name", header: text.units.headers.name, width: 40, format: "body" },
  { key: "aliases", header: text.units.headers.aliases, width: 60, format: "body" },
] as const satisfies ColumnLayout;

/** Rows of the registry the unit suggestions cover. */
const unitListRows = { first: 2, last: 300 } as const;

/** The registry's names as a validation source, e.g. `='Đơn vị'!$A$2:$A$300`. */
export function unitListSource(): string {
  const c = columnLetterOf(unitsLayout, "name");
  return `=${sheetRef(sheetNames.units)}!$${c}$${unitListRows.first}:$${c}$${unitListRows.last}`;
}

const th = text.tasks.headers;
const unitSuggestion = { list: { source: unitListSource() }, allowBlank: true, mode: "suggest", prompt: text.tasks.unitPrompt } as const;

/** The tasks sheet ("Nhiệm vụ", Excel Table `NhiemVu`); the importer recognises these headers on re-import. */
export const tasksLayout = [
  { key: "no", header: th.no, width: 5, format: "center", readAs: "no" },
  { key: "group", header: th.group, width: 18, format: "body", optional: true, readAs: "group" },
  { key: "task", header: th.task, width: 48, format: "body", readAs: "task" },
  { key: "output", header: th.output, width: 36, format: "body", readAs: "output" },
  { key: "timing", header: th.timing, width: 14, format: "body", readAs: "timing" },
  { key: "start", header: th.start, width: 11, format: "date" },
  { key: "end", header: th.end, width: 11, format: "date" },
  { key: "lead", header: th.lead, width: 24, format: "body", validation: unitSuggestion, readAs: "lead" },
  { key: "support", header: th.support, width: 24, format: "body", validation: unitSuggestion, optional: true, readAs: "support" },
  {
    key: "status",
    header: th.status,
    width: 13,
    format: "center",
    validation: { list: taskStatuses, allowBlank: true, prompt: text.tasks.statusPrompt, error: text.tasks.statusError },
    readAs: "status",
  },
  { key: "evidence", header: th.evidence, width: 36, format: "body", readAs: "evidence" },
  { key: "note", header: th.note, width: 20, format: "body", optional: true, readAs: "note" },
  // Last, so the letters of the columns before it (status J, evidence K, note L) stay where formulas and users expect them.
  { key: "subject", header: th.subject, width: 24, format: "body", optional: true, readAs: "subject" },
] as const satisfies ColumnLayout<string, ColumnRole>;
export type TaskColumnKey = KeyOf<typeof tasksLayout>;

const dh = text.dossiers.headers;

/** How the dossier reader sees a column: one of its count roles, or the row number / field label columns. */
export type DossierReadAs = AggRole | "number" | "label";

/**
 * The dossier sheet ("Hồ sơ TTHC"): counts typed by the user (or filled by the dossier import);
 * "Đã giải quyết", the four rates A–D and the check column are live formulas.
 */
export const dossiersLayout = [
  // Counts and rates narrow (their headers wrap) so the 17 columns print on A4 landscape at 9 pt or more.
  { key: "no", header: dh.no, width: 4, format: "center", readAs: "number" },
  { key: "field", header: dh.field, width: 34, format: "body", readAs: "label" },
  { key: "received", header: dh.received, width: 9, format: "integer", readAs: "received" },
  { key: "early", header: dh.early, width: 9, format: "integer", readAs: "early" },
  { key: "onTime", header: dh.onTime, width: 9, format: "integer", readAs: "onTime" },
  { key: "late", header: dh.late, width: 9, format: "integer", readAs: "late" },
  { key: "supplement", header: dh.supplement, width: 10, format: "integer", readAs: "supplement" },
  { key: "withdrawn", header: dh.withdrawn, width: 9, format: "integer", readAs: "withdrawn" },
  { key: "stopped", header: dh.stopped, width: 9, format: "integer", readAs: "stopped" },
  { key: "pendingInTime", header: dh.pendingInTime, width: 11, format: "integer", readAs: "pendingInTime" },
  { key: "pendingOverdue", header: dh.pendingOverdue, width: 11, format: "integer", readAs: "pendingOverdue" },
  { key: "resolved", header: dh.resolved, width: 10, format: "integer", readAs: "resolved" },
  { key: "rateA", header: dh.rateA, width: 10, format: "percent", readAs: "printedRate" },
  { key: "rateB", header: dh.rateB, width: 10, format: "percent" },
  { key: "rateC", header: dh.rateC, width: 10, format: "percent" },
  { key: "rateD", header: dh.rateD, width: 10, format: "percent" },
  { key: "check", header: dh.check, width: 20, format: "body" },
] as const satisfies ColumnLayout<string, DossierReadAs>;
export type DossierColumnKey = KeyOf<typeof dossiersLayout>;

const bh = text.budget.headers;

/**
 * Folded words that find the budget blocks and their columns when the sheet is read back:
 * words, not whole headers, so a header the user shortened still counts.
 */
export const budgetBlockKeywords = { item: "noi dung", granted: "duoc cap", disbursed: "giai ngan", explanation: "giai trinh" } as const;

const categoryValidation = { list: Object.values(text.budget.categories), allowBlank: true } as const;

/** Block A of the budget sheet ("Kinh phí"): granted and disbursed in year N. */
export const budgetGrantedLayout = [
  { key: "no", header: bh.no, width: 5, format: "center" },
  { key: "item", header: bh.item, width: 34, format: "body", match: [budgetBlockKeywords.item] },
  { key: "category", header: bh.category, width: 12, format: "center", validation: categoryValidation },
  { key: "granted", header: bh.granted, width: 18, format: "integer", match: [budgetBlockKeywords.granted] },
  { key: "disbursed", header: bh.disbursed, width: 30, format: "integer", match: [budgetBlockKeywords.disbursed] },
  { key: "note", header: bh.note, width: 24, format: "body" },
] as const satisfies ColumnLayout;
export type BudgetGrantedKey = KeyOf<typeof budgetGrantedLayout>;

/** Block B of the budget sheet: the N+1 estimate with explanations, in the same columns as block A where they mean the same. */
export const budgetEstimateLayout = [
  { key: "no", header: bh.no, width: 5, format: "center" },
  { key: "item", header: bh.item, width: 34, format: "body", match: [budgetBlockKeywords.item] },
  { key: "category", header: bh.category, width: 12, format: "center", validation: categoryValidation },
  { key: "amount", header: bh.amount, width: 18, format: "integer" },
  { key: "explanation", header: bh.explanation, width: 30, format: "body", match: [budgetBlockKeywords.explanation] },
] as const satisfies ColumnLayout;
export type BudgetEstimateKey = KeyOf<typeof budgetEstimateLayout>;

/** Both blocks of the budget sheet. A copy with a column added still builds, reads and feeds the report. */
export interface BudgetLayouts {
  readonly granted: ColumnLayout;
  readonly estimate: ColumnLayout;
}
export const budgetLayouts: BudgetLayouts = { granted: budgetGrantedLayout, estimate: budgetEstimateLayout };

const fh = text.findings.headers;

/** The findings sheet ("Kiểm tra"), in Vietnamese only (finding codes are for programs). */
export const findingsLayout = [
  { key: "severity", header: fh.severity, width: 12, format: "center" },
  { key: "location", header: fh.location, width: 22, format: "body" },
  { key: "message", header: fh.message, width: 80, format: "body" },
] as const satisfies ColumnLayout;

const hh = text.holidays.headers;

/** The holiday sheet ("Ngày nghỉ"): date, weekday, name, kind (Nghỉ / Làm bù), the announcement it comes from. */
export const holidaysLayout = [
  { key: "date", header: hh.date, width: 12, format: "date" },
  { key: "weekday", header: hh.weekday, width: 10, format: "body" },
  { key: "name", header: hh.name, width: 44, format: "body" },
  {
    key: "kind",
    header: hh.kind,
    width: 9,
    format: "center",
    validation: { list: [text.holidays.kinds.dayOff, text.holidays.kinds.makeUpDay], allowBlank: true },
  },
  { key: "source", header: hh.source, width: 46, format: "body" },
] as const satisfies ColumnLayout;

const ah = text.agency.headers;

const confirmChoices = [text.agency.confirm.proposed, text.agency.confirm.confirmed];

/**
 * The agency facts sheet ("Thông tin"): one field per row, label | value | hint | confirmation
 * ("Đề xuất" for a value the product proposed, "Đã xác nhận" once the user confirmed it; see
 * docs/agency-facts.md). Readers find the confirmation column by its header: a sheet without it
 * reads every filled value as confirmed.
 */
export const agencyLayout = [
  { key: "label", header: ah.label, width: 32, format: "totalLabel" },
  { key: "value", header: ah.value, width: 60, format: "body" },
  { key: "hint", header: ah.hint, width: 50, format: "note" },
  {
    key: "confirm",
    header: ah.confirm,
    width: 14,
    format: "center",
    validation: { list: confirmChoices, allowBlank: true, prompt: text.agency.confirm.prompt },
  },
] as const satisfies ColumnLayout;

const nh = narrativeText.sheet.headers;

/**
 * The report's text blocks ("Nhận xét"): one block per row, label | text (one paragraph per line) |
 * note | the hidden mark that says whether the text is still the product's draft (narrativeMark.ts).
 */
export const narrativeLayout = [
  { key: "block", header: nh.block, width: 30, format: "body" },
  { key: "text", header: nh.text, width: 100, format: "body" },
  { key: "source", header: nh.source, width: 30, format: "note" },
  { key: "mark", header: nh.mark, width: 12, format: "note" },
] as const satisfies ColumnLayout;

/** Every declared layout by sheet, for code that walks all owned sheets (row heights, print checks). */
export const sheetLayouts = {
  agency: [agencyLayout],
  tasks: [tasksLayout],
  dossiers: [dossiersLayout],
  budget: [budgetGrantedLayout, budgetEstimateLayout],
  units: [unitsLayout],
  holidays: [holidaysLayout],
  findings: [findingsLayout],
  narrative: [narrativeLayout],
} as const satisfies Partial<Record<keyof typeof sheetNames, readonly ColumnLayout[]>>;
