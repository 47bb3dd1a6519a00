/**
 * Reading an aggregate count table or a Biểu II.06a block and checking that its figures add up.
 *
 * Rows: any row-label column is a grouping (lĩnh vực, level "Cấp tỉnh / Cấp huyện / Cấp xã", unit…);
 * total rows ("Tổng cộng", "Cộng", "Tổng số", "Tổng", "Toàn tỉnh", "Toàn huyện"…) are checked against
 * the sum of the rows and never counted as a group; a table without a label column (or a single
 * unlabelled row) is one group named after the table's title, or the sheet.
 *
 * Received: "Tổng số tiếp nhận" is used when given; otherwise "Kỳ trước chuyển sang" + "Tiếp nhận
 * mới" (or its channels trực tuyến + trực tiếp + bưu chính) are added; when both are given and
 * disagree, a finding. "Lũy kế" columns are left out.
 *
 * Combined "Trước hạn và đúng hạn" columns are counted in `onTime` (see `DossierCounts.onTime`).
 */
import { termText } from "../messages/catalogue";
import type { Grid } from "../grid/grid";
import { cellAddress, columnLetters } from "../grid/address";
import { finding, type Finding } from "../findings/finding";
import type { AggRole, AggregateLayout } from "./aggregateColumns";
import { cellText } from "./headers";
import { readCount, readRate } from "./numbers";
import { makeCounts, sumCounts, TOTAL_FIELD, type CountedInput, type DossierCounts, type SourceRate, type SplitsKnown } from "./counts";
import { matchingVariants, type RateVariant } from "./rates";
import { fold, hasAny, isTotalLabel } from "./text";

/** Vietnamese names of the columns, for identities on tables that are not Biểu II.06a. */
const ROLE_NAMES: Record<AggRole, string> = termText.dossierColumn;

type RowKind = "field" | "total" | "group";

interface CountRow {
  readonly r: number;
  readonly label: string;
  readonly kind: RowKind;
  readonly values: Partial<Record<AggRole, number>>;
  /** The rate printed on this row, if any. */
  readonly rate?: { readonly value: number; readonly step: number; readonly text: string; readonly cell: string | null };
}

const FOOTER = /^ (ghi chu|nguoi lap|noi nhan|thu truong|lanh dao|xac nhan|ngay \d+ thang)/;
const ROMAN = /^(?:[IVX]{1,5}|[A-Z])\.?$/;
const ROMAN_LABEL = /^[IVX]{1,5}[.)]\s/;
const COUNT_ROLES = (roles: AggregateLayout["roles"]) => (Object.entries(roles) as [AggRole, number][]).filter(([role]) => role !== "printedRate");

/**
 * Reads the rows of an aggregate layout. Group rows make `byField`; the total is their sum (a
 * stated total row is checked against that sum), or the stated total when there are no group rows.
 * Rows numbered I, II… (or A, B…) are subtotals when plain-numbered rows exist too.
 * @example importAggregate(grid, findForm06aLayout(grid)!).total.received
 */
