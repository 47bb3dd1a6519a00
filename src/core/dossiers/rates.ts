import { termText } from "../messages/catalogue";

/**
 * The on-time percentages (domain.md §3.5). Rates are fractions (0.97), never rounded here;
 * the caller formats them and prints `rateFormulaText(variant)` next to the figure.
 */

/** Variants this module computes: A (typical agency report) and C (QĐ 766 idx 2.1). */
export type RateVariant = "A" | "C";

/** The counts a rate needs. */
export interface RateInputs {
  readonly received: number;
  readonly early: number;
  readonly onTime: number;
  readonly resolved: number;
  readonly supplement: number;
  readonly withdrawn: number;
  readonly pendingInTime: number;
}

/**
 * Variant A, the typical agency report (domain.md §3.5 row A, e.g. Quảng Nam 2018:
 * 1.447/1.456 = 99,4 %): (trước hạn + đúng hạn) / đã giải quyết, where đã giải quyết =
 * trước hạn + đúng hạn + quá hạn. Pending, supplement and withdrawn dossiers are outside it.
 * Null when nothing was resolved.
 * @example onTimeRateA({ received: 10, early: 6, onTime: 2, resolved: 8, supplement: 0, withdrawn: 0, pendingInTime: 2 }) === 1
 */
export function onTimeRateA(c: RateInputs): number | null {
  return c.resolved > 0 ? (c.early + c.onTime) / c.resolved : null;
}

/**
 * Variant C, QĐ 766/QĐ-TTg index 2.1 "Tiến độ giải quyết" as the national portal computes it
 * (domain.md §3.5 row C and its "QĐ 766 index 2.1 details"; §3.3 rows "Yêu cầu bổ sung" and
 * "Rút hồ sơ"):
 *
 *   (trước hạn + đúng hạn + yêu cầu bổ sung + rút hồ sơ + đang giải quyết trong hạn) / tiếp nhận
 *
 * - Denominator: every dossier received up to the as-of date, whatever its state.
 * - Pending dossiers count: within time is good, overdue is bad (judged at the period end).
 * - A supplement request ends processing for the index while the applicant has not come back,
 *   and is on time when made before the due date; NĐ 61/2018 Art. 19.4 requires it within 3
 *   working days of reception, so a waiting supplement request counts as good.
 * - A withdrawal by the applicant also ends processing and is judged like a completion; exports
 *   rarely carry its date, so it counts as good. (Common vendor practice for Biểu II.06a also puts
 *   "waiting for supplementation and returned/withdrawn" under "Đúng hạn", §3.3.)
 * - So the bad dossiers are exactly: resolved late + pending overdue.
 * Limitation: QĐ 766 counts a dossier asked for documents more than once as late; one-stop
 * exports do not show how many requests were made, so this is not applied.
 * Null when nothing was received.
 * @example goodRateC({ received: 391, early: 300, onTime: 33, resolved: 333, supplement: 10, withdrawn: 0, pendingInTime: 48 }) === 1
 */
export function goodRateC(c: RateInputs): number | null {
  return c.received > 0 ? (c.early + c.onTime + c.supplement + c.withdrawn + c.pendingInTime) / c.received : null;
}

/**
 * The Vietnamese formula label to print next to a figure computed with `variant`.
 * @example rateFormulaText("A") === "(trước hạn + đúng hạn) / đã giải quyết"
 */
export function rateFormulaText(variant: RateVariant): string {
  return termText.rateFormula[variant];
}
