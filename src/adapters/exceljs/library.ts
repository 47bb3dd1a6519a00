import type ExcelJSModule from "exceljs";

let loaded: typeof ExcelJSModule | undefined;

/**
 * exceljs, loaded on first use rather than when the adapter is imported: it and its dependencies
 * take about a third of a second to load, which every command line run paid, even `dossiers` and
 * `import`, which never use it (bench/RESULTS.md).
 */
export function excelJs(): typeof ExcelJSModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a synchronous load on first use
  loaded ??= require("exceljs") as typeof ExcelJSModule;
  return loaded;
}
