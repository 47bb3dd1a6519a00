/**
 * Spending ceilings (khung mức chi) that apply to every agency whatever its class, from
 * Thông tư 116/2015/TT-BTC Art. 4 (docs/legal-bases.md#budget). They are maxima: the head of the agency
 * picks the actual level below them. Ceilings that depend on the agency class (first build,
 * extension: Art. 4.1–4.2) need the class as input and are not listed yet.
 */
import type { BudgetCategory } from "./budgetInput";

export interface BudgetCeiling {
  /** Budget category the ceiling limits, summed over the estimate lines of that category. */
  readonly category: BudgetCategory;
  /** Maximum in đồng for one agency and one year. */
  readonly amount: number;
  /** What the ceiling covers, in the words of the circular (shown in the finding). */
  readonly subject: string;
  /** Legal basis as cited in Vietnamese documents. */
  readonly basis: string;
}

export const budgetCeilings: readonly BudgetCeiling[] = [
  {
    category: "maintenance",
    amount: 15_000_000,
    subject: "duy trì, cải tiến HTQLCL",
    basis: "khoản 6 Điều 4 Thông tư số 116/2015/TT-BTC",
  },
];
