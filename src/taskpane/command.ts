/**
 * The error boundary every pane command runs through (style.md item 10): one command at a
 * time, buttons disabled and aria-busy set while it runs, progress text in the live status
 * region, and any failure turned into one catalogue message. The job returns the text to show
 * when it succeeds (with an "error" tone when the input was unusable, e.g. no task table).
 */
import type { TaskpaneMessages } from "../core/messages/catalogue";
import { describeError, logError } from "./errors";
import { textsFor } from "./i18n";
import type { AppState, StatusTone } from "./state";

/** What a job may do besides its work: read the texts and report progress. */
export interface JobContext {
  readonly t: TaskpaneMessages;
  progress(text: string): void;
}

/** What a job ends with: a status text, and its tone when it is not a plain success. */
export type JobResult = string | { readonly text: string; readonly tone: StatusTone };

/** The parts of the view a command touches. */
export interface CommandView {
  setBusy(busy: boolean): void;
  showStatus(text: string, tone: StatusTone): void;
}

/**
 * Runs `job` unless another command is running. Resolves to true when it succeeded; never
 * rejects (a rejection here would be an unhandled promise in an event handler).
 */
export async function runCommand(state: AppState, view: CommandView, job: (ctx: JobContext) => Promise<JobResult>): Promise<boolean> {
  if (state.busy) return false;
  const t = textsFor(state.lang);
  const show = (text: string, tone: StatusTone) => {
    state.status = { text, tone };
    view.showStatus(text, tone);
  };
  state.busy = true;
  view.setBusy(true);
  show(t.busy(), "info");
  try {
    const result = await job({ t, progress: (text) => show(text, "info") });
    if (typeof result === "string") show(result, "success");
    else show(result.text, result.tone);
    return true;
  } catch (error) {
    logError(error);
    show(describeError(error, t), "error");
    return false;
  } finally {
    state.busy = false;
    view.setBusy(false);
  }
}
