/**
 * Ribbon function file (manifest `FunctionFile`). Office calls a registered function by the
 * name an `ExecuteFunction` action gives; the function must call `event.completed()` or the
 * ribbon keeps showing "working" — so every command goes through `completeAfter`, which
 * completes on success and on failure alike (template `commands.ts`).
 */

/**
 * Runs `work`, logs a failure, and always completes the event.
 * @example Office.actions.associate("autofitColumns", (e) => completeAfter(e, autofitColumns));
 */
export async function completeAfter(event: Office.AddinCommands.Event, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    // A function file has no UI of its own; the task pane reports errors to the user.
    console.error("[tro-ly-iso] ribbon command failed", error);
  } finally {
    event.completed();
  }
}

/** Fits the column widths of the active sheet's used range: one request, one sync (ExcelApi 1.2). */
async function autofitColumns(): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.worksheets.getActiveWorksheet().getUsedRange().format.autofitColumns();
    await context.sync();
  });
}

// Not wired to a ribbon button yet (the manifest has only "Mở Trợ lý ISO"); registered so an
// ExecuteFunction button can use it without touching this file.
if (typeof Office !== "undefined") {
  Office.onReady(() => Office.actions.associate("autofitColumns", (event: Office.AddinCommands.Event) => completeAfter(event, autofitColumns)));
}
