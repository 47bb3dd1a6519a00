/**
 * An .xlsx/.xlsm file as an Open Packaging Conventions package (a zip of parts, relationships
 * and content types), opened with jszip. Parts are read as text only when a command edits them;
 * every other part is carried over exactly as it was.
 */
import type JSZip from "jszip";
import { jsZip } from "./jszip";
import { applySplices, childElements, decodeXml, escapeXml, rootElement, type Splice, type XmlElement } from "./xml";

export const relTypes = {
  officeDocument: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  styles: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
  sharedStrings: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings",
  table: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table",
  calcChain: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain",
} as const;

export const contentTypes = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  table: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  sharedStrings: "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml",
  relationships: "application/vnd.openxmlformats-package.relationships+xml",
  macroEnabledMain: "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
} as const;

/** The namespace of strict OOXML (ISO/IEC 29500 Strict), which the readers do not understand. */
const strictMain = "http://purl.oclc.org/ooxml/spreadsheetml/main";

/**
 * Why a file cannot be edited as a workbook package; the message catalogue explains each
 * (`workbook_unusable`). "damaged": a zip whose workbook opened but one of its parts the writer
 * must edit is not readable (named by `part`). "protected": the workbook's structure is protected
 * and sheets would be added, or an owned sheet to replace is protected (named by `part`, the sheet's name).
 */
export type PackageProblem = "not_zip" | "encrypted" | "legacy_xls" | "strict" | "binary" | "not_workbook" | "damaged" | "protected";

/**
 * A file that is not a workbook package the tool can edit; nothing has been written. Carries the
 * catalogue code so a front end's error boundary can match it without loading this module.
 */
export class PackageError extends Error {
  readonly code = "workbook_unusable";
  constructor(
    readonly problem: PackageProblem,
    /** The damaged part ("xl/styles.xml"), for problem "damaged"; the protected sheet's name, for "protected". */
    readonly part?: string,
  ) {
    super(`workbook package: ${problem}${part ? ` (${part})` : ""}`);
    this.name = "PackageError";
  }
}

/** One relationship of a part. */
export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
  readonly element: XmlElement;
}

