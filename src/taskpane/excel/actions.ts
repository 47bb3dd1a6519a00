/**
 * The Excel-mode commands as the panel calls them: each runs through the error boundary
 * (runCommand), calls one job (one Excel.run), stores the result in the state and redraws.
 */
import { countSeverity, planSummary } from "../summaries";
import { runCommand, type CommandView, type JobContext, type JobResult } from "../command";
import { PaneError } from "../errors";
import { keyFigures } from "../figures";
import { pastedContent } from "../paste";
import { downloadReportDocx } from "../reportDocx";
import type { AppState } from "../state";
import type { ExcelActions } from "../views/excelPanel";
import { trackingYear, yearFromField } from "../year";
import { buildReportInExcel } from "./buildReport";
import { createTrackingSheets, trackingSummary } from "./createTracking";
import { importPlanIntoExcel, readPlanFile, type ImportOutcome, type PlanSource } from "./importPlan";
import { selectCell } from "./selectCell";
import { validateTasksSheet } from "./validateTasks";

/** Stores an import's findings and words its result. */
function importResult(state: AppState, outcome: ImportOutcome, selectable: boolean, job: JobContext): JobResult {
  const { t } = job;
  if (!outcome.ok) {
    state.findings = { list: outcome.fatal, selectable: false };
    return { text: t.importFailed(), tone: "error" };
  }
  const plan = outcome.plan;
  state.findings = { list: plan.findings, selectable };
  return `${planSummary(t, plan)} ${t.importWrote({ names: outcome.written })}`;
}

export function excelActions(state: AppState, view: CommandView, refresh: () => void): ExcelActions {
  const run = async (job: (ctx: JobContext) => Promise<JobResult>, redraw = true) => {
    await runCommand(state, view, job);
    if (redraw) refresh();
  };
  // Findings of the selection or the workbook point at workbook cells; those of a pasted
  // table or a file do not, so only the former are offered for selection.
  const importFrom = (source: (job: JobContext) => PlanSource, selectable: boolean) =>
    run(async (job) => importResult(state, await importPlanIntoExcel(source(job), yearFromField(state.yearText), job), selectable, job));

  return {
    createTracking: () => run(async (job) => trackingSummary(await createTrackingSheets(trackingYear(state.yearText), job), job)),
    importSelection: () => importFrom(() => ({ kind: "selection" }), true),
    importPaste: () =>
      importFrom((job) => {
        if (state.paste.text.trim() === "" && state.paste.html === null) throw new PaneError((t) => t.pasteEmpty());
        return { kind: "content", content: pastedContent(state.paste, job.t.pasteSourceName()) };
      }, false),
    importFile: (file) =>
      run(async (job) => {
        const year = yearFromField(state.yearText);
        const read = await readPlanFile(file, job);
        const outcome: ImportOutcome = read.ok ? await importPlanIntoExcel({ kind: "content", content: read.content }, year, job) : read;
        return importResult(state, outcome, false, job);
      }),
    validate: () =>
      run(async (job) => {
        const outcome = await validateTasksSheet(yearFromField(state.yearText), job);
        state.findings = { list: outcome.findings, selectable: outcome.checked };
        if (!outcome.checked) return { text: job.t.importFailed(), tone: "error" };
        return job.t.validateDone({ errors: countSeverity(outcome.findings, "error"), warnings: countSeverity(outcome.findings, "warning") });
      }),
    report: () =>
      run(async (job) => {
        const outcome = await buildReportInExcel(yearFromField(state.yearText), job);
        if (!outcome.ok) {
          state.report = null;
          state.findings = { list: outcome.fatal, selectable: false };
          return { text: job.t.reportFailed(), tone: "error" };
        }
        state.report = { model: outcome.model, sheets: outcome.sheets, figures: keyFigures(outcome.read), year: outcome.read.agency.year };
        state.findings = { list: outcome.read.findings, selectable: true };
        return job.t.reportWrote({ names: outcome.sheets.sheets.map((s) => s.name) });
      }),
    downloadDocx: () =>
      run(async (job) => {
        if (!state.report) return job.t.ready();
        return job.t.downloaded({ name: await downloadReportDocx(state.report.model, state.report.year, job) });
      }),
    // No redraw: the list is unchanged, and keeping its buttons keeps the keyboard focus on
    // the finding the user picked.
    selectFinding: (finding) =>
      run(async (job) => {
        if (!finding.sheet || !finding.cell) return job.t.ready();
        const location = `${finding.sheet}!${finding.cell}`;
        job.progress(job.t.busySelecting({ location }));
        await selectCell(finding.sheet, finding.cell);
        return job.t.findingSelected({ location });
      }, false),
  };
}
