/**
 * @jest-environment jsdom
 *
 * Excel mode: the pane and the sheet are one truth (issue 17). An edit made directly in "Nhiệm vụ"
 * raises Excel's change event (ExcelApi 1.9, WorksheetCollection.onChanged) and the pane reads the
 * workbook again quietly (no busy pane, no status message), as taskpane.ts wires it; the pane's
 * own writes do not echo. Where the event API (ExcelApi 1.7) is missing or refuses to register,
 * the pane re-reads when it gets the focus back, becomes visible, and every 15 seconds.
 * Expected counts from the demo (test/taskpane/yearInPane.test.ts): 7 done; task 6 (row 7) "Đang thực hiện".
 */
import { installFakeOffice, type InstalledOffice } from "../adapters/officejs/fake/office";
import { demoDossiers, demoTrackingData } from "../../src/app/demoData";
import { tsvToGrid } from "../../src/core/grid/tsv";
import { importPlan } from "../../src/core/plan/importPlan";
import { sheetNames } from "../../src/core/workbook/sheetNames";
import { buildTrackingWorkbook } from "../../src/core/workbook/trackingWorkbook";
import { createActions } from "../../src/taskpane/actions";
import { excelHost, onPaneWrite } from "../../src/taskpane/excel/excelIO";
import { OWN_WRITE_MS, watchWorkbook, type Watcher } from "../../src/taskpane/excel/watch";
import { loadRoutineKit } from "../../src/taskpane/lazy";
import { render, renderingStore } from "../../src/taskpane/render";
import { createAppState, type AppState } from "../../src/taskpane/state";
import { applyHost } from "../../src/taskpane/transitions";
import { sampleText, seeds } from "../helpers";
import { TextEncoder } from "util";

globalThis.TextEncoder ??= TextEncoder;
const globals = globalThis as unknown as Record<string, unknown>;
const watched = [sheetNames.agency, sheetNames.tasks, sheetNames.dossiers, sheetNames.budget, sheetNames.units, sheetNames.narrative];
let watcher: Watcher | null = null;

beforeAll(() => loadRoutineKit());
afterEach(() => {
  watcher?.stop();
  watcher = null;
  jest.useRealTimers();
  for (const name of ["Office", "Excel", "OfficeExtension"]) delete globals[name];
});

function demoSpec() {
  const tasks = importPlan([tsvToGrid("Kế hoạch", sampleText(seeds.plan2024))], {})!.tasks;
  return buildTrackingWorkbook(demoTrackingData(tasks, demoDossiers()));
}

/** The Excel pane over the demo's workbook, read once; every state it is given is recorded. */
async function excelPane(office: InstalledOffice) {
  await excelHost.run((io) => io.write(demoSpec()));
  document.body.innerHTML = '<div id="app"></div>';
  const root = document.getElementById("app")!;
  const inner = renderingStore(root, applyHost(createAppState(), "excel"), () => actions);
  const states: AppState[] = [];
  const store = { ...inner, set: (s: AppState) => (states.push(s), inner.set(s)) };
  const actions = createActions({ store, host: excelHost, select: null, createWorkbook: null, today: () => "2025-12-15" });
  render(root, store.get(), actions);
  await actions.refresh();
  states.length = 0;
  return { root, store, actions, states, office };
}

/** What the user does in Excel: types into a cell of a sheet (the fake raises nothing by itself). */
async function userTypes(sheet: string, cell: string, value: string): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem(sheet).getRange(cell).values = [[value]];
    await context.sync();
  });
}

