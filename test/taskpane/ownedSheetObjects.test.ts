/**
 * @jest-environment jsdom
 *
 * Inside Excel, a command that would rewrite one of the add-in's sheets holding the user's comment
 * or chart is refused, and the pane says so in the catalogue's words (issue 22, item 9): the whole
 * path from the pane's action through excelHost, Excel.run and the Office.js renderer to the error
 * boundary, on the same fake Office.js the browser tests inject (ExcelApi up to 1.13: charts,
 * shapes and threaded comments are seen there; notes, 1.18, are not).
 */
import { installFakeOffice, type InstalledOffice } from "../adapters/officejs/fake/office";
import { demoDossiers, demoTrackingData } from "../../src/app/demoData";
import { tsvToGrid } from "../../src/core/grid/tsv";
import { importPlan } from "../../src/core/plan/importPlan";
import { sheetNames } from "../../src/core/workbook/sheetNames";
import { buildTrackingWorkbook } from "../../src/core/workbook/trackingWorkbook";
import { taskpaneText } from "../../src/core/messages/catalogue";
import { createActions, type Store } from "../../src/taskpane/actions";
import { excelHost } from "../../src/taskpane/excel/excelIO";
import { describeError } from "../../src/taskpane/errors";
import { loadRoutineKit } from "../../src/taskpane/lazy";
import { createAppState, statusText, type AppState } from "../../src/taskpane/state";
import { sampleText, seeds } from "../helpers";
import { TextEncoder } from "util";

globalThis.TextEncoder ??= TextEncoder; // jsdom has none; the fake measures responses with it

const vi = taskpaneText.vi;
const globals = globalThis as unknown as Record<string, unknown>;

beforeAll(() => loadRoutineKit());
beforeEach(() => jest.spyOn(console, "error").mockImplementation(() => undefined));
afterEach(() => {
  jest.restoreAllMocks();
  for (const name of ["Office", "Excel", "OfficeExtension"]) delete globals[name];
});

/** The demo's tracking workbook in the fake Excel, and the pane's actions over it. */
async function paneInExcel(): Promise<{ office: InstalledOffice; store: Store; actions: ReturnType<typeof createActions> }> {
  const office = installFakeOffice(globals, { sheets: [{ name: "Sheet1", rows: [] }] });
  const tasks = importPlan([tsvToGrid("Kế hoạch", sampleText(seeds.plan2024))], {})!.tasks;
  await excelHost.run((io) => io.write(buildTrackingWorkbook(demoTrackingData(tasks, demoDossiers()))));
  let state: AppState = { ...createAppState(), mode: "excel" };
  const store: Store = { get: () => state, set: (next) => (state = next), keep: (next) => (state = next) };
  const actions = createActions({ store, host: excelHost, select: null, createWorkbook: null, today: () => "2025-12-15" });
  return { office, store, actions };
}

describe("the pane in Excel: the user's things on a sheet a command rewrites", () => {
  it("'Kiểm tra' again, after the user commented on the sheet it wrote: refused with the catalogue text naming the sheet and the cell", async () => {
    const { office, store, actions } = await paneInExcel();
    await actions.check();
    expect(store.get().feedback.tasks?.status.tone).not.toBe("error");
    const checks = office.fake.sheet(sheetNames.findings);
    checks.commentList.push({ row: 2, column: 1, content: "Đã báo phòng Tổ chức" }); // B3, typed in Excel
    const before = office.snapshot().sheets.find((s) => s.name === sheetNames.findings);

    await actions.check();

    const status = store.get().feedback.tasks?.status;
    expect(status).toEqual({ key: "errorOwnedSheetObjects", params: { sheet: sheetNames.findings, kind: "notes", cell: "B3" }, tone: "error" });
    const text = statusText(vi, status!);
    expect(text).toBe(vi.errorOwnedSheetObjects({ sheet: sheetNames.findings, kind: "notes", cell: "B3" }));
    expect(text).toContain(`Trang tính “${sheetNames.findings}” có ghi chú do bạn thêm vào (ở ô B3)`);
    expect(office.snapshot().sheets.find((s) => s.name === sheetNames.findings)).toEqual(before);
    expect(checks.commentList).toHaveLength(1);
  });

  it("a chart on the report sheet: the report is refused, the message names the sheet and no cell", async () => {
    const { office, store, actions } = await paneInExcel();
    await actions.report();
    expect(store.get().feedback.report?.status.tone).not.toBe("error");
    office.fake.sheet(sheetNames.report).chartList.push({ name: "Biểu đồ 1", type: "Pie" });

    await actions.report();

    const status = store.get().feedback.report?.status;
    expect(status?.key).toBe("errorOwnedSheetObjects");
    expect(statusText(vi, status!)).toBe(
      `Trang tính “${sheetNames.report}” có biểu đồ, hình ảnh hoặc hình vẽ do bạn thêm vào; khi ghi, trang được tạo lại toàn bộ nên biểu đồ, hình ảnh hoặc hình vẽ sẽ bị mất. Hãy chuyển sang trang tính khác hoặc xoá rồi chạy lại (tệp không bị thay đổi).`,
    );
    expect(describeError(Object.assign(new Error("x"), { code: "owned_sheet_objects", sheet: "Báo cáo", kind: "drawings", cell: null }), vi)).toBe(
      statusText(vi, status!),
    );
  });
});
