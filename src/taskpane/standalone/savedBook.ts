/**
 * The standalone page keeps the secretary's work in the browser (IndexedDB), so closing the tab
 * or reloading loses nothing: the tracking workbook (the opened file and every sheet written
 * since) and what the pane holds besides (fields typed and not yet saved, the last one-stop
 * export for recounting, the tracker's filter). One record a book (its id), replaced after
 * every change; the page offers the latest back on the next visit. Starting a new book never
 * replaces another: the last few books are kept. A browser that refuses storage (private browsing,
 * storage turned off) or runs out of room is said, never swallowed: the pane names the problem
 * and "Tải sổ theo dõi" stays the way to keep the file.
 */
import type { DossierSource, MemoryWorkbook, PeriodProposal, TaskInput } from "../state";

/** What the pane keeps besides the workbook (plain data, as the state holds it). */
export interface SavedPane {
  readonly agencyInputs: Readonly<Record<string, string>>;
  readonly budgetInputs: Readonly<Record<string, string>>;
  readonly taskInputs: Readonly<Record<string, TaskInput>>;
  readonly taskFilter: string;
  readonly dossierSource: DossierSource | null;
  readonly periodProposal: PeriodProposal | null;
}

/** One saved tracking workbook. */
export interface SavedBook {
  /** When it was saved (ISO timestamp, the browser's clock). */
  readonly savedAt: string;
  /** The workbook's year (from the data), for "Tiếp tục sổ theo dõi năm 2025"; null when unknown. */
  readonly year: number | null;
  readonly workbook: MemoryWorkbook;
  readonly pane: SavedPane;
}

/** Why the browser did not keep the work. */
export type StorageProblem = "unavailable" | "quota" | "failed";

export class StorageError extends Error {
  constructor(readonly problem: StorageProblem) {
    super(`browser storage: ${problem}`);
    this.name = "StorageError";
  }
}

export interface BookStore {
  load(): Promise<SavedBook | null>;
  save(book: SavedBook): Promise<void>;
  clear(): Promise<void>;
}

const DB_NAME = "tro-ly-iso";
const STORE = "books";
/** How many books the browser keeps (the oldest beyond are dropped when a book is saved). */
export const KEPT_BOOKS = 5;
const keyOf = (book: SavedBook) => book.workbook.id ?? "current";

/** A DOMException (or Firefox's errors) as the problem the user is told. */
export function storageProblem(error: unknown): StorageProblem {
  const name = (error as { name?: string } | null)?.name ?? "";
  if (name === "QuotaExceededError" || name === "NS_ERROR_DOM_QUOTA_REACHED") return "quota";
  if (name === "SecurityError" || name === "InvalidStateError" || name === "NotAllowedError" || name === "UnknownError") return "unavailable";
  return "failed";
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error("request failed"));
  });
}

/** The browser's IndexedDB; `factory` is injectable for tests. */
export function indexedDbStore(factory: IDBFactory | undefined = typeof indexedDB === "undefined" ? undefined : indexedDB): BookStore {
  let opened: Promise<IDBDatabase> | null = null;
  const open = (): Promise<IDBDatabase> => {
    if (!factory) return Promise.reject(new StorageError("unavailable"));
    opened ??= new Promise<IDBDatabase>((resolve, reject) => {
      let req: IDBOpenDBRequest;
      try {
        req = factory.open(DB_NAME, 1);
      } catch (error) {
        reject(new StorageError(storageProblem(error)));
        return;
      }
      req.onupgradeneeded = () => req.result.createObjectStore(STORE);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(new StorageError(storageProblem(req.error) === "failed" ? "unavailable" : storageProblem(req.error)));
      req.onblocked = () => reject(new StorageError("unavailable"));
    }).catch((error: unknown) => {
      opened = null;
      throw error;
    });
    return opened;
  };
  const transaction = async <T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> => {
    const db = await open();
    try {
      const tx = db.transaction(STORE, mode);
      // Listened to before the request runs: a transaction may complete before an await returns.
      const done = new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error ?? new Error("transaction failed"));
        tx.onabort = () => reject(tx.error ?? new DOMException("aborted", "AbortError"));
      });
      const result = await request(work(tx.objectStore(STORE)));
      await done;
      return result;
    } catch (error) {
      throw error instanceof StorageError ? error : new StorageError(storageProblem(error));
    }
  };
  const all = async () => ((await transaction("readonly", (s) => s.getAll())) as SavedBook[]).sort((a, b) => (a.savedAt < b.savedAt ? 1 : -1));
  return {
    load: async () => (await all())[0] ?? null,
    save: async (book) => {
      await transaction("readwrite", (s) => s.put(book, keyOf(book)));
      const old = (await all()).slice(KEPT_BOOKS);
      for (const gone of old) await transaction("readwrite", (s) => s.delete(keyOf(gone)));
    },
    clear: async () => {
      await transaction("readwrite", (s) => s.clear());
    },
  };
}
