/**
 * The routine's commands, written once for both modes against a WorkbookHost (the open Excel
 * workbook, or the workbook the standalone page keeps in memory). Each command runs through
 * `run`: one command at a time, busy state and progress in the status line, the outcome
 * applied by a named transition, and any failure turned into a catalogue message inside the
 * step that ran. Every command ends by re-reading the routine's status from the workbook.
 */
import type { Finding } from "../core/findings/finding";
import { findingFromData } from "../core/findings/finding";
import type { Grid } from "../core/grid/grid";
import { succeeded, type JobResult } from "../core/job/jobResult";
import type { MissingItem } from "../app/routine";
import { stepNumber } from "../core/routine/steps";
import { findSheet, sheetNames } from "../core/workbook/sheetNames";
import { errorMessage, logError, PaneError } from "./errors";
import { downloadBytes, mimeTypes, readFileWithProgress } from "./files";
import { loadDocxKit, loadRoutineKit, loadXlsxKit, type RoutineKit } from "./lazy";
import { pastedContent, type PastedContent } from "./paste";
import { parseFile } from "./parseFile";
import type { AppState, FeedbackKey, MemoryWorkbook, PasteState, StatusMessage } from "./state";
import * as tr from "./transitions";
import type { WorkbookHost, WorkbookIO } from "./workbookIO";
import { textsFor } from "./i18n";

/** The pane's state holder: `set` stores the new state and redraws the pane. */
export interface Store {
  get(): AppState;
  set(next: AppState): void;
  /** Stores without redrawing: what the user types is already on screen (a redraw would move the caret). */
  keep(next: AppState): void;
}

/** What a job may do besides its work: report progress (a percentage when the size is known). */
export interface JobContext {
  progress(key: StatusMessage["key"], params?: Record<string, unknown>, percent?: number | null): void;
}

/** Everything the pane's controls call. */
export interface Actions {
  refresh(): Promise<void>;
  planFile(file: File): Promise<void>;
  planPaste(): Promise<void>;
  planSelection(): Promise<void>;
  saveAgency(): Promise<void>;
  check(): Promise<void>;
  dossiersFile(file: File): Promise<void>;
  dossiersPaste(): Promise<void>;
  dossiersSelection(): Promise<void>;
  saveBudget(): Promise<void>;
  report(): Promise<void>;
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
  setAgency(label: string, text: string): void;
  switchLanguage(): void;
}

export interface ActionDeps {
  readonly store: Store;
  readonly host: WorkbookHost;
  /** Excel only: selects a cell of the open workbook. */
  readonly select: ((sheet: string, cell: string) => Promise<void>) | null;
  /** Excel only (ExcelApi 1.8): opens an .xlsx as a new workbook. */
  readonly createWorkbook: ((base64: string) => Promise<void>) | null;
}

/** Content picked or pasted for a step: the grids and prose, or why there are none. */
type Content = JobResult<{ readonly content: PastedContent; readonly bytes: Uint8Array | null; readonly name: string }>;

