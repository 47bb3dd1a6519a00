/**
 * @jest-environment jsdom
 *
 * Where a finding or a missing item is, as the user sees it (issue 17, "Words a secretary
 * understands"): in the standalone page, which shows no sheet, the field of step 2, the task row
 * of step 3 or the amount of step 5 is named and clicking goes there (the focus moves to it);
 * never "Thông tin!B16". Inside Excel the cell is named and selected. A cell of an imported file
 * or a pasted table is named by the table's row. Cells of the unfilled workbook (emptyTrackingData):
 * "Thông tin" B2 Cơ quan chủ quản, B16 Họ và tên người ký (test/e2e/routine.chromium.test.ts says the same).
 */
import { installFakeOffice } from "../adapters/officejs/fake/office";
import { mountPane } from "./mountPane";
import { demoDossiers, demoTrackingData } from "../../src/app/demoData";
import type { Finding } from "../../src/core/findings/finding";
import type { Grid } from "../../src/core/grid/grid";
import { tsvToGrid } from "../../src/core/grid/tsv";
import { taskpaneText } from "../../src/core/messages/catalogue";
import { importPlan } from "../../src/core/plan/importPlan";
import { specToGrid } from "../../src/core/sheet/specGrid";
import { sheetNames } from "../../src/core/workbook/sheetNames";
import { buildTrackingWorkbook, emptyTrackingData } from "../../src/core/workbook/trackingWorkbook";
import { excelHost } from "../../src/taskpane/excel/excelIO";
import { loadedRoutineViews, loadRoutineKit } from "../../src/taskpane/lazy";
import { type HostMode } from "../../src/taskpane/state";
import { sampleText, seeds } from "../helpers";
import { TextEncoder } from "util";

globalThis.TextEncoder ??= TextEncoder;
const vi = taskpaneText.vi;
const globals = globalThis as unknown as Record<string, unknown>;
const today = "2025-12-15";

beforeAll(() => loadRoutineKit());
afterEach(() => {
  for (const name of ["Office", "Excel", "OfficeExtension"]) delete globals[name];
});

const unfilled = () => buildTrackingWorkbook(emptyTrackingData(2025)).sheets.map(specToGrid);
function demo() {
  const tasks = importPlan([tsvToGrid("Kế hoạch", sampleText(seeds.plan2024))], {})!.tasks;
  return buildTrackingWorkbook(demoTrackingData(tasks, demoDossiers())).sheets.map(specToGrid);
}

function mounted(mode: HostMode, grids: Grid[]) {
  const select = jest.fn(async () => undefined);
  return { ...mountPane(mode, grids, { today, select: mode === "excel" ? select : null }), select };
}

const missingButtons = () => [...document.querySelectorAll<HTMLButtonElement>("#report-missing li > button")];
const missingButton = (label: string) => missingButtons().find((b) => b.textContent?.startsWith(label))!;
const findingButtons = (step: string) => [...document.querySelectorAll<HTMLButtonElement>(`#step-${step} .findings-list button`)];
const locationOf = (b: HTMLElement) => b.querySelector(".finding-location")?.textContent;

