/**
 * Selects a finding's cell in the workbook (Enter or click on the finding), so the user lands on
 * the cell to fix. A finding about the imported file names a sheet the workbook may not have:
 * that ItemNotFound becomes a message naming the cell, not a generic one.
 */
import { PaneError, officeErrorCode } from "../errors";

export async function selectCell(sheet: string, cell: string): Promise<void> {
  try {
    await Excel.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      worksheet.getRange(cell).select();
      await context.sync();
    });
  } catch (error) {
    if (officeErrorCode(error) === "ItemNotFound" || officeErrorCode(error) === "InvalidArgument") {
      throw new PaneError("errorCellNotFound", { location: `${sheet}!${cell}` });
    }
    throw error;
  }
}
