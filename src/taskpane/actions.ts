/**
 * The routine's commands, written once for both modes against a WorkbookHost (the open Excel
 * workbook, or the workbook the standalone page keeps in memory). Each command runs through
 * `run`: one command at a time, busy state and progress in the status line, the outcome
 * applied by a named transition, and any failure turned into a catalogue message inside the
 * step that ran. Every command ends by re-reading the routine's status from the workbook.
 */
import { readDate } from "../core/calendar/dates";
import type { Grid } from "../core/grid/grid";
import { succeeded, type JobResult } from "../core/job/jobResult";
import { stepNumber } from "../core/routine/steps";
import { findSheet, sheetNames } from "../core/workbook/sheetNames";
import { errorMessage, logError, PaneError } from "./errors";
import { downloadBytes, mimeTypes, readFileWithProgress } from "./files";
import { loadDocxKit, loadRoutineKit, loadXlsxKit, type RoutineKit } from "./lazy";
import type { PastedContent } from "./paste";
import { parseFile } from "./parseFile";
import { newBookId, type AppState, type FeedbackKey, type MemoryWorkbook, type StatusMessage, type TaskFilter, type TaskInput } from "./state";
import * as tr from "./transitions";
import type { CellSave, WorkbookHost, WorkbookIO } from "./workbookIO";
import { loadLanguage, textsFor } from "./i18n";
import { localToday, periodFieldId } from "./fieldIds";
import type { Actions } from "./actionTypes";

export { localToday, periodFieldId } from "./fieldIds";
import type { AgencyKey } from "../core/workbook/agencySheet";
import type { BookStore } from "./standalone/savedBook";

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

export type { Actions } from "./actionTypes";

export interface ActionDeps {
  readonly store: Store;
  readonly host: WorkbookHost;
  /** Excel only: selects a cell of the open workbook. */
  readonly select: ((sheet: string, cell: string) => Promise<void>) | null;
  /** Excel only (ExcelApi 1.8): opens an .xlsx as a new workbook. */
  readonly createWorkbook: ((base64: string) => Promise<void>) | null;
  /** Today's date (ISO), the latest as-of date a report may use. */
  readonly today?: () => string;
  /** Standalone: the workbook saved in the browser. */
  readonly books?: BookStore | null;
}

