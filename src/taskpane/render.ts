/**
 * The whole pane drawn from the state: `render(root, state, actions)` replaces the page's DOM
 * and puts the focus back where it was (same element id) or where the state asks (the first
 * error, the field to fill). Only the status line is a live region; feedback sits inside the
 * step that ran. Every text comes from the catalogue; imported text is only ever a text node.
 */
import type { TaskpaneMessages } from "../core/messages/catalogue";
import type { MissingItem, RoutineStatus, StepKey, StepStatus } from "../app/routine";
import { stepKeys, stepNumber } from "../core/routine/steps";
import { formatAmount } from "../core/budget/formatAmount";
import type { Actions, Store } from "./actions";
import { h, replaceChildren, type Child } from "./dom";
import { pasteFromClipboard } from "./paste";
import { statusText, type AppState, type FeedbackKey, type PasteState, type StepFeedback } from "./state";
import { feedbackId } from "./transitions";
import { textsFor } from "./i18n";
import { renderFigures } from "./views/figures";
import { renderFindings } from "./views/findings";

/** File types the importers read (io/readSource.ts). */
export const planFileTypes = ".docx,.xlsx,.xlsm,.html,.htm,.tsv,.csv,.txt";

function button(label: string, onClick: () => void, options: { id?: string; primary?: boolean; busy: boolean; className?: string }): HTMLButtonElement {
  return h(
    "button",
    {
      id: options.id,
      className: [options.primary ? "btn btn-primary" : "btn", options.className].filter(Boolean).join(" "),
      attrs: { type: "button", "data-command": true, disabled: options.busy },
      on: { click: onClick },
    },
    label,
  );
}

/**
 * A labelled file input. The native control's words follow the browser's language, so it is
 * visually hidden (still focusable) and a button-styled label from the catalogue stands in.
 */
function filePicker(t: TaskpaneMessages, id: string, label: string, accept: string, onFile: (file: File) => void, busy: boolean): HTMLElement {
  const input = h("input", {
    id,
    className: "file-input visually-hidden",
    attrs: { type: "file", accept, "data-command": true, "aria-labelledby": `${id}-label ${id}-button`, disabled: busy },
    on: {
      change: () => {
        const file = input.files?.[0];
        input.value = "";
        if (file) onFile(file);
      },
    },
  });
  return h(
    "div",
    { className: "field" },
    h("span", { id: `${id}-label`, className: "field-label" }, label),
    h("div", {}, input, h("label", { id: `${id}-button`, className: "btn btn-primary file-button", attrs: { for: id } }, t.chooseFile())),
  );
}

/** A paste box inside a <details>: a pasted HTML table is kept for the import (merged cells survive). */
function pasteBox(
  t: TaskpaneMessages,
  box: "plan" | "dossiers",
  paste: PasteState,
  actions: Actions,
  labels: { summary: string; label: string; placeholder: string; run: string },
  onRun: () => void,
  busy: boolean,
): HTMLElement {
  const id = `paste-${box}`;
  const area = h("textarea", {
    id,
    className: "paste-box",
    attrs: { rows: 4, spellcheck: "false", placeholder: labels.placeholder, "aria-describedby": `${id}-note` },
    on: {
      paste: (event) => {
        const pasted = pasteFromClipboard(event.clipboardData);
        if (!pasted || pasted.html === null) return; // plain text: the browser pastes, `input` records it
        event.preventDefault();
        area.value = pasted.text;
        actions.setPaste(box, pasted);
        note.hidden = false;
      },
      input: () => {
        actions.setPaste(box, { text: area.value, html: null });
        note.hidden = true;
      },
    },
  });
  area.value = paste.text;
  const note = h("p", { id: `${id}-note`, className: "help note" }, t.pasteHtmlKept());
  note.hidden = paste.html === null;
  const details = h(
    "details",
    { className: "paste-details" },
    h("summary", { id: `${id}-summary` }, labels.summary),
    h("label", { attrs: { for: id } }, labels.label),
    area,
    note,
    button(labels.run, onRun, { id: `${id}-run`, busy }),
  );
  details.open = paste.text !== "";
  return details;
}

