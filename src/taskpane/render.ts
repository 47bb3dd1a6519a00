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
import { button } from "./views/controls";
import { localToday } from "./actions";
import { loadedRoutineViews } from "./lazy";

/** File types the importers read (io/readSource.ts). */
export const planFileTypes = ".docx,.xlsx,.xlsm,.html,.htm,.tsv,.csv,.txt";

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

function stateBadge(t: TaskpaneMessages, status: StepStatus | undefined, progress?: { done: number; total: number }): HTMLElement {
  const state = status?.state ?? "todo";
  const text =
    state === "done"
      ? t.stepStateDone()
      : state === "todo"
        ? t.stepStateTodo()
        : state === "progress"
          ? t.stepStateProgress({ done: progress?.done ?? 0, total: progress?.total ?? 0 })
          : t.stepStateAttention({ count: status?.count ?? 0 });
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

/** The findings of the last command of a step, each with its place (a link where the pane or Excel can go there). */
function feedbackFindings(t: TaskpaneMessages, state: AppState, step: FeedbackKey, actions: Actions): HTMLElement | null {
  const fb = state.feedback[step];
  if (!fb?.findings || fb.findings.length === 0) return null;
  const units = fb.findings.find((f) => f.code === "units_not_in_registry");
  const names = units
    ? String((units.params as { names?: string }).names ?? "")
        .split("; ")
        .filter(Boolean)
    : [];
  const addUnits = names.length
    ? button(t.addUnits({ count: names.length }), () => void actions.addUnits(names), { id: `step-${step}-add-units`, busy: state.busy !== null })
    : null;
  // Findings of a selection read in Excel select their cell; those of a file name its table's rows.
  const views = loadedRoutineViews();
  const place = (fb.selectable && state.mode === "excel") || !views ? undefined : views.findingPlace(t, state, actions, fb.file);
  return renderFindings(
    t,
    state.lang,
    { list: fb.findings, selectable: fb.selectable && state.mode === "excel" },
    (f) => void actions.selectCell(f.sheet!, f.cell!),
    `step-${step}-findings`,
    place,
    addUnits,
  );
}

/** Where a step's result message goes among its controls: right under its primary button. */
const FEEDBACK = "feedback";

function missingList(t: TaskpaneMessages, state: AppState, items: readonly MissingItem[], actions: Actions, idPrefix: string): HTMLElement {
  const standalone = state.mode !== "excel";
  const views = loadedRoutineViews();
  return h(
    "ul",
    { id: `${idPrefix}-missing`, className: "missing-list" },
    ...items.map((item, i) => {
      const n = stepNumber(item.step);
      // Excel names the cell and selects it; the standalone page shows no sheet: it names the field and focuses it.
      // A proposal is confirmed, not typed: step 2's go to its one action, the period's (step 4) to its field.
      const proposed = standalone && item.confirm === true;
      const field = standalone && item.cell && views ? views.fieldOfCell(t, state, item.sheet, item.cell) : null;
      const proposals: { id: string; task?: string } | null = proposed && item.step === "agency" ? { id: "agency-confirm-all" } : null;
      const result: { id: string; task?: string } | null = standalone && item.item ? { id: `report-item-${item.item}` } : null;
      const text = !standalone
        ? item.cell
          ? t.missingAt({ label: item.label, location: `${item.sheet}!${item.cell}` })
          : t.missingStepItem({ label: item.label, n })
        : proposed
          ? t.missingConfirm({ label: item.label, n })
          : result
            ? t.missingItemBelow({ label: item.label })
            : field
              ? t.missingField({ label: item.label, n })
              : t.missingStepItem({ label: item.label, n });
      const target = proposals ?? result ?? field;
      return h(
        "li",
        {},
        button(text, () => (target ? actions.goToField(target.id, target.task) : void actions.selectMissing(item)), {
          id: `${idPrefix}-missing-${i}`,
          busy: state.busy !== null,
          className: "btn-link",
        }),
        item.item ? itemResultField(t, state, item.item, `${idPrefix}-missing-${i}`, actions) : null,
        // An edited block whose figures changed: corrected in its cell (the link above), or kept as written here.
        item.block ? keepButton(t, state, item.block, idPrefix, `${idPrefix}-missing-${i}`, actions) : null,
      );
    }),
  );
}

/** Step 6: "Giữ nội dung đã sửa" under an edited block whose figures changed, named by the item above it for a screen reader. */
function keepButton(t: TaskpaneMessages, state: AppState, block: string, idPrefix: string, describedBy: string, actions: Actions): HTMLElement {
  const keep = button(t.keepEdited(), () => void actions.keepNarrative(block), { id: `${idPrefix}-keep-${block}`, busy: state.busy !== null });
  keep.setAttribute("aria-describedby", describedBy);
  return keep;
}

/**
 * Step 6: a standard item of the results table that has no document: its result typed here (a
 * document or "Không thực hiện vì …") goes into its row of "Nhận xét" when the field is left, and
 * the report is made again — no plan task answers it, or the secretary has the reason at hand.
 */
function itemResultField(t: TaskpaneMessages, state: AppState, key: string, describedBy: string, actions: Actions): HTMLElement {
  const id = `report-item-${key}`;
  const input = h("input", {
    id,
    className: "text-input",
    attrs: { type: "text", autocomplete: "off", "aria-describedby": `${describedBy} report-item-hint` },
    on: { input: () => actions.setItemResult(key, input.value), change: () => void actions.commitItemResult(key) },
  });
  input.value = state.itemInputs[key] ?? "";
  return h("div", { className: "field" }, h("label", { attrs: { for: id } }, t.itemResultInput()), input);
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
      ];
    case "agency":
      if (!routine || !status || status.state === "todo" || !routine.agencyRead) return [h("p", { className: "help" }, t.stepAgencyHelp())];
      return loadedRoutineViews()?.agencyView(t, state, routine, actions) ?? [h("p", { className: "help" }, t.stepAgencyHelp())];
    case "tasks":
      return [
        ...((routine && loadedRoutineViews()?.trackerView(t, state, routine, actions)) || [h("p", { className: "step-summary" }, t.tasksNone())]),
        routine && routine.tasks.total > 0 ? button(t.checkRun(), () => void actions.check(), { id: "check", busy }) : null,
      ];
    case "dossiers": {
      const d = routine?.dossiers;
      return [
        h("p", { className: "help" }, excel ? t.stepDossiersHelp() : t.stepDossiersHelpStandalone()),
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
        FEEDBACK,
        routine && routine.agencyRead ? (loadedRoutineViews()?.periodView(t, state, routine, actions, localToday()) ?? null) : null,
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
          on: { input: () => actions.setBudget(cell, input.value), change: () => void actions.commitBudget(cell) },
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
        report && draft && report.missing.some((m) => m.item) ? h("p", { id: "report-item-hint", className: "help" }, t.itemResultHint()) : null,
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
        stateBadge(t, status, step === "tasks" && routine ? { done: routine.tasks.done + routine.tasks.notDone, total: routine.tasks.total } : undefined),
      ),
      ...placeFeedback(stepBody(t, state, step, routine, actions), feedbackMessage(t, state, step)),
      feedbackFindings(t, state, step, actions),
      step === "report" ? nextYearSection(t, state, actions) : null,
    ),
  );
}