/** The grids with some cells replaced by what a save wrote (the text a read would give back). */
function patchGrids(grids: readonly Grid[], cells: CellSave["cells"]): Grid[] {
  return grids.map((g) => {
    const mine = cells.filter((c) => c.sheet.toLowerCase() === g.sheet.toLowerCase());
    if (mine.length === 0) return g;
    const rows = g.rows.map((r) => [...r]);
    for (const { cell, spec } of mine) {
      const m = /^([A-Z]+)(\d+)$/.exec(cell);
      if (!m) continue;
      const column = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - g.firstColumnNumber;
      const row = Number(m[2]) - g.firstRowNumber;
      if (row < 0 || column < 0) continue;
      while (rows.length <= row) rows.push([]);
      while (rows[row].length <= column) rows[row].push("");
      // A formula reads back as its value (the budget total step 5 writes with its sum cached).
      const value = spec.kind === "empty" ? "" : spec.kind === "formula" ? spec.result : spec.value;
      rows[row][column] = value === null ? "" : String(value);
    }
    return { ...g, rows };
  });
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

  const today = deps.today ?? localToday;
  /** Commands and saves run one after the other: a save made as a field is left finishes before the next command reads. */
  let queue: Promise<void> = Promise.resolve();
  const enqueue = (work: () => Promise<void>): Promise<void> => {
    queue = queue.then(work, work);
    return queue;
  };

  const run = (step: FeedbackKey | null, job: (ctx: JobContext) => Promise<(s: AppState) => AppState>): Promise<void> => {
    if (store.get().busy) return Promise.resolve();
    // Buttons are disabled while a command runs; focus returns to the one pressed afterwards.
    const returnTo = typeof document !== "undefined" && document.activeElement?.id ? document.activeElement.id : null;
    store.set(tr.startJob(store.get(), step));
    return enqueue(async () => {
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
    });
  };

  /** A save made as the user works: no busy pane (she goes on typing), its outcome in the status line. */
  const quiet = (step: FeedbackKey, job: () => Promise<(s: AppState) => AppState>): Promise<void> =>
    enqueue(async () => {
      try {
        const apply = await job();
        store.set(apply(store.get()));
      } catch (error) {
        logError(error);
        store.set(tr.applyError(store.get(), step, errorMessage(error)));
      }
    });

  /** The grids last read (or written since): a save of a few cells recomputes the routine from them without reading again. */
  let cached: Grid[] | null = null;

  /** The routine after a command, from the same transaction's reads. */
  const readRoutine = async (io: WorkbookIO, kit: RoutineKit) => {
    cached = await io.read(kit.trackingSheetNames);
    return kit.routineStatus(cached, { today: today() });
  };

  /** Writes a few cells; the routine follows from the grids read before, patched (Excel: one request in all). */
  const saveCells = async (io: WorkbookIO, k: RoutineKit, save: CellSave) => {
    await io.writeCells(save);
    if (save.cells.length > 0 && cached && mode() === "excel") {
      cached = patchGrids(cached, save.cells);
      return k.routineStatus(cached, { today: today() });
    }
    return readRoutine(io, k);
  };

  /** The grids to work on: the cache when there is one (Excel: no read), else read. */
  const current = async (io: WorkbookIO, k: RoutineKit) => cached ?? (await io.read(k.trackingSheetNames));

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

  // The paste parsers come with the routine kit, which the command has already loaded.
  const pasteContent = async (box: "plan" | "dossiers", ctx: JobContext): Promise<Content> => {
    const paste = store.get().paste[box];
    if (paste.text.trim() === "" && paste.html === null) throw new PaneError("pasteEmpty");
    const k = await kit(ctx);
    return succeeded({ content: k.pastedContent(paste, box === "plan" ? t().pasteSourceName() : t().dossiersPasteSourceName()), bytes: null, name: "" });
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
          const workbook: MemoryWorkbook = {
            name: picked.name,
            base: picked.bytes,
            baseGrids: picked.content.grids,
            sheets: [],
            macroEnabled,
            id: newBookId(),
          };
          store.set(tr.applyWorkbook(store.get(), workbook));
          const routine = await readRoutine(io, k);
          const summary: StatusMessage = { key: "trackingOpened", params: { name: picked.name }, tone: "success" };
          return (s) => tr.applyRoutine(tr.applyImport(s, succeeded({ summary, findings: [], selectable: false, into: "new" as const })), routine);
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
        // Every unit the list does not know is one finding, with the action that adds them.
        const findings = k.groupUnknownUnits(plan.findings).findings;
        const file = picked.bytes ? picked.name : undefined;
        return (s) => tr.applyRoutine(tr.applyImport(s, succeeded({ summary, findings, selectable, into: "new" as const, file })), routine);
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
        const result = k.dossiersIntoWorkbook(picked.content, existing, { today: today() });
        if (!result.ok) return (s) => tr.applyDossiers(s, tr.paneFailed("noTableFound", result.fatal));
        if (result.kind === "plan") return (s) => tr.applyDossiers(s, tr.paneFailed("wrongStepPlan"));
        if (result.kind === "tracking") return (s) => tr.applyDossiers(s, tr.paneFailed("wrongStepTracking"));
        ctx.progress("busyWriting");
        await io.write(result.spec);
        // The period's cells of "Thông tin" only (Excel: one request): a column the user inserted stays.
        if (result.agency) await io.writeCells(result.agency);
        const routine = await readRoutine(io, k);
        const total = result.imported.total;
        const rate = total.onTimeRate === null ? "–" : `${(Math.round(total.onTimeRate * 10000) / 100).toLocaleString("vi-VN")}%`;
        const summary: StatusMessage = {
          key: "dossiersImported",
          tone: "success",
          params: { received: total.received, fields: result.imported.byField.length, rate },
        };
        // The export stays at hand (and in the browser's copy): a period changed later is counted again from it.
        const kept = { name: picked.name || t().dossiersPasteSourceName(), grids: picked.content.grids, contextTexts: picked.content.contextTexts };
        const proposal = { source: result.source, before: result.imported.outside?.before ?? 0, after: result.imported.outside?.after ?? 0 };
        const file = picked.bytes ? picked.name : undefined;
        const imported = succeeded({ summary, findings: result.imported.findings, selectable: mode() === "excel" && !picked.bytes && !picked.name, file });
        return (s) => tr.applyRoutine(tr.applyDossierSource(tr.applyDossiers(s, imported), kept, proposal), routine);
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
    cached = grids;
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
      return k.reportWorkbookCopy(k.routineStatus(grids, { today: today() }), grids);
    });
    if (!copy) return null;
    return { xlsx: () => xlsxKit.workbookSpecToXlsx(copy) };
  };

  /** The report from the grids read: written into the workbook (a draft carries "DỰ THẢO" in the sheet and the .docx), the pane's state after it. */
  const makeReport = async (io: WorkbookIO, k: RoutineKit, ctx: JobContext, grids: Grid[]): Promise<(s: AppState) => AppState> => {
    ctx.progress("busyReport");
    const routine = k.routineStatus(grids, { today: today() });
    const built = routine.report;
    if (routine.year === null || !built || !built.ok) {
      const findings = routine.year === null || !built || built.ok ? routine.findings : built.fatal;
      return (s) => tr.applyRoutine(tr.applyReport(s, tr.paneFailed("reportFailed", findings)), routine);
    }
    const final = k.routineReport(routine)!;
    ctx.progress("busyWriting");
    await io.write(final.sheets);
    const after = await readRoutine(io, k);
    const errors = routine.findings.filter((f) => f.severity === "error").length;
    const year = routine.year;
    const report = { model: final.model, sheets: final.sheets, figures: k.keyFigures(built.read), year, missing: final.missing, errors };
    return (s) => tr.applyRoutine(tr.applyReport(s, succeeded({ report, findings: routine.findings, selectable: mode() === "excel" })), after);
  };

  const draftName = () => ({ year: String(store.get().report?.year ?? ""), draft: (store.get().report?.missing.length ?? 0) > 0 });

  /** Step 3: a task's fields into "Nhiệm vụ" (Excel: the row's cells in one request). */
  const saveTask = (key: string, input: TaskInput) =>
    quiet("tasks", async () => {
      const k = await loadRoutineKit();
      return host.run(async (io) => {
        const grids = await current(io, k);
        const save = k.taskEditsIntoWorkbook(grids, [{ key, ...input }]);
        if (!save) throw new PaneError("needPlanFirst");
        const routine = await saveCells(io, k, save);
        const no = routine.taskRows.find((r) => r.key === key)?.no ?? "";
        return (s) => tr.applyRoutine(tr.applyQuietSave(s, { key: "taskSaved", params: { no }, tone: "success" }, { task: key }), routine);
      });
    });

  /** A typed fact that does not read (a date): its field marked and focused. */
  const agencyInvalid = (s: AppState, key: AgencyKey) =>
    tr.applyInvalid(s, "agency", { key: "dateInvalid", params: { text: s.agencyInputs[key] ?? "" }, tone: "error" }, key, `agency-${key}`);

  const actions: Actions = {
    refresh: (options = {}) => {
      if (options.quiet) {
        if (store.get().busy) return Promise.resolve();
        return quiet("plan", async () => {
          const k = await loadRoutineKit();
          const before = cached;
          const grids = await host.run((io) => io.read(k.trackingSheetNames));
          // Nothing changed (a sheet activated, the pane focused, the fallback's poll): no redraw.
          if (before && JSON.stringify(grids) === JSON.stringify(before)) return (s) => s;
          cached = grids;
          const routine = k.routineStatus(grids, { today: today() });
          return (s) => tr.applyRoutine(s, routine);
        });
      }
      return run(null, async (ctx) => {
        const k = await kit(ctx);
        const routine = await host.run((io) => readRoutine(io, k));
        return (s) => ({ ...tr.applyRoutine(s, routine), busy: null, status: { key: "ready", tone: "info" } });
      });
    },
    planFile: (file) => importPlan((_io, ctx) => fileContent(file, ctx), false),
    planPaste: () => importPlan((_io, ctx) => pasteContent("plan", ctx), false),
    planSelection: () => importPlan(selection, true),
    dossiersFile: (file) => importDossiers((_io, ctx) => fileContent(file, ctx)),
    dossiersPaste: () => importDossiers((_io, ctx) => pasteContent("dossiers", ctx)),
    dossiersSelection: () => importDossiers(selection),

    confirmAgency: () =>
      run("agency", async (ctx) => {
        const k = await kit(ctx);
        // The fields typed (the period's wait for step 4) and every proposal but the period's.
        const typed = Object.fromEntries(
          Object.entries(store.get().agencyInputs).filter(([key]) => !(k.periodKeys as readonly string[]).includes(key)),
        ) as Partial<Record<AgencyKey, string>>;
        return host.run(async (io) => {
          const grids = await tracking(io, k);
          const before = k.routineStatus(grids, { today: today() }).agencyRead;
          const proposals = before ? k.unconfirmedFacts(before.info).filter((key) => !(k.periodKeys as readonly string[]).includes(key)) : [];
          const { save, invalid } = k.agencyIntoWorkbook(grids, typed, proposals);
          if (invalid.length > 0) return (s) => agencyInvalid(s, invalid[0]);
          if (!save) throw new PaneError("needPlanFirst");
          ctx.progress("busyWriting");
          const routine = await saveCells(io, k, save);
          const count = proposals.length + Object.keys(typed).filter((key) => !proposals.includes(key as AgencyKey)).length;
          const status: StatusMessage = { key: "agencyConfirmed", params: { count }, tone: "success" };
          return (s) => tr.applyRoutine(tr.applySaved(s, "agency", status, Object.keys(typed) as AgencyKey[]), routine);
        });
      }),

    commitAgency: (key) => {
      if (["periodStart", "periodEnd", "asOf"].includes(key)) return actions.confirmPeriod();
      const text = store.get().agencyInputs[key];
      if (text === undefined) return Promise.resolve();
      return quiet("agency", async () => {
        const k = await loadRoutineKit();
        return host.run(async (io) => {
          const grids = await current(io, k);
          const { save, invalid } = k.agencyIntoWorkbook(grids, { [key]: text });
          if (invalid.length > 0) return (s) => agencyInvalid(s, key);
          if (!save) throw new PaneError("needPlanFirst");
          const routine = await saveCells(io, k, save);
          const label = k.agencyFields.find((f) => f.key === key)?.label ?? key;
          return (s) => tr.applyRoutine(tr.applyQuietSave(s, { key: "fieldSaved", params: { label }, tone: "success" }, { agency: [key] }), routine);
        });
      });
    },

    commitTask: (key) => {
      const input = store.get().taskInputs[key];
      if (!input) return Promise.resolve();
      return saveTask(key, input);
    },

    markTaskDone: (key) => {
      // The tracker (and so this button) is only there with a routine read from the workbook.
      const done = store.get().routine?.doneStatus;
      return done ? saveTask(key, { ...store.get().taskInputs[key], status: done }) : Promise.resolve();
    },

    setTask: (key, field, text) => store.keep(tr.applyTaskInput(store.get(), key, field, text)),
    setTaskFilter: (filter) => store.set(tr.applyTaskFilter(store.get(), filter)),
    toggleTask: (key, open) => store.keep(tr.applyTaskOpen(store.get(), key, open)),

    confirmPeriod: () =>
      run("dossiers", async (ctx) => {
        const k = await kit(ctx);
        return host.run(async (io) => {
          const grids = await tracking(io, k);
          const read = k.routineStatus(grids, { today: today() }).agencyRead;
          if (!read) throw new PaneError("needPlanFirst");
          const inputs = store.get().agencyInputs;
          const shown = k.shownPeriod(read.info, today());
          const texts = { periodStart: inputs.periodStart, periodEnd: inputs.periodEnd, asOf: inputs.asOf };
          const period = { from: shown.from, to: shown.to, asOf: shown.asOf };
          for (const [key, field] of [
            ["periodStart", "from"],
            ["periodEnd", "to"],
            ["asOf", "asOf"],
          ] as const) {
            const text = texts[key];
            if (text === undefined) continue;
            const read = readDate(text);
            const iso = read.kind === "date" ? read.iso : null;
            if (!iso) return (s) => tr.applyInvalid(s, "dossiers", { key: "dateInvalid", params: { text }, tone: "error" }, key, periodFieldId(key));
            period[field] = iso;
          }
          const source = store.get().dossierSource;
          const result = k.periodIntoWorkbook(grids, period, {
            today: today(),
            source: source ? { grids: [...source.grids], contextTexts: [...source.contextTexts] } : null,
          });
          if (!result.ok) {
            const future = result.fatal.some((f) => f.code === "as_of_future");
            if (future)
              return (s) =>
                tr.applyInvalid(
                  s,
                  "dossiers",
                  { key: "asOfFuture", params: { asOf: k.viDate(period.asOf), today: k.viDate(today()) }, tone: "error" },
                  "asOf",
                  periodFieldId("asOf"),
                );
            return (s) => tr.applyDossiers(s, tr.paneFailed("periodRefused", result.fatal));
          }
          ctx.progress("busyWriting");
          if (result.spec.sheets.length > 0) await io.write(result.spec);
          await io.writeCells(result.agency);
          const routine = await readRoutine(io, k);
          const params = { from: k.viDate(period.from), to: k.viDate(period.to), asOf: k.viDate(period.asOf) };
          const status: StatusMessage = {
            key: result.recounted ? "periodConfirmedRecounted" : source === null && routine.dossiers?.received ? "periodConfirmedNoSource" : "periodConfirmed",
            params,
            tone: "success",
          };
          const outside = result.recounted?.outside;
          return (s) => {
            const saved = tr.applySaved(s, "dossiers", status, ["periodStart", "periodEnd", "asOf"]);
            const proposal = outside && s.periodProposal ? { ...s.periodProposal, before: outside.before, after: outside.after } : s.periodProposal;
            return tr.applyRoutine(tr.applyDossierSource(saved, s.dossierSource, proposal), routine);
          };
        });
      }),

    commitBudget: (cell) => {
      const text = store.get().budgetInputs[cell];
      if (text === undefined) return Promise.resolve();
      return quiet("budget", async () => {
        const k = await loadRoutineKit();
        return host.run(async (io) => {
          const grids = await current(io, k);
          const { save, invalid } = k.budgetIntoWorkbook(grids, { [cell]: text });
          if (invalid.length > 0) {
            const location = `${findSheet(grids, sheetNames.budget)?.sheet ?? sheetNames.budget}!${invalid[0]}`;
            return (s) => tr.applyInvalid(s, "budget", { key: "budgetInvalid", params: { location }, tone: "error" }, cell, `input-budget-${cell}`);
          }
          if (!save) throw new PaneError("needPlanFirst");
          // The typed cell and its total only (Excel: one request): the user's own columns stay.
          const routine = await saveCells(io, k, save);
          return (s) => tr.applyRoutine(tr.applyQuietSave(s, { key: "budgetSaved", tone: "success" }, { budget: [cell] }), routine);
        });
      });
    },

    addUnits: (names) =>
      run("plan", async (ctx) => {
        const k = await kit(ctx);
        return host.run(async (io) => {
          const grids = await tracking(io, k);
          const spec = k.unitsIntoWorkbook(grids, names);
          if (!spec) throw new PaneError("needPlanFirst");
          ctx.progress("busyWriting");
          await io.write(spec);
          const routine = await readRoutine(io, k);
          const status: StatusMessage = { key: "unitsAdded", params: { count: names.length }, tone: "success" };
          // The findings that named them are answered: the plan's message stays, its unit finding goes.
          return (s) => {
            const plan = s.feedback.plan;
            const feedback = plan?.findings
              ? { ...s.feedback, plan: { ...plan, findings: plan.findings.filter((f) => f.code !== "units_not_in_registry") } }
              : s.feedback;
            return tr.applyRoutine({ ...s, busy: null, status, feedback }, routine);
          };
        });
      }),

    restoreSaved: () =>
      run(null, async (ctx) => {
        const books = deps.books;
        const book = books ? await books.load() : null;
        if (!book) return (s): AppState => ({ ...tr.applyRestoreOffer(s, null), busy: null, status: { key: "savedGone", tone: "error" } });
        const k = await kit(ctx);
        store.set({ ...tr.resetForWorkbook(tr.applyWorkbook(store.get(), book.workbook)), restore: null });
        const routine = await host.run((io) => readRoutine(io, k));
        const pane = book.pane;
        return (s): AppState => ({
          ...tr.applyRoutine(s, routine),
          agencyInputs: pane.agencyInputs,
          budgetInputs: pane.budgetInputs,
          taskInputs: pane.taskInputs,
          taskFilter: (pane.taskFilter as TaskFilter) || "all",
          dossierSource: pane.dossierSource ?? null,
          periodProposal: pane.periodProposal ?? null,
          busy: null,
          status: { key: "savedRestored", params: { year: book.year ?? "" }, tone: "success" },
          focus: "step-plan-heading",
        });
      }),

    // The saved book stays in the browser (offered again while it is the latest): nothing is deleted.
    startNew: () => {
      store.set({ ...tr.applyRestoreOffer(store.get(), null), focus: "plan-file" });
      return Promise.resolve();
    },

    goToField: (id, task) => {
      const s = task ? { ...store.get(), taskFilter: "all" as const, openTasks: [...new Set([...store.get().openTasks, task])] } : store.get();
      store.set({ ...s, focus: id });
    },

    check: () =>
      run("tasks", async (ctx) => {
        const k = await kit(ctx);
        return host.run(async (io) => {
          const grids = await tracking(io, k);
          ctx.progress("busyValidating");
          const { routine, spec } = k.checkWorkbook(grids, { today: today() });
          ctx.progress("busyWriting");
          await io.write(spec);
          return (s) => tr.applyRoutine(tr.applyCheck(s, routine.findings, mode() === "excel"), routine);
        });
      }),

    report: () =>
      run("report", async (ctx) => {
        const k = await kit(ctx);
        return host.run(async (io) => makeReport(io, k, ctx, await tracking(io, k)));
      }),

    commitItemResult: (key) => {
      const text = store.get().itemInputs[key];
      if (text === undefined || !text.trim()) return Promise.resolve();
      return run("report", async (ctx) => {
        const k = await kit(ctx);
        return host.run(async (io) => {
          const save = k.itemResultIntoWorkbook(await tracking(io, k), key as Parameters<RoutineKit["itemResultIntoWorkbook"]>[1], text);
          if (!save) throw new PaneError("needPlanFirst");
          ctx.progress("busyWriting");
          await io.writeCells(save);
          // The report made again at once: the item leaves the missing list, or stays there when the text names no document.
          const apply = await makeReport(io, k, ctx, await io.read(k.trackingSheetNames));
          return (s) => apply(tr.applyItemSaved(s, key));
        });
      });
    },

    setItemResult: (key, text) => store.keep(tr.applyItemInput(store.get(), key, text)),

    keepNarrative: (block) =>
      run("report", async (ctx) => {
        const k = await kit(ctx);
        return host.run(async (io) => {
          const save = k.narrativeKeptIntoWorkbook(await tracking(io, k), block as Parameters<RoutineKit["narrativeKeptIntoWorkbook"]>[1], { today: today() });
          // Null: nothing left to keep (the figures agree again, or the sheet lost its mark column); the report made again says which.
          if (save) {
            ctx.progress("busyWriting");
            await io.writeCells(save);
          }
          return makeReport(io, k, ctx, await io.read(k.trackingSheetNames));
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
      // A step to run, or a cell the standalone page has no field for (the list names the field when it has one): the step.
      const field = `step-${item.step}-heading`;
      const status: StatusMessage = { key: "missingStepItem", params: { label: item.label, n: stepNumber(item.step) }, tone: "info" };
      store.set({ ...store.get(), focus: field, status });
    },

    setPaste: (box, paste) => store.keep(tr.applyPaste(store.get(), box, paste)),
    setBudget: (cell, text) => store.keep(tr.applyBudgetInput(store.get(), cell, text)),
    setAgency: (key, text) => store.keep(tr.applyAgencyInput(store.get(), key, text)),
    switchLanguage: () => {
      if (store.get().busy) return Promise.resolve();
      const next = store.get().lang === "vi" ? "en" : "vi";
      return loadLanguage(next).then(
        () => store.set(tr.switchLanguage(store.get(), next)),
        (error: unknown) => {
          logError(error);
          store.set(tr.applyError(store.get(), null, errorMessage(error)));
        },
      );
    },
  };
  return actions;
}
