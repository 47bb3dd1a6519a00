/** @jest-environment jsdom */
import { InvalidWorkbookSpecError, SheetNotOwnedError } from "../../src/adapters/officejs/errors";
import { taskpaneText } from "../../src/core/messages/catalogue";
import { runCommand, type CommandView } from "../../src/taskpane/command";
import { describeError, PaneError } from "../../src/taskpane/errors";
import { createAppState, type StatusTone } from "../../src/taskpane/state";

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
    expect(describeError(new SheetNotOwnedError("Nhiệm vụ"), taskpaneText.en)).toContain("was not created by Trợ lý ISO");
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
    expect(text).toBe("Excel báo lỗi (mã GeneralException); thao tác chưa hoàn tất, sổ không bị thay đổi thêm.");
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

describe("runCommand", () => {
  function recordingView() {
    const calls: { busy: boolean[]; status: [string, StatusTone][] } = { busy: [], status: [] };
    const view: CommandView = { setBusy: (b) => calls.busy.push(b), showStatus: (text, tone) => calls.status.push([text, tone]) };
    return { view, calls };
  }

  beforeEach(() => jest.spyOn(console, "error").mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  it("shows progress then the job's text, busy around the job", async () => {
    const state = createAppState();
    const { view, calls } = recordingView();
    const ok = await runCommand(state, view, async (job) => {
      job.progress(job.t.busyWriting());
      expect(state.busy).toBe(true);
      return "xong";
    });
    expect(ok).toBe(true);
    expect(calls.busy).toEqual([true, false]);
    expect(calls.status).toEqual([
      ["Đang xử lý…", "info"],
      ["Đang ghi vào sổ…", "info"],
      ["xong", "success"],
    ]);
    expect(state.busy).toBe(false);
  });

  it("turns a thrown error into the catalogue text and logs the detail", async () => {
    const state = createAppState();
    const { view, calls } = recordingView();
    const ok = await runCommand(state, view, async () => {
      throw new SheetNotOwnedError("Kiểm tra");
    });
    expect(ok).toBe(false);
    expect(calls.status.at(-1)).toEqual([taskpaneText.vi.errorSheetNotOwned({ sheet: "Kiểm tra" }), "error"]);
    expect(state.status).toEqual({ text: taskpaneText.vi.errorSheetNotOwned({ sheet: "Kiểm tra" }), tone: "error" });
    expect(console.error).toHaveBeenCalled();
    expect(calls.busy).toEqual([true, false]);
  });

  it("refuses a second command while one runs", async () => {
    const state = createAppState();
    const { view } = recordingView();
    let release = () => {};
    const first = runCommand(state, view, () => new Promise((resolve) => (release = () => resolve("1"))));
    expect(await runCommand(state, view, async () => "2")).toBe(false);
    release();
    expect(await first).toBe(true);
  });
});
