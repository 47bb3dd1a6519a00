import ExcelJS from "exceljs";
import { makeGrid, type CellRange, type Grid } from "../../core/grid/grid";

/** Loads an .xlsx file's bytes into an exceljs workbook. */
export async function loadWorkbook(data: Uint8Array | ArrayBuffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}

/** One Grid per worksheet, in workbook order. */
export async function readXlsxGrids(data: Uint8Array | ArrayBuffer): Promise<Grid[]> {
  const wb = await loadWorkbook(data);
  return wb.worksheets.map(worksheetToGrid);
}

/**
 * Reads a worksheet's used area from A1 into a Grid. Merged cells keep their value in the
 * top-left cell only and are recorded as merges; date cells become ISO "YYYY-MM-DD" text;
 * formulas give their cached result.
 */
export function worksheetToGrid(ws: ExcelJS.Worksheet): Grid {
  const rowCount = ws.rowCount;
  const columnCount = ws.columnCount;
  const rows: string[][] = [];
  for (let r = 1; r <= rowCount; r++) {
    const row = ws.getRow(r);
    const out: string[] = [];
    for (let c = 1; c <= columnCount; c++) {
      const cell = row.getCell(c);
      out.push(cell.isMerged && cell.master !== cell ? "" : cellText(cell.value));
    }
    rows.push(out);
  }
  const merges: CellRange[] = [];
  const model = ws.model as unknown as { merges?: string[] };
  for (const ref of model.merges ?? []) {
    const [a, b] = ref.split(":");
    const tl = ws.getCell(a);
    const br = ws.getCell(b ?? a);
    merges.push({
      top: Number(tl.row) - 1,
      left: Number(tl.col) - 1,
      bottom: Number(br.row) - 1,
      right: Number(br.col) - 1,
    });
  }
  return makeGrid(ws.name, rows, { merges });
}

/** Plain text of an exceljs cell value. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return isoDate(value);
  if (typeof value === "object") {
    if ("richText" in value && Array.isArray(value.richText)) return value.richText.map((r) => r.text).join("");
    if ("formula" in value || "sharedFormula" in value) {
      return cellText((value as { result?: ExcelJS.CellValue }).result ?? null);
    }
    if ("text" in value && typeof (value as { text: unknown }).text === "string") return (value as { text: string }).text;
    if ("error" in value) return String((value as { error: unknown }).error);
  }
  return String(value);
}

/** exceljs dates are UTC instants for the calendar date shown in Excel. */
function isoDate(d: Date): string {
  const y = d.getUTCFullYear();
  const m = String(d.getUTCMonth() + 1).padStart(2, "0");
  const day = String(d.getUTCDate()).padStart(2, "0");
  return `${y}-${m}-${day}`;
}
