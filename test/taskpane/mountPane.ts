/**
 * The task pane mounted in jsdom over a workbook's grids, as the pane tests use it: Excel through
 * the fake Office (installed by the test) or the standalone page's workbook in memory.
 */
import { routineStatus } from "../../src/app/routine";
import type { Grid } from "../../src/core/grid/grid";
import { createActions, type ActionDeps } from "../../src/taskpane/actions";
import { excelHost } from "../../src/taskpane/excel/excelIO";
import { render, renderingStore } from "../../src/taskpane/render";
import { memoryHost } from "../../src/taskpane/standalone/memoryIO";
import { createAppState, type HostMode, type MemoryWorkbook } from "../../src/taskpane/state";
import { applyHost, applyRoutine } from "../../src/taskpane/transitions";

export interface MountOptions {
  /** The pane's today (its status and commands); the real day when not given. */
  readonly today?: string;
  /** The standalone workbook's file name. */
  readonly name?: string;
  readonly select?: ActionDeps["select"];
  readonly createWorkbook?: ActionDeps["createWorkbook"];
  /** Also keep the grids as the state's workbook in Excel mode (next year's workbook is offered from it). */
  readonly workbookInExcel?: boolean;
}

/** Mounts the pane on a fresh `#app` and renders it once. */
export function mountPane(mode: HostMode, grids: Grid[], options: MountOptions = {}) {
  document.body.innerHTML = '<div id="app"></div>';
  const root = document.getElementById("app")!;
  const workbook: MemoryWorkbook = { name: options.name ?? "so.xlsx", base: null, baseGrids: grids, sheets: [] };
  const today = options.today;
  const initial = applyRoutine(applyHost(createAppState(), mode), routineStatus(grids, today ? { today } : {}));
  const store = renderingStore(root, mode === "standalone" || options.workbookInExcel ? { ...initial, workbook } : initial, () => actions);
  const host =
    mode === "excel"
      ? excelHost
      : memoryHost(
          () => store.get().workbook,
          (wb) => store.keep({ ...store.get(), workbook: wb }),
          () => "so.xlsx",
        );
  const actions = createActions({
    store,
    host,
    select: options.select ?? null,
    createWorkbook: options.createWorkbook ?? null,
    ...(today ? { today: () => today } : {}),
  });
  render(root, store.get(), actions);
  return { root, store, actions };
}