export function importAggregate(grid: Grid, layout: AggregateLayout): CountedInput {
  const findings: Finding[] = [];
  const at = (r: number, c: number) => cellAddress(grid.firstRowNumber + r, grid.firstColumnNumber + c);
  const roles = COUNT_ROLES(layout.roles);
  const rateCol = layout.roles.printedRate;
  const rows: CountRow[] = [];
  let seenData = false;
  let footnoteRate: CountRow["rate"] | undefined;

  for (let r = layout.dataStart; r < grid.rows.length; r++) {
    const label = layout.labelCol === undefined ? firstText(grid, r, layout) : cellText(grid, r, layout.labelCol);
    const tt = layout.ttCol === undefined ? "" : cellText(grid, r, layout.ttCol);
    if (FOOTER.test(fold(label)) || FOOTER.test(fold(tt))) break;
    if (isNumberingRow(grid, r)) continue;
    const readings = roles.map(([role, c]) => ({ role, c, reading: readCount(cellText(grid, r, c)) }));
    if (!readings.some((x) => x.reading.kind === "count")) {
      const printed = seenData ? rateLine(grid, r, at) : undefined;
      if (printed) {
        footnoteRate ??= printed;
        continue;
      }
      const blank = (grid.rows[r] ?? []).every((_, c) => cellText(grid, r, c) === "");
      if (seenData && (blank || readings.some((x) => x.reading.kind === "unreadable"))) {
        // The table ends here; a rate line may still follow within a few lines ("Tỷ lệ … đạt 99,81%").
        for (let k = r + 1; k < Math.min(grid.rows.length, r + 4) && !footnoteRate; k++) footnoteRate = rateLine(grid, k, at);
        break;
      }
      continue;
    }
    // A row without a label in a table that has a label column, whose counts are all zero, is a
    // template's empty line (the tracking workbook's formulas add up blank cells): not data.
    if (
      layout.labelCol !== undefined &&
      !label &&
      !tt &&
      readings.every((x) => x.reading.kind === "empty" || (x.reading.kind === "count" && x.reading.value === 0))
    )
      continue;
    seenData = true;
    const values: Partial<Record<AggRole, number>> = {};
    for (const { role, c, reading } of readings) {
      if (reading.kind === "unreadable") {
        findings.push(finding("error", "dossier_count_unreadable", { sheet: grid.sheet, cell: at(r, c) }, { text: reading.text }));
      }
      values[role] = reading.kind === "count" ? reading.value : 0;
    }
    let rate: CountRow["rate"];
    if (rateCol !== undefined) {
      const reading = readRate(cellText(grid, r, rateCol));
      if (reading.kind === "rate") rate = { value: reading.value, step: reading.step, text: reading.text, cell: at(r, rateCol) };
      else if (reading.kind === "unreadable") {
        findings.push(finding("warning", "dossier_rate_unreadable", { sheet: grid.sheet, cell: at(r, rateCol) }, { text: reading.text }));
      }
    }
    const kind: RowKind = isTotalLabel(label) || isTotalLabel(tt) ? "total" : ROMAN.test(tt) || ROMAN_LABEL.test(label) ? "group" : "field";
    rows.push({ r, label: label || tt || `dòng ${grid.firstRowNumber + r}`, kind, values, rate });
  }

  const plain = rows.filter((x) => x.kind === "field");
  const groupRows = plain.length > 0 ? plain : rows.filter((x) => x.kind === "group");
  const totalRows = rows.filter((x) => x.kind === "total");

  for (const row of rows) findings.push(...checkIdentities(grid, layout, row, at));
  findings.push(...checkTotals(grid, layout, rows, groupRows, totalRows, at));
  if (layout.roles.earlyOrOnTime !== undefined && layout.dataStart > 0) {
    const c = layout.roles.earlyOrOnTime;
    findings.push(
      finding(
        "info",
        "dossier_combined_early_on_time",
        { sheet: grid.sheet, cell: at(layout.dataStart - 1, c) },
        {
          header: layout.captions.earlyOrOnTime ?? ROLE_NAMES.earlyOrOnTime,
        },
      ),
    );
  }
  if (layout.cumulativeCols && layout.cumulativeCols.length > 0 && layout.dataStart > 0) {
    const cells = layout.cumulativeCols.map((c) => at(layout.dataStart - 1, c));
    findings.push(finding("info", "dossier_cumulative_ignored", { sheet: grid.sheet, cell: cells[0] }, { cells: cells.join(", ") }));
  }

  const known = splitsKnown(layout);
  const unnamed = layout.title ?? grid.sheet;
  const single = groupRows.length === 1 && (layout.labelCol === undefined || cellText(grid, groupRows[0].r, layout.labelCol) === "");
  const named = (row: CountRow) => (single ? unnamed : row.label);
  const byField = groupRows.map((row) => withRate(rowCounts(named(row), row.values, layout, known), row.rate));

  let total: DossierCounts;
  const totalRow = totalRows.length > 0 ? totalRows[totalRows.length - 1] : undefined;
  if (byField.length > 0) total = sumCounts(TOTAL_FIELD, byField, known);
  else if (totalRow) {
    total = rowCounts(TOTAL_FIELD, totalRow.values, layout, known);
    // Only a total row of zeros (the formulas of an empty template): there are no figures to report.
    if (Object.values(totalRow.values).every((v) => v === 0)) findings.push(finding("error", "dossier_no_rows", { sheet: grid.sheet }));
  } else {
    findings.push(finding("warning", "dossier_no_rows", { sheet: grid.sheet }));
    total = sumCounts(TOTAL_FIELD, [], known);
  }
  const totalRate = totalRow?.rate ?? (groupRows.length === 1 ? groupRows[0].rate : undefined) ?? footnoteRate;
  total = withRate(total, totalRate);

  findings.push(...rateFindings(grid, [...byField, ...(total.sourceRate && !byField.some((f) => f.sourceRate === total.sourceRate) ? [total] : [])]));
  return { total, byField, findings };
}

