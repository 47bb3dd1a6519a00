/**
 * The one zip layer of the product: reads the central directory of a package (.xlsx, .docx) —
 * ZIP64, data descriptors and UTF-8 names included — and inflates entries through fflate's
 * streaming inflater, counting what comes out. Sizes are never taken from what the file declares:
 * a part stops with `ZipLimitError` the moment what it inflates to passes the cap, so a zip bomb
 * or a central directory that lies about sizes is refused within a bounded time and memory.
 * Works in Node and the browser (a `ZipSource` is bytes in memory or, in the CLI, a file read at
 * offsets: src/cli/zipFile.ts). Format: PKWARE APPNOTE 6.3.10 (§4.3.7 local header, §4.3.9 data
 * descriptor, §4.3.12 central directory, §4.3.14–16 end records, §4.5.3 ZIP64 extra field).
 *
 * Why the directory is read here and not by a library (fflate's reader needs the whole archive in
 * memory and inflates entries whole, its streaming `Unzip` walks local headers; yauzl is Node only): docs/toolchain.md#zip-packages-fflate-inflates-the-directory-is-read-by-srciozipts.
 *
 * JSZip is still used where a package is edited (src/adapters/xlsxPackage/package.ts and the
 * output stamp): parts the tool does not touch must keep their compressed bytes. Every package
 * goes through `checkInflatedSizes` here before JSZip or exceljs inflates it whole.
 */
import { Inflate } from "fflate";

/**
 * What one package may inflate to, in one place. Whole-file readers (exceljs, JSZip) hold every
 * part in memory, several times over: their caps keep the process under about 1 GB. The streaming
 * reader holds only the shared strings; it may read a longer sheet, still within its time budget.
 */
export const inflateLimits = {
  /** A part read or checked whole (well under JavaScript's longest string, 2^29 characters). */
  partBytes: 256 * 1024 * 1024,
  /** All parts of a package read whole, together. */
  packageBytes: 1024 * 1024 * 1024,
  /** A sheet part read as a stream (never held whole). */
  streamedPartBytes: 1024 * 1024 * 1024,
  /** Entries in a central directory (a workbook has tens; Excel's largest have a few thousand). */
  entries: 100_000,
  /**
   * A text file (.tsv, .csv, .html, .txt) read whole: its text and grid take several times its
   * size (a 63 MB line took 542 MB). A longer dossier list in UTF-8 text is read as a stream.
   */
  textFileBytes: 64 * 1024 * 1024,
} as const;

/** Random access to the package's bytes. */
export interface ZipSource {
  readonly size: number;
  /** Up to `length` bytes at `offset` (fewer at the end). */
  read(offset: number, length: number): Uint8Array;
  /**
   * Complete UTF-8 text decoded the platform's fastest way (Node's Buffer is faster than its
   * TextDecoder); invalid bytes become U+FFFD and a byte-order mark is kept, as `TextDecoder`
   * with `ignoreBOM` does. Absent: `TextDecoder`.
   */
  readonly decodeUtf8?: (bytes: Uint8Array) => string;
}

/** A source over bytes in memory. */
export function bytesSource(bytes: Uint8Array): ZipSource {
  return { size: bytes.length, read: (offset, length) => bytes.subarray(offset, Math.min(bytes.length, offset + length)) };
}

/** One entry of the central directory. Sizes are what the file declares, never trusted for limits. */
export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly declaredSize: number;
  readonly localHeaderOffset: number;
  readonly encrypted: boolean;
  /** Bit 3: sizes follow the data in a data descriptor (the central directory holds them too). */
  readonly dataDescriptor: boolean;
}

/** The bytes are not a zip this layer reads (no end record, a broken directory, an unknown method, encryption). */
export class ZipFormatError extends Error {
  constructor(readonly problem: "not_zip" | "directory" | "local_header" | "method" | "encrypted" | "data") {
    super(`zip: ${problem}`);
    this.name = "ZipFormatError";
  }
}

/** A part, or the package, inflates past its cap ("quá lớn"); `size` is how far inflating got. */
export class ZipLimitError extends Error {
  constructor(
    readonly part: string,
    readonly size: number,
    readonly limit: number,
    readonly scope: "part" | "package" | "entries",
  ) {
    super(`zip: ${part} inflates past ${limit} bytes (${scope})`);
    this.name = "ZipLimitError";
  }
}

