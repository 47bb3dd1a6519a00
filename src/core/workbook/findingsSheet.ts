import type { Finding } from "../findings/finding";
import { severityLabels, workbookText } from "../messages/catalogue";
import { findingLocation, findingText } from "../messages/render";
import type { SheetSpec } from "../sheet/model";
import { headerCells, layoutRow, layoutWidths } from "../sheet/layout";
import { findingsLayout } from "./layouts";
import { a4PageSetup, dataSheetStyles, type DataStyleKey } from "../sheet/styles";
import { sheetNames } from "./sheetNames";

/**
 * The findings sheet ("Kiểm tra"): one row per finding, errors first, in Vietnamese only (the
 * finding codes are for programs: the CLI's --json and the tests). `null` means no check has
 * run yet (a new workbook), which the sheet says rather than claiming there is nothing wrong.
 */
export function buildFindingsSheet(findings: readonly Finding[] | null): SheetSpec<DataStyleKey> {
  const order = { error: 0, warning: 1, info: 2 } as const;
  const sorted = [...(findings ?? [])].sort((a, b) => order[a.severity] - order[b.severity]);
  const rows = sorted.map((f) => layoutRow(findingsLayout, { severity: severityLabels[f.severity], location: findingLocation(f), message: findingText(f) }));
  const header = headerCells(findingsLayout);
  return {
    name: sheetNames.findings,
    cells: [
      header,
      ...(rows.length
        ? rows
        : [layoutRow(findingsLayout, { severity: "—", location: "", message: findings ? workbookText.findings.none : workbookText.findings.notRun })]),
    ],
    styles: dataSheetStyles,
    columnWidths: layoutWidths(findingsLayout),
    merges: [],
    validations: [],
    tables: [],
    pageSetup: a4PageSetup("landscape"),
    freeze: { rows: 1, columns: 0 },
  };
}
