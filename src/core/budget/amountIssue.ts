/**
 * Whether a user-supplied amount can be read as a whole number of đồng. Amounts come from
 * cells people type into, so a bad one is a finding for the user, not an exception.
 */
import type { IssueOf } from "../findings/finding";

/** The codes of an amount that cannot be used; their messages share the same params. */
export type AmountIssueCode = "budget_amount_negative" | "budget_amount_not_number" | "budget_amount_not_integer" | "budget_amount_too_large";

/**
 * The problem with an amount, or null when it is a non-negative whole number of đồng that
 * JavaScript holds exactly (a safe integer, or any non-negative bigint).
 * `params.amount` keeps the raw value (number) or its text, for the message to format.
 * @example amountIssue(21000000) === null
 * @example amountIssue(-5)?.code === "budget_amount_negative"
 * @example amountIssue(1500.5)?.code === "budget_amount_not_integer"
 * @example amountIssue(Number.NaN)?.code === "budget_amount_not_number"
 */
export function amountIssue(value: unknown): IssueOf<AmountIssueCode> | null {
  if (typeof value === "bigint") {
    return value < 0n ? { severity: "error", code: "budget_amount_negative", params: { amount: value.toString() } } : null;
  }
  if (typeof value !== "number" || !Number.isFinite(value)) {
    return { severity: "error", code: "budget_amount_not_number", params: { amount: String(value) } };
  }
  // Negative first: "-1,5" is reported as negative, the more basic mistake.
  if (value < 0) return { severity: "error", code: "budget_amount_negative", params: { amount: value } };
  if (!Number.isInteger(value)) return { severity: "error", code: "budget_amount_not_integer", params: { amount: value } };
  // Above 2^53 a double no longer holds every integer: the digits read back could be a different amount.
  if (!Number.isSafeInteger(value)) return { severity: "error", code: "budget_amount_too_large", params: { amount: value } };
  return null;
}
