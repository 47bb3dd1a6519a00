import type JSZipModule from "jszip";

let loaded: typeof JSZipModule | undefined;

/**
 * JSZip, loaded on first use rather than when a module that may edit a package is imported: the
 * command line's `dossiers` and `import` read packages with the streaming zip layer (src/io/zip.ts)
 * and never need it (bench/RESULTS.md, as exceljs in src/adapters/exceljs/library.ts).
 */
export function jsZip(): typeof JSZipModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a synchronous load on first use
  loaded ??= require("jszip") as typeof JSZipModule;
  return loaded;
}
