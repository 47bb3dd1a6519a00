/**
 * @jest-environment jsdom
 *
 * The unit list in the pane (issue 17): the first import makes "Đơn vị" from the plan's own units
 * and says so; a plan with units the list does not know shows one finding naming them and the
 * button "Thêm vào danh mục đơn vị", which adds them, after which the finding is gone. The plan
 * is test/app/unitList.test.ts's (a Sở Tư pháp's five tasks; "Sở Tài chính" and "Phòng Hành
 * chính tư pháp" in no list, "Văn phòng Sở" and "VP" the common list's "Văn phòng Sở").
 */
import { readUnitsGrid, buildUnitsSheet } from "../../src/core/workbook/unitsSheet";
import { sheetNames } from "../../src/core/workbook/sheetNames";
import { buildTrackingWorkbook, emptyTrackingData } from "../../src/core/workbook/trackingWorkbook";
import { taskpaneText } from "../../src/core/messages/catalogue";
import { createActions } from "../../src/taskpane/actions";
import { loadRoutineKit } from "../../src/taskpane/lazy";
import { render, renderingStore } from "../../src/taskpane/render";
import { memoryGrids, memoryHost } from "../../src/taskpane/standalone/memoryIO";
import { createAppState, statusText, type MemoryWorkbook } from "../../src/taskpane/state";
import { applyHost } from "../../src/taskpane/transitions";
import { unitPlan } from "../app/unitPlan";
import { TextEncoder } from "util";

globalThis.TextEncoder ??= TextEncoder;
const vi = taskpaneText.vi;

beforeAll(() => loadRoutineKit());

function mounted(workbook: MemoryWorkbook | null) {
  document.body.innerHTML = '<div id="app"></div>';
  const root = document.getElementById("app")!;
  const store = renderingStore(root, { ...applyHost(createAppState(), "standalone"), workbook }, () => actions);
  const host = memoryHost(
    () => store.get().workbook,
    (wb) => store.keep({ ...store.get(), workbook: wb }),
    () => "so.xlsx",
  );
  const actions = createActions({ store, host, select: null, createWorkbook: null, today: () => "2025-12-15" });
  render(root, store.get(), actions);
  return { root, store, actions };
}

/** The plan pasted into step 1's box (tab-separated, as copied from Word) and imported. */
async function pastePlan(pane: ReturnType<typeof mounted>) {
  const text = unitPlan()
    .rows.map((r) => r.join("\t"))
    .join("\n");
  pane.actions.setPaste("plan", { text, html: null });
  await pane.actions.planPaste();
}

const unitNames = (workbook: MemoryWorkbook | null) => readUnitsGrid(memoryGrids(workbook, [sheetNames.units])[0]).map((u) => u.name);
const findingTexts = (root: HTMLElement) => [...root.querySelectorAll("#step-plan .findings-list li")].map((li) => li.textContent ?? "");

describe("the unit list in the pane", () => {
  it("the first import builds it from the plan's own units, says so, and offers nothing to add", async () => {
    const pane = mounted(null);
    await pastePlan(pane);
    expect(statusText(vi, pane.store.get().status!)).toContain("Đã đọc 5 nhiệm vụ");
    expect(unitNames(pane.store.get().workbook)).toEqual(["Văn phòng Sở", "Sở Tài chính", "Phòng Hành chính tư pháp"]);
    expect(findingTexts(pane.root).filter((t) => t.includes("danh mục đơn vị"))).toEqual([
      expect.stringContaining("đã lập danh mục đơn vị từ 3 đơn vị mà kế hoạch nêu"),
    ]);
    expect(pane.root.querySelector("#step-plan-add-units")).toBeNull();
  });

  it("unknown units are one finding naming them; 'Thêm vào danh mục đơn vị' adds them and the finding goes", async () => {
    // A tracking workbook whose list the secretary made: only "Văn phòng Sở" (also written "VP").
    const sheets = buildTrackingWorkbook(emptyTrackingData(2025)).sheets.map((s) =>
      s.name === sheetNames.units ? buildUnitsSheet([{ name: "Văn phòng Sở", aliases: ["VP"] }]) : s,
    );
    const pane = mounted({ name: "so-theo-doi-iso-2025.xlsx", base: null, baseGrids: [], sheets, id: "b" });
    await pastePlan(pane);
    const units = findingTexts(pane.root).filter((t) => t.includes("danh mục đơn vị"));
    expect(units).toHaveLength(1);
    expect(units[0]).toContain("kế hoạch dùng 2 tên đơn vị chưa có trong danh mục đơn vị: Sở Tài chính; Phòng Hành chính tư pháp; hãy thêm vào danh mục");
    const add = pane.root.querySelector<HTMLButtonElement>("#step-plan-add-units")!;
    expect(add.textContent).toBe("Thêm vào danh mục đơn vị (2 tên)");

    add.click();
    for (let i = 0; i < 100 && pane.store.get().status?.key !== "unitsAdded"; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(statusText(vi, pane.store.get().status!)).toBe("Đã thêm 2 đơn vị vào danh mục đơn vị (trang “Đơn vị”).");
    expect(unitNames(pane.store.get().workbook)).toEqual(["Văn phòng Sở", "Sở Tài chính", "Phòng Hành chính tư pháp"]);
    expect(findingTexts(document.body).filter((t) => t.includes("danh mục đơn vị"))).toEqual([]);
    expect(document.querySelector("#step-plan-add-units")).toBeNull();
    // The plan's other findings stay.
    expect(findingTexts(document.body).length).toBeGreaterThan(0);
  });
});
