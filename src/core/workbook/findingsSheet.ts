import type { Finding } from "../findings/finding";
import { severityLabels, workbookText } from "../messages/catalogue";
import { findingLocation, findingText } from "../messages/render";
import { cell, type SheetSpec } from "../sheet/model";
import { a4PageSetup, dataSheetStyles } from "../sheet/styles";
import { sheetNames } from "./sheetNames";

/** The findings sheet ("Kiểm tra"): one row per finding, errors first. */
export function buildFindingsSheet(findings: readonly Finding[]): SheetSpec {
  const order = { error: 0, warning: 1, info: 2 } as const;
  const sorted = [...findings].sort((a, b) => order[a.severity] - order[b.severity]);
  const rows = sorted.map((f) => [
    cell.text(severityLabels[f.severity], "center"),
    cell.text(findingLocation(f), "body"),
    cell.text(findingText(f), "body"),
    cell.text(f.code, "body"),
  ]);
  const h = workbookText.findings.headers;
  const header = [h.severity, h.location, h.message, h.code].map((text) => cell.text(text, "header"));
  return {
    name: sheetNames.findings,
    cells: [header, ...(rows.length ? rows : [[cell.text("—", "center"), cell.text("", "body"), cell.text(workbookText.findings.none, "body"), cell.text("", "body")]])],
    styles: dataSheetStyles,
    columnWidths: [12, 22, 80, 26],
    merges: [],
    validations: [],
    tables: [],
    pageSetup: a4PageSetup("landscape"),
    freeze: { rows: 1, columns: 0 },
  };
}
