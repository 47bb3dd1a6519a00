import type ExcelJS from "exceljs";
import { readFileSync } from "fs";
import { join } from "path";

/** Absolute path of a file in samples/. */
export function samplePath(name: string): string {
  return join(__dirname, "..", "samples", name);
}

/** Text of a sample file. */
export function sampleText(name: string): string {
  return readFileSync(samplePath(name), "utf8");
}

export const seeds = {
  plan2024: "seed-000-syt-plan-2024.txt",
  report2024: "seed-001-syt-report-2024.txt",
  vhttdl2024: "seed-002-svhttdl-plan-2024.txt",
  ldtbxh2023: "seed-003-sldtbxh-plan-2023.txt",
} as const;

/** The text exceljs gives a cell's value: rich text joined, a formula's cached result. */
export const cellValueText = (v: unknown): string => {
  if (v === null || v === undefined) return "";
  if (typeof v !== "object") return String(v);
  const o = v as { result?: unknown; richText?: { text: string }[]; text?: string };
  return o.richText ? o.richText.map((r) => r.text).join("") : String(o.result ?? o.text ?? "");
};

/** Every cell's text of sheet `name` of a workbook read by exceljs, row by row. */
export const sheetTexts = (wb: ExcelJS.Workbook, name: string): string[] =>
  (wb.getWorksheet(name)!.getSheetValues() as unknown[][]).flatMap((row) => (row ?? []).map(cellValueText));
