import type { Grid } from "../core/grid/grid";
import { succeeded, type JobResult } from "../core/job/jobResult";
import { buildReportModel } from "../core/report/buildReport";
import type { ReportModel } from "../core/report/model";
import { readTracking, type TrackingRead } from "../core/report/readTracking";
import { buildReportSheet } from "../core/report/reportSheet";
import type { WorkbookSpec } from "../core/sheet/model";
import { buildFindingsSheet } from "../core/workbook/findingsSheet";
import { buildNarrativeSheet, narrativeKeptColumns } from "../core/workbook/narrativeSheet";
import { findSheet, sheetNames } from "../core/workbook/sheetNames";

export type { TrackingRead } from "../core/report/readTracking";

/** The report job's outcome: what was read, the report, and the sheets it owns (the report and the findings). */
export type ReportJobResult = JobResult<{ read: TrackingRead; model: ReportModel; sheets: WorkbookSpec }>;

/**
 * Reads a tracking workbook (its grids) and builds the report. Missing sheets are fatal
 * findings naming the sheet; everything else becomes findings next to the report.
 * `today` (ISO) refuses an as-of date after it (the CLI and the pane pass the day they run).
 */
export function reportFromGrids(grids: readonly Grid[], options: { year?: number; today?: string } = {}): ReportJobResult {
  const tracking = readTracking(grids, { year: options.year, fallbackYear: new Date().getFullYear(), today: options.today });
  if (!tracking.ok) return tracking;
  const { read } = tracking;
  const model = buildReportModel({
    agency: read.agency,
    tasks: read.tasks,
    dossiers: read.dossiers,
    budget: read.budget,
    refs: read.refs,
    narrative: read.narrative,
    narrativeCells: read.narrativeCells,
    narrativeBlocks: read.narrativeBlocks,
    items: read.items,
    findings: read.findings,
    places: read.places,
  });
  // "Nhận xét" is written back every time: drafts as the report wrote them from today's figures,
  // the secretary's text as she left it, each with its note and hidden mark.
  return succeeded({
    read,
    model,
    sheets: {
      sheets: [
        buildNarrativeSheet(read.narrativeRows, read.itemRows, narrativeKeptColumns(findSheet(grids, sheetNames.narrative))),
        buildReportSheet(model),
        buildFindingsSheet(read.findings),
      ],
      // Opening or printing the report workbook shows and prints the report.
      active: sheetNames.report,
    },
  });
}
