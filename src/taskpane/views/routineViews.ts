/**
 * The steps' views that exist only once a workbook is read (step 2's facts, step 3's tracker,
 * step 4's period) and the way from a finding or missing item to its field: loaded with the
 * routine kit (lazy.ts), so the pane's first script stays small. Every state that shows them
 * comes from a command that loaded the kit first.
 */
import type { Finding } from "../../core/findings/finding";
import { workbookText, type TaskpaneMessages } from "../../core/messages/catalogue";
import { findingLocation } from "../../core/messages/render";
import type { Actions } from "../actionTypes";
import { periodFieldId } from "../fieldIds";
import type { AppState } from "../state";
import type { FindingPlace } from "./findings";

export { agencyView } from "./agencyView";
export { trackerView } from "./trackerView";
export { periodView } from "./periodView";

const trackingSheets = new Set<string>(Object.values(workbookText.sheetNames));

/**
 * A finding's place as the user sees it, and a way there: in Excel a cell of the workbook is
 * selected; in the standalone page the field or task row holding that cell gets the focus; a
 * cell of an imported file is named by its table's row ("tệp ke-hoach.docx, dòng 5 của bảng").
 */
export function findingPlace(t: TaskpaneMessages, state: AppState, actions: Actions, file?: string): FindingPlace {
  return (f: Finding) => {
    const location = findingLocation(f);
    const row = f.cell ? Number(/\d+$/.exec(f.cell)?.[0] ?? 0) : 0;
    if (!f.sheet || !trackingSheets.has(f.sheet)) {
      return { location: file && row ? t.findingInFile({ file, row }) : location, go: null };
    }
    if (!f.cell) return { location, go: null };
    if (state.mode === "excel") return { location, go: () => void actions.selectCell(f.sheet!, f.cell!) };
    const id = fieldOfCell(state, f.sheet, f.cell);
    return { location, go: id ? () => actions.goToField(id.id, id.task) : null };
  };
}

/** The pane's field for a cell of the workbook (standalone), or null. */
export function fieldOfCell(state: AppState, sheet: string, cell: string): { id: string; task?: string } | null {
  const routine = state.routine;
  if (!routine) return null;
  const names = workbookText.sheetNames;
  if (sheet === names.agency) {
    const key = Object.entries(routine.agencyRead?.cells ?? {}).find(([, c]) => c === cell)?.[0];
    if (!key) return null;
    return { id: ["periodStart", "periodEnd", "asOf"].includes(key) ? periodFieldId(key as "asOf") : `agency-${key}` };
  }
  if (sheet === names.tasks) {
    const row = Number(/\d+$/.exec(cell)?.[0] ?? 0);
    const task = routine.taskRows.find((r) => r.row === row);
    return task ? { id: `task-${task.key}-evidence`, task: task.key } : null;
  }
  if (sheet === names.budget) return { id: `input-budget-${cell}` };
  return null;
}
