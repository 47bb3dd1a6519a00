/**
 * Reading an aggregate count table or a Biểu II.06a block (one row per field, maybe a total row)
 * and checking that its figures add up.
 */
import { termText } from "../messages/catalogue";
import type { Grid } from "../grid/grid";
import { cellAddress } from "../grid/address";
import { finding, type Finding } from "../findings/finding";
import type { AggRole, AggregateLayout } from "./aggregateColumns";
import { cellText } from "./headers";
import { readCount } from "./numbers";
import { makeCounts, sumCounts, TOTAL_FIELD, type CountedInput, type DossierCounts, type SplitsKnown } from "./counts";
import { fold, isTotalLabel } from "./text";

/** Vietnamese names of the columns, for identities on tables that are not Biểu II.06a. */
const ROLE_NAMES: Record<AggRole, string> = termText.dossierColumn;

type RowKind = "field" | "total" | "group";

interface CountRow {
  readonly r: number;
  readonly label: string;
  readonly kind: RowKind;
  readonly values: Partial<Record<AggRole, number>>;
}

const FOOTER = /^ (ghi chu|nguoi lap|noi nhan|thu truong|lanh dao|xac nhan|ngay \d+ thang)/;
const ROMAN = /^(?:[IVX]{1,5}|[A-Z])\.?$/;
const ROMAN_LABEL = /^[IVX]{1,5}[.)]\s/;

/**
 * Reads the rows of an aggregate layout. Field rows make `byField`; the total is their sum (a
 * stated total row is checked against that sum), or the stated total when there are no field rows.
 * Rows numbered I, II… (or A, B…) are group subtotals when plain-numbered rows exist too.
 * @example importAggregate(grid, findForm06aLayout(grid)!).total.received
 */
export function importAggregate(grid: Grid, layout: AggregateLayout): CountedInput {
  const findings: Finding[] = [];
  const at = (r: number, c: number) => cellAddress(grid.firstRowNumber + r, grid.firstColumnNumber + c);
  const roles = Object.entries(layout.roles) as [AggRole, number][];
  const rows: CountRow[] = [];
  let seenData = false;

  for (let r = layout.dataStart; r < grid.rows.length; r++) {
    const label = cellText(grid, r, layout.labelCol);
    const tt = layout.ttCol === undefined ? "" : cellText(grid, r, layout.ttCol);
    if (FOOTER.test(fold(label)) || FOOTER.test(fold(tt))) break;
    if (isNumberingRow(grid, r)) continue;
    const readings = roles.map(([role, c]) => ({ role, c, reading: readCount(cellText(grid, r, c)) }));
    if (!readings.some((x) => x.reading.kind === "count")) {
      const blank = (grid.rows[r] ?? []).every((_, c) => cellText(grid, r, c) === "");
      if (seenData && (blank || readings.some((x) => x.reading.kind === "unreadable"))) break;
      continue;
    }
    seenData = true;
    const values: Partial<Record<AggRole, number>> = {};
    for (const { role, c, reading } of readings) {
      if (reading.kind === "unreadable") {
        findings.push(finding("error", "dossier_count_unreadable", { sheet: grid.sheet, cell: at(r, c) }, { text: reading.text }));
      }
      values[role] = reading.kind === "count" ? reading.value : 0;
    }
    const kind: RowKind = isTotalLabel(label) || isTotalLabel(tt) ? "total" : ROMAN.test(tt) || ROMAN_LABEL.test(label) ? "group" : "field";
    rows.push({ r, label: label || tt || `dòng ${grid.firstRowNumber + r}`, kind, values });
  }

  const plain = rows.filter((x) => x.kind === "field");
  const fieldRows = plain.length > 0 ? plain : rows.filter((x) => x.kind === "group");
  const totalRows = rows.filter((x) => x.kind === "total");

  for (const row of rows) findings.push(...checkIdentities(grid, layout, row, at));
  const known = splitsKnown(layout);
  const byField = fieldRows.map((row) => rowCounts(row.label, row.values, layout, known));
  for (const total of fieldRows.length > 0 ? totalRows : []) {
    for (const [role, c] of roles) {
      const sum = fieldRows.reduce((acc, row) => acc + (row.values[role] ?? 0), 0);
      const stated = total.values[role] ?? 0;
      if (stated !== sum) {
        findings.push(
          finding("error", "dossier_total_mismatch", { sheet: grid.sheet, cell: at(total.r, c) }, {
            row: total.label,
            column: layout.captions[role] ?? ROLE_NAMES[role],
            stated,
            sum,
          }),
        );
      }
    }
  }
  if (layout.roles.earlyOrOnTime !== undefined && layout.dataStart > 0) {
    const c = layout.roles.earlyOrOnTime;
    findings.push(
      finding("info", "dossier_combined_early_on_time", { sheet: grid.sheet, cell: at(layout.dataStart - 1, c) }, {
        header: layout.captions.earlyOrOnTime ?? ROLE_NAMES.earlyOrOnTime,
      }),
    );
  }

  let total: DossierCounts;
  if (byField.length > 0) total = sumCounts(TOTAL_FIELD, byField, known);
  else if (totalRows.length > 0) total = rowCounts(TOTAL_FIELD, totalRows[0].values, layout, known);
  else {
    findings.push(finding("warning", "dossier_no_rows", { sheet: grid.sheet }));
    total = sumCounts(TOTAL_FIELD, [], known);
  }
  return { total, byField, findings };
}

