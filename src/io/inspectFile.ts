/**
 * What a file really is, from its first bytes. Lets a command say "this .xlsx is really a text
 * file" instead of calling a file corrupt. (How large a package's parts really are is measured by
 * inflating them: `checkInflatedSizes` in src/io/zip.ts.)
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
