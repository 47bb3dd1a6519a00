/**
 * Counting a dossier list (one row per dossier) at an as-of date.
 */
import { termText, workbookText } from "../messages/catalogue";
import type { Grid } from "../grid/grid";
import { cellAddress } from "../grid/address";
import { finding, type Finding } from "../findings/finding";
import { cellText } from "./headers";
import type { ListLayout } from "./columns";
import { readDate, viDate } from "./dates";
import { statusKind, type StatusKind } from "./status";
import { classifyDossier } from "./classify";
import { makeCounts, sumCounts, zeroTallies, TOTAL_FIELD, type CountedInput, type Tallies } from "./counts";
import { isTotalLabel } from "./text";

/** Field name used when a dossier's field cell is empty (the dossier sheet uses the same label). */
export const UNKNOWN_FIELD = workbookText.dossiers.noField;

const STATUS_TEXT: Record<StatusKind, string> = termText.dossierStatus;

/**
 * Counts the rows below the header. Rows with a missing reception date, an unreadable date, or
 * without the dates their status needs are reported (error, with the cell) and left out rather
 * than guessed; rows received after `asOf` are left out with one info finding.
 * @example importList(grid, findListLayout(grid)!, "2024-12-31").total.received
 */
export function importList(grid: Grid, layout: ListLayout, asOf: string): CountedInput {
  const { columns } = layout;
  const findings: Finding[] = [];
  const at = (r: number, c: number) => cellAddress(grid.firstRowNumber + r, grid.firstColumnNumber + c);
  const report = (severity: Finding["severity"], code: Finding["code"], r: number, c: number, params = {}) =>
    findings.push(finding(severity, code, { sheet: grid.sheet, cell: at(r, c) }, params));

  const fields = new Map<string, { name: string; tallies: Tallies }>();
  const afterAsOf: string[] = [];
  const endedAfter: string[] = [];
  const unknownStatuses = new Map<string, { count: number; cell: string }>();
  if (columns.status === undefined) findings.push(finding("info", "dossier_status_column_missing", { sheet: grid.sheet }));

  const used = [columns.received, columns.due, columns.result, columns.status, columns.field].filter((c): c is number => c !== undefined);
  for (let r = layout.headerRow + 1; r < grid.rows.length; r++) {
    if (used.every((c) => cellText(grid, r, c) === "")) continue;
    if (isNumberingOrTotalRow(grid, r, columns.received)) continue;

    const dates: Partial<Record<"received" | "due" | "result", string | null>> = {};
    let readable = true;
    for (const key of ["received", "due", "result"] as const) {
      const c = columns[key];
      const reading = c === undefined ? ({ kind: "empty" } as const) : readDate(cellText(grid, r, c));
      if (reading.kind === "unreadable" && c !== undefined) {
        report("error", "dossier_date_unreadable", r, c, { text: reading.text });
        readable = false;
      }
      dates[key] = reading.kind === "date" ? reading.iso : null;
    }
    if (!readable) continue;
    const received = dates.received ?? null;
    if (received === null) {
      report("error", "dossier_received_missing", r, columns.received);
      continue;
    }
    const due = dates.due ?? null;
    const result = dates.result ?? null;

    const statusText = columns.status === undefined ? "" : cellText(grid, r, columns.status);
    const status = statusKind(statusText);
    if (status === "unknown" && columns.status !== undefined) {
      const seen = unknownStatuses.get(statusText) ?? { count: 0, cell: at(r, columns.status) };
      unknownStatuses.set(statusText, { ...seen, count: seen.count + 1 });
    }

    const verdict = classifyDossier({ received, due, result, status }, asOf);
    const statusLabel = statusText || STATUS_TEXT[status];
    if (verdict.kind === "excluded") {
      if (verdict.reason === "received_after_as_of") afterAsOf.push(at(r, columns.received));
      else if (verdict.reason === "due_missing") report("error", "dossier_due_missing", r, columns.due ?? columns.received, { status: statusLabel });
      else report("error", "dossier_result_missing", r, columns.result ?? columns.received, { status: statusLabel });
      continue;
    }
    if (result !== null && result < received && columns.result !== undefined) {
      report("error", "dossier_result_before_received", r, columns.result, { result: viDate(result), received: viDate(received) });
    }
    if (due !== null && due < received && columns.due !== undefined) {
      report("warning", "dossier_due_before_received", r, columns.due, { due: viDate(due), received: viDate(received) });
    }
    if (verdict.endedAfterAsOf) endedAfter.push(at(r, columns.result ?? columns.received));

    const name = (columns.field === undefined ? "" : cellText(grid, r, columns.field)) || UNKNOWN_FIELD;
    const key = name.toLowerCase();
    const entry = fields.get(key) ?? { name, tallies: zeroTallies() };
    fields.set(key, entry);
    entry.tallies[verdict.category]++;
  }

  if (afterAsOf.length > 0) {
    findings.push(
      finding("info", "dossier_received_after_as_of", { sheet: grid.sheet, cell: afterAsOf[0] }, { count: afterAsOf.length, asOf: viDate(asOf), firstCell: afterAsOf[0] }),
    );
  }
  if (endedAfter.length > 0) {
    findings.push(
      finding("info", "dossier_ended_after_as_of", { sheet: grid.sheet, cell: endedAfter[0] }, { count: endedAfter.length, asOf: viDate(asOf), firstCell: endedAfter[0] }),
    );
  }
  for (const [text, { count, cell }] of unknownStatuses) {
    findings.push(finding("warning", "dossier_status_unknown", { sheet: grid.sheet, cell }, { text, count }));
  }

  const byField = [...fields.values()].map((f) => makeCounts(f.name, f.tallies));
  if (byField.length === 0) findings.push(finding("warning", "dossier_no_rows", { sheet: grid.sheet }));
  return { total: sumCounts(TOTAL_FIELD, byField), byField: columns.field === undefined ? [] : byField, findings };
}

/** A row of column numbers "(1) (2) …" or a "Tổng cộng" line at the end of an export: not a dossier. */
function isNumberingOrTotalRow(grid: Grid, r: number, receivedCol: number): boolean {
  const row = grid.rows[r] ?? [];
  if (readDate(cellText(grid, r, receivedCol)).kind === "date") return false;
  const filled = row.map((_, c) => cellText(grid, r, c)).filter((t) => t !== "");
  if (filled.length > 1 && filled.every((t) => /^\(?\d{1,2}\)?$/.test(t))) return true;
  return filled.some((t) => isTotalLabel(t));
}
