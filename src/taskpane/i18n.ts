/**
 * The pane's language: Vietnamese by default, English on request. Every text comes from the
 * catalogue (src/core/messages); this module only picks the table and the severity words.
 */
import type { Severity } from "../core/findings/finding";
import { taskpaneText, type TaskpaneLanguage, type TaskpaneMessages } from "../core/messages/catalogue";

let english: TaskpaneMessages | null = null;

/** Loads a language's texts before the pane switches to it: English comes in its own chunk. */
export async function loadLanguage(lang: TaskpaneLanguage): Promise<void> {
  if (lang === "en" && english === null) english = (await import(/* webpackChunkName: "lang-en" */ "../core/messages/en/taskpane")).taskpaneMessagesEn;
}

/** The texts of a language; Vietnamese until English has been loaded (the pane switches only after loadLanguage). */
export function textsFor(lang: TaskpaneLanguage): TaskpaneMessages {
  return lang === "en" && english !== null ? english : taskpaneText.vi;
}

/** The severity word shown next to a finding ("Lỗi", "Cảnh báo", "Thông tin"). */
export function severityText(t: TaskpaneMessages, severity: Severity): string {
  switch (severity) {
    case "error":
      return t.severityError();
    case "warning":
      return t.severityWarning();
    case "info":
      return t.severityInfo();
  }
}
