/**
 * Files as identities, not path strings: two paths name the same file when they resolve to the
 * same real file (symbolic links followed; the same device and inode for hard links), or, for an
 * output that does not exist yet, to the same real place. Checked before anything is read or
 * written, so no output can land on an input through a link.
 */
import { realpathSync, statSync } from "fs";
import { finding, type Finding } from "../core/findings/finding";
import { basename, dirname, join } from "path";
import { sourceKind, textTooLargeError } from "../io/readSource";

/** The real path of `path`: links followed; for a file not there yet, its folder's real path and its name. */
export function realTarget(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    try {
      return join(realpathSync.native(dirname(path)), basename(path));
    } catch {
      return path;
    }
  }
}

const caseless = process.platform === "win32" || process.platform === "darwin";

/** Whether `a` and `b` are the same file (or would be, for an output not written yet). */
export function sameFile(a: string, b: string): boolean {
  try {
    const sa = statSync(a);
    const sb = statSync(b);
    // dev + inode where the platform has them (Windows reports 0 inodes on some file systems).
    if (sa.ino !== 0 && sb.ino !== 0) return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    // one of them does not exist yet: compare where they resolve to
  }
  const ra = realTarget(a);
  const rb = realTarget(b);
  return caseless ? ra.toLowerCase() === rb.toLowerCase() : ra === rb;
}

/** A folder, or a file that cannot be opened, named as such (not "lỗi không mong đợi"). */
export function inputProblem(path: string, name: string): Finding | null {
  try {
    if (statSync(path).isDirectory()) return finding("error", "input_is_directory", {}, { path: name });
    return null;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "";
    if (code === "ENAMETOOLONG" || code === "ERANGE" || code === "ELOOP") return finding("error", "path_too_long", {}, { path: name });
    return finding("error", "file_unreadable", {}, { path: name, reason: code });
  }
}

/**
 * A text file too large to read whole (src/io/zip.ts inflateLimits.textFileBytes), told from its
 * size before a byte is read: reading 300 MB of text whole, and its copies, ran out of memory.
 * Commands that stream a dossier list (`dossiers`) do not ask.
 */
export function wholeTextProblem(path: string, name: string): Finding | null {
  const kind = sourceKind(path);
  if (kind !== "tsv" && kind !== "csv" && kind !== "html") return null;
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    return null; // inputProblem names it
  }
  return textTooLargeError(name, size)?.toFinding() ?? null;
}
