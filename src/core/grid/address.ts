/**
 * A1 addresses. Column numbers and row numbers are 1-based, as in Excel.
 * @example columnLetters(1) === "A"; columnLetters(28) === "AB"
 */
export function columnLetters(columnNumber: number): string {
  let n = columnNumber;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** @example columnNumber("AB") === 28 */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** @example cellAddress(7, 4) === "D7" */
export function cellAddress(rowNumber: number, colNumber: number): string {
  return `${columnLetters(colNumber)}${rowNumber}`;
}

/** @example rangeAddress(1, 1, 3, 5) === "A1:E3" */
export function rangeAddress(top: number, left: number, bottom: number, right: number): string {
  const a = cellAddress(top, left);
  const b = cellAddress(bottom, right);
  return a === b ? a : `${a}:${b}`;
}

/** Parses "D7" into 1-based numbers; null when it is not an A1 address. */
export function parseCellAddress(address: string): { rowNumber: number; columnNumber: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) return null;
  return { rowNumber: Number(m[2]), columnNumber: columnNumber(m[1]) };
}

/**
 * The cell in column `letters` of `address`'s row; null when `address` is not one cell.
 * @example cellInRowOf("C12", "K") === "K12"; cellInRowOf("C12:D13", "K") === null
 */
export function cellInRowOf(address: string, letters: string): string | null {
  const at = parseCellAddress(address);
  return at ? `${letters}${at.rowNumber}` : null;
}

/** Quotes a sheet name for use in a formula: 'Kế hoạch'!A1. */
export function sheetRef(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}
