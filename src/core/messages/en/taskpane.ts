/**
 * English texts of the task pane (the "English available" option). Same keys and parameters as
 * the Vietnamese catalogue (`../vi/taskpane.ts`), enforced by the type. Findings stay in
 * Vietnamese (they are also written to the workbook's "Kiểm tra" sheet); `findingsLanguageNote`
 * says so. File names of downloads stay Vietnamese, like the sheets.
 *
 * Wording rule (core purity test): no "Excel", "Office", "document", "window" or "process"
 * directly followed by "." or "(".
 */
import type { TaskpaneMessages } from "../vi/taskpane";
import { stepNumber } from "../../routine/steps";

const sheets = (names: readonly string[]) => names.map((n) => `“${n}”`).join(", ");
/** "1 error", "2 errors". */
const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;

export const taskpaneMessagesEn: TaskpaneMessages = {
  appTitle: () => "Trợ lý ISO",
  appSubtitle: () => "ISO 9001 annual plan and year-end report",
  languageLabel: () => "Language",
  languageName: () => "English",
  languageSwitch: () => "Tiếng Việt",
  languageSwitchHint: () => "Show the interface in Vietnamese",
  starting: () => "Starting…",
  modeExcel: () => "Connected to the open Excel workbook: commands read and write the workbook directly.",
  modeStandalone: () =>
    "Standalone mode (no Excel): pick files on this computer; results are downloaded as .xlsx and .docx files. Everything runs on this computer.",
  ready: () => "Ready.",

  yearLabel: () => "Year",
  yearHint: () => "Leave empty when importing a plan: the year is read from the plan's title or table.",
  yearInvalid: (p: { value: string }) => `"${p.value}" is not a valid year (4 digits, e.g. 2024).`,

  trackingHeading: () => "Tracking workbook",
  trackingHelp: () => "Creates the tracking sheets for the chosen year. Sheets that already exist are kept: they hold your data.",
  trackingCreate: () => "Create tracking sheets",
  trackingCreated: (p: { names: readonly string[] }) => `Created ${count(p.names.length, "sheet")}: ${sheets(p.names)}.`,
  trackingKept: (p: { names: readonly string[] }) => `Kept ${count(p.names.length, "existing sheet")}: ${sheets(p.names)}.`,
  trackingComplete: () => "The workbook already has every tracking sheet; nothing was changed.",

  importHeading: () => "Import the task table",
  importHelp: () =>
    "Imports the appendix table of the ISO plan. The “Nhiệm vụ” and “Kiểm tra” sheets are rewritten; “Đơn vị” is only created when the workbook has none.",
  importFromSelection: () => "Import the selected range",
  pasteLabel: () => "Paste a table (from Word, Excel or a web page)",
  pastePlaceholder: () => "Paste the task table here (Ctrl+V)",
  pasteHtmlKept: () => "Received an HTML table: merged cells and line breaks are kept.",
  importFromPaste: () => "Import the pasted table",
  pasteEmpty: () => "Nothing pasted yet: paste the task table into the box above.",
  pasteSourceName: () => "Pasted table",
  chooseFile: () => "Choose a file…",
  fileLabel: () => "Or pick a plan file (.docx, .xlsx, .html, .tsv, .csv, .txt)",
  selectionEmpty: () => "The selected range is empty: select the whole task table, header row included, and try again.",
  importSummary: (p: { tasks: number; groups: number; year: string; errors: number; warnings: number }) =>
    `Read ${count(p.tasks, "task")} (${count(p.groups, "group")}), plan year ${p.year}: ${count(p.errors, "error")}, ${count(p.warnings, "warning")}.`,
  planYears: (p: { year: string; from: number; to: number }) => `${p.year} (multi-year plan ${p.from}–${p.to})`,
  importWrote: (p: { names: readonly string[] }) => `Wrote the sheets ${sheets(p.names)}.`,
  importFailed: () => "The task table could not be imported; see the problems below.",

  validateHeading: () => "Check",
  validateHelp: () => "Checks the “Nhiệm vụ” sheet (task text, schedule, units). Click a result to select its cell in the workbook.",
  validateRun: () => "Check the Nhiệm vụ sheet",
  validateMissingSheet: () => "The workbook has no “Nhiệm vụ” sheet yet: create the tracking sheets or import the task table first.",
  validateDone: (p: { errors: number; warnings: number }) =>
    `Checked: ${count(p.errors, "error")}, ${count(p.warnings, "warning")}. The “Kiểm tra” sheet was rewritten.`,

  findingsHeading: () => "Check results",
  findingsCount: (p: { errors: number; warnings: number; infos: number }) =>
    `${count(p.errors, "error")}, ${count(p.warnings, "warning")}, ${count(p.infos, "note")}`,
  findingsNone: () => "No errors or warnings.",
  findingsLanguageNote: () => "Check results are written in Vietnamese, as on the workbook's “Kiểm tra” sheet.",
  findingGoTo: (p: { location: string }) => `Select cell ${p.location} in the workbook`,
  findingSelected: (p: { location: string }) => `Selected cell ${p.location}.`,
  severityError: () => "Error",
  severityWarning: () => "Warning",
  severityInfo: () => "Note",

  reportHeading: () => "Report",
  reportHelp: () =>
    "Reads the “Thông tin”, “Nhiệm vụ”, “Hồ sơ TTHC” and “Kinh phí” sheets, then writes the “Báo cáo” sheet (figures are formulas) and “Kiểm tra”.",
  reportRun: () => "Create the report",
  reportWrote: (p: { names: readonly string[] }) => `Wrote the sheets ${sheets(p.names)}.`,
  reportFailed: () => "The report could not be created; see the problems below.",
  figuresHeading: () => "Key figures",
  figureReceived: () => "Dossiers received",
  figureHandled: () => "Handled before the deadline (early, on time and asked for more documents)",
  figurePendingInTime: () => "Pending, within the deadline",
  figureRate: () => "On-time rate",
  figureGranted: () => "Budget granted (VND)",
  figureDisbursed: () => "Disbursed (VND)",
  figureEstimate: () => "Next year's estimate (VND)",
  figureTasks: () => "Tasks in the plan",
  downloadReportDocx: () => "Download the report (.docx)",
  downloadReportXlsx: () => "Download the report (.xlsx)",
  downloadTracking: () => "Download the tracking workbook (.xlsx)",
  downloaded: (p: { name: string }) => `Created ${p.name}; see your downloads folder.`,

  standalonePlanHeading: () => "Import a plan file",
  standalonePlanHelp: () =>
    "Pick a plan file (.docx, .xlsx, .html, .tsv, .csv, .txt) to check its task table and download a tracking workbook with the tasks filled in.",
  standalonePlanLabel: () => "Plan file",
  standaloneReportHeading: () => "Report from a tracking workbook",
  standaloneReportHelp: () =>
    "Pick a filled tracking workbook (.xlsx) to create the report: an .xlsx with a “Báo cáo” sheet added and a .docx in the Decree 30/2020 format.",
  standaloneReportLabel: () => "Tracking workbook (.xlsx)",
  fileRead: (p: { name: string }) => `Read ${p.name}.`,
  trackingFileName: (p: { year: string }) => `so-theo-doi-iso-${p.year}.xlsx`,
  reportXlsxFileName: (p: { year: string; draft?: boolean }) => `bao-cao-iso-${p.year}${p.draft ? "-du-thao" : ""}.xlsx`,
  reportXlsmFileName: (p: { year: string; draft?: boolean }) => `bao-cao-iso-${p.year}${p.draft ? "-du-thao" : ""}.xlsm`,
  reportDocxFileName: (p: { year: string; draft?: boolean }) => `bao-cao-iso-${p.year}${p.draft ? "-du-thao" : ""}.docx`,

  // The yearly routine (six steps).
  stepNumber: (p: { n: number }) => `Step ${p.n}`,
  stepPlan: () => "Plan",
  stepAgency: () => "Agency details",
  stepTasks: () => "Tasks",
  stepDossiers: () => "Administrative dossiers",
  stepBudget: () => "Budget",
  stepReport: () => "Report",
  stepStateDone: () => "Done",
  stepStateTodo: () => "To do",
  stepStateAttention: (p: { count: number }) => (p.count > 0 ? `Needs input (${p.count})` : "Needs a look"),
  stepPlanHelp: () =>
    "Pick this year's ISO plan (.docx, .xlsx, .html, .txt) or paste its appendix table. The plan's title and header fill the empty cells of “Thông tin”.",
  stepPlanHelpStandalone: () =>
    "Pick this year's ISO plan (.docx, .xlsx, .html, .txt): the page builds the tracking workbook on this computer. If you already have a tracking workbook (.xlsx), pick that.",
  stepAgencyHelp: () => "The facts the report cannot do without (agency, place, signer).",
  stepTasksHelp: () => "Progress of the plan's tasks, from the same checks the report uses.",
  stepDossiersHelp: () =>
    "Pick the one-stop system's export (a dossier list, a summary table or form 06/VPCP/KSTT), paste a table or select a range: the figures go to the “Hồ sơ TTHC” sheet.",
  stepBudgetHelp: () => "Budget granted and disbursed this year, and next year's estimate (VND).",
  stepReportHelp: () => "Writes the “Báo cáo” and “Kiểm tra” sheets, then download the report as .xlsx and .docx.",
  planFileLabel: () => "Plan file",
  planPasteSummary: () => "Paste the task table instead of picking a file",
  dossiersFileLabel: () => "One-stop system export",
  dossiersPasteSummary: () => "Paste a dossier table instead of picking a file",
  dossiersPasteLabel: () => "Paste a dossier table (from Excel or a web page)",
  dossiersPastePlaceholder: () => "Paste a dossier list or summary table here (Ctrl+V)",
  dossiersFromPaste: () => "Import dossiers from the pasted table",
  dossiersFromSelection: () => "Import dossiers from the selected range",
  dossiersPasteSourceName: () => "Bảng hồ sơ đã dán",
  planImported: (p: { tasks: number; year: string; errors: number; warnings: number; filled: number }) =>
    `Read ${p.tasks} tasks, plan year ${p.year}: ${count(p.errors, "error")}, ${count(p.warnings, "warning")}.` +
    (p.filled > 0 ? ` Filled ${count(p.filled, "entry")} of “Thông tin” from the plan.` : ""),
  wrongStepDossiers: () => `This file is a dossier list, not a plan: pick it in Step ${stepNumber("dossiers")} “Administrative dossiers”.`,
  wrongStepPlan: () => `This file is an ISO plan (task table), not dossier figures: pick it in Step ${stepNumber("plan")} “Plan”.`,
  wrongStepTracking: () =>
    "This file is a tracking workbook: open it in Excel (File › Open) and start Trợ lý ISO there, or pick it in Step " +
    String(stepNumber("plan")) +
    " of the standalone page.",
  trackingOpened: (p: { name: string }) => `Opened the tracking workbook ${p.name}.`,
  needPlanFirst: () => `The workbook has no tracking sheets yet: pick the plan file in Step ${stepNumber("plan")} first.`,
  noTableFound: () => "No table to read was found; see the errors below, fix the file and pick it again.",
  agencyComplete: () => "Every required detail is filled in.",
  agencyMissingIntro: (p: { count: number }) => `${count(p.count, "required entry")} still empty; type them here and press “Save details”:`,
  agencySave: () => "Save details",
  agencySaved: (p: { count: number }) => `Wrote ${count(p.count, "entry")} to the “Thông tin” sheet.`,
  agencyNothingTyped: () => "Nothing typed yet: fill at least one field and press again.",
  goToCell: (p: { location: string }) => `Select cell ${p.location}`,
  tasksProgress: (p: { total: number; done: number; notDone: number; noEvidence: number; late: number }) =>
    `${count(p.total, "task")}: ${p.done} done, ${p.notDone} not done, ${p.noEvidence} without a result, ${p.late} done late.`,
  tasksNone: () => `No tasks yet: pick the plan file in Step ${stepNumber("plan")}.`,
  checkRun: () => "Check",
  dossiersImported: (p: { received: number; fields: number; rate: string }) =>
    `Wrote the “Hồ sơ TTHC” sheet: ${p.received} dossiers received, ${count(p.fields, "field")}; on-time rate ${p.rate}.`,
  dossiersSummary: (p: { received: number; rate: string }) => `${p.received} dossiers received; on-time rate ${p.rate}.`,
  dossiersNone: () => "No dossier figures yet.",
  dossierFieldHeader: () => "Field",
  dossierReceivedHeader: () => "Received",
  dossierRateHeader: () => "On time",
  budgetGrantedInput: (p: { item: string }) => `Granted: ${p.item}`,
  budgetDisbursedInput: (p: { item: string }) => `Disbursed: ${p.item}`,
  budgetEstimateInput: (p: { item: string; year: number }) => `Estimate ${p.year}: ${p.item}`,
  budgetSave: () => "Save budget",
  budgetSaved: () => "Saved to the “Kinh phí” sheet.",
  budgetInvalid: (p: { location: string }) => `Cell ${p.location}: not an amount; type the amount in VND, e.g. 18.000.000.`,
  budgetSummary: (p: { granted: string; disbursed: string; estimate: string }) =>
    `Granted ${p.granted} VND, disbursed ${p.disbursed} VND; next year's estimate ${p.estimate} VND.`,
  amountHint: () => "Amount in VND, e.g. 18.000.000",
  reportRunYear: (p: { year: number }) => `Build the ${p.year} report`,
  reportDraft: (p: { year: number; missing: number }) =>
    `Draft of the ${p.year} report: ${count(p.missing, "required item")} missing. Click each item below to fill it in, then build the report again.`,
  reportFinal: (p: { year: number }) => `Built the ${p.year} report: complete, no errors.`,
  reportWithErrors: (p: { year: number; errors: number }) =>
    `Built the ${p.year} report, but ${count(p.errors, "error")} remain; see the list below, fix them and build again.`,
  draftBadge: () => "Draft",
  missingHeading: () => "Missing",
  missingAt: (p: { label: string; location: string }) => `${p.label} (cell ${p.location})`,
  missingStepItem: (p: { label: string; n: number }) => `${p.label}: done in Step ${p.n}`,
  itemResultInput: () => "Document issued, or why it was not done",
  itemResultHint: () =>
    "Write the document's number, sign and date (e.g. Quyết định số 90/QĐ-STP ngày 05/12/2025), or “Không thực hiện vì …”; the report is built again when you leave the field.",
  openAsWorkbook: () => "Open the report as a new Excel workbook",
  workbookOpened: () => "Opened the report in a new Excel workbook.",
  macDownloadHint: () =>
    "Excel for Mac cannot download files from a task pane: to get the .docx, open the standalone page (taskpane.html) in a browser, or use the “iso-assistant report” command.",
  nextYearHeading: () => "On to next year",
  nextYearHelp: () =>
    "Makes next year's tracking workbook from this one: keeps the agency, units and tasks (schedules moved to next year) and the estimate as next year's grant; status, evidence and dossiers start empty. This workbook is not changed.",
  nextYearRun: (p: { year: number }) => `Create the ${p.year} tracking workbook`,
  nextYearRunUnknown: () => "Create next year's tracking workbook",
  nextYearDownloaded: (p: { year: number; tasks: number; name: string }) =>
    `Created the ${p.year} tracking workbook (${count(p.tasks, "task")}): ${p.name}, see your downloads folder. This year's workbook is unchanged.`,
  nextYearOpened: (p: { year: number; tasks: number; name: string }) =>
    `Opened the ${p.year} tracking workbook (${count(p.tasks, "task")}) as a new Excel workbook: save it as ${p.name}. This year's workbook is unchanged.`,
  downloadPlanDocx: (p: { year: number }) => `Download the ${p.year} ISO plan draft (.docx)`,
  planDocxFileName: (p: { year: string }) => `ke-hoach-iso-${p.year}.docx`,
  nextYearPlanHelp: (p: { year: number }) =>
    `Draft of the ${p.year} quality-system plan in the Decree 30/2020 format: tasks in the appendix, budget from the estimate; number and date left blank until signed.`,
  nextYearPlanMissing: (p: { missing: string }) => `The plan is marked DỰ THẢO (draft); missing: ${p.missing}.`,
  nextYearFailed: () => "Could not create next year's tracking workbook; see the errors below, fix them in this workbook and try again.",
  // Step 2: every fact of "Thông tin", grouped; proposals confirmed in one action.
  agencyIntro: () =>
    "The report's details, editable at any time (each field is saved when you leave it). Values Trợ lý ISO filled in are marked “proposed — confirm” until you confirm them.",
  agencyGroupAgency: () => "Agency",
  agencyGroupSigner: () => "Signer",
  agencyGroupRecipients: () => "Recipients",
  agencyGroupPeriod: () => "Reporting period",
  agencyGroupBases: () => "Bases",
  proposedBadge: () => "proposed — confirm",
  requiredBadge: () => "required",
  confirmAll: (p: { count: number }) => `Confirm all (${count(p.count, "proposed entry")})`,
  agencyAllConfirmed: () => "Every entry is confirmed.",
  agencyPeriodNote: () =>
    `The period and as-of date are proposed from the dossier export; confirm them with the dossier figures in Step ${stepNumber("dossiers")}.`,
  agencyConfirmed: (p: { count: number }) => `Confirmed ${count(p.count, "entry")} of “Thông tin”.`,
  fieldSaved: (p: { label: string }) => `Saved “${p.label}”.`,
  dateInvalid: (p: { text: string }) => `“${p.text}” is not a date: write day/month/year, e.g. 14/12/2025.`,
  dateHint: () => "day/month/year, e.g. 14/12/2025",
  recipientsHint: () => "One recipient per line",

  // Step 3: the task tracker.
  stepTasksTrackerHelp: () =>
    "Update each task's status and evidence (number, symbol and date of the document); each field is saved when you leave it. A dated document makes Trợ lý ISO offer “Hoàn thành” (done).",
  tasksCounts: (p: { total: number; done: number; inProgress: number; notStarted: number; notDone: number; other: number }) =>
    `${count(p.total, "task")}: ${p.done} done, ${p.inProgress} in progress, ${p.notStarted} not started, ${p.notDone} not carried out` +
    (p.other > 0 ? `, ${p.other} with another status.` : "."),
  tasksFlags: (p: { open: number; late: number; noEvidence: number }) => `Not finished ${p.open}; late ${p.late}; without evidence ${p.noEvidence}.`,
  filterLegend: () => "Show",
  filterAll: (p: { n: number }) => `All (${p.n})`,
  filterOpen: (p: { n: number }) => `Not finished (${p.n})`,
  filterLate: (p: { n: number }) => `Late (${p.n})`,
  filterNoEvidence: (p: { n: number }) => `No evidence (${p.n})`,
  filterEmpty: () => "No task in this list.",
  taskTiming: (p: { timing: string }) => `Time: ${p.timing}`,
  taskLead: (p: { lead: string }) => `Lead: ${p.lead}`,
  taskOutput: (p: { output: string }) => `Output: ${p.output}`,
  taskStatusLabel: () => "Status",
  taskEvidenceLabel: () => "Evidence (document number, symbol, date)",
  taskNoteLabel: () => "Note",
  taskMarkDone: (p: { status: string }) => `Mark as “${p.status}”`,
  taskLateBadge: () => "Late",
  evidenceRead: (p: { refs: string }) => `Read: ${p.refs}.`,
  evidenceNoReference: () => "No document read yet (write its number, symbol and date).",
  evidenceNoDate: (p: { refs: string }) => `${p.refs} has no date: add the date it was issued (e.g. “ngày 05/03/2025”) so the deadline can be checked.`,
  taskSaved: (p: { no: string }) => `Saved task ${p.no}.`,

  // Step 4: the period.
  stepDossiersHelpStandalone: () =>
    "Pick the one-stop system's export (dossier list, summary table or Form II.06a) or paste the table: the figures go to the “Hồ sơ TTHC” sheet.",
  periodHeading: () => "Reporting period",
  periodFrom: () => "From",
  periodTo: () => "To",
  periodAsOf: () => "As-of date (not after today)",
  periodSourceTitle: () => "Proposed from the export's title line.",
  periodSourceDates: () => "Proposed from the reception dates in the export.",
  periodSourceYear: () => "Proposed from the plan's year.",
  periodOutsideBefore: (p: { count: number; from: string }) => `${count(p.count, "dossier")} received before ${p.from} not counted in the period.`,
  periodOutsideAfter: (p: { count: number; to: string }) => `${count(p.count, "dossier")} received after ${p.to} not counted in the period.`,
  periodConfirm: () => "Confirm the period",
  periodConfirmedNote: () => "The period is confirmed; the dossier figures are this period's.",
  periodConfirmed: (p: { from: string; to: string; asOf: string }) => `Confirmed the period ${p.from} – ${p.to}, as of ${p.asOf}.`,
  periodConfirmedRecounted: (p: { from: string; to: string; asOf: string }) =>
    `Confirmed the period ${p.from} – ${p.to}, as of ${p.asOf}; the dossier figures were counted again for it.`,
  periodConfirmedNoSource: (p: { from: string; to: string; asOf: string }) =>
    `Confirmed the period ${p.from} – ${p.to}, as of ${p.asOf}. The dossier figures in the workbook were counted before: pick the export again to count them for this period.`,
  periodRefused: () => "The period could not be confirmed; see the errors below.",
  asOfFuture: (p: { asOf: string; today: string }) =>
    `The as-of date ${p.asOf} has not come yet (today is ${p.today}): pending dossiers cannot be judged on a future day; pick an as-of date no later than today.`,

  // Units, findings' places.
  addUnits: (p: { count: number }) => `Add to the unit list (${count(p.count, "name")})`,
  unitsAdded: (p: { count: number }) => `Added ${count(p.count, "unit")} to the unit list (sheet “Đơn vị”).`,
  findingInPaste: (p: { sheet: string; row: number }) => `${p.sheet}, row ${p.row}`,
  placeField: (p: { label: string; n: number }) => `${p.label} (Step ${p.n})`,
  placeTask: (p: { no: string; n: number }) => `Task ${p.no} (Step ${p.n})`,
  placeStep: (p: { sheet: string; n: number }) => `Sheet “${p.sheet}” of the tracking workbook (Step ${p.n})`,
  missingConfirm: (p: { label: string; n: number }) => `${p.label}: confirm at Step ${p.n}`,
  missingField: (p: { label: string; n: number }) => `${p.label}: fill in at Step ${p.n}`,
  missingItemBelow: (p: { label: string }) => `${p.label}: write it in the field just below`,
  keepEdited: () => "Keep the edited text",
  findingInFile: (p: { file: string; row: number }) => `file ${p.file}, table row ${p.row}`,
  findingGoToField: (p: { location: string }) => `Go to ${p.location} to fix it`,
  stepStateProgress: (p: { done: number; total: number }) => `In progress (${p.done}/${p.total} done)`,

  // Standalone: the work kept in the browser.
  restoreHeading: () => "Tracking workbook saved in this browser",
  restoreContinue: (p: { year: string; time: string; day: string }) =>
    p.year ? `Continue the ${p.year} tracking workbook (saved at ${p.time} ${p.day})` : `Continue the tracking workbook (saved at ${p.time} ${p.day})`,
  restoreNew: () => "Start a new workbook",
  dayToday: () => "today",
  dayYesterday: () => "yesterday",
  dayOn: (p: { date: string }) => `on ${p.date}`,
  savedRestored: (p: { year: string | number }) => `Reopened the${p.year ? ` ${p.year}` : ""} tracking workbook saved in this browser.`,
  savedGone: () => "No workbook is saved in this browser any more; pick a plan or a tracking workbook.",
  trackingToolbarHeading: () => "Open tracking workbook",
  storageSaved: (p: { time: string; day: string }) => `Saved in this browser at ${p.time} ${p.day}; closing the page loses nothing.`,
  storageUnavailable: () =>
    "This browser does not let the page keep data (private browsing?): closing the page loses your work; press “Download the tracking workbook” to keep the file.",
  storageQuota: () =>
    "The browser's storage is full, so recent changes are not saved: press “Download the tracking workbook” to keep the file, then clear some site data in the browser's settings.",
  storageFailed: () => "Could not save in this browser: press “Download the tracking workbook” to keep the file.",
  busyPercent: (p: { name: string; percent: number }) => `Reading ${p.name}… ${p.percent}%`,
  busyParsing: (p: { name: string }) => `Analysing ${p.name}…`,

  busy: () => "Working…",
  busyLoadingModule: () => "Loading the file tools…",
  busyReadingWorkbook: () => "Reading the workbook…",
  busyReadingSelection: () => "Reading the selected range…",
  busyReadingFile: (p: { name: string }) => `Reading ${p.name}…`,
  busyImporting: () => "Analysing the task table…",
  busyWriting: () => "Writing to the workbook…",
  busyValidating: () => "Checking…",
  busyReport: () => "Creating the report…",
  busyFile: (p: { name: string }) => `Creating ${p.name}…`,
  busyNextYear: () => "Creating next year's tracking workbook…",
  busySelecting: (p: { location: string }) => `Selecting cell ${p.location}…`,

  // Written into the workbook by the Office.js adapter.
  sheetOwnerMarkerComment: () => "Trợ lý ISO: sheet created by the add-in (do not delete this name)",
  validationOutsideList: () => "This value is not in the list.",

  errorTitle: () => "Not done",
  errorSheetNotOwned: (p: { sheet: string }) =>
    `The sheet “${p.sheet}” already exists and was not created by Trợ lý ISO. To avoid overwriting your data, rename that sheet and run the command again.`,
  errorOwnedSheetObjects: (p: { sheet: string; kind: string; cell: string }) => {
    const what = p.kind === "notes" ? "notes" : p.kind === "drawings" ? "charts, pictures or shapes" : "objects (PivotTables, controls…)";
    return `The sheet “${p.sheet}” holds ${what} you added${p.cell ? ` (at cell ${p.cell})` : ""}; writing recreates the whole sheet, so they would be lost. Move them to another sheet or delete them, then run the command again (the file was not changed).`;
  },
  errorCellNotFound: (p: { location: string }) =>
    `Cell ${p.location} is not in the open workbook; this result may belong to the imported file rather than the workbook: fix that cell in the file and import it again.`,
  errorItemNotFound: () =>
    `A sheet or range the command needs was not found; it may have been renamed or deleted. Restore its name, or run Step ${stepNumber("plan")} to create the sheets again.`,
  errorAccessDenied: () => "The workbook or sheet is protected, so nothing could be written; unprotect it and try again.",
  errorCellEditMode: () => "A cell is being edited: press Enter or Esc in that cell and try again.",
  errorPayloadTooLarge: () => "Too much data for one request to the workbook; select a smaller range.",
  errorApiUnsupported: () => "This version of Excel lacks a feature the command needs; use Microsoft 365 or Office 2021 or later, or the standalone page.",
  errorOffice: (p: { code: string }) =>
    `Excel reported an error (code ${p.code}); the command did not finish and made no further changes. Try again in a moment.`,
  errorInternalSpec: () => "Internal error while preparing the sheets; please send the input file to the developers.",
  errorFileUnreadable: (p: { name: string }) => `Could not read ${p.name} from this computer; close it if another program has it open, then pick it again.`,
  errorWorkbookUnusable: (p: { name: string; problem: string }) =>
    p.problem === "encrypted"
      ? `${p.name} is protected by a password to open; open it in Excel, remove the password (File › Info › Protect Workbook › Encrypt with Password), save it and pick it again.`
      : p.problem === "legacy_xls"
        ? `${p.name} is an old Excel 97-2003 (.xls) file; save it as Excel Workbook (.xlsx) and pick it again.`
        : p.problem === "strict"
          ? `${p.name} is saved as "Strict Open XML Spreadsheet"; save it as Excel Workbook (.xlsx) and pick it again.`
          : p.problem === "binary"
            ? `${p.name} is a binary workbook (.xlsb); save it as Excel Workbook (.xlsx) and pick it again.`
            : `${p.name} is not an Excel workbook in .xlsx or .xlsm form or is damaged; open it in Excel or LibreOffice Calc, save it as Excel Workbook (.xlsx) and pick it again.`,
  errorWorkbookDamaged: (p: { part: string }) =>
    `The tracking workbook in use is damaged: its part ${p.part} cannot be read, so Trợ lý ISO's sheets could not be written into it (the file is unchanged). Open it in Excel or LibreOffice Calc, save it as Excel Workbook (.xlsx) and pick it again.`,
  errorModuleLoad: () => "Could not load the file tools; check the connection to the add-in's server and try again.",
  errorDownload: () => "The browser did not allow the download; try again or use the standalone page in a browser.",
  errorUnexpected: () =>
    "Something unexpected went wrong; the command did not finish. Try again; if it happens again, use the standalone page or send the input file to your support contact.",
};
