/**
 * @jest-environment jsdom
 *
 * The secretary's year in the pane (issue 17): the tracker's counts always add up and its edits
 * go into "Nhiệm vụ" (the standalone page's workbook; Excel's cells in a constant number of
 * syncs); step 2 shows proposals and confirms them in one action; step 4 refuses a future as-of
 * date; a new workbook leaves nothing of the previous one on screen. Expected values are worked
 * out by hand from the demo's progress (src/app/demoData.ts, seed 001's results table):
 * tasks 1, 2, 4, 5, 7, 8, 9 "Hoàn thành"; 3 "Không thực hiện"; 6, 11 "Đang thực hiện"; 10, 12
 * "Chưa thực hiện". Task 6 is on row 7 of "Nhiệm vụ" (its text in C7).
 */
import { installFakeOffice } from "../adapters/officejs/fake/office";
import { mountPane } from "./mountPane";
import { demoDossiers, demoTrackingData } from "../../src/app/demoData";
import { tsvToGrid } from "../../src/core/grid/tsv";
import type { Grid } from "../../src/core/grid/grid";
import { importPlan } from "../../src/core/plan/importPlan";
import { specToGrid } from "../../src/core/sheet/specGrid";
import { sheetNames } from "../../src/core/workbook/sheetNames";
import { buildTrackingWorkbook, emptyTrackingData } from "../../src/core/workbook/trackingWorkbook";
import { excelHost } from "../../src/taskpane/excel/excelIO";
import { loadRoutineKit } from "../../src/taskpane/lazy";
import { memoryGrids } from "../../src/taskpane/standalone/memoryIO";
import { statusText, type AppState, type HostMode } from "../../src/taskpane/state";
import { applyImport, resetForWorkbook } from "../../src/taskpane/transitions";
import { taskpaneText } from "../../src/core/messages/catalogue";
import { succeeded } from "../../src/core/job/jobResult";
import { sampleText, seeds } from "../helpers";
import { TextEncoder } from "util";
import { editedNarrativeYear, exportText, realYearWorkbook } from "../realYear";
import { parseMark } from "../../src/core/report/narrativeMark";
import { narrativeText } from "../../src/core/messages/catalogue";

globalThis.TextEncoder ??= TextEncoder;
const vi = taskpaneText.vi;
const globals = globalThis as unknown as Record<string, unknown>;
/** The day the pane runs in these tests. */
const today = "2025-12-15";

beforeAll(() => loadRoutineKit());
afterEach(() => {
  for (const name of ["Office", "Excel", "OfficeExtension"]) delete globals[name];
});

function demoSpec() {
  const tasks = importPlan([tsvToGrid("Kế hoạch", sampleText(seeds.plan2024))], {})!.tasks;
  return buildTrackingWorkbook(demoTrackingData(tasks, demoDossiers()));
}

function mounted(mode: HostMode, grids: Grid[]) {
  return mountPane(mode, grids, { today, name: "so-theo-doi-iso-2024.xlsx" });
}

const type = (root: HTMLElement, selector: string, text: string) => {
  const input = root.querySelector<HTMLInputElement>(selector)!;
  input.value = text;
  input.dispatchEvent(new Event("input"));
  return input;
};

