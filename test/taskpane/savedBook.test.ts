/**
 * The standalone page's saved book: a browser that keeps nothing (no IndexedDB, private
 * browsing) or runs out of room is named, never swallowed, so the pane can say it.
 */
import { indexedDbStore, storageProblem, StorageError } from "../../src/taskpane/standalone/savedBook";

describe("the book kept in the browser", () => {
  it("names why the browser did not keep it", () => {
    expect(storageProblem({ name: "QuotaExceededError" })).toBe("quota");
    expect(storageProblem({ name: "NS_ERROR_DOM_QUOTA_REACHED" })).toBe("quota"); // Firefox
    expect(storageProblem({ name: "SecurityError" })).toBe("unavailable"); // storage turned off
    expect(storageProblem({ name: "InvalidStateError" })).toBe("unavailable"); // Firefox private browsing
    expect(storageProblem(new Error("disk"))).toBe("failed");
  });

  it("without IndexedDB, every call fails with 'unavailable' (the pane says it) instead of losing the work silently", async () => {
    const store = indexedDbStore(undefined);
    await expect(store.load()).rejects.toEqual(new StorageError("unavailable"));
    await expect(
      store.save({ savedAt: "", year: 2025, workbook: { name: "a", base: null, baseGrids: [], sheets: [] }, pane: {} as never }),
    ).rejects.toBeInstanceOf(StorageError);
  });

  it("a browser that refuses to open the database is 'unavailable'", async () => {
    const refusing = {
      open: () => {
        throw Object.assign(new Error("denied"), { name: "SecurityError" });
      },
    } as unknown as IDBFactory;
    await expect(indexedDbStore(refusing).load()).rejects.toMatchObject({ problem: "unavailable" });
  });
});
