/**
 * Reads shared by the Excel-mode commands, each inside the command's one Excel.run.
 * Sync count: one for the sheet list, then two for all the sheets read (their sizes, then their
 * cells packed under the 5 MB response limit), whatever the number of sheets; above ~3 MB of cell
 * data, one more per 3 MB (readGrid.ts).
 */
import { sameSheetName } from "../../adapters/ownership";
import { readSheetGrids } from "../../adapters/officejs/readGrid";
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
  const present = wanted.flatMap((name) => {
    const actual = findSheet(names, name);
    return actual === null ? [] : [{ name, actual }];
  });
  if (present.length === 0) return [];
  const grids = await readSheetGrids(
    context,
    present.map((p) => p.actual),
  );
  return grids.map((grid, i) => ({ ...grid, sheet: present[i].name }));
}
