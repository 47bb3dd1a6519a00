/**
 * Dossier counts for one field (lĩnh vực) or for the whole agency, with the derived figures a
 * report prints. Definitions: docs/dossiers.md#status-definitions; rates: `rates.ts`.
 */
import type { Finding } from "../findings/finding";
import { workbookText } from "../messages/catalogue";
import { allRates, type DossierRates, type RateVariant } from "./rates";

/** Field name of the total. */
export const TOTAL_FIELD = workbookText.total;

/**
 * The quantities a full statistics form gives (Biểu 06/VPCP/KSTT): a table that lacks some is read
 * for what it has, and `DossierCounts.missing` names the rest. `resolvedSplit` is the early / on
 * time / late split, `pendingSplit` the in-time / overdue split of the pending dossiers.
 */
export type DossierQuantity = "received" | "resolved" | "resolvedSplit" | "pending" | "pendingSplit";

/**
 * What a part is a part of: a count column's quantity (the same names as the aggregate reader's
 * column roles), or another part (trực tuyến toàn trình is a part of trực tuyến, itself a part of
 * tiếp nhận).
 */
export type PartParent =
  | "received"
  | "receivedOnline"
  | "receivedOnlineFull"
  | "receivedOnlinePartial"
  | "receivedOnlineOther"
  | "receivedDirect"
  | "receivedPostal"
  | "receivedPrevious"
  | "receivedNew"
  | "receivedCrossBoundary"
  | "paid"
  | "paidOnline"
  | "resolved"
  | "early"
  | "onTime"
  | "earlyOrOnTime"
  | "late"
  | "lateWithApology"
  | "lateWithoutApology"
  | "supplement"
  | "withdrawn"
  | "stopped"
  | "pending"
  | "pendingInTime"
  | "pendingOverdue"
  | "pendingOverdueWithApology"
  | "pendingOverdueWithoutApology"
  | "waiting"
  | "notAccepted"
  | "acceptedLate";

/**
 * What a part holds. The channels of reception (trực tuyến — toàn trình / một phần / hình thức
 * khác —, trực tiếp, bưu chính, từ kỳ trước, tiếp nhận mới), dossiers received regardless of the
 * commune boundary (phi địa giới), paid fees (thanh toán — trực tuyến), overdue dossiers with or
 * without an apology letter (có / chưa có văn bản xin lỗi), or `other` for a "Trong đó" column
 * that names something else (its label says what).
 */
export type PartKind =
  | "online"
  | "onlineFull"
  | "onlinePartial"
  | "onlineOther"
  | "direct"
  | "postal"
  | "previous"
  | "new"
  | "crossBoundary"
  | "paid"
  | "paidOnline"
  | "withApology"
  | "withoutApology"
  | "early"
  | "onTime"
  | "earlyOrOnTime"
  | "late"
  | "inTime"
  | "overdue"
  | "supplement"
  | "withdrawn"
  | "stopped"
  | "other";

/**
 * A part of a quantity ("Trong đó: trực tuyến" under "Tổng số tiếp nhận"): it is never added to the
 * counts again; it is checked against its whole (parts ≤ whole) and reported as a breakdown.
 */
export interface DossierPart {
  readonly of: PartParent;
  readonly kind: PartKind;
  /** How the source named it ("Trực tuyến toàn trình"); the key that sums parts across rows with `of` and `kind`. */
  readonly label: string;
  readonly value: number;
}

/** Counts read from one input, before the caller attaches the input kind and as-of date. */
export interface CountedInput {
  readonly total: DossierCounts;
  readonly byField: DossierCounts[];
  readonly findings: Finding[];
  /** A dossier list's first and last reception dates (every readable row, inside the period or not); absent for tables. */
  readonly receivedRange?: { readonly first: string; readonly last: string } | null;
  /** A dossier list counted for a reporting period: the rows received before and after it, left out. */
  readonly outside?: { readonly before: number; readonly after: number };
}

/**
 * A rate the source printed itself ("98,63%"), and which of the four variants of docs/dossiers.md#rate-variants-and-their-sources
 * it agrees with once rounded (or cut) to the printed decimals.
 */
export interface SourceRate {
  /** The printed rate as a fraction (0.9863). */
  readonly printed: number;
  /** The text as printed ("98,63%"). */
  readonly text: string;
  /** One unit of the last printed digit, as a fraction (0.0001 for "98,63%"). */
  readonly step: number;
  /** Where it was printed ("H9"), or null. */
  readonly cell: string | null;
  /** The variant the source used: the first match in the order A, B, C, D; null when none matches. */
  readonly variant: RateVariant | null;
  /** Every variant that agrees (several do when nothing is pending, asked for documents or withdrawn). */
  readonly matches: readonly RateVariant[];
}

