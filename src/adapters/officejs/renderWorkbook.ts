/**
 * Renders a WorkbookSpec into the open workbook through Office.js (the task pane's
 * counterpart of src/adapters/exceljs/renderWorkbook.ts).
 *
 * Request pattern ("read once, compute, write once", style.md item 8):
 *   sync 1 — load the sheet list and the workbook names (ownership markers);
 *   plain JS — decide add/replace per sheet (throws SheetNotOwnedError before any write),
 *              build the cell matrices and style rectangles;
 *   sync 2 — every write: sheets, markers, formats, styles, cell arrays, merges, tables.
 * So a render costs 2 syncs whatever the row count, as long as the estimated cell payload
 * stays under the per-request budget (payload.ts: 3 MB by default, about 14,000 rows of a plan
 * sheet; Excel on the web's limit is 5 MB). Above the budget the cell arrays are split by rows and each further batch costs
 * one more sync: the count grows with the data size, not with the number of sheets or cells.
 *
 * The caller owns the Excel.run: `Excel.run((context) => renderWorkbookSpec(context, spec))`.
 */
import { hostExcelApiSupport, optionalFeatures, type ExcelApiSupport } from "./apiSupport";
import { sheetMatrices, type CellMatrices } from "./cellMatrices";
import { markersToDelete, newMarkerNames, ownerMarkers, planSheets, type ExistingSheet, type OwnerMarker, type SheetPlan } from "./ownership";
import { DEFAULT_MAX_BATCH_BYTES, packRows, type RowSlice } from "./payload";
import { queueStyles } from "./queueStyles";
import {
  queueColumnWidths,
  queueFreeze,
  queueMerges,
  queuePageLayout,
  queueRowHeights,
  queueTables,
  queueValidations,
} from "./sheetLayout";
import { checkWorkbookSpec } from "./specChecks";
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
  /** Write requests sent (1 unless the cell data exceeded the batch budget). */
  readonly writeBatches: number;
}

const MARKER_COMMENT = "Trợ lý ISO: trang tính do add-in tạo (đừng xoá tên này)";

/** A temporary sheet name not used in the workbook (replacing adds the new sheet first). */
function temporaryName(taken: Set<string>, index: number): string {
  let n = index;
  while (taken.has(`TROLYISO_TMP_${n}`)) n++;
  taken.add(`TROLYISO_TMP_${n}`);
  return `TroLyISO_tmp_${n}`;
}

/**
 * Queues the sheet changes and returns the new worksheet for each plan, in spec order.
 * A replaced sheet is added under a temporary name before the old one is deleted (Excel
 * refuses to delete a workbook's last visible sheet), then renamed and put back in place.
 */
function queueSheets(
  context: Excel.RequestContext,
  plans: readonly SheetPlan[],
  existing: readonly ExistingSheet[],
  markers: readonly OwnerMarker[],
): Excel.Worksheet[] {
  const { worksheets, names } = context.workbook;
  for (const name of markersToDelete(plans, existing, markers)) names.getItem(name).delete();
  const markerNames = newMarkerNames(markers, plans.length);
  const taken = new Set(existing.map((s) => s.name.toUpperCase()));
  return plans.map((plan, i) => {
    let sheet: Excel.Worksheet;
    if (plan.kind === "add") {
      sheet = worksheets.add(plan.spec.name);
    } else {
      sheet = worksheets.add(temporaryName(taken, i + 1));
      worksheets.getItem(plan.existing.name).delete();
      sheet.name = plan.spec.name;
      sheet.position = plan.existing.position;
    }
    const marker = names.add(markerNames[i], sheet.getRange("A1"), MARKER_COMMENT);
    marker.visible = false;
    if (plan.spec.tabColor) sheet.tabColor = `#${plan.spec.tabColor}`;
    if (plan.spec.hidden) sheet.visibility = "Hidden";
    return sheet;
  });
}

/** Formats that do not depend on the row count: widths, heights, styles, panes, lists, page. */
function queueSheetFormat(sheet: Excel.Worksheet, spec: SheetSpec, supports: ExcelApiSupport): void {
  queueColumnWidths(sheet, spec);
  queueRowHeights(sheet, spec);
  queueStyles(sheet, spec, supports);
  queueFreeze(sheet, spec);
  queueValidations(sheet, spec, supports);
  queuePageLayout(sheet, spec.pageSetup, supports);
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
 * @throws InvalidWorkbookSpecError when the spec breaks Excel's naming or number rules
 */
export async function renderWorkbookSpec(
  context: Excel.RequestContext,
  spec: WorkbookSpec,
  options: RenderOptions = {},
): Promise<RenderResult> {
  checkWorkbookSpec(spec);
  const supports = options.supports ?? hostExcelApiSupport();
  const matrices = spec.sheets.map(sheetMatrices);
  const batches = packRows(matrices, options.maxBatchBytes ?? DEFAULT_MAX_BATCH_BYTES);

  const worksheets = context.workbook.worksheets.load("items/name,items/position");
  const names = context.workbook.names.load("items/name,items/formula");
  await context.sync();

  const existing = worksheets.items.map((ws) => ({ name: ws.name, position: ws.position }));
  const markers = ownerMarkers(names.items);
  const plans = planSheets(spec.sheets, existing, markers);

  suspendCalculation(context, supports);
  const sheets = queueSheets(context, plans, existing, markers);
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
        queueTables(sheets[i], plan.spec);
      });
    }
    await context.sync();
  }
  return {
    added: plans.filter((p) => p.kind === "add").map((p) => p.spec.name),
    replaced: plans.filter((p) => p.kind === "replace").map((p) => p.spec.name),
    writeBatches: batches.length,
  };
}
