/**
 * @jest-environment jsdom
 *
 * The standalone page's work kept in the browser, as the pane shows it (issue 17, "Nothing is
 * lost"): the offer to continue the book saved last, in its full words; a browser that keeps
 * nothing (no IndexedDB: private browsing, storage turned off) and one whose storage is full are
 * said in the pane (#storage-status), never swallowed.
 */
import { createActions } from "../../src/taskpane/actions";
import { render, renderingStore } from "../../src/taskpane/render";
import { memoryHost } from "../../src/taskpane/standalone/memoryIO";
import { autosave, offerSavedBook, SAVE_DELAY_MS, savingStore } from "../../src/taskpane/standalone/keepBook";
import { indexedDbStore, StorageError, type BookStore, type SavedBook } from "../../src/taskpane/standalone/savedBook";
import { createAppState, type AppState, type MemoryWorkbook } from "../../src/taskpane/state";
import { applyHost } from "../../src/taskpane/transitions";
import { taskpaneText } from "../../src/core/messages/catalogue";

const vi = taskpaneText.vi;
const workbook: MemoryWorkbook = { name: "so-theo-doi-iso-2025.xlsx", base: null, baseGrids: [], sheets: [], id: "b1" };

/** The standalone pane, drawn, with the browser's store `books`; its own saves go through `autosave` as taskpane.ts wires them. */
function mounted(books: BookStore, initial: Partial<AppState> = {}) {
  document.body.innerHTML = '<div id="app"></div>';
  const root = document.getElementById("app")!;
  const inner = renderingStore(root, { ...applyHost(createAppState(), "standalone"), ...initial }, () => actions);
  let save: (s: AppState) => void = () => undefined;
  const store = savingStore(inner, () => save);
  const host = memoryHost(
    () => store.get().workbook,
    (wb) => store.keep({ ...store.get(), workbook: wb }),
    () => "so.xlsx",
  );
  const actions = createActions({ store, host, select: null, createWorkbook: null, books });
  render(root, store.get(), actions);
  save = autosave(books, inner);
  return { root, store, actions };
}

/** A store whose every call fails as `error` does. */
function refusing(error: Error): BookStore {
  return { load: () => Promise.reject(error), save: () => Promise.reject(error), clear: () => Promise.reject(error) };
}

const statusLine = (root: HTMLElement) => root.querySelector("#storage-status");

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

/** Past the save's pause, and the save's promise settled. */
async function afterSave(): Promise<void> {
  jest.advanceTimersByTime(SAVE_DELAY_MS + 1);
  for (let i = 0; i < 5; i++) await Promise.resolve();
}

describe("the book kept in the browser, in the pane", () => {
  it("offers the book saved last as 'Tiếp tục sổ theo dõi năm N (lưu lúc HH:MM hôm nay)', beside 'Bắt đầu sổ mới'", async () => {
    const now = new Date();
    const savedAt = new Date(now.getFullYear(), now.getMonth(), now.getDate(), 14, 32).toISOString();
    const book: SavedBook = {
      savedAt,
      year: 2025,
      workbook,
      pane: { agencyInputs: {}, budgetInputs: {}, taskInputs: {}, taskFilter: "all", dossierSource: null, periodProposal: null },
    };
    const books: BookStore = { load: async () => book, save: async () => undefined, clear: async () => undefined };
    const { root, store } = mounted(books);
    await offerSavedBook(books, store);
    expect(root.querySelector("#book-heading")?.textContent).toBe("Sổ theo dõi đã lưu trong trình duyệt");
    expect(root.querySelector("#restore-continue")?.textContent).toBe("Tiếp tục sổ theo dõi năm 2025 (lưu lúc 14:32 hôm nay)");
    expect(root.querySelector("#restore-new")?.textContent).toBe("Bắt đầu sổ mới");
    expect(statusLine(root)).toBeNull();
  });

  it("a browser without IndexedDB (private browsing) is said on opening the page, and again when the work is not kept", async () => {
    const books = indexedDbStore(undefined);
    const { root, store } = mounted(books);
    await offerSavedBook(books, store);
    expect(root.querySelector("#restore-continue")).toBeNull();
    expect(statusLine(root)?.textContent).toBe(
      "Trình duyệt không cho lưu dữ liệu (có thể đang ở chế độ duyệt riêng tư): đóng trang sẽ mất những gì đã làm; hãy bấm “Tải sổ theo dõi” để giữ tệp.",
    );
    expect(statusLine(root)?.className).toContain("tone-error");
    // A workbook opened since: its save is refused the same way, and said beside its download.
    store.set({ ...store.get(), storage: null, workbook });
    expect(statusLine(root)).toBeNull();
    await afterSave();
    expect(statusLine(root)?.textContent).toBe(vi.storageUnavailable());
    expect(root.querySelector("#download-tracking")?.textContent).toBe(vi.downloadTracking());
  });

  it("a storage that is full is said in the pane after the save, and a later save that works says when it was kept", async () => {
    let full = true;
    const quota = new StorageError("quota");
    const books: BookStore = {
      load: async () => null,
      save: () => (full ? Promise.reject(quota) : Promise.resolve()),
      clear: async () => undefined,
    };
    const { root, store } = mounted(books);
    await offerSavedBook(books, store);
    store.set({ ...store.get(), workbook });
    await afterSave();
    expect(statusLine(root)?.textContent).toBe(
      "Trình duyệt đã hết chỗ lưu nên thay đổi mới chưa được lưu: hãy bấm “Tải sổ theo dõi” để giữ tệp, rồi xoá bớt dữ liệu trang web trong cài đặt trình duyệt.",
    );
    expect(statusLine(root)?.className).toContain("tone-error");
    full = false;
    store.keep({ ...store.get(), taskInputs: { C2: { note: "a" } } });
    await afterSave();
    expect(statusLine(root)?.textContent).toMatch(/^Đã lưu trong trình duyệt lúc \d\d:\d\d hôm nay; đóng trang không mất dữ liệu\.$/);
    expect(statusLine(root)?.className).toBe("help");
  });

  it("an error of another kind is not swallowed either", async () => {
    const books = refusing(new Error("disk"));
    const { root, store } = mounted(books);
    await offerSavedBook(books, store);
    expect(statusLine(root)?.textContent).toBe(vi.storageFailed());
  });
});
