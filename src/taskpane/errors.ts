/**
 * Turns anything a command can throw into one catalogue message (docs/design-rules.md#one-error-boundary-per-command). Known
 * failures get a specific text: the pane's own PaneError, the Office.js adapter's typed errors,
 * OfficeExtension.Error by code, a lazy chunk that failed to load. Anything else gets the
 * generic "unexpected" text: a raw exception message is never shown, because it is English,
 * technical, and may quote imported data. The technical detail goes to the console instead.
 */
import type { TaskpaneMessages } from "../core/messages/catalogue";
import { statusText, type MessageKey, type StatusMessage } from "./state";

/** A message as data: what the pane shows for an error, in whatever language it is drawn. */
export type ErrorMessage = Pick<StatusMessage, "key" | "params">;

/**
 * An expected failure of a pane command, carrying the catalogue key (and parameters) of the
 * text to show, so it follows the language the pane is drawn in.
 * @example throw new PaneError("selectionEmpty")
 */
export class PaneError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: Readonly<Record<string, unknown>> = {},
  ) {
    super("PaneError");
    this.name = "PaneError";
  }
}

/** Office.js error codes (Excel.ErrorCodes and RichApi request errors) with a specific text. */
const officeCodeMessages: ReadonlyMap<string, MessageKey> = new Map<string, MessageKey>([
  ["ItemNotFound", "errorItemNotFound"],
  ["AccessDenied", "errorAccessDenied"],
  ["InvalidOperationInCellEditMode", "errorCellEditMode"],
  ["RequestPayloadSizeLimitExceeded", "errorPayloadTooLarge"],
  ["ResponsePayloadSizeLimitExceeded", "errorPayloadTooLarge"],
  ["RangeExceedsLimit", "errorPayloadTooLarge"],
  ["OperationCellsExceedLimit", "errorPayloadTooLarge"],
  ["ApiNotFound", "errorApiUnsupported"],
  ["NotImplemented", "errorApiUnsupported"],
  ["UnsupportedFeature", "errorApiUnsupported"],
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
  return statusText(t, errorMessage(error));
}

/** The catalogue message (key and parameters) for an error. */
export function errorMessage(error: unknown): ErrorMessage {
  if (error instanceof PaneError) return { key: error.key, params: error.params };
  if (isRecord(error)) {
    // The adapters' typed errors (src/adapters/ownership.ts, src/adapters/officejs/errors.ts), matched on their code so
    // the boundary does not need the adapter module loaded.
    if (error.code === "sheet_not_owned" && typeof error.sheet === "string") return { key: "errorSheetNotOwned", params: { sheet: error.sheet } };
    if (error.code === "invalid_workbook_spec") return { key: "errorInternalSpec" };
    if (error.code === "owned_sheet_objects" && typeof error.sheet === "string")
      return {
        key: "errorOwnedSheetObjects",
        params: { sheet: error.sheet, kind: String(error.kind), cell: typeof error.cell === "string" ? error.cell : "" },
      };
    // A protected structure or sheet, refused by the package writer as Excel would refuse it.
    if (error.code === "workbook_unusable" && error.problem === "protected") return { key: "errorAccessDenied" };
    // The package writer's PackageError (src/adapters/xlsxPackage/package.ts): the file opened, so a part is damaged.
    if (error.code === "workbook_unusable") return { key: "errorWorkbookDamaged", params: { part: typeof error.part === "string" ? error.part : "" } };
    // webpack names a failed lazy chunk load "ChunkLoadError".
    if (error.name === "ChunkLoadError") return { key: "errorModuleLoad" };
  }
  const code = officeErrorCode(error);
  if (code !== null) {
    const key = officeCodeMessages.get(code);
    return key ? { key } : { key: "errorOffice", params: { code } };
  }
  return { key: "errorUnexpected" };
}

/** Logs the technical detail of a failure (OfficeExtension.Error's debugInfo included). */
export function logError(error: unknown): void {
  const debugInfo = isRecord(error) && isRecord(error.debugInfo) ? error.debugInfo : undefined;
  console.error("[tro-ly-iso] command failed", error, debugInfo ?? "");
}
