/**
 * The task pane's texts in both languages, for code that needs them at once (tests, parity
 * checks). The pane itself loads English on demand (src/taskpane/i18n.ts).
 */
import { taskpaneText, type TaskpaneLanguage, type TaskpaneMessages } from "./catalogue";
import { taskpaneMessagesEn } from "./en/taskpane";

export const taskpaneTexts: Readonly<Record<TaskpaneLanguage, TaskpaneMessages>> = { vi: taskpaneText.vi, en: taskpaneMessagesEn };
