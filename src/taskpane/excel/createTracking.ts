/**
 * "Tạo sổ theo dõi" in Excel: adds the tracking sheets of the chosen year that the workbook
 * does not have yet. Existing sheets hold the user's data (agency facts, dossier counts,
 * budget lines), so they are never replaced, even when the add-in created them.
 */
import { renderWorkbookSpec } from "../../adapters/officejs/renderWorkbook";
import type { JobContext } from "../command";
import { loadReportKit } from "../lazy";
import { findSheet, loadSheetNames } from "./workbookReads";

export interface TrackingOutcome {
  readonly created: readonly string[];
  readonly kept: readonly string[];
}

export async function createTrackingSheets(year: number, job: JobContext): Promise<TrackingOutcome> {
  job.progress(job.t.busyLoadingModule());
  const kit = await loadReportKit();
  const spec = kit.buildTrackingWorkbook(kit.emptyTrackingData(year));
  return Excel.run(async (context) => {
    job.progress(job.t.busyReadingWorkbook());
    const names = await loadSheetNames(context);
    const missing = spec.sheets.filter((s) => findSheet(names, s.name) === null);
    const kept = spec.sheets.filter((s) => findSheet(names, s.name) !== null).map((s) => s.name);
    if (missing.length > 0) {
      job.progress(job.t.busyWriting());
      await renderWorkbookSpec(context, { sheets: missing });
    }
    return { created: missing.map((s) => s.name), kept };
  });
}

/** The status line for the outcome. */
export function trackingSummary(outcome: TrackingOutcome, job: Pick<JobContext, "t">): string {
  const { t } = job;
  if (outcome.created.length === 0) return [t.trackingComplete(), t.trackingKept({ names: outcome.kept })].join(" ");
  const parts = [t.trackingCreated({ names: outcome.created })];
  if (outcome.kept.length > 0) parts.push(t.trackingKept({ names: outcome.kept }));
  return parts.join(" ");
}
