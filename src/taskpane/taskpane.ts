/**
 * Task pane entry. Draws the page at once ("Đang khởi động…"), then loads office.js without
 * blocking that first paint and finds out whether it runs inside Excel; without an Office host
 * (a plain browser, no network, a CDN that hangs) it falls back to the standalone page within
 * a few seconds. The state lives here, in one store: `set` stores and redraws.
 */
import { createActions, type Actions } from "./actions";
import { detectHost, loadOfficeJs } from "./host";
import { render, renderingStore } from "./render";
import { createAppState } from "./state";
import { applyHost } from "./transitions";
import { excelHost, onPaneWrite, selectCell } from "./excel/excelIO";
import { memoryHost } from "./standalone/memoryIO";
import { textsFor } from "./i18n";
import { indexedDbStore } from "./standalone/savedBook";
import { autosave, offerSavedBook, savingStore } from "./standalone/keepBook";
import { watchWorkbook } from "./excel/watch";
import type { AppState } from "./state";

/** The tracking sheets the pane reads (kept in step with the routine kit's list, which is loaded lazily). */
const watchedSheets = ["Thông tin", "Nhiệm vụ", "Hồ sơ TTHC", "Kinh phí", "Đơn vị", "Nhận xét"];

/** Excel for Mac: its webview does not download files from a task pane. */
function isMacWebview(): boolean {
  const platform = Office.context?.platform;
  return platform !== undefined && platform !== null && platform === Office.PlatformType?.Mac;
}

function start(): void {
  const root = document.getElementById("app");
  if (!root) return;
  let actions: Actions | null = null;
  const inner = renderingStore(root, createAppState(), () => actions);
  const books = indexedDbStore();
  let save: (state: AppState) => void = () => undefined;
  const store = savingStore(inner, () => save);
  const host = memoryHost(
    () => store.get().workbook,
    (workbook) => store.keep({ ...store.get(), workbook }),
    () => textsFor(store.get().lang).trackingFileName({ year: "" }),
  );
  actions = createActions({ store, host, select: null, createWorkbook: null, books });
  render(root, store.get(), actions); // first paint: "Đang khởi động…"

  void (async () => {
    await loadOfficeJs();
    const mode = await detectHost();
    if (mode === "excel") {
      const supports = (v: string) => Boolean(Office.context?.requirements?.isSetSupported("ExcelApi", v));
      const createWorkbook = supports("1.8") && typeof Excel.createWorkbook === "function" ? (b64: string) => Excel.createWorkbook(b64) : null;
      actions = createActions({ store, host: excelHost, select: selectCell, createWorkbook });
      store.set(applyHost(store.get(), "excel", { canCreateWorkbook: createWorkbook !== null, macWebview: isMacWebview() }));
      document.body.dataset.mode = "excel";
      await actions.refresh();
      // The sheet and the pane are one truth: an edit made in Excel is read back (quietly).
      const excelActions = actions;
      const watcher = await watchWorkbook(watchedSheets, () => void excelActions.refresh({ quiet: true }));
      onPaneWrite(() => watcher.wrote());
    } else {
      store.set(applyHost(store.get(), "standalone"));
      document.body.dataset.mode = "standalone";
      // A workbook kept in the browser is offered back; a browser that keeps nothing is said.
      await offerSavedBook(books, store);
      save = autosave(books, inner);
    }
  })();
}

start();
