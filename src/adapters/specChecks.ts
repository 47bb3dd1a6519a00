/**
 * Rules Excel enforces on what a renderer writes, checked on the sheet description before the
 * first write by both renderers (exceljs and Office.js), so a bad spec fails with a clear
 * programmer error instead of a file Excel repairs on open or an "InvalidArgument" in the middle
 * of an Office.js batch. Neutral: no Office.js, no exceljs.
 */
import { cellAddress, parseCellAddress } from "../core/grid/address";
import { excelCellCharacters } from "../core/grid/limits";
import type { SheetSpec, WorkbookSpec } from "../core/sheet/model";
import { sameSheetName } from "./ownership";

/** Excel's longest formula (characters, without the "="). */
export const excelFormulaCharacters = 8_192;
/** Excel's longest literal list of a drop-down ("a,b,c", the separators counted). */
export const excelListCharacters = 255;

/**
 * The WorkbookSpec breaks a rule Excel enforces (duplicate or invalid sheet name, a number
 * Excel cannot store, overlapping validations or merges). A programmer error in core, reported
 * before any write. The task pane's error boundary matches on `code`.
 */
export class InvalidWorkbookSpecError extends Error {
  readonly code = "invalid_workbook_spec" as const;

  constructor(readonly detail: string) {
    super(`Invalid WorkbookSpec: ${detail}`);
    this.name = "InvalidWorkbookSpecError";
  }
}

/** A rectangle of 1-based rows and columns. */
interface Area {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** "B2:C9", "$B$2:$C$9" or "B2" as an area, or null when it is not a plain A1 range. */
export function areaOf(range: string): Area | null {
  const [a, b, extra] = range.replace(/\$/g, "").split(":");
  if (extra !== undefined) return null;
  const tl = parseCellAddress(a);
  const br = parseCellAddress(b ?? a);
  if (!tl || !br || br.rowNumber < tl.rowNumber || br.columnNumber < tl.columnNumber) return null;
  return { top: tl.rowNumber, left: tl.columnNumber, bottom: br.rowNumber, right: br.columnNumber };
}

function overlap(a: Area, b: Area): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/** Excel: 1–31 characters, none of : \ / ? * [ ], not starting or ending with an apostrophe. */
function sheetNameProblem(name: string): string | null {
  if (name.length === 0 || name.length > 31) return `sheet name "${name}" must have 1 to 31 characters`;
  if (/[:\\/?*[\]]/.test(name)) return `sheet name "${name}" contains one of : \\ / ? * [ ]`;
  if (name.startsWith("'") || name.endsWith("'")) return `sheet name "${name}" starts or ends with an apostrophe`;
  return null;
}

/** The first pair of areas that overlap, as their labels. */
function firstOverlap(areas: readonly { label: string; area: Area }[]): [string, string] | null {
  for (let i = 0; i < areas.length; i++) {
    for (let j = 0; j < i; j++) if (overlap(areas[i].area, areas[j].area)) return [areas[j].label, areas[i].label];
  }
  return null;
}

function sheetProblem(sheet: SheetSpec): string | null {
  const at = (what: string) => `${sheet.name}: ${what}`;
  // Cells: what Excel can hold.
  for (const [r, row] of sheet.cells.entries()) {
    for (const [c, cell] of row.entries()) {
      const where = () => `${sheet.name}!${cellAddress(r + 1, c + 1)}`;
      if (cell.kind === "number" && !Number.isFinite(cell.value)) return `${where()}: ${cell.value} is not a finite number`;
      if (cell.kind === "text" && cell.value.length > excelCellCharacters) return `${where()}: text longer than ${excelCellCharacters} characters`;
      if (cell.kind === "formula") {
        if (cell.formula.replace(/^=/, "").length > excelFormulaCharacters) return `${where()}: formula longer than ${excelFormulaCharacters} characters`;
        if (typeof cell.result === "number" && !Number.isFinite(cell.result)) return `${where()}: cached result ${cell.result} is not a finite number`;
      }
    }
  }
  // Merges: inside the sheet, never overlapping (Excel repairs the file).
  const merges = sheet.merges.map((m) => ({
    label: `merge R${m.firstRow}C${m.firstColumn}:R${m.lastRow}C${m.lastColumn}`,
    area: { top: m.firstRow, left: m.firstColumn, bottom: m.lastRow, right: m.lastColumn },
  }));
  for (const m of merges)
    if (m.area.top < 1 || m.area.left < 1 || m.area.bottom < m.area.top || m.area.right < m.area.left) return at(`${m.label} is not a range`);
  const mergeClash = firstOverlap(merges);
  if (mergeClash) return at(`${mergeClash[0]} overlaps ${mergeClash[1]}`);
  // Validations: one rule per cell (Excel repairs a file whose rules overlap), short literal lists.
  const validations: { label: string; area: Area }[] = [];
  for (const v of sheet.validations) {
    const area = areaOf(v.range);
    if (!area) return at(`validation range "${v.range}" is not an A1 range`);
    if (Array.isArray(v.list)) {
      const text = (v.list as readonly string[]).join(",");
      if (text.length > excelListCharacters) return at(`validation ${v.range}: list "${text.slice(0, 40)}…" longer than ${excelListCharacters} characters`);
      if ((v.list as readonly string[]).some((x) => x.includes(","))) return at(`validation ${v.range}: a choice holds a comma, which splits it in two`);
    }
    validations.push({ label: `validation ${v.range}`, area });
  }
  const validationClash = firstOverlap(validations);
  if (validationClash) return at(`${validationClash[0]} overlaps ${validationClash[1]}`);
  // Tables: valid ranges, over no merge and no other table.
  const tables: { label: string; area: Area }[] = [];
  for (const t of sheet.tables) {
    const area = areaOf(t.range);
    if (!area) return at(`table ${t.name} range "${t.range}" is not an A1 range`);
    const merged = merges.find((m) => overlap(m.area, area));
    if (merged) return at(`table ${t.name} covers ${merged.label}`);
    tables.push({ label: `table ${t.name}`, area });
  }
  const tableClash = firstOverlap(tables);
  if (tableClash) return at(`${tableClash[0]} overlaps ${tableClash[1]}`);
  return null;
}

/** Throws InvalidWorkbookSpecError for the first rule the spec breaks. */
export function checkWorkbookSpec(spec: WorkbookSpec): void {
  spec.sheets.forEach((sheet, i) => {
    const problem = sheetNameProblem(sheet.name) ?? sheetProblem(sheet);
    if (problem) throw new InvalidWorkbookSpecError(problem);
    if (spec.sheets.slice(0, i).some((other) => sameSheetName(other.name, sheet.name))) {
      throw new InvalidWorkbookSpecError(`sheet name "${sheet.name}" appears twice`);
    }
  });
}
