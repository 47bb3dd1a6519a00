/**
 * Builds the page from the state: the shell, then the panel of the mode. A language switch
 * rebuilds everything from the same state (pasted text, findings, figures survive).
 */
import { excelActions } from "./excel/actions";
import { otherLanguage, textsFor } from "./i18n";
import { standaloneActions } from "./standalone/actions";
import type { AppState } from "./state";
import { buildExcelPanel } from "./views/excelPanel";
import { buildShell } from "./views/shell";
import { buildStandalonePanel } from "./views/standalonePanel";
import { replaceChildren } from "./dom";

/** Renders the pane into `root`; returns nothing to keep: all state is in `state`. */
export function mountApp(root: HTMLElement, state: AppState, options: { focusLanguage?: boolean } = {}): void {
  const t = textsFor(state.lang);
  document.documentElement.lang = state.lang;
  document.title = t.appTitle();
  const shell = buildShell(t, state, () => {
    if (state.busy) return;
    state.lang = otherLanguage(state.lang);
    // The last status was in the other language; start the new page from "ready".
    state.status = null;
    mountApp(root, state, { focusLanguage: true });
  });
  replaceChildren(root, shell.element);
  if (state.mode === "excel") {
    let refresh = () => {};
    const panel = buildExcelPanel(t, state, excelActions(state, shell, () => refresh()));
    refresh = panel.refresh;
    shell.setPanel(panel.element);
  } else if (state.mode === "standalone") {
    let refresh = () => {};
    const panel = buildStandalonePanel(t, state, standaloneActions(state, shell, () => refresh()));
    refresh = panel.refresh;
    shell.setPanel(panel.element);
  }
  if (options.focusLanguage) shell.focusLanguageSwitch();
}
