/**
 * The dossier-timeliness entry points: import any of the three inputs, and the CLI's JSON.
 */
import { datesInText } from "../calendar/dates";
import type { Grid } from "../grid/grid";
import { finding, type Finding, type Severity } from "../findings/finding";
import { findingText } from "../messages/render";
import { isIsoDate } from "../calendar/dates";
import { locateDossierInput, type DossierInputKind } from "./detect";
import { importList, type ReportingSpan } from "./list";
import { importAggregate, rateFindings, rateInText, withRate } from "./aggregate";
import { sumCounts, TOTAL_FIELD, type DossierCounts, type DossierPart, type DossierQuantity } from "./counts";
import type { RateVariant } from "./rates";

/** What `importDossiers` returns. Counts are at `asOf`; findings carry sheet and cell. */
export interface DossierImport {
  /** The kind of input read, or null when the grid held none. */
  readonly input: DossierInputKind | null;
  readonly asOf: string;
  /** A dossier list's first and last reception dates (for the period proposal); absent for tables. */
  readonly receivedRange?: { readonly first: string; readonly last: string } | null;
  /** A list counted for a reporting period: rows received before / after it, not counted. */
  readonly outside?: { readonly before: number; readonly after: number };
  /** The lines above the table's header (an export's title: "Từ ngày … đến ngày …"), for the period proposal. */
  readonly titleLines?: readonly string[];
  readonly total: DossierCounts;
  readonly byField: readonly DossierCounts[];
  readonly findings: readonly Finding[];
}

/**
 * Reads dossier counts from a grid: a dossier list (classified at `asOf`), an aggregate table
 * per field, or a Biểu 06 block (already counted; `asOf` is only echoed). A list counted for a
 * reporting `period` leaves out the rows received outside it and says how many. Never throws:
 * problems become findings. `periodStart` (ISO; else the period's start), when the caller knows
 * the report's period, says a "Cấp huyện" row after the 2025 reform; otherwise the table's title
 * is read for the period.
 * @example
 * const result = importDossiers(grid, { asOf: "2024-12-31" });
 * result.total.onTimeRate // 0.97
 */
export function importDossiers(grid: Grid, options: { asOf: string; period?: ReportingSpan; periodStart?: string | null }): DossierImport {
  const { asOf, period } = options;
  const empty = (f: Finding): DossierImport => ({ input: null, asOf, total: sumCounts(TOTAL_FIELD, []), byField: [], findings: [f] });
  if (!isIsoDate(asOf)) return empty(finding("error", "dossier_as_of_invalid", {}, { asOf }));
  const located = locateDossierInput(grid);
  if (!located) return empty(finding("error", "dossier_table_not_found", { sheet: grid.sheet }));
  const counted =
    located.kind === "list"
      ? importList(grid, located.layout, asOf, period)
      : importAggregate(grid, located.layout, { periodStart: options.periodStart ?? period?.from ?? null });
  // The lines above the header (a table's header may span rows: only lines stating a date are titles then).
  const titleLines =
    located.kind === "list"
      ? titleLinesAbove(grid, located.layout.headerRow)
      : titleLinesAbove(grid, located.layout.dataStart).filter((line) => datesInText(line).length > 0);
  return { input: located.kind, asOf, ...counted, titleLines };
}

/** The rows above a table's header, each as one line of its cells' text. */
export function titleLinesAbove(grid: Grid, headerRow: number): string[] {
  return grid.rows
    .slice(0, Math.max(0, headerRow))
    .map((row) => row.filter((c) => c.trim() !== "").join(" "))
    .filter((line) => line !== "");
}

/**
 * A rate stated in the prose around the table (a news item or report: "tỷ lệ giải quyết đúng hạn
 * đạt 98,63%") compared with the total's four variants, when the table itself printed none.
 * `sheet` names the source in findings.
 * @example withContextRate(importDossiers(grid, { asOf }), ["Tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,63%"], "Bài báo").total.sourceRate?.variant
 */
