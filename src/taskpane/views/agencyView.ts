/**
 * Step 2: every fact of "Thông tin", grouped (cơ quan; người ký; nơi nhận; kỳ báo cáo; căn cứ),
 * each an editable field saved when the user leaves it. A value the product proposed carries
 * "đề xuất — xác nhận" until confirmed; one button confirms them all. The checks made at a field
 * (Kính gửi, the signer's title, the abbreviation, the period) are written under it.
 */
import type { RoutineStatus } from "../../app/routine";
import type { Finding } from "../../core/findings/finding";
import type { TaskpaneMessages } from "../../core/messages/catalogue";
import { findingText } from "../../core/messages/render";
import { viDate } from "../../core/calendar/dates";
import { workbookText } from "../../core/messages/catalogue";
import type { AgencyInfo, AgencyKey } from "../../core/workbook/agencySheet";
import type { Actions } from "../actionTypes";
import { h, type Child } from "../dom";
import type { AppState } from "../state";
import { button, textField } from "./controls";

/** The groups of step 2 and their facts, in the order a report uses them. */
const groups: readonly { title: (t: TaskpaneMessages) => string; keys: readonly AgencyKey[] }[] = [
  { title: (t) => t.agencyGroupAgency(), keys: ["governingBody", "agencyName", "agencyShortName", "abbreviation", "placeName", "scope"] },
  { title: (t) => t.agencyGroupSigner(), keys: ["signingAuthority", "signerTitle", "signerName"] },
  { title: (t) => t.agencyGroupRecipients(), keys: ["recipientTo", "recipients", "draftingUnit"] },
  { title: (t) => t.agencyGroupPeriod(), keys: ["year", "documentNumber", "reportDate", "periodStart", "periodEnd", "asOf"] },
  { title: (t) => t.agencyGroupBases(), keys: ["planReference", "budgetDecision"] },
];

/** The facts a report cannot be signed without (marked "bắt buộc"). */
const required = new Set<AgencyKey>(["governingBody", "agencyName", "abbreviation", "placeName", "signerTitle", "signerName"]);
const periodKeys = new Set<AgencyKey>(["periodStart", "periodEnd", "asOf"]);
const dateKeys = new Set<AgencyKey>(["reportDate", "periodStart", "periodEnd", "asOf"]);

/** A fact as the field shows it (dates dd/mm/yyyy, one recipient per line). */
export function factText(info: AgencyInfo, key: AgencyKey): string {
  const value = info[key];
  if (Array.isArray(value)) return value.join("\n");
  if (dateKeys.has(key)) return value ? viDate(String(value)) : "";
  return String(value);
}

/** Findings made at one cell of "Thông tin" (the grouped proposals' finding is the badges' job). */
export function findingsAt(routine: RoutineStatus, cell: string | undefined): Finding[] {
  if (!cell) return [];
  return routine.findings.filter((f) => f.sheet === workbookText.sheetNames.agency && f.cell === cell && f.code !== "agency_fact_proposed");
}

/** One fact's field: label with its badges, the value (typed, else the sheet's), the checks under it. */
export function factField(t: TaskpaneMessages, state: AppState, routine: RoutineStatus, key: AgencyKey, actions: Actions, id = `agency-${key}`): HTMLElement {
  const read = routine.agencyRead!;
  const label = workbookText.agency.fields[key].label;
  const proposed = read.info.proposed.includes(key) && state.agencyInputs[key] === undefined;
  const badges: Child[] = [
    h("span", { attrs: { lang: "vi" } }, label),
    required.has(key) ? [" ", h("span", { className: "badge badge-required" }, t.requiredBadge())] : null,
    proposed && factText(read.info, key) !== "" ? [" ", h("span", { className: "badge badge-proposed" }, t.proposedBadge())] : null,
  ].flat();
  return textField({
    id,
    label: badges,
    value: state.agencyInputs[key] ?? factText(read.info, key),
    multiline: key === "recipients" || key === "scope",
    invalid: state.invalid.includes(key),
    hint: dateKeys.has(key) ? t.dateHint() : key === "recipients" ? t.recipientsHint() : undefined,
    notes: findingsAt(routine, read.cells[key]).map((f) => findingText(f)),
    notesLang: "vi",
    onInput: (value) => actions.setAgency(key, value),
    onChange: () => void actions.commitAgency(key),
  });
}

export function agencyView(t: TaskpaneMessages, state: AppState, routine: RoutineStatus, actions: Actions): Child[] {
  const read = routine.agencyRead;
  if (!read) return [h("p", { className: "help" }, t.stepAgencyHelp())];
  const busy = state.busy !== null;
  const proposals = read.info.proposed.filter((k) => !periodKeys.has(k) && factText(read.info, k) !== "");
  const confirm =
    proposals.length > 0
      ? button(t.confirmAll({ count: proposals.length }), () => void actions.confirmAgency(), { id: "agency-confirm-all", busy, primary: true })
      : h("p", { id: "agency-all-confirmed", className: "help" }, t.agencyAllConfirmed());
  return [
    h("p", { className: "help" }, t.agencyIntro()),
    confirm,
    ...groups.map((group, i) =>
      h(
        "fieldset",
        { className: "fact-group", attrs: { "aria-labelledby": `agency-group-${i}` } },
        h("legend", { id: `agency-group-${i}` }, group.title(t)),
        group.keys.some((k) => periodKeys.has(k)) ? h("p", { className: "help" }, t.agencyPeriodNote()) : null,
        ...group.keys.map((key) => factField(t, state, routine, key, actions)),
      ),
    ),
  ];
}
