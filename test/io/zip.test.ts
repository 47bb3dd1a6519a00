import { zipSync, Zip, ZipDeflate } from "fflate";
import JSZip from "jszip";
import {
  bytesSource,
  checkInflatedSizes,
  entriesByName,
  entryText,
  entryTextChunks,
  inflateEntry,
  utf8Boundary,
  zipEntries,
  ZipFormatError,
  ZipLimitError,
  type ZipSource,
} from "../../src/io/zip";
import { fileZipSource } from "../../src/cli/zipFile";
import { rawZip } from "../rawZip";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

const text = (s: string) => new TextEncoder().encode(s);

describe("the zip layer (src/io/zip.ts)", () => {
  it("reads a ZIP64 package: the ZIP64 end record and each entry's ZIP64 sizes and offset", () => {
    const bytes = rawZip(
      [
        { name: "xl/workbook.xml", data: text("<workbook/>"), zip64: true },
        { name: "xl/worksheets/sheet1.xml", data: text("<worksheet>Dược</worksheet>"), zip64: true },
      ],
      { zip64End: true },
    );
    const source = bytesSource(bytes);
    const entries = entriesByName(zipEntries(source));
    expect([...entries.keys()]).toEqual(["xl/workbook.xml", "xl/worksheets/sheet1.xml"]);
    expect(entryText(source, entries.get("xl/worksheets/sheet1.xml")!)).toBe("<worksheet>Dược</worksheet>");
  });

  it("reads entries written with data descriptors (sizes only after the data), as streaming writers do", () => {
    // fflate's streaming Zip writes every entry with a data descriptor.
    const parts: Uint8Array[] = [];
    const zip = new Zip((err, chunk) => {
      if (err) throw err;
      parts.push(chunk);
    });
    const entry = new ZipDeflate("xl/sharedStrings.xml", { level: 6 });
    zip.add(entry);
    entry.push(text("<sst><si><t>Khám bệnh</t></si></sst>"), true);
    zip.end();
    const bytes = new Uint8Array(Buffer.concat(parts));
    const source = bytesSource(bytes);
    const [e] = zipEntries(source);
    expect(e.dataDescriptor).toBe(true);
    expect(entryText(source, e)).toBe("<sst><si><t>Khám bệnh</t></si></sst>");
    // And the same by hand, stored and deflated.
    const manual = bytesSource(
      rawZip([
        { name: "a.xml", data: text("một"), dataDescriptor: true },
        { name: "b.xml", data: text("hai"), dataDescriptor: true, stored: true },
      ]),
    );
    expect(zipEntries(manual).map((x) => entryText(manual, x))).toEqual(["một", "hai"]);
  });

  it("decodes UTF-8 names (bit 11) and leaves names without the flag as single bytes", () => {
    const source = bytesSource(
      rawZip([
        { name: "xl/media/ảnh-Dược.png", data: text("x") },
        { name: "docProps/caf\u00e9.xml", data: text("y"), utf8Flag: false },
      ]),
    );
    expect(zipEntries(source).map((e) => e.name)).toEqual(["xl/media/ảnh-Dược.png", "docProps/café.xml"]);
    const jszipMade = zipSync({ "Hồ sơ.xml": text("z") });
    expect(zipEntries(bytesSource(jszipMade))[0].name).toBe("Hồ sơ.xml");
  });

  it("stops a zip bomb at the part cap whatever the directory declares (a 16 MiB part declared as 100 bytes)", () => {
    const bomb = new Uint8Array(16 * 1024 * 1024); // zeros: deflates to about 16 KiB
    const bytes = rawZip([{ name: "xl/worksheets/sheet1.xml", data: bomb, declaredSize: 100 }]);
    expect(bytes.length).toBeLessThan(200_000);
    const source = bytesSource(bytes);
    const [e] = zipEntries(source);
    expect(e.declaredSize).toBe(100);
    let seen = 0;
    const error = (() => {
      try {
        inflateEntry(source, e, (b) => (seen += b.length), 1024 * 1024);
        return null;
      } catch (err) {
        return err;
      }
    })();
    expect(error).toBeInstanceOf(ZipLimitError);
    expect((error as ZipLimitError).part).toBe("xl/worksheets/sheet1.xml");
    // It stopped at the cap, not at the end of the part.
    expect(seen).toBeLessThanOrEqual(1024 * 1024);
    expect(() => checkInflatedSizes(source, { partBytes: 2 * 1024 * 1024, packageBytes: 1 << 30 })).toThrow(ZipLimitError);
  });

  it("hands on pieces of a few MiB at most, even where the data inflates a thousand to one", () => {
    const spaces = new Uint8Array(64 * 1024 * 1024).fill(0x20); // deflates to about 64 KiB
    const source = bytesSource(rawZip([{ name: "s.xml", data: spaces }]));
    let largest = 0;
    let total = 0;
    inflateEntry(source, zipEntries(source)[0], (b) => {
      largest = Math.max(largest, b.length);
      total += b.length;
    });
    expect(total).toBe(64 * 1024 * 1024);
    // One 64 KiB push would hand on the whole 64 MiB at once.
    expect(largest).toBeLessThanOrEqual(4 * 1024 * 1024);
  });

  it("gives text in pieces that never split a character, a byte-order mark dropped only at the start", () => {
    expect(utf8Boundary(new Uint8Array([0x61, 0xe1, 0xbb]))).toBe(1); // "a" + two of the three bytes of "ở"
    expect(utf8Boundary(new Uint8Array([0x61, 0xe1, 0xbb, 0x9f]))).toBe(4);
    expect(utf8Boundary(new Uint8Array([0xf0, 0x9f, 0x98]))).toBe(0); // three of the four bytes of an emoji
    expect(utf8Boundary(new Uint8Array([0xc3]))).toBe(0);
    expect(utf8Boundary(new Uint8Array([0x61, 0x62]))).toBe(2);
    // Stored, so that each 1 MiB read is one piece: the boundaries fall inside characters.
    const body = "\ufeff" + "Sở Y tế 😀 \ufeff ".repeat(200_000);
    const bytes = rawZip([{ name: "s.xml", data: text(body), stored: true }]);
    // In memory (TextDecoder) and from a file (the CLI's source, which decodes with Buffer).
    const file = join(mkdtempSync(join(tmpdir(), "zip-")), "s.zip");
    writeFileSync(file, bytes);
    const fromFile = fileZipSource(file);
    for (const source of [bytesSource(bytes), fromFile]) {
      const pieces: string[] = [];
      entryTextChunks(source, zipEntries(source)[0], (t) => pieces.push(t));
      expect(pieces.length).toBeGreaterThan(2);
      expect(pieces.join("")).toBe(body.slice(1));
      expect(pieces.some((p) => p.includes("\ufffd"))).toBe(false);
    }
    fromFile.close();
  });

  it("decodes invalid UTF-8 the same from a file (Buffer) as in memory (TextDecoder): U+FFFD, a byte-order mark kept past the start", () => {
    const data = new Uint8Array([...text("Sở"), 0xff, 0xc3, 0x28, ...text("\ufeffY tế"), 0xe1, 0xbb]);
    const bytes = rawZip([{ name: "s.xml", data }]);
    const file = join(mkdtempSync(join(tmpdir(), "zip-")), "s.zip");
    writeFileSync(file, bytes);
    const fromFile = fileZipSource(file);
    const read = (source: ZipSource) => {
      const pieces: string[] = [];
      entryTextChunks(source, zipEntries(source)[0], (t) => pieces.push(t));
      return pieces.join("");
    };
    const expected = "Sở\ufffd\ufffd(\ufeffY tế\ufffd";
    expect(read(bytesSource(bytes))).toBe(expected);
    expect(read(fromFile)).toBe(expected);
    fromFile.close();
  });

  it("stops a package whose parts together pass the package cap, each part under its own", () => {
    const part = new Uint8Array(3 * 1024 * 1024);
    const source = bytesSource(rawZip([1, 2, 3, 4].map((n) => ({ name: `p${n}.xml`, data: part }))));
    expect(checkInflatedSizes(source, { partBytes: 4 << 20, packageBytes: 16 << 20 }).map((p) => p.size)).toEqual([3 << 20, 3 << 20, 3 << 20, 3 << 20]);
    let error: unknown = null;
    try {
      checkInflatedSizes(source, { partBytes: 4 << 20, packageBytes: 10 << 20 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ZipLimitError);
    expect((error as ZipLimitError).scope).toBe("package");
    expect((error as ZipLimitError).part).toBe("p4.xml");
  });

  it("calls a directory that lies about the compressed size damaged data, not a part to trust", () => {
    const data = text("<worksheet>" + "x".repeat(5000) + "</worksheet>");
    const short = bytesSource(
      rawZip([{ name: "s.xml", data: new Uint8Array(Array.from({ length: 20000 }, (_, i) => (i * 7919) % 251)), declaredCompressedSize: 10 }]),
    );
    expect(() => entryText(short, zipEntries(short)[0])).toThrow(ZipFormatError);
    // A declared compressed size past the end of the file is bounded by the file.
    const long = bytesSource(rawZip([{ name: "s.xml", data, declaredCompressedSize: 1 << 30 }]));
    expect(entryText(long, zipEntries(long)[0])).toBe(new TextDecoder().decode(data));
  });

  it("calls a part that inflates whole, under its cap, to another size than declared damaged (JSZip and exceljs refuse it too)", () => {
    const data = text("<sst>" + "Sở Y tế ".repeat(500) + "</sst>");
    for (const declaredSize of [10, data.length - 1, data.length + 1, 700 * 1024 * 1024]) {
      for (const stored of [false, true]) {
        const source = bytesSource(rawZip([{ name: "xl/sharedStrings.xml", data, declaredSize, stored }]));
        expect(() => entryText(source, zipEntries(source)[0])).toThrow(ZipFormatError);
        expect(() => checkInflatedSizes(source)).toThrow(ZipFormatError);
      }
    }
    const honest = bytesSource(rawZip([{ name: "xl/sharedStrings.xml", data }]));
    expect(entryText(honest, zipEntries(honest)[0])).toBe(new TextDecoder().decode(data));
  });

  it("refuses what is not a zip, a truncated directory, encrypted entries and unknown methods", () => {
    expect(() => zipEntries(bytesSource(text("TT\tNội dung")))).toThrow(ZipFormatError);
    const ok = rawZip([{ name: "a.xml", data: text("a") }]);
    expect(() => zipEntries(bytesSource(ok.subarray(0, ok.length - 30)))).toThrow(ZipFormatError);
    const encrypted = Buffer.from(rawZip([{ name: "a.xml", data: text("a") }]));
    // Set bit 0 in the central directory's flags.
    const cd = encrypted.indexOf(Buffer.from([0x50, 0x4b, 1, 2]));
    encrypted.writeUInt16LE(encrypted.readUInt16LE(cd + 8) | 1, cd + 8);
    const source = bytesSource(new Uint8Array(encrypted));
    expect(() => entryText(source, zipEntries(source)[0])).toThrow(ZipFormatError);
  });

  it("reads what JSZip and exceljs write (deflated, with folders)", async () => {
    const zip = new JSZip();
    zip.file("xl/workbook.xml", "<workbook>Sở Y tế</workbook>");
    zip.folder("xl/media");
    const source = bytesSource(await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
    const entries = entriesByName(zipEntries(source));
    expect(entryText(source, entries.get("xl/workbook.xml")!)).toBe("<workbook>Sở Y tế</workbook>");
    expect(checkInflatedSizes(source).find((p) => p.name === "xl/workbook.xml")?.size).toBe(new TextEncoder().encode("<workbook>Sở Y tế</workbook>").length);
  });
});
