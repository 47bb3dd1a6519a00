/**
 * Reading a count cell: "391", "1.447" / "1,447" / "1 447" (thousands separators), empty or a
 * dash meaning none.
 */
import { cleanCell } from "./text";

/** The outcome of reading one count cell. */
export type CountReading =
  | { readonly kind: "empty" }
  | { readonly kind: "count"; readonly value: number }
  | { readonly kind: "unreadable"; readonly text: string };

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
