import { failed, succeeded, type JobResult } from "../core/job/jobResult";
import { readSource, sourceKind, SourceError, type SourceContent } from "../io/readSource";
import { importFromContent, type ImportJobResult } from "./importJob";
import { previousReportImport, type PreviousReportImport } from "./previousReportJob";

/*
 * Kept apart from importJob.ts: reading files pulls exceljs and jszip, which the task pane
 * loads only when the user picks a file (the selection and paste imports do without them).
 */

/** Reads a file and imports its plan; unusable input comes back as fatal findings, never a throw. */
export async function importFile(fileName: string, bytes: Uint8Array, options: { sheet?: string; year?: number } = {}): Promise<ImportJobResult> {
  const read = await readPlanSource(fileName, bytes, { sheet: options.sheet });
  return read.ok ? importFromContent(read.content, { year: options.year }) : read;
}

/** Reads a plan file's content (tables and the text around them); unreadable input is a fatal finding, never a throw. */
export async function readPlanSource(fileName: string, bytes: Uint8Array, options: { sheet?: string } = {}): Promise<JobResult<{ content: SourceContent }>> {
  try {
    return succeeded({ content: await readSource(fileName, bytes, { sheet: options.sheet }) });
  } catch (error) {
    if (error instanceof SourceError) return failed([error.toFinding()]);
    throw error;
  }
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
