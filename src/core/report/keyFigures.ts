/**
 * The report's key figures, formatted the Vietnamese way: what the CLI prints after `report`
 * and what the pane shows beside the report, so both state the same numbers (budget totals by
 * budgetTotals' rule: "—" where a line stops the sum).
 */
import type { DossierCounts } from "../dossiers/counts";
import { budgetTotals, type BudgetSheetData } from "../workbook/budgetSheet";
import { figureText, type FigureFormat } from "./model";

export interface KeyFigureValues {
  readonly tasks: string;
  readonly received: string;
  /** Handled before the deadline: early, on time, and asked for more documents. */
  readonly handled: string;
  readonly earlyOnTime: string;
  readonly supplement: string;
  readonly pendingInTime: string;
  readonly rate: string;
  readonly granted: string;
  readonly disbursed: string;
  readonly estimate: string;
}

const show = (value: number | null, format: FigureFormat) => figureText({ value, format, ref: null });

/**
 * @example keyFigureValues({ tasks, dossiers, budget }).granted === "21.000.000" // the demo's budget
 */
export function keyFigureValues(read: {
  readonly tasks: readonly unknown[];
  readonly dossiers: DossierCounts;
  readonly budget: BudgetSheetData;
}): KeyFigureValues {
  const d = read.dossiers;
  const b = budgetTotals(read.budget);
  return {
    tasks: show(read.tasks.length, "integer"),
    received: show(d.received, "integer"),
    handled: show(d.handledBeforeDeadline, "integer"),
    earlyOnTime: show(d.early + d.onTime, "integer"),
    supplement: show(d.supplement, "integer"),
    pendingInTime: show(d.pendingInTime, "integer"),
    rate: show(d.onTimeRate, "percent"),
    granted: show(b.granted.amount, "amount"),
    disbursed: show(b.disbursed.amount, "amount"),
    estimate: show(b.estimate.amount, "amount"),
  };
}
