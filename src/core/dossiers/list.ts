/**
 * Counting a dossier list (one row per dossier) at an as-of date.
 */
import { termText, workbookText } from "../messages/catalogue";
import type { Grid } from "../grid/grid";
import { cellAddress } from "../grid/address";
import { finding, type Finding } from "../findings/finding";
import type { ListLayout } from "./columns";
import { readDate, viDate } from "../calendar/dates";
import { statusKind, type StatusKind } from "./status";
import { classifyDossier } from "./classify";
import { makeCounts, sumCounts, zeroTallies, TOTAL_FIELD, type CountedInput, type Tallies } from "./counts";
import { cleanCell, isTotalLabel } from "./text";
import type { ReceivedRange } from "./period";

/** A reporting period's first and last day (ISO). */
export interface ReportingSpan {
  readonly from: string;
  readonly to: string;
}

/** Field name used when a dossier's field cell is empty (the dossier sheet uses the same label). */
export const UNKNOWN_FIELD = workbookText.dossiers.noField;

const STATUS_TEXT: Record<StatusKind, string> = termText.dossierStatus;

/**
 * Counts the rows below the header. Rows with a missing reception date, an unreadable date, or
 * without the dates their status needs are reported (error, with the cell) and left out rather
 * than guessed; rows received after `asOf` are left out with one info finding.
 * @example importList(grid, findListLayout(grid)!, "2024-12-31").total.received
 */
export function importList(grid: Grid, layout: ListLayout, asOf: string, period?: ReportingSpan): CountedInput {
  const counter = createListCounter({ sheet: grid.sheet, firstColumnNumber: grid.firstColumnNumber, layout, asOf, period });
  for (let r = layout.headerRow + 1; r < grid.rows.length; r++) counter.addRow(grid.firstRowNumber + r, grid.rows[r] ?? []);
  return counter.finish();
}

/** Counts a dossier list one row at a time, so a list of any length is never held in memory. */
export interface ListCounter {
  /** Counts one row below the header; `rowNumber` is the 1-based sheet row (for findings). */
  addRow(rowNumber: number, cells: readonly string[]): void;
  /** The counts and findings of every row added. */
  finish(): CountedInput;
}

/**
 * The row-by-row form of `importList`, for readers that stream a sheet (`cells[c]` is the text
 * of the layout's 0-based column `c`, the same text a Grid would hold).
 * @example
 * const counter = createListCounter({ sheet: "Hồ sơ", firstColumnNumber: 1, layout, asOf: "2024-12-31" });
 * counter.addRow(2, ["Dược", "2024-03-01", "2024-03-15", "2024-03-10", "Đã trả kết quả"]);
 * counter.finish().total.early // 1
 */
