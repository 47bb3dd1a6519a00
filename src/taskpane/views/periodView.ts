/**
 * Step 4's period: the reporting period and the as-of date the figures are counted for, as
 * proposed from the export (its title line, else its dates, else the plan's year) or as the user
 * confirmed them; the rows left outside the period; one action confirms them (the export is then
 * counted again when it is still at hand). A future as-of date is refused at its field.
 */
import type { RoutineStatus } from "../../app/routine";
import type { TaskpaneMessages } from "../../core/messages/catalogue";
import { viDate } from "../../core/calendar/dates";
import type { Actions } from "../actionTypes";
import { periodFieldId } from "../fieldIds";
import { h } from "../dom";
import type { AppState } from "../state";
import { findingsAt } from "./agencyView";
import { button, textField } from "./controls";
import { findingText } from "../../core/messages/render";

export function periodView(t: TaskpaneMessages, state: AppState, routine: RoutineStatus, actions: Actions, today: string): HTMLElement | null {
  const read = routine.agencyRead;
  if (!read) return null;
  const info = read.info;
  const confirmed = routine.periodSettled;
  const shownAsOf = info.asOf || (info.periodEnd < today ? info.periodEnd : today);
  const values = { periodStart: viDate(info.periodStart), periodEnd: viDate(info.periodEnd), asOf: viDate(shownAsOf) };
  const labels = { periodStart: t.periodFrom(), periodEnd: t.periodTo(), asOf: t.periodAsOf() };
  const proposal = state.periodProposal;
  const source =
    !confirmed && proposal
      ? proposal.source === "title"
        ? t.periodSourceTitle()
        : proposal.source === "dates"
          ? t.periodSourceDates()
          : proposal.source === "year"
            ? t.periodSourceYear()
            : null
      : null;
  const outside = [
    proposal && proposal.before > 0 ? t.periodOutsideBefore({ count: proposal.before, from: viDate(info.periodStart) }) : null,
    proposal && proposal.after > 0 ? t.periodOutsideAfter({ count: proposal.after, to: viDate(info.periodEnd) }) : null,
  ].filter((x): x is string => x !== null);
  const typed = (["periodStart", "periodEnd", "asOf"] as const).some((k) => state.agencyInputs[k] !== undefined);
  return h(
    "fieldset",
    { id: "period", className: "fact-group period", attrs: { "aria-labelledby": "period-legend", "data-confirmed": String(confirmed) } },
    h("legend", { id: "period-legend" }, t.periodHeading(), " ", !confirmed ? h("span", { className: "badge badge-proposed" }, t.proposedBadge()) : null),
    source ? h("p", { id: "period-source", className: "help" }, source) : null,
    ...(["periodStart", "periodEnd", "asOf"] as const).map((key) =>
      textField({
        id: periodFieldId(key),
        label: [labels[key]],
        value: state.agencyInputs[key] ?? values[key],
        invalid: state.invalid.includes(key),
        hint: t.dateHint(),
        notes: findingsAt(routine, read.cells[key]).map((f) => findingText(f)),
        notesLang: "vi",
        inputmode: "numeric",
        onInput: (value) => actions.setAgency(key, value),
        onChange: () => undefined,
      }),
    ),
    outside.length ? h("p", { id: "period-outside", className: "step-summary", attrs: { lang: "vi" } }, outside.join(" ")) : null,
    confirmed && !typed
      ? h("p", { id: "period-confirmed", className: "help" }, t.periodConfirmedNote())
      : button(t.periodConfirm(), () => void actions.confirmPeriod(), { id: "period-confirm", busy: state.busy !== null, primary: true }),
  );
}