describe("the standalone page names the field, never a cell of a sheet it does not show", () => {
  it("the draft's missing items name the field and step; clicking one focuses its field", async () => {
    const { actions } = mounted("standalone", unfilled());
    await actions.report();
    const texts = missingButtons().map((b) => b.textContent);
    expect(texts).toEqual(expect.arrayContaining(["Cơ quan chủ quản: điền ở Bước 2", "Họ và tên người ký: điền ở Bước 2", "Hồ sơ TTHC: làm ở Bước 4"]));
    expect(texts.filter((x) => /!|\(ô /.test(x ?? ""))).toEqual([]);
    missingButton("Họ và tên người ký").click();
    expect(document.activeElement?.id).toBe("agency-signerName");
    missingButton("Cơ quan chủ quản").click();
    expect(document.activeElement?.id).toBe("agency-governingBody");
    // The budget's first amount: step 5's field.
    const budget = missingButtons().find((b) => b.textContent?.endsWith("điền ở Bước 5"))!;
    budget.click();
    expect(document.activeElement?.id).toMatch(/^input-budget-[A-Z]+\d+$/);
    // A step to run: its heading.
    missingButton("Hồ sơ TTHC").click();
    expect(document.activeElement?.id).toBe("step-dossiers-heading");
    // Proposals are confirmed, not typed: step 2's in its one action, the period's in step 4.
    const proposals = missingButtons().find((b) => /^\d+ mục đề xuất/.test(b.textContent ?? ""))!;
    expect(proposals.textContent).toMatch(/: xác nhận ở Bước 2$/);
    proposals.click();
    expect(document.activeElement?.id).toBe("agency-confirm-all");
    const period = missingButton("Kỳ số liệu và ngày chốt");
    expect(period.textContent).toBe("Kỳ số liệu và ngày chốt (đề xuất, chưa xác nhận): xác nhận ở Bước 4");
    period.click();
    expect(document.activeElement?.id).toBe("period-periodStart");
    // A standard item of the results table: its field is right below.
    const item = missingButtons().find((b) => b.textContent?.startsWith("Kết quả mục I.2"))!;
    expect(item.textContent).toMatch(/: ghi vào ô ngay dưới$/);
    item.click();
    expect(document.activeElement?.id).toBe("report-item-objectives");
  });

  it("a check's finding on a fact links to its field: 'Kính gửi (Bước 2)'", async () => {
    const { root, actions } = mounted("standalone", unfilled());
    const name = root.querySelector<HTMLInputElement>("#agency-agencyName")!;
    name.value = "SỞ KHOA HỌC VÀ CÔNG NGHỆ";
    name.dispatchEvent(new Event("input"));
    await actions.commitAgency("agencyName");
    await actions.check();
    const link = findingButtons("tasks").find((b) => b.textContent?.includes("Sở Khoa học và Công nghệ"))!;
    expect(locationOf(link)).toBe("Kính gửi (Bước 2)");
    expect(link.title).toBe("Đến Kính gửi (Bước 2) để sửa");
    link.click();
    expect(document.activeElement?.id).toBe("agency-recipientTo");
  });

  it("a task's finding links to its row in the tracker, shown even when the filter hid it", async () => {
    const { root, store, actions } = mounted("standalone", demo());
    await actions.check();
    // Task 8's document (03/10/2024) is after "Tháng 9/2024": its finding is at the task's row (9) of "Nhiệm vụ".
    const link = findingButtons("tasks").find((b) => b.textContent?.includes("hoàn thành muộn"))!;
    expect(locationOf(link)).toBe("Nhiệm vụ 8 (Bước 3)");
    const open = root.querySelector<HTMLInputElement>("#task-filter-open")!;
    open.checked = true;
    open.dispatchEvent(new Event("change"));
    expect(document.querySelector("#task-C9")).toBeNull(); // done, so not "open"
    findingButtons("tasks")
      .find((b) => b.textContent?.includes("hoàn thành muộn"))!
      .click();
    expect(store.get().taskFilter).toBe("all");
    expect(document.activeElement?.id).toBe("task-C9-evidence");
    expect(document.querySelector<HTMLDetailsElement>("#task-C9 details")?.open).toBe(true);
  });

  it("a cell of an imported file or a pasted table is named by the table's row", () => {
    const { store, actions } = mounted("standalone", unfilled());
    const views = loadedRoutineViews()!;
    const at = (sheet: string, cell: string): Finding => ({ severity: "warning", code: "task_timing_missing", sheet, cell, params: { no: "3" } });
    expect(views.findingPlace(vi, store.get(), actions, "ke-hoach-2025.docx")(at("Phụ lục", "D5"))).toEqual({
      location: "tệp ke-hoach-2025.docx, dòng 5 của bảng",
      go: null,
    });
    expect(views.findingPlace(vi, store.get(), actions)(at(vi.pasteSourceName(), "D5")).location).toBe("Bảng đã dán, dòng 5");
    // A cell of a sheet that has no field in the pane: the step that works on it.
    const dossiers = views.findingPlace(vi, store.get(), actions)(at(sheetNames.dossiers, "J2"));
    expect(dossiers.location).toBe("Trang “Hồ sơ TTHC” của sổ theo dõi (Bước 4)");
    dossiers.go!();
    expect(document.activeElement?.id).toBe("step-dossiers-heading");
  });
});

describe("inside Excel the cell is named and selected", () => {
  it("a missing item names its cell and clicking selects it", async () => {
    installFakeOffice(globals, { sheets: [{ name: "Sheet1", rows: [] }] });
    await excelHost.run((io) => io.write(buildTrackingWorkbook(emptyTrackingData(2025))));
    const { actions, select } = mounted("excel", []);
    await actions.refresh();
    await actions.report();
    missingButton("Họ và tên người ký").click();
    expect(missingButton("Họ và tên người ký").textContent).toBe("Họ và tên người ký (ô Thông tin!B16)");
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(select).toHaveBeenCalledWith("Thông tin", "B16");
  });
});
