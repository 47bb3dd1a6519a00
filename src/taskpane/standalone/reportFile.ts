/**
 * Standalone page, report side: read a filled tracking workbook (.xlsx), build the report, then
 * download the workbook with the report sheets written into it (the .docx: ../reportDocx.ts). The user's file
 * is read, never changed: downloads are new files.
 */
import type { TrackingRead } from "../../app/reportJob";
import type { JobResult } from "../../core/job/jobResult";
import type { ReportModel } from "../../core/report/model";
import type { WorkbookSpec } from "../../core/sheet/model";
import type { JobContext } from "../command";
import { PaneError } from "../errors";
import { downloadBytes, mimeTypes, readPickedFile } from "../files";
import { loadReportKit, loadXlsxKit } from "../lazy";
import type { PickedFile } from "../state";

export type TrackingFileOutcome = JobResult<{ file: PickedFile; model: ReportModel; sheets: WorkbookSpec; read: TrackingRead }>;

export async function reportFromTrackingFile(file: File, year: number | undefined, job: JobContext): Promise<TrackingFileOutcome> {
  job.progress(job.t.busyReadingFile({ name: file.name }));
  const bytes = await readPickedFile(file);
  job.progress(job.t.busyLoadingModule());
  const [xlsx, report] = await Promise.all([loadXlsxKit(), loadReportKit()]);
  let grids;
  try {
    grids = await xlsx.xlsxGrids(bytes);
  } catch {
    // Not an .xlsx (or a damaged one): exceljs's own message is technical English.
    throw new PaneError((t) => t.errorFileUnreadable({ name: file.name }));
  }
  job.progress(job.t.busyReport());
  const result = report.reportFromGrids(grids, { year });
  if (!result.ok) return result;
  return { ok: true, file: { name: file.name, bytes }, model: result.model, sheets: result.sheets, read: result.read };
}

export async function downloadReportXlsx(file: PickedFile, sheets: WorkbookSpec, year: number, job: JobContext): Promise<string> {
  const name = job.t.reportXlsxFileName({ year: String(year) });
  job.progress(job.t.busyLoadingModule());
  const xlsx = await loadXlsxKit();
  job.progress(job.t.busyFile({ name }));
  downloadBytes(name, await xlsx.xlsxWithSheets(file.bytes, sheets), mimeTypes.xlsx);
  return name;
}
