/**
 * Reading a count cell: "391", "1.447" / "1,447" / "1 447" (thousands separators), empty or a
 * dash meaning none.
 */
import { cleanCell } from "./text";

/** The outcome of reading one count cell. */
export type CountReading =
  { readonly kind: "empty" } | { readonly kind: "count"; readonly value: number } | { readonly kind: "unreadable"; readonly text: string };

/**
 * Reads a non-negative whole number of dossiers.
 * @example readCount("1.447") // { kind: "count", value: 1447 }
 * @example readCount("12,5") // { kind: "unreadable", text: "12,5" }
 */
export function readCount(cell: string | undefined | null): CountReading {
  const text = cleanCell(cell);
  if (text === "" || /^[-–—]$/.test(text)) return { kind: "empty" };
  if (/^\d{1,15}$/.test(text)) return { kind: "count", value: Number(text) };
  if (/^\d{1,3}(?:([.,\s])\d{3})(?:\1\d{3}){0,4}$/.test(text)) return { kind: "count", value: Number(text.replace(/[.,\s]/g, "")) };
  if (/^\d{1,15}\.0+$/.test(text)) return { kind: "count", value: Number(text.replace(/\.0+$/, "")) };
  return { kind: "unreadable", text };
}

/** The outcome of reading a printed rate cell. */
export type RateReading =
  | { readonly kind: "empty" }
  /** `value` is a fraction (0.9863); `step` is one unit of the last printed digit, as a fraction (0.0001 for "98,63%"). */
  | { readonly kind: "rate"; readonly value: number; readonly step: number; readonly text: string }
  | { readonly kind: "unreadable"; readonly text: string };

/**
 * Reads a printed on-time rate: "98,63%", "99,6 %", "99.4%", "100%", "98,63" (a percentage
 * without its sign), or a fraction as a spreadsheet stores a percent cell ("0.9863").
 * A Vietnamese decimal comma and an English decimal point are both accepted.
 * @example readRate("98,63%") // { kind: "rate", value: 0.9863, step: 0.0001, text: "98,63%" }
 * @example readRate("0.994") // { kind: "rate", value: 0.994, step: 0.001, text: "0.994" }
 */
export function readRate(cell: string | undefined | null): RateReading {
  const text = cleanCell(cell);
  if (text === "" || /^[-–—]$/.test(text)) return { kind: "empty" };
  const m = /^(\d{1,3})(?:[.,](\d{1,20}))?\s*(%?)$/.exec(text);
  if (!m) return { kind: "unreadable", text };
  const decimals = m[2]?.length ?? 0;
  const number = Number(`${m[1]}.${m[2] ?? "0"}`);
  const percent = m[3] === "%" || number > 1;
  if (number > 100 && percent) return { kind: "unreadable", text };
  const value = percent ? number / 100 : number;
  const step = percent ? 10 ** -decimals / 100 : 10 ** -decimals;
  return { kind: "rate", value, step, text };
}
