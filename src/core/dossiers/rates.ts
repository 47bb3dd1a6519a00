import { termText } from "../messages/catalogue";

/**
 * The on-time percentages (docs/dossiers.md#rate-variants-and-their-sources). Rates are fractions (0.97), never rounded here;
 * the caller formats them and prints `rateFormulaText(variant)` next to the figure.
 */

/**
 * The four labelled variants of docs/dossiers.md#rate-variants-and-their-sources: A (typical agency report), B (NĐ 61/2018 internal
 * evaluation: over received), C (QĐ 766 idx 2.1), D (over the dossiers due in the period).
 */
export type RateVariant = "A" | "B" | "C" | "D";

/** The variants in the order a printed rate is matched (A first: it is what most agencies print). */
export const RATE_VARIANTS: readonly RateVariant[] = ["A", "B", "C", "D"];

/** The four rates of one set of counts, fractions or null (nothing to divide by, or a split the source did not give). */
export type DossierRates = Readonly<Record<RateVariant, number | null>>;

/** The counts a rate needs. */
export interface RateInputs {
  readonly received: number;
  readonly early: number;
  readonly onTime: number;
  readonly resolved: number;
  readonly supplement: number;
  readonly withdrawn: number;
  readonly pendingInTime: number;
  readonly pendingOverdue: number;
  /** Dừng xử lý: an end state like a withdrawal (0 when the source has none). */
  readonly stopped?: number;
}

/**
 * Variant A, the typical agency report (docs/dossiers.md#rate-variants-and-their-sources row A, e.g. Quảng Nam 2018:
 * 1.447/1.456 = 99,4 %): (trước hạn + đúng hạn) / đã giải quyết, where đã giải quyết =
 * trước hạn + đúng hạn + quá hạn. Pending, supplement and withdrawn dossiers are outside it.
 * Null when nothing was resolved.
 * @example onTimeRateA({ received: 10, early: 6, onTime: 2, resolved: 8, supplement: 0, withdrawn: 0, pendingInTime: 2, pendingOverdue: 0 }) === 1
 */
export function onTimeRateA(c: RateInputs): number | null {
  return c.resolved > 0 ? (c.early + c.onTime) / c.resolved : null;
}

/**
 * Variant C, QĐ 766/QĐ-TTg index 2.1 "Tiến độ giải quyết" as the national portal computes it
 * (docs/dossiers.md#rate-variants-and-their-sources row C; #status-definitions rows "Yêu cầu bổ sung" and
 * "Rút hồ sơ"):
 *
 *   (trước hạn + đúng hạn + yêu cầu bổ sung + rút hồ sơ + dừng xử lý + đang giải quyết trong hạn) / tiếp nhận
 *
 * - Denominator: every dossier received up to the as-of date, whatever its state.
 * - Pending dossiers count: within time is good, overdue is bad (judged at the period end).
 * - A supplement request ends processing for the index while the applicant has not come back,
 *   and is on time when made before the due date; NĐ 61/2018 Art. 19.4 requires it within 3
 *   working days of reception, so a waiting supplement request counts as good.
 * - A withdrawal by the applicant also ends processing and is judged like a completion; exports
 *   rarely carry its date, so it counts as good. (Common vendor practice for Biểu 06 also puts
 *   "waiting for supplementation and returned/withdrawn" under "Đúng hạn", docs/dossiers.md#status-definitions.)
 * - A stopped dossier (dừng xử lý / dừng giải quyết, NĐ 118/2025; TT 03/2025 Mẫu 05) ends processing
 *   too ("Dừng xử lý / Từ chối" is an end status of index 2.1) and is judged like a completion;
 *   tables do not date it, so, as a withdrawal, it counts as good.
 * - So the bad dossiers are exactly: resolved late + pending overdue.
 * Limitation: QĐ 766 counts a dossier asked for documents more than once as late; one-stop
 * exports do not show how many requests were made, so this is not applied.
 * Null when nothing was received.
 * @example goodRateC({ received: 391, early: 300, onTime: 33, resolved: 333, supplement: 10, withdrawn: 0, pendingInTime: 48, pendingOverdue: 0 }) === 1
 */
