/**
 * Ribbon function file (manifest `FunctionFile`). Office calls a registered function by the
 * name an `ExecuteFunction` action gives; the function must call `event.completed()` or the
 * ribbon keeps showing "working" — so every command goes through `completeAfter`, which
 * completes on success and on failure alike (template `commands.ts`). A function file has no
 * UI: failures are logged; the task pane is where users read messages.
 */

/**
 * Runs `work`, logs a failure, and always completes the event. Never rejects: a rejection
 * would surface as an unhandled promise in Office's command host.
 * @example Office.actions.associate("autofitColumns", (e) => completeAfter(e, autofitColumns));
 */
export async function completeAfter(event: Pick<Office.AddinCommands.Event, "completed">, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    console.error("[tro-ly-iso] ribbon command failed", error);
  } finally {
    try {
      event.completed();
    } catch (error) {
      // completed() throws when the host already timed the command out; nothing left to do.
      console.error("[tro-ly-iso] event.completed() failed", error);
    }
  }
}

/** Fits the column widths of the active sheet's used range: one request, one sync (ExcelApi 1.2). */
export async function autofitColumns(): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.worksheets.getActiveWorksheet().getUsedRange().format.autofitColumns();
    await context.sync();
  });
}

/**
 * Registers the commands once Office is ready. `Office.actions.associate` exists from the
 * shared-runtime era on; older hosts find the function by its global name instead.
 */
function register(): void {
  const handler = (event: Office.AddinCommands.Event) => completeAfter(event, autofitColumns);
  if (Office.actions && typeof Office.actions.associate === "function") Office.actions.associate("autofitColumns", handler);
  else (globalThis as unknown as Record<string, unknown>).autofitColumns = handler;
}

// Not wired to a ribbon button yet (the manifest has only "Mở Trợ lý ISO"); registered so an
// ExecuteFunction button can use it without touching this file.
if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  Office.onReady()
    .then(register)
    .catch((error: unknown) => console.error("[tro-ly-iso] ribbon registration failed", error));
}