export function createListCounter(options: {
  sheet: string;
  firstColumnNumber: number;
  layout: ListLayout;
  asOf: string;
  /** The reporting period: rows received before `from` or after `to` are not counted, and said (how many, the first row). */
  period?: ReportingSpan;
}): ListCounter {
  const { sheet, firstColumnNumber, layout, asOf, period } = options;
  const { columns } = layout;
  const findings: Finding[] = [];
  const at = (rowNumber: number, c: number) => cellAddress(rowNumber, firstColumnNumber + c);
  const report = (severity: Finding["severity"], code: Finding["code"], rowNumber: number, c: number, params = {}) =>
    findings.push(finding(severity, code, { sheet, cell: at(rowNumber, c) }, params));

  const fields = new Map<string, { name: string; tallies: Tallies & { stopped: number } }>();
  // Rows set aside are counted with the first one's cell, never listed: memory stays flat however long the list.
  const afterAsOf = tally();
  const beforePeriod = tally();
  const afterPeriod = tally();
  let range: { first: string; last: string } | null = null;
  const endedAfter = tally();
  const unknownStatuses = new Map<string, { count: number; cell: string }>();
  if (columns.status === undefined) findings.push(finding("info", "dossier_status_column_missing", { sheet }));

  const used = [columns.received, columns.due, columns.result, columns.status, columns.field].filter((c): c is number => c !== undefined);
  // Exports repeat the same few hundred dates, fields and statuses: clean and read each once.
  const clean = memo((t: string) => cleanCell(t));
  const date = memo((t: string) => readDate(t));
  const kind = memo((t: string) => statusKind(t));
  const text = (cells: readonly string[], c: number) => clean(cells[c] ?? "");

  /** A date column's reading; an unreadable one is reported (false: the row is not counted). */
  let readable = true;
  const dateIn = (cells: readonly string[], rowNumber: number, c: number | undefined): string | null => {
    if (c === undefined) return null;
    const reading = date(text(cells, c));
    if (reading.kind === "unreadable") {
      report("error", "dossier_date_unreadable", rowNumber, c, { text: reading.text });
      readable = false;
    }
    return reading.kind === "date" ? reading.iso : null;
  };

  function addRow(rowNumber: number, cells: readonly string[]): void {
    // Called once per dossier of lists of a million rows: no closures or objects made per row.
    let empty = true;
    for (let i = 0; i < used.length && empty; i++) empty = text(cells, used[i]) === "";
    if (empty) return;
    if (date(text(cells, columns.received)).kind !== "date" && isNumberingOrTotalRow(cells)) return;

    readable = true;
    const received = dateIn(cells, rowNumber, columns.received);
    const due = dateIn(cells, rowNumber, columns.due);
    const result = dateIn(cells, rowNumber, columns.result);
    if (!readable) return;
    if (received === null) {
      report("error", "dossier_received_missing", rowNumber, columns.received);
      return;
    }
    if (range === null) range = { first: received, last: received };
    else if (received < range.first) range.first = received;
    else if (received > range.last) range.last = received;
    if (period && received < period.from) {
      beforePeriod.add(rowNumber, columns.received, at);
      return;
    }
    if (period && received > period.to) {
      afterPeriod.add(rowNumber, columns.received, at);
      return;
    }

    const statusText = columns.status === undefined ? "" : text(cells, columns.status);
    const status = kind(statusText);
    if (status === "unknown" && columns.status !== undefined) {
      const seen = unknownStatuses.get(statusText) ?? { count: 0, cell: at(rowNumber, columns.status) };
      unknownStatuses.set(statusText, { ...seen, count: seen.count + 1 });
    }

    const verdict = classifyDossier({ received, due, result, status }, asOf);
    const statusLabel = statusText || STATUS_TEXT[status];
    if (verdict.kind === "excluded") {
      if (verdict.reason === "received_after_as_of") afterAsOf.add(rowNumber, columns.received, at);
      else if (verdict.reason === "due_missing") report("error", "dossier_due_missing", rowNumber, columns.due ?? columns.received, { status: statusLabel });
      else report("error", "dossier_result_missing", rowNumber, columns.result ?? columns.received, { status: statusLabel });
      return;
    }
    if (result !== null && result < received && columns.result !== undefined) {
      report("error", "dossier_result_before_received", rowNumber, columns.result, { result: viDate(result), received: viDate(received) });
    }
    if (due !== null && due < received && columns.due !== undefined) {
      report("warning", "dossier_due_before_received", rowNumber, columns.due, { due: viDate(due), received: viDate(received) });
    }
    if (verdict.endedAfterAsOf) endedAfter.add(rowNumber, columns.result ?? columns.received, at);

    const name = (columns.field === undefined ? "" : text(cells, columns.field)) || UNKNOWN_FIELD;
    const key = name.toLowerCase();
    const entry = fields.get(key) ?? { name, tallies: zeroTallies() };
    fields.set(key, entry);
    entry.tallies[verdict.category]++;
  }

  function finish(): CountedInput {
    const out = [...findings];
    // Rows received outside the reporting period: how many, from which row (the period's rule, docs/dossiers.md#reporting-period).
    if (period && beforePeriod.first !== null)
      out.push(
        finding(
          "info",
          "dossier_received_before_period",
          { sheet, cell: beforePeriod.first },
          { count: beforePeriod.count, from: viDate(period.from), firstCell: beforePeriod.first },
        ),
      );
    if (period && afterPeriod.first !== null)
      out.push(
        finding(
          "info",
          "dossier_received_after_period",
          { sheet, cell: afterPeriod.first },
          { count: afterPeriod.count, to: viDate(period.to), firstCell: afterPeriod.first },
        ),
      );
    const afterCutoff = [["dossier_received_after_as_of", afterAsOf] as const, ["dossier_ended_after_as_of", endedAfter] as const];
    for (const [code, rows] of afterCutoff) {
      if (rows.first !== null) out.push(finding("info", code, { sheet, cell: rows.first }, { count: rows.count, asOf: viDate(asOf), firstCell: rows.first }));
    }
    for (const [statusText, { count, cell }] of unknownStatuses) {
      out.push(finding("warning", "dossier_status_unknown", { sheet, cell }, { text: statusText, count }));
    }
    const byField = [...fields.values()].map((f) => makeCounts(f.name, f.tallies));
    if (byField.length === 0) out.push(finding("warning", "dossier_no_rows", { sheet }));
    return {
      total: sumCounts(TOTAL_FIELD, byField),
      byField: columns.field === undefined ? [] : byField,
      findings: out,
      receivedRange: range === null ? null : ({ first: range.first, last: range.last } satisfies ReceivedRange),
      outside: { before: beforePeriod.count, after: afterPeriod.count },
    };
  }

  return { addRow, finish };
}

/** Rows of one kind: how many, and the cell of the first. */
function tally() {
  const t = {
    count: 0,
    first: null as string | null,
    add(rowNumber: number, column: number, at: (rowNumber: number, c: number) => string) {
      t.count++;
      t.first ??= at(rowNumber, column);
    },
  };
  return t;
}

/** A bounded cache of a pure function of text (cleared when full, so memory stays flat). */
function memo<T>(fn: (text: string) => T, limit = 20000): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    let value = cache.get(text);
    if (value === undefined && !cache.has(text)) {
      if (cache.size >= limit) cache.clear();
      value = fn(text);
      cache.set(text, value);
    }
    return value as T;
  };
}

/** A row without a reception date that holds column numbers "(1) (2) …" or a "Tổng cộng" line: not a dossier. */
function isNumberingOrTotalRow(cells: readonly string[]): boolean {
  const filled = cells.map((t) => cleanCell(t)).filter((t) => t !== "");
  if (filled.length > 1 && filled.every((t) => /^\(?\d{1,2}\)?$/.test(t))) return true;
  return filled.some((t) => isTotalLabel(t));
}
