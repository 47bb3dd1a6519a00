/**
 * Reading the entries of a zip package (.xlsx) straight from disk: the central directory is read
 * once, and each entry is inflated as a stream by Node's zlib, so a part of any size is never held
 * whole. Format: PKWARE APPNOTE 6.3 (§4.3.12 central directory, §4.3.16 end record). ZIP64
 * packages and encrypted entries are not read here; the caller falls back to the whole-file reader,
 * which says what is wrong with the file.
 */
import { closeSync, createReadStream, fstatSync, openSync, readSync } from "fs";
import { createInflateRaw } from "zlib";
import type { Readable } from "stream";

/** One entry of the package. */
export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localHeaderOffset: number;
  readonly encrypted: boolean;
}

/** Raised when the package is not a zip this reader handles. */
export class ZipFormatError extends Error {}

function readAt(fd: number, position: number, length: number): Buffer {
  const buf = Buffer.alloc(length);
  const n = readSync(fd, buf, 0, length, position);
  return buf.subarray(0, n);
}

/** The entries of the zip file at `path`, by name. */
export function zipEntries(path: string): Map<string, ZipEntry> {
  const fd = openSync(path, "r");
  try {
    const size = fstatSync(fd).size;
    const tailLength = Math.min(size, 22 + 0xffff);
    const tail = readAt(fd, size - tailLength, tailLength);
    let eocd = -1;
    for (let i = tail.length - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === 0x06054b50) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw new ZipFormatError("no end of central directory");
    const count = tail.readUInt16LE(eocd + 10);
    const cdSize = tail.readUInt32LE(eocd + 12);
    const cdOffset = tail.readUInt32LE(eocd + 16);
    if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) throw new ZipFormatError("zip64");
    const cd = readAt(fd, cdOffset, cdSize);
    const entries = new Map<string, ZipEntry>();
    let p = 0;
    for (let i = 0; i < count; i++) {
      if (p + 46 > cd.length || cd.readUInt32LE(p) !== 0x02014b50) throw new ZipFormatError("bad central directory");
      const flags = cd.readUInt16LE(p + 8);
      const nameLength = cd.readUInt16LE(p + 28);
      const extraLength = cd.readUInt16LE(p + 30);
      const commentLength = cd.readUInt16LE(p + 32);
      const name = cd.toString(flags & 0x800 ? "utf8" : "latin1", p + 46, p + 46 + nameLength);
      const entry: ZipEntry = {
        name,
        method: cd.readUInt16LE(p + 10),
        compressedSize: cd.readUInt32LE(p + 20),
        size: cd.readUInt32LE(p + 24),
        localHeaderOffset: cd.readUInt32LE(p + 42),
        encrypted: (flags & 1) === 1,
      };
      if (entry.compressedSize === 0xffffffff || entry.localHeaderOffset === 0xffffffff) throw new ZipFormatError("zip64");
      entries.set(name, entry);
      p += 46 + nameLength + extraLength + commentLength;
    }
    return entries;
  } finally {
    closeSync(fd);
  }
}

/** The entry's bytes, inflated, as a stream of UTF-8 text chunks. */
export function entryTextStream(path: string, entry: ZipEntry): Readable {
  if (entry.encrypted) throw new ZipFormatError("encrypted entry");
  if (entry.method !== 0 && entry.method !== 8) throw new ZipFormatError(`compression method ${entry.method}`);
  const fd = openSync(path, "r");
  let header: Buffer;
  try {
    header = readAt(fd, entry.localHeaderOffset, 30);
  } finally {
    closeSync(fd);
  }
  if (header.length < 30 || header.readUInt32LE(0) !== 0x04034b50) throw new ZipFormatError("bad local header");
  const start = entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  const raw = createReadStream(path, { start, end: start + Math.max(0, entry.compressedSize) - 1, highWaterMark: 1 << 20 });
  const stream: Readable = entry.method === 8 ? raw.pipe(createInflateRaw({ chunkSize: 1 << 20 })) : raw;
  if (entry.method === 8) raw.on("error", (e) => stream.destroy(e));
  stream.setEncoding("utf8");
  return stream;
}

/** Feeds an entry's text to `onChunk` and resolves when it has all been read. */
export async function readEntryText(path: string, entry: ZipEntry, onChunk: (text: string) => void): Promise<void> {
  if (entry.compressedSize === 0) return;
  for await (const chunk of entryTextStream(path, entry)) onChunk(chunk as string);
}

/** The whole text of a small entry (workbook, relationships, styles). */
export async function entryText(path: string, entry: ZipEntry): Promise<string> {
  const parts: string[] = [];
  await readEntryText(path, entry, (t) => parts.push(t));
  return parts.join("");
}
