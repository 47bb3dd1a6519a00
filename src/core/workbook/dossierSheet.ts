import type { DossierCounts } from "../dossiers/counts";
import { finding, type Finding } from "../findings/finding";
import { cell, type CellSpec, type SheetSpec } from "../sheet/model";
import { a4PageSetup, dataSheetStyles, type DataStyleKey } from "../sheet/styles";
import { termText, workbookText } from "../messages/catalogue";
import { sheetNames } from "./sheetNames";
import { columnLetterOf, headerCells, keptColumns, layoutRow, printWidths, withKeptColumns, type KeptColumns } from "../sheet/layout";
import type { Grid } from "../grid/grid";
import { q } from "../messages/quote";
import { dossiersLayout, type DossierColumnKey } from "./layouts";

const dossierText = workbookText.dossiers;

/**
 * Columns of the "Hồ sơ TTHC" sheet, declared in ./layouts. The counts are typed by the user
 * (or filled by the dossier import); "Đã giải quyết", the four rates A–D (docs/dossiers.md#rate-variants-and-their-sources, each
 * explained by a note under the table) and the check column are live formulas.
 */
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
const partsMissingLiteral = `"${dossierText.partsMissing.replace(/"/g, '""')}"`;

const countKeys = ["received", "early", "onTime", "late", "supplement", "withdrawn", "stopped", "pendingInTime", "pendingOverdue"] as const;
type CountKey = (typeof countKeys)[number];

/** The count columns a row may leave blank (`blankKeys`). */
const blankable: ReadonlySet<CountKey> = new Set(["early", "onTime", "late", "pendingInTime", "pendingOverdue"]);

/** A row's typed counts by column; null is a cell left blank (the source did not give that number). */
type RowValues = Record<CountKey, number | null>;

/**
 * The columns a row leaves blank: the early / on time / late split when the source gave neither the
 * resolved dossiers nor their split, the pending split likewise (issue 19: a partial table is read
 * for what it has; a blank is "not given", never 0). `received` is always written: when the source
 * gave none it is the sum of what it gave, and `dossierSheetGaps` says so.
 */
function blankKeys(c: DossierCounts): Set<CountKey> {
  const out = new Set<CountKey>();
  if (c.missing.includes("resolved") || c.missing.includes("resolvedSplit")) ["early", "onTime", "late"].forEach((k) => out.add(k as CountKey));
  if (c.missing.includes("pending") || c.missing.includes("pendingSplit")) ["pendingInTime", "pendingOverdue"].forEach((k) => out.add(k as CountKey));
  return out;
}

/** The typed counts of one row, by column, with the blanks of `blankKeys`. */
function countValues(c: DossierCounts): RowValues {
  const blank = blankKeys(c);
  return Object.fromEntries(countKeys.map((k) => [k, blank.has(k) ? null : c[k]])) as RowValues;
}

/**
 * Formulas of one row (`r` is the 1-based row number), with cached results from `v`. Blank cells are
 * "not given": a group left blank (early / on time / late, or both pending columns) leaves
 * "Đã giải quyết" and the rates that need it blank instead of computing 0 %; N() reads a blank
 * (or a formula's "") as 0 where a sum needs it.
 */