export function goodRateC(c: RateInputs): number | null {
  return c.received > 0 ? (c.early + c.onTime + c.supplement + c.withdrawn + (c.stopped ?? 0) + c.pendingInTime) / c.received : null;
}

/**
 * Variant B, NĐ 61/2018 Art. 30.2c internal evaluation (docs/dossiers.md#rate-variants-and-their-sources row B):
 * (trước hạn + đúng hạn) / tiếp nhận. Every received dossier is in the denominator, so dossiers
 * still pending, asked for documents or withdrawn lower it. Null when nothing was received.
 * @example receivedRateB({ received: 10, early: 6, onTime: 2, resolved: 8, supplement: 0, withdrawn: 0, pendingInTime: 2, pendingOverdue: 0 }) === 0.8
 */
export function receivedRateB(c: RateInputs): number | null {
  return c.received > 0 ? (c.early + c.onTime) / c.received : null;
}

/**
 * Variant D, "due in the period" (docs/dossiers.md#rate-variants-and-their-sources row D, Vĩnh Phúc TTPVHCC 7/2021: 99,81 %):
 * (trước hạn + đúng hạn) / hồ sơ đến hạn, where the dossiers that fell due are the resolved ones
 * plus those pending past their due date: đến hạn = đã giải quyết + đang giải quyết quá hạn.
 * Pending within time, supplement requests and withdrawals are outside it. Null when none fell due.
 * @example dueRateD({ received: 10, early: 6, onTime: 2, resolved: 9, supplement: 0, withdrawn: 0, pendingInTime: 0, pendingOverdue: 1 }) === 0.8
 */
export function dueRateD(c: RateInputs): number | null {
  const due = c.resolved + c.pendingOverdue;
  return due > 0 ? (c.early + c.onTime) / due : null;
}

/**
 * Which splits a source gave: without the early/on-time/late split no rate is known; D and C also
 * need the pending split; B and C need the received count (`receivedKnown`, true when left out).
 */
export interface RateSplits {
  readonly resolvedSplit: boolean;
  readonly pendingSplit: boolean;
  readonly receivedKnown?: boolean;
}

/**
 * The four variants at once; a variant whose inputs the source did not give is null.
 * @example allRates(counts, { resolvedSplit: true, pendingSplit: true }).B
 */
export function allRates(c: RateInputs, known: RateSplits): DossierRates {
  const received = known.receivedKnown !== false;
  return {
    A: known.resolvedSplit ? onTimeRateA(c) : null,
    B: known.resolvedSplit && received ? receivedRateB(c) : null,
    C: known.resolvedSplit && known.pendingSplit && received ? goodRateC(c) : null,
    D: known.resolvedSplit && known.pendingSplit ? dueRateD(c) : null,
  };
}

/**
 * The variants a printed rate agrees with: the computed rate, rounded or cut to the printed number
 * of decimals, gives the printed figure. `step` is one unit of the last printed digit as a fraction
 * (0.001 for "99,4 %").
 * @example matchingVariants(0.994, 0.001, { A: 1447 / 1456, B: 0.9, C: null, D: null }) // ["A"]
 */
export function matchingVariants(printed: number, step: number, rates: DossierRates): RateVariant[] {
  const eps = 1e-9;
  return RATE_VARIANTS.filter((v) => {
    const x = rates[v];
    if (x === null) return false;
    const rounded = Math.abs(x - printed) <= step / 2 + eps;
    const cut = x >= printed - eps && x < printed + step - eps;
    return rounded || cut;
  });
}

/**
 * The Vietnamese formula label to print next to a figure computed with `variant`.
 * @example rateFormulaText("A") === "(trước hạn + đúng hạn) / đã giải quyết"
 */
export function rateFormulaText(variant: RateVariant): string {
  return termText.rateFormula[variant];
}
