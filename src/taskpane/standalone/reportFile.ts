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
  let tracking;
  try {
    tracking = await xlsx.readTrackingFile(bytes);
  } catch (error) {
    // Encrypted, legacy, binary or strict files get what to do; anything else is unreadable
    // (exceljs's own message is technical English).
    if (error instanceof xlsx.PackageError) {
      const problem = error.problem;
      throw new PaneError((t) => t.errorWorkbookUnusable({ name: file.name, problem }));
    }
    throw new PaneError((t) => t.errorFileUnreadable({ name: file.name }));
  }
  job.progress(job.t.busyReport());
  const result = report.reportFromGrids(tracking.grids, { year });
  if (!result.ok) return result;
  return { ok: true, file: { name: file.name, bytes, macroEnabled: tracking.macroEnabled }, model: result.model, sheets: result.sheets, read: result.read };
}

export async function downloadReportXlsx(file: PickedFile, sheets: WorkbookSpec, year: number, job: JobContext): Promise<string> {
  // A workbook with macros stays .xlsm (Excel refuses macro content under .xlsx).
  const name = file.macroEnabled ? job.t.reportXlsmFileName({ year: String(year) }) : job.t.reportXlsxFileName({ year: String(year) });
  job.progress(job.t.busyLoadingModule());
  const xlsx = await loadXlsxKit();
  job.progress(job.t.busyFile({ name }));
  downloadBytes(name, await xlsx.xlsxWithSheets(file.bytes, sheets), file.macroEnabled ? mimeTypes.xlsm : mimeTypes.xlsx);
  return name;
}
