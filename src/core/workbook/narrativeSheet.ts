import { cellAddress, sheetRef } from "../grid/address";
import type { Grid } from "../grid/grid";
import { narrativeText } from "../messages/catalogue";
import { narrativeKeys, type Narrative, type NarrativeKey } from "../report/narrative";
import { cell, type SheetSpec } from "../sheet/model";
import { a4PageSetup, dataSheetStyles } from "../sheet/styles";
import { foldKey, normalizeSpaces, stripMarkup } from "../text/normalize";
import { sheetNames } from "./sheetNames";

const text = narrativeText.sheet;

/** Where each block's text came from, shown in column C. */
export type NarrativeSource = "draft" | "lastYear" | "user";

/** Row (1-based) of a block: header in row 1, blocks from row 2 in `narrativeKeys` order. */
export function narrativeRow(key: NarrativeKey): number {
  return narrativeKeys.indexOf(key) + 2;
}

/** The A1 address of a block's text ("B2"), for messages. */
export const narrativeCell = (key: NarrativeKey) => `${sheetRef(sheetNames.narrative)}!B${narrativeRow(key)}`;

/**
 * The "Nhận xét" sheet: block label | text (one paragraph per line) | where it came from.
 * Owned by the add-in, but its column B is the secretary's text: commands fill only blocks
 * that are empty (see `mergeNarrative`), never overwrite what was typed.
 */
export function buildNarrativeSheet(narrative: Narrative, sources: Partial<Record<NarrativeKey, NarrativeSource>> = {}): SheetSpec {
  const rows = narrativeKeys.map((key) => {
    const value = narrative[key];
    const source = !value.trim() ? text.sourceEmpty : sources[key] === "lastYear" ? text.sourceLastYear : sources[key] === "draft" ? text.sourceDraft : "";
    return [cell.text(narrativeText.labels[key], "totalLabel"), cell.text(value, "body"), cell.text(source, "note")];
  });
  return {
    name: sheetNames.narrative,
    cells: [[text.headers.block, text.headers.text, text.headers.source].map((h) => cell.text(h, "header")), ...rows],
    styles: dataSheetStyles,
    columnWidths: [30, 100, 30],
    merges: [],
    validations: [],
    tables: [],
    pageSetup: a4PageSetup("landscape"),
    freeze: { rows: 1, columns: 1 },
  };
}

/**
 * Reads the "Nhận xét" sheet back: each block by its label in column A (rows may be moved),
 * its text from column B, markup stripped, one paragraph per line. A block whose label is
 * missing reads as "" (empty), and `cells` says where each block was found.
 */
export function readNarrativeGrid(grid: Grid): { narrative: Narrative; cells: Partial<Record<NarrativeKey, string>> } {
  const narrative: Record<string, string> = Object.fromEntries(narrativeKeys.map((k) => [k, ""]));
  const cells: Partial<Record<NarrativeKey, string>> = {};
  const byLabel = new Map(narrativeKeys.map((k) => [foldKey(narrativeText.labels[k]), k]));
  grid.rows.forEach((row, r) => {
    const key = byLabel.get(foldKey(row[0] ?? ""));
    if (!key || cells[key]) return;
    narrative[key] = normalizeSpaces(stripMarkup(row[1] ?? ""));
    cells[key] = cellAddress(grid.firstRowNumber + r, grid.firstColumnNumber + 1);
  });
  return { narrative: narrative as Narrative, cells };
}

/**
 * The blocks to write: the sheet's existing text where it has some, else the new text (a
 * draft or last year's). Returns the sources for column C.
 */
export function mergeNarrative(
  existing: Narrative | null,
  incoming: Narrative,
  incomingSource: NarrativeSource,
): { narrative: Narrative; sources: Partial<Record<NarrativeKey, NarrativeSource>> } {
  const narrative: Record<string, string> = {};
  const sources: Partial<Record<NarrativeKey, NarrativeSource>> = {};
  for (const key of narrativeKeys) {
    const own = existing?.[key]?.trim() ?? "";
    narrative[key] = own || incoming[key];
    sources[key] = own ? "user" : incomingSource;
  }
  return { narrative: narrative as Narrative, sources };
}
