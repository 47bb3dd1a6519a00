/**
 * The steps' views that exist only once a workbook is read (step 2's facts, step 3's tracker,
 * step 4's period) and the way from a finding or missing item to its field: loaded with the
 * routine kit (lazy.ts), so the pane's first script stays small. Every state that shows them
 * comes from a command that loaded the kit first.
 */
import type { Finding } from "../../core/findings/finding";
import { parseCellAddress } from "../../core/grid/address";
import { taskpaneText, workbookText, type TaskpaneMessages } from "../../core/messages/catalogue";
import { stepNumber, type StepKey } from "../../core/routine/steps";
import type { AgencyKey } from "../../core/workbook/agencySheet";
import { periodKeys } from "../../core/workbook/agencyFacts";
import { findingLocation } from "../../core/messages/render";
import type { Actions } from "../actionTypes";
import { periodFieldId } from "../fieldIds";
import type { AppState } from "../state";
import type { FindingPlace } from "./findings";

export { agencyView } from "./agencyView";
export { trackerView } from "./trackerView";
export { periodView } from "./periodView";

const trackingSheets = new Set<string>(Object.values(workbookText.sheetNames));

/** The step where a sheet's data is worked on in the pane (a sheet without a field there: the step is the place). */
const stepOfSheet: Readonly<Record<string, StepKey>> = {
  [workbookText.sheetNames.units]: "plan",
  [workbookText.sheetNames.agency]: "agency",
  [workbookText.sheetNames.tasks]: "tasks",
  [workbookText.sheetNames.dossiers]: "dossiers",
  [workbookText.sheetNames.budget]: "budget",
  [workbookText.sheetNames.narrative]: "report",
  [workbookText.sheetNames.report]: "report",
  [workbookText.sheetNames.findings]: "report",
};

/** A pasted table's source name ("Bảng đã dán"): its findings are named by the pasted table's rows. */
const pastedSheets = (t: TaskpaneMessages) =>
  new Set([t.pasteSourceName(), t.dossiersPasteSourceName(), taskpaneText.vi.pasteSourceName(), taskpaneText.vi.dossiersPasteSourceName()]);

/**
 * A finding's place as the user sees it, and a way there: in Excel a cell of the workbook is
 * named and selected; in the standalone page, which shows no sheet, the field or task row
 * holding that cell is named and gets the focus ("Họ và tên người ký (Bước 2)", "Nhiệm vụ 6
 * (Bước 3)"), else the step that works on its sheet; a cell of an imported file is named by its
 * table's row ("tệp ke-hoach.docx, dòng 5 của bảng"), a pasted table's likewise.
 */
export function findingPlace(t: TaskpaneMessages, state: AppState, actions: Actions, file?: string): FindingPlace {
  return (f: Finding) => {
    const location = findingLocation(f);
    const row = f.cell ? (parseCellAddress(f.cell)?.rowNumber ?? 0) : 0;
    if (!f.sheet || !trackingSheets.has(f.sheet)) {
      if (file && row) return { location: t.findingInFile({ file, row }), go: null };
      if (f.sheet && row && pastedSheets(t).has(f.sheet)) return { location: t.findingInPaste({ sheet: f.sheet, row }), go: null };
      return { location, go: null };
    }
    // A finding about a whole sheet ("Đơn vị" made from the plan) is said, not linked.
    if (!f.cell) return { location, go: null };
    if (state.mode === "excel") return { location, go: () => void actions.selectCell(f.sheet!, f.cell!) };
    const field = fieldOfCell(t, state, f.sheet, f.cell);
    if (field) return { location: field.place, go: () => actions.goToField(field.id, field.task) };
    const step = stepOfSheet[f.sheet];
    if (!step) return { location, go: null };
    const heading = `step-${step}-heading`;
    return { location: t.placeStep({ sheet: f.sheet, n: stepNumber(step) }), go: () => actions.goToField(heading) };
  };
}

/**
 * The pane's field for a cell of the workbook (standalone), and how it is named there: a fact
 * of step 2 (the period's three of step 4), a task's row of step 3, an amount of step 5. Null
 * for a cell the pane has no field for.
 */
export function fieldOfCell(t: TaskpaneMessages, state: AppState, sheet: string, cell: string): { id: string; task?: string; place: string } | null {
  const routine = state.routine;
  if (!routine) return null;
  const names = workbookText.sheetNames;
  if (sheet === names.agency) {
    const key = Object.entries(routine.agencyRead?.cells ?? {}).find(([, c]) => c === cell)?.[0] as AgencyKey | undefined;
    if (!key) return null;
    const period = (periodKeys as readonly string[]).includes(key);
    const place = t.placeField({ label: workbookText.agency.fields[key].label, n: stepNumber(period ? "dossiers" : "agency") });
    return { id: period ? periodFieldId(key as "asOf") : `agency-${key}`, place };
  }
  if (sheet === names.tasks) {
    const row = parseCellAddress(cell)?.rowNumber ?? 0;
    const task = routine.taskRows.find((r) => r.row === row);
    return task ? { id: `task-${task.key}-evidence`, task: task.key, place: t.placeTask({ no: task.no, n: stepNumber("tasks") }) } : null;
  }
  if (sheet === names.budget) {
    const read = routine.report?.ok ? routine.report.read : null;
    if (!read) return null;
    // The labels of step 5's fields (render.ts), by the cell each writes.
    const labels: [string | undefined, string][] = [
      ...read.budget.granted.flatMap((g): [string | undefined, string][] => [
        [g.cells?.granted, t.budgetGrantedInput({ item: g.item })],
        [g.cells?.disbursed, t.budgetDisbursedInput({ item: g.item })],
      ]),
      ...read.budget.estimate.map((e): [string | undefined, string] => [
        e.cells?.amount,
        t.budgetEstimateInput({ item: e.item, year: (routine.year ?? 0) + 1 }),
      ]),
    ];
    const label = labels.find(([c]) => c === cell)?.[1];
    return label ? { id: `input-budget-${cell}`, place: t.placeField({ label, n: stepNumber("budget") }) } : null;
  }
  return null;
}