describe("step 3, the task tracker", () => {
  it("counts every status so the counts add up to the tasks, and filters the rows", () => {
    const { root, store } = mounted("standalone", demoSpec().sheets.map(specToGrid));
    const tasks = store.get().routine!.tasks;
    expect(tasks.byStatus).toEqual({ notStarted: 2, inProgress: 2, done: 7, notDone: 1, other: 0 });
    expect(Object.values(tasks.byStatus).reduce((a, b) => a + b, 0)).toBe(tasks.total);
    expect(tasks.open).toBe(4); // 6, 10, 11, 12
    expect(root.querySelector("#tasks-progress")?.textContent).toContain("12 nhiệm vụ: 7 hoàn thành, 2 đang thực hiện, 2 chưa thực hiện, 1 không thực hiện.");
    expect(root.querySelectorAll("#task-list > li")).toHaveLength(12);
    const open = root.querySelector<HTMLInputElement>("#task-filter-open")!;
    open.checked = true;
    open.dispatchEvent(new Event("change"));
    const shown = [...root.querySelectorAll("#task-list > li .task-no")].map((e) => e.textContent);
    expect(shown).toEqual(["6.", "10.", "11.", "12."]);
  });

  /** The demo's tasks (see above) as of its "Thông tin" as-of date, 31/10/2024, worked out by hand from src/app/routine.ts's rules. */
  const shownNumbers = (root: HTMLElement) => [...root.querySelectorAll("#task-list > li .task-no")].map((e) => e.textContent);
  const pick = (root: HTMLElement, filter: string) => {
    const radio = root.querySelector<HTMLInputElement>(`#task-filter-${filter}`)!;
    radio.checked = true;
    radio.dispatchEvent(new Event("change"));
  };

  it("filters the late tasks and those without a document", () => {
    const { root } = mounted("standalone", demoSpec().sheets.map(specToGrid));
    // Late: task 8 ("Tháng 9/2024", ends 30/09) has only a document of 03/10/2024; no unfinished task's time
    // ended before 31/10 (6 and 12 end 31/12, 10 and 11 on 30/11).
    expect(root.querySelector("label[for=task-filter-late]")?.textContent).toBe(vi.filterLate({ n: 1 }));
    pick(root, "late");
    expect(shownNumbers(root)).toEqual(["8."]);
    // No document: every task but 3 ("Không thực hiện") whose result names no số/ký hiệu: 1 and 2 (free text),
    // 6, 7, 10, 11, 12 (blank); 4, 5, 8, 9 cite a decision, a plan or minutes.
    expect(root.querySelector("label[for=task-filter-noEvidence]")?.textContent).toBe(vi.filterNoEvidence({ n: 7 }));
    pick(root, "noEvidence");
    expect(shownNumbers(root)).toEqual(["1.", "2.", "6.", "7.", "10.", "11.", "12."]);
    pick(root, "all");
    expect(shownNumbers(root)).toHaveLength(12);
  });

  it("says under the evidence field when a document is late, has no date, or cannot be read", () => {
    const { root } = mounted("standalone", demoSpec().sheets.map(specToGrid));
    const notes = (key: string) => root.querySelector(`#task-${key}-evidence-notes`)?.textContent ?? "";
    const offer = root.querySelector<HTMLButtonElement>("#task-C7-done")!;
    // Task 8 as the workbook holds it: its plan of 03/10/2024 is after "Tháng 9/2024" (dates as NĐ 30 writes them: a day under 10 with its 0, September without).
    expect(notes("C9")).toBe(
      'Đọc được: Kế hoạch số 4425/KH-ISO ngày 03/10/2024. nhiệm vụ "8" hoàn thành muộn: văn bản "Kế hoạch số 4425/KH-ISO ngày 03/10/2024" ngày "03/10/2024" sau thời gian kế hoạch "Tháng 9/2024" (hết ngày "30/9/2024")',
    );
    // Typed: a document without its date. It is read, the missing date is said, and nothing proposes "Hoàn thành".
    type(root, "#task-C7-evidence", "Quyết định số 12/QĐ-STP");
    expect(notes("C7")).toBe(
      "Đọc được: Quyết định số 12/QĐ-STP. Văn bản Quyết định số 12/QĐ-STP chưa ghi ngày: ghi thêm ngày ban hành (ví dụ “ngày 05/03/2025”) để kiểm tra đúng hạn.",
    );
    expect(offer.hidden).toBe(true);
    // A date that does not exist: the checks say so (and not, besides, that there is no date).
    type(root, "#task-C7-evidence", "Quyết định số 12/QĐ-STP ngày 31/02/2024");
    expect(notes("C7")).toBe(
      'Đọc được: Quyết định số 12/QĐ-STP ngày 31/02/2024. ngày "31/02/2024" của văn bản "Quyết định số 12/QĐ-STP ngày 31/02/2024" không tồn tại',
    );
    expect(offer.hidden).toBe(true);
    // Text that names no document.
    type(root, "#task-C7-evidence", "Đã gửi báo cáo cho Giám đốc");
    expect(notes("C7")).toBe(vi.evidenceNoReference());
    expect(offer.hidden).toBe(true);
    // The same notes once the pane is drawn again (another filter) from what was typed, kept in the state.
    type(root, "#task-C7-evidence", "Quyết định số 12/QĐ-STP");
    pick(root, "open");
    expect(root.querySelector<HTMLInputElement>("#task-C7-evidence")?.value).toBe("Quyết định số 12/QĐ-STP");
    expect(notes("C7")).toContain("Văn bản Quyết định số 12/QĐ-STP chưa ghi ngày");
  });

  it("a dated document typed as evidence offers 'Hoàn thành'; one action writes status and evidence into 'Nhiệm vụ' (standalone)", async () => {
    const { root, store, actions } = mounted("standalone", demoSpec().sheets.map(specToGrid));
    const offer = root.querySelector<HTMLButtonElement>("#task-C7-done")!;
    expect(offer.hidden).toBe(true);
    type(root, "#task-C7-evidence", "Quyết định số 12/QĐ-SYT ngày 05/03/2024 của Sở Y tế");
    expect(offer.hidden).toBe(false);
    expect(offer.textContent).toBe("Đánh dấu “Hoàn thành”");
    expect(root.querySelector("#task-C7-evidence-notes")?.textContent).toContain("Đọc được: ");
    await actions.markTaskDone("C7");
    const [tasksGrid] = memoryGrids(store.get().workbook, [sheetNames.tasks]);
    const row7 = tasksGrid.rows[6];
    expect(row7).toEqual(expect.arrayContaining(["Hoàn thành", "Quyết định số 12/QĐ-SYT ngày 05/03/2024 của Sở Y tế"]));
    const tasks = store.get().routine!.tasks;
    expect([tasks.byStatus.done, tasks.byStatus.inProgress, tasks.open]).toEqual([8, 1, 3]);
    expect(statusText(vi, store.get().status!)).toBe("Đã lưu nhiệm vụ 6.");
    expect(store.get().taskInputs).toEqual({});
  });

  it("in Excel, a task's edit writes its cells in the add-in's own sheet with a constant number of syncs", async () => {
    const office = installFakeOffice(globals, { sheets: [{ name: "Sheet1", rows: [] }] });
    await excelHost.run((io) => io.write(demoSpec()));
    const { store, actions } = mounted("excel", []);
    await actions.refresh();
    const note = store.get().routine!.taskRows.find((r) => r.key === "C7")!.cells;
    actions.setTask("C7", "status", "Hoàn thành");
    actions.setTask("C7", "note", "Báo cáo Giám đốc ngày 10/12");
    const before = office.snapshot();
    await actions.commitTask("C7");
    const after = office.snapshot();
    expect(after.runs - before.runs).toBe(1);
    expect(after.syncCount - before.syncCount).toBeLessThanOrEqual(2); // the owner markers, the cells
    const cells = after.sheets.find((s) => s.name === sheetNames.tasks)!.cells;
    expect(cells[note.status!]?.value).toBe("Hoàn thành");
    expect(cells[note.note!]?.value).toBe("Báo cáo Giám đốc ngày 10/12");
    expect(store.get().routine!.tasks.byStatus.done).toBe(8);
  });

  it("in Excel, a sheet the user made (no owner marker) is never written: the save is refused and said", async () => {
    const grids = demoSpec().sheets.map(specToGrid);
    const office = installFakeOffice(globals, { sheets: grids.map((g) => ({ name: g.sheet, rows: g.rows })) });
    const { store, actions } = mounted("excel", []);
    await actions.refresh();
    const before = office.snapshot();
    actions.setTask("C7", "status", "Hoàn thành");
    await actions.commitTask("C7");
    expect(office.snapshot().sheets).toEqual(before.sheets);
    expect(store.get().status?.tone).toBe("error");
    expect(statusText(vi, store.get().status!)).toContain(sheetNames.tasks);
  });
});

