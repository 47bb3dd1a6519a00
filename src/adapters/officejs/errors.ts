/**
 * Typed errors of the Office.js adapter. The task pane's error boundary matches on `code`.
 * SheetNotOwnedError, shared by every writer, lives in the neutral src/adapters/ownership.ts.
 */

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