const until = async (condition: () => boolean, ms = 5000) => {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

describe("Excel: the pane reads the sheet again when it changes", () => {
  it("an edit of 'Nhiệm vụ' raises onChanged: the pane re-reads quietly and shows the new counts", async () => {
    const office = installFakeOffice(globals, { sheets: [{ name: "Sheet1", rows: [] }] });
    const { root, store, actions, states } = await excelPane(office);
    watcher = await watchWorkbook(watched, () => void actions.refresh({ quiet: true }));
    onPaneWrite(() => watcher?.wrote());
    expect(office.fake.workbook.handlers.changed).toHaveLength(1); // ExcelApi 1.9: the collection's event, every sheet
    const status = store.get().routine!.taskRows.find((r) => r.key === "C7")!.cells.status!;
    const statusBefore = store.get().status;

    await userTypes(sheetNames.tasks, status, "Hoàn thành");
    expect(store.get().routine!.tasks.byStatus.done).toBe(7); // not read yet
    await office.fake.workbook.raise("changed", { worksheetId: sheetNames.tasks, address: status });
    await until(() => store.get().routine!.tasks.byStatus.done === 8);
    expect(root.querySelector("#tasks-progress")?.textContent).toContain("12 nhiệm vụ: 8 hoàn thành, 1 đang thực hiện, 2 chưa thực hiện, 1 không thực hiện.");
    expect(root.querySelector<HTMLSelectElement>("#task-C7-status")?.value).toBe("Hoàn thành");
    // Quiet: the pane was never busy and the status line kept its message.
    expect(states.some((s) => s.busy !== null)).toBe(false);
    expect(store.get().status).toEqual(statusBefore);
  });

  it("the pane's own write does not come back as a re-read; a sheet activated later does", async () => {
    const office = installFakeOffice(globals, { sheets: [{ name: "Sheet1", rows: [] }] });
    const { store, actions } = await excelPane(office);
    const onChange = jest.fn();
    watcher = await watchWorkbook(watched, onChange);
    onPaneWrite(() => watcher?.wrote());
    actions.setTask("C7", "note", "Ghi chú");
    await actions.commitTask("C7");
    expect(store.get().status?.key).toBe("taskSaved");
    await office.fake.workbook.raise("changed", {}); // Excel's echo of the pane's write
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(onChange).not.toHaveBeenCalled();
    await new Promise((resolve) => setTimeout(resolve, OWN_WRITE_MS));
    await office.fake.workbook.raise("activated", {});
    await until(() => onChange.mock.calls.length === 1);
  });

  it("many change events at once (a paste of 50 cells) are one re-read", async () => {
    const office = installFakeOffice(globals, { sheets: [{ name: "Sheet1", rows: [] }] });
    const onChange = jest.fn();
    watcher = await watchWorkbook(watched, onChange);
    for (let i = 0; i < 50; i++) await office.fake.workbook.raise("changed", { address: `K${i + 2}` });
    await until(() => onChange.mock.calls.length > 0);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});

describe("Excel without the event API: the fallback", () => {
  /** The fake Excel answering the requirement sets up to ExcelApi 1.`minor` only. */
  const olderExcel = (minor: number) => {
    const office = installFakeOffice(globals, { sheets: [{ name: "Sheet1", rows: [] }] });
    (globals.Office as { context: { requirements: { isSetSupported: (n: string, v: string) => boolean } } }).context.requirements.isSetSupported = (_n, v) =>
      Number(v.split(".")[1]) <= minor;
    return office;
  };

  it("ExcelApi 1.6: no event is registered; the pane re-reads on focus, on becoming visible, and every 15 seconds while visible", async () => {
    const office = olderExcel(6);
    jest.useFakeTimers();
    const onChange = jest.fn();
    watcher = await watchWorkbook(watched, onChange);
    expect(office.fake.workbook.handlers.changed).toHaveLength(0);
    expect(office.fake.workbook.handlers.activated).toHaveLength(0);

    window.dispatchEvent(new Event("focus"));
    window.dispatchEvent(new Event("focus")); // the same moment: one re-read
    jest.advanceTimersByTime(400);
    expect(onChange).toHaveBeenCalledTimes(1);

    expect(document.visibilityState).toBe("visible");
    document.dispatchEvent(new Event("visibilitychange"));
    jest.advanceTimersByTime(400);
    expect(onChange).toHaveBeenCalledTimes(2);

    jest.advanceTimersByTime(15_000);
    expect(onChange).toHaveBeenCalledTimes(3);

    watcher.stop();
    watcher = null;
    window.dispatchEvent(new Event("focus"));
    jest.advanceTimersByTime(30_000);
    expect(onChange).toHaveBeenCalledTimes(3);
  });

  it("ExcelApi 1.7 announced but the events cannot be registered: the same fallback", async () => {
    installFakeOffice(globals, { sheets: [{ name: "Sheet1", rows: [] }] });
    (globals.Excel as { run: () => Promise<never> }).run = () => Promise.reject(new Error("events not available"));
    jest.useFakeTimers();
    const onChange = jest.fn();
    watcher = await watchWorkbook(watched, onChange);
    window.dispatchEvent(new Event("focus"));
    jest.advanceTimersByTime(400);
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});
