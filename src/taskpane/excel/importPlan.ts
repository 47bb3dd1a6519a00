/**
 * "Nhập bảng nhiệm vụ" in Excel, from the selection, a paste or a file. One Excel.run: read
 * the sheet list, the selection (if that is the source) and the workbook's own "Nhiệm vụ" and
 * "Đơn vị"; import; write "Nhiệm vụ" (keeping typed progress of tasks that stay) and
 * "Kiểm tra", and "Đơn vị" only when the workbook has none. The adapter refuses, before any
 * write, to replace a same-named sheet the add-in did not create.
 */
import { renderWorkbookSpec } from "../../adapters/officejs/renderWorkbook";
import { readRangeGrid } from "../../adapters/officejs/readGrid";
import { finding } from "../../core/findings/finding";
import { failed, succeeded, type JobResult } from "../../core/job/jobResult";
import type { Grid } from "../../core/grid/grid";
import type { PlanImport } from "../../core/plan/plan";
import { sheetNames } from "../../core/workbook/sheetNames";
import type { JobContext } from "../command";
import { PaneError } from "../errors";
import { readPickedFile } from "../files";
import { loadFileKit, loadPlanKit } from "../lazy";
import type { PastedContent } from "../paste";
import { loadSheetNames, readSheets } from "./workbookReads";

/** Where the task table comes from. */
export type PlanSource = { readonly kind: "selection" } | { readonly kind: "content"; readonly content: PastedContent };

/** The plan imported and the sheets written (in spec order), or why nothing was (no table, unreadable file, refusal). */
export type ImportOutcome = JobResult<{ plan: PlanImport; written: readonly string[] }>;

const isBlank = (grid: Grid) => grid.rows.every((row) => row.every((cell) => cell.trim() === ""));

export async function importPlanIntoExcel(source: PlanSource, year: number | undefined, job: JobContext): Promise<ImportOutcome> {
  job.progress(job.t.busyLoadingModule());
  const kit = await loadPlanKit();
  return Excel.run(async (context) => {
    job.progress(source.kind === "selection" ? job.t.busyReadingSelection() : job.t.busyReadingWorkbook());
    const names = await loadSheetNames(context);
    let content: PastedContent;
    if (source.kind === "selection") {
      const grid = await readRangeGrid(context, { useSelection: true });
      if (isBlank(grid)) throw new PaneError((t) => t.selectionEmpty());
      content = { grids: [grid], contextTexts: [] };
    } else {
      content = source.content;
    }
    const existing = await readSheets(context, names, [sheetNames.tasks, sheetNames.units, sheetNames.agency]);

    job.progress(job.t.busyImporting());
    // The workbook's unit registry checks the units column, unless the source brings its own.
    const registry = existing.filter((g) => g.sheet === sheetNames.units && !content.grids.some((c) => c.sheet === sheetNames.units));
    const result = kit.importFromContent({ grids: [...content.grids, ...registry], contextTexts: content.contextTexts }, { year });
    if (!result.ok) return result;
    const spec = kit.importIntoWorkbook(result, existing);
    // Another year's or agency's plan over a sheet with progress: nothing is written.
    if (spec.refusal) return failed([spec.refusal]);

    job.progress(job.t.busyWriting());
    await renderWorkbookSpec(context, spec);
    return succeeded({ plan: result.plan, written: spec.sheets.map((s) => s.name) });
  });
}

/**
 * A plan file picked from disk as import content, or the findings that say why it is unusable
 * (unsupported type, damaged file), like `importFile` reports them.
 */
export async function readPlanFile(file: File, job: JobContext): Promise<JobResult<{ content: PastedContent }>> {
  job.progress(job.t.busyReadingFile({ name: file.name }));
  const bytes = await readPickedFile(file);
  const kit = await loadFileKit();
  try {
    return succeeded({ content: await kit.readSource(file.name, bytes) });
  } catch (error) {
    if (error instanceof kit.SourceError) return failed([error.toFinding()]);
    throw error;
  }
}
