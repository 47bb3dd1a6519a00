/**
 * What a step needs from "the workbook", the same in both modes: the open Excel workbook
 * (excel/excelIO.ts, one Excel.run per command) or the tracking workbook the standalone page
 * keeps in memory (standalone/memoryIO.ts). The steps (actions.ts) are written once against it.
 */
import type { Grid } from "../core/grid/grid";
import type { WorkbookSpec } from "../core/sheet/model";

export interface WorkbookIO {
  /** The tracking sheets the workbook has (absent ones are skipped), named as the readers expect. */
  read(names: readonly string[]): Promise<Grid[]>;
  /** The user's selected range (Excel only). */
  readSelection(): Promise<Grid>;
  /** Writes (adds or replaces) owned sheets; a same-named sheet the add-in did not make is refused. */
  write(spec: WorkbookSpec): Promise<void>;
}

export interface WorkbookHost {
  /** Runs one command against the workbook: in Excel, one Excel.run. */
  run<T>(job: (io: WorkbookIO) => Promise<T>): Promise<T>;
}
