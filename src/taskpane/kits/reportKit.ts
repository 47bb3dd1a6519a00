/**
 * Report and tracking-workbook builders for the task pane (pure core, no exceljs), loaded
 * only through lazy.ts so the initial task-pane script holds the UI alone.
 */
export { reportFromGrids } from "../../app/reportJob";
export { buildTrackingWorkbook, emptyTrackingData } from "../../core/workbook/trackingWorkbook";
export { readAgencyGrid } from "../../core/workbook/agencySheet";
export { trackingWithTasks } from "../standalone/trackingWithTasks";
export { buildFindingsSheet } from "../../core/workbook/findingsSheet";
