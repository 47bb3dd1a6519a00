/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 *
 * Step 6's "next year" command: next year's tracking workbook from the open one, downloaded by
 * the standalone page, opened as a new workbook in Excel (ExcelApi 1.8) or downloaded when it
 * cannot be; this year's workbook is only read. Expected values written by hand from seed 000
 * (12 tasks, task 1 "Xây dựng mục tiêu chất lượng năm 2024 của Sở", "Tháng 01/2024") and the
 * demo's progress (tasks 6, 10, 11, 12 not finished; the first on row 7, its text in C7). exceljs runs under
 * jsdom with Node's export conditions (its uuid dependency's browser build is an ES module).
 */
import { installFakeOffice } from "../adapters/officejs/fake/office";
import { mountPane } from "./mountPane";
import { demoDossiers, demoTrackingData } from "../../src/app/demoData";
import { tsvToGrid } from "../../src/core/grid/tsv";
import type { Grid } from "../../src/core/grid/grid";
import { taskpaneText } from "../../src/core/messages/catalogue";
import { importPlan } from "../../src/core/plan/importPlan";
import { specToGrid } from "../../src/core/sheet/specGrid";
import { sheetNames } from "../../src/core/workbook/sheetNames";
import { buildTrackingWorkbook, emptyTrackingData } from "../../src/core/workbook/trackingWorkbook";
import { xlsxGrids } from "../../src/taskpane/kits/xlsxKit";
import { statusText, type HostMode } from "../../src/taskpane/state";
import { sampleText, seeds } from "../helpers";
import { TextDecoder, TextEncoder } from "util";
import { Blob as NodeBlob } from "buffer";

jest.mock("../../src/taskpane/files", () => ({ ...jest.requireActual("../../src/taskpane/files"), downloadBytes: jest.fn() }));
// eslint-disable-next-line @typescript-eslint/no-require-imports
const files = require("../../src/taskpane/files") as { downloadBytes: jest.Mock };

// Browsers have it; jsdom does not (the Office.js adapter measures request sizes with it).
globalThis.TextEncoder ??= TextEncoder;
// The same for TextDecoder (the zip layer decodes part names and text with it).
globalThis.TextDecoder ??= TextDecoder as unknown as typeof globalThis.TextDecoder;
// jsdom's Blob has no arrayBuffer() (browsers' has); the .docx writer reads its blob with it.
globalThis.Blob = NodeBlob as unknown as typeof Blob;

const vi = taskpaneText.vi;
const globals = globalThis as unknown as Record<string, unknown>;

/** The demo's 2024 tracking workbook (seed 000's tasks with progress), as the pane reads it. */
function grids2024(): Grid[] {
  const tasks = importPlan([tsvToGrid("Kế hoạch", sampleText(seeds.plan2024))], {})!.tasks;
  return buildTrackingWorkbook(demoTrackingData(tasks, demoDossiers())).sheets.map(specToGrid);
}

/** The same grids with the cell right of `label` in "Thông tin" replaced. */
function withAgencyValue(grids: Grid[], label: string, value: string): Grid[] {
  return grids.map((g) =>
    g.sheet !== sheetNames.agency ? g : { ...g, rows: g.rows.map((row) => (row[0] === label ? [row[0], value, ...row.slice(2)] : row)) },
  );
}

function mounted(mode: HostMode, grids: Grid[], createWorkbook: ((b64: string) => Promise<void>) | null = null) {
  return mountPane(mode, grids, { name: "so-theo-doi-iso-2024.xlsx", createWorkbook, workbookInExcel: true });
}

/** The cells of a sheet of the made workbook, by "C2". */
function cellsOf(grids: Grid[], sheet: string): (address: string) => string {
  const grid = grids.find((g) => g.sheet === sheet)!;
  return (address) => {
    const m = /^([A-Z])(\d+)$/.exec(address)!;
    return grid.rows[Number(m[2]) - grid.firstRowNumber]?.[m[1].charCodeAt(0) - 65 - (grid.firstColumnNumber - 1)] ?? "";
  };
}

async function expectNextYearWorkbook(bytes: Uint8Array): Promise<void> {
  const made = await xlsxGrids(bytes);
  const tasks = cellsOf(made, sheetNames.tasks);
  expect(tasks("C2")).toBe("Xây dựng mục tiêu chất lượng năm 2025 của Sở");
  expect(tasks("E2")).toBe("Tháng 01/2025");
  expect(tasks("J2")).toBe("Chưa thực hiện"); // status emptied (the sheet's "not started")
  expect(tasks("K2")).toBe("");
  const info = made.find((g) => g.sheet === sheetNames.agency)!;
  expect(info.rows.find((r) => r[0] === "Năm báo cáo")?.[1]).toBe("2025");
  expect(info.rows.find((r) => r[0] === "Họ và tên người ký")?.[1]).toBe("Bùi Văn Kỳ");
}