const u16 = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8);
const u32 = (b: Uint8Array, i: number) => (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16)) + b[i + 3] * 0x1000000;
const u64 = (b: Uint8Array, i: number) => u32(b, i) + u32(b, i + 4) * 0x100000000;

// Decoders made on first use: importing the layer needs no TextDecoder (jsdom, where tests set one up, has none).
let utf8Decoder: TextDecoder | undefined;
const utf8 = { decode: (b: Uint8Array) => (utf8Decoder ??= new TextDecoder("utf-8")).decode(b) };
/** IBM code page 437, the names' encoding when bit 11 is clear: ASCII as is, the rest as Latin-1 (names are ASCII in practice). */
let latin1Decoder: TextDecoder | undefined;
const latin1 = { decode: (b: Uint8Array) => (latin1Decoder ??= new TextDecoder("latin1")).decode(b) };

/** The end of central directory record: where the directory is and how many entries it has (ZIP64 followed). */
function endRecord(source: ZipSource): { count: number; offset: number; size: number } {
  const tailLength = Math.min(source.size, 22 + 0xffff);
  const tailStart = source.size - tailLength;
  const tail = source.read(tailStart, tailLength);
  let at = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail[i] === 0x50 && tail[i + 1] === 0x4b && tail[i + 2] === 5 && tail[i + 3] === 6) {
      at = i;
      break;
    }
  }
  if (at < 0) throw new ZipFormatError("not_zip");
  let count = u16(tail, at + 10);
  let size = u32(tail, at + 12);
  let offset = u32(tail, at + 16);
  // ZIP64: a locator just before the end record points at the ZIP64 end record (§4.3.14–15).
  if ((count === 0xffff || size === 0xffffffff || offset === 0xffffffff) && tailStart + at >= 20) {
    const locator = source.read(tailStart + at - 20, 20);
    if (u32(locator, 0) === 0x07064b50) {
      const record = source.read(u64(locator, 8), 56);
      if (record.length < 56 || u32(record, 0) !== 0x06064b50) throw new ZipFormatError("directory");
      count = u64(record, 32);
      size = u64(record, 40);
      offset = u64(record, 48);
    }
  }
  return { count, offset, size };
}