describe("step 2, the agency facts", () => {
  it("shows every fact; the product's defaults are proposals until one action confirms them all", async () => {
    const { root, store, actions } = mounted("standalone", buildTrackingWorkbook(emptyTrackingData(2025)).sheets.map(specToGrid));
    // An unfilled workbook proposes four defaults (Kính gửi, the signer's title, Nơi nhận, the drafting unit) and the
    // calendar-year period (its group says it is confirmed in step 4; the as-of date is blank, nothing to confirm).
    const proposed = [...root.querySelectorAll("#step-agency .badge-proposed")].map((b) => b.closest(".field")!.querySelector("input, textarea")!.id);
    expect(proposed).toEqual([
      "agency-signerTitle",
      "agency-recipientTo",
      "agency-recipients",
      "agency-draftingUnit",
      "agency-periodStart",
      "agency-periodEnd",
    ]);
    expect(root.querySelectorAll("#step-agency input, #step-agency textarea").length).toBe(20);
    type(root, "#agency-agencyName", "SỞ TƯ PHÁP");
    await actions.confirmAgency();
    const read = store.get().routine!.agencyRead!;
    expect(read.info.agencyName).toBe("SỞ TƯ PHÁP");
    // Confirmed: no proposal left outside the period (step 4's).
    expect(read.info.proposed.filter((k) => !["periodStart", "periodEnd", "asOf"].includes(k))).toEqual([]);
    expect(root.querySelectorAll("#step-agency .badge-proposed")).toHaveLength(2); // the period's two, for step 4
    expect(root.querySelector("#agency-all-confirmed")).not.toBeNull();
    expect(statusText(vi, store.get().status!)).toBe("Đã xác nhận 5 mục của trang “Thông tin”.");
  });

  it("says at the field that 'Kính gửi' is the agency itself", async () => {
    const { root, actions } = mounted("standalone", buildTrackingWorkbook(emptyTrackingData(2025)).sheets.map(specToGrid));
    type(root, "#agency-agencyName", "SỞ KHOA HỌC VÀ CÔNG NGHỆ");
    await actions.commitAgency("agencyName");
    expect(document.querySelector("#agency-recipientTo-notes")?.textContent).toContain("Sở Khoa học và Công nghệ");
  });
});

