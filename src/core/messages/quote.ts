/**
 * The value a message template interpolates: plain data, never markup. Each finding code's
 * template declares the parameters it reads (see `ParamsOf` in ./catalogue.ts).
 */
export type Param = string | number;

/**
 * Quotes a value inside a message, the one way every message file does it: "…".
 * @example q("Tháng 13/2024") === '"Tháng 13/2024"'
 */
export function q(value: Param | undefined): string {
  return `"${String(value ?? "")}"`;
}
