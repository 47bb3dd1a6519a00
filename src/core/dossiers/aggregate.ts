/**
 * Reading an aggregate count table or a Biểu 06 block and checking that its figures add up.
 *
 * Rows: any row-label column is a grouping (lĩnh vực, level "Cấp tỉnh / Cấp xã", unit, commune…);
 * total rows ("Tổng cộng", "Cộng", "Tổng số", "Tổng", "Toàn tỉnh", "Toàn huyện"…) are checked against
 * the sum of the rows and never counted as a group; a table without a label column (or a single
 * unlabelled row) is one group named after the table's title, or the sheet. A row introduced by
 * "Trong đó", "Riêng", "Gồm" (or indented / bulleted under a row whose figures it does not add up
 * to) is a part of the row above: a subset of its dossiers, never a group, never added again.
 *
 * Received: "Tổng số tiếp nhận" is used when given; otherwise "Kỳ trước chuyển sang" + "Tiếp nhận
 * mới" (or its channels trực tuyến + trực tiếp + bưu chính) are added; when both are given and
 * disagree, a finding. "Lũy kế" columns are left out. "Trong đó" columns are parts of the column
 * before them: checked against it (parts ≤ whole) and kept as a breakdown.
 *
 * Combined "Trước hạn và đúng hạn" columns are counted in `onTime` (see `DossierCounts.onTime`).
 */
import { termText } from "../messages/catalogue";
import type { Grid } from "../grid/grid";
import { cellAddress, columnLetters } from "../grid/address";
import { finding, type Finding } from "../findings/finding";
import { isPartCaption, withoutPartMarker, type AggRole, type AggregateLayout } from "./aggregateColumns";
import { cellText } from "./headers";
import { readCount, readRate } from "./numbers";
import {
  makeCounts,
  sumCounts,
  TOTAL_FIELD,
  type CountedInput,
  type DossierCounts,
  type DossierPart,
  type DossierQuantity,
  type PartKind,
  type PartParent,
  type SourceRate,
  type SplitsKnown,
} from "./counts";
import { matchingVariants, type RateVariant } from "./rates";
import { fold, hasAny, isTotalLabel } from "./text";
import { reportPeriodStart, districtRowFindings } from "./levels";

/** Vietnamese names of the columns, for identities on tables that are not Biểu 06. */
const ROLE_NAMES: Record<AggRole, string> = termText.dossierColumn;

type RowKind = "field" | "total" | "group" | "part" | "child";

interface CountRow {
  readonly r: number;
  label: string;
  /** The TT (row number) cell as written. */
  readonly tt: string;
  kind: RowKind;
  readonly values: Partial<Record<AggRole, number>>;
  /** Count columns whose cell is blank on this row. */
  readonly blanks: ReadonlySet<AggRole>;
  /** How far each written figure may be from the true count (0 exact, Infinity approximate). */
  readonly tolerance: Partial<Record<AggRole, number>>;
  /** Generic part columns (layout.parts) by column. */
  readonly partValues: ReadonlyMap<number, number>;
  readonly approximate: boolean;
  /** The rate printed on this row, if any. */
  readonly rate?: PrintedRate;
  /** For a part row: the row it is a part of. */
  parent?: CountRow;
}

type PrintedRate = { readonly value: number; readonly step: number; readonly text: string; readonly cell: string | null };

const FOOTER = /^ (ghi chu|nguoi lap|noi nhan|thu truong|lanh dao|xac nhan|ngay \d+ thang)/;
const ROMAN = /^(?:[IVX]{1,5}|[A-Z])\.?$/;
const ROMAN_LABEL = /^[IVX]{1,5}[.)]\s/;
/** A bullet in the TT column: the row is a sub-row of the one above. */
const BULLET_TT = /^[-–+•*·◦]$/u;
const COUNT_ROLES = (roles: AggregateLayout["roles"]) => (Object.entries(roles) as [AggRole, number][]).filter(([role]) => role !== "printedRate");

/**
 * Reads the rows of an aggregate layout. Group rows make `byField`; the total is their sum (a
 * stated total row is checked against that sum), or the stated total when there are no group rows.
 * Rows numbered I, II… (or A, B…) are subtotals when plain-numbered rows exist.
 * `options.periodStart` (ISO), when known, lets a "Cấp huyện" row after the 2025 reform be said.
 * @example importAggregate(grid, findForm06aLayout(grid)!).total.received
 */