/** The row's first text that is not a number: its label when the table has no label column. */
function firstText(grid: Grid, r: number, layout: AggregateLayout): string {
  const taken = new Set<number>(Object.values(layout.roles));
  for (let c = 0; c < (grid.rows[r]?.length ?? 0); c++) {
    if (taken.has(c) || c === layout.ttCol) continue;
    const text = cellText(grid, r, c);
    if (text !== "" && readCount(text).kind !== "count" && readRate(text).kind !== "rate") return text;
  }
  return "";
}

/**
 * The on-time rate a sentence states: "Tỷ lệ giải quyết đúng hạn: 99,81%", "đạt tỷ lệ 98,63% hồ sơ
 * giải quyết đúng hạn". Undefined when the text states no on-time rate.
 * @example rateInText("Tỷ lệ giải quyết đúng hạn đạt 98,63%")?.value === 0.9863
 */
export function rateInText(text: string): { value: number; step: number; text: string } | undefined {
  const f = fold(text);
  if (!hasAny(f, ["ty le"]) || !hasAny(f, ["dung han", "dung hen", "dung thoi han", "trong han", "truoc han"])) return undefined;
  const m = /(\d{1,3}(?:[.,]\d{1,4})?)\s*%/.exec(text);
  if (!m) return undefined;
  const reading = readRate(`${m[1]}%`);
  return reading.kind === "rate" ? { value: reading.value, step: reading.step, text: `${m[1]}%` } : undefined;
}

/** A line under the table such as "Tỷ lệ giải quyết đúng hạn: 98,63%": the rate of the total. */
function rateLine(grid: Grid, r: number, at: (r: number, c: number) => string): CountRow["rate"] | undefined {
  const cells = (grid.rows[r] ?? []).map((_, c) => cellText(grid, r, c));
  const i = cells.findIndex((t) => hasAny(fold(t), ["ty le"]));
  if (i < 0 || !hasAny(fold(cells[i]), ["dung han", "dung hen", "dung thoi han", "trong han"])) return undefined;
  const inText = rateInText(cells[i]);
  if (inText) return { ...inText, cell: at(r, i) };
  for (let c = i + 1; c < cells.length; c++) {
    const reading = readRate(cells[c]);
    if (reading.kind === "rate") return { value: reading.value, step: reading.step, text: reading.text, cell: at(r, c) };
  }
  return undefined;
}

/** Attaches a printed rate and the variants it agrees with. */
export function withRate(counts: DossierCounts, rate: CountRow["rate"] | undefined): DossierCounts {
  if (!rate) return counts;
  const matches = matchingVariants(rate.value, rate.step, counts.rates);
  const sourceRate: SourceRate = { printed: rate.value, text: rate.text, cell: rate.cell, variant: matches[0] ?? null, matches };
  return { ...counts, sourceRate };
}

const percentText = (x: number | null) => (x === null ? "—" : `${(Math.round(x * 10000) / 100).toString().replace(".", ",")}%`);

/**
 * A printed rate that matches no variant is a warning on its cell; each variant other than A (the
 * one the add-in reports by default) that the table's rates use gets one info finding, on the
 * first cell that uses it.
 */
export function rateFindings(grid: Pick<Grid, "sheet">, rows: readonly DossierCounts[]): Finding[] {
  const out: Finding[] = [];
  const told = new Set<RateVariant>();
  for (const counts of rows) {
    const s = counts.sourceRate;
    if (!s) continue;
    if (s.variant === null) {
      out.push(
        finding(
          "warning",
          "dossier_rate_no_variant",
          { sheet: grid.sheet, cell: s.cell },
          {
            row: counts.field,
            printed: s.text,
            A: percentText(counts.rates.A),
            B: percentText(counts.rates.B),
            C: percentText(counts.rates.C),
            D: percentText(counts.rates.D),
          },
        ),
      );
    } else if (!s.matches.includes("A") && !told.has(s.variant)) {
      told.add(s.variant);
      out.push(
        finding(
          "info",
          "dossier_rate_variant",
          { sheet: grid.sheet, cell: s.cell },
          {
            printed: s.text,
            variant: termText.rateVariantName[s.variant],
            formula: termText.rateFormula[s.variant],
          },
        ),
      );
    }
  }
  return out;
}