/** "14:32" and "hôm nay" / "hôm qua" / "ngày 13/12/2025" for a saved time, in the PC's time zone. */
export function savedWhen(t: TaskpaneMessages, iso: string, now = new Date()): { time: string; day: string } {
  const at = new Date(iso);
  const time = `${String(at.getHours()).padStart(2, "0")}:${String(at.getMinutes()).padStart(2, "0")}`;
  const dayOf = (d: Date) => `${d.getFullYear()}-${d.getMonth()}-${d.getDate()}`;
  const yesterday = new Date(now.getFullYear(), now.getMonth(), now.getDate() - 1);
  const day =
    dayOf(at) === dayOf(now)
      ? t.dayToday()
      : dayOf(at) === dayOf(yesterday)
        ? t.dayYesterday()
        : t.dayOn({ date: `${String(at.getDate()).padStart(2, "0")}/${String(at.getMonth() + 1).padStart(2, "0")}/${at.getFullYear()}` });
  return { time, day };
}

/**
 * The standalone page's tracking workbook, above the steps: the offer to continue the one saved
 * in the browser, and once a workbook is open its download ("Tải sổ theo dõi", in every step) and
 * whether the browser keeps it (a refusal or a full storage is said here).
 */
function bookBar(t: TaskpaneMessages, state: AppState, actions: Actions): HTMLElement | null {
  if (state.mode !== "standalone" || (!state.restore && !state.workbook && (state.storage === null || state.storage === "ok"))) return null;
  const busy = state.busy !== null;
  const offer = state.restore;
  const storage =
    state.storage === "unavailable"
      ? t.storageUnavailable()
      : state.storage === "quota"
        ? t.storageQuota()
        : state.storage === "failed"
          ? t.storageFailed()
          : state.savedAt && state.workbook
            ? t.storageSaved(savedWhen(t, state.savedAt))
            : null;
  return h(
    "section",
    { id: "book", className: "card book", attrs: { "aria-labelledby": "book-heading" } },
    h("h2", { id: "book-heading" }, offer ? t.restoreHeading() : t.trackingToolbarHeading()),
    offer
      ? h(
          "div",
          { className: "button-row" },
          button(
            t.restoreContinue({ year: offer.year === null ? "" : String(offer.year), ...savedWhen(t, offer.savedAt) }),
            () => void actions.restoreSaved(),
            {
              id: "restore-continue",
              busy,
              primary: true,
            },
          ),
          button(t.restoreNew(), () => void actions.startNew(), { id: "restore-new", busy }),
        )
      : null,
    state.workbook ? button(t.downloadTracking(), () => void actions.downloadTracking(), { id: "download-tracking", busy }) : null,
    storage ? h("p", { id: "storage-status", className: state.storage === "ok" ? "help" : "help tone-error" }, storage) : null,
  );
}

