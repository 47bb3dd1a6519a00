/**
 * The pane's language: Vietnamese by default, English on request. Every text comes from the
 * catalogue (src/core/messages); this module only picks the table and the severity words.
 */
import type { Severity } from "../core/findings/finding";
import { taskpaneText, type TaskpaneLanguage, type TaskpaneMessages } from "../core/messages/catalogue";

export function textsFor(lang: TaskpaneLanguage): TaskpaneMessages {
  return taskpaneText[lang];
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
