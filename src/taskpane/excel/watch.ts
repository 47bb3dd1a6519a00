/**
 * The pane and the sheet are one truth: when the user edits "Nhiệm vụ", "Thông tin", "Hồ sơ TTHC"
 * or "Kinh phí" directly in Excel, or comes back to a sheet, the pane reads the workbook again.
 * Worksheet.onChanged and WorksheetCollection.onActivated (ExcelApi 1.7) where the host has them;
 * where it does not (or registering fails), the pane re-reads when it gets the focus back or
 * becomes visible, and every 15 seconds while visible. Changes are gathered (debounced) so a
 * paste of 50 cells is one re-read, and the pane's own writes do not trigger one.
 */

/** How long after the pane's own write change events are its own echo. */
export const OWN_WRITE_MS = 1500;
const DEBOUNCE_MS = 400;
const POLL_MS = 15_000;

export interface Watcher {
  /** The pane wrote into the workbook: ignore the change events that follow. */
  wrote(): void;
  stop(): void;
}

/**
 * Watches the workbook; `onChange` re-reads it (the caller skips it while a command runs).
 * @param names the sheets whose edits matter
 */
export async function watchWorkbook(names: readonly string[], onChange: () => void): Promise<Watcher> {
  let lastWrite = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const changed = () => {
    if (Date.now() - lastWrite < OWN_WRITE_MS) return;
    clearTimeout(timer);
    timer = setTimeout(onChange, DEBOUNCE_MS);
  };
  const wrote = () => {
    lastWrite = Date.now();
  };
  const supports = (v: string) => Boolean(Office.context?.requirements?.isSetSupported("ExcelApi", v));
  if (supports("1.7")) {
    try {
      const removers = await Excel.run(async (context) => {
        const sheets = context.workbook.worksheets;
        const handlers: OfficeExtension.EventHandlerResult<unknown>[] = [];
        if (supports("1.9")) {
          // Every sheet, those made later included (ExcelApi 1.9).
          handlers.push(sheets.onChanged.add(async () => changed()));
        } else {
          sheets.load("items/name");
          await context.sync();
          const wanted = sheets.items.filter((s) => names.some((n) => n.toLowerCase() === s.name.toLowerCase()));
          handlers.push(...wanted.map((s) => s.onChanged.add(async () => changed())));
        }
        handlers.push(sheets.onActivated.add(async () => changed()));
        await context.sync();
        return handlers;
      });
      return {
        wrote,
        stop: () => {
          clearTimeout(timer);
          void Excel.run(async (context) => {
            for (const h of removers) h.remove();
            await context.sync();
          }).catch(() => undefined);
        },
      };
    } catch {
      // Events not available here (an older host): fall back below.
    }
  }
  const onFocus = () => changed();
  const onVisible = () => {
    if (document.visibilityState === "visible") changed();
  };
  window.addEventListener("focus", onFocus);
  document.addEventListener("visibilitychange", onVisible);
  const poll = setInterval(() => {
    if (document.visibilityState === "visible") changed();
  }, POLL_MS);
  return {
    wrote,
    stop: () => {
      clearTimeout(timer);
      clearInterval(poll);
      window.removeEventListener("focus", onFocus);
      document.removeEventListener("visibilitychange", onVisible);
    },
  };
}
