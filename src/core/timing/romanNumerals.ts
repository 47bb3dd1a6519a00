/**
 * Roman numerals as plans write quarters ("Quý IV") and sections. Only the canonical
 * subtractive forms are read, so "IIII" or "VX" are not numbers and stay unreadable.
 */

const values: readonly (readonly [string, number])[] = [
  ["m", 1000],
  ["cm", 900],
  ["d", 500],
  ["cd", 400],
  ["c", 100],
  ["xc", 90],
  ["l", 50],
  ["xl", 40],
  ["x", 10],
  ["ix", 9],
  ["v", 5],
  ["iv", 4],
  ["i", 1],
];

/**
 * Converts a positive integer (1–3999) to upper-case Roman numerals.
 * @example toRoman(4) === "IV"
 */
export function toRoman(n: number): string {
  let rest = Math.trunc(n);
  let out = "";
  for (const [symbol, value] of values) {
    while (rest >= value) {
      out += symbol;
      rest -= value;
    }
  }
  return out.toUpperCase();
}

/**
 * Reads a Roman numeral in either case; null unless it is written the canonical way.
 * @example parseRoman("iv") === 4; parseRoman("IIII") === null
 */
export function parseRoman(text: string): number | null {
  const s = text.toLowerCase();
  if (!/^[mdclxvi]{1,15}$/.test(s)) return null;
  let total = 0;
  let i = 0;
  for (const [symbol, value] of values) {
    while (s.startsWith(symbol, i)) {
      total += value;
      i += symbol.length;
    }
  }
  // A non-canonical spelling either leaves characters unread or reads back differently.
  return i === s.length && total > 0 && toRoman(total).toLowerCase() === s ? total : null;
}
