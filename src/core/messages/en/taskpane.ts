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
  findingsCount: (p: { errors: number; warnings: number; infos: number }) => `${count(p.errors, "error")}, ${count(p.warnings, "warning")}, ${count(p.infos, "note")}`,
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
  reportXlsxFileName: (p: { year: string }) => `bao-cao-iso-${p.year}.xlsx`,
  reportXlsmFileName: (p: { year: string }) => `bao-cao-iso-${p.year}.xlsm`,
  reportDocxFileName: (p: { year: string }) => `bao-cao-iso-${p.year}.docx`,

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
  busySelecting: (p: { location: string }) => `Selecting cell ${p.location}…`,

  // Written into the workbook by the Office.js adapter.
  sheetOwnerMarkerComment: () => "Trợ lý ISO: sheet created by the add-in (do not delete this name)",
  validationOutsideList: () => "This value is not in the list.",

  errorTitle: () => "Not done",
  errorSheetNotOwned: (p: { sheet: string }) =>
    `The sheet “${p.sheet}” already exists and was not created by Trợ lý ISO. To avoid overwriting your data, rename that sheet and run the command again.`,
  errorCellNotFound: (p: { location: string }) =>
    `Cell ${p.location} is not in the open workbook; this result may belong to the imported file rather than the workbook.`,
  errorItemNotFound: () => "A sheet or range the command needs was not found; it may have been renamed or deleted.",
  errorAccessDenied: () => "The workbook or sheet is protected, so nothing could be written; unprotect it and try again.",
  errorCellEditMode: () => "A cell is being edited: press Enter or Esc in that cell and try again.",
  errorPayloadTooLarge: () => "Too much data for one request to the workbook; select a smaller range.",
  errorApiUnsupported: () =>
    "This version of Excel lacks a feature the command needs; use Microsoft 365 or Office 2021 or later, or the standalone page.",
  errorOffice: (p: { code: string }) => `Excel reported an error (code ${p.code}); the command did not finish and made no further changes.`,
  errorInternalSpec: () => "Internal error while preparing the sheets; please send the input file to the developers.",
  errorFileUnreadable: (p: { name: string }) => `Could not read ${p.name} from this computer.`,
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
  errorModuleLoad: () => "Could not load the file tools; check the connection to the add-in's server and try again.",
  errorDownload: () => "The browser did not allow the download; try again or use the standalone page in a browser.",
  errorUnexpected: () =>
    "Something unexpected went wrong; the command did not finish. Technical details were written to the browser console.",
};
