import { existsSync, readFileSync, statSync } from "fs";
import { basename, dirname, extname, join } from "path";
import { uiText } from "../core/messages/catalogue";
import { stampPackage, stampState } from "../io/outputStamp";
import { writeFileSafely } from "./workbookFiles";
import { bytesSource, zipEntries } from "../io/zip";

/** What a package holds: a workbook ("xlsx", also for .xlsm), a Word document ("docx"), or something else. */
function packageKind(bytes: Uint8Array): string {
  const names = new Set(zipEntries(bytesSource(bytes)).map((e) => e.name.toLowerCase()));
  if (names.has("word/document.xml")) return "docx";
  if (names.has("xl/workbook.xml")) return "xlsx";
  return "other";
}

/** Where an output goes: the path asked for, or a new name when that one holds a file we may not replace. */
export interface OutputChoice {
  readonly path: string;
  /** Set when the asked-for path was not used: why, for the message. */
  readonly kept: { readonly path: string; readonly reason: "changed" | "foreign" } | null;
}

/** Whether a command may replace the file at `path`: nothing there, or its own unchanged output. */
async function replaceable(path: string): Promise<"free" | "ours-unchanged" | "changed" | "foreign"> {
  if (!existsSync(path)) return "free";
  // A folder: let the write report it ("đây là một thư mục").
  if (statSync(path).isDirectory()) return "free";
  try {
    const bytes = new Uint8Array(readFileSync(path));
    // Our stamp on a file of the other kind (an .xlsx we wrote, at a .docx path) does not make it replaceable.
    if (packageKind(bytes) !== extname(path).toLowerCase().slice(1).replace("xlsm", "xlsx")) return "foreign";
    return await stampState(bytes);
  } catch {
    return "foreign";
  }
}

/**
 * The path an output file is written to. A command never overwrites a file it did not make,
 * or one it made that was changed since (the stamp of `outputStamp`): it writes the next free
 * name instead — "bao-cao-iso-2024 (2).docx" — and the caller says so (`outputNotice`).
 */
export async function chooseOutputPath(path: string): Promise<OutputChoice> {
  const state = await replaceable(path);
  if (state === "free" || state === "ours-unchanged") return { path, kept: null };
  const ext = extname(path);
  const stem = basename(path, ext);
  for (let n = 2; n < 1000; n++) {
    const candidate = join(dirname(path), `${stem} (${n})${ext}`);
    const s = await replaceable(candidate);
    if (s === "free" || s === "ours-unchanged") return { path: candidate, kept: { path, reason: state } };
  }
  return { path: join(dirname(path), `${stem} (${Date.now()})${ext}`), kept: { path, reason: state } };
}

/** The line that says an output went to a new name, and why; null when it went where asked. */
export function outputNotice(choice: OutputChoice): string | null {
  if (!choice.kept) return null;
  const params = { path: basename(choice.kept.path), newPath: basename(choice.path) };
  return choice.kept.reason === "changed" ? uiText.outputChangedSinceWritten(params) : uiText.outputNotOurs(params);
}

/** Writes an .xlsx/.docx made by a command, stamped so a later run knows it may replace it. */
export async function writeStampedOutput(path: string, bytes: Uint8Array): Promise<void> {
  writeFileSafely(path, await stampPackage(bytes));
}