function stepTitle(t: TaskpaneMessages, step: StepKey): string {
  switch (step) {
    case "plan":
      return t.stepPlan();
    case "agency":
      return t.stepAgency();
    case "tasks":
      return t.stepTasks();
    case "dossiers":
      return t.stepDossiers();
    case "budget":
      return t.stepBudget();
    case "report":
      return t.stepReport();
  }
}

function stateBadge(t: TaskpaneMessages, status: StepStatus | undefined): HTMLElement {
  const state = status?.state ?? "todo";
  const text = state === "done" ? t.stepStateDone() : state === "todo" ? t.stepStateTodo() : t.stepStateAttention({ count: status?.count ?? 0 });
  return h("span", { className: `step-state step-state-${state}` }, text);
}

/** The message of the last command of a step, where the user is (focused on error). */
function feedbackMessage(t: TaskpaneMessages, state: AppState, step: FeedbackKey): HTMLElement {
  const fb: StepFeedback | undefined = state.feedback[step];
  const box = h("div", { id: feedbackId(step), className: "step-feedback", attrs: { tabindex: -1 } });
  if (!fb) box.hidden = true;
  else replaceChildren(box, h("p", { className: `feedback-text tone-${fb.status.tone}`, attrs: { "data-tone": fb.status.tone } }, statusText(t, fb.status)));
  return box;
}

/** The findings of the last command of a step (Excel: each selects its cell). */
function feedbackFindings(t: TaskpaneMessages, state: AppState, step: FeedbackKey, actions: Actions): HTMLElement | null {
  const fb = state.feedback[step];
  if (!fb?.findings || fb.findings.length === 0) return null;
  return renderFindings(
    t,
    state.lang,
    { list: fb.findings, selectable: fb.selectable && state.mode === "excel" },
    (f) => void actions.selectCell(f.sheet!, f.cell!),
    `step-${step}-findings`,
  );
}

/** Where a step's result message goes among its controls: right under its primary button. */
const FEEDBACK = "feedback";

function missingList(t: TaskpaneMessages, state: AppState, items: readonly MissingItem[], actions: Actions, idPrefix: string): HTMLElement {
  return h(
    "ul",
    { id: `${idPrefix}-missing`, className: "missing-list" },
    ...items.map((item, i) =>
      h(
        "li",
        {},
        button(
          item.cell
            ? t.missingAt({ label: item.label, location: `${item.sheet}!${item.cell}` })
            : t.missingStepItem({ label: item.label, n: stepNumber(item.step) }),
          () => void actions.selectMissing(item),
          { id: `${idPrefix}-missing-${i}`, busy: state.busy !== null, className: "btn-link" },
        ),
      ),
    ),
  );
}

const amount = (n: number | null) => (n === null ? "—" : formatAmount(n));
const percent = (x: number | null) => (x === null ? "–" : `${(Math.round(x * 10000) / 100).toLocaleString("vi-VN")}%`);

