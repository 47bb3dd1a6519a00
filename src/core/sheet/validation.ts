import { taskpaneText } from "../messages/catalogue";
import type { ValidationSpec } from "./model";

/** What Excel shows around a drop-down list: its input message and the alert on a value outside it. */
export interface ValidationMessages {
  /** Title of both boxes: the product's name, which stays as is in every language. */
  readonly title: string;
  /** The input message shown when the cell is selected, if any. */
  readonly prompt?: string;
  /** Whether a value outside the list raises the alert ("stop" lists) or is accepted silently ("suggest"). */
  readonly showError: boolean;
  readonly errorStyle: "stop" | "information";
  /** The alert's text: the rule's own, else a Vietnamese default (the workbook's texts are Vietnamese). */
  readonly error: string;
}

/**
 * The texts and alert of a drop-down list, one decision for both renderers (exceljs and Office.js),
 * so a workbook written by the CLI and one written by the task pane answer the same way.
 * @example validationMessages({ range: "C3:C9", list: ["Mở rộng", "Duy trì"], allowBlank: true }).error === "Giá trị này không có trong danh sách."
 */
export function validationMessages(v: ValidationSpec): ValidationMessages {
  const suggest = v.mode === "suggest";
  return {
    title: taskpaneText.vi.appTitle(),
    prompt: v.prompt,
    showError: !suggest,
    errorStyle: suggest ? "information" : "stop",
    error: v.error ?? taskpaneText.vi.validationOutsideList(),
  };
}
