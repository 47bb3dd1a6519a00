/**
 * Reading a count cell: "391", "1.447" / "1,447" / "1 447" (thousands separators), empty or a
 * dash meaning none, and counts as newspapers and reports write them: "10,18 ngàn", "1,2 nghìn",
 * "1,78 triệu" (a magnitude word: the figure is rounded), "gần 2.000", "trên 7.600", "hơn 4,3
 * triệu" (a qualifier: the figure is approximate). docs/dossiers.md#numbers.
 */
import { cleanCell } from "./text";

/** The outcome of reading one count cell. */
export type CountReading =
  | { readonly kind: "empty" }
  | {
      readonly kind: "count";
      readonly value: number;
      /**
       * How far the written figure may be from the true count: 0 for an exact figure, half a unit
       * of the last written digit for "10,18 ngàn" (5), Infinity for "gần 2.000" (only approximate).
       */
      readonly tolerance: number;
      /** A magnitude word made the figure: "10,18 ngàn", "1,78 triệu". */
      readonly rounded: boolean;
      /** A qualifier made it approximate: "gần", "trên", "hơn", "khoảng"… */
      readonly approximate: boolean;
    }
  | { readonly kind: "unreadable"; readonly text: string };

const exact = (value: number): CountReading => ({ kind: "count", value, tolerance: 0, rounded: false, approximate: false });

/** "gần", "trên", "hơn", "khoảng", "xấp xỉ", "ước", "~": the figure is not exact. */
const QUALIFIER = /^(?:gần|hơn|trên|dưới|khoảng|khoảng chừng|chừng|xấp xỉ|ước|ước tính|ước khoảng|gần như|tới|ngót|~|≈|>|<)\s*/iu;
/** A unit word after the figure: "10,18 ngàn hồ sơ". */
const UNIT = /\s*(?:hồ sơ|hs|bộ hồ sơ)\.?$/iu;
/** Magnitude words and their factor. */
const MAGNITUDES: readonly (readonly [RegExp, number])[] = [
  [/^(?:ngàn|nghìn|ngh|k)\.?$/iu, 1_000],
  [/^(?:triệu|tr)\.?$/iu, 1_000_000],
];

/**
 * Reads a non-negative whole number of dossiers, exact or as a newspaper writes it.
 * @example readCount("1.447") // { kind: "count", value: 1447, tolerance: 0, rounded: false, approximate: false }
 * @example readCount("10,18 ngàn") // { kind: "count", value: 10180, tolerance: 5, rounded: true, approximate: false }
 * @example readCount("trên 7.600") // { kind: "count", value: 7600, tolerance: Infinity, rounded: false, approximate: true }
 * @example readCount("12,5") // { kind: "unreadable", text: "12,5" }
 */
export function readCount(cell: string | undefined | null): CountReading {
  const text = cleanCell(cell);
  if (text === "" || /^[-–—]$/.test(text)) return { kind: "empty" };
  const plain = plainCount(text);
  if (plain !== null) return exact(plain);
  const qualifier = QUALIFIER.exec(text);
  const rest = (qualifier ? text.slice(qualifier[0].length) : text).replace(UNIT, "").trim();
  const magnitude = magnitudeCount(rest);
  if (magnitude) {
    return { kind: "count", value: magnitude.value, tolerance: qualifier ? Infinity : magnitude.tolerance, rounded: true, approximate: qualifier !== null };
  }
  const figure = qualifier || rest !== text ? plainCount(rest) : null;
  if (figure !== null) return qualifier ? { kind: "count", value: figure, tolerance: Infinity, rounded: false, approximate: true } : exact(figure);
  return { kind: "unreadable", text };
}

/** An exact whole number: "391", "1.447", "1,447", "1 447", "54575.0" (a spreadsheet's number). */
function plainCount(text: string): number | null {
  if (/^\d{1,15}$/.test(text)) return Number(text);
  if (/^\d{1,3}(?:([.,\s])\d{3})(?:\1\d{3}){0,4}$/.test(text)) return Number(text.replace(/[.,\s]/g, ""));
  if (/^\d{1,15}\.0+$/.test(text)) return Number(text.replace(/\.0+$/, ""));
  return null;
}

/** "10,18 ngàn" → 10 180 (± 5); "1,78 triệu" → 1 780 000 (± 5 000); "1.200 nghìn" → 1 200 000. */
function magnitudeCount(text: string): { value: number; tolerance: number } | null {
  const m = /^(\d{1,15}(?:[.,\s]\d{1,3})*(?:[.,]\d{1,6})?)\s*(\S+)$/u.exec(text);
  if (!m) return null;
  const factor = MAGNITUDES.find(([word]) => word.test(m[2]))?.[1];
  if (factor === undefined) return null;
  const grouped = plainCount(m[1]);
  if (grouped !== null) return { value: grouped * factor, tolerance: factor / 2 };
  const decimal = /^(\d{1,15})[.,](\d{1,6})$/.exec(m[1]);
  if (!decimal) return null;
  const digits = decimal[2].length;
  const value = Math.round(Number(`${decimal[1]}.${decimal[2]}`) * factor);
  return { value, tolerance: factor / 10 ** digits / 2 };
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
