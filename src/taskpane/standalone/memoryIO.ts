/**
 * The standalone page's workbook: the tracking workbook it built (step 1) or the one the user
 * opened, kept in memory between steps. Reads come from the sheets written since (as specs)
 * or from the opened file's grids; writes replace sheets of the same name. Downloads turn it
 * into a file (standalone/downloads.ts). Nothing is written to disk until the user downloads.
 */
import { foldKey } from "../../core/text/normalize";
import { specToGrid } from "../../core/sheet/specGrid";
import type { Grid } from "../../core/grid/grid";
import { PaneError } from "../errors";
import type { MemoryWorkbook } from "../state";
import type { WorkbookHost } from "../workbookIO";

const same = (a: string, b: string) => foldKey(a) === foldKey(b);

/** The grids of the workbook's sheets named in `wanted` (written sheets win), named as asked. */
export function memoryGrids(workbook: MemoryWorkbook | null, wanted: readonly string[]): Grid[] {
  if (!workbook) return [];
  return wanted.flatMap((name) => {
    const spec = workbook.sheets.find((s) => same(s.name, name));
    if (spec) return [specToGrid(spec)];
    const grid = workbook.baseGrids.find((g) => same(g.sheet, name));
    return grid ? [{ ...grid, sheet: name }] : [];
  });
}

/**
 * @param get the workbook as the state holds it now
 * @param set stores the changed workbook (a new object: the state is never mutated)
 */
export function memoryHost(get: () => MemoryWorkbook | null, set: (workbook: MemoryWorkbook) => void, defaultName: () => string): WorkbookHost {
  return {
    run: async (job) =>
      job({
        read: async (wanted) => memoryGrids(get(), wanted),
        readSelection: async () => {
          throw new PaneError("errorApiUnsupported");
        },
        write: async (spec) => {
          const current = get() ?? { name: defaultName(), base: null, baseGrids: [], sheets: [] };
          // Replaced sheets keep their place; new ones go at the end.
          const replaced = current.sheets.map((s) => spec.sheets.find((n) => same(n.name, s.name)) ?? s);
          const added = spec.sheets.filter((n) => !current.sheets.some((s) => same(n.name, s.name)));
          set({ ...current, sheets: [...replaced, ...added], active: spec.active ?? current.active });
        },
      }),
  };
}