export function importAggregate(grid: Grid, read: AggregateLayout, options: { periodStart?: string | null } = {}): CountedInput {
  let layout = read;
  const findings: Finding[] = [];
  const at = (r: number, c: number) => cellAddress(grid.firstRowNumber + r, grid.firstColumnNumber + c);
  const roles = COUNT_ROLES(layout.roles);
  const rateCol = layout.roles.printedRate;
  const partCols = layout.parts ?? [];
  const rows: CountRow[] = [];
  let seenData = false;
  let footnoteRate: PrintedRate | undefined;
  const rounded: string[] = [];
  const approximate: string[] = [];

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
    const tolerance: Partial<Record<AggRole, number>> = {};
    const blanks = new Set<AggRole>();
    let rowApproximate = false;
    for (const { role, c, reading } of readings) {
      if (reading.kind === "unreadable") {
        findings.push(finding("error", "dossier_count_unreadable", { sheet: grid.sheet, cell: at(r, c) }, { text: reading.text }));
      }
      if (reading.kind === "empty") blanks.add(role);
      if (reading.kind === "count") {
        tolerance[role] = reading.tolerance;
        if (reading.approximate) approximate.push(`${at(r, c)} (${cellText(grid, r, c)})`);
        else if (reading.rounded) rounded.push(`${at(r, c)} (${cellText(grid, r, c)})`);
        rowApproximate ||= reading.rounded || reading.approximate;
      }
      values[role] = reading.kind === "count" ? reading.value : 0;
    }
    const partValues = new Map<number, number>();
    for (const p of partCols) {
      const reading = readCount(cellText(grid, r, p.col));
      if (reading.kind === "count") partValues.set(p.col, reading.value);
      else if (reading.kind === "unreadable") {
        findings.push(finding("error", "dossier_count_unreadable", { sheet: grid.sheet, cell: at(r, p.col) }, { text: reading.text }));
      }
    }
    let rate: PrintedRate | undefined;
    if (rateCol !== undefined) {
      const reading = readRate(cellText(grid, r, rateCol));
      if (reading.kind === "rate") rate = { value: reading.value, step: reading.step, text: reading.text, cell: at(r, rateCol) };
      else if (reading.kind === "unreadable") {
        findings.push(finding("warning", "dossier_rate_unreadable", { sheet: grid.sheet, cell: at(r, rateCol) }, { text: reading.text }));
      }
    }
    const rawLabel = layout.labelCol === undefined ? label : String(grid.rows[r]?.[layout.labelCol] ?? "");
    rows.push({
      r,
      tt,
      label: label || tt || `dòng ${grid.firstRowNumber + r}`,
      kind: rowKind(label, rawLabel, tt, rows),
      values,
      blanks,
      tolerance,
      partValues,
      approximate: rowApproximate,
      rate,
    });
  }

  // A count column left empty on every row (a Biểu 06 whose "Trong đó" or pending columns were not
  // filled) is not given: it is neither 0 in the checks nor a split the rates rely on.
  const given = roles.filter(([role]) => rows.some((x) => !x.blanks.has(role)));
  if (rows.length > 0 && given.length < roles.length) {
    layout = { ...layout, roles: { ...Object.fromEntries(given), ...(rateCol === undefined ? {} : { printedRate: rateCol }) } };
  }
  placeSubRows(rows, given);
  const plain = rows.filter((x) => x.kind === "field");
  const groupRows = plain.length > 0 ? plain : rows.filter((x) => x.kind === "group");
  const totalRows = rows.filter((x) => x.kind === "total");
  const counted = rows.filter((x) => x.kind !== "part");

  for (const row of counted) findings.push(...checkIdentities(grid, layout, row, at));
  for (const row of rows) findings.push(...checkParts(grid, layout, row, at));
  findings.push(...checkTotals(grid, layout, counted, groupRows, totalRows, at));
  if (rounded.length > 0)
    findings.push(finding("warning", "dossier_count_rounded", { sheet: grid.sheet, cell: rounded[0].split(" ")[0] }, { cells: listText(rounded) }));
  if (approximate.length > 0) {
    findings.push(finding("warning", "dossier_count_approximate", { sheet: grid.sheet, cell: approximate[0].split(" ")[0] }, { cells: listText(approximate) }));
  }
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
  if (layout.unplaced && layout.unplaced.length > 0 && layout.dataStart > 0) {
    const cells = layout.unplaced.map((u) => `${at(layout.dataStart - 1, u.col)} “${u.caption}”`);
    findings.push(
      finding("info", "dossier_column_unplaced", { sheet: grid.sheet, cell: at(layout.dataStart - 1, layout.unplaced[0].col) }, { cells: cells.join(", ") }),
    );
  }
  const known = splitsKnown(layout);
  const missing = missingQuantities(layout, known);
  const unnamed = layout.title ?? grid.sheet;
  const single = groupRows.length === 1 && (layout.labelCol === undefined || cellText(grid, groupRows[0].r, layout.labelCol) === "");
  const named = (row: CountRow) => (single ? unnamed : row.label);
  const subsetsOf = (row: CountRow) => rows.filter((x) => x.kind === "part" && x.parent === row).map((x) => rowCounts(x.label, x, layout, known, missing, []));
  const byField = groupRows.map((row) => withRate(rowCounts(named(row), row, layout, known, missing, subsetsOf(row)), row.rate));

  let total: DossierCounts;
  const totalRow = totalRows.length > 0 ? totalRows[totalRows.length - 1] : undefined;
  // "Trong đó" rows under a total or a subtotal row are subsets of the whole table.
  const tableSubsets = rows
    .filter((x) => x.kind === "part" && x.parent && x.parent.kind !== "field")
    .map((x) => rowCounts(x.parent!.kind === "group" ? `${x.parent!.label}: ${x.label}` : x.label, x, layout, known, missing, []));
  if (byField.length > 0) {
    const summed = sumCounts(TOTAL_FIELD, byField, known);
    total = tableSubsets.length > 0 ? { ...summed, subsets: [...summed.subsets, ...tableSubsets] } : summed;
  } else if (totalRow) {
    total = rowCounts(TOTAL_FIELD, totalRow, layout, known, missing, tableSubsets);
    // Only a total row of zeros (the formulas of an empty template): there are no figures to report.
    if (Object.values(totalRow.values).every((v) => v === 0)) findings.push(finding("error", "dossier_no_rows", { sheet: grid.sheet }));
  } else {
    findings.push(finding("warning", "dossier_no_rows", { sheet: grid.sheet }));
    total = sumCounts(TOTAL_FIELD, [], known);
  }
  const totalRate = totalRow?.rate ?? (groupRows.length === 1 ? groupRows[0].rate : undefined) ?? footnoteRate;
  total = withRate(total, totalRate);

  if (missing.length > 0 && layout.form === "aggregate" && seenData) {
    findings.push(
      finding("info", "dossier_quantities_missing", { sheet: grid.sheet }, { missing: missing.map((m) => termText.dossierQuantity[m]).join("; ") }),
    );
  }
  const periodStart = options.periodStart ?? reportPeriodStart(grid, layout.dataStart);
  findings.push(...districtRowFindings(grid.sheet, periodStart, [...rows.map((x) => ({ label: x.label, cell: at(x.r, layout.labelCol ?? 0) }))]));

  // The total's rate is said apart only when it is not a row's own (a one-row table prints it once).
  const rated = [...byField, ...(total.sourceRate && !byField.some((f) => f.sourceRate?.cell === total.sourceRate?.cell) ? [total] : [])];
  const checked = rateFindings(grid, rated, { bare: layout.bareRate === true, missing });
  const key = (s: SourceRate) => `${s.cell}|${s.text}`;
  const dropped = new Set(checked.dropped.map(key));
  findings.push(...checked.findings);
  const keep = (c: DossierCounts) => (c.sourceRate && dropped.has(key(c.sourceRate)) ? { ...c, sourceRate: null } : c);
  return { total: keep(total), byField: byField.map(keep), findings };
}