function stepBody(t: TaskpaneMessages, state: AppState, step: StepKey, routine: RoutineStatus | null, actions: Actions): (Child | typeof FEEDBACK)[] {
  const busy = state.busy !== null;
  const excel = state.mode === "excel";
  const status = routine?.steps.find((s) => s.key === step);
  switch (step) {
    case "plan":
      return [
        h("p", { className: "help" }, excel ? t.stepPlanHelp() : t.stepPlanHelpStandalone()),
        filePicker(t, "plan-file", t.planFileLabel(), planFileTypes, (file) => void actions.planFile(file), busy),
        excel ? button(t.importFromSelection(), () => void actions.planSelection(), { id: "plan-selection", busy }) : null,
        pasteBox(
          t,
          "plan",
          state.paste.plan,
          actions,
          { summary: t.planPasteSummary(), label: t.pasteLabel(), placeholder: t.pastePlaceholder(), run: t.importFromPaste() },
          () => void actions.planPaste(),
          busy,
        ),
        !excel && state.workbook ? button(t.downloadTracking(), () => void actions.downloadTracking(), { id: "download-tracking", busy }) : null,
      ];
    case "agency": {
      const missing = status?.missing.filter((m) => m.cell) ?? [];
      if (!routine || !status || status.state === "todo") return [h("p", { className: "help" }, t.stepAgencyHelp())];
      if (missing.length === 0) return [h("p", { className: "help" }, t.agencyComplete())];
      return [
        h("p", { className: "help" }, t.agencyMissingIntro({ count: missing.length })),
        ...missing.map((m) => {
          const id = `input-agency-${m.cell}`;
          const input = h("input", {
            id,
            className: "text-input",
            attrs: { type: "text", autocomplete: "off" },
            on: { input: () => actions.setAgency(m.label, input.value) },
          });
          input.value = state.agencyInputs[m.label] ?? "";
          return h(
            "div",
            { className: "field" },
            h("label", { attrs: { for: id } }, m.label, " ", h("span", { className: "cell-ref" }, `(${m.sheet}!${m.cell})`)),
            input,
            excel ? button(t.goToCell({ location: `${m.sheet}!${m.cell}` }), () => void actions.selectMissing(m), { busy, className: "btn-link" }) : null,
          );
        }),
        button(t.agencySave(), () => void actions.saveAgency(), { id: "agency-save", busy, primary: true }),
      ];
    }
    case "tasks": {
      const tasks = routine?.tasks;
      return [
        h("p", { className: "help" }, t.stepTasksHelp()),
        tasks && tasks.total > 0
          ? h("p", { id: "tasks-progress", className: "step-summary" }, t.tasksProgress(tasks))
          : h("p", { className: "step-summary" }, t.tasksNone()),
        button(t.checkRun(), () => void actions.check(), { id: "check", busy }),
      ];
    }
    case "dossiers": {
      const d = routine?.dossiers;
      return [
        h("p", { className: "help" }, t.stepDossiersHelp()),
        d && d.received > 0
          ? h("p", { id: "dossiers-summary", className: "step-summary" }, t.dossiersSummary({ received: d.received, rate: percent(d.onTimeRate) }))
          : null,
        d && d.received > 0 && routine && routine.dossierFields.length > 0
          ? h(
              "table",
              { className: "mini-table" },
              h(
                "thead",
                {},
                h(
                  "tr",
                  {},
                  h("th", { attrs: { scope: "col" } }, t.dossierFieldHeader()),
                  h("th", { attrs: { scope: "col" } }, t.dossierReceivedHeader()),
                  h("th", { attrs: { scope: "col" } }, t.dossierRateHeader()),
                ),
              ),
              h(
                "tbody",
                {},
                ...routine.dossierFields.map((f) =>
                  h("tr", {}, h("td", { attrs: { lang: "vi" } }, f.field), h("td", {}, amount(f.received)), h("td", {}, percent(f.onTimeRate))),
                ),
              ),
            )
          : null,
        filePicker(t, "dossiers-file", t.dossiersFileLabel(), ".xlsx,.xlsm,.html,.htm,.tsv,.csv,.txt,.docx", (file) => void actions.dossiersFile(file), busy),
        excel ? button(t.dossiersFromSelection(), () => void actions.dossiersSelection(), { id: "dossiers-selection", busy }) : null,
        pasteBox(
          t,
          "dossiers",
          state.paste.dossiers,
          actions,
          { summary: t.dossiersPasteSummary(), label: t.dossiersPasteLabel(), placeholder: t.dossiersPastePlaceholder(), run: t.dossiersFromPaste() },
          () => void actions.dossiersPaste(),
          busy,
        ),
      ];
    }
    case "budget": {
      const read = routine?.report?.ok ? routine.report.read : null;
      if (!read || routine?.year == null) return [h("p", { className: "help" }, t.stepBudgetHelp())];
      const year = routine.year;
      const field = (cell: string | undefined, label: string, value: number) => {
        if (!cell) return null;
        const id = `input-budget-${cell}`;
        const invalid = state.invalid.includes(cell);
        const input = h("input", {
          id,
          className: "text-input amount-input",
          attrs: { type: "text", inputmode: "numeric", autocomplete: "off", "aria-invalid": invalid ? "true" : undefined, "aria-describedby": "budget-hint" },
          on: { input: () => actions.setBudget(cell, input.value) },
        });
        input.value = state.budgetInputs[cell] ?? (Number.isFinite(value) && value !== 0 ? amount(value) : "");
        return h("div", { className: "field" }, h("label", { attrs: { for: id } }, label), input);
      };
      const b = routine.budget;
      return [
        h("p", { className: "help" }, t.stepBudgetHelp()),
        b
          ? h(
              "p",
              { id: "budget-summary", className: "step-summary" },
              t.budgetSummary({ granted: amount(b.granted), disbursed: amount(b.disbursed), estimate: amount(b.estimate) }),
            )
          : null,
        h("p", { id: "budget-hint", className: "help" }, t.amountHint()),
        ...read.budget.granted.flatMap((g) => [
          field(g.cells?.granted, t.budgetGrantedInput({ item: g.item }), g.granted),
          field(g.cells?.disbursed, t.budgetDisbursedInput({ item: g.item }), g.disbursed),
        ]),
        ...read.budget.estimate.map((e) => field(e.cells?.amount, t.budgetEstimateInput({ item: e.item, year: year + 1 }), e.amount)),
        button(t.budgetSave(), () => void actions.saveBudget(), { id: "budget-save", busy, primary: true }),
      ];
    }
    case "report": {
      const year = routine?.year ?? null;
      const report = state.report;
      const draft = report !== null && report.missing.length > 0;
      return [
        h("p", { className: "help" }, t.stepReportHelp()),
        button(year !== null ? t.reportRunYear({ year }) : t.reportRun(), () => void actions.report(), { id: "report", busy, primary: true }),
        FEEDBACK,
        report && draft ? h("p", { className: "draft-badge" }, t.draftBadge()) : null,
        report && draft ? h("h3", { id: "report-missing-heading" }, t.missingHeading()) : null,
        report && draft ? missingList(t, state, report.missing, actions, "report") : null,
        report ? renderFigures(t, report.figures) : null,
        report
          ? h(
              "div",
              { className: "button-row" },
              button(t.downloadReportXlsx(), () => void actions.downloadXlsx(), { id: "download-report-xlsx", busy }),
              button(t.downloadReportDocx(), () => void actions.downloadDocx(), { id: "download-report-docx", busy }),
              excel && state.canCreateWorkbook ? button(t.openAsWorkbook(), () => void actions.openAsWorkbook(), { id: "open-workbook", busy }) : null,
            )
          : null,
        report && excel && state.macWebview ? h("p", { id: "mac-hint", className: "help" }, t.macDownloadHint()) : null,
      ];
    }
  }
}