function formulaCells(
  r: number,
  v: RowValues,
  totalStyle: boolean,
): Record<"resolved" | "rateA" | "rateB" | "rateC" | "rateD" | "check", CellSpec<DataStyleKey>> {
  const col = (k: DossierColumnKey) => `${dossierColumn(k)}${r}`;
  const n = (k: DossierColumnKey) => `N(${col(k)})`;
  const sumOf = (keys: readonly DossierColumnKey[]) => keys.map(n).join("+");
  const countOf = (keys: readonly DossierColumnKey[]) => `COUNT(${keys.map(col).join(",")})`;
  const x = (k: CountKey) => v[k] ?? 0;
  const splitGiven = v.early !== null || v.onTime !== null || v.late !== null;
  const pendingGiven = v.pendingInTime !== null || v.pendingOverdue !== null;
  const split = countOf(["early", "onTime", "late"]);
  const pendingCount = countOf(["pendingInTime", "pendingOverdue"]);
  const onTime = `(${sumOf(["early", "onTime"])})`;
  const due = `(${sumOf(["resolved", "pendingOverdue"])})`;
  const rate = (formula: string, value: number | "") => cell.formula(formula, value, totalStyle ? "totalPercent" : "percent");
  // The sheet's resolved column is early + on time + late, so the cached values are computed the same way.
  const resolvedValue = x("early") + x("onTime") + x("late");
  const good = x("early") + x("onTime") + x("supplement") + x("withdrawn") + x("stopped") + x("pendingInTime");
  const received = x("received");
  const dueValue = resolvedValue + x("pendingOverdue");
  const parts = resolvedValue + x("supplement") + x("withdrawn") + x("stopped") + x("pendingInTime") + x("pendingOverdue");
  return {
    resolved: cell.formula(`IF(${split}=0,"",${sumOf(["early", "onTime", "late"])})`, splitGiven ? resolvedValue : "", totalStyle ? "totalInteger" : "integer"),
    rateA: rate(`IF(${n("resolved")}=0,"",${onTime}/${n("resolved")})`, splitGiven && resolvedValue ? (x("early") + x("onTime")) / resolvedValue : ""),
    rateB: rate(`IF(OR(${n("received")}=0,${split}=0),"",${onTime}/${n("received")})`, splitGiven && received ? (x("early") + x("onTime")) / received : ""),
    rateC: rate(
      `IF(OR(${n("received")}=0,${split}=0,${pendingCount}=0),"",(${sumOf(["early", "onTime", "supplement", "withdrawn", "stopped", "pendingInTime"])})/${n("received")})`,
      splitGiven && pendingGiven && received ? good / received : "",
    ),
    rateD: rate(
      `IF(OR(${split}=0,${pendingCount}=0,${due}=0),"",${onTime}/${due})`,
      splitGiven && pendingGiven && dueValue ? (x("early") + x("onTime")) / dueValue : "",
    ),
    // A row with a received count but no outcome split (the source did not give it) says so instead
    // of "does not add up"; a row with nothing received checks nothing.
    check: cell.formula(
      `IF(${n("received")}=0,"",IF(OR(${split}=0,${pendingCount}=0),${partsMissingLiteral},IF(${n("received")}=${sumOf(["resolved", "supplement", "withdrawn", "stopped", "pendingInTime", "pendingOverdue"])},"",${mismatchLiteral})))`,
      received === 0 ? "" : !splitGiven || !pendingGiven ? dossierText.partsMissing : received === parts ? "" : dossierText.partsMismatch,
      "body",
    ),
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
  const values = byField.map(countValues);
  const rows: CellSpec<DataStyleKey>[][] = byField.map((c, i) =>
    layoutRow(dossiersLayout, { no: i + 1, field: c.field, ...values[i], ...formulaCells(i + 2, values[i], false) }),
  );
  const first = 2;
  const last = Math.max(byField.length + 1, first);
  const none = Object.fromEntries(countKeys.map((k) => [k, null])) as RowValues;
  if (byField.length === 0) rows.push(layoutRow(dossiersLayout, formulaCells(2, none, false)));
  const t = dossierTotalRow(byField.length);
  // A column blank on every row stays blank in the total (not given, not 0); the columns always
  // written keep a plain SUM.
  const totalValues = Object.fromEntries(countKeys.map((k) => [k, byField.length > 0 && values.every((v) => v[k] === null) ? null : total[k]])) as RowValues;
  const totalFormula = (k: CountKey) => {
    const range = `${dossierColumn(k)}${first}:${dossierColumn(k)}${last}`;
    return blankable.has(k) ? `IF(COUNT(${range})=0,"",SUM(${range}))` : `SUM(${range})`;
  };
  const totalRow = layoutRow(dossiersLayout, {
    no: cell.empty("totalLabel"),
    field: cell.text(workbookText.total, "totalLabel"),
    ...Object.fromEntries(
      countKeys.map((k) => [
        k,
        cell.formula(totalFormula(k), blankable.has(k) && (byField.length === 0 || totalValues[k] === null) ? "" : total[k], "totalInteger"),
      ]),
    ),
    ...formulaCells(t, byField.length === 0 ? { ...none, received: 0, supplement: 0, withdrawn: 0, stopped: 0 } : totalValues, true),
  });
  const notes = [
    [cell.empty(), cell.text(dossierText.notes.rateA, "note")],
    [cell.empty(), cell.text(dossierText.notes.rateB, "note")],
    [cell.empty(), cell.text(dossierText.notes.rateC, "note")],
    [cell.empty(), cell.text(dossierText.notes.rateD, "note")],
    [cell.empty(), cell.text(dossierText.notes.parts, "note")],
    [cell.empty(), cell.text(dossierText.notes.combined, "note")],
    // Only when the source left a group of columns blank (a partial table).
    ...(values.some((v) => countKeys.some((k) => v[k] === null)) ? [[cell.empty(), cell.text(dossierText.notes.blank, "note")]] : []),
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

/** The columns the user inserted into "Hồ sơ TTHC" and what each row holds in them, by the field's name (null: none, or no sheet). */
export function dossierKeptColumns(grid: Grid | null | undefined): KeptColumns | null {
  return grid ? keptColumns(grid.rows, dossiersLayout, "field") : null;
}

/**
 * The dossier sheet (buildDossierSheet) written over an old one (`old`, null without) keeping the
 * columns the user inserted there: her values beside the field of the same name (and the total
 * row, the notes); what she wrote for a field the new figures no longer have is kept on a row of its
 * own below the notes, under a caption, outside the table the report reads, with a warning naming
 * the fields and pointing at it. A row inside the table would be counted as a field with no
 * dossiers; a warning alone is gone once read: the sheet keeps it until she deletes it herself.
 */
export function buildDossierSheetOver(
  fields: readonly DossierCounts[],
  total: DossierCounts,
  old: Grid | null | undefined,
): { sheet: SheetSpec<DataStyleKey>; findings: Finding[] } {
  const kept = withKeptColumns(buildDossierSheet(fields, total), dossiersLayout, dossierKeptColumns(old), {
    keyColumn: "field",
    orphanCaption: dossierText.keptNotes,
  });
  const findings = kept.orphansAt
    ? [
        finding(
          "warning",
          "dossier_sheet_notes_kept",
          { sheet: sheetNames.dossiers, cell: kept.orphansAt },
          { fields: kept.orphans.map((o) => q(o.label)).join(", ") },
        ),
      ]
    : [];
  return { sheet: kept.sheet, findings };
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
