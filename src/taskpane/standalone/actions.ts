/**
 * The standalone page's commands: the same error boundary as Excel mode, files instead of a
 * workbook. Picked files are kept as bytes in the state so each download starts afresh.
 */
import { planSummary } from "../summaries";
import { runCommand, type CommandView, type JobContext, type JobResult } from "../command";
import { keyFigures } from "../figures";
import { downloadReportDocx } from "../reportDocx";
import type { AppState } from "../state";
import type { StandaloneActions } from "../views/standalonePanel";
import { trackingYear, yearFromField } from "../year";
import { downloadTrackingWorkbook, importPlanFile } from "./planFile";
import { downloadReportXlsx, reportFromTrackingFile } from "./reportFile";

export function standaloneActions(state: AppState, view: CommandView, refresh: () => void): StandaloneActions {
  const run = async (job: (ctx: JobContext) => Promise<JobResult>) => {
    await runCommand(state, view, job);
    refresh();
  };
  return {
    importPlanFile: (file) =>
      run(async (job) => {
        const outcome = await importPlanFile(file, yearFromField(state.yearText), job);
        state.plan = outcome.ok ? outcome.plan : null;
        if (!outcome.ok) {
          state.findings = { list: outcome.fatal, selectable: false };
          return { text: job.t.importFailed(), tone: "error" };
        }
        state.findings = { list: outcome.plan.findings, selectable: false };
        return planSummary(job.t, outcome.plan);
      }),
    downloadTracking: () =>
      run(async (job) => {
        if (!state.plan) return job.t.ready();
        const year = state.plan.year ?? trackingYear(state.yearText);
        return job.t.downloaded({ name: await downloadTrackingWorkbook(state.plan, year, job) });
      }),
    openTrackingFile: (file) =>
      run(async (job) => {
        const outcome = await reportFromTrackingFile(file, yearFromField(state.yearText), job);
        if (!outcome.ok) {
          state.report = null;
          state.trackingFile = null;
          state.findings = { list: outcome.fatal, selectable: false };
          return { text: job.t.reportFailed(), tone: "error" };
        }
        state.trackingFile = outcome.file;
        state.report = { model: outcome.model, sheets: outcome.sheets, figures: keyFigures(outcome.read), year: outcome.read.agency.year };
        state.findings = { list: outcome.read.findings, selectable: false };
        return job.t.fileRead({ name: file.name });
      }),
    downloadReportXlsx: () =>
      run(async (job) => {
        if (!state.report || !state.trackingFile) return job.t.ready();
        return job.t.downloaded({ name: await downloadReportXlsx(state.trackingFile, state.report.sheets, state.report.year, job) });
      }),
    downloadReportDocx: () =>
      run(async (job) => {
        if (!state.report) return job.t.ready();
        return job.t.downloaded({ name: await downloadReportDocx(state.report.model, state.report.year, job) });
      }),
  };
}
