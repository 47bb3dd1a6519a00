/**
 * "Tải báo cáo (.docx)", shared by the Excel mode and the standalone page: the report model
 * written by the docx adapter (loaded on first use) and saved as a download.
 */
import type { ReportModel } from "../core/report/model";
import type { JobContext } from "./command";
import { downloadBytes, mimeTypes } from "./files";
import { loadDocxKit } from "./lazy";

export async function downloadReportDocx(model: ReportModel, year: number, job: JobContext): Promise<string> {
  const name = job.t.reportDocxFileName({ year: String(year) });
  job.progress(job.t.busyLoadingModule());
  const docx = await loadDocxKit();
  job.progress(job.t.busyFile({ name }));
  downloadBytes(name, await docx.reportDocxBytes(model), mimeTypes.docx);
  return name;
}
