/**
 * The yearly routine's steps (plan, agency facts, tasks, dossiers, budget, report), in the order
 * the user runs them, and the shapes of what each still lacks (./needs.ts says what). Free of
 * imports: the task pane's first script draws the steps from it.
 */

/** The steps in the order the user runs them; a step's number is its place here, from 1. */
export const stepKeys = ["plan", "agency", "tasks", "dossiers", "budget", "report"] as const;
export type StepKey = (typeof stepKeys)[number];

/**
 * The number the pane shows for a step ("Bước 4").
 * @example stepNumber("dossiers") === 4
 */
export function stepNumber(step: StepKey): number {
  return stepKeys.indexOf(step) + 1;
}

/** Something a final report needs that the workbook lacks: a cell to fill, or a step to run. */
export interface MissingItem {
  readonly step: StepKey;
  /** What is missing, as the user reads it ("Tên cơ quan", "Kinh phí được cấp"). */
  readonly label: string;
  readonly sheet: string;
  /** The cell to fill, or null when the whole step is to run (no tasks, no dossiers). */
  readonly cell: string | null;
  /** A standard item of the results table without a document or a reason (report/reportItems' key): its result can be typed in step 6. */
  readonly item?: string;
  /** An edited block of "Nhận xét" whose figures changed (narrative's key): step 6 can keep it as edited. */
  readonly block?: string;
  /** Proposals the product made that wait to be confirmed (not a value to type): step 2's facts, step 4's period. */
  readonly confirm?: boolean;
}

/** Progress of the plan's tasks, from the same checks the report uses. */
export interface TaskProgress {
  readonly total: number;
  readonly done: number;
  readonly notDone: number;
  /** Tasks whose time is over without a result (document reference). */
  readonly noEvidence: number;
  /** Tasks done after their planned time. */
  readonly late: number;
}
