import { sumCounts, type DossierCounts } from "../dossiers/counts";
import { finding, type Finding } from "../findings/finding";
import { cell, type CellSpec, type SheetSpec } from "../sheet/model";
import { a4PageSetup, dataSheetStyles, type DataStyleKey } from "../sheet/styles";
import { termText, workbookText } from "../messages/catalogue";
import { sheetNames } from "./sheetNames";
import { columnLetterOf, headerCells, layoutRow, printWidths } from "../sheet/layout";
import { dossiersLayout, type DossierColumnKey } from "./layouts";

const dossierText = workbookText.dossiers;

/**
 * Columns of the "Hồ sơ TTHC" sheet, declared in ./layouts. The counts are typed by the user
 * (or filled by the dossier import); "Đã giải quyết", the four rates A–D (docs/dossiers.md#rate-variants-and-their-sources, each
 * explained by a note under the table) and the check column are live formulas.
 */
export const dossierColumns = dossiersLayout;
export type { DossierColumnKey };

/** Column letter of a dossier-sheet column. */
export function dossierColumn(key: DossierColumnKey): string {
  return columnLetterOf(dossiersLayout, key);
}

/** Where the report finds the totals: the total row's number for `fieldCount` fields. */
export function dossierTotalRow(fieldCount: number): number {
  return Math.max(fieldCount, 1) + 2;
}

/** The check column's text as an Excel string literal (quotes doubled). */
const mismatchLiteral = `"${dossierText.partsMismatch.replace(/"/g, '""')}"`;

const countKeys = ["received", "early", "onTime", "late", "supplement", "withdrawn", "stopped", "pendingInTime", "pendingOverdue"] as const;

/** The typed counts of one row, by column. */
function countValues(c: DossierCounts): Record<(typeof countKeys)[number], number> {
  return Object.fromEntries(countKeys.map((k) => [k, c[k]])) as Record<(typeof countKeys)[number], number>;
}

/** Formulas of one row (`r` is the 1-based row number), with cached results from `c`. */
function formulaCells(
  r: number,
  c: DossierCounts,
  totalStyle: boolean,
): Record<"resolved" | "rateA" | "rateB" | "rateC" | "rateD" | "check", CellSpec<DataStyleKey>> {
  const col = (k: DossierColumnKey) => `${dossierColumn(k)}${r}`;
  const resolved = `${col("early")}+${col("onTime")}+${col("late")}`;
  const parts = `${col("resolved")}+${col("supplement")}+${col("withdrawn")}+${col("stopped")}+${col("pendingInTime")}+${col("pendingOverdue")}`;
  const good = `${col("early")}+${col("onTime")}+${col("supplement")}+${col("withdrawn")}+${col("stopped")}+${col("pendingInTime")}`;
  const ok = c.received === c.resolved + c.supplement + c.withdrawn + c.stopped + c.pendingInTime + c.pendingOverdue;
  const onTime = `(${col("early")}+${col("onTime")})`;
  const due = `(${col("resolved")}+${col("pendingOverdue")})`;
  const rate = (formula: string, value: number | "") => cell.formula(formula, value, totalStyle ? "totalPercent" : "percent");
  // The sheet's resolved column is early + on time + late, so the cached values are computed the same way.
  const resolvedValue = c.early + c.onTime + c.late;
  const dueValue = resolvedValue + c.pendingOverdue;
  return {
    resolved: cell.formula(resolved, resolvedValue, totalStyle ? "totalInteger" : "integer"),
    rateA: rate(`IF(${col("resolved")}=0,"",${onTime}/${col("resolved")})`, resolvedValue ? (c.early + c.onTime) / resolvedValue : ""),
    rateB: rate(`IF(${col("received")}=0,"",${onTime}/${col("received")})`, c.received ? (c.early + c.onTime) / c.received : ""),
    rateC: rate(
      `IF(${col("received")}=0,"",(${good})/${col("received")})`,
      c.received ? (c.early + c.onTime + c.supplement + c.withdrawn + c.stopped + c.pendingInTime) / c.received : "",
    ),
    rateD: rate(`IF(${due}=0,"",${onTime}/${due})`, dueValue ? (c.early + c.onTime) / dueValue : ""),
    check: cell.formula(`IF(${col("received")}=${parts},"",${mismatchLiteral})`, ok ? "" : dossierText.partsMismatch, "body"),
  };
}

