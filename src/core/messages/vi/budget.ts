import type { FindingParams } from "../../findings/finding";

const q = (v: string | number | undefined) => `"${String(v ?? "")}"`;

/** Messages about budget. */
export const budgetMessages = {
  _placeholder_budget: (p: FindingParams) => q(p.x),
};
