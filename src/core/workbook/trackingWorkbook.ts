import { sumCounts, type DossierCounts } from "../dossiers/counts";
import type { Finding } from "../findings/finding";
import type { PlanTask } from "../plan/plan";
import type { WorkbookSpec } from "../sheet/model";
import type { RegistryUnit } from "../units/registry";
import { commonUnits } from "../units/registry";
import { workbookText } from "../messages/catalogue";
import { buildAgencySheet, emptyAgencyInfo, type AgencyInfo } from "./agencySheet";
import { buildBudgetSheet, templateBudget, type BudgetSheetData } from "./budgetSheet";
import { buildDossierSheet } from "./dossierSheet";
import { buildFindingsSheet } from "./findingsSheet";
import { buildHolidaysSheet, defaultHolidays } from "./holidaysSheet";
import { holidayFindings } from "../calendar/holidays";
import { sheetNames } from "./sheetNames";
import { buildInstructionsSheet } from "./instructionsSheet";
import { buildTasksSheet } from "./tasksSheet";
import { buildUnitsSheet } from "./unitsSheet";
import type { NarrativeRows } from "../report/resolveNarrative";
import type { ItemRows } from "../report/reportItems";
import { buildNarrativeSheet } from "./narrativeSheet";

/** What a department's tracking workbook holds for one year. Every part may start empty. */
export interface TrackingData {
  readonly agency: AgencyInfo;
  /** Notes shown beside "Thông tin" fields in place of their hint (next year's proposed renames). */
  readonly agencyNotes?: Partial<Record<keyof AgencyInfo, string>>;
  readonly tasks: readonly PlanTask[];
  readonly dossiers: readonly DossierCounts[];
  readonly budget: BudgetSheetData;
  readonly units: readonly RegistryUnit[];
  /** The report's text blocks ("Nhận xét") with their marks, when known (demo, last year's report, next year); absent → no sheet yet. */
  readonly narrative?: NarrativeRows;
  /** The results table's rows of "Nhận xét" the secretary wrote (the demo's items 4 and 7); absent → filled from the tasks. */
  readonly items?: ItemRows;
  /** The findings of the run that writes the workbook; absent when no check has run (a new workbook). */
  readonly findings?: readonly Finding[];
}

/** An empty year: blank agency facts, no tasks, the common units, template budget lines. */
export function emptyTrackingData(year: number): TrackingData {
  return {
    agency: emptyAgencyInfo(year),
    tasks: [],
    dossiers: [],
    budget: templateBudget(),
    units: commonUnits,
  };
}

/**
 * The tracking workbook (`iso-assistant init`): instructions, agency facts, tasks, dossiers,
 * budget, the report's text blocks when known, units, holidays and an empty findings sheet, in that order.
 */
export function buildTrackingWorkbook(data: TrackingData): WorkbookSpec {
  const year = data.agency.year;
  return {
    sheets: [
      buildInstructionsSheet(year),
      buildAgencySheet(data.agency, data.agencyNotes),
      buildTasksSheet(data.tasks),
      buildDossierSheet(data.dossiers, sumCounts(workbookText.total, data.dossiers)),
      buildBudgetSheet(data.budget, year),
      ...(data.narrative ? [buildNarrativeSheet(data.narrative, data.items)] : []),
      buildUnitsSheet(data.units),
      buildHolidaysSheet(defaultHolidays(year)),
      buildFindingsSheet(findingsWithHolidays(data.findings ?? null, year)),
    ],
  };
}

/** The run's findings, and the year's holiday gap when there is one (a year the lunar calendar does not reach). */
function findingsWithHolidays(findings: readonly Finding[] | null, year: number): readonly Finding[] | null {
  const gap = holidayFindings(year, sheetNames.holidays);
  if (!gap.length) return findings;
  return [...(findings ?? []).filter((f) => f.code !== "holidays_lunar_out_of_range"), ...gap];
}
