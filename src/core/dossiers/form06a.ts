/**
 * Biểu số 06/VPCP/KSTT (TT 01/2020/TT-VPCP; docs/dossiers.md#form-biểu-06vpcpkstt): title rows, two header rows, a row of column
 * numbers (1)…(13), one row per field and a total row. Columns are mapped by their number, not
 * by caption, so any header wording works.
 */
import type { Grid } from "../grid/grid";
import { cellText } from "./headers";
import type { AggRole, AggregateLayout } from "./aggregateColumns";

/** Biểu 06 column number → role; (1) is TT, (2) the field. */
export const FORM_06A_COLUMNS: Readonly<Record<number, AggRole>> = {
  3: "received",
  4: "receivedOnline",
  5: "receivedDirect",
  6: "receivedPrevious",
  7: "resolved",
  8: "early",
  9: "onTime",
  10: "late",
  11: "pending",
  12: "pendingInTime",
  13: "pendingOverdue",
};

const MAX_SEARCH = 40;

/** The number written in a numbering cell: "(3)", "3", "( 3 )". */
function columnNumber(text: string): number | null {
  const m = /^\(?\s*(\d{1,2})\s*\)?$/.exec(text);
  return m ? Number(m[1]) : null;
}

/**
 * Finds the row of column numbers (1)…(13) (numbers in consecutive cells, starting at 1) and maps
 * the columns. Null when the grid has no such row.
 * @example findForm06aLayout(grid)?.roles.early === 8 // (8) Trước hạn sits in the 9th column
 */
export function findForm06aLayout(grid: Grid): AggregateLayout | null {
  const last = Math.min(grid.rows.length - 1, MAX_SEARCH);
  for (let r = 0; r <= last; r++) {
    const row = grid.rows[r];
    for (let c = 0; c + 12 < row.length; c++) {
      if (columnNumber(cellText(grid, r, c)) !== 1) continue;
      let ok = true;
      for (let k = 2; k <= 13 && ok; k++) ok = columnNumber(cellText(grid, r, c + k - 1)) === k;
      if (!ok) continue;
      const roles: Partial<Record<AggRole, number>> = {};
      const captions: Partial<Record<AggRole, string>> = {};
      for (const [k, role] of Object.entries(FORM_06A_COLUMNS)) {
        roles[role] = c + Number(k) - 1;
        captions[role] = `(${k})`;
      }
      return { form: "form06a", dataStart: r + 1, ttCol: c, labelCol: c + 1, roles, captions };
    }
  }
  return null;
}