/**
 * Step 6's last offer, once the workbook has tasks: next year's tracking workbook made from this
 * one (never written into it), with its own message and findings under the button.
 */
function nextYearSection(t: TaskpaneMessages, state: AppState, actions: Actions): HTMLElement | null {
  const routine = state.routine;
  // Step 1 is done: the tasks sheet has tasks (even when the year cannot be read; the command then says why).
  if (routine?.steps.find((s) => s.key === "plan")?.state !== "done") return null;
  // The year the command will start from (null: it will refuse, and say why at the cell).
  const year = routine.nextYearFrom;
  const run = button(year !== null ? t.nextYearRun({ year: year + 1 }) : t.nextYearRunUnknown(), () => void actions.nextYear(), {
    id: "next-year",
    busy: state.busy !== null,
  });
  run.setAttribute("aria-describedby", "next-year-help");
  const plan = state.nextYearPlan;
  return h(
    "section",
    { id: "next-year-section", className: "next-year", attrs: { "aria-labelledby": "next-year-heading" } },
    h("h3", { id: "next-year-heading" }, t.nextYearHeading()),
    h("p", { id: "next-year-help", className: "help" }, t.nextYearHelp()),
    run,
    feedbackMessage(t, state, "nextYear"),
    // The plan document drafted from the same data (the CLI's ke-hoach-iso-N+1.docx).
    plan ? h("p", { id: "next-year-plan-help", className: "help" }, t.nextYearPlanHelp({ year: plan.year })) : null,
    plan && plan.model.draft
      ? h("p", { id: "next-year-plan-missing", className: "help" }, t.nextYearPlanMissing({ missing: plan.model.missing.join("; ") }))
      : null,
    plan
      ? button(t.downloadPlanDocx({ year: plan.year }), () => void actions.downloadPlanDocx(), { id: "download-plan-docx", busy: state.busy !== null })
      : null,
    // Excel for Mac's webview cannot download: say where the .docx can be had, as for the report.
    plan && state.mode === "excel" && state.macWebview ? h("p", { id: "next-year-mac-hint", className: "help" }, t.macDownloadHint()) : null,
    feedbackFindings(t, state, "nextYear", actions),
  );
}