/** Which splits the table gives: a "Đã giải quyết" total alone leaves early/on time/late unknown. */
function splitsKnown(layout: AggregateLayout): SplitsKnown {
  const has = (role: AggRole) => layout.roles[role] !== undefined;
  // Without any pending column, received may hold dossiers the table does not place: C and D are unknown,
  // unless received itself is only the sum of the outcomes.
  const receivedStated = ["received", "receivedNew", "receivedOnline", "receivedDirect", "receivedPostal"].some((r) => has(r as AggRole));
  return {
    resolvedSplit: !has("resolved") || ["early", "onTime", "earlyOrOnTime", "late"].some((r) => has(r as AggRole)),
    pendingSplit: has("pendingInTime") || has("pendingOverdue") || (!has("pending") && !receivedStated),
  };
}

/** The received count of a row: the stated total, else the parts added up, else undefined (derived from the outcomes). */
function receivedOf(v: Partial<Record<AggRole, number>>, layout: AggregateLayout): number | undefined {
  const has = (role: AggRole) => layout.roles[role] !== undefined;
  if (has("received")) return v.received ?? 0;
  const channels = (["receivedOnline", "receivedDirect", "receivedPostal"] as const).filter(has);
  const fresh = has("receivedNew") ? (v.receivedNew ?? 0) : channels.length >= 2 ? channels.reduce((a, r) => a + (v[r] ?? 0), 0) : undefined;
  if (fresh === undefined) return undefined;
  return fresh + (v.receivedPrevious ?? 0);
}

