import type JSZip from "jszip";
import { jsZip } from "../adapters/xlsxPackage/jszip";
import { escapeXml } from "../adapters/xlsxPackage/xml";
import { bytesSource, checkInflatedSizes } from "./zip";

/**
 * The stamp Trợ lý ISO puts in every .xlsx/.docx it writes: a custom document property
 * (docProps/custom.xml, "File › Properties › Custom" in Office) holding the SHA-256 of the
 * package's other parts as written. A file is "ours, unchanged" only when the stamp is there
 * and the parts still hash to it; a file the user edited and saved in Excel, Word or
 * LibreOffice no longer does (they keep the property but rewrite the parts), and a file
 * Trợ lý ISO did not make has no stamp. Commands replace only files that are ours, unchanged.
 */

export const stampPropertyName = "TroLyISO_sha256";

const customPart = "docProps/custom.xml";
const customType = "application/vnd.openxmlformats-officedocument.custom-properties+xml";
const customRelType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties";
const fmtid = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";
const emptyCustom =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"></Properties>';

/** What an existing file at an output path is. */
export type StampState = "ours-unchanged" | "changed" | "foreign";

/** SHA-256 (hex) of every part except docProps/custom.xml: names and contents, in name order. */
async function partsHash(zip: JSZip): Promise<string> {
  const names = Object.keys(zip.files)
    .filter((n) => !zip.files[n].dir && n !== customPart)
    .sort();
  const chunks: Uint8Array[] = [];
  const encoder = new TextEncoder();
  for (const name of names) {
    const data = await zip.files[name].async("uint8array");
    chunks.push(encoder.encode(`${name}\u0000${data.length}\u0000`), data);
  }
  const total = chunks.reduce((n, c) => n + c.length, 0);
  const all = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.length;
  }
  const digest = await globalThis.crypto.subtle.digest("SHA-256", all);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** The custom properties with ours set to `value` (other properties kept; pids stay unique). */
function withStamp(customXml: string, value: string): string {
  const withoutOurs = customXml.replace(new RegExp(`<property\\b[^>]*\\bname="${stampPropertyName}"[^>]*>[\\s\\S]*?</property>`, "g"), "");
  const pids = [...withoutOurs.matchAll(/\bpid="(\d+)"/g)].map((m) => Number(m[1]));
  const pid = Math.max(1, ...pids) + 1;
  const property = `<property fmtid="${fmtid}" pid="${pid}" name="${stampPropertyName}"><vt:lpwstr>${escapeXml(value)}</vt:lpwstr></property>`;
  const root = /<Properties\b[^>]*\/>/.exec(withoutOurs);
  if (root) return withoutOurs.replace(root[0], `${root[0].slice(0, -2)}>${property}</Properties>`);
  return withoutOurs.includes("</Properties>") ? withoutOurs.replace("</Properties>", `${property}</Properties>`) : withStamp(emptyCustom, value);
}

/** Declares docProps/custom.xml in [Content_Types].xml and _rels/.rels when the package lacks it. */
async function declareCustomPart(zip: JSZip): Promise<void> {
  const typesFile = zip.file("[Content_Types].xml");
  const types = typesFile ? await typesFile.async("string") : "";
  if (types && !types.includes(`PartName="/${customPart}"`)) {
    zip.file("[Content_Types].xml", types.replace("</Types>", `<Override PartName="/${customPart}" ContentType="${customType}"/></Types>`));
  }
  const relsFile = zip.file("_rels/.rels");
  const rels = relsFile ? await relsFile.async("string") : "";
  if (rels && !rels.includes(customRelType)) {
    const ids = new Set([...rels.matchAll(/\bId="([^"]+)"/g)].map((m) => m[1]));
    let n = ids.size + 1;
    while (ids.has(`rId${n}`)) n++;
    zip.file("_rels/.rels", rels.replace("</Relationships>", `<Relationship Id="rId${n}" Type="${customRelType}" Target="${customPart}"/></Relationships>`));
  }
}

/**
 * Adds the stamp to an .xlsx/.docx package just written by Trợ lý ISO.
 * @example const bytes = await stampPackage(await workbook.xlsx.writeBuffer())
 */
export async function stampPackage(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await jsZip().loadAsync(bytes);
  await declareCustomPart(zip);
  const existing = zip.file(customPart);
  const custom = existing ? await existing.async("string") : emptyCustom;
  // The hash covers everything but the custom properties, which hold it.
  zip.file(customPart, withStamp(custom, await partsHash(zip)));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}

/** The stamp's value in a package, or null. */
async function readStamp(zip: JSZip): Promise<string | null> {
  const custom = await zip.file(customPart)?.async("string");
  if (!custom) return null;
  const m = new RegExp(`<property\\b[^>]*\\bname="${stampPropertyName}"[^>]*>\\s*<vt:lpwstr>([0-9a-f]{64})</vt:lpwstr>`).exec(custom);
  return m ? m[1] : null;
}

/**
 * Whether the bytes of an existing file are a package Trợ lý ISO wrote and nobody changed since.
 * Anything unreadable (not a zip, a text file) is foreign.
 */
export async function stampState(bytes: Uint8Array): Promise<StampState> {
  let zip: JSZip;
  try {
    // Inflated sizes first: a bomb at an output path is simply not ours.
    checkInflatedSizes(bytesSource(bytes));
    zip = await jsZip().loadAsync(bytes);
  } catch {
    return "foreign";
  }
  const stamp = await readStamp(zip);
  if (!stamp) return "foreign";
  return (await partsHash(zip)) === stamp ? "ours-unchanged" : "changed";
}
