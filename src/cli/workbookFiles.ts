import type ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdirSync, readFileSync, writeFileSync } from "fs";
import { basename, dirname } from "path";
import { loadWorkbook } from "../adapters/exceljs/readGrid";
import { finding, type Finding } from "../core/findings/finding";

/** A problem that stops a command: a finding the CLI prints, exit code 2, nothing written. */
export class CliFailure extends Error {
  constructor(readonly finding: Finding) {
    super(finding.code);
  }
}

/**
 * Parts of an .xlsx that exceljs does not carry through a read and write: rewriting the file
 * would drop them. Found by name in the package, before anything is changed.
 */
const unsupportedParts: readonly [RegExp, string][] = [
  [/^xl\/charts\//, "biểu đồ"],
  [/^xl\/drawings\//, "hình vẽ, hình ảnh"],
  [/^xl\/pivotTables\//, "bảng tổng hợp (PivotTable)"],
  [/^xl\/vbaProject\.bin$/, "macro"],
  [/^xl\/slicers\//, "slicer"],
  [/^xl\/externalLinks\//, "liên kết tới tệp khác"],
];

/**
 * Loads an existing workbook that a command will rewrite in place. Refuses a damaged file, and
 * one holding parts exceljs would lose (charts, pictures, PivotTables, macros…): the user's data
 * is never changed behind their back. The add-in inside Excel has no such limit.
 */
export async function loadWorkbookToRewrite(path: string): Promise<ExcelJS.Workbook> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(path));
  } catch (error) {
    const directory = (error as NodeJS.ErrnoException).code === "EISDIR";
    throw new CliFailure(finding("error", "file_unwritable", {}, { path, reason: directory ? "directory" : "locked" }));
  }
  let parts: string[];
  try {
    parts = Object.keys((await JSZip.loadAsync(bytes)).files);
  } catch {
    throw new CliFailure(finding("error", "file_corrupt", {}, { path: basename(path), kind: ".xlsx" }));
  }
  const lost = [...new Set(unsupportedParts.filter(([re]) => parts.some((p) => re.test(p))).map(([, label]) => label))];
  if (lost.length) throw new CliFailure(finding("error", "workbook_has_unsupported_parts", {}, { path: basename(path), parts: lost.join(", ") }));
  try {
    return await loadWorkbook(bytes);
  } catch {
    throw new CliFailure(finding("error", "file_corrupt", {}, { path: basename(path), kind: ".xlsx" }));
  }
}

/** Writes bytes, creating the folder; a file that cannot be written is a finding, not a stack trace. */
export function writeFileSafely(path: string, bytes: Uint8Array): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, bytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "";
    const reason = code === "EBUSY" || code === "EPERM" || code === "EACCES" ? "locked" : code === "EISDIR" ? "directory" : "other";
    throw new CliFailure(finding("error", "file_unwritable", {}, { path, reason }));
  }
}
