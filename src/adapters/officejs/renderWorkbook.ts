/**
 * Renders a WorkbookSpec into the open workbook through Office.js (the task pane's
 * counterpart of src/adapters/exceljs/renderWorkbook.ts).
 *
 * Request pattern ("read once, compute, write once", docs/design-rules.md#read-once-write-once):
 *   sync 1 — load the sheet list, the workbook names (ownership markers) and the tables with
 *            the sheet each is on;
 *   plain JS — decide add/replace per sheet (throws SheetNotOwnedError before any write), pick
 *              free table names, build the cell matrices and style rectangles;
 *   sync 2 — only when an existing owned sheet is replaced: how many notes, comments, charts
 *            and shapes the replaced sheets hold, all in one request (userObjects.ts; throws
 *            OwnedSheetObjectsError before any write, after one more read for the note's cell);
 *   last sync — every write: new sheets and markers, the in-place clear of replaced sheets,
 *            formats, styles, cell arrays, merges, tables.
 * So a render costs 2 syncs when it only adds sheets and 3 when it replaces any (whatever their
 * number and row count), as long as the estimated cell payload
 * stays under the per-request budget (payload.ts: 3 MB by default, about 14,000 rows of a plan
 * sheet; Excel on the web's limit is 5 MB). Above the budget the cell arrays are split by rows and each further batch costs
 * one more sync: the count grows with the data size, not with the number of sheets or cells.
 *
 * A replaced sheet is the same Worksheet object, cleared and rewritten (clearSheet.ts): deleting
 * it would turn every formula and name that refers to it into #REF!.
 *
 * The caller owns the Excel.run: `Excel.run((context) => renderWorkbookSpec(context, spec))`.
 */
import { hostExcelApiSupport, optionalFeatures, type ExcelApiSupport } from "./apiSupport";
import { sheetMatrices, type CellMatrices } from "./cellMatrices";
import { queueClearSheet } from "./clearSheet";
import { markersToDelete, newMarkerNames, planSheets, type SheetPlan } from "./ownership";
import { DEFAULT_MAX_BATCH_BYTES, packRows, type RowSlice } from "./payload";
import { queueStyles } from "./queueStyles";
import { queueColumnWidths, queueFreeze, queueMerges, queuePageLayout, queueRowHeights, queueTables, queueValidations } from "./sheetLayout";
import { checkWorkbookSpec } from "../specChecks";
import { allocateTableNames, tablesOnSheets, type ExistingTable, type RenamedTable } from "./tables";
import { refuseUserObjects } from "./userObjects";
import { readWorkbookState, type WorkbookState } from "./workbookState";
import { taskpaneText } from "../../core/messages/catalogue";
import type { SheetSpec, WorkbookSpec } from "../../core/sheet/model";

export interface RenderOptions {
  /** ExcelApi support test; defaults to the host's `Office.context.requirements`. */
  readonly supports?: ExcelApiSupport;
  /** Estimated bytes of cell data per request before rows are split into another sync. */
  readonly maxBatchBytes?: number;
}

/** What a render did, for logs and tests. */
export interface RenderResult {
  readonly added: readonly string[];
  readonly replaced: readonly string[];
  /** Spec tables that took another name because a table elsewhere in the workbook had theirs. */
  readonly renamedTables: readonly RenamedTable[];
  /** Write requests sent (1 unless the cell data exceeded the batch budget). */
  readonly writeBatches: number;
}

/**
 * Queues the sheet changes and returns the worksheet for each plan, in spec order: a new sheet
 * with a new hidden owner marker, or the existing one cleared in place (its marker still points
 * at it). `replacedTables` are the tables on the replaced sheets, deleted before the clear.
 */
function queueSheets(
  context: Excel.RequestContext,
  plans: readonly SheetPlan[],
  state: WorkbookState,
  replacedTables: readonly ExistingTable[],
  supports: ExcelApiSupport,
): Excel.Worksheet[] {
  const { worksheets, names } = context.workbook;
  for (const name of markersToDelete(state.sheets, state.markers)) names.getItem(name).delete();
  const markerNames = newMarkerNames(state.markers, plans.filter((p) => p.kind === "add").length);
  const comment = taskpaneText.vi.sheetOwnerMarkerComment();
  return plans.map((plan) => {
    if (plan.kind === "replace") {
      const sheet = worksheets.getItem(plan.existing.name);
      queueClearSheet(context, sheet, tablesOnSheets(replacedTables, [plan.existing.name]), supports);
      // Same name up to case ("KẾ HOẠCH"): take the spec's spelling, as a fresh sheet would.
      if (plan.existing.name !== plan.spec.name) sheet.name = plan.spec.name;
      // Tab colour and visibility as a fresh sheet would have them ("" = automatic colour).
      sheet.tabColor = plan.spec.tabColor ? `#${plan.spec.tabColor}` : "";
      sheet.visibility = plan.spec.hidden ? "Hidden" : "Visible";
      return sheet;
    }
    const sheet = worksheets.add(plan.spec.name);
    const marker = names.add(markerNames.shift() as string, sheet.getRange("A1"), comment);
    marker.visible = false; // kept out of Name Manager, so nobody deletes it by accident
    if (plan.spec.tabColor) sheet.tabColor = `#${plan.spec.tabColor}`;
    if (plan.spec.hidden) sheet.visibility = "Hidden";
    return sheet;
  });
}

