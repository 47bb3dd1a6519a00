/**
 * Task pane entry: shows the page at once ("Đang khởi động…"), finds out whether it runs
 * inside Excel, then builds the matching panel. The same page is the standalone web page
 * when Office is absent. Heavy modules (exceljs, docx, the importers) are loaded by the
 * commands through lazy.ts, never here.
 */
import { mountApp } from "./app";
import { detectHost } from "./host";
import { createAppState } from "./state";

async function start(): Promise<void> {
  const root = document.getElementById("app");
  if (!root) return;
  const state = createAppState();
  mountApp(root, state);
  state.mode = await detectHost();
  document.body.dataset.mode = state.mode;
  mountApp(root, state);
}

start().catch((error: unknown) => console.error("[tro-ly-iso] start failed", error));
