/** @jest-environment jsdom */
import { InvalidWorkbookSpecError } from "../../src/adapters/officejs/errors";
import { taskpaneTexts } from "../../src/core/messages/taskpaneLanguages";
import { SheetNotOwnedError } from "../../src/adapters/ownership";
import { PackageError } from "../../src/adapters/xlsxPackage/package";
import { taskpaneText } from "../../src/core/messages/catalogue";
import { createActions, type Store } from "../../src/taskpane/actions";
import { describeError, PaneError } from "../../src/taskpane/errors";
import { createAppState, type AppState } from "../../src/taskpane/state";
import type { WorkbookHost } from "../../src/taskpane/workbookIO";

const vi = taskpaneText.vi;

/** What OfficeExtension.Error looks like at run time (office.js is not loaded in tests). */
function officeError(code: string): Error {
  return Object.assign(new Error(`RichApi.Error ${code}: technical English`), {
    name: "RichApi.Error",
    code,
    debugInfo: { code, message: "technical", errorLocation: "Range.values" },
  });
}

describe("describeError (the pane's error boundary)", () => {
  const vi = taskpaneText.vi;

  it("maps the adapter's 'sheet exists and is not ours' error to the catalogue text naming the sheet", () => {
    expect(describeError(new SheetNotOwnedError("Nhiệm vụ"), vi)).toBe(vi.errorSheetNotOwned({ sheet: "Nhiệm vụ" }));
    expect(describeError(new SheetNotOwnedError("Nhiệm vụ"), taskpaneTexts.en)).toContain("was not created by Trợ lý ISO");
  });

  it("maps the package writer's damaged-part error to the catalogue text naming the part", () => {
    const error = new PackageError("damaged", "xl/styles.xml");
    expect(describeError(error, vi)).toBe(vi.errorWorkbookDamaged({ part: "xl/styles.xml" }));
    expect(describeError(error, vi)).toContain("phần xl/styles.xml bên trong tệp không đọc được");
    expect(describeError(error, taskpaneTexts.en)).toContain("its part xl/styles.xml cannot be read");
  });

  it("maps OfficeExtension.Error codes to specific texts", () => {
    expect(describeError(officeError("ItemNotFound"), vi)).toBe(vi.errorItemNotFound());
    expect(describeError(officeError("AccessDenied"), vi)).toBe(vi.errorAccessDenied());
    expect(describeError(officeError("InvalidOperationInCellEditMode"), vi)).toBe(vi.errorCellEditMode());
    expect(describeError(officeError("RequestPayloadSizeLimitExceeded"), vi)).toBe(vi.errorPayloadTooLarge());
    expect(describeError(officeError("ApiNotFound"), vi)).toBe(vi.errorApiUnsupported());
  });

  it("names the code of other Office errors, never their English message", () => {
    const text = describeError(officeError("GeneralException"), vi);
    expect(text).toBe("Excel báo lỗi (mã GeneralException); thao tác chưa hoàn tất, sổ không bị thay đổi thêm. Hãy bấm lại sau giây lát.");
    expect(text).not.toContain("technical");
    // A code that is also an Object.prototype key is not a lookup hole.
    expect(describeError(officeError("constructor"), vi)).toBe(vi.errorOffice({ code: "constructor" }));
  });

  it("maps pane errors, spec errors and failed chunk loads", () => {
    expect(describeError(new PaneError("selectionEmpty"), vi)).toBe(vi.selectionEmpty());
    expect(describeError(new InvalidWorkbookSpecError("bad name"), vi)).toBe(vi.errorInternalSpec());
    expect(describeError(Object.assign(new Error("Loading chunk 974 failed."), { name: "ChunkLoadError" }), vi)).toBe(vi.errorModuleLoad());
  });

  it("never shows a raw exception", () => {
    for (const error of [new TypeError("x is not a function"), "a string", null, undefined, { message: "<img src=x>" }]) {
      expect(describeError(error, vi)).toBe(vi.errorUnexpected());
    }
  });
});

describe("the error boundary of every command (createActions' run)", () => {
  beforeEach(() => jest.spyOn(console, "error").mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  /** A store that records every state it is given. */
  function recordingStore() {
    let state: AppState = { ...createAppState(), mode: "excel" };
    const seen: AppState[] = [];
    const store: Store = { get: () => state, set: (next) => (seen.push(next), (state = next)), keep: (next) => (state = next) };
    return { store, seen };
  }
  const failingHost = (error: unknown): WorkbookHost => ({
    run: async () => {
      throw error;
    },
  });

  it("turns a thrown error into the catalogue message inside the step that ran, focused, and logs the detail", async () => {
    const { store, seen } = recordingStore();
    const actions = createActions({ store, host: failingHost(new SheetNotOwnedError("Kiểm tra")), select: null, createWorkbook: null });
    await actions.check();
    expect(seen[0].busy).toEqual({ step: "tasks", percent: null });
    const last = store.get();
    expect(last.busy).toBeNull();
    expect(last.feedback.tasks?.status).toEqual({ key: "errorSheetNotOwned", params: { sheet: "Kiểm tra" }, tone: "error" });
    expect(last.status?.tone).toBe("error");
    expect(seen.at(-1)?.focus).toBe("step-tasks-feedback"); // the first error gets focus
    expect(describeError(new SheetNotOwnedError("Kiểm tra"), vi)).toContain("hãy đổi tên trang đó rồi chạy lại");
    expect(console.error).toHaveBeenCalled();
  });

  it("refuses a second command while one runs", async () => {
    const { store } = recordingStore();
    let release = () => {};
    let runs = 0;
    const host: WorkbookHost = {
      run: () => {
        runs++;
        return new Promise((resolve) => (release = () => resolve((() => (s: AppState) => s) as never)));
      },
    };
    const actions = createActions({ store, host, select: null, createWorkbook: null });
    const first = actions.check();
    await new Promise((r) => setTimeout(r, 50));
    await actions.report();
    expect(runs).toBe(1);
    release();
    await first;
  });

  it("no message of the pane mentions the console, and every error text ends with what to do", () => {
    for (const lang of ["vi", "en"] as const) {
      const t = taskpaneTexts[lang] as unknown as Record<string, (p: unknown) => string>;
      const params = new Proxy({}, { get: (_t, key) => (key === "names" ? ["X"] : "X") });
      for (const [key, fn] of Object.entries(t)) {
        const text = fn(params);
        expect({ key, console: /console|bảng điều khiển/i.test(text) }).toEqual({ key, console: false });
      }
    }
    const errorKeys = Object.keys(vi).filter((k) => k.startsWith("error") && k !== "errorTitle");
    const action = /hãy|bấm|chọn|dùng|thử lại|gửi/i;
    for (const key of errorKeys) {
      const text = (vi as unknown as Record<string, (p: unknown) => string>)[key](new Proxy({}, { get: (_t, key) => (key === "names" ? ["X"] : "X") }));
      expect({ key, saysWhatToDo: action.test(text) }).toEqual({ key, saysWhatToDo: true });
    }
  });
});
