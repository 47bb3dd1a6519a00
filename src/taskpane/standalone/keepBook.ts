/**
 * The standalone page keeps its work in the browser: after every change the workbook and what
 * the pane holds besides are saved (a short pause gathers the keystrokes of one field), and on
 * opening the page the book saved last is offered back. A refusal (private browsing, storage
 * turned off) or a full storage is shown in the pane; what is typed is never redrawn for it.
 */
import { savedWhen } from "../render";
import { textsFor } from "../i18n";
import { applyRestoreOffer, applyStorage } from "../transitions";
import type { AppState } from "../state";
import { StorageError, type BookStore } from "./savedBook";

/** How long after a change the book is saved (the keystrokes of one field are one save). */
export const SAVE_DELAY_MS = 400;

/** What the keeping needs of the pane's store: read, store and redraw, store without redrawing. */
export interface KeptStore {
  get(): AppState;
  set(next: AppState): void;
  keep(next: AppState): void;
}

/**
 * The pane's store that calls the current saver after every change, redrawn or not (`saver()` is
 * read at each change: the page has none until it knows it is standalone).
 */
export function savingStore(inner: KeptStore, saver: () => (state: AppState) => void): KeptStore {
  return {
    get: () => inner.get(),
    set: (next) => {
      inner.set(next);
      saver()(inner.get());
    },
    keep: (next) => {
      inner.keep(next);
      saver()(inner.get());
    },
  };
}

const problemOf = (error: unknown) => (error instanceof StorageError ? error.problem : "failed");

/**
 * The saver to call with every new state: saves the book once the state's parts that are kept
 * have changed and the pause has passed; says in the pane when the browser refused.
 */
export function autosave(books: BookStore, store: KeptStore): (state: AppState) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last: unknown[] = [];
  return (state) => {
    // A new book started while the offer shows is saved as its own; the offered one stays.
    if (!state.workbook) return;
    const parts = [state.workbook, state.agencyInputs, state.budgetInputs, state.taskInputs, state.taskFilter, state.dossierSource, state.periodProposal];
    if (parts.every((p, i) => p === last[i])) return;
    last = parts;
    clearTimeout(timer);
    timer = setTimeout(() => {
      const s = store.get();
      if (!s.workbook) return;
      const savedAt = new Date().toISOString();
      const book = {
        savedAt,
        year: s.routine?.year ?? null,
        workbook: s.workbook,
        pane: {
          agencyInputs: s.agencyInputs,
          budgetInputs: s.budgetInputs,
          taskInputs: s.taskInputs,
          taskFilter: s.taskFilter,
          dossierSource: s.dossierSource,
          periodProposal: s.periodProposal,
        },
      };
      books.save(book).then(
        () => {
          const before = store.get().storage;
          const next = applyStorage(store.get(), "ok", savedAt);
          if (before !== "ok") store.set(next);
          else {
            store.keep(next);
            // Only the saved time changes: written in place, so a field being typed in is not redrawn.
            const status = document.getElementById("storage-status");
            const t = textsFor(next.lang);
            if (status) status.textContent = t.storageSaved(savedWhen(t, savedAt));
          }
        },
        (error: unknown) => store.set(applyStorage(store.get(), problemOf(error))),
      );
    }, SAVE_DELAY_MS);
  };
}

/** On opening the page: the book saved last is offered back; a browser that keeps nothing is said. */
export async function offerSavedBook(books: BookStore, store: KeptStore): Promise<void> {
  try {
    const saved = await books.load();
    if (saved && !store.get().workbook) store.set(applyRestoreOffer(store.get(), { savedAt: saved.savedAt, year: saved.year }));
  } catch (error) {
    store.set(applyStorage(store.get(), problemOf(error)));
  }
}
