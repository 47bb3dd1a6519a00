/**
 * The checks behind `computeBudget`, one function per rule. Each returns findings located at
 * the cell the offending amount came from.
 */
import { finding, locate, type Finding } from "../findings/finding";
import { amountIssue } from "./amountIssue";
import { categoryOf } from "./budgetCategory";
import type { BudgetInput, StatedTotal } from "./budgetInput";
import { lineLocation, valueLocation, type FindingLocation } from "./budgetLocation";
import { budgetText } from "../messages/catalogue";
import { ceilingOutcomes } from "./ceilings";

/** Which total an amount belongs to; the message catalogue turns it into words. */
export type AmountField = "granted" | "disbursed" | "estimate";

/** True when an amount is a whole, non-negative number of đồng. */
export const isValidAmount = (v: number) => amountIssue(v) === null;

/** The issue with one amount as a located finding naming its line and field, or nothing. */
function amountFinding(value: number, field: AmountField, item: string | undefined, where: FindingLocation): Finding[] {
  const issue = amountIssue(value);
  if (!issue) return [];
  const params = item === undefined ? { ...issue.params, field } : { ...issue.params, field, item };
  return [locate({ ...issue, params }, where.sheet, where.cell)];
}

/** Negative, fractional or unreadable amounts in the lines, estimates and stated totals. */
export function checkAmounts(input: BudgetInput): Finding[] {
  const stated = input.statedTotals ?? {};
  return [
    ...input.lines.flatMap((l) => [
      ...amountFinding(l.granted, "granted", l.item, lineLocation(input, l.source, "granted")),
      ...amountFinding(l.disbursed, "disbursed", l.item, lineLocation(input, l.source, "disbursed")),
    ]),
    ...input.estimates.flatMap((e) => amountFinding(e.amount, "estimate", e.item, lineLocation(input, e.source, "amount"))),
    ...(["granted", "disbursed", "estimate"] as const).flatMap((field) => {
      const s = stated[field];
      return s ? amountFinding(s.amount, field, undefined, valueLocation(input, s.source)) : [];
    }),
  ];
}

/** Lines that disbursed more than they were granted (both amounts valid). */
export function checkLinesDisbursed(input: BudgetInput): Finding[] {
  return input.lines
    .filter((l) => isValidAmount(l.granted) && isValidAmount(l.disbursed) && l.disbursed > l.granted)
    .map((l) =>
      finding("error", "budget_disbursed_over_granted", lineLocation(input, l.source, "disbursed"), {
        item: l.item,
        granted: l.granted,
        disbursed: l.disbursed,
      }),
    );
}

/** Total disbursed above total granted: money moved between lines still may not exceed the grant. */
export function checkTotalDisbursed(input: BudgetInput, granted: number | null, disbursed: number | null): Finding[] {
  if (granted === null || disbursed === null || disbursed <= granted) return [];
  const where = valueLocation(input, input.statedTotals?.disbursed?.source);
  return [finding("error", "budget_total_disbursed_over_granted", where, { granted, disbursed })];
}

/** A total the user typed that is not the sum of its lines. */
export function checkStatedTotal(input: BudgetInput, field: AmountField, stated: StatedTotal | undefined, computed: number | null): Finding[] {
  if (!stated || computed === null || !isValidAmount(stated.amount) || stated.amount === computed) return [];
  return [finding("error", "budget_total_mismatch", valueLocation(input, stated.source), { field, stated: stated.amount, computed })];
}

/**
 * Estimate categories above their Thông tư 116/2015 ceiling. The ceiling is per agency and
 * year (maintenance) or per agency and class (first build, extension: when `input.agencyClass`
 * is given), so lines of one category are summed; the finding sits at the first such line. A
 * first build or extension whose agency's class cannot be told is said, never checked against a guess.
 */
export function checkCeilings(input: BudgetInput, estimateYear: number): Finding[] {
  const items = (lines: readonly BudgetInput["estimates"][number][]) => lines.map((e) => e.item).join("; ");
  return ceilingOutcomes(input.estimates, categoryOf, (e) => e.amount, input.agencyClass).map((o) => {
    const where = lineLocation(input, o.lines[0].source, "amount");
    if (o.kind === "classUnknown")
      return finding("warning", "budget_ceiling_class_unknown", where, {
        subject: budgetText.ceilingSubjects[o.category],
        year: estimateYear,
        items: items(o.lines),
        agency: input.agencyName ?? "",
        reason: budgetText.classUnknown[o.reason],
      });
    if (!("agencyClass" in o.ceiling))
      return finding("warning", "budget_above_ceiling", where, {
        subject: o.ceiling.subject,
        year: estimateYear,
        items: items(o.lines),
        amount: o.amount,
        ceiling: o.ceiling.amount,
        basis: o.ceiling.basis,
      });
    return finding("warning", "budget_above_class_ceiling", where, {
      subject: budgetText.ceilingSubjects[o.ceiling.category],
      year: estimateYear,
      items: items(o.lines),
      amount: o.amount,
      agencyClass: budgetText.agencyClasses[o.ceiling.agencyClass],
      ceiling: o.ceiling.amount,
      consultancy: o.ceiling.consultancy,
      ownWork: o.ceiling.ownWork,
      basis: o.ceiling.basis,
    });
  });
}
