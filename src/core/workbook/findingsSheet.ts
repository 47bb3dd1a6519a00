import type { Finding } from "../findings/finding";
import { severityLabels, workbookText } from "../messages/catalogue";
import { findingLocation, findingText } from "../messages/render";
import type { SheetSpec } from "../sheet/model";
import { headerCells, layoutRow, layoutWidths } from "../sheet/layout";
import { findingsLayout } from "./layouts";
import { a4PageSetup, dataSheetStyles } from "../sheet/styles";
import { sheetNames } from "./sheetNames";

/** The findings sheet ("Kiểm tra"): one row per finding, errors first. */
export function buildFindingsSheet(findings: readonly Finding[]): SheetSpec {
  const order = { error: 0, warning: 1, info: 2 } as const;
  const sorted = [...findings].sort((a, b) => order[a.severity] - order[b.severity]);
  const rows = sorted.map((f) =>
    layoutRow(findingsLayout, { severity: severityLabels[f.severity], location: findingLocation(f), message: findingText(f), code: f.code }),
  );
  const header = headerCells(findingsLayout);
  return {
    name: sheetNames.findings,
    cells: [header, ...(rows.length ? rows : [layoutRow(findingsLayout, { severity: "—", location: "", message: workbookText.findings.none, code: "" })])],
    styles: dataSheetStyles,
    columnWidths: layoutWidths(findingsLayout),
    merges: [],
    validations: [],
    tables: [],
    pageSetup: a4PageSetup("landscape"),
    freeze: { rows: 1, columns: 0 },
  };
}