function base64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function createActions(deps: ActionDeps): Actions {
  const { store, host } = deps;
  const mode = () => store.get().mode;
  const t = () => textsFor(store.get().lang);

  const run = async (step: FeedbackKey | null, job: (ctx: JobContext) => Promise<(s: AppState) => AppState>): Promise<void> => {
    if (store.get().busy) return;
    // Buttons are disabled while a command runs; focus returns to the one pressed afterwards.
    const returnTo = typeof document !== "undefined" && document.activeElement?.id ? document.activeElement.id : null;
    store.set(tr.startJob(store.get(), step));
    const ctx: JobContext = { progress: (key, params, percent = null) => store.set(tr.progressJob(store.get(), { key, params }, percent)) };
    let next: AppState;
    try {
      const apply = await job(ctx);
      next = apply(store.get());
    } catch (error) {
      logError(error);
      next = tr.applyError(store.get(), step, errorMessage(error));
    }
    store.set(next.focus ? next : { ...next, focus: returnTo });
  };

  /** The routine after a command, from the same transaction's reads. */
  const readRoutine = async (io: WorkbookIO, kit: RoutineKit) => kit.routineStatus(await io.read(kit.trackingSheetNames));

  const kit = async (ctx: JobContext) => {
    ctx.progress("busyLoadingModule");
    return loadRoutineKit();
  };

  /** A picked file as content, read with progress and parsed off the main thread where possible. */
  const fileContent = async (file: File, ctx: JobContext): Promise<Content> => {
    const bytes = await readFileWithProgress(file, (percent) => ctx.progress("busyPercent", { name: file.name, percent }, percent));
    ctx.progress("busyParsing", { name: file.name });
    const parsed = await parseFile(file.name, bytes);
    if (!parsed.ok) return parsed;
    return succeeded({ content: parsed.content, bytes, name: file.name });
  };

  const pasteContent = (box: "plan" | "dossiers"): Content => {
    const paste = store.get().paste[box];
    if (paste.text.trim() === "" && paste.html === null) throw new PaneError("pasteEmpty");
    return succeeded({ content: pastedContent(paste, box === "plan" ? t().pasteSourceName() : t().dossiersPasteSourceName()), bytes: null, name: "" });
  };

  // Step 1 ------------------------------------------------------------------------------------
  const importPlan = (source: (io: WorkbookIO, ctx: JobContext) => Promise<Content>, selectable: boolean) =>
    run("plan", async (ctx) => {
      const k = await kit(ctx);
      return host.run(async (io) => {
        const picked = await source(io, ctx);
        if (!picked.ok) return (s) => tr.applyImport(s, tr.paneFailed("importFailed", picked.fatal));
        ctx.progress("busyImporting");
        const existing = await io.read(k.trackingSheetNames);
        const result = k.planIntoWorkbook(picked.content, existing);
        if (!result.ok) return (s) => tr.applyImport(s, tr.paneFailed("importFailed", result.fatal));
        if (result.kind === "dossiers") return (s) => tr.applyImport(s, tr.paneFailed("wrongStepDossiers"));
        if (result.kind === "tracking") {
          if (mode() !== "standalone" || !picked.bytes) return (s) => tr.applyImport(s, tr.paneFailed("wrongStepTracking"));
          // Macros are kept (and the .xlsm extension) in what the page writes from it.
          const xlsxKit = await loadXlsxKit();
          let macroEnabled = false;
          try {
            macroEnabled = (await xlsxKit.readTrackingFile(picked.bytes)).macroEnabled;
          } catch (error) {
            if (error instanceof xlsxKit.PackageError) throw new PaneError("errorWorkbookUnusable", { name: picked.name, problem: error.problem });
            throw error;
          }
          const workbook: MemoryWorkbook = { name: picked.name, base: picked.bytes, baseGrids: picked.content.grids, sheets: [], macroEnabled };
          store.set(tr.applyWorkbook(store.get(), workbook));
          const routine = k.routineStatus(await io.read(k.trackingSheetNames));
          return (s) =>
            tr.applyRoutine(
              tr.applyImport(
                s,
                succeeded({ summary: { key: "trackingOpened", params: { name: picked.name }, tone: "success" }, findings: [], selectable: false }),
              ),
              routine,
            );
        }
        ctx.progress("busyWriting");
        await io.write(result.spec);
        const routine = await readRoutine(io, k);
        const plan = result.plan;
        const summary: StatusMessage = {
          key: "planImported",
          tone: "success",
          params: {
            tasks: plan.tasks.length,
            year: plan.year === null ? "?" : String(plan.year),
            errors: plan.findings.filter((f) => f.severity === "error").length,
            warnings: plan.findings.filter((f) => f.severity === "warning").length,
            filled: result.filled.length,
          },
        };
        return (s) => tr.applyRoutine(tr.applyImport(s, succeeded({ summary, findings: plan.findings, selectable })), routine);
      });
    });

  // Step 4 ------------------------------------------------------------------------------------
  const importDossiers = (source: (io: WorkbookIO, ctx: JobContext) => Promise<Content>) =>
    run("dossiers", async (ctx) => {
      const k = await kit(ctx);
      return host.run(async (io) => {
        const picked = await source(io, ctx);
        if (!picked.ok) return (s) => tr.applyDossiers(s, tr.paneFailed("noTableFound", picked.fatal));
        const existing = await io.read(k.trackingSheetNames);
        if (!existing.some((g) => g.sheet === k.trackingSheetNames[0])) return (s) => tr.applyDossiers(s, tr.paneFailed("needPlanFirst"));
        ctx.progress("busyImporting");
        const result = k.dossiersIntoWorkbook(picked.content, existing);
        if (!result.ok) return (s) => tr.applyDossiers(s, tr.paneFailed("noTableFound", result.fatal));
        if (result.kind === "plan") return (s) => tr.applyDossiers(s, tr.paneFailed("wrongStepPlan"));
        if (result.kind === "tracking") return (s) => tr.applyDossiers(s, tr.paneFailed("wrongStepTracking"));
        ctx.progress("busyWriting");
        await io.write(result.spec);
        const routine = await readRoutine(io, k);
        const total = result.imported.total;
        const rate = total.onTimeRate === null ? "–" : `${(Math.round(total.onTimeRate * 10000) / 100).toLocaleString("vi-VN")}%`;
        const summary: StatusMessage = {
          key: "dossiersImported",
          tone: "success",
          params: { received: total.received, fields: result.imported.byField.length, rate },
        };
        return (s) => tr.applyRoutine(tr.applyDossiers(s, succeeded({ summary, findings: result.imported.findings, selectable: false })), routine);
      });
    });

  const selection = async (io: WorkbookIO, ctx: JobContext): Promise<Content> => {
    ctx.progress("busyReadingSelection");
    return succeeded({ content: { grids: [await io.readSelection()], contextTexts: [] }, bytes: null, name: "" });
  };

  /** The workbook must have its tracking sheets for steps 2–6. */
  const tracking = async (io: WorkbookIO, k: RoutineKit): Promise<Grid[]> => {
    const grids = await io.read(k.trackingSheetNames);
    if (!grids.some((g) => g.sheet === k.trackingSheetNames[0])) throw new PaneError("needPlanFirst");
    return grids;
  };

  // Step 6: the report sheets, then the files --------------------------------------------------
  const reportFiles = async (ctx: JobContext): Promise<{ xlsx: () => Promise<Uint8Array> } | null> => {
    const state = store.get();
    if (!state.report) return null;
    const xlsxKit = await loadXlsxKit();
    if (mode() === "standalone") {
      const wb = state.workbook;
      if (!wb) return null;
      return { xlsx: () => xlsxKit.memoryWorkbookBytes(wb) };
    }
    const k = await kit(ctx);
    const copy = await host.run(async (io) => {
      const grids = await io.read(k.trackingSheetNames);
      return k.reportWorkbookCopy(k.routineStatus(grids), grids);
    });
    if (!copy) return null;
    return { xlsx: () => xlsxKit.workbookSpecToXlsx(copy) };
  };

  const draftName = () => ({ year: String(store.get().report?.year ?? ""), draft: (store.get().report?.missing.length ?? 0) > 0 });

  return {
    refresh: () =>
      run(null, async (ctx) => {
        const k = await kit(ctx);
        const routine = await host.run((io) => readRoutine(io, k));
        return (s) => ({ ...tr.applyRoutine(s, routine), busy: null, status: { key: "ready", tone: "info" } });
      }),
    planFile: (file) => importPlan((_io, ctx) => fileContent(file, ctx), false),
    planPaste: () => importPlan(async () => pasteContent("plan"), false),
    planSelection: () => importPlan(selection, true),
    dossiersFile: (file) => importDossiers((_io, ctx) => fileContent(file, ctx)),
    dossiersPaste: () => importDossiers(async () => pasteContent("dossiers")),
    dossiersSelection: () => importDossiers(selection),

    saveAgency: () =>
      run("agency", async (ctx) => {
        const k = await kit(ctx);
        const inputs = store.get().agencyInputs;
        const typed = Object.values(inputs).filter((v) => v.trim() !== "").length;
        if (typed === 0) throw new PaneError("agencyNothingTyped");
        return host.run(async (io) => {
          const grids = await tracking(io, k);
          const keys = Object.fromEntries(k.agencyFields.map((f) => [f.label, f.key]));
          const typedFacts = Object.fromEntries(Object.entries(inputs).flatMap(([label, text]) => (text.trim() && keys[label] ? [[keys[label], text]] : [])));
          const { spec } = k.agencyIntoWorkbook(grids, typedFacts);
          if (!spec) throw new PaneError("needPlanFirst");
          ctx.progress("busyWriting");
          await io.write(spec);
          const routine = await readRoutine(io, k);
          return (s) => tr.applyRoutine(tr.applySaved(s, "agency", { key: "agencySaved", params: { count: typed }, tone: "success" }), routine);
        });
      }),

    saveBudget: () =>
      run("budget", async (ctx) => {
        const k = await kit(ctx);
        const inputs = store.get().budgetInputs;
        return host.run(async (io) => {
          const grids = await tracking(io, k);
          const { spec, invalid } = k.budgetIntoWorkbook(grids, inputs);
          if (invalid.length > 0) {
            const location = `${findSheet(grids, sheetNames.budget)?.sheet ?? sheetNames.budget}!${invalid[0]}`;
            return (s) => tr.applySaved(s, "budget", { key: "budgetInvalid", params: { location }, tone: "error" }, invalid);
          }
          if (!spec) throw new PaneError("needPlanFirst");
          ctx.progress("busyWriting");
          await io.write(spec);
          const routine = await readRoutine(io, k);
          return (s) => tr.applyRoutine(tr.applySaved(s, "budget", { key: "budgetSaved", tone: "success" }), routine);
        });
      }),

    check: () =>
      run("tasks", async (ctx) => {
        const k = await kit(ctx);
        return host.run(async (io) => {
          const grids = await tracking(io, k);
          ctx.progress("busyValidating");
          const { routine, spec } = k.checkWorkbook(grids);
          ctx.progress("busyWriting");
          await io.write(spec);
          return (s) => tr.applyRoutine(tr.applyCheck(s, routine.findings, mode() === "excel"), routine);
        });
      }),

    report: () =>
      run("report", async (ctx) => {
        const k = await kit(ctx);
        return host.run(async (io) => {
          const grids = await tracking(io, k);
          ctx.progress("busyReport");
          const routine = k.routineStatus(grids);
          const built = routine.report;
          if (routine.year === null || !built || !built.ok) {
            const findings = routine.year === null || !built || built.ok ? routine.findings : built.fatal;
            return (s) => tr.applyRoutine(tr.applyReport(s, tr.paneFailed("reportFailed", findings)), routine);
          }
          // A draft (something missing) carries "DỰ THẢO" in the sheet and the .docx.
          const final = k.routineReport(routine)!;
          ctx.progress("busyWriting");
          await io.write(final.sheets);
          const after = await readRoutine(io, k);
          const errors = routine.findings.filter((f) => f.severity === "error").length;
          const report = { model: final.model, sheets: final.sheets, figures: k.keyFigures(built.read), year: routine.year, missing: final.missing, errors };
          return (s) => tr.applyRoutine(tr.applyReport(s, succeeded({ report, findings: routine.findings, selectable: mode() === "excel" })), after);
        });
      }),

    downloadXlsx: () =>
      run("report", async (ctx) => {
        const files = await reportFiles(ctx);
        if (!files) throw new PaneError("needPlanFirst");
        // A workbook with macros stays .xlsm (Excel refuses macro content under .xlsx).
        const macros = mode() === "standalone" && Boolean(store.get().workbook?.macroEnabled);
        const name = macros ? t().reportXlsmFileName(draftName()) : t().reportXlsxFileName(draftName());
        ctx.progress("busyFile", { name });
        downloadBytes(name, await files.xlsx(), macros ? mimeTypes.xlsm : mimeTypes.xlsx);
        return (s) => tr.applyDownloaded(s, { key: "downloaded", params: { name }, tone: "success" });
      }),

    downloadTracking: () =>
      run("plan", async (ctx) => {
        const wb = store.get().workbook;
        if (!wb) throw new PaneError("needPlanFirst");
        const year = store.get().routine?.year;
        const plain = year ? t().trackingFileName({ year: String(year) }) : wb.name;
        const name = wb.macroEnabled ? plain.replace(/\.xlsx$/i, ".xlsm") : plain;
        ctx.progress("busyLoadingModule");
        const xlsxKit = await loadXlsxKit();
        ctx.progress("busyFile", { name });
        downloadBytes(name, await xlsxKit.memoryWorkbookBytes(wb), wb.macroEnabled ? mimeTypes.xlsm : mimeTypes.xlsx);
        return (s) => tr.applyDownloaded(s, { key: "downloaded", params: { name }, tone: "success" });
      }),

    downloadDocx: () =>
      run("report", async (ctx) => {
        const report = store.get().report;
        if (!report) throw new PaneError("needPlanFirst");
        const name = t().reportDocxFileName(draftName());
        ctx.progress("busyLoadingModule");
        const docx = await loadDocxKit();
        ctx.progress("busyFile", { name });
        downloadBytes(name, await docx.reportDocxBytes(report.model), mimeTypes.docx);
        return (s) => tr.applyDownloaded(s, { key: "downloaded", params: { name }, tone: "success" });
      }),

    openAsWorkbook: () =>
      run("report", async (ctx) => {
        const create = deps.createWorkbook;
        const files = await reportFiles(ctx);
        if (!files || !create) throw new PaneError("errorApiUnsupported");
        await create(base64(await files.xlsx()));
        return (s) => tr.applyDownloaded(s, { key: "workbookOpened", tone: "success" });
      }),

    nextYear: () =>
      run("nextYear", async (ctx) => {
        const k = await kit(ctx);
        // One read of this year's sheets (one Excel.run); nothing is written into this workbook.
        const grids = await host.run((io) => tracking(io, k));
        ctx.progress("busyNextYear");
        // The year the report uses ("Thông tin", else the plan's); none, or two that disagree, is said at its cell.
        const result = k.nextYearFromGrids(grids);
        if (!result.ok) return (s) => tr.applyNextYear(s, tr.paneFailed("nextYearFailed", result.fatal));
        const name = t().trackingFileName({ year: String(result.year) });
        ctx.progress("busyLoadingModule");
        const xlsxKit = await loadXlsxKit();
        ctx.progress("busyFile", { name });
        const bytes = await xlsxKit.workbookSpecToXlsx(result.workbook);
        const params = { year: result.year, tasks: result.data.tasks.length, name };
        const create = mode() === "excel" ? deps.createWorkbook : null;
        if (create) await create(base64(bytes));
        else downloadBytes(name, bytes, mimeTypes.xlsx);
        const status: StatusMessage = { key: create ? "nextYearOpened" : "nextYearDownloaded", params, tone: "success" };
        const plan = { model: result.plan, year: result.year };
        return (s) => tr.applyNextYear(s, succeeded({ status, findings: result.findings, selectable: mode() === "excel", plan }));
      }),

    downloadPlanDocx: () =>
      run("nextYear", async (ctx) => {
        const plan = store.get().nextYearPlan;
        if (!plan) throw new PaneError("needPlanFirst");
        const name = t().planDocxFileName({ year: String(plan.year) });
        ctx.progress("busyLoadingModule");
        const docx = await loadDocxKit();
        ctx.progress("busyFile", { name });
        downloadBytes(name, await docx.reportDocxBytes(plan.model), mimeTypes.docx);
        return (s) => tr.applyDownloaded(s, { key: "downloaded", params: { name }, tone: "success" });
      }),

    selectCell: async (sheet, cell) => {
      const select = deps.select;
      if (!select) return;
      await run(null, async (ctx) => {
        const location = `${sheet}!${cell}`;
        ctx.progress("busySelecting", { location });
        await select(sheet, cell);
        return (s) => tr.applySelected(s, location);
      });
    },

    selectMissing: async (item) => {
      if (deps.select && item.cell) {
        const select = deps.select;
        const location = `${item.sheet}!${item.cell}`;
        await run(null, async () => {
          await select(item.sheet, item.cell!);
          return (s) => tr.applySelected(s, location);
        });
        return;
      }
      // Standalone, or a step to run: focus the field to fill (steps 2 and 5) or the step.
      const field = item.cell && (item.step === "agency" || item.step === "budget") ? `input-${item.step}-${item.cell}` : `step-${item.step}-heading`;
      const status: StatusMessage = item.cell
        ? { key: "missingFillHint", params: { location: `${item.sheet}!${item.cell}` }, tone: "info" }
        : { key: "missingStepItem", params: { label: item.label, n: stepNumber(item.step) }, tone: "info" };
      store.set({ ...store.get(), focus: field, status });
    },

    setPaste: (box, paste) => store.keep(tr.applyPaste(store.get(), box, paste)),
    setBudget: (cell, text) => store.keep(tr.applyBudgetInput(store.get(), cell, text)),
    setAgency: (label, text) => store.keep(tr.applyAgencyInput(store.get(), label, text)),
    switchLanguage: () => {
      if (store.get().busy) return;
      store.set(tr.switchLanguage(store.get(), store.get().lang === "vi" ? "en" : "vi"));
    },
  };
}

/** A finding saying why a file could not be read (unsupported type, damaged file). */
export function fileFinding(code: Finding["code"], params: Record<string, string>): Finding {
  return findingFromData("error", code, {}, params);
}
