import { cellAddress, sheetRef } from "../grid/address";
import type { Grid } from "../grid/grid";
import { narrativeText } from "../messages/catalogue";
import { narrativeKeys, type Narrative, type NarrativeKey } from "../report/narrative";
import type { NarrativeRows } from "../report/resolveNarrative";
import { reportItemKeys, type ItemRows, type ItemSheetRead, type ReportItemKey } from "../report/reportItems";
import type { SheetSpec } from "../sheet/model";
import { columnIndexOr, headerCells, keptColumns, layoutRow, layoutWidths, locateColumns, withKeptColumns, type KeptColumns } from "../sheet/layout";
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

/** Row (1-based) of a results-table item: after the blocks, in `reportItemKeys` order. */
export function itemRow(key: ReportItemKey): number {
  return narrativeKeys.length + 2 + reportItemKeys.indexOf(key);
}

/**
 * The "Nhận xét" sheet: block label | text (one paragraph per line) | note | hidden mark. Owned
 * by the add-in, but its column B is the secretary's text: the report writes again only the
 * blocks that are still its own untouched drafts (resolveNarrative), never what was typed.
 * `kept`: the columns the user inserted into the sheet being replaced (narrativeKeptColumns),
 * written back where she put them, each row's values beside the block of the same label.
 */
export function buildNarrativeSheet(rows: NarrativeRows, items?: ItemRows, kept: KeptColumns | null = null): SheetSpec {
  const markColumn = narrativeLayout.findIndex((c) => c.key === "mark") + 1;
  const row = (label: string, r: { text: string; note: string; mark: string }) =>
    layoutRow(narrativeLayout, { block: label, text: r.text, source: r.note, mark: r.mark });
  const emptyItem = { text: "", note: narrativeText.sheet.noteItemMissing, mark: "" };
  const sheet: SheetSpec = {
    name: sheetNames.narrative,
    cells: [
      headerCells(narrativeLayout),
      ...narrativeKeys.map((key) => row(narrativeText.labels[key], rows[key])),
      // The results table's rows, empty until the first report fills them from the tasks.
      ...reportItemKeys.map((key) => row(narrativeText.itemLabels[key], items?.[key] ?? emptyItem)),
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
  return withKeptColumns(sheet, narrativeLayout, kept, { keyColumn: "block" }).sheet;
}

/** The columns the user inserted into "Nhận xét" and what each row holds in them, by the block's label (null: none, or no sheet). */
export function narrativeKeptColumns(grid: Grid | null | undefined): KeptColumns | null {
  return grid ? keptColumns(grid.rows, narrativeLayout, "block") : null;
}

/**
 * Reads the "Nhận xét" sheet back: each block by its label in column A (rows may be moved),
 * its text from column B, markup stripped, one paragraph per line, and its hidden mark. A
 * block whose label is missing reads as "" (empty), and `cells` says where each block was found.
 * The results table's rows ("I.5 — Kết quả: …") come in `items`.
 */
export function readNarrativeGrid(grid: Grid): {
  narrative: Narrative;
  marks: Partial<Record<NarrativeKey, string>>;
  cells: Partial<Record<NarrativeKey, string>>;
  items: ItemSheetRead & { readonly cells: Partial<Record<ReportItemKey, string>> };
} {
  const narrative: Record<string, string> = Object.fromEntries(narrativeKeys.map((k) => [k, ""]));
  const cells: Partial<Record<NarrativeKey, string>> = {};
  const marks: Partial<Record<NarrativeKey, string>> = {};
  const items = {
    texts: {} as Partial<Record<ReportItemKey, string>>,
    marks: {} as Partial<Record<ReportItemKey, string>>,
    cells: {} as Partial<Record<ReportItemKey, string>>,
  };
  const byLabel = new Map(narrativeKeys.map((k) => [foldKey(narrativeText.labels[k]), k]));
  const byItemLabel = new Map(reportItemKeys.map((k) => [foldKey(narrativeText.itemLabels[k]), k]));
  // Columns found by their headers (a user may insert one), else where the builder writes them.
  const located = locateColumns(grid.rows, narrativeLayout);
  const labelColumn = columnIndexOr(located, narrativeLayout, "block");
  const textColumn = columnIndexOr(located, narrativeLayout, "text");
  const markColumn = columnIndexOr(located, narrativeLayout, "mark");
  grid.rows.forEach((row, r) => {
    const item = byItemLabel.get(foldKey(row[labelColumn] ?? ""));
    if (item && !items.cells[item]) {
      items.texts[item] = normalizeSpaces(stripMarkup(row[textColumn] ?? ""));
      items.marks[item] = (row[markColumn] ?? "").trim();
      items.cells[item] = cellAddress(grid.firstRowNumber + r, grid.firstColumnNumber + textColumn);
      return;
    }
    const key = byLabel.get(foldKey(row[labelColumn] ?? ""));
    if (!key || cells[key]) return;
    narrative[key] = normalizeSpaces(stripMarkup(row[textColumn] ?? ""));
    marks[key] = (row[markColumn] ?? "").trim();
    cells[key] = cellAddress(grid.firstRowNumber + r, grid.firstColumnNumber + textColumn);
  });
  return { narrative: narrative as Narrative, marks, cells, items };
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
