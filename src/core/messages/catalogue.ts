/**
 * The one Vietnamese message catalogue. Every text a user reads comes from here.
 * Finding messages live in per-area files under `vi/` and are merged into one table;
 * the texts of the generated sheets and report have their own files. Tests check every
 * entry renders NFC text with full diacritics.
 */
import { notInNewPlanNote, planMessages, possibleMatchNote, possibleMatchPrefix, requiredActivityTexts } from "./vi/plan";
import { timingMessages, timingReasons } from "./vi/timing";
import { unitMessages } from "./vi/units";
import { dossierMessages } from "./vi/dossiers";
import { budgetMessages, budgetTerms } from "./vi/budget";
import { evidenceMessages } from "./vi/evidence";
import { inputMessages } from "./vi/input";
import { routineMessages } from "./vi/routine";
import { agencyMessages } from "./vi/agency";
import { uiMessages } from "./vi/ui";
import { termMessages } from "./vi/terms";
import legacyBrowserMessages from "./vi/legacyBrowser.json";
import { taskpaneMessagesVi } from "./vi/taskpane";
import { workbookMessages } from "./vi/workbook";
import { reportMessages } from "./vi/report";
import { narrativeFindingMessages, narrativeMessages } from "./vi/narrative";
import { nextYearMessages, nextYearText as nextYearTexts } from "./vi/nextYear";
import { planDocumentMessages } from "./vi/planDocument";
import { legalCitationText, legalKindWords, legalMessages, legalTextTitles, reorganisationText as reorganisationTexts } from "./vi/legal";

/** A finding's message template: each declares the parameters it reads. */
export type MessageTemplate = (params: never) => string;

export const findingMessages = {
  ...inputMessages,
  ...planMessages,
  ...timingMessages,
  ...unitMessages,
  ...dossierMessages,
  ...budgetMessages,
  ...evidenceMessages,
  ...routineMessages,
  ...agencyMessages,
  ...narrativeFindingMessages,
  ...nextYearMessages,
  ...legalMessages,
} satisfies Record<string, MessageTemplate>;

export type FindingCode = keyof typeof findingMessages;

/**
 * The parameters a finding code's message reads, e.g. `ParamsOf<"timing_unreadable">` is
 * `{ text: Param }`: a finding made with a renamed or missing parameter is a type error.
 */
export type ParamsOf<C extends FindingCode> = Parameters<(typeof findingMessages)[C]> extends [infer P] ? P : Readonly<Record<string, never>>;

/** The notice an Internet Explorer webview shows instead of the task pane (also injected into taskpane.html). */
export const legacyBrowserText = legacyBrowserMessages;

/** Words code puts inside other texts (state names, formulas, table labels, date placeholders). */
export const termText = termMessages;

/** Words of the budget ceilings (agency classes, what a ceiling covers). */
export const budgetText = budgetTerms;

/** Texts of the command line and task pane. */
export const uiText = uiMessages;

/** Why a schedule phrase names no real date (timing_impossible's reason). */
export const timingReasonText = timingReasons;

/** Texts of the tracking workbook's sheets (names, headers, labels, hints, notes); builders and readers share them. */
export const workbookText = workbookMessages;

/** Texts the next-year job writes into the new workbook. */
export const nextYearText = nextYearTexts;

/** Texts of next year's plan document (.docx), drafted by the next-year job. */
export const planDocumentText = planDocumentMessages;

/** Titles, issuers and citation forms of the legal registry's texts (src/core/legal/). */
export const legalText = { titles: legalTextTitles, kinds: legalKindWords, citation: legalCitationText } as const;

/** Words the 2025 reorganisation checks print (src/core/legal/currency.ts). */
export const reorganisationText = reorganisationTexts;

/** Texts of the year-end report (sheet and .docx). */
export const reportText = reportMessages;

/** Texts of the report's narrative blocks ("Nhận xét" sheet). */
export const narrativeText = narrativeMessages;

/** Texts of the plan checks that are not findings themselves: the required yearly activities. */
export const planText = {
  requiredActivities: requiredActivityTexts,
  notInNewPlan: notInNewPlanNote,
  possibleMatch: possibleMatchNote,
  possibleMatchPrefix,
} as const;

/** Severity label shown next to a finding. */
export const severityLabels = { error: "Lỗi", warning: "Cảnh báo", info: "Thông tin" } as const;

/**
 * Texts of the task pane: Vietnamese, the default. The English table (same keys,
 * ./en/taskpane.ts) is loaded by the pane on the first switch (src/taskpane/i18n.ts) so its
 * first script carries one language; ./taskpaneLanguages.ts has both for code that needs them.
 */
export const taskpaneText = { vi: taskpaneMessagesVi } as const;

export type TaskpaneLanguage = "vi" | "en";
export type { TaskpaneMessages } from "./vi/taskpane";
