/**
 * A package on disk as a `ZipSource` (src/io/zip.ts): bytes read at offsets, so the streaming
 * reader never holds the whole file. The caller closes it.
 */
import { closeSync, createReadStream, fstatSync, openSync, readSync } from "fs";
import { pipeline } from "stream";
import { createInflateRaw } from "zlib";
import { entryData, entryTextChunks, inflateLimits, utf8Pieces, ZipFormatError, ZipLimitError, type ZipEntry, type ZipSource } from "../io/zip";

/** Opens `path` for reading at offsets; `close()` when done. */
export function fileZipSource(path: string): ZipSource & { close(): void } {
  const fd = openSync(path, "r");
  const size = fstatSync(fd).size;
  return {
    size,
    read(offset, length) {
      const n = Math.max(0, Math.min(length, size - offset));
      const buf = Buffer.allocUnsafe(n);
      const got = n > 0 ? readSync(fd, buf, 0, n, offset) : 0;
      return new Uint8Array(buf.buffer, buf.byteOffset, got);
    },
    decodeUtf8: (bytes) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString("utf8"),
    close: () => closeSync(fd),
  };
}

/**
 * An entry's UTF-8 text in pieces, inflated by Node's own zlib (native code, on a worker thread,
 * about three times fflate's speed on a large sheet) as it is read from the file: the same caps
 * and checks as `entryTextChunks` (src/io/zip.ts) — output counted against `limit` as it comes
 * (ZipLimitError), compressed bytes bounded by the file, the inflated size checked against the
 * directory's, damaged data a ZipFormatError("data"). An error thrown by `onText` stops the read
 * and passes through. Stored entries use the portable path.
 */
export async function fileEntryTextChunks(
  path: string,
  source: ZipSource,
  entry: ZipEntry,
  onText: (text: string) => void,
  limit: number = inflateLimits.partBytes,
): Promise<number> {
  const { start, end } = entryData(source, entry);
  if (entry.method === 0) return entryTextChunks(source, entry, onText, limit);
  const text = utf8Pieces(source, onText);
  const input = createReadStream(path, { start, end: Math.max(start, end - 1), highWaterMark: 1 << 20 });
  const inflater = createInflateRaw({ chunkSize: 1 << 20 });
  let total = 0;
  let inflaterError: unknown = null;
  if (end <= start) input.destroy();
  pipeline(input, inflater, (error) => {
    if (error && (error as { code?: string }).code !== "ERR_STREAM_PREMATURE_CLOSE") inflaterError = error;
  });
  try {
    for await (const piece of inflater as AsyncIterable<Buffer>) {
      total += piece.length;
      if (total > limit) throw new ZipLimitError(entry.name, total, limit, "part");
      // Decoded in pieces of at most 64 KiB: a string that size is a young object, cheap to make and
      // collect, where a 1 MiB one goes to V8's large-object space.
      for (let at = 0; at < piece.length; at += TEXT_PIECE) {
        text.push(new Uint8Array(piece.buffer, piece.byteOffset + at, Math.min(TEXT_PIECE, piece.length - at)));
      }
    }
  } catch (error) {
    if (error instanceof ZipLimitError || !isZlibError(error)) throw error;
    throw new ZipFormatError("data");
  } finally {
    input.destroy();
    inflater.destroy();
  }
  if (inflaterError !== null) throw new ZipFormatError("data");
  text.end();
  // Inflated whole and under the cap, yet not the size the directory declares: damaged (or forged).
  if (total !== entry.declaredSize) throw new ZipFormatError("data");
  return total;
}

const TEXT_PIECE = 1 << 16;

/** An error of zlib's (bad data, an unexpected end) or of reading the file, as opposed to one thrown by the consumer. */
function isZlibError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  // zlib's own (Z_DATA_ERROR, Z_BUF_ERROR…), the system's on reading (EIO…), or a stream cut short; a programming error (ERR_INVALID_ARG…) is not damage.
  return typeof code === "string" && /^(?:Z_[A-Z_]+|E[A-Z]+|ERR_STREAM_PREMATURE_CLOSE)$/.test(code);
}
