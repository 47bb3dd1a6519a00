/**
 * Checks the result ("Kết quả") of one plan task against its schedule: the documents it cites
 * should be dated within the plan year and by the end of the task's period, and a task whose
 * period is over should cite something.
 */
import { finding, locate, type Finding } from "../findings/finding";
import { parseIsoDate } from "../calendar/dates";
import type { Timing } from "../timing/timing";
import type { DocumentReference } from "./documentReference";
import { parseDocumentReferences } from "./parseDocumentReferences";

export interface EvidenceTask {
  /** Task number as shown in the plan ("1", "2.3"). */
  readonly no: string;
  readonly timing: Timing;
  /** The result cell: document references and free text. */
  readonly evidence: string;
}

/** The evidence cell the findings point at. */
export interface EvidenceLocation {
  readonly sheet?: string | null;
  readonly cell?: string | null;
}

/** A reference with a readable date. */
interface Dated {
  readonly ref: DocumentReference;
  readonly date: string;
}

/** A cell that holds no letter or digit ("", "-", "…") cites nothing. */
const isBlank = (text: string) => !/[\p{L}\d]/u.test(text);

/**
 * The task counts as done late only when every dated document is after the period: the first
 * document shows when the work was done, follow-ups (a decision after the minutes) may come later.
 */
function lateFinding(task: EvidenceTask, dated: readonly Dated[], where: EvidenceLocation): Finding[] {
  const end = task.timing.end;
  if (!end || !parseIsoDate(end) || dated.length === 0) return [];
  const first = dated.reduce((a, b) => (b.date < a.date ? b : a));
  if (first.date <= end) return [];
  return [finding("warning", "evidence_late", where, { no: task.no, reference: first.ref.text, date: first.date, timing: task.timing.text, end })];
}

/**
 * Documents dated outside the plan year or after the report date. Independent of lateness:
 * a late document dated next January gets both findings, since "done late" and "belongs to
 * another year's report" are different questions.
 */
function dateFindings(dated: readonly Dated[], planYear: number, asOf: string, where: EvidenceLocation): Finding[] {
  return dated.flatMap(({ ref, date }) => [
    ...(Number(date.slice(0, 4)) !== planYear ? [finding("warning", "evidence_outside_year", where, { reference: ref.text, date, year: planYear })] : []),
    ...(date > asOf ? [finding("warning", "evidence_after_report_date", where, { reference: ref.text, date, asOf })] : []),
  ]);
}

/** A blank result although the period ended before the report date; free text without any reference (info). */
function absenceFindings(task: EvidenceTask, refs: readonly DocumentReference[], asOf: string, where: EvidenceLocation): Finding[] {
  if (refs.length > 0) return [];
  if (!isBlank(task.evidence)) return [finding("info", "evidence_no_reference", where, { no: task.no, text: task.evidence.normalize("NFC").trim() })];
  const end = task.timing.end;
  // A period ending on the report date itself is not over yet.
  if (!end || !parseIsoDate(end) || end >= asOf) return [];
  return [finding("warning", "evidence_missing", where, { no: task.no, timing: task.timing.text, end })];
}

/**
 * Findings about one task's evidence as of the report date `asOf` (ISO): a document dated
 * after the task's period (warning, "hoàn thành muộn"), outside the plan year or after the
 * report date (warning), no evidence although the period is over (warning), free text with no
 * reference (info), an unreadable or impossible reference date (error). Recurring and
 * whole-year tasks are checked against the end of their span (31/12 of the plan year); a
 * timing without an end (unknown) is checked for dates only.
 * Throws RangeError when `asOf` is not an ISO date or `planYear` is not an integer (misuse).
 * @example
 * checkTaskEvidence(
 *   { no: "5", timing: { text: "Quý III", kind: "quarter", start: "2024-07-01", end: "2024-09-30", recurrence: null },
 *     evidence: "Kế hoạch số 4425/KH-ISO ngày 03/10/2024" },
 *   2024, "2024-10-31", { sheet: "Kế hoạch", cell: "H9" },
 * ) // [{ severity: "warning", code: "evidence_late", sheet: "Kế hoạch", cell: "H9", params: { no: "5", … } }]
 */
export function checkTaskEvidence(task: EvidenceTask, planYear: number, asOf: string, location: EvidenceLocation = {}): Finding[] {
  if (!parseIsoDate(asOf)) throw new RangeError(`checkTaskEvidence: asOf must be an ISO date "YYYY-MM-DD", got ${JSON.stringify(asOf)}`);
  if (!Number.isInteger(planYear)) throw new RangeError(`checkTaskEvidence: planYear must be an integer, got ${planYear}`);
  const where = { sheet: location.sheet ?? null, cell: location.cell ?? null };
  const refs = parseDocumentReferences(task.evidence);
  const dated = refs.flatMap((ref) => (ref.date === null ? [] : [{ ref, date: ref.date }]));
  return [
    ...refs.flatMap((r) => r.issues.map((i) => locate(i, where.sheet, where.cell))),
    ...lateFinding(task, dated, where),
    ...dateFindings(dated, planYear, asOf, where),
    ...absenceFindings(task, refs, asOf, where),
  ];
}