describe("step 4, the period", () => {
  it("refuses an as-of date after today at its field, and writes nothing", async () => {
    const { root, store, actions } = mounted("standalone", buildTrackingWorkbook(emptyTrackingData(2025)).sheets.map(specToGrid));
    const before = store.get().workbook;
    type(root, "#period-asOf", "31/12/2025");
    await actions.confirmPeriod();
    expect(store.get().workbook).toBe(before);
    expect(statusText(vi, store.get().status!)).toContain("31/12/2025");
    expect(statusText(vi, store.get().status!)).toContain("15/12/2025");
    expect(document.querySelector("#period-asOf")?.getAttribute("aria-invalid")).toBe("true");
    expect(document.activeElement?.id).toBe("period-asOf");
    type(document.body, "#period-asOf", "15/12/2025");
    await actions.confirmPeriod();
    const info = store.get().routine!.agencyRead!.info;
    expect([info.periodStart, info.periodEnd, info.asOf, info.proposed.includes("asOf")]).toEqual(["2025-01-01", "2025-12-31", "2025-12-15", false]);
    expect(store.get().routine!.periodSettled).toBe(true);
  });
});

describe("step 4, a period changed and confirmed", () => {
  it("counts the export again for the confirmed period: the figures shown are the period's (periodConfirmedRecounted)", async () => {
    const { root, store, actions } = mounted("standalone", buildTrackingWorkbook(emptyTrackingData(2025)).sheets.map(specToGrid));
    // test/realYear.ts's export: 69 dossiers received 16/12/2024–08/12/2025, pasted as a table.
    actions.setPaste("dossiers", {
      text: exportText(),
      html: null,
    });
    await actions.dossiersPaste();
    // Proposed from its dates: 15/12/2024–14/12/2025, every row inside. Rate A = 52 / (52 + 3) (realYear.ts).
    const summary = () => root.ownerDocument.querySelector("#dossiers-summary")?.textContent;
    expect(summary()).toBe("69 hồ sơ tiếp nhận; tỷ lệ đúng hạn 94,55%.");
    expect(document.querySelector<HTMLInputElement>("#period-periodStart")?.value).toBe("15/12/2024");
    // The secretary reports the calendar year instead, as of today.
    type(document.body, "#period-periodStart", "01/01/2025");
    type(document.body, "#period-periodEnd", "31/12/2025");
    type(document.body, "#period-asOf", "15/12/2025");
    await actions.confirmPeriod();
    expect(statusText(vi, store.get().status!)).toBe(
      "Đã xác nhận kỳ số liệu 01/01/2025 – 31/12/2025, chốt ngày 15/12/2025; số liệu hồ sơ đã được tính lại theo kỳ này.",
    );
    // The 4 received on 16/12/2024 (returned early) are left out: 65 received; rate A = (52 − 4) / (48 + 3) = 94,1176…%.
    expect(summary()).toBe("65 hồ sơ tiếp nhận; tỷ lệ đúng hạn 94,12%.");
    expect(document.querySelector("#period-outside")?.textContent).toBe("4 hồ sơ tiếp nhận trước 01/01/2025 không tính vào kỳ.");
    expect(store.get().routine!.dossiers?.received).toBe(65);
    const info = store.get().routine!.agencyRead!.info;
    expect([info.periodStart, info.periodEnd, info.asOf]).toEqual(["2025-01-01", "2025-12-31", "2025-12-15"]);
  });
});