/** "C3 (10,18 ngàn), D3 (1,2 nghìn)": at most six cells named, then how many more. */
function listText(cells: readonly string[]): string {
  return cells.length <= 6 ? cells.join(", ") : `${cells.slice(0, 6).join(", ")} và ${cells.length - 6} ô khác`;
}

/** What a data row is before the rows around it are known. */
function rowKind(label: string, rawLabel: string, tt: string, before: readonly CountRow[]): RowKind {
  if (isTotalLabel(label) || isTotalLabel(tt)) return "total";
  if (label !== "" && isPartCaption(label) && !/^[-–+•*·◦]/u.test(label)) return "part";
  if (/^[-–+•*·◦]/u.test(label) || BULLET_TT.test(tt) || /^(?: {2,}|\t|\u3000)\S/u.test(rawLabel.replace(/^\n+/, ""))) return "child";
  const sub = /^(\d{1,3})\.\d{1,3}\.?$/.exec(tt);
  if (sub && before.some((x) => x.kind !== "part" && x.kind !== "child" && x.label !== "" && new RegExp(`^${sub[1]}\\.?$`).test(x.tt))) return "child";
  return ROMAN.test(tt) || ROMAN_LABEL.test(label) ? "group" : "field";
}

/**
 * Puts sub-rows in their place. A "Trong đó" row is a part of the nearest row above that is not a
 * part. Bulleted, indented or sub-numbered rows ("1.1" under "1") under a row with figures: when
 * they add up to it, that row is a subtotal and they are the groups; otherwise they are parts.
 */
