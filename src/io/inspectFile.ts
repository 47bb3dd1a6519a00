/**
 * What a file really is, from its first bytes, and how large the parts of a zip package
 * (.xlsx, .docx) are once inflated, read from the zip's central directory without inflating
 * anything (PKWARE APPNOTE 6.3, §4.3.12 and §4.3.16). Lets a command say "this .xlsx is really
 * a text file" or "this part is too large" instead of calling a file corrupt.
 */

/** The kind of content: a zip package, an old Office 97–2003 file, PDF, HTML, plain text or other bytes. */
export type ContentKind = "zip" | "ole" | "pdf" | "html" | "text" | "binary";

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);

/** @example contentKind(new TextEncoder().encode("TT\tNội dung")) === "text" */
export function contentKind(bytes: Uint8Array): ContentKind {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return "zip";
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return "ole";
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return "pdf";
  const head = bytes.subarray(0, 4096);
  if (head.length === 0) return "text";
  // UTF-16 with a byte-order mark (Excel's "Unicode Text"), or text without control bytes.
  if (startsWith(head, [0xff, 0xfe]) || startsWith(head, [0xfe, 0xff])) return "text";
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(head.length === bytes.length ? head : trimPartialUtf8(head));
  } catch {
    return "binary";
  }
  if (/[\u0000-\u0008\u000e-\u001f]/.test(text)) return "binary";
  return /<\s*(html|table|body|!doctype)/i.test(text) ? "html" : "text";
}

/** The head of a file cut before a UTF-8 sequence the cut split. */
function trimPartialUtf8(head: Uint8Array): Uint8Array {
  let end = head.length;
  for (let k = 1; k <= 3 && end - k >= 0; k++) {
    const b = head[end - k];
    if ((b & 0xc0) === 0x80) continue;
    if (b >= 0xc0) end -= k;
    break;
  }
  return head.subarray(0, end);
}

/** One part of a zip package and its inflated size in bytes. */
export interface ZipPart {
  readonly name: string;
  readonly size: number;
}

const u16 = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8);
const u32 = (b: Uint8Array, i: number) => (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16)) + b[i + 3] * 0x1000000;

/** The parts of a zip package with their inflated sizes, or null when the central directory cannot be read. */
export function zipPartSizes(bytes: Uint8Array): ZipPart[] | null {
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (u32(bytes, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = u16(bytes, eocd + 10);
  let at = u32(bytes, eocd + 16);
  const parts: ZipPart[] = [];
  const decoder = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== 0x02014b50) return null;
    const size = u32(bytes, at + 24);
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    parts.push({ name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)), size });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return parts;
}

/**
 * The most a part may inflate to for the whole-file readers (exceljs, the .docx reader), which
 * hold it in memory as one string: well under JavaScript's longest string (2^29 characters).
 */
export const maxPartBytes = 256 * 1024 * 1024;

/** The largest part over `maxPartBytes`, or null. */
export function oversizedPart(bytes: Uint8Array, limit = maxPartBytes): ZipPart | null {
  const parts = zipPartSizes(bytes) ?? [];
  const big = parts.filter((p) => p.size > limit).sort((a, b) => b.size - a.size);
  return big[0] ?? null;
}
