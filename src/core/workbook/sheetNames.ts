import { workbookText } from "../messages/catalogue";
import { foldKey } from "../text/normalize";

/**
 * Names of the sheets the add-in owns. Commands write only these; a re-run replaces them.
 * Users' own sheets (their pasted plan, their notes) never carry these names unless the
 * add-in created them (adapters also check an ownership marker before replacing).
 */
export const sheetNames = workbookText.sheetNames;

export type OwnedSheetKey = keyof typeof sheetNames;

const status = workbookText.taskStatuses;

/** Status choices of a task (dropdown in the tasks sheet). */
export const taskStatuses = [status.notStarted, status.inProgress, status.done, status.notDone] as const;

/**
 * The grid of an owned sheet among a workbook's grids, its name matched as the user may have
 * retyped it (case, diacritics' composition, spaces); null when there is none.
 * @example findSheet([makeGrid("thông tin", [])], sheetNames.agency)?.sheet === "thông tin"
 */
export function findSheet<G extends { readonly sheet: string }>(grids: readonly G[], name: string): G | null {
  return grids.find((g) => foldKey(g.sheet) === foldKey(name)) ?? null;
}
