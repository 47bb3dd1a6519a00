import { computeBudget } from "../budget/computeBudget";
import type { BudgetInput } from "../budget/budgetInput";
import { checkTaskEvidence } from "../evidence/checkTaskEvidence";
import type { Finding } from "../findings/finding";
import type { PlanTask } from "../plan/plan";
import type { BudgetSheetData } from "../workbook/budgetSheet";
import type { AgencyInfo } from "../workbook/agencySheet";
import { agencyClassOf } from "../legal/agencyClass";
import { yearStart } from "../calendar/dates";
import { taskLabels } from "./taskLabels";

/** The agency facts the budget checks use: its class for the TT 116/2015 ceilings of first build and extension. */
export type BudgetAgency = Pick<AgencyInfo, "agencyName" | "agencyShortName" | "governingBody">;

/**
 * The budget sheet's data in the budget module's input shape, each amount with its cell; with
 * the agency, its class on 1 January of the estimate's year (the money is for that year).
 */
export function budgetInputFrom(data: BudgetSheetData, year: number, sheet: string, decision?: string, agency?: BudgetAgency): BudgetInput {
  const stated = data.statedTotals ?? {};
  const total = (t: { value: number; cell: string } | undefined) => (t ? { amount: t.value, source: { sheet, cell: t.cell } } : undefined);
  return {
    year,
    sheet,
    lines: data.granted.map((g) => ({
      item: g.item,
      category: g.category,
      granted: g.granted,
      disbursed: g.disbursed,
      note: g.note,
      source: g.cells ? { sheet, cells: { granted: g.cells.granted, disbursed: g.cells.disbursed } } : undefined,
    })),
    estimates: data.estimate.map((e) => ({
      item: e.item,
      category: e.category,
      amount: e.amount,
      explanation: e.explanation,
      source: e.cells ? { sheet, cells: { amount: e.cells.amount } } : undefined,
    })),
    statedTotals: { granted: total(stated.granted), disbursed: total(stated.disbursed), estimate: total(stated.estimate) },
    decision: decision ? { text: decision } : undefined,
    ...(agency ? { agencyClass: agencyClassOf(agency, yearStart(year + 1)), agencyName: agency.agencyName || agency.agencyShortName } : {}),
  };
}

/** Budget findings: invalid amounts, disbursed above granted, totals that do not add up, TT 116/2015 ceilings. */
export function budgetFindings(data: BudgetSheetData, year: number, sheet: string, decision?: string, agency?: BudgetAgency): Finding[] {
  // An unreadable cell reaches the budget checks as NaN; the message quotes what the user wrote.
  return computeBudget(budgetInputFrom(data, year, sheet, decision, agency)).findings.map((f) =>
    f.code === "budget_amount_not_number" && f.cell && data.unreadable?.[f.cell] !== undefined
      ? { ...f, params: { ...f.params, amount: data.unreadable[f.cell] } }
      : f,
  );
}

/** Evidence findings for every task: done late, outside the year, missing after the period ended. */
export function evidenceFindings(tasks: readonly PlanTask[], year: number, asOf: string): Finding[] {
  // The plan's own labels: "I.3" rather than "3" when the numbering restarts in each section.
  const labels = taskLabels(tasks);
  return tasks.flatMap((t, i) =>
    checkTaskEvidence({ no: labels[i], timing: t.timing, evidence: t.evidence }, year, asOf, { sheet: t.source.sheet, cell: t.cells.evidence ?? null }),
  );
}
