/**
 * The year field. Empty means "let the importer infer it" (the plan's title names the year);
 * anything else must be a 4-digit year, the same rule as the CLI's --year.
 */
import { PaneError } from "./errors";

/**
 * @example yearFromField(" 2024 ") === 2024; yearFromField("") === undefined; yearFromField("24") throws
 */
export function yearFromField(text: string): number | undefined {
  const value = text.trim();
  if (value === "") return undefined;
  if (!/^(19|20|21)\d{2}$/.test(value)) throw new PaneError("yearInvalid", { value });
  return Number(value);
}

/** The year a new tracking workbook is for: the field, else the current year. */
export function trackingYear(text: string, now = new Date()): number {
  return yearFromField(text) ?? now.getFullYear();
}