function placeSubRows(rows: CountRow[], roles: readonly [AggRole, number][]): void {
  let i = 0;
  while (i < rows.length) {
    const row = rows[i];
    if (row.kind !== "part" && row.kind !== "child") {
      i++;
      continue;
    }
    const parent = [...rows.slice(0, i)].reverse().find((x) => x.kind !== "part" && x.kind !== "child");
    if (row.kind === "part") {
      if (parent) {
        row.parent = parent;
        row.label = withoutPartMarker(row.label) || row.label;
      } else row.kind = "field";
      i++;
      continue;
    }
    // A block of child rows.
    let j = i;
    while (j < rows.length && rows[j].kind === "child") j++;
    const block = rows.slice(i, j);
    block.forEach((x) => (x.label = withoutPartMarker(x.label) || x.label));
    if (!parent) block.forEach((x) => (x.kind = "field"));
    else {
      const addsUp = roles.every(([role]) => {
        const sum = block.reduce((acc, x) => acc + (x.values[role] ?? 0), 0);
        const slack = block.reduce((acc, x) => acc + (x.tolerance[role] ?? 0), parent.tolerance[role] ?? 0);
        return Math.abs(sum - (parent.values[role] ?? 0)) <= slack;
      });
      if (addsUp) {
        if (parent.kind === "field") parent.kind = "group";
        block.forEach((x) => (x.kind = "field"));
      } else
        block.forEach((x) => {
          x.kind = "part";
          x.parent = parent;
        });
    }
    i = j;
  }
}