/**
 * The dossier sheet: one row per field (lĩnh vực) and a "Tổng cộng" row of SUM formulas.
 * Every formula carries its computed value, so viewers that do not recalculate still show it.
 */
export function buildDossierSheet(fields: readonly DossierCounts[], total: DossierCounts): SheetSpec<DataStyleKey> {
  // Counts without a field (an export with no "Lĩnh vực" column, a total-only table) get a row
  // of their own: the total row sums the rows above it, so the figures must live in one.
  const byField = fields.length > 0 || total.received === 0 ? fields : [{ ...total, field: dossierText.noField }];
  const rows: CellSpec<DataStyleKey>[][] = byField.map((c, i) =>
    layoutRow(dossiersLayout, { no: i + 1, field: c.field, ...countValues(c), ...formulaCells(i + 2, c, false) }),
  );
  const first = 2;
  const last = Math.max(byField.length + 1, first);
  if (byField.length === 0) rows.push(layoutRow(dossiersLayout, formulaCells(2, sumCounts(workbookText.total, []), false)));
  const t = dossierTotalRow(byField.length);
  const totalRow = layoutRow(dossiersLayout, {
    no: cell.empty("totalLabel"),
    field: cell.text(workbookText.total, "totalLabel"),
    ...Object.fromEntries(countKeys.map((k) => [k, cell.formula(`SUM(${dossierColumn(k)}${first}:${dossierColumn(k)}${last})`, total[k], "totalInteger")])),
    ...formulaCells(t, total, true),
  });
  const notes = [
    [cell.empty(), cell.text(dossierText.notes.rateA, "note")],
    [cell.empty(), cell.text(dossierText.notes.rateB, "note")],
    [cell.empty(), cell.text(dossierText.notes.rateC, "note")],
    [cell.empty(), cell.text(dossierText.notes.rateD, "note")],
    [cell.empty(), cell.text(dossierText.notes.parts, "note")],
    [cell.empty(), cell.text(dossierText.notes.combined, "note")],
  ];
  const cells = [headerCells(dossiersLayout), ...rows, totalRow, [], ...notes];
  const pageSetup = a4PageSetup("landscape");
  // Each note spans the table's width (column B to the last) so it reads on one line instead of
  // wrapping over the next note in the narrow field column.
  const firstNote = rows.length + 4;
  const noteMerges = notes.map((_, i) => ({ firstRow: firstNote + i, firstColumn: 2, lastRow: firstNote + i, lastColumn: dossiersLayout.length }));
  return {
    name: sheetNames.dossiers,
    cells,
    styles: dataSheetStyles,
    columnWidths: printWidths(dossiersLayout, rows, pageSetup, 9.2),
    merges: noteMerges,
    validations: [],
    tables: [],
    pageSetup,
    freeze: { rows: 1, columns: 2 },
  };
}

/**
 * What the dossier sheet cannot hold: it types pending dossiers as "trong hạn" and "quá hạn" and
 * computes "Đã giải quyết" from its split, so a source that gave only the totals loses them on the
 * sheet. One warning per missing split, so the user types it before the report reads the sheet; a
 * warning when the source gave no received count (the sheet's is the sum of what it gave); an info
 * naming the dossiers outside the received count (chờ / không được / chậm được tiếp nhận), which
 * the sheet has no column for.
 * @example dossierSheetGaps(countsWithPendingTotalOnly)[0].code === "dossier_sheet_pending_unsplit"
 */
export function dossierSheetGaps(total: DossierCounts): Finding[] {
  const out: Finding[] = [];
  const sheet = sheetNames.dossiers;
  const resolvedSplit = total.early + total.onTime + total.late;
  if (total.resolved > resolvedSplit) out.push(finding("warning", "dossier_sheet_resolved_unsplit", { sheet }, { count: total.resolved - resolvedSplit }));
  const pendingSplit = total.pendingInTime + total.pendingOverdue;
  if (total.pending > pendingSplit) out.push(finding("warning", "dossier_sheet_pending_unsplit", { sheet }, { count: total.pending - pendingSplit }));
  if (total.missing.includes("received")) out.push(finding("warning", "dossier_sheet_received_missing", { sheet }, { count: total.received }));
  const outside = (["waiting", "notAccepted", "acceptedLate"] as const)
    .filter((k) => (total[k] ?? 0) > 0)
    .map((k) => `${total[k]} ${termText.dossierColumn[k]}`);
  if (outside.length > 0) out.push(finding("info", "dossier_sheet_outside", { sheet }, { items: outside.join(", ") }));
  return out;
}
