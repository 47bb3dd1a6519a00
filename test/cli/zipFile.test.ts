import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { zipSync } from "fflate";
import { fileEntryTextChunks, fileZipSource } from "../../src/cli/zipFile";
import { entryTextChunks, zipEntries, ZipFormatError, ZipLimitError } from "../../src/io/zip";

/**
 * The CLI's native inflater (Node's zlib on a worker thread) gives what the portable one gives,
 * with the same caps and checks: output counted against the cap as it comes, damaged data and an
 * inflated size other than the declared one called damaged, a consumer's error passed through.
 */
const enc = (s: string) => new TextEncoder().encode(s);

function packageFile(entries: Record<string, Uint8Array>, edit?: (bytes: Uint8Array) => void): string {
  const bytes = zipSync(entries, { level: 6 });
  edit?.(bytes);
  const file = join(mkdtempSync(join(tmpdir(), "zipfile-")), "p.xlsx");
  writeFileSync(file, bytes);
  return file;
}

async function readNative(file: string, limit?: number, onText: (t: string) => void = () => {}): Promise<string> {
  const source = fileZipSource(file);
  try {
    const pieces: string[] = [];
    await fileEntryTextChunks(
      file,
      source,
      zipEntries(source)[0],
      (t) => {
        onText(t);
        pieces.push(t);
      },
      limit,
    );
    return pieces.join("");
  } finally {
    source.close();
  }
}

describe("fileEntryTextChunks", () => {
  const text = "\ufeff<sheetData>" + "<row><c><v>Sở Y tế 😀 Đồng Tháp</v></c></row>".repeat(40_000) + "</sheetData>";

  it("gives the same text as the portable inflater, in pieces that never split a character, the byte-order mark dropped", async () => {
    const file = packageFile({ "s.xml": enc(text) });
    const source = fileZipSource(file);
    const portable: string[] = [];
    entryTextChunks(source, zipEntries(source)[0], (t) => portable.push(t));
    source.close();
    const pieces: string[] = [];
    const native = await readNative(file, undefined, (t) => pieces.push(t));
    expect(native).toBe(text.slice(1));
    expect(native).toBe(portable.join(""));
    expect(pieces.length).toBeGreaterThan(10); // 2 MB of text in 64 KiB pieces
    expect(pieces.some((p) => p.includes("\ufffd"))).toBe(false);
  });

  it("stops at the cap as the output passes it", async () => {
    const file = packageFile({ "s.xml": enc(text) });
    await expect(readNative(file, 100_000)).rejects.toBeInstanceOf(ZipLimitError);
  });

  it("calls damaged data, and an inflated size other than the declared one, damaged", async () => {
    const broken = packageFile({ "s.xml": enc(text) }, (bytes) => {
      for (let i = 200; i < 260; i++) bytes[i] ^= 0x5a; // inside the deflated data (the local header is 30 + 5 bytes)
    });
    await expect(readNative(broken)).rejects.toEqual(new ZipFormatError("data"));
    const lying = packageFile({ "s.xml": enc(text) }, (bytes) => {
      // The central directory's uncompressed size (offset 24 of its entry) made one byte smaller.
      const cd = Buffer.from(bytes).lastIndexOf(Buffer.from([0x50, 0x4b, 1, 2]));
      const view = new DataView(bytes.buffer, bytes.byteOffset);
      view.setUint32(cd + 24, view.getUint32(cd + 24, true) - 1, true);
    });
    await expect(readNative(lying)).rejects.toEqual(new ZipFormatError("data"));
  });

  it("passes a consumer's error through and stops reading", async () => {
    const file = packageFile({ "s.xml": enc(text) });
    let calls = 0;
    const stop = new Error("enough");
    await expect(
      readNative(file, undefined, () => {
        calls++;
        throw stop;
      }),
    ).rejects.toBe(stop);
    expect(calls).toBe(1);
  });
});
