import { cellAddress, sheetRef } from "../grid/address";
import type { Grid } from "../grid/grid";
import { narrativeText } from "../messages/catalogue";
import { narrativeKeys, type Narrative, type NarrativeKey } from "../report/narrative";
import type { SheetSpec } from "../sheet/model";
import { columnIndexOr, headerCells, layoutRow, layoutWidths, locateColumns } from "../sheet/layout";
import { narrativeLayout } from "./layouts";
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
    return layoutRow(narrativeLayout, { block: narrativeText.labels[key], text: value, source });
  });
  return {
    name: sheetNames.narrative,
    cells: [headerCells(narrativeLayout), ...rows],
    styles: dataSheetStyles,
    columnWidths: layoutWidths(narrativeLayout),
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
  // Columns found by their headers (a user may insert one), else where the builder writes them.
  const located = locateColumns(grid.rows, narrativeLayout);
  const labelColumn = columnIndexOr(located, narrativeLayout, "block");
  const textColumn = columnIndexOr(located, narrativeLayout, "text");
  grid.rows.forEach((row, r) => {
    const key = byLabel.get(foldKey(row[labelColumn] ?? ""));
    if (!key || cells[key]) return;
    narrative[key] = normalizeSpaces(stripMarkup(row[textColumn] ?? ""));
    cells[key] = cellAddress(grid.firstRowNumber + r, grid.firstColumnNumber + textColumn);
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