/** The row's first text that is not a number: its label when the table has no label column. */
function firstText(grid: Grid, r: number, layout: AggregateLayout): string {
  const taken = new Set<number>([...Object.values(layout.roles), ...(layout.parts ?? []).map((p) => p.col)]);
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
function rateLine(grid: Grid, r: number, at: (r: number, c: number) => string): PrintedRate | undefined {
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
export function withRate(counts: DossierCounts, rate: PrintedRate | undefined): DossierCounts {
  if (!rate) return counts;
  const matches = matchingVariants(rate.value, rate.step, counts.rates);
  const sourceRate: SourceRate = { printed: rate.value, text: rate.text, step: rate.step, cell: rate.cell, variant: matches[0] ?? null, matches };
  return { ...counts, sourceRate };
}

const percentText = (x: number | null) => (x === null ? "—" : `${(Math.round(x * 10000) / 100).toString().replace(".", ",")}%`);

/**
 * A printed rate that matches no variant is a warning on its cell; each variant other than A (the
 * one the add-in reports by default) that the table's rates use gets one info finding, on the
 * first cell that uses it. A rate the counts cannot check (the table lacks what every variant
 * needs) is kept as printed and said once. A bare "Tỷ lệ" that fits the share of late or of
 * resolved dossiers, and no on-time variant, is that share: said, and not kept as the on-time rate.
 */
export function rateFindings(
  grid: Pick<Grid, "sheet">,
  rows: readonly DossierCounts[],
  options: { bare?: boolean; missing?: readonly DossierQuantity[] } = {},
): { findings: Finding[]; dropped: SourceRate[] } {
  const out: Finding[] = [];
  const dropped: SourceRate[] = [];
  const told = new Set<RateVariant | "unchecked">();
  for (const counts of rows) {
    const s = counts.sourceRate;
    if (!s) continue;
    const noRate = Object.values(counts.rates).every((x) => x === null);
    if (s.variant === null && options.bare) {
      const share = shareFit(s, counts);
      if (share) {
        if (!told.has(share as RateVariant))
          out.push(finding("info", "dossier_rate_other", { sheet: grid.sheet, cell: s.cell }, { printed: s.text, what: termText.rateShare[share] }));
        told.add(share as RateVariant);
        dropped.push(s);
        continue;
      }
    }
    if (s.variant === null && noRate) {
      if (!told.has("unchecked")) {
        const missing = (options.missing ?? counts.missing).map((m) => termText.dossierQuantity[m]).join("; ");
        out.push(
          finding(
            "info",
            "dossier_rate_unchecked",
            { sheet: grid.sheet, cell: s.cell },
            { printed: s.text, missing: missing || termText.dossierQuantity.resolvedSplit },
          ),
        );
      }
      told.add("unchecked");
    } else if (s.variant === null) {
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
  return { findings: out, dropped };
}

/** The share a bare printed rate fits instead of an on-time rate: late / resolved, resolved / received. */
function shareFit(s: SourceRate, c: DossierCounts): "late" | "resolved" | null {
  const fits = (x: number | null) => x !== null && matchingVariants(s.printed, s.step, { A: x, B: null, C: null, D: null }).length > 0;
  if (c.resolved > 0 && c.late + c.early + c.onTime === c.resolved && fits(c.late / c.resolved) && c.late < c.early + c.onTime) return "late";
  if (c.received > 0 && !c.missing.includes("received") && fits(c.resolved / c.received) && c.resolved !== c.early + c.onTime) return "resolved";
  return null;
}

const has = (layout: AggregateLayout, role: AggRole) => layout.roles[role] !== undefined;
const RECEIVED_STATED: readonly AggRole[] = [
  "received",
  "receivedNew",
  "receivedOnline",
  "receivedDirect",
  "receivedPostal",
  "receivedOnlineFull",
  "receivedOnlinePartial",
];
const ON_TIME_ISH: readonly AggRole[] = ["early", "onTime", "earlyOrOnTime"];
const LATE_ISH: readonly AggRole[] = ["late", "lateWithApology", "lateWithoutApology"];
const OVERDUE_ISH: readonly AggRole[] = ["pendingOverdue", "pendingOverdueWithApology", "pendingOverdueWithoutApology"];

/**
 * Which splits the table gives. "Đã giải quyết" with one of its parts gives the other by
 * difference (resolved − late = early + on time); without a resolved total, an on-time column
 * is the split (late 0 when no late column). The same for "Đang giải quyết". Received is known
 * when stated, or when every outcome (resolved and pending) is given.
 */
function splitsKnown(layout: AggregateLayout): SplitsKnown {
  const any = (list: readonly AggRole[]) => list.some((r) => has(layout, r));
  const receivedStated = any(RECEIVED_STATED) || (has(layout, "receivedPrevious") && any(["receivedNew"]));
  const pendingMentioned = has(layout, "pending") || has(layout, "pendingInTime") || any(OVERDUE_ISH);
  // Without "Đã giải quyết" or "Quá hạn" columns, an on-time column is the whole split only when the
  // table places every received dossier (pending columns given, or no received column): then late is 0.
  const resolvedSplit = has(layout, "resolved")
    ? any(ON_TIME_ISH) || any(LATE_ISH)
    : any(LATE_ISH)
      ? any(ON_TIME_ISH)
      : any(ON_TIME_ISH) && (pendingMentioned || !receivedStated);
  const pendingSplit = has(layout, "pending") ? has(layout, "pendingInTime") || any(OVERDUE_ISH) : pendingMentioned || !receivedStated;
  return { resolvedSplit, pendingSplit, receivedKnown: receivedStated || pendingMentioned };
}

/** The quantities of a full form the table does not give. */
function missingQuantities(layout: AggregateLayout, known: SplitsKnown): DossierQuantity[] {
  const any = (list: readonly AggRole[]) => list.some((r) => has(layout, r));
  const out: DossierQuantity[] = [];
  if (known.receivedKnown === false) out.push("received");
  if (!has(layout, "resolved") && !(known.resolvedSplit && (any(ON_TIME_ISH) || any(LATE_ISH)))) out.push("resolved");
  else if (!known.resolvedSplit) out.push("resolvedSplit");
  const pendingGiven = has(layout, "pending") || has(layout, "pendingInTime") || any(OVERDUE_ISH);
  if (!pendingGiven) out.push("pending");
  else if (!known.pendingSplit) out.push("pendingSplit");
  return out;
}

/** The received count of a row: the stated total, else the parts added up, else undefined (derived from the outcomes). */
function receivedOf(v: Partial<Record<AggRole, number>>, layout: AggregateLayout): number | undefined {
  const h = (role: AggRole) => has(layout, role);
  if (h("received")) return v.received ?? 0;
  const onlineParts = (["receivedOnlineFull", "receivedOnlinePartial", "receivedOnlineOther"] as const).filter(h);
  const online = h("receivedOnline") ? (v.receivedOnline ?? 0) : onlineParts.length > 0 ? onlineParts.reduce((a, r) => a + (v[r] ?? 0), 0) : undefined;
  const channels = [online, ...(["receivedDirect", "receivedPostal"] as const).filter(h).map((r) => v[r] ?? 0)].filter((x): x is number => x !== undefined);
  const fresh = h("receivedNew") ? (v.receivedNew ?? 0) : channels.length >= 2 ? channels.reduce((a, x) => a + x, 0) : undefined;
  if (fresh === undefined) return undefined;
  return fresh + (v.receivedPrevious ?? 0);
}

/** The breakdown names of the part roles, and what each is a part of (the nearest parent the table has). */
const PART_ROLES: readonly (readonly [AggRole, PartKind, readonly PartParent[]])[] = [
  ["receivedNew", "new", ["received"]],
  ["receivedPrevious", "previous", ["received"]],
  ["receivedOnline", "online", ["receivedNew", "received"]],
  ["receivedOnlineFull", "onlineFull", ["receivedOnline", "receivedNew", "received"]],
  ["receivedOnlinePartial", "onlinePartial", ["receivedOnline", "receivedNew", "received"]],
  ["receivedOnlineOther", "onlineOther", ["receivedOnline", "receivedNew", "received"]],
  ["receivedDirect", "direct", ["receivedNew", "received"]],
  ["receivedPostal", "postal", ["receivedNew", "received"]],
  ["receivedCrossBoundary", "crossBoundary", ["receivedNew", "received"]],
  ["paid", "paid", ["received"]],
  ["paidOnline", "paidOnline", ["paid", "received"]],
  ["lateWithApology", "withApology", ["late"]],
  ["lateWithoutApology", "withoutApology", ["late"]],
  ["pendingOverdueWithApology", "withApology", ["pendingOverdue"]],
  ["pendingOverdueWithoutApology", "withoutApology", ["pendingOverdue"]],
];

function rowCounts(
  field: string,
  row: CountRow,
  layout: AggregateLayout,
  known: SplitsKnown,
  missing: readonly DossierQuantity[],
  subsets: DossierCounts[],
): DossierCounts {
  const v = row.values;
  const h = (role: AggRole) => has(layout, role);
  const sum = (list: readonly AggRole[]) => list.reduce((a, r) => a + (v[r] ?? 0), 0);
  let early = v.early ?? 0;
  let onTime = (v.onTime ?? 0) + (v.earlyOrOnTime ?? 0);
  let late = h("late") ? (v.late ?? 0) : sum(["lateWithApology", "lateWithoutApology"]);
  let combined = h("earlyOrOnTime") || (h("onTime") && !h("early"));
  const resolved = h("resolved") ? (v.resolved ?? 0) : undefined;
  const lateGiven = LATE_ISH.some(h);
  const onTimeGiven = ON_TIME_ISH.some(h);
  // "Đã giải quyết" with one side of its split gives the other by difference.
  if (resolved !== undefined && onTimeGiven && !lateGiven) late = Math.max(0, resolved - early - onTime);
  if (resolved !== undefined && lateGiven && !onTimeGiven) {
    onTime = Math.max(0, resolved - late);
    early = 0;
    combined = true;
  }
  let pendingInTime = v.pendingInTime ?? 0;
  let pendingOverdue = h("pendingOverdue") ? (v.pendingOverdue ?? 0) : sum(["pendingOverdueWithApology", "pendingOverdueWithoutApology"]);
  const pending = h("pending") ? (v.pending ?? 0) : undefined;
  if (pending !== undefined && OVERDUE_ISH.some(h) && !h("pendingInTime")) pendingInTime = Math.max(0, pending - pendingOverdue);
  if (pending !== undefined && h("pendingInTime") && !OVERDUE_ISH.some(h)) pendingOverdue = Math.max(0, pending - pendingInTime);
  // An outside quantity given only by its split ("Chờ tiếp nhận — Đúng hạn | Quá hạn") is their sum.
  const outsideParts = (role: AggRole) => (layout.parts ?? []).filter((p) => p.of === role);
  const outside = (role: "waiting" | "notAccepted" | "acceptedLate") =>
    h(role) ? (v[role] ?? 0) : outsideParts(role).length > 0 ? outsideParts(role).reduce((a, p) => a + (row.partValues.get(p.col) ?? 0), 0) : null;
  return makeCounts(
    field,
    {
      received: receivedOf(v, layout),
      early,
      onTime,
      late,
      supplement: v.supplement ?? 0,
      withdrawn: v.withdrawn ?? 0,
      stopped: h("stopped") ? (v.stopped ?? 0) : outsideParts("stopped").reduce((a, p) => a + (row.partValues.get(p.col) ?? 0), 0),
      pendingInTime,
      pendingOverdue,
      resolved,
      pending,
      earlyOnTimeCombined: combined,
      waiting: outside("waiting"),
      notAccepted: outside("notAccepted"),
      acceptedLate: outside("acceptedLate"),
      breakdown: breakdownOf(row, layout),
      subsets,
      missing,
      approximate: row.approximate,
    },
    known,
  );
}

/** The parts a row gives: channels, cross-boundary, payments, the apology split, and "Trong đó" columns. */
function breakdownOf(row: CountRow, layout: AggregateLayout): DossierPart[] {
  const out: DossierPart[] = [];
  for (const [role, kind, parents] of PART_ROLES) {
    if (!has(layout, role)) continue;
    const of = parents.find((p) => has(layout, p as AggRole)) ?? parents[parents.length - 1];
    out.push({ of, kind, label: termText.partKind[kind], value: row.values[role] ?? 0 });
  }
  for (const p of layout.parts ?? []) {
    const label = p.kind === "other" ? withoutPartMarker(p.caption.split(" — ").pop() ?? p.caption) : termText.partKind[p.kind];
    out.push({ of: p.of as PartParent, kind: p.kind, label, value: row.partValues.get(p.col) ?? 0 });
  }
  return out;
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
 * its own section (since the previous total or subtotal row) is a subtotal and is fine too. A
 * blank cell of a total row is said as blank (info), not as "0". Rounded figures agree within
 * their rounding; approximate ones ("gần", "trên") are not compared.
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
    const slack = (list: readonly CountRow[], role: AggRole) => list.reduce((acc, row) => acc + (row.tolerance[role] ?? 0), total.tolerance[role] ?? 0);
    const agreesOn = (list: readonly CountRow[], role: AggRole) =>
      total.blanks.has(role) || Math.abs(sum(list, role) - (total.values[role] ?? 0)) <= slack(list, role);
    const agreesWith = (list: readonly CountRow[]) => list.length > 0 && columns.every(([role]) => agreesOn(list, role));
    if (agreesWith(groupRows) || agreesWith(section)) {
      out.push(...blankTotalCells(grid, layout, total, groupRows, at));
      return;
    }
    const against = !isLast && section.length > 0 && section.length < groupRows.length ? section : groupRows;
    out.push(...blankTotalCells(grid, layout, total, against, at));
    for (const [role, c] of columns) {
      if (agreesOn(against, role)) continue;
      out.push(
        finding(
          "error",
          "dossier_total_mismatch",
          { sheet: grid.sheet, cell: at(total.r, c) },
          {
            row: total.label,
            column: layout.captions[role] ?? ROLE_NAMES[role],
            stated: total.values[role] ?? 0,
            sum: sum(against, role),
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

/** A blank cell in a total row whose column the rows fill: said as blank, with the sum it would be. */
function blankTotalCells(grid: Grid, layout: AggregateLayout, total: CountRow, against: readonly CountRow[], at: (r: number, c: number) => string): Finding[] {
  const out: Finding[] = [];
  for (const [role, c] of COUNT_ROLES(layout.roles)) {
    if (!total.blanks.has(role)) continue;
    const s = against.reduce((acc, row) => acc + (row.values[role] ?? 0), 0);
    if (s === 0) continue;
    out.push(
      finding(
        "info",
        "dossier_total_blank",
        { sheet: grid.sheet, cell: at(total.r, c) },
        {
          row: total.label,
          column: layout.captions[role] ?? ROLE_NAMES[role],
          totalCell: at(total.r, c),
          cells: cellsText(
            grid,
            c,
            against.map((x) => x.r),
          ),
          sum: s,
        },
      ),
    );
  }
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
  const h = (role: AggRole) => has(layout, role);
  const present = (list: readonly AggRole[]) => list.filter(h);
  const out: Identity[] = [];
  const onlineParts = present(["receivedOnlineFull", "receivedOnlinePartial", "receivedOnlineOther"]);
  if (h("receivedOnline") && h("receivedOnlineFull") && h("receivedOnlinePartial")) {
    // Toàn trình + một phần (+ hình thức khác) = trực tuyến; a form without "hình thức khác" may leave some out.
    out.push({ left: ["receivedOnline"], right: onlineParts, severity: h("receivedOnlineOther") ? "error" : "warning", code: "dossier_identity_mismatch" });
  }
  const online: AggRole[] = h("receivedOnline") ? ["receivedOnline"] : onlineParts;
  const channels = [...online, ...present(["receivedDirect", "receivedPostal"])];
  const channelsComplete = online.length > 0 && (h("receivedDirect") || h("receivedPostal"));
  if (h("receivedNew") && channelsComplete) {
    out.push({ left: ["receivedNew"], right: channels, severity: "error", code: "dossier_identity_mismatch" });
  }
  const freshParts: AggRole[] = h("receivedNew") ? ["receivedNew"] : channelsComplete ? channels : [];
  const receivedParts: AggRole[] = freshParts.length > 0 ? [...freshParts, ...present(["receivedPrevious"])] : [];
  // "Tổng số" and "Tiếp nhận mới" without "Từ kỳ trước": the carried-over part is the difference, nothing to check.
  if (h("received") && receivedParts.length > 0 && (h("receivedPrevious") || !h("receivedNew"))) {
    // Biểu 06 order: (3) = (4) + (5) + (6).
    const severity = h("receivedPrevious") ? "error" : "warning";
    out.push({ left: ["received"], right: receivedParts, severity, code: "dossier_identity_mismatch" });
  }
  if (h("late") && h("lateWithApology") && h("lateWithoutApology")) {
    out.push({ left: ["late"], right: ["lateWithApology", "lateWithoutApology"], severity: "error", code: "dossier_identity_mismatch" });
  }
  if (h("pendingOverdue") && h("pendingOverdueWithApology") && h("pendingOverdueWithoutApology")) {
    out.push({
      left: ["pendingOverdue"],
      right: ["pendingOverdueWithApology", "pendingOverdueWithoutApology"],
      severity: "error",
      code: "dossier_identity_mismatch",
    });
  }
  const lateSide: AggRole[] = h("late") ? ["late"] : present(["lateWithApology", "lateWithoutApology"]);
  const resolvedParts = [...present(["early", "onTime", "earlyOrOnTime"]), ...lateSide];
  const resolvedSplitComplete = lateSide.length > 0 && (h("onTime") || h("earlyOrOnTime"));
  if (h("resolved") && resolvedSplitComplete) {
    out.push({ left: ["resolved"], right: resolvedParts, severity: "error", code: "dossier_identity_mismatch" });
  }
  const overdueSide: AggRole[] = h("pendingOverdue") ? ["pendingOverdue"] : present(["pendingOverdueWithApology", "pendingOverdueWithoutApology"]);
  if (h("pending") && h("pendingInTime") && overdueSide.length > 0) {
    out.push({ left: ["pending"], right: ["pendingInTime", ...overdueSide], severity: "error", code: "dossier_identity_mismatch" });
  }
  const resolvedSide: AggRole[] = h("resolved") ? ["resolved"] : resolvedParts;
  const pendingSide: AggRole[] = h("pending") ? ["pending"] : [...present(["pendingInTime"]), ...overdueSide];
  const receivedSide: AggRole[] = h("received") ? ["received"] : receivedParts;
  if (receivedSide.length > 0 && resolvedSide.length > 0 && pendingSide.length > 0) {
    const complete =
      (h("resolved") || resolvedSplitComplete) && (h("pending") || (h("pendingInTime") && overdueSide.length > 0)) && h("supplement") && h("withdrawn");
    out.push({
      left: receivedSide,
      right: [...resolvedSide, ...present(["supplement", "withdrawn", "stopped"]), ...pendingSide],
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
    const slack = [...id.left, ...id.right].reduce((acc, role) => acc + (row.tolerance[role] ?? 0), 0);
    const left = total(id.left);
    const right = total(id.right);
    if (Math.abs(left - right) <= slack) continue;
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

/**
 * Parts are never more than their whole: each "Trong đó" column against the column it belongs to,
 * the online levels against trực tuyến, the apology split against quá hạn, and each "Trong đó" row
 * against the row above it, cell by cell.
 */
function checkParts(grid: Grid, layout: AggregateLayout, row: CountRow, at: (r: number, c: number) => string): Finding[] {
  const out: Finding[] = [];
  const exceeds = (partCells: string, partValue: number, partName: string, wholeRole: AggRole, slack: number) => {
    const col = layout.roles[wholeRole];
    if (col === undefined || row.blanks.has(wholeRole)) return;
    const whole = row.values[wholeRole] ?? 0;
    if (partValue <= whole + slack) return;
    out.push(
      finding(
        "error",
        "dossier_part_exceeds",
        { sheet: grid.sheet, cell: partCells.split(" ")[0] },
        {
          row: row.label,
          part: partName,
          partCells,
          partValue,
          whole: layout.captions[wholeRole] ?? ROLE_NAMES[wholeRole],
          wholeCell: at(row.r, col),
          wholeValue: whole,
        },
      ),
    );
  };
  if (row.kind !== "part") {
    for (const p of layout.parts ?? []) {
      const value = row.partValues.get(p.col);
      if (value !== undefined) exceeds(at(row.r, p.col), value, p.caption, p.of, (row.tolerance[p.of] ?? 0) + 0);
    }
    for (const [role, , parents] of PART_ROLES) {
      if (!has(layout, role) || row.blanks.has(role)) continue;
      const parent = parents.find((x) => has(layout, x as AggRole)) as AggRole | undefined;
      if (parent)
        exceeds(
          at(row.r, layout.roles[role]!),
          row.values[role] ?? 0,
          layout.captions[role] ?? ROLE_NAMES[role],
          parent,
          (row.tolerance[role] ?? 0) + (row.tolerance[parent] ?? 0),
        );
    }
    return out;
  }
  const parent = row.parent;
  if (!parent) return out;
  for (const [role, c] of COUNT_ROLES(layout.roles)) {
    if (row.blanks.has(role) || parent.blanks.has(role)) continue;
    const value = row.values[role] ?? 0;
    const whole = parent.values[role] ?? 0;
    if (value <= whole + (row.tolerance[role] ?? 0) + (parent.tolerance[role] ?? 0)) continue;
    out.push(
      finding(
        "error",
        "dossier_part_exceeds",
        { sheet: grid.sheet, cell: at(row.r, c) },
        {
          row: row.label,
          part: layout.captions[role] ?? ROLE_NAMES[role],
          partCells: at(row.r, c),
          partValue: value,
          whole: `${parent.label}`,
          wholeCell: at(parent.r, c),
          wholeValue: whole,
        },
      ),
    );
  }
  return out;
}