/** The entries of the package in directory order. Throws ZipFormatError, or ZipLimitError for too many entries. */
export function zipEntries(source: ZipSource): ZipEntry[] {
  const end = endRecord(source);
  if (end.count > inflateLimits.entries) throw new ZipLimitError("", end.count, inflateLimits.entries, "entries");
  if (end.offset + end.size > source.size) throw new ZipFormatError("directory");
  const cd = source.read(end.offset, end.size);
  const entries: ZipEntry[] = [];
  let p = 0;
  for (let n = 0; n < end.count; n++) {
    if (p + 46 > cd.length || u32(cd, p) !== 0x02014b50) throw new ZipFormatError("directory");
    const flags = u16(cd, p + 8);
    const nameLength = u16(cd, p + 28);
    const extraLength = u16(cd, p + 30);
    const commentLength = u16(cd, p + 32);
    if (p + 46 + nameLength + extraLength > cd.length) throw new ZipFormatError("directory");
    const nameBytes = cd.subarray(p + 46, p + 46 + nameLength);
    let compressedSize = u32(cd, p + 20);
    let declaredSize = u32(cd, p + 24);
    let localHeaderOffset = u32(cd, p + 42);
    // ZIP64 extended information (§4.5.3): the fields that are 0xFFFFFFFF, in this order.
    for (let e = p + 46 + nameLength; e + 4 <= p + 46 + nameLength + extraLength;) {
      const id = u16(cd, e);
      const length = u16(cd, e + 2);
      if (id === 0x0001) {
        let f = e + 4;
        const take = () => {
          const v = f + 8 <= e + 4 + length ? u64(cd, f) : 0xffffffff;
          f += 8;
          return v;
        };
        if (declaredSize === 0xffffffff) declaredSize = take();
        if (compressedSize === 0xffffffff) compressedSize = take();
        if (localHeaderOffset === 0xffffffff) localHeaderOffset = take();
      }
      e += 4 + length;
    }
    entries.push({
      name: flags & 0x800 ? utf8.decode(nameBytes) : latin1.decode(nameBytes),
      method: u16(cd, p + 10),
      compressedSize,
      declaredSize,
      localHeaderOffset,
      encrypted: (flags & 1) === 1,
      dataDescriptor: (flags & 8) === 8,
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The entries by name (a later duplicate does not replace the first, as readers differ on it). */
export function entriesByName(entries: readonly ZipEntry[]): Map<string, ZipEntry> {
  const map = new Map<string, ZipEntry>();
  for (const e of entries) if (!map.has(e.name)) map.set(e.name, e);
  return map;
}

/**
 * Where an entry's compressed bytes are (`start` to `end`, bounded by the file whatever the
 * directory declares), after the checks every inflater makes: not encrypted, stored or deflated,
 * a local header where the directory says.
 */
export function entryData(source: ZipSource, entry: ZipEntry): { start: number; end: number } {
  if (entry.encrypted) throw new ZipFormatError("encrypted");
  if (entry.method !== 0 && entry.method !== 8) throw new ZipFormatError("method");
  const header = source.read(entry.localHeaderOffset, 30);
  if (header.length < 30 || u32(header, 0) !== 0x04034b50) throw new ZipFormatError("local_header");
  const start = entry.localHeaderOffset + 30 + u16(header, 26) + u16(header, 28);
  return { start, end: Math.min(source.size, start + entry.compressedSize) };
}

/** Bytes read from the source at a time. */
const READ_CHUNK = 1 << 20;
/**
 * Compressed bytes pushed to the inflater at a time. Each push's output is one piece, and deflate
 * can inflate about 1,000 to 1 (a run of spaces), so pushes start small and are sized from the
 * ratio seen so far (growing at most twofold a push): a piece handed on stays near
 * `PIECE_TARGET`, whatever the data, and honest data (10 to 1) is pushed 64 KiB at a time, where
 * fflate is fastest.
 */
const PUSH_CHUNK = 1 << 16;
const FIRST_PUSH = 1 << 11;
const MIN_PUSH = 1 << 9;
const PIECE_TARGET = 1 << 20;

/**
 * Inflates one entry, handing each piece of output to `onData`, and returns how many bytes it
 * inflated to. Stops with ZipLimitError as soon as the output passes `limit`; the compressed
 * data read is bounded by the file, whatever the directory declares.
 */
export function inflateEntry(source: ZipSource, entry: ZipEntry, onData: (bytes: Uint8Array) => void, limit: number = inflateLimits.partBytes): number {
  const { start, end } = entryData(source, entry);
  let total = 0;
  let pushed = 0;
  // An error thrown by the consumer (or the cap) passes through; only the inflater's own are "data" errors.
  const consumer: { error: Error | null } = { error: null };
  const emit = (bytes: Uint8Array) => {
    total += bytes.length;
    pushed += bytes.length;
    try {
      if (total > limit) throw new ZipLimitError(entry.name, total, limit, "part");
      if (bytes.length) onData(bytes);
    } catch (error) {
      consumer.error = error instanceof Error ? error : new Error(String(error));
      throw consumer.error;
    }
  };
  if (entry.method === 0) {
    for (let at = start; at < end; at += READ_CHUNK) emit(source.read(at, Math.min(READ_CHUNK, end - at)));
    if (total !== entry.declaredSize) throw new ZipFormatError("data");
    return total;
  }
  const inflate = new Inflate((bytes) => emit(bytes));
  let push = FIRST_PUSH;
  try {
    if (end <= start) inflate.push(new Uint8Array(0), true);
    for (let at = start; at < end; at += READ_CHUNK) {
      const block = source.read(at, Math.min(READ_CHUNK, end - at));
      const last = at + READ_CHUNK >= end;
      for (let k = 0; k < block.length;) {
        const next = Math.min(block.length, k + push);
        pushed = 0;
        inflate.push(block.subarray(k, next), last && next >= block.length);
        // The next push sized from this one's ratio, so that its output stays near the target.
        const ratio = pushed / (next - k);
        push = Math.max(MIN_PUSH, Math.min(PUSH_CHUNK, 2 * push, ratio > 0 ? Math.floor(PIECE_TARGET / ratio) : PUSH_CHUNK));
        k = next;
      }
      if (block.length === 0) inflate.push(block, true);
    }
  } catch (error) {
    if (consumer.error !== null) throw consumer.error;
    throw new ZipFormatError("data");
  }
  // Inflated whole and under the cap, yet not the size the directory declares: damaged (or forged)
  // data, which JSZip and exceljs refuse too ("uncompressed data size mismatch").
  if (total !== entry.declaredSize) throw new ZipFormatError("data");
  return total;
}

/** An entry inflated whole (a part of at most `limit` bytes). */
export function entryBytes(source: ZipSource, entry: ZipEntry, limit: number = inflateLimits.partBytes): Uint8Array {
  const pieces: Uint8Array[] = [];
  const size = inflateEntry(source, entry, (b) => pieces.push(b.slice()), limit);
  if (pieces.length === 1) return pieces[0];
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of pieces) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** An entry's UTF-8 text, whole. */
export function entryText(source: ZipSource, entry: ZipEntry, limit: number = inflateLimits.partBytes): string {
  return utf8.decode(entryBytes(source, entry, limit));
}

/**
 * Where a run of UTF-8 bytes can be cut without splitting a character: its length, less the bytes
 * of a last character that is not yet complete (at most three).
 * @example utf8Boundary(new Uint8Array([0x61, 0xe1, 0xbb])) === 1 // "a" and the first two bytes of "ở"
 */
export function utf8Boundary(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let back = 1; back <= 3 && back <= n; back++) {
    const b = bytes[n - back];
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: look further back for its lead
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? n - back : n;
  }
  return n;
}

/**
 * An entry's UTF-8 text in pieces as it inflates (a piece never splits a character). Each piece
 * is decoded whole up to its last complete character (the decoder's streaming mode is several
 * times slower) and the cut-off bytes go in front of the next piece.
 */
export function entryTextChunks(source: ZipSource, entry: ZipEntry, onText: (text: string) => void, limit: number = inflateLimits.partBytes): number {
  const text = utf8Pieces(source, onText);
  const size = inflateEntry(source, entry, text.push, limit);
  text.end();
  return size;
}

/**
 * Turns bytes that arrive in pieces into text pieces that never split a character: each piece is
 * decoded up to its last complete character and the cut-off bytes go in front of the next one.
 */
export function utf8Pieces(source: Pick<ZipSource, "decodeUtf8">, onText: (text: string) => void): { push: (bytes: Uint8Array) => void; end: () => void } {
  // Each call decodes a fresh run: a byte-order mark is dropped only at the part's start, by hand.
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  const decode = source.decodeUtf8 ?? ((bytes: Uint8Array) => decoder.decode(bytes));
  let held: Uint8Array | null = null;
  let first = true;
  const give = (text: string) => {
    if (first) {
      first = false;
      onText(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    } else onText(text);
  };
  return {
    push: (b) => {
      let bytes = b;
      if (held !== null) {
        bytes = new Uint8Array(held.length + b.length);
        bytes.set(held);
        bytes.set(b, held.length);
        held = null;
      }
      const cut = utf8Boundary(bytes);
      if (cut < bytes.length) held = bytes.slice(cut);
      if (cut > 0) give(decode(bytes.subarray(0, cut)));
    },
    end: () => {
      if (held !== null) give(decode(held));
      held = null;
    },
  };
}

/** One part and the size it really inflates to. */
export interface InflatedPart {
  readonly name: string;
  readonly size: number;
}

/**
 * Inflates every part of a package, keeping nothing, and returns their real sizes; throws
 * ZipLimitError when a part passes `partBytes` or all together pass `packageBytes`, and
 * ZipFormatError when the zip cannot be read. Run before a whole-file reader (exceljs, JSZip)
 * inflates the package in memory.
 */
export function checkInflatedSizes(source: ZipSource, limits: { partBytes: number; packageBytes: number } = inflateLimits): InflatedPart[] {
  const parts: InflatedPart[] = [];
  let total = 0;
  for (const entry of zipEntries(source)) {
    if (entry.name.endsWith("/") && entry.compressedSize === 0) continue;
    const room = limits.packageBytes - total;
    let size: number;
    try {
      size = inflateEntry(source, entry, () => undefined, Math.min(limits.partBytes, room));
    } catch (error) {
      if (error instanceof ZipLimitError && room < limits.partBytes && error.size > room)
        throw new ZipLimitError(entry.name, total + error.size, limits.packageBytes, "package");
      throw error;
    }
    total += size;
    parts.push({ name: entry.name, size });
  }
  return parts;
}