/** Formats that do not depend on the row count: widths, heights, styles, panes, lists, page. */
function queueSheetFormat(sheet: Excel.Worksheet, spec: SheetSpec, supports: ExcelApiSupport): void {
  queueColumnWidths(sheet, spec);
  queueRowHeights(sheet, spec, supports);
  queueStyles(sheet, spec, supports);
  queueFreeze(sheet, spec);
  queueValidations(sheet, spec, supports);
  queuePageLayout(sheet, spec.pageSetup, supports, spec.rowBreaks);
}

/** One range, up to three whole-array writes: number formats, values, formulas. */
function queueRows(sheet: Excel.Worksheet, m: CellMatrices, slice: RowSlice): void {
  if (m.columnCount === 0 || slice.end <= slice.start) return;
  const range = sheet.getRangeByIndexes(slice.start, 0, slice.end - slice.start, m.columnCount);
  range.numberFormat = m.numberFormats.slice(slice.start, slice.end);
  range.values = m.values.slice(slice.start, slice.end);
  const formulas = m.formulas?.slice(slice.start, slice.end);
  if (formulas && formulas.some((row) => row.some((f) => f !== null))) range.formulas = formulas;
}

function suspendCalculation(context: Excel.RequestContext, supports: ExcelApiSupport): void {
  // Avoids a recalculation after every write of the batch (ExcelApi 1.6).
  if (supports(optionalFeatures.suspendCalculation)) context.workbook.application.suspendApiCalculationUntilNextSync();
}

/**
 * Writes every sheet of `spec` into the workbook, replacing the add-in's own earlier copies
 * and never touching other sheets.
 * @throws SheetNotOwnedError when a spec sheet name is taken by a sheet the add-in did not create
 * @throws OwnedSheetObjectsError when a sheet it would replace holds the user's note, comment,
 *   chart, picture or shape (as far as the host's API sets can see them)
 * @throws InvalidWorkbookSpecError when the spec breaks Excel's naming or number rules
 */
export async function renderWorkbookSpec(context: Excel.RequestContext, spec: WorkbookSpec, options: RenderOptions = {}): Promise<RenderResult> {
  checkWorkbookSpec(spec);
  const supports = options.supports ?? hostExcelApiSupport();
  const matrices = spec.sheets.map(sheetMatrices);
  const batches = packRows(matrices, options.maxBatchBytes ?? DEFAULT_MAX_BATCH_BYTES);

  const state = await readWorkbookState(context);
  const plans = planSheets(spec.sheets, state.sheets, state.markers);
  const replacedNames = plans.flatMap((p) => (p.kind === "replace" ? [p.existing.name] : []));
  await refuseUserObjects(context, replacedNames, supports);
  const replacedTables = tablesOnSheets(state.tables, replacedNames);
  const keptTables = state.tables.filter((t) => !replacedTables.includes(t));
  const tableNames = allocateTableNames(spec.sheets, [...keptTables.map((t) => t.name), ...state.definedNames]);

  suspendCalculation(context, supports);
  const sheets = queueSheets(context, plans, state, replacedTables, supports);
  plans.forEach((plan, i) => queueSheetFormat(sheets[i], plan.spec, supports));
  // The only sync inside a loop, on purpose: one request per batch of rows. Below the request
  // budget there is exactly one batch (one sync); above it Excel on the web would reject a
  // single request, so the extra syncs grow with the data size, never with the cell count of
  // a sheet that fits.
  for (const [b, batch] of batches.entries()) {
    if (b > 0) suspendCalculation(context, supports);
    for (const slice of batch) queueRows(sheets[slice.sheetIndex], matrices[slice.sheetIndex], slice);
    if (b === batches.length - 1) {
      plans.forEach((plan, i) => {
        queueMerges(sheets[i], plan.spec);
        queueTables(sheets[i], plan.spec, tableNames.names[i]);
      });
      // The sheet the spec shows (the report): on screen, the one Print prints.
      const active = plans.findIndex((p) => p.spec.name === spec.active);
      if (active >= 0) sheets[active].activate();
    }
    await context.sync();
  }
  return {
    added: plans.filter((p) => p.kind === "add").map((p) => p.spec.name),
    replaced: plans.filter((p) => p.kind === "replace").map((p) => p.spec.name),
    renamedTables: tableNames.renamed,
    writeBatches: batches.length,
  };
}
