import { cell, type SheetSpec } from "../sheet/model";
import { pageColumnWidth } from "../sheet/print";
import { a4PageSetup, dataSheetStyles, type DataStyleKey } from "../sheet/styles";
import { workbookText } from "../messages/catalogue";
import { sheetNames } from "./sheetNames";

/** The "Hướng dẫn" sheet: what each sheet is for and the yearly routine. */
export function buildInstructionsSheet(year: number): SheetSpec<DataStyleKey> {
  const t = workbookText.instructions;
  const lines: [string, DataStyleKey][] = [
    [t.title({ year }), "title"],
    [t.intro, "plain"],
    ["", "plain"],
    [t.agency, "plain"],
    [t.tasks, "plain"],
    [t.dossiers, "plain"],
    [t.budget, "plain"],
    [t.units, "plain"],
    [t.holidays, "plain"],
    [t.findings, "plain"],
    [t.report, "plain"],
    [t.narrative, "plain"],
    ["", "plain"],
    [t.routineTitle, "title"],
    [t.routineStart, "plain"],
    [t.routineDuring, "plain"],
    [t.routineEnd, "plain"],
    ["", "plain"],
    [t.ownedSheetsNote, "note"],
  ];
  const pageSetup = a4PageSetup("portrait", 0);
  return {
    name: sheetNames.instructions,
    cells: lines.map(([text, style]) => [cell.text(text, style)]),
    styles: dataSheetStyles,
    // As wide as the page: the lines wrap inside it rather than run past the margin.
    columnWidths: [pageColumnWidth(pageSetup)],
    merges: [],
    validations: [],
    tables: [],
    pageSetup,
  };
}
