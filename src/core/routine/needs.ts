/**
 * What each step of the routine still lacks before the year-end report can be final, from what
 * was read of the workbook. The status (src/app/routine.ts) assembles them; the pane shows them.
 */
import type { Finding } from "../findings/finding";
import type { Grid } from "../grid/grid";
import type { DossierQuantity } from "../dossiers/counts";
import { termText, workbookText } from "../messages/catalogue";
import type { PlanTask } from "../plan/plan";
import { foldKey } from "../text/normalize";
import { missingAgencyFacts } from "../workbook/agencySheet";
import type { BudgetSheetData } from "../workbook/budgetSheet";
import { dossierColumn, type DossierColumnKey } from "../workbook/dossierSheet";
import { sheetNames, taskStatuses } from "../workbook/sheetNames";
import type { MissingItem, TaskProgress } from "./steps";

/**
 * The tasks' progress by status, and the evidence findings the report's checks gave about them.
 * @example taskProgress([], []) // { total: 0, done: 0, notDone: 0, noEvidence: 0, late: 0 }
 */
export function taskProgress(tasks: readonly Pick<PlanTask, "status">[], findings: readonly Finding[]): TaskProgress {
  const status = (t: { status: string }) => foldKey(t.status);
  return {
    total: tasks.length,
    done: tasks.filter((t) => status(t) === foldKey(taskStatuses[2])).length,
    notDone: tasks.filter((t) => status(t) === foldKey(taskStatuses[3])).length,
    noEvidence: findings.filter((f) => f.code === "evidence_missing").length,
    late: findings.filter((f) => f.code === "evidence_late").length,
  };
}

/** Step 1 lacks the plan when no task was read. */
export function missingPlan(taskCount: number): MissingItem[] {
  return taskCount > 0 ? [] : [{ step: "plan", label: workbookText.sheetNames.tasks, sheet: sheetNames.tasks, cell: null }];
}

/** Step 2: the required facts blank in "Thông tin" (at their cells), or the whole sheet. */
export function missingAgency(agencyGrid: Grid | null): MissingItem[] {
  if (!agencyGrid) return [{ step: "agency", label: sheetNames.agency, sheet: sheetNames.agency, cell: null }];
  return missingAgencyFacts(agencyGrid).map(({ label, cell }) => ({ step: "agency", label, sheet: sheetNames.agency, cell }));
}

/** The dossier-sheet column where a missing quantity is typed (its group's first column). */
const missingColumn: Record<DossierQuantity, DossierColumnKey> = {
  received: "received",
  resolved: "early",
  resolvedSplit: "early",
  pending: "pendingInTime",
  pendingSplit: "pendingInTime",
};

/**
 * Step 4 lacks the dossiers while none is counted; when the sheet was filled from a partial table
 * (issue 19: `missing`, the quantities left blank), each missing quantity at its group's first cell
 * of the first data row (`columns`: where the sheet's columns were found, else the declared layout).
 * @example missingDossiers(100, ["pending"]).map((m) => m.cell) // ["J2"]
 */
export function missingDossiers(
  received: number | null,
  missing: readonly DossierQuantity[] = [],
  columns: Readonly<Partial<Record<DossierColumnKey, string>>> = {},
): MissingItem[] {
  if (received === null || received <= 0) return [{ step: "dossiers", label: sheetNames.dossiers, sheet: sheetNames.dossiers, cell: null }];
  return missing.map((quantity) => {
    const key = missingColumn[quantity];
    return {
      step: "dossiers",
      label: workbookText.dossiers.missingItem({ quantity: termText.dossierQuantity[quantity] }),
      sheet: sheetNames.dossiers,
      cell: `${columns[key] ?? dossierColumn(key)}2`,
    };
  });
}

/**
 * Step 5: the money granted this year and next year's estimate, while their totals are 0 (a total
 * that cannot be computed is a finding of the budget checks, not a blank to fill), at the first
 * line's cell.
 */
export function missingBudget(
  budget: BudgetSheetData | null,
  totals: { readonly granted: number | null; readonly estimate: number | null } | null,
  year: number | null,
): MissingItem[] {
  const text = workbookText.budget;
  const missing: MissingItem[] = [];
  if (!totals || totals.granted === 0)
    missing.push({ step: "budget", label: text.headers.granted, sheet: sheetNames.budget, cell: budget?.granted[0]?.cells?.granted ?? null });
  if (!totals || totals.estimate === 0) {
    const label = year !== null ? text.estimateLabel({ year: year + 1 }) : text.headers.amount;
    missing.push({ step: "budget", label, sheet: sheetNames.budget, cell: budget?.estimate[0]?.cells?.amount ?? null });
  }
  return missing;
}