/**
 * Counts at the as-of date. The parts add up:
 * `received = resolved + supplement + withdrawn + pending`, with
 * `resolved = early + onTime + late` and `pending = pendingInTime + pendingOverdue`
 * (an aggregate table may state `resolved`/`pending` without their split; then the split is 0
 * and the rate that needs it is null).
 */
export interface DossierCounts {
  /** Field (lĩnh vực) name as written, or "Tổng cộng" for the total. */
  readonly field: string;
  /** Hồ sơ tiếp nhận: every dossier received on or before the as-of date. */
  readonly received: number;
  /**
   * Đã giải quyết trước hạn: result date before the due date. 0 when the source gave early and on
   * time as one combined column (`earlyOnTimeCombined`).
   */
  readonly early: number;
  /**
   * Đã giải quyết đúng hạn: result date equal to the due date. **A combined column** ("Trước hạn và
   * đúng hạn", "Đúng hạn (kể cả trước hạn)", "Trả đúng thời hạn", "Trong hạn" under "Đã giải
   * quyết") **is counted here, in every reader**, and `earlyOnTimeCombined` is set; every rate
   * uses early + onTime only, so none changes.
   */
  readonly onTime: number;
  /** True when `onTime` holds a combined "trước hạn và đúng hạn" figure (early unknown, shown as 0). */
  readonly earlyOnTimeCombined: boolean;
  /** Đã giải quyết quá hạn: result date after the due date. */
  readonly late: number;
  /** Yêu cầu bổ sung: returned to the applicant for more documents, not back yet. */
  readonly supplement: number;
  /** Rút hồ sơ: withdrawn by the applicant. */
  readonly withdrawn: number;
  /** Đang giải quyết trong hạn: not finished at the as-of date, due date on or after it. */
  readonly pendingInTime: number;
  /** Đang giải quyết quá hạn: not finished at the as-of date, due date before it. */
  readonly pendingOverdue: number;
  /** Đang giải quyết (tổng số). */
  readonly pending: number;
  /**
   * Dừng xử lý / dừng giải quyết (NĐ 118/2025, TT 03/2025 Mẫu 05 "Thông báo dừng giải quyết hồ sơ"):
   * an end state of its own beside `withdrawn`, never resolved, never late. It is in `received`.
   */
  readonly stopped: number;
  /**
   * Outside `received` (null when the source does not give them): online dossiers waiting to be
   * accepted (chờ tiếp nhận), not accepted (không được tiếp nhận, Mẫu 03), and accepted late
   * (chậm được tiếp nhận). Never resolved, never late, in no rate.
   */
  readonly waiting: number | null;
  readonly notAccepted: number | null;
  readonly acceptedLate: number | null;
  /** The parts the source gave ("Trong đó" columns, channels, apology split): a breakdown, never added again. */
  readonly breakdown: readonly DossierPart[];
  /** The "Trong đó: …" rows under this row (dossiers received online…), each with its own counts. */
  readonly subsets: readonly DossierCounts[];
  /** The quantities of a full form the source did not give; rates that need them are null. */
  readonly missing: readonly DossierQuantity[];
  /** Some figure was rounded ("10,18 ngàn") or approximate ("gần 2.000"): checks and rates are approximate too. */
  readonly approximate: boolean;
  /** Đã giải quyết (tổng số) = early + onTime + late. */
  readonly resolved: number;
  /**
   * What seed 001 calls "xử lý trước hạn" and the report "xử lý không quá hạn" (343 = 333 returned
   * early or on time + 10 asked for more documents; "trước hạn" alone names `early` only):
   * early + onTime + supplement. Withdrawn dossiers are not in it.
   */
  readonly handledBeforeDeadline: number;
  /** Variant A: (early + onTime) / resolved, a fraction; null when nothing was resolved or the split is unknown. */
  readonly onTimeRate: number | null;
  /** Variant C (QĐ 766 idx 2.1), a fraction; null when nothing was received or the pending split is unknown. */
  readonly goodRateC: number | null;
  /** The four variants A, B, C, D of docs/dossiers.md#rate-variants-and-their-sources (`rates.A === onTimeRate`, `rates.C === goodRateC`). */
  readonly rates: DossierRates;
  /** The rate the source printed for this row, or null when it printed none. */
  readonly sourceRate: SourceRate | null;
}

/** Raw tallies before the derived figures are added. Missing totals are derived from the parts. */
export interface Tallies {
  received?: number;
  early: number;
  onTime: number;
  late: number;
  supplement: number;
  withdrawn: number;
  pendingInTime: number;
  pendingOverdue: number;
  resolved?: number;
  pending?: number;
  /** The source combined early and on time in one column, counted in `onTime`. */
  earlyOnTimeCombined?: boolean;
  stopped?: number;
  waiting?: number | null;
  notAccepted?: number | null;
  acceptedLate?: number | null;
  breakdown?: readonly DossierPart[];
  subsets?: readonly DossierCounts[];
  missing?: readonly DossierQuantity[];
  approximate?: boolean;
}