describe("a new workbook", () => {
  it("leaves nothing of the previous one on screen: findings, messages, typed fields, the report", () => {
    const { store } = mounted("standalone", demoSpec().sheets.map(specToGrid));
    const stale: AppState = {
      ...store.get(),
      feedback: { agency: { status: { key: "agencyConfirmed", params: { count: 5 }, tone: "success" }, findings: [], selectable: false } },
      agencyInputs: { signerName: "Nguyễn Văn A" },
      taskInputs: { C7: { evidence: "QĐ 1" } },
      budgetInputs: { D3: "1.000" },
      taskFilter: "late",
      invalid: ["D3"],
    };
    const next = applyImport(
      stale,
      succeeded({ summary: { key: "trackingOpened", params: { name: "b.xlsx" }, tone: "success" }, findings: [], selectable: false, into: "new" as const }),
    );
    expect(next.feedback.agency).toBeUndefined();
    expect([next.agencyInputs, next.taskInputs, next.budgetInputs, next.taskFilter, next.invalid, next.report, next.routine]).toEqual([
      {},
      {},
      {},
      "all",
      [],
      null,
      null,
    ]);
    expect(resetForWorkbook(stale).feedback).toEqual({});
  });
});

describe("step 6, a standard item without a document", () => {
  /** Another agency's year before any progress (test/realYear.ts): facts confirmed, as of 14/12/2025; no task has a document yet. */
  const realYear = () => realYearWorkbook().sheets.map(specToGrid);
  const missingItems = (store: { get: () => AppState }) =>
    (store.get().report?.missing ?? []).filter((m) => m.item).map((m) => `${m.item} ${m.sheet}!${m.cell}`);

  it("gets its result typed in the pane: written into its row of 'Nhận xét', the report made again without it (standalone)", async () => {
    const { root, store, actions } = mounted("standalone", realYear());
    await actions.report();
    // Items 2–8 (item 1 is the plan's own number, from its header); each result row of "Nhận xét" is
    // after the 8 text blocks and the header (row 10 for item 2 … row 16 for item 8).
    expect(missingItems(store)).toEqual([
      "objectives Nhận xét!B10",
      "documents Nhận xét!B11",
      "procedures Nhận xét!B12",
      "internalAudit Nhận xét!B13",
      "managementReview Nhận xét!B14",
      "effectiveness Nhận xét!B15",
      "republication Nhận xét!B16",
    ]);
    expect(root.querySelectorAll("#report-missing input")).toHaveLength(7);
    expect(root.querySelector("label[for=report-item-effectiveness]")?.textContent).toBe("Văn bản đã ban hành hoặc lý do không thực hiện");
    // A text that names no document and gives no reason does not account for the item: still missing, kept as typed.
    type(root, "#report-item-effectiveness", "Đã làm");
    await actions.commitItemResult("effectiveness");
    expect(missingItems(store)).toContain("effectiveness Nhận xét!B15");
    expect(memoryGrids(store.get().workbook, [sheetNames.narrative])[0].rows[14][1]).toBe("Đã làm");
    // A reason does.
    type(document.body, "#report-item-effectiveness", "Không thực hiện vì năm 2025 Sở không công bố lại hệ thống");
    await actions.commitItemResult("effectiveness");
    expect(missingItems(store)).not.toContain("effectiveness Nhận xét!B15");
    expect(missingItems(store)).toHaveLength(6);
    const row = memoryGrids(store.get().workbook, [sheetNames.narrative])[0].rows[14];
    expect(row.slice(0, 2)).toEqual(["I.7 — Kết quả: Xác nhận hiệu lực của hệ thống", "Không thực hiện vì năm 2025 Sở không công bố lại hệ thống"]);
    expect(store.get().itemInputs).toEqual({});
    expect(store.get().report?.model.draft).toBe(true);
  });

  it("in Excel, writes the item's cells in the add-in's own 'Nhận xét' and makes the report again", async () => {
    const office = installFakeOffice(globals, { sheets: [{ name: "Sheet1", rows: [] }] });
    await excelHost.run((io) => io.write(realYearWorkbook()));
    const { store, actions } = mounted("excel", []);
    await actions.refresh();
    await actions.report();
    expect(missingItems(store)).toContain("documents Nhận xét!B11");
    actions.setItemResult("documents", "Quyết định số 62/QĐ-STP ngày 12/05/2025 ban hành quy trình nội bộ");
    await actions.commitItemResult("documents");
    const cells = office.snapshot().sheets.find((s) => s.name === sheetNames.narrative)!.cells;
    expect(cells.B11?.value).toBe("Quyết định số 62/QĐ-STP ngày 12/05/2025 ban hành quy trình nội bộ");
    expect(missingItems(store)).not.toContain("documents Nhận xét!B11");
    expect(missingItems(store)).toHaveLength(6);
  });
});

