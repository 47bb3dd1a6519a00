import { failed } from "../core/job/jobResult";
import { readSource, sourceKind, SourceError, type SourceContent } from "../io/readSource";
import { importFromContent, type ImportJobResult } from "./importJob";
import { previousReportImport, type PreviousReportImport } from "./previousReportJob";

/*
 * Kept apart from importJob.ts: reading files pulls exceljs and jszip, which the task pane
 * loads only when the user picks a file (the selection and paste imports do without them).
 */

/** Reads a file and imports its plan; unusable input comes back as fatal findings, never a throw. */
export async function importFile(fileName: string, bytes: Uint8Array, options: { sheet?: string; year?: number } = {}): Promise<ImportJobResult> {
  let content: SourceContent;
  try {
    content = await readSource(fileName, bytes, { sheet: options.sheet });
  } catch (error) {
    if (error instanceof SourceError) return failed([error.toFinding()]);
    throw error;
  }
  return importFromContent(content, { year: options.year });
}

/**
 * Reads a file as last year's year-end report (seed 001), or null when it is not one (or
 * cannot be read: the plan import then reports why).
 */
export async function previousReportFromFile(fileName: string, bytes: Uint8Array): Promise<PreviousReportImport | null> {
  // A report is a document (.docx or text); a workbook is never one, and is not read twice.
  if (sourceKind(fileName) === "xlsx") return null;
  try {
    const content = await readSource(fileName, bytes);
    return content.lines ? previousReportImport(content.lines, content.grids[0]?.sheet ?? "") : null;
  } catch (error) {
    if (error instanceof SourceError) return null;
    throw error;
  }
}
