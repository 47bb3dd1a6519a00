/** @jest-environment jsdom */
import { routineStatus } from "../../src/app/routine";
import { taskpaneTexts } from "../../src/core/messages/taskpaneLanguages";
import { specToGrid } from "../../src/core/sheet/specGrid";
import { buildTrackingWorkbook, emptyTrackingData } from "../../src/core/workbook/trackingWorkbook";
import { createActions } from "../../src/taskpane/actions";
import { render, renderingStore } from "../../src/taskpane/render";
import { createAppState, type AppState, type HostMode } from "../../src/taskpane/state";
import { applyHost, applyRoutine, startJob } from "../../src/taskpane/transitions";
import type { WorkbookHost } from "../../src/taskpane/workbookIO";
import { loadRoutineKit } from "../../src/taskpane/lazy";

// A state with a routine comes from a command that loaded the routine kit (and the steps' views with it).
beforeAll(() => loadRoutineKit());

const unfilled = routineStatus(buildTrackingWorkbook(emptyTrackingData(2024)).sheets.map(specToGrid));

function mounted(mode: HostMode, routine = unfilled) {
  document.body.innerHTML = '<div id="app"></div>';
  const root = document.getElementById("app")!;
  const host: WorkbookHost = { run: async () => (s: AppState) => s } as never;
  const store = renderingStore(root, applyRoutine(applyHost(createAppState(), mode), routine), () => actions);
  const actions = createActions({ store, host, select: null, createWorkbook: null });
  render(root, store.get(), actions);
  return { root, store };
}

describe.each<HostMode>(["excel", "standalone"])("the %s pane", (mode) => {
  it("shows the six steps with their state read from the workbook, the year on the report button", () => {
    const { root } = mounted(mode);
    const headings = [...root.querySelectorAll(".step h2")].map((e) => e.textContent);
    expect(headings).toEqual([
      "Bước 1 Kế hoạch Cần bổ sung (1)",
      // Five required facts blank, and one item for the four defaults to confirm.
      "Bước 2 Thông tin cơ quan Cần bổ sung (6)",
      "Bước 3 Nhiệm vụ Chưa làm",
      "Bước 4 Hồ sơ TTHC Chưa làm",
      "Bước 5 Kinh phí Chưa làm",
      "Bước 6 Báo cáo Chưa làm",
    ]);
    expect(root.querySelector("#report")?.textContent).toBe("Tạo báo cáo năm 2024");
    // Step 2 shows every fact as a field: the signer's name blank and required, the default title a proposal.
    expect(root.querySelector("label[for='agency-signerName']")?.textContent).toBe("Họ và tên người ký bắt buộc");
    expect(root.querySelector<HTMLInputElement>("#agency-signerName")?.value).toBe("");
    expect(root.querySelector("label[for='agency-signerTitle'] .badge-proposed")?.textContent).toBe("đề xuất — xác nhận");
    expect(root.querySelector("#agency-confirm-all")?.textContent).toBe("Xác nhận tất cả (4 mục đề xuất)");
  });

  it("has unique ids, labelled inputs, real buttons and one live region", () => {
    const { root } = mounted(mode);
    const ids = [...root.querySelectorAll("[id]")].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const input of root.querySelectorAll("input, textarea")) {
      const labelled = root.querySelector(`label[for="${input.id}"]`)?.textContent?.trim() || input.getAttribute("aria-labelledby");
      expect({ id: input.id, labelled: Boolean(labelled) }).toEqual({ id: input.id, labelled: true });
    }
    for (const button of root.querySelectorAll("button")) {
      expect(button.getAttribute("type")).toBe("button");
      expect(button.textContent?.trim()).toBeTruthy();
    }
    const live = [...root.querySelectorAll("[aria-live], [role=status], [role=alert]")].map((e) => e.id);
    expect(live).toEqual(["status"]);
  });

  it("disables every command while one runs, and none once it is done", () => {
    const { root, store } = mounted(mode);
    const commands = () => [...root.querySelectorAll<HTMLButtonElement | HTMLInputElement>("button, input[type=file]")];
    // By hand: the report button, each step's file pickers and buttons, the language switch.
    expect(commands().length).toBeGreaterThanOrEqual(6);
    expect(
      commands()
        .filter((c) => c.disabled)
        .map((c) => c.id || c.textContent),
    ).toEqual([]);
    const idle = store.get();
    store.set(startJob(idle, "plan"));
    expect(
      commands()
        .filter((c) => !c.disabled)
        .map((c) => c.id || c.textContent),
    ).toEqual([]);
    expect(root.querySelector("#panel")?.getAttribute("aria-busy")).toBe("true");
    store.set(idle);
    expect(
      commands()
        .filter((c) => c.disabled)
        .map((c) => c.id || c.textContent),
    ).toEqual([]);
  });

  it("switches to English (loaded on the first switch) and back, keeping what the user typed and the focus on the switch", async () => {
    const { root, store } = mounted(mode);
    const input = root.querySelector<HTMLInputElement>("#agency-signerName")!;
    input.value = "Nguyễn Hữu Phước";
    input.dispatchEvent(new Event("input"));
    root.querySelector<HTMLButtonElement>("#language")!.click();
    for (let i = 0; i < 100 && store.get().lang !== "en"; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(store.get().lang).toBe("en");
    expect(document.documentElement.lang).toBe("en");
    expect(root.querySelector("#report")?.textContent).toBe(taskpaneTexts.en.reportRunYear({ year: 2024 }));
    expect(root.querySelector<HTMLInputElement>("#agency-signerName")!.value).toBe("Nguyễn Hữu Phước");
    expect(document.activeElement?.id).toBe("language");
    root.querySelector<HTMLButtonElement>("#language")!.click();
    for (let i = 0; i < 100 && store.get().lang !== "vi"; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(root.querySelector("h1")?.textContent).toBe("Trợ lý ISO");
  });
});
