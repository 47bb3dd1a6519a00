import { columnLetters, parseCellAddress } from "../grid/address";
import type { Grid } from "../grid/grid";
import { workbookText } from "../messages/catalogue";
import { columnIndexOr, columnLetterOf, locateColumns, locatedLetters, type ColumnLayout } from "../sheet/layout";
import { foldKey, normalizeCellText } from "../text/normalize";
import type { BudgetSheetData } from "../workbook/budgetSheet";
import { budgetEstimateLayout, budgetGrantedLayout, dossiersLayout, tasksLayout, type DossierColumnKey } from "../workbook/layouts";

/** Where the report's figures live in the data sheets (read from the workbook, not assumed). */
export interface ReportRefs {
  /** 1-based row of the dossier sheet's "Tổng cộng" row; null when the sheet has none. */
  readonly dossierTotalRow: number | null;
  /** 1-based rows of the budget sheet's granted lines, their total, the estimate lines and total. */
  readonly budget: {
    readonly grantedRows: readonly number[];
    readonly grantedTotalRow: number | null;
    readonly estimateRows: readonly number[];
    readonly estimateTotalRow: number | null;
  };
  /** 1-based last row of the tasks sheet's status column to count. */
  readonly taskLastRow: number;
  /**
   * Where the columns actually are, found by their headers when the sheets were read (a user may
   * have inserted a column); absent keys fall back to the declared layouts (./workbook/layouts).
   */
  readonly columns?: {
    readonly taskStatus?: string;
    readonly taskText?: string;
    readonly dossiers?: Readonly<Partial<Record<DossierColumnKey, string>>>;
    readonly budget?: { readonly granted?: string; readonly disbursed?: string; readonly amount?: string };
  };
}

/** The column letters the report uses when a sheet did not say otherwise: the declared layouts'. */
export const defaultReportColumns = {
  taskStatus: columnLetterOf(tasksLayout, "status"),
  taskText: columnLetterOf(tasksLayout, "task"),
  budget: {
    granted: columnLetterOf(budgetGrantedLayout, "granted"),
    disbursed: columnLetterOf(budgetGrantedLayout, "disbursed"),
    amount: columnLetterOf(budgetEstimateLayout, "amount"),
  },
} as const;

/**
 * 1-based numbers of the rows whose label column reads the total label the builders write
 * ("Tổng cộng"); the label column is where `layout`'s `labelKey` column was found by header.
 */
export function totalRows<K extends string>(grid: Grid, layout: ColumnLayout<K>, labelKey: K): number[] {
  const total = foldKey(workbookText.total);
  const rows = grid.rows.map((r) => r.map(normalizeCellText));
  const label = columnIndexOr(locateColumns(rows, layout), layout, labelKey);
  return rows.flatMap((row, r) => (foldKey(row[label] ?? "") === total ? [grid.firstRowNumber + r] : []));
}

/** Column letter and row of an A1 address such as "E4". */
function split(address: string | undefined): { letter: string; row: number } | null {
  const parsed = address ? parseCellAddress(address) : null;
  return parsed ? { letter: columnLetters(parsed.columnNumber), row: parsed.rowNumber } : null;
}

/** Budget rows by block and the amount columns, where the budget reader found them. */
function budgetRefs(grid: Grid | null, data: BudgetSheetData): { rows: ReportRefs["budget"]; columns: NonNullable<ReportRefs["columns"]>["budget"] } {
  if (!grid) return { rows: { grantedRows: [], grantedTotalRow: null, estimateRows: [], estimateTotalRow: null }, columns: {} };
  const totals = totalRows(grid, budgetGrantedLayout, "item");
  const grantedCell = split(data.statedTotals?.granted?.cell ?? data.granted[0]?.cells?.granted);
  const disbursedCell = split(data.statedTotals?.disbursed?.cell ?? data.granted[0]?.cells?.disbursed);
  const amountCell = split(data.statedTotals?.estimate?.cell ?? data.estimate[0]?.cells?.amount);
  return {
    rows: {
      grantedRows: data.granted.map((g) => split(g.cells?.granted)?.row ?? 0),
      grantedTotalRow: split(data.statedTotals?.granted?.cell)?.row ?? totals[0] ?? null,
      estimateRows: data.estimate.map((e) => split(e.cells?.amount)?.row ?? 0),
      estimateTotalRow: split(data.statedTotals?.estimate?.cell)?.row ?? totals[1] ?? null,
    },
    columns: { granted: grantedCell?.letter, disbursed: disbursedCell?.letter, amount: amountCell?.letter },
  };
}

/**
 * Where the report's formulas must point, read from the tracking workbook's grids: columns by
 * their headers (a user may have inserted one), total rows by their label, budget cells where
 * the budget reader found them.
 */
export function reportRefsFromGrids(sheets: { tasks: Grid; dossiers: Grid; budget: Grid | null }, budget: BudgetSheetData): ReportRefs {
  const tasksFound = locatedLetters(locateColumns(sheets.tasks.rows, tasksLayout), sheets.tasks.firstColumnNumber);
  const dossiersFound = locatedLetters(locateColumns(sheets.dossiers.rows, dossiersLayout), sheets.dossiers.firstColumnNumber);
  const budgetFound = budgetRefs(sheets.budget, budget);
  return {
    columns: { taskStatus: tasksFound.status, taskText: tasksFound.task, dossiers: dossiersFound, budget: budgetFound.columns },
    dossierTotalRow: totalRows(sheets.dossiers, dossiersLayout, "field")[0] ?? null,
    budget: budgetFound.rows,
    taskLastRow: Math.max(sheets.tasks.rows.length + sheets.tasks.firstRowNumber - 1, 2),
  };
}
