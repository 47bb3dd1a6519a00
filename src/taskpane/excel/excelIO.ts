/**
 * The open Excel workbook as the steps see it: each command is one Excel.run; reads queue
 * every sheet before one sync (workbookReads.ts), writes go through the Office.js adapter,
 * which refuses to replace a sheet the add-in did not make.
 */
import { readRangeGrid } from "../../adapters/officejs/readGrid";
import { renderWorkbookSpec } from "../../adapters/officejs/renderWorkbook";
import { writeCells } from "../../adapters/officejs/cellEdits";
import { PaneError } from "../errors";
import type { WorkbookHost } from "../workbookIO";
import { loadSheetNames, readSheets } from "./workbookReads";

/** Told whenever the pane writes into the workbook (the watcher then ignores its own change events). */
let writeListener: () => void = () => undefined;
export function onPaneWrite(listener: () => void): void {
  writeListener = listener;
}
const wrote = () => writeListener();

export const excelHost: WorkbookHost = {
  run: (job) =>
    Excel.run(async (context) => {
      let names: string[] | null = null;
      return job({
        read: async (wanted) => {
          names = await loadSheetNames(context);
          return readSheets(context, names, wanted);
        },
        readSelection: async () => {
          const grid = await readRangeGrid(context, { useSelection: true });
          if (grid.rows.every((row) => row.every((cell) => cell.trim() === ""))) throw new PaneError("selectionEmpty");
          return grid;
        },
        write: async (spec) => {
          wrote();
          await renderWorkbookSpec(context, spec);
          wrote();
        },
        writeCells: async (save) => {
          wrote();
          if (save.cells.length > 0) await writeCells(context, save.cells);
          else await renderWorkbookSpec(context, save.whole());
          wrote();
        },
      });
    }),
};

/** Selects a cell (a finding, a missing item) so the user lands on it. */
export { selectCell } from "./selectCell";
