/**
 * "Tạo báo cáo" in Excel: reads the tracking sheets, builds the report and writes "Báo cáo"
 * (figures as formulas into the data sheets) and "Kiểm tra", all in one Excel.run. The model
 * comes back for the .docx download and the key figures.
 */
import { renderWorkbookSpec } from "../../adapters/officejs/renderWorkbook";
import type { JobResult } from "../../core/job/jobResult";
import type { ReportModel } from "../../core/report/model";
import type { WorkbookSpec } from "../../core/sheet/model";
import { sheetNames } from "../../core/workbook/sheetNames";
import type { TrackingRead } from "../../app/reportJob";
import type { JobContext } from "../command";
import { loadReportKit } from "../lazy";
import { loadSheetNames, readSheets } from "./workbookReads";

/**
 * The sheets the report reads. "Đơn vị" is optional (the common units apply without it);
 * "Nhận xét" too: without it the report drafts its text blocks and writes them as that sheet,
 * so it must be read when present, never replaced by drafts.
 */
export const reportSources = [sheetNames.agency, sheetNames.tasks, sheetNames.dossiers, sheetNames.budget, sheetNames.units, sheetNames.narrative] as const;

export type ReportOutcome = JobResult<{ model: ReportModel; sheets: WorkbookSpec; read: TrackingRead }>;

export async function buildReportInExcel(year: number | undefined, job: JobContext): Promise<ReportOutcome> {
  job.progress(job.t.busyLoadingModule());
  const kit = await loadReportKit();
  return Excel.run(async (context) => {
    job.progress(job.t.busyReadingWorkbook());
    const names = await loadSheetNames(context);
    const grids = await readSheets(context, names, reportSources);

    job.progress(job.t.busyReport());
    const result = kit.reportFromGrids(grids, { year });
    if (!result.ok) return result;

    job.progress(job.t.busyWriting());
    await renderWorkbookSpec(context, result.sheets);
    return { ok: true, model: result.model, sheets: result.sheets, read: result.read };
  });
}
