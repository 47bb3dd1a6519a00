/**
 * What the pane's controls call (actions.ts makes them): its own module so the steps' views,
 * loaded with the routine kit, name it without importing the commands.
 */
import type { MissingItem } from "../app/routine";
import type { AgencyKey } from "../core/workbook/agencySheet";
import type { PasteState, TaskFilter, TaskInput } from "./state";

/** Everything the pane's controls call. */
export interface Actions {
  /** Reads the workbook again; `quiet`: without the busy pane (a change made in Excel, the pane coming back). */
  refresh(options?: { quiet?: boolean }): Promise<void>;
  planFile(file: File): Promise<void>;
  planPaste(): Promise<void>;
  planSelection(): Promise<void>;
  /** Step 2's one action: the fields typed are saved and every proposal (but the period's) confirmed. */
  confirmAgency(): Promise<void>;
  /** Step 2: a field left after typing is saved (and confirmed); a period field confirms the period. */
  commitAgency(key: AgencyKey): Promise<void>;
  check(): Promise<void>;
  /** Step 3: a task's field left after typing (or a status chosen) is saved. */
  commitTask(key: string): Promise<void>;
  /** Step 3: "Hoàn thành" for a task whose evidence is a dated document, with that evidence, in one save. */
  markTaskDone(key: string): Promise<void>;
  setTask(key: string, field: keyof TaskInput, text: string): void;
  setTaskFilter(filter: TaskFilter): void;
  toggleTask(key: string, open: boolean): void;
  dossiersFile(file: File): Promise<void>;
  dossiersPaste(): Promise<void>;
  dossiersSelection(): Promise<void>;
  /** Step 4: the period and as-of date shown (proposed or typed) are confirmed; the export counted again for them. */
  confirmPeriod(): Promise<void>;
  /** Step 5: an amount left after typing is saved. */
  commitBudget(cell: string): Promise<void>;
  /** "Thêm vào danh mục đơn vị": the unit names the list does not know are added to it. */
  addUnits(names: readonly string[]): Promise<void>;
  /** Standalone: the tracking workbook saved in the browser, opened again / dropped for a new one. */
  restoreSaved(): Promise<void>;
  startNew(): Promise<void>;
  /** A finding's or missing item's place in the standalone page: the field or task row (focused). */
  goToField(id: string, task?: string): void;
  report(): Promise<void>;
  /** Step 6: a result typed for a standard item the report lacks (a document or "Không thực hiện vì …"), saved into "Nhận xét" and the report made again. */
  commitItemResult(key: string): Promise<void>;
  setItemResult(key: string, text: string): void;
  /** Step 6, "Giữ nội dung đã sửa": an edited block of "Nhận xét" whose figures changed is kept as written and marked checked; the report made again. */
  keepNarrative(block: string): Promise<void>;
  downloadXlsx(): Promise<void>;
  /** Standalone: the tracking workbook as it is now (to keep, or to fill in Excel). */
  downloadTracking(): Promise<void>;
  downloadDocx(): Promise<void>;
  openAsWorkbook(): Promise<void>;
  /** Next year's tracking workbook from this one: opened as a new workbook in Excel (1.8), else downloaded. */
  nextYear(): Promise<void>;
  /** Next year's plan document (.docx) drafted by the last nextYear(). */
  downloadPlanDocx(): Promise<void>;
  selectCell(sheet: string, cell: string): Promise<void>;
  selectMissing(item: MissingItem): Promise<void>;
  setPaste(box: "plan" | "dossiers", paste: PasteState): void;
  setBudget(cell: string, text: string): void;
  setAgency(key: AgencyKey, text: string): void;
  /** Loads the other language's texts, then redraws the pane in it. */
  switchLanguage(): Promise<void>;
}