afterEach(() => {
  files.downloadBytes.mockReset();
  for (const name of ["Office", "Excel", "OfficeExtension"]) delete globals[name];
});

describe("step 6: next year's tracking workbook", () => {
  it("the button says next year's number, with a help text, once the workbook has tasks", () => {
    const { root } = mounted("standalone", grids2024());
    const button = root.querySelector<HTMLButtonElement>("#step-report #next-year")!;
    expect(button.textContent).toBe("Tạo sổ theo dõi năm 2025");
    expect(document.getElementById(button.getAttribute("aria-describedby")!)?.textContent).toBe(vi.nextYearHelp());
    // Last in step 6: after the report button.
    const step = [...root.querySelectorAll("#step-report button")].map((b) => b.id);
    expect(step.at(-1)).toBe("next-year");
  });

  it("standalone: downloads so-theo-doi-iso-2025.xlsx and shows the unfinished tasks carried; the open workbook is untouched", async () => {
    const { root, store, actions } = mounted("standalone", grids2024());
    const before = store.get().workbook;
    await actions.nextYear();
    expect(files.downloadBytes).toHaveBeenCalledTimes(1);
    const [name, bytes, mime] = files.downloadBytes.mock.calls[0] as [string, Uint8Array, string];
    expect([name, mime]).toEqual(["so-theo-doi-iso-2025.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"]);
    await expectNextYearWorkbook(bytes);
    const s = store.get();
    expect(s.workbook).toBe(before);
    expect(s.status?.tone).toBe("success");
    expect(statusText(vi, s.status!)).toBe(
      "Đã tạo sổ theo dõi năm 2025 (12 nhiệm vụ): tệp so-theo-doi-iso-2025.xlsx, xem trong thư mục tải về. Sổ năm nay không thay đổi.",
    );
    expect(s.feedback.nextYear?.findings?.map((f) => [f.code, f.cell, (f.params as { count?: unknown } | undefined)?.count])).toEqual(
      [["next_year_unfinished", "C7", 4]], // C7: task 6's text, the first not finished
    );
    expect(root.querySelector("#next-year-section .feedback-text")?.textContent).toBe(statusText(vi, s.status!));
    expect(root.querySelector("#next-year-section .findings-list")?.textContent).toContain("4 nhiệm vụ năm 2024 chưa hoàn thành được chuyển sang năm 2025");
  });

  it("Excel: one read, then the new workbook opened with Excel.createWorkbook; nothing written into the open workbook", async () => {
    const grids = grids2024();
    const office = installFakeOffice(globals, { sheets: grids.map((g) => ({ name: g.sheet, rows: g.rows })) });
    const before = office.snapshot();
    const created: string[] = [];
    const { store, actions } = mounted("excel", grids, async (b64) => void created.push(b64));
    await actions.nextYear();
    expect(created).toHaveLength(1);
    await expectNextYearWorkbook(Uint8Array.from(Buffer.from(created[0], "base64")));
    expect(files.downloadBytes).not.toHaveBeenCalled();
    const after = office.snapshot();
    expect(after.runs - before.runs).toBe(1);
    expect(after.sheets).toEqual(before.sheets);
    expect(store.get().feedback.nextYear?.status.key).toBe("nextYearOpened");
    expect(store.get().feedback.nextYear?.selectable).toBe(true); // the findings point at this year's open workbook
    // The plan .docx is downloaded as the report's .docx is in Excel (no workbook to open it in).
    await actions.downloadPlanDocx();
    expect(files.downloadBytes.mock.calls.map((c) => c[0])).toEqual(["ke-hoach-iso-2025.docx"]);
    // Excel for Mac cannot download: the pane says where to get the .docx, under its button.
    expect(document.querySelector("#next-year-mac-hint")).toBeNull();
    store.set({ ...store.get(), macWebview: true });
    expect(document.querySelector("#download-plan-docx + #next-year-mac-hint")?.textContent).toBe(taskpaneText.vi.macDownloadHint());
    expect(office.snapshot().sheets).toEqual(before.sheets);
  });

  it("then offers next year's plan document: ke-hoach-iso-2025.docx, the KẾ HOẠCH with the tasks in its Phụ lục", async () => {
    const { root, store, actions } = mounted("standalone", grids2024());
    expect(root.querySelector("#download-plan-docx")).toBeNull(); // nothing drafted yet
    await actions.nextYear();
    const button = root.querySelector<HTMLButtonElement>("#next-year-section #download-plan-docx")!;
    expect(button.textContent).toBe("Tải dự thảo Kế hoạch ISO năm 2025 (.docx)");
    expect(root.querySelector("#next-year-plan-missing")).toBeNull(); // the demo's Thông tin and estimate are complete
    files.downloadBytes.mockReset();
    button.click(); // the button runs downloadPlanDocx
    for (let i = 0; i < 100 && files.downloadBytes.mock.calls.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(files.downloadBytes).toHaveBeenCalledTimes(1);
    const [name, bytes, mime] = files.downloadBytes.mock.calls.at(-1) as [string, Uint8Array, string];
    expect([name, mime]).toEqual(["ke-hoach-iso-2025.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"]);
    const JSZip = (await import("jszip")).default;
    const xml = await (await JSZip.loadAsync(bytes)).file("word/document.xml")!.async("string");
    for (const text of ["KẾ HOẠCH", "Số: …/KH-SYT", "Phụ lục", "Xây dựng mục tiêu chất lượng năm 2025 của Sở", "Tháng 12/2025"])
      expect([text, xml.includes(text)]).toEqual([text, true]);
    expect(statusText(vi, store.get().status!)).toContain("ke-hoach-iso-2025.docx");
  });

  it("a plan missing its signer is offered as a DỰ THẢO that says what is missing", async () => {
    const { root, actions } = mounted("standalone", withAgencyValue(grids2024(), "Họ và tên người ký", ""));
    await actions.nextYear();
    expect(root.querySelector("#next-year-plan-missing")?.textContent).toBe("Kế hoạch mang dấu DỰ THẢO, còn thiếu: Thông tin: họ tên người ký.");
  });

  it("Excel without ExcelApi 1.8: the file is downloaded instead", async () => {
    const grids = grids2024();
    installFakeOffice(globals, { sheets: grids.map((g) => ({ name: g.sheet, rows: g.rows })) });
    const { store, actions } = mounted("excel", grids, null);
    await actions.nextYear();
    expect(files.downloadBytes.mock.calls.map((c) => c[0])).toEqual(["so-theo-doi-iso-2025.xlsx"]);
    expect(store.get().feedback.nextYear?.status.key).toBe("nextYearDownloaded");
  });

  it("not offered before the workbook has tasks; a blank year in “Thông tin” is the plan's, as for the report", async () => {
    const unfilled = buildTrackingWorkbook(emptyTrackingData(2024)).sheets.map(specToGrid);
    expect(mounted("standalone", unfilled).root.querySelector("#next-year")).toBeNull();
    const { root, store, actions } = mounted("standalone", withAgencyValue(grids2024(), "Năm báo cáo", ""));
    expect(root.querySelector("#next-year")?.textContent).toBe("Tạo sổ theo dõi năm 2025");
    await actions.nextYear();
    expect(files.downloadBytes.mock.calls.map((c) => c[0])).toEqual(["so-theo-doi-iso-2025.xlsx"]);
    await expectNextYearWorkbook(files.downloadBytes.mock.calls[0][1] as Uint8Array);
    expect(store.get().feedback.nextYear?.status.tone).toBe("success");
  });

  it("a workbook whose year disagrees with its plan's: the Vietnamese message at the cell, no file, no crash", async () => {
    const grids = withAgencyValue(grids2024(), "Năm báo cáo", "2023");
    const { root, store, actions } = mounted("standalone", grids);
    expect(root.querySelector("#next-year")?.textContent).toBe("Tạo sổ theo dõi năm sau"); // no year to name
    await actions.nextYear();
    expect(files.downloadBytes).not.toHaveBeenCalled();
    const fb = store.get().feedback.nextYear!;
    expect(fb.status).toEqual({ key: "nextYearFailed", tone: "error" });
    expect(fb.findings?.map((f) => [f.code, f.sheet])).toEqual([["year_conflict", "Thông tin"]]);
    expect(root.querySelector("#next-year-section .findings-list")?.textContent).toContain("2023");
    expect(document.activeElement?.id).toBe("step-nextYear-feedback");
  });

  it("a typed year that is not one: the button names no year, and the command refuses it at its cell", async () => {
    const { root, store, actions } = mounted("standalone", withAgencyValue(grids2024(), "Năm báo cáo", "năm nay"));
    expect(root.querySelector("#next-year")?.textContent).toBe("Tạo sổ theo dõi năm sau");
    await actions.nextYear();
    expect(files.downloadBytes).not.toHaveBeenCalled();
    expect(store.get().feedback.nextYear?.findings?.map((f) => [f.code, f.sheet])).toEqual([["year_invalid", "Thông tin"]]);
  });

  it("a file that fails while it is made is never offered: no download, the failure in the status line (issue 22)", async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const kit = require("../../src/taskpane/kits/xlsxKit") as { memoryWorkbookBytes: () => Promise<Uint8Array> };
    const failing = jest.spyOn(kit, "memoryWorkbookBytes").mockRejectedValue(new Error("out of memory"));
    const { store, actions } = mounted("standalone", grids2024());
    await actions.downloadTracking();
    expect(failing).toHaveBeenCalledTimes(1);
    expect(files.downloadBytes).not.toHaveBeenCalled();
    expect(store.get().status?.tone).toBe("error");
    failing.mockRestore();
    // The same command once the file can be made: offered whole.
    await actions.downloadTracking();
    expect(files.downloadBytes.mock.calls.map((c) => c[0])).toEqual(["so-theo-doi-iso-2024.xlsx"]);
  });
});
