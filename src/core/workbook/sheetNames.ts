import { workbookText } from "../messages/catalogue";

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
