/**
 * Typed errors of the Office.js adapter. The task pane's error boundary matches on `code`.
 * SheetNotOwnedError, shared by every writer, lives in the neutral src/adapters/ownership.ts;
 * InvalidWorkbookSpecError, raised by both renderers' spec checks, in src/adapters/specChecks.ts.
 */
export { InvalidWorkbookSpecError } from "../specChecks";