export function withContextRate(result: DossierImport, lines: readonly string[], sheet: string): DossierImport {
  if (result.input === null || result.total.sourceRate) return result;
  for (const line of lines) {
    const rate = rateInText(line);
    if (!rate) continue;
    const total = withRate(result.total, { ...rate, cell: null });
    const checked = rateFindings({ sheet }, [total]);
    return { ...result, total, findings: [...result.findings, ...checked.findings] };
  }
  return result;
}

/**
 * One set of counts in the CLI's JSON: the fields of `DossierCounts`, rates rounded to 4 decimals
 * (or null); `sourceRate` is `{ printed: null, variant: null }` when the source printed no rate,
 * and `variant` is null next to a printed rate when none of A, B, C, D matches it. `breakdown`
 * lists the parts ("Trong đó" columns, channels), `subsets` the "Trong đó" rows, `missing` the
 * quantities the source did not give.
 */
export type DossierCountsJson = {
  -readonly [K in Exclude<keyof DossierCounts, "rates" | "sourceRate" | "subsets" | "breakdown" | "missing">]: DossierCounts[K];
} & {
  rates: Record<RateVariant, number | null>;
  sourceRate: { printed: number | null; text: string | null; cell: string | null; variant: RateVariant | null; matches: RateVariant[] };
  breakdown: DossierPart[];
  subsets: DossierCountsJson[];
  missing: DossierQuantity[];
};

/** The CLI's JSON document. */
export interface DossierReportJson {
  input: DossierInputKind | null;
  asOf: string;
  total: DossierCountsJson;
  byField: DossierCountsJson[];
  findings: { severity: Severity; code: string; message: string; sheet: string | null; cell: string | null }[];
}

/**
 * The plain-data JSON the CLI prints, with messages rendered from the Vietnamese catalogue.
 * @example JSON.stringify(dossierReportJson(importDossiers(grid, { asOf: "2024-10-31" })), null, 2)
 */
export function dossierReportJson(result: DossierImport): DossierReportJson {
  return {
    input: result.input,
    asOf: result.asOf,
    total: countsJson(result.total),
    byField: result.byField.map(countsJson),
    findings: result.findings.map((f) => ({ severity: f.severity, code: f.code, message: findingText(f), sheet: f.sheet, cell: f.cell })),
  };
}

const round4 = (x: number | null) => (x === null ? null : Math.round(x * 10000) / 10000);

function countsJson(c: DossierCounts): DossierCountsJson {
  return {
    field: c.field,
    received: c.received,
    early: c.early,
    onTime: c.onTime,
    late: c.late,
    supplement: c.supplement,
    withdrawn: c.withdrawn,
    pendingInTime: c.pendingInTime,
    pendingOverdue: c.pendingOverdue,
    pending: c.pending,
    stopped: c.stopped,
    resolved: c.resolved,
    handledBeforeDeadline: c.handledBeforeDeadline,
    onTimeRate: round4(c.onTimeRate),
    goodRateC: round4(c.goodRateC),
    earlyOnTimeCombined: c.earlyOnTimeCombined,
    waiting: c.waiting,
    notAccepted: c.notAccepted,
    acceptedLate: c.acceptedLate,
    approximate: c.approximate,
    missing: [...c.missing],
    breakdown: c.breakdown.map((p) => ({ ...p })),
    subsets: c.subsets.map(countsJson),
    rates: { A: round4(c.rates.A), B: round4(c.rates.B), C: round4(c.rates.C), D: round4(c.rates.D) },
    sourceRate: c.sourceRate
      ? { printed: c.sourceRate.printed, text: c.sourceRate.text, cell: c.sourceRate.cell, variant: c.sourceRate.variant, matches: [...c.sourceRate.matches] }
      : { printed: null, text: null, cell: null, variant: null, matches: [] },
  };
}