describe("step 6, an edited block of 'Nhận xét' whose figures changed", () => {
  const blocks = (store: { get: () => AppState }) => (store.get().report?.missing ?? []).filter((m) => m.block).map((m) => `${m.block} ${m.sheet}!${m.cell}`);

  it("is kept as written with 'Giữ nội dung đã sửa': its mark says checked, the report no longer asks (standalone)", async () => {
    const { grids, typed, stated, current } = editedNarrativeYear(today);
    const { root, store, actions } = mounted("standalone", grids);
    await actions.report();
    expect(blocks(store)).toEqual(["obstacles Nhận xét!B6"]);
    const item = store.get().report!.missing.find((m) => m.block)!;
    expect(item.label).toContain(`“${stated} chưa hoàn thành” (nay: ${current} chưa hoàn thành)`);
    const keep = root.querySelector<HTMLButtonElement>("#report-keep-obstacles")!;
    expect(keep.textContent).toBe(vi.keepEdited());
    // The sheet's note names this very button.
    const before = memoryGrids(store.get().workbook, [sheetNames.narrative])[0].rows[5];
    expect(before[2]).toContain(`“${vi.keepEdited()}”`);
    keep.click();
    expect(store.get().busy).not.toBeNull();
    for (let i = 0; i < 200 && store.get().busy !== null; i++) await new Promise((r) => setTimeout(r, 10));
    expect(blocks(store)).toEqual([]);
    const row = memoryGrids(store.get().workbook, [sheetNames.narrative])[0].rows[5];
    expect(row[1]).toBe(typed);
    expect(parseMark(row[3])?.kind).toBe("confirmed");
    expect(row[2]).toBe(narrativeText.sheet.noteConfirmed);
    expect(root.querySelector("#report-keep-obstacles")).toBeNull();
  });

  it("in Excel, writes only the block's mark and note in the add-in's own 'Nhận xét'", async () => {
    const { spec, typed } = editedNarrativeYear(today);
    const office = installFakeOffice(globals, { sheets: [{ name: "Sheet1", rows: [] }] });
    await excelHost.run((io) => io.write({ sheets: [...realYearWorkbook().sheets, spec] }));
    const { store, actions } = mounted("excel", []);
    await actions.refresh();
    await actions.report();
    expect(blocks(store)).toEqual(["obstacles Nhận xét!B6"]);
    await actions.keepNarrative("obstacles");
    const cells = office.snapshot().sheets.find((s) => s.name === sheetNames.narrative)!.cells;
    expect(cells.B6?.value).toBe(typed);
    expect(parseMark(String(cells.D6?.value))?.kind).toBe("confirmed");
    expect(blocks(store)).toEqual([]);
  });
});

