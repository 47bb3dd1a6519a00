/**
 * The page frame: title, language switch, mode line, the live status region (with a progress
 * bar while a command runs) and the slot for the mode's panel. It implements CommandView, the
 * busy/status side of the error boundary.
 */
import type { TaskpaneMessages } from "../../core/messages/catalogue";
import { h, replaceChildren } from "../dom";
import type { CommandView } from "../command";
import type { AppState, StatusTone } from "../state";

export interface ShellView extends CommandView {
  readonly element: HTMLElement;
  /** Puts the mode's panel in place. */
  setPanel(panel: HTMLElement): void;
  /** Focuses the language switch (after a switch rebuilt the page). */
  focusLanguageSwitch(): void;
}

export function buildShell(t: TaskpaneMessages, state: AppState, onSwitchLanguage: () => void): ShellView {
  const languageButton = h(
    "button",
    { id: "language", className: "btn btn-subtle", attrs: { type: "button", lang: state.lang === "vi" ? "en" : "vi", title: t.languageSwitchHint() }, on: { click: onSwitchLanguage } },
    t.languageSwitch(),
  );
  const mode = h("p", { id: "mode", className: "mode" }, state.mode === "excel" ? t.modeExcel() : state.mode === "standalone" ? t.modeStandalone() : t.starting());
  const statusText = h("span", { className: "status-text" });
  const progress = h("progress", { className: "progress", attrs: { "aria-hidden": "true" } });
  progress.hidden = true;
  // Polite: progress and results are announced without interrupting; errors use the same
  // region (one place to look) and are marked visually by the tone class.
  const status = h("div", { id: "status", className: "status", attrs: { role: "status", "aria-live": "polite", "aria-atomic": "true" } }, progress, statusText);
  const panelHost = h("main", { id: "panel", className: "panel-host", attrs: { "aria-busy": "false" } });
  let focusBeforeBusy: Element | null = null;

  const showStatus = (text: string, tone: StatusTone) => {
    statusText.textContent = text;
    status.dataset.tone = tone;
  };
  if (state.status) showStatus(state.status.text, state.status.tone);
  else showStatus(state.mode === null ? t.starting() : t.ready(), "info");

  const element = h(
    "div",
    { className: "app" },
    h(
      "header",
      { className: "app-header" },
      h("div", { className: "title-row" }, h("h1", {}, t.appTitle()), languageButton),
      h("p", { className: "subtitle" }, t.appSubtitle()),
      mode,
    ),
    status,
    panelHost,
  );

  return {
    element,
    setPanel: (panel) => replaceChildren(panelHost, panel),
    focusLanguageSwitch: () => languageButton.focus(),
    showStatus,
    setBusy(busy) {
      if (busy) focusBeforeBusy = document.activeElement;
      panelHost.setAttribute("aria-busy", String(busy));
      progress.hidden = !busy;
      languageButton.disabled = busy;
      for (const control of Array.from(element.querySelectorAll<HTMLButtonElement | HTMLInputElement>("[data-command]"))) control.disabled = busy;
      // Disabling the focused button drops focus to <body>; give it back so keyboard users
      // stay where they were (the button may have been redrawn: then focus the status).
      if (!busy && (document.activeElement === document.body || document.activeElement === null)) {
        if (focusBeforeBusy instanceof HTMLElement && focusBeforeBusy.isConnected) focusBeforeBusy.focus();
      }
    },
  };
}
