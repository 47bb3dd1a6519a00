/**
 * Totals, amounts in words and consistency findings for the budget part of the year-end
 * report (TT 116/2015 Art. 5: money used in year N and the estimate for N + 1).
 */
import { finding, locate, type Finding } from "../findings/finding";
import { parseDocumentReferences } from "../evidence/parseDocumentReferences";
import type { DocumentReference } from "../evidence/documentReference";
import { amountInWords } from "./amountInWords";
import type { BudgetInput } from "./budgetInput";
import { valueLocation } from "./budgetLocation";
import { checkAmounts, checkCeilings, checkLinesDisbursed, checkStatedTotal, checkTotalDisbursed, isValidAmount } from "./budgetChecks";

/** A computed total: null (and no words) when any of its amounts is invalid, since the sum would be wrong. */
export interface BudgetTotal {
  readonly amount: number | null;
  /** "Hai mươi mốt triệu đồng". */
  readonly words: string | null;
}

export interface BudgetSummary {
  readonly year: number;
  readonly estimateYear: number;
  readonly totals: { readonly granted: BudgetTotal; readonly disbursed: BudgetTotal; readonly estimate: BudgetTotal };
  /** The decision granting the money, when its number and symbol could be read. */
  readonly decision: DocumentReference | null;
  readonly findings: readonly Finding[];
}

/**
 * The one rule for a budget total: the sum of its amounts, or null (and no words) when any
 * amount is not a whole non-negative number of đồng, or the sum is too large to hold exactly.
 * A total is never stated from the lines that could be read.
 * @example budgetTotal([18000000, 3000000]) // { amount: 21000000, words: "Hai mươi mốt triệu đồng" }
 * @example budgetTotal([Number.NaN, 3000000]) // { amount: null, words: null }
 */
export function budgetTotal(amounts: readonly number[]): BudgetTotal {
  if (!amounts.every(isValidAmount)) return { amount: null, words: null };
  const amount = amounts.reduce((sum, a) => sum + a, 0);
  // Each line is a safe integer but their sum may not be.
  return Number.isSafeInteger(amount) ? { amount, words: amountInWords(amount) } : { amount: null, words: null };
}

/** The decision reference and the findings about it. */
function readDecision(input: BudgetInput): { decision: DocumentReference | null; findings: Finding[] } {
  const text = input.decision?.text.trim();
  if (!text) return { decision: null, findings: [] };
  const where = valueLocation(input, input.decision?.source);
  const decision = parseDocumentReferences(text)[0] ?? null;
  if (!decision) return { decision, findings: [finding("warning", "budget_decision_unreadable", where, { text })] };
  return { decision, findings: decision.issues.map((i) => locate(i, where.sheet, where.cell)) };
}

/**
 * Sums granted, disbursed and estimate amounts, writes each total in words and checks:
 * invalid amounts (error), disbursed above granted per line and in total (error), a typed
 * total that differs from the sum of its lines (error), an estimate above a Thông tư
 * 116/2015 ceiling (warning), an unreadable decision reference (warning).
 * @example
 * computeBudget({
 *   year: 2024,
 *   lines: [
 *     { item: "Mở rộng", granted: 18000000, disbursed: 18000000 },
 *     { item: "Duy trì", granted: 3000000, disbursed: 3000000 },
 *   ],
 *   estimates: [{ item: "Duy trì", amount: 3000000, explanation: "Tiếp tục duy trì, áp dụng HTQLCL" }],
 * }).totals.disbursed // { amount: 21000000, words: "Hai mươi mốt triệu đồng" }
 */
export function computeBudget(input: BudgetInput): BudgetSummary {
  const estimateYear = input.estimateYear ?? input.year + 1;
  const granted = budgetTotal(input.lines.map((l) => l.granted));
  const disbursed = budgetTotal(input.lines.map((l) => l.disbursed));
  const estimate = budgetTotal(input.estimates.map((e) => e.amount));
  const stated = input.statedTotals ?? {};
  const { decision, findings: decisionFindings } = readDecision(input);
  const findings = [
    ...checkAmounts(input),
    ...checkLinesDisbursed(input),
    ...checkTotalDisbursed(input, granted.amount, disbursed.amount),
    ...checkStatedTotal(input, "granted", stated.granted, granted.amount),
    ...checkStatedTotal(input, "disbursed", stated.disbursed, disbursed.amount),
    ...checkStatedTotal(input, "estimate", stated.estimate, estimate.amount),
    ...checkCeilings(input, estimateYear),
    ...decisionFindings,
  ];
  return { year: input.year, estimateYear, totals: { granted, disbursed, estimate }, decision, findings };
}
