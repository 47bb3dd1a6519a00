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
  itemResultIntoWorkbook,
  periodIntoWorkbook,
  planIntoWorkbook,
  reportWorkbookCopy,
  routineReport,
  taskEditsIntoWorkbook,
  trackingSheetNames,
  unitsIntoWorkbook,
} from "../../app/routineJobs";
export { periodKeys, shownPeriod, unconfirmedFacts } from "../../core/workbook/agencyFacts";
export { groupUnknownUnits } from "../../core/units/unitFindings";
export { checkTaskEvidence } from "../../core/evidence/checkTaskEvidence";
export { parseDocumentReferences } from "../../core/evidence/parseDocumentReferences";
export { viDate } from "../../core/calendar/dates";
export { sheetNames } from "../../core/workbook/sheetNames";
export { importFromContent } from "../../app/importJob";
export { nextYearFromGrids } from "../../app/nextYearJob";
export { narrativeKeptIntoWorkbook } from "../../app/keepNarrative";
export { agencyFields } from "../../core/workbook/agencySheet";
export { keyFigures } from "../figures";
export { pastedContent } from "../pasteContent";
