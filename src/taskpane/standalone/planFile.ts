/**
 * Standalone page, plan side: import a plan file picked from disk (findings listed), then
 * download a tracking workbook with the imported tasks. exceljs is fetched on first use.
 */
import { succeeded, type JobResult } from "../../core/job/jobResult";
import type { PlanImport } from "../../core/plan/plan";
import type { JobContext } from "../command";
import { downloadBytes, mimeTypes, readPickedFile } from "../files";
import { loadFileKit, loadReportKit, loadXlsxKit } from "../lazy";

export type PlanFileOutcome = JobResult<{ plan: PlanImport }>;

export async function importPlanFile(file: File, year: number | undefined, job: JobContext): Promise<PlanFileOutcome> {
  job.progress(job.t.busyReadingFile({ name: file.name }));
  const bytes = await readPickedFile(file);
  job.progress(job.t.busyLoadingModule());
  const kit = await loadFileKit();
  job.progress(job.t.busyImporting());
  const result = await kit.importFile(file.name, bytes, { year });
  return result.ok ? succeeded({ plan: result.plan }) : result;
}

/** Builds and downloads the tracking workbook; returns the file name. */
export async function downloadTrackingWorkbook(plan: PlanImport, year: number, job: JobContext): Promise<string> {
  const name = job.t.trackingFileName({ year: String(year) });
  job.progress(job.t.busyLoadingModule());
  const [report, xlsx] = await Promise.all([loadReportKit(), loadXlsxKit()]);
  job.progress(job.t.busyFile({ name }));
  downloadBytes(name, await xlsx.workbookSpecToXlsx(report.trackingWithTasks(plan, year)), mimeTypes.xlsx);
  return name;
}
