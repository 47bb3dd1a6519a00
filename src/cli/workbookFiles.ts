import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from "fs";
import { basename, dirname, join } from "path";
import { realTarget } from "./fileIdentity";
import { isMacroEnabled, PackageError } from "../adapters/xlsxPackage/package";
import { writeSheetsIntoXlsx } from "../adapters/xlsxPackage/writeSheets";
import type { Grid } from "../core/grid/grid";
import type { WorkbookSpec } from "../core/sheet/model";
import { finding, type Finding } from "../core/findings/finding";
import { checkPackage, SourceError } from "../io/readSource";
import { readXlsxGrids, SheetTooLargeError } from "../io/xlsxWorkbook";
import { bytesSource } from "../io/zip";
import { findSheet, sheetNames } from "../core/workbook/sheetNames";
import { foldKey } from "../core/text/normalize";

/** A problem that stops a command: a finding the CLI prints, exit code 2, nothing written. */
export class CliFailure extends Error {
  constructor(readonly finding: Finding) {
    super(finding.code);
  }
}

/** An existing workbook a command writes into: its bytes, whether it holds macros, and its sheets. */
export interface WorkbookFile {
  readonly bytes: Uint8Array;
  readonly macroEnabled: boolean;
  readonly grids: Grid[];
  /** What reading its sheets found (cells past Excel's limits or far from the rest, left out). */
  readonly findings: Finding[];
}

function packageFailure(path: string, error: unknown): never {
  if (error instanceof PackageError)
    throw new CliFailure(
      finding("error", "workbook_unusable", {}, { path: basename(path), problem: error.problem, ...(error.part ? { part: error.part } : {}) }),
    );
  throw new CliFailure(finding("error", "workbook_unusable", {}, { path: basename(path), problem: "not_workbook" }));
}

/**
 * Reads an existing workbook (.xlsx or .xlsm, saved by Excel, LibreOffice Calc or this tool).
 * An encrypted, legacy, binary or strict-OOXML file is refused with what to do; nothing is
 * written. Charts, pictures, notes, PivotTables and macros on the user's sheets are no obstacle (on
 * an owned sheet the write is refused, since replacing it would delete them): writing changes only
 * the sheets Trợ lý ISO owns (src/adapters/xlsxPackage/writeSheets.ts).
 */
export async function readWorkbookFile(path: string, options: { readonly sheets?: "all" | "owned" } = {}): Promise<WorkbookFile> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(path));
  } catch (error) {
    const directory = (error as NodeJS.ErrnoException).code === "EISDIR";
    throw new CliFailure(finding("error", "file_unwritable", {}, { path, reason: directory ? "directory" : "locked" }));
  }
  // Sizes as inflated, before JSZip or exceljs inflates anything: a bomb is "too large", an empty file "empty".
  try {
    checkPackage(path, bytes, { oleChecked: true });
  } catch (error) {
    if (error instanceof SourceError && (error.code === "file_too_large" || error.code === "file_empty")) throw new CliFailure(error.toFinding());
    if (!(error instanceof SourceError)) throw error;
  }
  let macroEnabled: boolean;
  try {
    macroEnabled = await isMacroEnabled(bytes);
  } catch (error) {
    packageFailure(path, error);
  }
  try {
    // A workbook written into (-o) is read for the add-in's own sheets only: the user's other sheets,
    // however large (a 200,000-row sheet took 3.5 s), are kept as they are and never needed.
    const read = readXlsxGrids(bytesSource(bytes), options.sheets === "owned" ? { include: isOwnedSheetName } : {});
    if (read) return { bytes, macroEnabled, grids: read.grids, findings: read.findings };
  } catch (error) {
    if (error instanceof SheetTooLargeError)
      throw new CliFailure(
        finding("error", "sheet_too_large", {}, { path: basename(path), sheet: error.sheet, rows: String(error.rows), columns: String(error.columns) }),
      );
  }
  throw new CliFailure(finding("error", "file_corrupt", {}, { path: basename(path), kind: ".xlsx" }));
}

/** The bytes of a workbook read by readWorkbookFile with the spec's sheets written in (every other part kept). */
export async function sheetsIntoWorkbook(base: WorkbookFile, spec: WorkbookSpec, path: string): Promise<Uint8Array> {
  try {
    return await writeSheetsIntoXlsx(base.bytes, spec);
  } catch (error) {
    if (error instanceof PackageError) packageFailure(path, error);
    throw error;
  }
}

/** Writes the spec's sheets into a workbook read by readWorkbookFile and saves the result at `path`. */
export async function writeSheetsToFile(path: string, base: WorkbookFile, spec: WorkbookSpec): Promise<void> {
  writeFileSafely(path, await sheetsIntoWorkbook(base, spec, path));
}

/**
 * The extension a written workbook must have: a macro-enabled package must be called .xlsm and
 * any other .xlsx, or Excel refuses to open it ("the file format or extension is not valid").
 */
export function assertWorkbookExtension(output: string, macroEnabled: boolean, input?: string): void {
  const expected = macroEnabled ? ".xlsm" : ".xlsx";
  if (!output.toLowerCase().endsWith(expected)) {
    throw new CliFailure(finding("error", "output_extension_mismatch", {}, { path: basename(output), expected, input: input ? basename(input) : "" }));
  }
}

/**
 * Writes bytes atomically, creating the folder: into a temporary file beside the target, flushed
 * to disk, then renamed over it, so a full disk or a crash leaves the target as it was (and the
 * temporary file removed). The target's real path is written (a link is followed, not replaced).
 * A file that cannot be written is a finding, not a stack trace.
 */
export function writeFileSafely(path: string, bytes: Uint8Array): void {
  const target = realTarget(path);
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  let fd: number | null = null;
  try {
    mkdirSync(dirname(target), { recursive: true });
    fd = openSync(temporary, "wx");
    for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at, bytes.length - at);
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
    renameSync(temporary, target);
  } catch (error) {
    if (fd !== null) {
      try {
        closeSync(fd);
      } catch {
        // already failing: the temporary file is removed below
      }
    }
    rmSync(temporary, { force: true });
    throw new CliFailure(finding("error", "file_unwritable", {}, { path, reason: writeFailure(error, target) }));
  }
}

/** Why a write failed, in the catalogue's terms. */
function writeFailure(error: unknown, target: string): "locked" | "directory" | "full" | "other" {
  const code = (error as NodeJS.ErrnoException).code ?? "";
  if (code === "EBUSY" || code === "EPERM" || code === "EACCES" || code === "EROFS") return "locked";
  if (code === "EISDIR" || (code === "ENOTEMPTY" && target !== "") || code === "EEXIST") return "directory";
  if (code === "ENOSPC" || code === "EFBIG" || code === "EDQUOT") return "full";
  return "other";
}

/**
 * A tracking workbook given as input (report, next-year): its own sheets only, as for a target,
 * unless it has neither "Nhiệm vụ" nor "Thông tin" — then every sheet, so that the command can say
 * what the file is instead (a plan, a dossier list).
 */
export async function readTrackingWorkbookFile(path: string): Promise<WorkbookFile> {
  const owned = await readWorkbookFile(path, { sheets: "owned" });
  return findSheet(owned.grids, sheetNames.tasks) || findSheet(owned.grids, sheetNames.agency) ? owned : readWorkbookFile(path);
}

/** Whether a sheet name is one of the add-in's (as the user may have retyped it: case, composition, spaces). */
function isOwnedSheetName(name: string): boolean {
  return Object.values(sheetNames).some((owned) => foldKey(owned) === foldKey(name));
}
