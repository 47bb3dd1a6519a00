/**
 * Turns anything a command can throw into one catalogue message (style.md item 10). Known
 * failures get a specific text: the pane's own PaneError, the Office.js adapter's typed errors,
 * OfficeExtension.Error by code, a lazy chunk that failed to load. Anything else gets the
 * generic "unexpected" text: a raw exception message is never shown, because it is English,
 * technical, and may quote imported data. The technical detail goes to the console instead.
 */
import type { TaskpaneMessages } from "../core/messages/catalogue";

/**
 * An expected failure of a pane command, carrying the catalogue text to show. The text is a
 * function of the messages so it follows the language the pane shows when it is rendered.
 * @example throw new PaneError((t) => t.selectionEmpty())
 */
export class PaneError extends Error {
  constructor(readonly render: (t: TaskpaneMessages) => string) {
    super("PaneError");
    this.name = "PaneError";
  }
}

/** Office.js error codes (Excel.ErrorCodes and RichApi request errors) with a specific text. */
const officeCodeMessages: ReadonlyMap<string, (t: TaskpaneMessages) => string> = new Map([
  ["ItemNotFound", (t: TaskpaneMessages) => t.errorItemNotFound()],
  ["AccessDenied", (t: TaskpaneMessages) => t.errorAccessDenied()],
  ["InvalidOperationInCellEditMode", (t: TaskpaneMessages) => t.errorCellEditMode()],
  ["RequestPayloadSizeLimitExceeded", (t: TaskpaneMessages) => t.errorPayloadTooLarge()],
  ["ResponsePayloadSizeLimitExceeded", (t: TaskpaneMessages) => t.errorPayloadTooLarge()],
  ["RangeExceedsLimit", (t: TaskpaneMessages) => t.errorPayloadTooLarge()],
  ["OperationCellsExceedLimit", (t: TaskpaneMessages) => t.errorPayloadTooLarge()],
  ["ApiNotFound", (t: TaskpaneMessages) => t.errorApiUnsupported()],
  ["NotImplemented", (t: TaskpaneMessages) => t.errorApiUnsupported()],
  ["UnsupportedFeature", (t: TaskpaneMessages) => t.errorApiUnsupported()],
]);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/**
 * The code of an OfficeExtension.Error (a RichApi error), or null. Checked by class when
 * office.js is loaded, else by shape (`code` plus `debugInfo`), which is what the class carries.
 */
export function officeErrorCode(error: unknown): string | null {
  if (typeof OfficeExtension !== "undefined" && typeof OfficeExtension.Error === "function" && error instanceof OfficeExtension.Error) {
    return error.code;
  }
  if (isRecord(error) && typeof error.code === "string" && isRecord(error.debugInfo)) return error.code;
  return null;
}

/**
 * The catalogue text for an error.
 * @example describeError(new SheetNotOwnedError("Nhiệm vụ"), vi) → "Trang tính “Nhiệm vụ” đã có và không phải do Trợ lý ISO tạo…"
 */
export function describeError(error: unknown, t: TaskpaneMessages): string {
  if (error instanceof PaneError) return error.render(t);
  if (isRecord(error)) {
    // The adapter's typed errors (src/adapters/officejs/errors.ts), matched on their code so
    // the boundary does not need the adapter module loaded.
    if (error.code === "sheet_not_owned" && typeof error.sheet === "string") return t.errorSheetNotOwned({ sheet: error.sheet });
    if (error.code === "invalid_workbook_spec") return t.errorInternalSpec();
    // webpack names a failed lazy chunk load "ChunkLoadError".
    if (error.name === "ChunkLoadError") return t.errorModuleLoad();
  }
  const code = officeErrorCode(error);
  if (code !== null) return officeCodeMessages.get(code)?.(t) ?? t.errorOffice({ code });
  return t.errorUnexpected();
}

/** Logs the technical detail of a failure (OfficeExtension.Error's debugInfo included). */
export function logError(error: unknown): void {
  const debugInfo = isRecord(error) && isRecord(error.debugInfo) ? error.debugInfo : undefined;
  console.error("[tro-ly-iso] command failed", error, debugInfo ?? "");
}
