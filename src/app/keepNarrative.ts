/**
 * Step 6, "Giữ nội dung đã sửa": a block of "Nhận xét" the secretary edited whose figures have
 * changed since (the report is a DỰ THẢO for it) is kept as she wrote it and marked as checked
 * against the current figures, so the report no longer asks about it until they change again
 * (resolveNarrative's "confirmed" state). Only the block's hidden mark and its note are written:
 * her text is not touched.
 */
import type { Grid } from "../core/grid/grid";
import { cellInRowOf, columnLetters } from "../core/grid/address";
import { cell } from "../core/sheet/model";
import { locateColumns } from "../core/sheet/layout";
import { readTracking } from "../core/report/readTracking";
import { narrativeAfter, narrativeFactsOf } from "../core/report/resolveNarrative";
import type { NarrativeKey } from "../core/report/narrative";
import { buildNarrativeSheet, narrativeKeptColumns } from "../core/workbook/narrativeSheet";
import { narrativeLayout } from "../core/workbook/layouts";
import { findSheet, sheetNames } from "../core/workbook/sheetNames";
import type { CellEdit, CellSave } from "./routineJobs";

/**
 * The cells that keep block `key` as edited: its mark (confirmed against today's figures) and its
 * note, in the columns the sheet has them (found by header). Null when the workbook cannot be
 * read as a tracking workbook, has no "Nhận xét" sheet, or the block is not stale there (nothing
 * to keep: a draft follows the figures, an edited block that agrees with them needs no mark).
 * @example narrativeKeptIntoWorkbook(grids, "advantages", { today: "2025-12-20" })?.cells.length === 2
 */
export function narrativeKeptIntoWorkbook(existing: readonly Grid[], key: NarrativeKey, options: { today: string }): CellSave | null {
  const grid = findSheet(existing, sheetNames.narrative);
  if (!grid) return null;
  const tracking = readTracking(existing, { fallbackYear: Number(options.today.slice(0, 4)), today: options.today });
  if (!tracking.ok) return null;
  const { read } = tracking;
  const block = read.narrativeBlocks.find((b) => b.key === key);
  const at = read.narrativeCells[key];
  if (!block || block.stale.length === 0 || !at) return null;
  const facts = narrativeFactsOf({ agency: read.agency, tasks: read.tasks, dossiers: read.dossiers, budget: read.budget });
  const rows = narrativeAfter({ narrative: read.narrative, rows: read.narrativeRows, blocks: read.narrativeBlocks }, facts, { kind: "confirm", key });
  const { columns } = locateColumns(grid.rows, narrativeLayout);
  const edit = (column: number | undefined, value: string): CellEdit[] => {
    const address = column === undefined ? null : cellInRowOf(at, columnLetters(grid.firstColumnNumber + column));
    return address === null ? [] : [{ sheet: sheetNames.narrative, cell: address, spec: cell.text(value, "note") }];
  };
  // Without its mark column the sheet cannot remember the choice: the report would ask again.
  if (columns.mark === undefined) return null;
  const cells = [...edit(columns.mark, rows[key].mark), ...edit(columns.source, rows[key].note)];
  return { cells, whole: () => ({ sheets: [buildNarrativeSheet(rows, read.itemRows, narrativeKeptColumns(grid))] }) };
}