/** The step's controls with its result message in place (after them when the step names no place). */
function placeFeedback(body: (Child | typeof FEEDBACK)[], message: HTMLElement): Child[] {
  return body.includes(FEEDBACK) ? body.map((c) => (c === FEEDBACK ? message : c)) : [...body, message];
}

function stepCard(t: TaskpaneMessages, state: AppState, step: StepKey, actions: Actions): HTMLElement {
  const routine = state.routine;
  const status = routine?.steps.find((s) => s.key === step);
  const n = stepNumber(step);
  return h(
    "li",
    { className: "step-item" },
    h(
      "section",
      { id: `step-${step}`, className: "card step", attrs: { "aria-labelledby": `step-${step}-heading`, "data-state": status?.state ?? "todo" } },
      h(
        "h2",
        { id: `step-${step}-heading`, attrs: { tabindex: -1 } },
        h("span", { className: "step-number" }, t.stepNumber({ n })),
        " ",
        stepTitle(t, step),
        " ",
        stateBadge(t, status),
      ),
      ...placeFeedback(stepBody(t, state, step, routine, actions), feedbackMessage(t, state, step)),
      feedbackFindings(t, state, step, actions),
      step === "report" ? nextYearSection(t, state, actions) : null,
    ),
  );
}

/** Draws the pane into `root` from `state`, keeping or moving the keyboard focus. */
/**
 * The pane's one store: `set` stores and redraws (a focus request is honoured once), `keep`
 * stores without redrawing. The actions are read at each redraw, as they are made with the store.
 */
export function renderingStore(root: HTMLElement, initial: AppState, actions: () => Actions | null): Store {
  let state = initial;
  return {
    get: () => state,
    set: (next) => {
      state = next;
      const current = actions();
      if (current) render(root, state, current);
      if (state.focus) state = { ...state, focus: null };
    },
    keep: (next) => {
      state = next;
    },
  };
}

export function render(root: HTMLElement, state: AppState, actions: Actions): void {
  const t = textsFor(state.lang);
  const active = document.activeElement;
  const keepId = active && active !== document.body && root.contains(active) ? active.id : "";
  document.documentElement.lang = state.lang;
  document.title = t.appTitle();
  const busy = state.busy !== null;
  const progress = h("progress", { className: "progress", attrs: { "aria-hidden": "true", max: 100 } });
  if (state.busy?.percent != null) progress.value = state.busy.percent;
  else progress.removeAttribute("value");
  progress.hidden = !busy;
  const statusMessage = state.status ?? { key: state.mode === null ? "starting" : "ready", tone: "info" as const };

  const app = h(
    "div",
    { className: "app" },
    h(
      "header",
      { className: "app-header" },
      h(
        "div",
        { className: "title-row" },
        h("h1", {}, t.appTitle()),
        h(
          "button",
          {
            id: "language",
            className: "btn btn-subtle",
            attrs: { type: "button", lang: state.lang === "vi" ? "en" : "vi", title: t.languageSwitchHint(), disabled: busy },
            on: { click: () => actions.switchLanguage() },
          },
          t.languageSwitch(),
        ),
      ),
      h("p", { className: "subtitle" }, t.appSubtitle()),
      h("p", { id: "mode", className: "mode" }, state.mode === "excel" ? t.modeExcel() : state.mode === "standalone" ? t.modeStandalone() : t.starting()),
    ),
    h(
      "main",
      { id: "panel", className: "panel-host", attrs: { "aria-busy": String(busy) } },
      state.mode === null ? null : h("ol", { className: "steps" }, ...stepKeys.map((step) => stepCard(t, state, step, actions))),
    ),
    // The one live region: progress and results are announced without interrupting.
    h(
      "div",
      { id: "status", className: "status", attrs: { role: "status", "aria-live": "polite", "aria-atomic": "true", "data-tone": statusMessage.tone } },
      progress,
      h("span", { className: "status-text" }, statusText(t, statusMessage)),
    ),
  );
  replaceChildren(root, app);

  const target = (state.focus ? document.getElementById(state.focus) : null) ?? (keepId ? document.getElementById(keepId) : null);
  if (target instanceof HTMLElement && !(target as HTMLButtonElement).disabled) target.focus();
  else if (keepId && busy) document.getElementById("panel")?.focus?.();
}
