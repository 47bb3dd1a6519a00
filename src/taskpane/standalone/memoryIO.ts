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
import { newBookId, type MemoryWorkbook } from "../state";
import type { CellSave, WorkbookHost } from "../workbookIO";
import type { SheetSpec, WorkbookSpec } from "../../core/sheet/model";
import { parseCellAddress } from "../../core/grid/address";

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

/** A sheet description with some cells replaced (each keeps the style the cell had when the new one names none). */
export function patchSheet(sheet: SheetSpec, cells: CellSave["cells"]): SheetSpec {
  if (cells.length === 0) return sheet;
  const rows = sheet.cells.map((row) => [...row]);
  for (const { cell, spec } of cells) {
    const at = parseCellAddress(cell);
    if (!at) continue;
    const { rowNumber: row, columnNumber: column } = at;
    while (rows.length < row) rows.push([]);
    const target = rows[row - 1];
    while (target.length < column) target.push({ kind: "empty" });
    const old = target[column - 1];
    target[column - 1] = spec.style === undefined && old?.style !== undefined ? { ...spec, style: old.style } : spec;
  }
  return { ...sheet, cells: rows };
}

/**
 * @param get the workbook as the state holds it now
 * @param set stores the changed workbook (a new object: the state is never mutated)
 */
export function memoryHost(get: () => MemoryWorkbook | null, set: (workbook: MemoryWorkbook) => void, defaultName: () => string): WorkbookHost {
  const write = (spec: WorkbookSpec) => {
    const current = get() ?? { name: defaultName(), base: null, baseGrids: [], sheets: [], id: newBookId() };
    // Replaced sheets keep their place; new ones go at the end.
    const replaced = current.sheets.map((s) => spec.sheets.find((n) => same(n.name, s.name)) ?? s);
    const added = spec.sheets.filter((n) => !current.sheets.some((s) => same(n.name, s.name)));
    set({ ...current, sheets: [...replaced, ...added], active: spec.active ?? current.active });
  };
  return {
    run: async (job) =>
      job({
        read: async (wanted) => memoryGrids(get(), wanted),
        readSelection: async () => {
          throw new PaneError("errorApiUnsupported");
        },
        write: async (spec) => write(spec),
        writeCells: async (save) => {
          const current = get();
          const names = [...new Set(save.cells.map((c) => c.sheet))];
          // Cells of sheets this page wrote are patched; a sheet only in the opened file is written whole.
          if (!current || save.cells.length === 0 || names.some((n) => !current.sheets.some((s) => same(s.name, n)))) {
            write(save.whole());
            return;
          }
          set({
            ...current,
            sheets: current.sheets.map((s) =>
              patchSheet(
                s,
                save.cells.filter((c) => same(c.sheet, s.name)),
              ),
            ),
          });
        },
      }),
  };
}
