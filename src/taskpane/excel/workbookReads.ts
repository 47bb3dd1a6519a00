/**
 * Reads shared by the Excel-mode commands, each inside the command's one Excel.run.
 *
 * Sync count: the sheet list costs one sync, then every sheet read costs one more, because the
 * adapter's readRangeGrid loads and syncs per range. Reading several sheets "at once" by
 * starting the calls together would be wrong: a second context.sync() with nothing queued can
 * resolve before the first request returns, and the reads would see unloaded properties.
 * A batched reader in the adapter (queue N loads, one sync) would make a report one read sync.
 */
import { sameSheetName } from "../../adapters/officejs/ownership";
import { readRangeGrid } from "../../adapters/officejs/readGrid";
import type { Grid } from "../../core/grid/grid";

/** Names of every worksheet, in tab order. */
export async function loadSheetNames(context: Excel.RequestContext): Promise<string[]> {
  const sheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  return sheets.items.map((s) => s.name);
}

/** The workbook's name for `wanted` (Excel compares case-insensitively), or null when absent. */
export function findSheet(names: readonly string[], wanted: string): string | null {
  return names.find((n) => sameSheetName(n, wanted)) ?? null;
}

/**
 * The used range of each wanted sheet the workbook has, in the order asked; absent sheets are
 * skipped. Grids carry the name the importers expect (`wanted`), whatever its case in Excel.
 */
export async function readSheets(context: Excel.RequestContext, names: readonly string[], wanted: readonly string[]): Promise<Grid[]> {
  const grids: Grid[] = [];
  for (const name of wanted) {
    const actual = findSheet(names, name);
    if (actual === null) continue;
    // Sequential on purpose (see the file comment): one load + sync per sheet.
    const grid = await readRangeGrid(context, { sheet: actual });
    grids.push({ ...grid, sheet: name });
  }
  return grids;
}
