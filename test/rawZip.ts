import { deflateRawSync } from "zlib";

/**
 * A zip written byte by byte (PKWARE APPNOTE 6.3.10), so the tests control what writers differ
 * on: ZIP64 records, data descriptors, the UTF-8 flag, and sizes that lie.
 */
export interface RawEntry {
  name: string;
  data: Uint8Array;
  /** Store instead of deflate. */
  stored?: boolean;
  utf8Flag?: boolean;
  dataDescriptor?: boolean;
  /** Write 0xFFFFFFFF sizes and offset in the central directory, with the ZIP64 extra field. */
  zip64?: boolean;
  /** The inflated size the central directory declares (a lie when set). */
  declaredSize?: number;
  /** The compressed size the central directory declares (a lie when set). */
  declaredCompressedSize?: number;
}

export function rawZip(entries: RawEntry[], options: { zip64End?: boolean } = {}): Uint8Array {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, e.utf8Flag === false ? "latin1" : "utf8");
    const body = e.stored ? Buffer.from(e.data) : deflateRawSync(e.data);
    const flags = (e.utf8Flag === false ? 0 : 0x800) | (e.dataDescriptor ? 8 : 0);
    const method = e.stored ? 0 : 8;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(0, 14);
    local.writeUInt32LE(e.dataDescriptor ? 0 : body.length, 18);
    local.writeUInt32LE(e.dataDescriptor ? 0 : e.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    chunks.push(local, name, body);
    const here = offset;
    offset += local.length + name.length + body.length;
    if (e.dataDescriptor) {
      const dd = Buffer.alloc(16);
      dd.writeUInt32LE(0x08074b50, 0);
      dd.writeUInt32LE(body.length, 8);
      dd.writeUInt32LE(e.data.length, 12);
      chunks.push(dd);
      offset += 16;
    }
    const extra = e.zip64 ? Buffer.alloc(28) : Buffer.alloc(0);
    if (e.zip64) {
      extra.writeUInt16LE(1, 0);
      extra.writeUInt16LE(24, 2);
      extra.writeBigUInt64LE(BigInt(e.declaredSize ?? e.data.length), 4);
      extra.writeBigUInt64LE(BigInt(e.declaredCompressedSize ?? body.length), 12);
      extra.writeBigUInt64LE(BigInt(here), 20);
    }
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(45, 4);
    cd.writeUInt16LE(45, 6);
    cd.writeUInt16LE(flags, 8);
    cd.writeUInt16LE(method, 10);
    cd.writeUInt32LE(e.zip64 ? 0xffffffff : (e.declaredCompressedSize ?? body.length), 20);
    cd.writeUInt32LE(e.zip64 ? 0xffffffff : (e.declaredSize ?? e.data.length), 24);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt16LE(extra.length, 30);
    cd.writeUInt32LE(e.zip64 ? 0xffffffff : here, 42);
    central.push(cd, name, extra);
  }
  const cdBytes = Buffer.concat(central);
  const cdOffset = offset;
  const tail: Buffer[] = [];
  if (options.zip64End) {
    const rec = Buffer.alloc(56);
    rec.writeUInt32LE(0x06064b50, 0);
    rec.writeBigUInt64LE(44n, 4);
    rec.writeBigUInt64LE(BigInt(entries.length), 24);
    rec.writeBigUInt64LE(BigInt(entries.length), 32);
    rec.writeBigUInt64LE(BigInt(cdBytes.length), 40);
    rec.writeBigUInt64LE(BigInt(cdOffset), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(cdOffset + cdBytes.length), 8);
    locator.writeUInt32LE(1, 16);
    tail.push(rec, locator);
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(options.zip64End ? 0xffff : entries.length, 8);
  end.writeUInt16LE(options.zip64End ? 0xffff : entries.length, 10);
  end.writeUInt32LE(options.zip64End ? 0xffffffff : cdBytes.length, 12);
  end.writeUInt32LE(options.zip64End ? 0xffffffff : cdOffset, 16);
  return new Uint8Array(Buffer.concat([...chunks, cdBytes, ...tail, end]));
}