function rowCounts(field: string, v: Partial<Record<AggRole, number>>, layout: AggregateLayout, known: SplitsKnown): DossierCounts {
  const given = (role: AggRole) => (layout.roles[role] === undefined ? undefined : (v[role] ?? 0));
  const has = (role: AggRole) => layout.roles[role] !== undefined;
  return makeCounts(
    field,
    {
      received: receivedOf(v, layout),
      early: v.early ?? 0,
      onTime: (v.onTime ?? 0) + (v.earlyOrOnTime ?? 0),
      late: v.late ?? 0,
      supplement: v.supplement ?? 0,
      withdrawn: v.withdrawn ?? 0,
      pendingInTime: v.pendingInTime ?? 0,
      pendingOverdue: v.pendingOverdue ?? 0,
      resolved: given("resolved"),
      pending: given("pending"),
      earlyOnTimeCombined: has("earlyOrOnTime") || (has("onTime") && !has("early")),
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

/** Cells of one column over some rows: "C5:C7" when consecutive, else "C5 + C7 + C9". */
function cellsText(grid: Grid, c: number, rs: readonly number[]): string {
  const letter = columnLetters(grid.firstColumnNumber + c);
  const numbers = rs.map((r) => grid.firstRowNumber + r);
  if (numbers.length === 0) return "";
  const consecutive = numbers.every((n, i) => i === 0 || n === numbers[i - 1] + 1);
  if (consecutive && numbers.length > 2) return `${letter}${numbers[0]}:${letter}${numbers[numbers.length - 1]}`;
  return numbers.map((n) => `${letter}${n}`).join(" + ");
}

/**
 * Each total row against the sum of the group rows. A total row that equals the sum of the rows of
 * its own section (since the previous total or subtotal row) is a subtotal and is fine too.
 */
function checkTotals(
  grid: Grid,
  layout: AggregateLayout,
  rows: readonly CountRow[],
  groupRows: readonly CountRow[],
  totalRows: readonly CountRow[],
  at: (r: number, c: number) => string,
): Finding[] {
  if (groupRows.length === 0) return [];
  const out: Finding[] = [];
  const columns: [AggRole, number][] = COUNT_ROLES(layout.roles);
  totalRows.forEach((total, k) => {
    const before = rows.filter((x) => x.r < total.r);
    const sectionStart = Math.max(-1, ...before.filter((x) => x.kind !== "field").map((x) => x.r));
    const section = groupRows.filter((x) => x.r > sectionStart && x.r < total.r);
    const isLast = k === totalRows.length - 1;
    const sum = (list: readonly CountRow[], role: AggRole) => list.reduce((acc, row) => acc + (row.values[role] ?? 0), 0);
    const agreesWith = (list: readonly CountRow[]) => list.length > 0 && columns.every(([role]) => sum(list, role) === (total.values[role] ?? 0));
    if (agreesWith(groupRows) || agreesWith(section)) return;
    const against = !isLast && section.length > 0 && section.length < groupRows.length ? section : groupRows;
    for (const [role, c] of columns) {
      const s = sum(against, role);
      const stated = total.values[role] ?? 0;
      if (stated === s) continue;
      out.push(
        finding(
          "error",
          "dossier_total_mismatch",
          { sheet: grid.sheet, cell: at(total.r, c) },
          {
            row: total.label,
            column: layout.captions[role] ?? ROLE_NAMES[role],
            stated,
            sum: s,
            totalCell: at(total.r, c),
            cells: cellsText(
              grid,
              c,
              against.map((x) => x.r),
            ),
          },
        ),
      );
    }
  });
  return out;
}

interface Identity {
  readonly left: readonly AggRole[];
  readonly right: readonly AggRole[];
  readonly severity: Finding["severity"];
  readonly code: "dossier_identity_mismatch" | "dossier_parts_mismatch";
}

/** The identities that apply to this layout (only those whose columns are all present). */
function identities(layout: AggregateLayout): Identity[] {
  const has = (role: AggRole) => layout.roles[role] !== undefined;
  const present = (list: readonly AggRole[]) => list.filter(has);
  const out: Identity[] = [];
  const channels = present(["receivedOnline", "receivedDirect", "receivedPostal"]);
  const channelsComplete = has("receivedOnline") && (has("receivedDirect") || has("receivedPostal"));
  if (has("receivedNew") && channelsComplete) {
    out.push({ left: ["receivedNew"], right: channels, severity: "error", code: "dossier_identity_mismatch" });
  }
  const freshParts: AggRole[] = has("receivedNew") ? ["receivedNew"] : channelsComplete ? channels : [];
  const receivedParts: AggRole[] = freshParts.length > 0 ? [...freshParts, ...present(["receivedPrevious"])] : [];
  if (has("received") && receivedParts.length > 0) {
    // Biểu II.06a order: (3) = (4) + (5) + (6).
    const severity = has("receivedPrevious") || has("receivedNew") ? "error" : "warning";
    out.push({ left: ["received"], right: receivedParts, severity, code: "dossier_identity_mismatch" });
  }
  const resolvedParts = present(["early", "onTime", "earlyOrOnTime", "late"]);
  const resolvedSplitComplete = has("late") && (has("onTime") || has("earlyOrOnTime"));
  if (has("resolved") && resolvedSplitComplete) {
    out.push({ left: ["resolved"], right: resolvedParts, severity: "error", code: "dossier_identity_mismatch" });
  }
  if (has("pending") && has("pendingInTime") && has("pendingOverdue")) {
    out.push({ left: ["pending"], right: ["pendingInTime", "pendingOverdue"], severity: "error", code: "dossier_identity_mismatch" });
  }
  const resolvedSide: AggRole[] = has("resolved") ? ["resolved"] : resolvedParts;
  const pendingSide: AggRole[] = has("pending") ? ["pending"] : present(["pendingInTime", "pendingOverdue"]);
  const receivedSide: AggRole[] = has("received") ? ["received"] : receivedParts;
  if (receivedSide.length > 0 && resolvedSide.length > 0 && pendingSide.length > 0) {
    const complete =
      (has("resolved") || resolvedSplitComplete) &&
      (has("pending") || (has("pendingInTime") && has("pendingOverdue"))) &&
      has("supplement") &&
      has("withdrawn");
    out.push({
      left: receivedSide,
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
    const total = (roles: readonly AggRole[]) => roles.reduce((acc, role) => acc + (row.values[role] ?? 0), 0);
    const left = total(id.left);
    const right = total(id.right);
    if (left === right) continue;
    out.push(
      finding(
        id.severity,
        id.code,
        { sheet: grid.sheet, cell: cell(id.left[0]) },
        {
          row: row.label,
          identity: `${id.left.map(name).join(" + ")} = ${id.right.map(name).join(" + ")}`,
          leftCells: id.left.map(cell).join(" + "),
          rightCells: id.right.map(cell).join(" + "),
          left,
          right,
        },
      ),
    );
  }
  return out;
}
