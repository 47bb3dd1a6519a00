/**
 * The yearly routine's steps and status (pure core and src/app, no exceljs), loaded only
 * through lazy.ts: the first command fetches it.
 */
export { routineStatus, stepKeys } from "../../app/routine";
export {
  agencyIntoWorkbook,
  budgetIntoWorkbook,
  checkWorkbook,
  contentKind,
  dossiersIntoWorkbook,
  planIntoWorkbook,
  reportWorkbookCopy,
  routineReport,
  trackingSheetNames,
} from "../../app/routineJobs";
export { importFromContent } from "../../app/importJob";
export { nextYearFromGrids } from "../../app/nextYearJob";
export { agencyFields } from "../../core/workbook/agencySheet";
export { keyFigures } from "../figures";
