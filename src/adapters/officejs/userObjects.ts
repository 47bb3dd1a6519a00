/**
 * The user's things on the add-in's own sheets (issue 22): a note, a threaded comment, a chart, a
 * picture or a shape the user put on a sheet the render is about to replace. Replacing clears the
 * sheet in place (clearSheet.ts): the user's things would end up beside content they no longer
 * belong to (charts, pictures and shapes float; notes and comments stay at their cells). So the render is refused, before
 * anything is written, with OwnedSheetObjectsError — as the package writer does for the CLI and
 * the standalone page (src/adapters/xlsxPackage/writeSheets.ts, `refuseUserObjects`), with the
 * same precedence: notes before drawings.
 *
 * Requests: one sync for every replaced sheet together (`getCount()` of each collection, a number
 * per collection in the response), and one more only when notes or comments were found, to read
 * the first one's cell (`getLocation()`: a method, so it cannot ride along with the count). Charts
 * and shapes have a position in points, not a cell: the message then names no cell.
 *
 * Each collection is asked only where the host has it: charts (ExcelApi 1.1, `getCount` 1.4),
 * shapes (1.9), threaded comments (1.10), notes (1.18). On an older host what it cannot see is
 * not checked, and the clear keeps it: it stays where the user put it (docs/requirements.md).
 */
import { OwnedSheetObjectsError } from "../ownership";
import { optionalFeatures, type ExcelApiSupport } from "./apiSupport";

/** The counts queued for one replaced sheet; null: the host lacks that collection. */
interface SheetCounts {
  readonly name: string;
  readonly sheet: Excel.Worksheet;
  readonly notes: OfficeExtension.ClientResult<number> | null;
  readonly comments: OfficeExtension.ClientResult<number> | null;
  readonly charts: OfficeExtension.ClientResult<number>;
  readonly shapes: OfficeExtension.ClientResult<number> | null;
}

const found = (count: OfficeExtension.ClientResult<number> | null): boolean => (count?.value ?? 0) > 0;

/** "'Nhiệm vụ'!D7" → "D7". */
function cellOf(address: string): string | null {
  const cell = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
  return /^[A-Z]{1,3}\d{1,7}$/i.test(cell) ? cell.toUpperCase() : null;
}

/**
 * Throws OwnedSheetObjectsError for the first of `sheetNames` (the existing owned sheets the
 * render replaces, in spec order) that holds a note or comment (kind "notes", with its cell) or a
 * chart, picture or shape (kind "drawings"). No request at all when nothing is replaced.
 */
export async function refuseUserObjects(context: Excel.RequestContext, sheetNames: readonly string[], supports: ExcelApiSupport): Promise<void> {
  if (sheetNames.length === 0) return;
  const counts: SheetCounts[] = sheetNames.map((name) => {
    const sheet = context.workbook.worksheets.getItem(name);
    return {
      name,
      sheet,
      notes: supports(optionalFeatures.notes) ? sheet.notes.getCount() : null,
      comments: supports(optionalFeatures.comments) ? sheet.comments.getCount() : null,
      charts: sheet.charts.getCount(),
      shapes: supports(optionalFeatures.shapes) ? sheet.shapes.getCount() : null,
    };
  });
  await context.sync();
  for (const c of counts) {
    if (found(c.notes) || found(c.comments)) {
      const location = (found(c.notes) ? c.sheet.notes : c.sheet.comments).getItemAt(0).getLocation().load("address");
      await context.sync();
      throw new OwnedSheetObjectsError(c.name, "notes", cellOf(location.address));
    }
    if (found(c.charts) || found(c.shapes)) throw new OwnedSheetObjectsError(c.name, "drawings", null);
  }
}
