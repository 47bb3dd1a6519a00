/**
 * Typed errors of the Office.js adapter. The task pane's error boundary matches on `code`
 * and shows `message` (Vietnamese, written for the user) through textContent.
 */
import { findingText } from "../../core/messages/render";

/** Text shown when a sheet the add-in wants to write already exists and is the user's (from the catalogue). */
export function sheetNotOwnedMessage(sheet: string): string {
  return findingText({ code: "sheet_not_owned", params: { sheet } });
}

/**
 * A sheet named in the WorkbookSpec exists in the workbook but carries no Trợ lý ISO owner
 * marker. Raised before anything is written, so the workbook is left exactly as it was.
 */
export class SheetNotOwnedError extends Error {
  readonly code = "sheet_not_owned" as const;

  constructor(readonly sheet: string) {
    super(sheetNotOwnedMessage(sheet));
    this.name = "SheetNotOwnedError";
  }
}

/**
 * The WorkbookSpec breaks a rule Excel enforces (duplicate or invalid sheet name, a number
 * Excel cannot store). A programmer error in core, reported before any write instead of as
 * an opaque RichApi "InvalidArgument" halfway through a batch.
 */
export class InvalidWorkbookSpecError extends Error {
  readonly code = "invalid_workbook_spec" as const;

  constructor(readonly detail: string) {
    super(`Invalid WorkbookSpec: ${detail}`);
    this.name = "InvalidWorkbookSpecError";
  }
}
