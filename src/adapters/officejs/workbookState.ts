/**
 * The renderer's read request (sync 1): what it must know before queueing any write. The sheet
 * list, the workbook names (owner markers, and the names a table may not take) and the tables
 * with their sheets are loaded together, so the read costs one sync whatever the workbook holds.
 */
import { ownerMarkers, type ExistingSheet, type OwnerMarker } from "./ownership";
import type { ExistingTable } from "./tables";

/** What the read sync found, as plain data. */
export interface WorkbookState {
  readonly sheets: ExistingSheet[];
  readonly markers: OwnerMarker[];
  readonly tables: ExistingTable[];
  readonly definedNames: string[];
}

/** Sync 1: sheets, names and tables are loaded together, whatever their number. */
export async function readWorkbookState(context: Excel.RequestContext): Promise<WorkbookState> {
  const worksheets = context.workbook.worksheets.load("items/name");
  const names = context.workbook.names.load("items/name,items/formula");
  const tables = context.workbook.tables.load("items/name,items/worksheet/name");
  await context.sync();
  return {
    sheets: worksheets.items.map((ws) => ({ name: ws.name })),
    markers: ownerMarkers(names.items),
    tables: tables.items.map((t) => ({ name: t.name, sheet: t.worksheet.name })),
    definedNames: names.items.map((n) => n.name),
  };
}