/**
 * Which splits are known; an aggregate may give only "Đã giải quyết" or "Đang giải quyết" totals,
 * or no received count at all (`receivedKnown` false: rates over received are null).
 */
export interface SplitsKnown {
  readonly resolvedSplit: boolean;
  readonly pendingSplit: boolean;
  readonly receivedKnown?: boolean;
}

const ALL_KNOWN: SplitsKnown = { resolvedSplit: true, pendingSplit: true, receivedKnown: true };

/**
 * Tallies of zero.
 * @example zeroTallies().early === 0
 */
export function zeroTallies(): Tallies & { stopped: number } {
  return { early: 0, onTime: 0, late: 0, supplement: 0, withdrawn: 0, stopped: 0, pendingInTime: 0, pendingOverdue: 0 };
}

/**
 * Completes tallies into counts (totals, handled-before-deadline, rates).
 * @example makeCounts("Dược phẩm", { ...zeroTallies(), early: 3, onTime: 1, late: 1 }).onTimeRate === 0.8
 */
export function makeCounts(field: string, t: Tallies, known: SplitsKnown = ALL_KNOWN): DossierCounts {
  const resolved = t.resolved ?? t.early + t.onTime + t.late;
  const pending = t.pending ?? t.pendingInTime + t.pendingOverdue;
  const stopped = t.stopped ?? 0;
  const received = t.received ?? resolved + t.supplement + t.withdrawn + stopped + pending;
  const base = {
    field,
    received,
    early: t.early,
    onTime: t.onTime,
    late: t.late,
    supplement: t.supplement,
    withdrawn: t.withdrawn,
    pendingInTime: t.pendingInTime,
    pendingOverdue: t.pendingOverdue,
    pending,
    stopped,
    resolved,
    handledBeforeDeadline: t.early + t.onTime + t.supplement,
    earlyOnTimeCombined: t.earlyOnTimeCombined ?? false,
    waiting: t.waiting ?? null,
    notAccepted: t.notAccepted ?? null,
    acceptedLate: t.acceptedLate ?? null,
    breakdown: t.breakdown ?? [],
    subsets: t.subsets ?? [],
    missing: t.missing ?? [],
    approximate: t.approximate ?? false,
  };
  const rates = allRates(base, known);
  return { ...base, onTimeRate: rates.A, goodRateC: rates.C, rates, sourceRate: null };
}

/**
 * Adds counts up (e.g. the fields into the total) and recomputes the derived figures.
 * @example sumCounts("Tổng cộng", [a, b]).received === a.received + b.received
 */
export function sumCounts(field: string, parts: readonly DossierCounts[], known: SplitsKnown = ALL_KNOWN): DossierCounts {
  const t = { ...zeroTallies(), received: 0, resolved: 0, pending: 0, stopped: 0, earlyOnTimeCombined: false, approximate: false };
  const outside = { waiting: null as number | null, notAccepted: null as number | null, acceptedLate: null as number | null };
  const missing = new Set<DossierQuantity>();
  for (const p of parts) {
    t.earlyOnTimeCombined ||= p.earlyOnTimeCombined;
    t.approximate ||= p.approximate;
    t.stopped += p.stopped;
    for (const k of ["waiting", "notAccepted", "acceptedLate"] as const) {
      const v = p[k];
      if (v !== null) outside[k] = (outside[k] ?? 0) + v;
    }
    p.missing.forEach((m) => missing.add(m));
    t.received += p.received;
    t.early += p.early;
    t.onTime += p.onTime;
    t.late += p.late;
    t.supplement += p.supplement;
    t.withdrawn += p.withdrawn;
    t.pendingInTime += p.pendingInTime;
    t.pendingOverdue += p.pendingOverdue;
    t.resolved += p.resolved;
    t.pending += p.pending;
  }
  const breakdown = sumParts(parts.flatMap((p) => p.breakdown));
  const subsets = sumSubsets(
    parts.flatMap((p) => p.subsets),
    known,
  );
  return makeCounts(field, { ...t, ...outside, breakdown, subsets, missing: [...missing] }, known);
}

/** Parts with the same parent, kind and label added up, in the order first seen. */
export function sumParts(parts: readonly DossierPart[]): DossierPart[] {
  const out = new Map<string, DossierPart>();
  for (const p of parts) {
    const key = `${p.of}|${p.kind}|${p.label.toLowerCase()}`;
    const seen = out.get(key);
    out.set(key, seen ? { ...seen, value: seen.value + p.value } : p);
  }
  return [...out.values()];
}

/** Subsets with the same name ("trực tuyến") added up across rows. */
function sumSubsets(subsets: readonly DossierCounts[], known: SplitsKnown): DossierCounts[] {
  const groups = new Map<string, DossierCounts[]>();
  for (const s of subsets) {
    const key = s.field.toLowerCase();
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  return [...groups.values()].map((list) => (list.length === 1 ? list[0] : sumCounts(list[0].field, list, known)));
}
