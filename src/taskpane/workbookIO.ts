/**
 * What a step needs from "the workbook", the same in both modes: the open Excel workbook
 * (excel/excelIO.ts, one Excel.run per command) or the tracking workbook the standalone page
 * keeps in memory (standalone/memoryIO.ts). The steps (actions.ts) are written once against it.
 */
import type { Grid } from "../core/grid/grid";
import type { CellSpec, WorkbookSpec } from "../core/sheet/model";

/**
 * A save of a few cells of owned sheets (the tracker, a fact of "Thông tin"): the cells, and the
 * sheets rebuilt whole for a host that has not got them as descriptions (the standalone page's
 * opened file). `cells` empty: write `whole()`.
 */
export interface CellSave {
  readonly cells: readonly { readonly sheet: string; readonly cell: string; readonly spec: CellSpec }[];
  readonly whole: () => WorkbookSpec;
}

export interface WorkbookIO {
  /** The tracking sheets the workbook has (absent ones are skipped), named as the readers expect. */
  read(names: readonly string[]): Promise<Grid[]>;
  /** The user's selected range (Excel only). */
  readSelection(): Promise<Grid>;
  /** Writes (adds or replaces) owned sheets; a same-named sheet the add-in did not make is refused. */
  write(spec: WorkbookSpec): Promise<void>;
  /** Writes a few cells (Excel: one request); the host may write the sheets whole instead. */
  writeCells(save: CellSave): Promise<void>;
}

export interface WorkbookHost {
  /** Runs one command against the workbook: in Excel, one Excel.run. */
  run<T>(job: (io: WorkbookIO) => Promise<T>): Promise<T>;
}
