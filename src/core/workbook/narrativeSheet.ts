import { cellAddress, sheetRef } from "../grid/address";
import type { Grid } from "../grid/grid";
import { narrativeText } from "../messages/catalogue";
import { narrativeKeys, type Narrative, type NarrativeKey } from "../report/narrative";
import type { NarrativeRows } from "../report/resolveNarrative";
import type { SheetSpec } from "../sheet/model";
import { columnIndexOr, headerCells, layoutRow, layoutWidths, locateColumns } from "../sheet/layout";
import { narrativeLayout } from "./layouts";
import { a4PageSetup, dataSheetStyles } from "../sheet/styles";
import { foldKey, normalizeSpaces, stripMarkup } from "../text/normalize";
import { sheetNames } from "./sheetNames";

/** Row (1-based) of a block: header in row 1, blocks from row 2 in `narrativeKeys` order. */
export function narrativeRow(key: NarrativeKey): number {
  return narrativeKeys.indexOf(key) + 2;
}

/** The A1 address of a block's text ("B2"), for messages. */
export const narrativeCell = (key: NarrativeKey) => `${sheetRef(sheetNames.narrative)}!B${narrativeRow(key)}`;

/**
 * The "Nhận xét" sheet: block label | text (one paragraph per line) | note | hidden mark. Owned
 * by the add-in, but its column B is the secretary's text: the report writes again only the
 * blocks that are still its own untouched drafts (resolveNarrative), never what was typed.
 */
export function buildNarrativeSheet(rows: NarrativeRows): SheetSpec {
  const markColumn = narrativeLayout.findIndex((c) => c.key === "mark") + 1;
  return {
    name: sheetNames.narrative,
    cells: [
      headerCells(narrativeLayout),
      ...narrativeKeys.map((key) =>
        layoutRow(narrativeLayout, { block: narrativeText.labels[key], text: rows[key].text, source: rows[key].note, mark: rows[key].mark }),
      ),
    ],
    styles: dataSheetStyles,
    columnWidths: layoutWidths(narrativeLayout),
    hiddenColumns: [markColumn],
    merges: [],
    validations: [],
    tables: [],
    pageSetup: a4PageSetup("landscape"),
    freeze: { rows: 1, columns: 1 },
  };
}

/**
 * Reads the "Nhận xét" sheet back: each block by its label in column A (rows may be moved),
 * its text from column B, markup stripped, one paragraph per line, and its hidden mark. A
 * block whose label is missing reads as "" (empty), and `cells` says where each block was found.
 */
export function readNarrativeGrid(grid: Grid): {
  narrative: Narrative;
  marks: Partial<Record<NarrativeKey, string>>;
  cells: Partial<Record<NarrativeKey, string>>;
} {
  const narrative: Record<string, string> = Object.fromEntries(narrativeKeys.map((k) => [k, ""]));
  const cells: Partial<Record<NarrativeKey, string>> = {};
  const marks: Partial<Record<NarrativeKey, string>> = {};
  const byLabel = new Map(narrativeKeys.map((k) => [foldKey(narrativeText.labels[k]), k]));
  // Columns found by their headers (a user may insert one), else where the builder writes them.
  const located = locateColumns(grid.rows, narrativeLayout);
  const labelColumn = columnIndexOr(located, narrativeLayout, "block");
  const textColumn = columnIndexOr(located, narrativeLayout, "text");
  const markColumn = columnIndexOr(located, narrativeLayout, "mark");
  grid.rows.forEach((row, r) => {
    const key = byLabel.get(foldKey(row[labelColumn] ?? ""));
    if (!key || cells[key]) return;
    narrative[key] = normalizeSpaces(stripMarkup(row[textColumn] ?? ""));
    marks[key] = (row[markColumn] ?? "").trim();
    cells[key] = cellAddress(grid.firstRowNumber + r, grid.firstColumnNumber + textColumn);
  });
  return { narrative: narrative as Narrative, marks, cells };
}

/**
 * The rows to write when text arrives for a workbook that may have some already (last year's
 * report imported into this year's workbook): the sheet's own blocks where it has text (with
 * their marks), else the incoming rows.
 */
export function mergeNarrative(existing: ReturnType<typeof readNarrativeGrid> | null, incoming: NarrativeRows): NarrativeRows {
  return Object.fromEntries(
    narrativeKeys.map((key) => {
      const own = existing?.narrative[key]?.trim() ?? "";
      return [key, own ? { text: own, mark: existing?.marks[key] ?? "", note: "" } : incoming[key]];
    }),
  ) as Record<NarrativeKey, NarrativeRows[NarrativeKey]>;
}
