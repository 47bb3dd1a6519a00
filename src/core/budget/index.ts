/**
 * Budget of the year-end report: amounts in words, the budget model, totals and checks
 * against Thông tư 116/2015/TT-BTC. docs/legal-bases.md#budget, docs/document-format.md#amounts-and-numbers.
 */
export { amountInWords, safeAmountInWords, type AmountInWordsOptions, type AmountInWordsResult } from "./amountInWords";
export { amountIssue } from "./amountIssue";
export { formatAmount } from "./formatAmount";
export {
  budgetInputSchema,
  budgetCategorySchema,
  grantedLineSchema,
  estimateLineSchema,
  statedTotalSchema,
  cellSourceSchema,
  type BudgetInput,
  type BudgetCategory,
  type GrantedLine,
  type EstimateLine,
  type StatedTotal,
  type CellSource,
} from "./budgetInput";
export { inferBudgetCategory } from "./budgetCategory";
export { budgetCeilings, type BudgetCeiling } from "./ceilings";
export { budgetTotal, computeBudget, type BudgetSummary, type BudgetTotal } from "./computeBudget";
