/**
 * Text for a regular expression, its special characters escaped.
 * @example new RegExp(escapeRegExp("QĐ-UBND (a)")).test("QĐ-UBND (a)") === true
 */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