/** Which splits the table gives: a "Đã giải quyết" total alone leaves early/on time/late unknown. */
function splitsKnown(layout: AggregateLayout): SplitsKnown {
  const has = (role: AggRole) => layout.roles[role] !== undefined;
  return {
    resolvedSplit: !has("resolved") || ["early", "onTime", "earlyOrOnTime", "late"].some((r) => has(r as AggRole)),
    pendingSplit: !has("pending") || has("pendingInTime") || has("pendingOverdue"),
  };
}

function rowCounts(field: string, v: Partial<Record<AggRole, number>>, layout: AggregateLayout, known: SplitsKnown): DossierCounts {
  const given = (role: AggRole) => (layout.roles[role] === undefined ? undefined : (v[role] ?? 0));
  return makeCounts(
    field,
    {
      received: given("received"),
      early: v.early ?? 0,
      onTime: (v.onTime ?? 0) + (v.earlyOrOnTime ?? 0),
      late: v.late ?? 0,
      supplement: v.supplement ?? 0,
      withdrawn: v.withdrawn ?? 0,
      pendingInTime: v.pendingInTime ?? 0,
      pendingOverdue: v.pendingOverdue ?? 0,
      resolved: given("resolved"),
      pending: given("pending"),
    },
    known,
  );
}

/** A row of column numbers "(1) (2) (3)…" or "1 2 3…": every filled cell a number, consecutive. */
function isNumberingRow(grid: Grid, r: number): boolean {
  const filled = (grid.rows[r] ?? []).map((_, c) => cellText(grid, r, c)).filter((t) => t !== "");
  if (filled.length < 3) return false;
  const numbers = filled.map((t) => /^\(?\s*(\d{1,2})\s*\)?$/.exec(t)?.[1]);
  return numbers.every((n, i) => n !== undefined && Number(n) === Number(numbers[0]) + i);
}

interface Identity {
  readonly left: AggRole;
  readonly right: readonly AggRole[];
  readonly severity: Finding["severity"];
  readonly code: "dossier_identity_mismatch" | "dossier_parts_mismatch";
}

/** The identities that apply to this layout (only those whose columns are all present). */
function identities(layout: AggregateLayout): Identity[] {
  const has = (role: AggRole) => layout.roles[role] !== undefined;
  const present = (list: readonly AggRole[]) => list.filter(has);
  const out: Identity[] = [];
  if (has("received") && has("receivedOnline") && has("receivedDirect") && has("receivedPrevious")) {
    out.push({ left: "received", right: ["receivedOnline", "receivedDirect", "receivedPrevious"], severity: "error", code: "dossier_identity_mismatch" });
  }
  const resolvedParts = present(["early", "onTime", "earlyOrOnTime", "late"]);
  const resolvedSplitComplete = has("late") && (has("onTime") || has("earlyOrOnTime"));
  if (has("resolved") && resolvedSplitComplete) {
    out.push({ left: "resolved", right: resolvedParts, severity: "error", code: "dossier_identity_mismatch" });
  }
  if (has("pending") && has("pendingInTime") && has("pendingOverdue")) {
    out.push({ left: "pending", right: ["pendingInTime", "pendingOverdue"], severity: "error", code: "dossier_identity_mismatch" });
  }
  const resolvedSide: AggRole[] = has("resolved") ? ["resolved"] : resolvedParts;
  const pendingSide: AggRole[] = has("pending") ? ["pending"] : present(["pendingInTime", "pendingOverdue"]);
  if (has("received") && resolvedSide.length > 0 && pendingSide.length > 0) {
    const complete =
      (has("resolved") || resolvedSplitComplete) &&
      (has("pending") || (has("pendingInTime") && has("pendingOverdue"))) &&
      has("supplement") &&
      has("withdrawn");
    out.push({
      left: "received",
      right: [...resolvedSide, ...present(["supplement", "withdrawn"]), ...pendingSide],
      severity: complete ? "error" : "warning",
      code: "dossier_parts_mismatch",
    });
  }
  return out;
}

function checkIdentities(grid: Grid, layout: AggregateLayout, row: CountRow, at: (r: number, c: number) => string): Finding[] {
  const name = (role: AggRole) => (layout.form === "form06a" ? (layout.captions[role] ?? role) : ROLE_NAMES[role]);
  const cell = (role: AggRole) => at(row.r, layout.roles[role] as number);
  const out: Finding[] = [];
  for (const id of identities(layout)) {
    const left = row.values[id.left] ?? 0;
    const right = id.right.reduce((acc, role) => acc + (row.values[role] ?? 0), 0);
    if (left === right) continue;
    out.push(
      finding(id.severity, id.code, { sheet: grid.sheet, cell: cell(id.left) }, {
        row: row.label,
        identity: `${name(id.left)} = ${id.right.map(name).join(" + ")}`,
        leftCells: cell(id.left),
        rightCells: id.right.map(cell).join(" + "),
        left,
        right,
      }),
    );
  }
  return out;
}