describe("the missing list says what to do by what an item is, not by its words", () => {
  it("block 'IV — Kiến nghị, đề xuất' with a changed figure is to correct or keep, not a proposal to confirm (standalone)", async () => {
    const { grids, stated, current } = editedNarrativeYear(today);
    // Row 8 of "Nhận xét" is block IV (the header, then seven blocks in narrativeKeys order); its text states
    // the unfinished tasks as the edited "Khó khăn" block does (one fewer than the tasks say).
    const typed = `Đề nghị Sở KH&CN hướng dẫn thêm; hiện còn ${stated} của Kế hoạch năm 2025 chưa hoàn thành.`;
    const withIv = grids.map((g) =>
      g.sheet === sheetNames.narrative ? { ...g, rows: g.rows.map((row, r) => (r === 7 ? [row[0], typed, ...row.slice(2)] : row)) } : g,
    );
    const { root, store, actions } = mounted("standalone", withIv);
    await actions.report();
    expect((store.get().report?.missing ?? []).filter((m) => m.block).map((m) => m.block)).toEqual(["obstacles", "proposals"]);
    const texts = [...root.querySelectorAll("#report-missing li > button")].map((b) => b.textContent ?? "");
    const block = texts.filter((t) => t.includes("IV — Kiến nghị, đề xuất"));
    expect(block).toEqual([
      vi.missingStepItem({
        label: `Nhận xét: IV — Kiến nghị, đề xuất — số liệu đã thay đổi: “${stated} chưa hoàn thành” (nay: ${current} chưa hoàn thành)`,
        n: 6,
      }),
    ]);
    expect(root.querySelector("#report-keep-proposals")?.textContent).toBe(vi.keepEdited());
  });
});
