/**
 * "Kiểm tra" in Excel: checks the workbook's "Nhiệm vụ" sheet as the user has edited it, lists
 * the findings (their cells are on that sheet, so the pane can select them) and rewrites the
 * "Kiểm tra" sheet. The year is the field's, else the one on "Thông tin".
 */
import { renderWorkbookSpec } from "../../adapters/officejs/renderWorkbook";
import type { Finding } from "../../core/findings/finding";
import { sheetNames } from "../../core/workbook/sheetNames";
import type { JobContext } from "../command";
import { PaneError } from "../errors";
import { loadPlanKit, loadReportKit } from "../lazy";
import { findSheet, loadSheetNames, readSheets } from "./workbookReads";

export interface ValidateOutcome {
  readonly findings: readonly Finding[];
  /** True when the table was read; false when the findings say why it could not be. */
  readonly checked: boolean;
}

export async function validateTasksSheet(year: number | undefined, job: JobContext): Promise<ValidateOutcome> {
  job.progress(job.t.busyLoadingModule());
  const [plan, report] = await Promise.all([loadPlanKit(), loadReportKit()]);
  return Excel.run(async (context) => {
    job.progress(job.t.busyReadingWorkbook());
    const names = await loadSheetNames(context);
    if (findSheet(names, sheetNames.tasks) === null) throw new PaneError((t) => t.validateMissingSheet());
    const grids = await readSheets(context, names, [sheetNames.tasks, sheetNames.units, sheetNames.agency]);
    const agency = grids.find((g) => g.sheet === sheetNames.agency);
    // The year typed in "Thông tin" is the plan year; a bad one is reported, not swallowed.
    const agencyRead = agency ? report.readAgencyGrid(agency, new Date().getFullYear()) : null;
    const agencyFindings = agencyRead?.findings.filter((f) => f.code === "year_invalid") ?? [];
    const planYear = year ?? (agencyRead && agencyFindings.length === 0 ? agencyRead.info.year : undefined);

    job.progress(job.t.busyValidating());
    const result = plan.importFromContent({ grids: grids.filter((g) => g.sheet !== sheetNames.agency), contextTexts: [] }, { year: planYear });
    if (!result.ok) return { findings: [...agencyFindings, ...result.fatal], checked: false };

    const findings = [...agencyFindings, ...result.plan.findings];
    job.progress(job.t.busyWriting());
    await renderWorkbookSpec(context, { sheets: [report.buildFindingsSheet(findings)] });
    return { findings, checked: true };
  });
}
