/**
 * The only door from the task pane to the heavy modules. Each loader is a dynamic import(),
 * so webpack emits a separate chunk that is fetched the first time a command needs it; the
 * initial script stays the UI, the catalogue and the Office.js adapter (README "Task pane"
 * lists the measured sizes). Nothing else in src/taskpane may import src/app, src/io or the
 * exceljs/docx adapters statically (test/taskpane/lazyBoundary.test.ts checks it).
 */

/** Plan files picked from disk: readSource (pulls exceljs and jszip). */
export const loadFileKit = () => import(/* webpackChunkName: "file-kit" */ "./kits/fileKit");

/** .xlsx files for the standalone page (exceljs). */
export const loadXlsxKit = () => import(/* webpackChunkName: "xlsx-kit" */ "./kits/xlsxKit");

/** The .docx report (docx). */
export const loadDocxKit = () => import(/* webpackChunkName: "docx-kit" */ "./kits/docxKit");

export type FileKit = Awaited<ReturnType<typeof loadFileKit>>;
export type XlsxKit = Awaited<ReturnType<typeof loadXlsxKit>>;
export type DocxKit = Awaited<ReturnType<typeof loadDocxKit>>;

/** The yearly routine: steps, status, checks (core and src/app only). */
export type RoutineKit = typeof import("./kits/routineKit");
/** The steps' views over a read workbook (steps 2–4), loaded with the kit. */
export type RoutineViews = typeof import("./views/routineViews");
let routineViews: RoutineViews | null = null;
export const loadRoutineKit = (): Promise<RoutineKit> =>
  Promise.all([import(/* webpackChunkName: "routine-kit" */ "./kits/routineKit"), import(/* webpackChunkName: "routine-views" */ "./views/routineViews")]).then(
    ([kit, views]) => {
      routineViews = views;
      return kit;
    },
  );

/** The steps' views once the kit is loaded (a state with a routine always has them), else null. */
export const loadedRoutineViews = (): RoutineViews | null => routineViews;
