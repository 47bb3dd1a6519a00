/**
 * A package on disk as a `ZipSource` (src/io/zip.ts): bytes read at offsets, so the streaming
 * reader never holds the whole file. The caller closes it.
 */
import { closeSync, fstatSync, openSync, readSync } from "fs";
import type { ZipSource } from "../io/zip";

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
