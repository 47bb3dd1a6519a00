/**
 * The one Vietnamese message catalogue. Every text a user reads comes from here.
 * Finding messages live in per-area files under `vi/` and are merged into one table;
 * a parity test checks every entry renders NFC text with full diacritics.
 */
import { planMessages } from "./vi/plan";
import { timingMessages } from "./vi/timing";
import { unitMessages } from "./vi/units";
import { dossierMessages } from "./vi/dossiers";
import { budgetMessages } from "./vi/budget";
import { evidenceMessages } from "./vi/evidence";
import { inputMessages } from "./vi/input";
import { uiMessages } from "./vi/ui";
import { taskpaneMessagesVi } from "./vi/taskpane";
import { taskpaneMessagesEn } from "./en/taskpane";
import type { FindingParams } from "../findings/finding";

export type MessageTemplate = (params: FindingParams) => string;

export const findingMessages = {
  ...inputMessages,
  ...planMessages,
  ...timingMessages,
  ...unitMessages,
  ...dossierMessages,
  ...budgetMessages,
  ...evidenceMessages,
} satisfies Record<string, MessageTemplate>;

export type FindingCode = keyof typeof findingMessages;

/** Texts of the command line and task pane. */
export const uiText = uiMessages;

/** Severity label shown next to a finding. */
export const severityLabels = { error: "Lỗi", warning: "Cảnh báo", info: "Thông tin" } as const;

/** Texts of the task pane by language: Vietnamese (default) and English (same keys). */
export const taskpaneText = { vi: taskpaneMessagesVi, en: taskpaneMessagesEn } as const;

export type TaskpaneLanguage = keyof typeof taskpaneText;
export type { TaskpaneMessages } from "./vi/taskpane";