/**
 * The pane's one store: `set` stores and redraws (a focus request is honoured once), `keep`
 * stores without redrawing. The actions are read at each redraw, as they are made with the store.
 */
export function renderingStore(root: HTMLElement, initial: AppState, actions: () => Actions | null): Store {
  let state = initial;
  // The pane is never redrawn under a pressed pointer: a save that ends between the press and the
  // release (a field left by clicking a button) would replace the button and lose the click.
  let pressed = false;
  let pending = false;
  const draw = () => {
    pending = false;
    const current = actions();
    if (current) render(root, state, current);
    if (state.focus) state = { ...state, focus: null };
  };
  if (typeof document !== "undefined") {
    document.addEventListener("pointerdown", () => (pressed = true), true);
    const release = () => {
      pressed = false;
      if (pending) setTimeout(() => pending && !pressed && draw(), 0);
    };
    document.addEventListener("pointerup", release, true);
    document.addEventListener("pointercancel", release, true);
  }
  return {
    get: () => state,
    set: (next) => {
      // The same state (a re-read that found nothing new): nothing to draw.
      if (next === state) return;
      state = next;
      if (pressed) pending = true;
      else draw();
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
  // A field being typed in keeps its caret across the redraw.
  const caret = active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement ? [active.selectionStart, active.selectionEnd] : null;
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
            on: { click: () => void actions.switchLanguage() },
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
      bookBar(t, state, actions),
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
  if (target instanceof HTMLElement && !(target as HTMLButtonElement).disabled) {
    target.focus();
    if (caret && target.id === keepId && (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) && target.type !== "radio") {
      try {
        target.setSelectionRange(caret[0], caret[1]);
      } catch {
        // Inputs without a selection (none here) ignore it.
      }
    }
  } else if (keepId && busy) document.getElementById("panel")?.focus?.();
}
