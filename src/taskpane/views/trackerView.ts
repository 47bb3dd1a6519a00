/**
 * Step 3, the task tracker: each task of the plan as a row (number, short text with the full
 * text on demand, schedule, lead unit), its status from the workbook's own list, its evidence
 * read as it is typed (the report's document-reference parser and checks, said under the field)
 * and a note. A dated document typed as evidence offers "Hoàn thành" in one action. Filters:
 * all / not finished / late / without evidence; the counts by status add up to the total.
 */
import type { RoutineStatus, TaskRow } from "../../app/routine";
import type { TaskpaneMessages } from "../../core/messages/catalogue";
import { findingText } from "../../core/messages/render";
import type { Actions } from "../actionTypes";
import { h, type Child } from "../dom";
import { parseDocumentReferences } from "../../core/evidence/parseDocumentReferences";
import { checkTaskEvidence } from "../../core/evidence/checkTaskEvidence";
import type { AppState, TaskFilter } from "../state";
import { button } from "./controls";

/** The first words of a task, for its row (the full text opens under it). */
function shortText(text: string, max = 90): string {
  const one = text.replace(/\s+/g, " ").trim();
  if (one.length <= max) return one;
  const cut = one.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max - 20))}…`;
}

const matches: Record<TaskFilter, (r: TaskRow) => boolean> = {
  all: () => true,
  open: (r) => r.statusKey !== "done" && r.statusKey !== "notDone",
  late: (r) => r.late,
  noEvidence: (r) => r.noEvidence,
};

/** What the evidence typed reads as: the documents found, the checks' findings, whether one is dated. */
export function evidenceReading(t: TaskpaneMessages, row: TaskRow, text: string, year: number | null, asOf: string): { notes: string[]; dated: boolean } {
  if (text.trim() === "") return { notes: [], dated: false };
  const refs = parseDocumentReferences(text);
  const dated = refs.some((r) => r.date !== null);
  const notes: string[] = [];
  if (refs.length > 0) notes.push(t.evidenceRead({ refs: refs.map((r) => r.text).join("; ") }));
  else notes.push(t.evidenceNoReference());
  // A document without a date cannot be checked against the schedule (a date written but unreadable is the checks' finding).
  const undated = refs.filter((r) => r.date === null && !r.issues.some((i) => i.code.startsWith("evidence_date")));
  if (undated.length > 0) notes.push(t.evidenceNoDate({ refs: undated.map((r) => r.text).join("; ") }));
  if (year !== null) {
    for (const f of checkTaskEvidence({ no: row.no, timing: row.schedule, evidence: text }, year, asOf)) {
      if (f.code !== "evidence_no_reference") notes.push(findingText(f));
    }
  }
  return { notes, dated };
}

function taskItem(t: TaskpaneMessages, state: AppState, routine: RoutineStatus, row: TaskRow, actions: Actions): HTMLElement {
  const busy = state.busy !== null;
  const id = `task-${row.key}`;
  const input = state.taskInputs[row.key] ?? {};
  const status = input.status ?? row.status;
  const evidence = input.evidence ?? row.evidence;
  const asOf = routine.agencyRead?.info.asOf || routine.agencyRead?.info.periodEnd || "";
  const doneWord = routine.statusChoices[2];

  const select = h("select", { id: `${id}-status`, className: "select", attrs: { disabled: busy || !row.cells.status } });
  const choices =
    row.statusKey === "other" || !routine.statusChoices.includes(status) ? [...new Set([...routine.statusChoices, status])] : routine.statusChoices;
  for (const choice of choices.filter((c) => c !== "")) select.appendChild(h("option", { attrs: { value: choice } }, choice));
  select.value = status || routine.statusChoices[0];
  select.addEventListener("change", () => {
    actions.setTask(row.key, "status", select.value);
    void actions.commitTask(row.key);
  });

  const reading = evidenceReading(t, row, evidence, routine.year, asOf);
  const notes = reading.notes;
  const note = h("p", { id: `${id}-evidence-notes`, className: "field-note", attrs: { lang: "vi" } }, notes.join(" "));
  const done = button(t.taskMarkDone({ status: doneWord }), () => void actions.markTaskDone(row.key), { id: `${id}-done`, busy, className: "btn-small" });
  done.hidden = !(reading.dated && (input.status ?? row.status) !== doneWord);
  const evidenceInput = h("input", {
    id: `${id}-evidence`,
    className: "text-input",
    attrs: { type: "text", autocomplete: "off", "aria-describedby": `${id}-evidence-notes`, disabled: !row.cells.evidence },
  });
  evidenceInput.value = evidence;
  evidenceInput.addEventListener("input", () => {
    actions.setTask(row.key, "evidence", evidenceInput.value);
    // Read as typed: the documents and the checks under the field, the offer of "Hoàn thành" when one is dated.
    const now = evidenceReading(t, row, evidenceInput.value, routine.year, asOf);
    note.textContent = now.notes.join(" ");
    done.hidden = !(now.dated && select.value !== doneWord);
  });
  evidenceInput.addEventListener("change", () => void actions.commitTask(row.key));

  const noteInput = h("input", { id: `${id}-note`, className: "text-input", attrs: { type: "text", autocomplete: "off", disabled: !row.cells.note } });
  noteInput.value = input.note ?? row.note;
  noteInput.addEventListener("input", () => actions.setTask(row.key, "note", noteInput.value));
  noteInput.addEventListener("change", () => void actions.commitTask(row.key));

  const details = h(
    "details",
    { className: "task-text" },
    h(
      "summary",
      { id: `${id}-summary` },
      h("span", { className: "task-no" }, `${row.no}.`),
      " ",
      h("span", { attrs: { lang: "vi" } }, shortText(row.task)),
      row.late ? h("span", { className: "badge badge-warning" }, t.taskLateBadge()) : null,
    ),
    h("p", { attrs: { lang: "vi" } }, row.task),
    row.output ? h("p", { className: "help", attrs: { lang: "vi" } }, t.taskOutput({ output: row.output })) : null,
  );
  details.open = state.openTasks.includes(row.key);
  details.addEventListener("toggle", () => actions.toggleTask(row.key, details.open));

  return h(
    "li",
    { id, className: "task-row", attrs: { "data-status": row.statusKey } },
    details,
    h(
      "p",
      { className: "task-meta" },
      h("span", { attrs: { lang: "vi" } }, t.taskTiming({ timing: row.timing || "—" })),
      row.lead ? h("span", { attrs: { lang: "vi" } }, t.taskLead({ lead: row.lead })) : null,
    ),
    h("div", { className: "field" }, h("label", { attrs: { for: `${id}-status` } }, t.taskStatusLabel()), select),
    h("div", { className: "field" }, h("label", { attrs: { for: `${id}-evidence` } }, t.taskEvidenceLabel()), evidenceInput, note, done),
    h("div", { className: "field" }, h("label", { attrs: { for: `${id}-note` } }, t.taskNoteLabel()), noteInput),
  );
}

export function trackerView(t: TaskpaneMessages, state: AppState, routine: RoutineStatus, actions: Actions): Child[] {
  const rows = routine.taskRows;
  if (rows.length === 0) return [h("p", { className: "step-summary" }, t.tasksNone())];
  const p = routine.tasks;
  const filters: readonly [TaskFilter, string][] = [
    ["all", t.filterAll({ n: rows.length })],
    ["open", t.filterOpen({ n: p.open })],
    ["late", t.filterLate({ n: p.late })],
    ["noEvidence", t.filterNoEvidence({ n: p.noEvidence })],
  ];
  const shown = rows.filter(matches[state.taskFilter]);
  return [
    h("p", { className: "help" }, t.stepTasksTrackerHelp()),
    h(
      "p",
      { id: "tasks-progress", className: "step-summary" },
      t.tasksCounts({ total: p.total, ...p.byStatus }),
      " ",
      t.tasksFlags({ open: p.open, late: p.late, noEvidence: p.noEvidence }),
    ),
    h(
      "fieldset",
      { className: "filters", attrs: { "aria-labelledby": "task-filter-legend" } },
      h("legend", { id: "task-filter-legend" }, t.filterLegend()),
      ...filters.map(([filter, label]) => {
        const radio = h("input", { id: `task-filter-${filter}`, attrs: { type: "radio", name: "task-filter", value: filter } });
        radio.checked = state.taskFilter === filter;
        radio.addEventListener("change", () => actions.setTaskFilter(filter));
        return h("label", { className: "filter", attrs: { for: `task-filter-${filter}` } }, radio, label);
      }),
    ),
    shown.length === 0
      ? h("p", { className: "help" }, t.filterEmpty())
      : h("ul", { id: "task-list", className: "task-list" }, ...shown.map((row) => taskItem(t, state, routine, row, actions))),
  ];
}
