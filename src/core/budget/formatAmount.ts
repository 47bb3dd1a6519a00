/**
 * Digits of an amount the Vietnamese way: "." between thousands, "," before decimals
 * (NĐ 123/2020/NĐ-CP Art. 10.13; docs/document-format.md#number-display). Built by hand because Excel and `Intl`
 * follow the host locale, which is often not vi-VN.
 */

/** "18000000" → "18.000.000": a dot before every group of three digits from the right. */
function groupDigits(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

/**
 * Formats an amount with "." as thousands separator and "," as decimal mark.
 * Integers (number or bigint) are exact; a fractional number keeps the digits JavaScript
 * prints for it. NaN and ±Infinity come back as "NaN"/"Infinity" so a message can still show them.
 * @example formatAmount(18000000) === "18.000.000"
 * @example formatAmount(10n ** 15n) === "1.000.000.000.000.000"
 * @example formatAmount(-1500.5) === "-1.500,5"
 */
export function formatAmount(amount: number | bigint): string {
  if (typeof amount === "bigint") return (amount < 0n ? "-" : "") + groupDigits((amount < 0n ? -amount : amount).toString());
  if (!Number.isFinite(amount)) return String(amount);
  const sign = amount < 0 ? "-" : "";
  const abs = Math.abs(amount);
  // Beyond 2^53 String() switches to exponent form; BigInt prints the exact digits of the double.
  if (Number.isInteger(abs)) return sign + groupDigits(BigInt(abs).toString());
  const plain = String(abs);
  if (plain.includes("e")) return sign + plain; // tiny fractions such as 1e-7: no sensible grouping
  const [whole, fraction] = plain.split(".");
  return `${sign}${groupDigits(whole)},${fraction}`;
}
