/**
 * Classifying one dossier at the as-of date (docs/dossiers.md#status-definitions). Dates are ISO text and compared
 * as text, which is date order.
 */
import type { StatusKind } from "./status";

/** Where a dossier is counted. */
export type DossierCategory = "early" | "onTime" | "late" | "supplement" | "withdrawn" | "stopped" | "pendingInTime" | "pendingOverdue";

/** Why a dossier cannot be counted. */
export type Unclassifiable = "received_after_as_of" | "due_missing" | "result_missing";

/** One dossier's dates (ISO or null) and its status. */
export interface DossierFacts {
  readonly received: string;
  readonly due: string | null;
  /** Result date (ngày trả kết quả / có kết quả / hoàn thành); for withdrawn or supplement rows, the date of that event when the export has one. */
  readonly result: string | null;
  readonly status: StatusKind;
}

/** A classification, telling also whether an end state was pushed back to pending because it came after the as-of date. */
export type Classification =
  | { readonly kind: "counted"; readonly category: DossierCategory; readonly endedAfterAsOf: boolean }
  | { readonly kind: "excluded"; readonly reason: Unclassifiable };

/**
 * Classifies a dossier at `asOf`:
 * - received after `asOf` → excluded;
 * - an empty or unreadable status is decided by the result date: present → finished, absent → pending;
 * - an end state (finished, refused, supplement request, withdrawal) dated after `asOf` had not
 *   happened yet at `asOf` → pending;
 * - finished or refused: result before due → early, same day → on time, after → late;
 * - supplement request → supplement; withdrawal → withdrawn; stopped (dừng xử lý) → stopped (none
 *   needs a due date);
 * - pending: due on or after `asOf` → in time, before → overdue.
 * @example classifyDossier({ received: "2024-03-01", due: "2024-03-10", result: "2024-03-10", status: "done" }, "2024-12-31")
 * // { kind: "counted", category: "onTime", endedAfterAsOf: false }
 */
export function classifyDossier(d: DossierFacts, asOf: string): Classification {
  if (d.received > asOf) return { kind: "excluded", reason: "received_after_as_of" };
  let status = d.status;
  if (status === "none" || status === "unknown") status = d.result ? "done" : "pending";
  const endedAfterAsOf = status !== "pending" && d.result !== null && d.result > asOf;
  if (endedAfterAsOf) status = "pending";

  const counted = (category: DossierCategory): Classification => ({ kind: "counted", category, endedAfterAsOf });
  switch (status) {
    case "supplement":
      return counted("supplement");
    case "withdrawn":
      return counted("withdrawn");
    case "stopped":
      return counted("stopped");
    case "done":
    case "refused":
      if (d.result === null) return { kind: "excluded", reason: "result_missing" };
      if (d.due === null) return { kind: "excluded", reason: "due_missing" };
      return counted(d.result < d.due ? "early" : d.result === d.due ? "onTime" : "late");
    default:
      if (d.due === null) return { kind: "excluded", reason: "due_missing" };
      return counted(d.due >= asOf ? "pendingInTime" : "pendingOverdue");
  }
}
