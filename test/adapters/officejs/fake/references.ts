/**
 * What Excel does to formulas that name a sheet: renaming the sheet rewrites them
 * (`='Kế hoạch'!B3` → `='Kế hoạch cũ'!B3`), deleting it turns each reference into #REF!
 * (`=COUNTIF(#REF!,"x")`). Modelled so a test can see a renderer break the user's formulas.
 */
import type { FakeWorksheet } from "./worksheet";

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** `'Name'!` or, for a name Excel does not quote, `Name!`; case-insensitive like Excel. */
function sheetPrefix(name: string): string {
  const quoted = `'${escapeRegExp(name.replace(/'/g, "''"))}'!`;
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? `(?:${quoted}|(?<![\\w.'])${escapeRegExp(name)}!)` : quoted;
}

const CELL = "\\$?[A-Za-z]{1,3}\\$?\\d+";

function rewrite(sheets: readonly FakeWorksheet[], pattern: RegExp, replacement: string): void {
  for (const sheet of sheets) {
    for (const cell of sheet.cells.values()) {
      if (cell.formula) cell.formula = cell.formula.replace(pattern, () => replacement);
    }
  }
}

export function renameReferences(sheets: readonly FakeWorksheet[], from: string, to: string): void {
  rewrite(sheets, new RegExp(sheetPrefix(from), "gi"), `'${to.replace(/'/g, "''")}'!`);
}

export function breakReferences(sheets: readonly FakeWorksheet[], deleted: string): void {
  rewrite(sheets, new RegExp(`${sheetPrefix(deleted)}${CELL}(?::${CELL})?`, "gi"), "#REF!");
}
