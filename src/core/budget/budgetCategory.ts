import { foldKey } from "../text/normalize";
import type { BudgetCategory } from "./budgetInput";

/**
 * The category a budget line belongs to, read from its item text when the user gave none.
 * Seed 001 names its lines "mở rộng" and "duy trì"; building the system the first time is
 * "lần đầu" or "xây dựng (và) áp dụng" without maintenance; anything else is "other" (never a ceiling).
 * @example inferBudgetCategory("Duy trì") === "maintenance"
 * @example inferBudgetCategory("Kinh phí mở rộng phạm vi") === "expansion"
 * @example inferBudgetCategory("Xây dựng, áp dụng HTQLCL lần đầu") === "firstBuild"
 * @example inferBudgetCategory("Tập huấn") === "other"
 */
export function inferBudgetCategory(item: string): BudgetCategory {
  const key = ` ${foldKey(item)} `;
  // "mở rộng" first: "duy trì và mở rộng" extends the scope, which is the costlier kind of work.
  if (key.includes(" mo rong ")) return "expansion";
  if (key.includes(" lan dau ")) return "firstBuild";
  if (key.includes(" duy tri ")) return "maintenance";
  if (key.includes(" xay dung ") && key.includes(" ap dung ")) return "firstBuild";
  return "other";
}

/** The line's own category, else the inferred one. */
export function categoryOf(line: { readonly item: string; readonly category?: BudgetCategory }): BudgetCategory {
  return line.category ?? inferBudgetCategory(line.item);
}
