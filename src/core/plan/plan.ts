import type { Finding } from "../findings/finding";
import type { Timing } from "../timing/timing";
import type { TaskUnits } from "../units/parseUnits";

/** Where a value came from: sheet (or source) name and A1 cell. */
export interface SourceCell {
  readonly sheet: string;
  readonly cell: string;
}

/** One task of the plan's appendix table. */
export interface PlanTask {
  /** The task number as written ("1", "2.1"); a sequence number when the table has none. */
  readonly no: string;
  /** The section heading ("I. Xây dựng …") the task sits under, or null. */
  readonly group: string | null;
  readonly task: string;
  readonly output: string;
  readonly timing: Timing;
  readonly units: TaskUnits;
  /**
   * The unit the task is done to — inspected, audited, supported ("Đơn vị được kiểm tra", "Đơn vị
   * được đánh giá", "Cơ quan được hỗ trợ") — as written; never a lead or support unit. Absent or
   * "" when the table has no such column.
   */
  readonly subject?: string;
  /** Tracking columns, when the table has them (our own plan sheet does). */
  readonly status: string;
  readonly evidence: string;
  readonly note: string;
  /** The task-text cell. */
  readonly source: SourceCell;
  /** The cell of each field, for findings about it. */
  readonly cells: Readonly<Partial<Record<"no" | "task" | "output" | "timing" | "units" | "evidence" | "status", string>>>;
}

/** A section row of the table ("I", "II" with a heading). */
export interface PlanGroup {
  readonly title: string;
  readonly source: SourceCell;
}

/** The result of importing an appendix table. */
export interface PlanImport {
  readonly year: number | null;
  /** First and last year of a multi-year plan ("giai đoạn 2026–2030"); null for a one-year plan. */
  readonly years: readonly [number, number] | null;
  readonly sheet: string;
  readonly tasks: readonly PlanTask[];
  readonly groups: readonly PlanGroup[];
  readonly findings: readonly Finding[];
}