/** "xl/worksheets/_rels/sheet1.xml.rels" for "xl/worksheets/sheet1.xml"; "_rels/.rels" for the package. */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** Resolves a relationship target against its source part: "../tables/table1.xml" from "xl/worksheets/sheet1.xml". */
export function resolveTarget(source: string, target: string): string {
  const raw = decodeURI(target);
  const segments = raw.startsWith("/") ? [] : source.split("/").slice(0, -1);
  for (const s of raw.replace(/^\//, "").split("/")) {
    if (s === "..") segments.pop();
    else if (s !== "." && s !== "") segments.push(s);
  }
  return segments.join("/");
}

/** The target to write in `source`'s relationships for `part` (relative, like Excel writes). */
export function relativeTarget(source: string, part: string): string {
  const from = source.split("/").slice(0, -1);
  const to = part.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}

/** An opened package: the zip, and the parts changed so far. */
/** What JSZip's `internalStream` returns, as far as readHead uses it. */
interface PartStream {
  on(event: "data", listener: (chunk: string) => void): PartStream;
  on(event: "error", listener: (error: Error) => void): PartStream;
  on(event: "end", listener: () => void): PartStream;
  pause(): PartStream;
  resume(): PartStream;
}

export class XlsxPackage {
  private readonly texts = new Map<string, string>();

  private constructor(readonly zip: JSZip) {}

  /**
   * Opens a workbook package, or says precisely why it cannot: an encrypted file (a password) and
   * a legacy .xls are OLE compound files, not zips; a binary .xlsb or a strict-OOXML workbook is a
   * zip the readers cannot edit.
   */
  static async open(bytes: Uint8Array): Promise<XlsxPackage> {
    if (isCompoundFile(bytes))
      throw new PackageError(holdsUtf16(bytes, "EncryptionInfo") || holdsUtf16(bytes, "EncryptedPackage") ? "encrypted" : "legacy_xls");
    let zip: JSZip;
    try {
      zip = await jsZip().loadAsync(bytes);
    } catch {
      throw new PackageError("not_zip");
    }
    const pkg = new XlsxPackage(zip);
    const main = await pkg.mainPart();
    if (!main) throw new PackageError("not_workbook");
    if (main.endsWith(".bin")) throw new PackageError("binary");
    const workbook = await pkg.read(main);
    if (workbook === undefined) throw new PackageError("not_workbook");
    const root = rootElement(workbook);
    if (!root || root.local !== "workbook") throw new PackageError("not_workbook");
    if (Object.values(root.attrs).includes(strictMain)) throw new PackageError("strict");
    return pkg;
  }

  /** The workbook part named by the package relationships ("xl/workbook.xml" in practice). */
  async mainPart(): Promise<string | undefined> {
    const rels = await this.relationships("");
    const main = rels.find((r) => r.type === relTypes.officeDocument) ?? rels.find((r) => r.type.endsWith("/officeDocument"));
    return main ? resolveTarget("", main.target) : undefined;
  }

  /** The zip entry for a part name, compared case-insensitively as OPC part names are. */
  private entry(part: string): JSZip.JSZipObject | null {
    const exact = this.zip.file(part);
    if (exact) return exact;
    const lower = part.toLowerCase();
    const name = Object.keys(this.zip.files).find((n) => n.toLowerCase() === lower && !this.zip.files[n].dir);
    return name ? this.zip.files[name] : null;
  }

  has(part: string): boolean {
    return this.texts.has(part) || this.entry(part) !== null;
  }

  /** A part's text (as edited so far), or undefined when the package has no such part. */
  async read(part: string): Promise<string | undefined> {
    const edited = this.texts.get(part);
    if (edited !== undefined) return edited;
    const entry = this.entry(part);
    return entry ? entry.async("string") : undefined;
  }

  /**
   * The start of a part's text, up to and including the first `marker` (or the whole part when it
   * has none): a sheet's views come before its cells, so a large sheet is not inflated whole to
   * read them. Edited parts are returned whole.
   */
  async readHead(part: string, marker: string): Promise<string | undefined> {
    const edited = this.texts.get(part);
    if (edited !== undefined) return edited;
    const entry = this.entry(part);
    if (!entry) return undefined;
    return new Promise<string>((resolve, reject) => {
      let text = "";
      let done = false;
      // JSZip's internal stream (Node and browsers alike; its type declarations leave it out).
      const stream = (entry as unknown as { internalStream(type: "string"): PartStream }).internalStream("string");
      stream
        .on("data", (chunk: string) => {
          if (done) return;
          const from = Math.max(0, text.length - marker.length);
          text += chunk;
          if (text.indexOf(marker, from) >= 0) {
            done = true;
            stream.pause();
            resolve(text);
          }
        })
        .on("error", (error: Error) => {
          if (!done) reject(error);
        })
        .on("end", () => {
          if (!done) resolve(text);
        })
        .resume();
    });
  }

  /** Replaces or adds a part. */
  write(part: string, text: string): void {
    const existing = this.entry(part);
    const name = existing ? existing.name : part;
    this.texts.set(name, text);
    this.zip.file(name, text);
  }

  remove(part: string): void {
    const existing = this.entry(part);
    if (existing) this.zip.remove(existing.name);
    this.texts.delete(existing ? existing.name : part);
  }

  /** Every part name in the package (no folders). */
  partNames(): string[] {
    return Object.keys(this.zip.files).filter((n) => !this.zip.files[n].dir);
  }

  /** The relationships of a part ("" for the package's own). */
  async relationships(part: string): Promise<Relationship[]> {
    const path = part === "" ? "_rels/.rels" : relsPathOf(part);
    const xml = await this.read(path);
    if (xml === undefined) return [];
    const root = rootElement(xml);
    if (!root) return [];
    return childElements(xml, root, "Relationship").map((e) => ({
      id: e.attrs.Id ?? "",
      type: e.attrs.Type ?? "",
      target: e.attrs.Target ?? "",
      external: e.attrs.TargetMode === "External",
      element: e,
    }));
  }

  /**
   * Edits a part's relationships: removes the ids in `remove` and appends `add` (ids chosen here,
   * never clashing with the part's other ids). Returns the new ids, in order.
   */
  async editRelationships(part: string, remove: readonly string[], add: readonly { type: string; target: string; external?: boolean }[]): Promise<string[]> {
    const path = relsPathOf(part);
    const xml =
      (await this.read(path)) ??
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
    const root = rootElement(xml);
    if (!root) throw new PackageError("damaged", path);
    const existing = childElements(xml, root, "Relationship");
    const used = new Set(existing.map((e) => e.attrs.Id));
    const ids: string[] = [];
    let n = 1;
    const added = add.map((r) => {
      while (used.has(`rId${n}`)) n++;
      const id = `rId${n}`;
      used.add(id);
      ids.push(id);
      const mode = r.external ? ` TargetMode="External"` : "";
      return `<Relationship Id="${id}" Type="${escapeXml(r.type)}" Target="${escapeXml(r.target)}"${mode}/>`;
    });
    const removed = existing.filter((e) => remove.includes(e.attrs.Id ?? ""));
    const splices: Splice[] = removed.map((e) => ({ start: e.start, end: e.end, text: "" }));
    const selfClosing = root.selfClosing;
    if (selfClosing) {
      splices.push({ start: root.start, end: root.end, text: xml.slice(root.start, root.end).replace(/\s*\/>$/, `>${added.join("")}</${root.name}>`) });
    } else splices.push({ start: root.closeStart, end: root.closeStart, text: added.join("") });
    const next = applySplices(xml, splices);
    const remaining = existing.length - removed.length + added.length;
    if (remaining === 0 && part !== "") this.remove(path);
    else this.write(path, next);
    return ids;
  }

  /** The content type of a part: its Override, else the Default of its extension. */
  async contentType(part: string): Promise<string | undefined> {
    const xml = (await this.read("[Content_Types].xml")) ?? "";
    const root = rootElement(xml);
    if (!root) return undefined;
    const name = `/${part}`.toLowerCase();
    const override = childElements(xml, root, "Override").find((e) => (e.attrs.PartName ?? "").toLowerCase() === name);
    if (override) return override.attrs.ContentType;
    const ext = part.replace(/^.*\./, "").toLowerCase();
    return childElements(xml, root, "Default").find((e) => (e.attrs.Extension ?? "").toLowerCase() === ext)?.attrs.ContentType;
  }

  /** The parts whose content type is `type` (by Override, or by the Default of their extension), read in one pass. */
  async partsOfType(type: string): Promise<string[]> {
    const xml = (await this.read("[Content_Types].xml")) ?? "";
    const root = rootElement(xml);
    if (!root) return [];
    const overrides = new Map(childElements(xml, root, "Override").map((e) => [(e.attrs.PartName ?? "").toLowerCase(), e.attrs.ContentType] as const));
    const defaults = new Map(childElements(xml, root, "Default").map((e) => [(e.attrs.Extension ?? "").toLowerCase(), e.attrs.ContentType] as const));
    return this.partNames().filter((p) => (overrides.get(`/${p}`.toLowerCase()) ?? defaults.get(p.replace(/^.*\./, "").toLowerCase())) === type);
  }

  /** Sets Overrides for added parts and drops those of removed parts, in one edit of [Content_Types].xml. */
  async editContentTypes(add: readonly { part: string; type: string }[], remove: readonly string[]): Promise<void> {
    const xml = (await this.read("[Content_Types].xml")) ?? "";
    const root = rootElement(xml);
    if (!root) throw new PackageError("damaged", "[Content_Types].xml");
    const overrides = childElements(xml, root, "Override");
    const defaults = childElements(xml, root, "Default");
    const gone = new Set([...remove, ...add.map((a) => a.part)].map((p) => `/${p}`.toLowerCase()));
    const splices: Splice[] = overrides.filter((e) => gone.has((e.attrs.PartName ?? "").toLowerCase())).map((e) => ({ start: e.start, end: e.end, text: "" }));
    const text: string[] = [];
    for (const ext of ["rels", "xml"]) {
      if (!defaults.some((d) => (d.attrs.Extension ?? "").toLowerCase() === ext)) {
        text.push(`<Default Extension="${ext}" ContentType="${ext === "rels" ? contentTypes.relationships : "application/xml"}"/>`);
      }
    }
    for (const a of add) text.push(`<Override PartName="/${escapeXml(a.part)}" ContentType="${escapeXml(a.type)}"/>`);
    splices.push({ start: root.closeStart, end: root.closeStart, text: text.join("") });
    this.write("[Content_Types].xml", applySplices(xml, splices));
  }

  /** The package as bytes; parts never written keep their bytes (and their compressed form). */
  async bytes(): Promise<Uint8Array> {
    return this.zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
  }
}

/** OLE compound files (encrypted OOXML, legacy .xls) start with D0 CF 11 E0 A1 B1 1A E1. */
function isCompoundFile(bytes: Uint8Array): boolean {
  const magic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  return bytes.length >= 8 && magic.every((b, i) => bytes[i] === b);
}

/** Whether a stream name (UTF-16LE in the compound file's directory) occurs in the bytes. */
function holdsUtf16(bytes: Uint8Array, name: string): boolean {
  const needle = Array.from(name).flatMap((c) => [c.charCodeAt(0), 0]);
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** Text of a defined name or similar element content, decoded. */
export function elementText(xml: string, e: XmlElement): string {
  return decodeXml(xml.slice(e.openEnd, e.closeStart));
}

/** Whether a workbook package holds macros (its workbook part is the macro-enabled kind). Throws PackageError. */
export async function isMacroEnabled(bytes: Uint8Array): Promise<boolean> {
  const pkg = await XlsxPackage.open(bytes);
  return (await pkg.contentType((await pkg.mainPart()) as string)) === contentTypes.macroEnabledMain;
}
