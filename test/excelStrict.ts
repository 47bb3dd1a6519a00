/**
 * Excel strictness check for the tests (not shipped): the rules Excel enforces when it opens an
 * .xlsx/.xlsm, where LibreOffice forgives and Excel answers "We found a problem with some
 * content … Do you want us to try to recover as much as we can?". The product is never opened
 * in Excel here, so every file a command writes goes through this instead.
 *
 * It reads the package with its own small XML parser, not with the product's readers (src/…),
 * so a bug in those cannot hide the same bug in what they wrote. Sources of each rule are in
 * docs/excel-strictness.md (element orders from ECMA-376 Part 1 transitional sml.xsd, limits from
 * Microsoft's "Excel specifications and limits").
 *
 * @example expect(await excelStrictnessProblems(bytes)).toEqual([])
 */
import JSZip from "jszip";

// ---------- a small namespace-aware XML reader ----------

export interface XmlNode {
  /** Qualified name as written. */
  readonly name: string;
  readonly local: string;
  /** Namespace URI ("" for none). */
  readonly ns: string;
  /** Attributes by qualified name as written, values decoded. */
  readonly attrs: ReadonlyMap<string, string>;
  /** Attributes by "{namespace}local" (unprefixed attributes: "local"). */
  readonly nsAttrs: ReadonlyMap<string, string>;
  readonly children: XmlNode[];
  /** Text directly inside the element (CDATA included), decoded. */
  text: string;
}

/** A part that is not well-formed XML. */
export class XmlSyntaxError extends Error {}

function decodeEntities(text: string, at: () => string): string {
  return text.replace(/&([^;&]*);/g, (all, body: string) => {
    const named: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
    if (body in named) return named[body];
    const m = /^#(x[0-9a-fA-F]+|[0-9]+)$/.exec(body);
    if (!m) throw new XmlSyntaxError(`${at()}: unknown entity ${all}`);
    const code = m[1].startsWith("x") ? parseInt(m[1].slice(1), 16) : Number(m[1]);
    const legal =
      code === 0x9 ||
      code === 0xa ||
      code === 0xd ||
      (code >= 0x20 && code <= 0xd7ff) ||
      (code >= 0xe000 && code <= 0xfffd) ||
      (code >= 0x10000 && code <= 0x10ffff);
    if (!legal) throw new XmlSyntaxError(`${at()}: character reference ${all} is not an XML character`);
    return String.fromCodePoint(code);
  });
}

const xmlNs = "http://www.w3.org/XML/1998/namespace";

/** Parses a whole part; throws XmlSyntaxError when it is not well-formed (or declares a DTD, which Excel refuses). */
export function parseXml(xml: string): XmlNode {
  let i = 0;
  const line = () => `line ${xml.slice(0, i).split("\n").length}`;
  if (xml.charCodeAt(0) === 0xfeff) i = 1;
  const stack: { node: XmlNode; scope: Map<string, string> }[] = [];
  let root: XmlNode | undefined;
  // Characters XML 1.0 does not allow anywhere in a document.
  // eslint-disable-next-line no-control-regex -- exactly the control characters XML 1.0 forbids
  const illegal = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
  if (illegal.test(xml))
    throw new XmlSyntaxError(`a character XML does not allow (U+${xml.match(illegal)![0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")})`);
  while (i < xml.length) {
    const lt = xml.indexOf("<", i);
    const textEnd = lt < 0 ? xml.length : lt;
    if (textEnd > i) {
      const text = xml.slice(i, textEnd);
      if (stack.length) stack[stack.length - 1].node.text += decodeEntities(text, line);
      else if (text.trim()) throw new XmlSyntaxError(`${line()}: text outside the root element`);
    }
    if (lt < 0) break;
    i = lt;
    if (xml.startsWith("<!--", i)) {
      const end = xml.indexOf("-->", i + 4);
      if (end < 0) throw new XmlSyntaxError(`${line()}: unclosed comment`);
      i = end + 3;
      continue;
    }
    if (xml.startsWith("<![CDATA[", i)) {
      const end = xml.indexOf("]]>", i);
      if (end < 0 || !stack.length) throw new XmlSyntaxError(`${line()}: misplaced CDATA`);
      stack[stack.length - 1].node.text += xml.slice(i + 9, end);
      i = end + 3;
      continue;
    }
    if (xml.startsWith("<?", i)) {
      const end = xml.indexOf("?>", i);
      if (end < 0) throw new XmlSyntaxError(`${line()}: unclosed processing instruction`);
      i = end + 2;
      continue;
    }
    if (xml.startsWith("<!", i)) throw new XmlSyntaxError(`${line()}: a document type declaration (Excel refuses DTDs)`);
    // A tag: up to the first ">" outside quotes.
    let j = i + 1;
    let quote = "";
    for (; j < xml.length; j++) {
      const ch = xml[j];
      if (quote) {
        if (ch === quote) quote = "";
      } else if (ch === '"' || ch === "'") quote = ch;
      else if (ch === ">") break;
    }
    if (j >= xml.length) throw new XmlSyntaxError(`${line()}: unclosed tag`);
    const body = xml.slice(i + 1, j);
    i = j + 1;
    if (body.startsWith("/")) {
      const name = body.slice(1).trim();
      const open = stack.pop();
      if (!open || open.node.name !== name) throw new XmlSyntaxError(`${line()}: </${name}> closes <${open?.node.name ?? "nothing"}>`);
      continue;
    }
    const empty = body.endsWith("/");
    const inner = empty ? body.slice(0, -1) : body;
    const nameMatch = /^([^\s/>]+)/.exec(inner);
    if (!nameMatch) throw new XmlSyntaxError(`${line()}: a tag without a name`);
    const name = nameMatch[1];
    const raw = new Map<string, string>();
    const attrRe = /\s+([^\s=]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
    let rest = inner.slice(name.length);
    let m: RegExpExecArray | null;
    let consumed = 0;
    while ((m = attrRe.exec(rest))) {
      if (m.index !== consumed) break;
      consumed = attrRe.lastIndex;
      if (raw.has(m[1])) throw new XmlSyntaxError(`${line()}: attribute ${m[1]} twice on <${name}>`);
      const value = m[3] ?? m[4] ?? "";
      if (value.includes("<")) throw new XmlSyntaxError(`${line()}: "<" in attribute ${m[1]}`);
      raw.set(m[1], decodeEntities(value, line));
    }
    rest = rest.slice(consumed);
    if (rest.trim()) throw new XmlSyntaxError(`${line()}: cannot read the attributes of <${name}>: ${rest.trim().slice(0, 40)}`);
    const scope = new Map(stack.length ? stack[stack.length - 1].scope : [["xml", xmlNs]]);
    for (const [k, v] of raw) {
      if (k === "xmlns") scope.set("", v);
      else if (k.startsWith("xmlns:")) scope.set(k.slice(6), v);
    }
    const resolve = (qname: string, isAttr: boolean): { ns: string; local: string } => {
      const colon = qname.indexOf(":");
      if (colon < 0) return { ns: isAttr ? "" : (scope.get("") ?? ""), local: qname };
      const prefix = qname.slice(0, colon);
      const ns = scope.get(prefix);
      if (ns === undefined) throw new XmlSyntaxError(`${line()}: undeclared prefix ${prefix}: in ${qname}`);
      return { ns, local: qname.slice(colon + 1) };
    };
    const { ns, local } = resolve(name, false);
    const nsAttrs = new Map<string, string>();
    for (const [k, v] of raw) {
      if (k === "xmlns" || k.startsWith("xmlns:")) continue;
      const a = resolve(k, true);
      nsAttrs.set(a.ns ? `{${a.ns}}${a.local}` : a.local, v);
    }
    const node: XmlNode = { name, local, ns, attrs: raw, nsAttrs, children: [], text: "" };
    if (stack.length) stack[stack.length - 1].node.children.push(node);
    else if (root) throw new XmlSyntaxError(`${line()}: a second root element <${name}>`);
    else root = node;
    if (!empty) stack.push({ node, scope });
  }
  if (stack.length) throw new XmlSyntaxError(`<${stack[stack.length - 1].node.name}> is never closed`);
  if (!root) throw new XmlSyntaxError("no root element");
  return root;
}

// ---------- names, namespaces, orders ----------

export const ns = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  pkgRels: "http://schemas.openxmlformats.org/package/2006/relationships",
  contentTypes: "http://schemas.openxmlformats.org/package/2006/content-types",
  mc: "http://schemas.openxmlformats.org/markup-compatibility/2006",
} as const;

const relType = (name: string) => `http://schemas.openxmlformats.org/officeDocument/2006/relationships/${name}`;
const sml = (name: string) => `application/vnd.openxmlformats-officedocument.spreadsheetml.${name}+xml`;

/** The content types a part reached by each relationship type may have. */
const expectedTypes: ReadonlyMap<string, readonly string[]> = new Map([
  [
    relType("officeDocument"),
    [
      sml("sheet.main"),
      "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
      sml("template.main"),
      "application/vnd.ms-excel.template.macroEnabled.main+xml",
    ],
  ],
  [relType("worksheet"), [sml("worksheet")]],
  [relType("styles"), [sml("styles")]],
  [relType("sharedStrings"), [sml("sharedStrings")]],
  [relType("table"), [sml("table")]],
  [relType("calcChain"), [sml("calcChain")]],
  [relType("theme"), ["application/vnd.openxmlformats-officedocument.theme+xml"]],
  ["http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", ["application/vnd.openxmlformats-package.core-properties+xml"]],
  [relType("extended-properties"), ["application/vnd.openxmlformats-officedocument.extended-properties+xml"]],
  [relType("custom-properties"), ["application/vnd.openxmlformats-officedocument.custom-properties+xml"]],
]);

/** CT_Worksheet's sequence (ECMA-376 Part 1 transitional, sml.xsd): the order Excel requires. */
export const worksheetOrder = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];
/** Elements of CT_Worksheet that may repeat. */
const worksheetRepeats = new Set(["cols", "conditionalFormatting"]);

/** CT_Workbook's sequence (sml.xsd). */
export const workbookOrder = [
  "fileVersion",
  "fileSharing",
  "workbookPr",
  "workbookProtection",
  "bookViews",
  "sheets",
  "functionGroups",
  "externalReferences",
  "definedNames",
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
];
const workbookRepeats = new Set(["fileRecoveryPr"]);

/** CT_Stylesheet's sequence (sml.xsd). */
export const stylesheetOrder = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"];

/** Excel's limits ("Excel specifications and limits"; list literal: the data-validation dialog's 255). */
export const limits = { sheetName: 31, cellText: 32_767, formula: 8_192, listLiteral: 255, definedName: 255, rows: 1_048_576, columns: 16_384 };

/** Children of the SpreadsheetML namespace (others, e.g. mc:AlternateContent, are markup-compatibility extensions). */
const mainChildren = (node: XmlNode) => node.children.filter((c) => c.ns === node.ns);

/** The problems with the order and count of `node`'s children against a schema sequence. */
function orderProblems(node: XmlNode, order: readonly string[], repeats: ReadonlySet<string>, required: readonly string[]): string[] {
  const problems: string[] = [];
  let last = -1;
  let lastName = "";
  const seen = new Set<string>();
  for (const child of mainChildren(node)) {
    const at = order.indexOf(child.local);
    if (at < 0) {
      problems.push(`<${child.local}> is not a child of <${node.local}>`);
      continue;
    }
    if (at < last) problems.push(`<${child.local}> comes after <${lastName}>; the schema puts it before`);
    if (at === last && !repeats.has(child.local)) problems.push(`<${child.local}> twice`);
    if (at > last) {
      last = at;
      lastName = child.local;
    }
    seen.add(child.local);
  }
  for (const r of required) if (!seen.has(r)) problems.push(`no <${r}>`);
  return problems;
}

// ---------- A1 references ----------

interface Area {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** "B2" or "$B$2:$C$9" as an area inside Excel's grid, or null. */
export function parseRef(ref: string): Area | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(ref.trim());
  if (!m) return null;
  const top = Number(m[2]);
  const left = columnNumber(m[1]);
  const bottom = m[4] ? Number(m[4]) : top;
  const right = m[3] ? columnNumber(m[3]) : left;
  if (top < 1 || left < 1 || bottom > limits.rows || right > limits.columns || bottom < top || right < left) return null;
  return { top, left, bottom, right };
}

function overlaps(a: Area, b: Area): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/** Pairs of overlapping areas, each pair in document order. */
function overlapping<T extends { label: string; area: Area }>(items: readonly T[]): [T, T][] {
  const out: [number, number][] = [];
  const sorted = items.map((item, index) => ({ item, index })).sort((a, b) => a.item.area.top - b.item.area.top);
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length && sorted[j].item.area.top <= sorted[i].item.area.bottom; j++) {
      if (overlaps(sorted[i].item.area, sorted[j].item.area))
        out.push([Math.min(sorted[i].index, sorted[j].index), Math.max(sorted[i].index, sorted[j].index)]);
    }
  }
  return out.sort((a, b) => a[0] - b[0] || a[1] - b[1]).map(([a, b]) => [items[a], items[b]]);
}

/** A name Excel accepts for a defined name or a table (ECMA-376 §18.2.5, and Excel's own rules). */
export function nameProblem(name: string): string | null {
  if (name.length === 0 || name.length > limits.definedName) return `must have 1 to ${limits.definedName} characters`;
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\?]*$/u.test(name)) return "must start with a letter, _ or \\ and hold only letters, digits, _, . and \\";
  if (/^[A-Za-z]{1,3}\d+$/.test(name) && parseRef(name)) return "looks like a cell reference";
  if (/^[rRcC]$/.test(name) || /^[rR]\d*[cC]\d*$/.test(name)) return "looks like an R1C1 reference";
  return null;
}

// ---------- the package ----------

/** The parts of a package by name, parsed lazily. */
class Package {
  private readonly parsed = new Map<string, XmlNode | Error>();

  constructor(
    readonly files: ReadonlyMap<string, string>,
    readonly names: readonly string[],
  ) {}

  has(part: string): boolean {
    return this.files.has(part);
  }

  /** The part's root element, or an Error (missing or not well-formed). */
  xml(part: string): XmlNode | Error {
    const done = this.parsed.get(part);
    if (done) return done;
    const text = this.files.get(part);
    let result: XmlNode | Error;
    if (text === undefined) result = new Error("missing");
    else {
      try {
        result = parseXml(text);
      } catch (error) {
        result = error instanceof Error ? error : new Error(String(error));
      }
    }
    this.parsed.set(part, result);
    return result;
  }
}

interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

function resolveTarget(source: string, target: string): string {
  let raw = target;
  try {
    raw = decodeURI(target);
  } catch {
    // keep as written
  }
  const segments = raw.startsWith("/") ? [] : source.split("/").slice(0, -1);
  for (const s of raw.replace(/^\//, "").split("/")) {
    if (s === "..") segments.pop();
    else if (s !== "." && s !== "") segments.push(s);
  }
  return segments.join("/");
}

/**
 * Every rule this file breaks, each "part: what is wrong" (an empty list for a file Excel opens
 * without repair). With `fileName`, its extension must match the package: Excel refuses a
 * macro-enabled workbook called .xlsx and a plain one called .xlsm.
 */
export async function excelStrictnessProblems(bytes: Uint8Array, fileName?: string): Promise<string[]> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    return [`not a zip package: ${String(error)}`];
  }
  const files = new Map<string, string>();
  const names: string[] = [];
  for (const [name, entry] of Object.entries(zip.files)) {
    if (entry.dir) continue;
    names.push(name);
    // Binary parts (VBA, pictures, printer settings) are only checked for presence.
    if (/\.(xml|rels|vml)$/i.test(name)) files.set(name, await entry.async("string"));
    else files.set(name, "");
  }
  return packageProblems(new Package(files, names), fileName);
}

function packageProblems(pkg: Package, fileName: string | undefined): string[] {
  const problems: string[] = [];
  const report = (part: string, what: string) => problems.push(`${part}: ${what}`);

  // Content types: every part has one; every Override names a part that exists.
  const typesOf = new Map<string, string>();
  const types = pkg.xml("[Content_Types].xml");
  if (types instanceof Error) report("[Content_Types].xml", types.message);
  else {
    const defaults = new Map<string, string>();
    const overrides = new Map<string, string>();
    for (const c of types.children) {
      if (c.local === "Default") {
        const ext = (c.attrs.get("Extension") ?? "").toLowerCase();
        if (defaults.has(ext)) report("[Content_Types].xml", `two Defaults for .${ext}`);
        defaults.set(ext, c.attrs.get("ContentType") ?? "");
      } else if (c.local === "Override") {
        const part = (c.attrs.get("PartName") ?? "").replace(/^\//, "");
        if (overrides.has(part.toLowerCase())) report("[Content_Types].xml", `two Overrides for /${part}`);
        overrides.set(part.toLowerCase(), c.attrs.get("ContentType") ?? "");
        if (!pkg.names.some((n) => n.toLowerCase() === part.toLowerCase()))
          report("[Content_Types].xml", `Override for /${part}, which the package does not hold`);
      }
    }
    for (const name of pkg.names) {
      if (name === "[Content_Types].xml") continue;
      const type = overrides.get(name.toLowerCase()) ?? defaults.get(name.replace(/^.*\./, "").toLowerCase());
      if (!type) report(name, "no content type (neither an Override nor a Default for its extension)");
      else typesOf.set(name, type);
    }
  }

  // Relationships: well-formed, unique ids, internal targets present.
  const relsOf = new Map<string, Relationship[]>();
  for (const rels of pkg.names.filter((n) => /(^|\/)_rels\/[^/]*\.rels$/.test(n))) {
    const source = rels === "_rels/.rels" ? "" : rels.replace(/_rels\/([^/]*)\.rels$/, "$1");
    if (source && !pkg.has(source)) report(rels, `relationships of ${source}, which the package does not hold`);
    const root = pkg.xml(rels);
    if (root instanceof Error) {
      report(rels, root.message);
      continue;
    }
    const list: Relationship[] = [];
    const ids = new Set<string>();
    for (const r of root.children.filter((c) => c.local === "Relationship")) {
      const id = r.attrs.get("Id") ?? "";
      if (!/^[\p{L}_][\p{L}\p{N}_.-]*$/u.test(id)) report(rels, `relationship id "${id}" is not an XML name`);
      if (ids.has(id)) report(rels, `relationship id ${id} twice`);
      ids.add(id);
      const rel = { id, type: r.attrs.get("Type") ?? "", target: r.attrs.get("Target") ?? "", external: r.attrs.get("TargetMode") === "External" };
      if (!rel.external && !pkg.names.some((n) => n.toLowerCase() === resolveTarget(source, rel.target).toLowerCase())) {
        report(rels, `${id} points at ${resolveTarget(source, rel.target)}, which the package does not hold`);
      }
      list.push(rel);
    }
    relsOf.set(source, list);
  }
  const rels = (part: string) => relsOf.get(part) ?? [];
  for (const [source, list] of relsOf) {
    for (const r of list) {
      const allowed = expectedTypes.get(r.type);
      const target = resolveTarget(source, r.target);
      const actual = [...typesOf].find(([n]) => n.toLowerCase() === target.toLowerCase())?.[1];
      if (allowed && !r.external && actual !== undefined && !allowed.includes(actual))
        report(target, `content type ${actual}; a ${r.type.replace(/^.*\//, "")} part must be ${allowed.join(" or ")}`);
    }
  }

  const main = rels("").find((r) => r.type === relType("officeDocument"));
  if (!main) {
    report("_rels/.rels", "no officeDocument relationship");
    return problems;
  }
  const wbPath = resolveTarget("", main.target);
  if (fileName) {
    const macro = typesOf.get(wbPath)?.startsWith("application/vnd.ms-excel.") ?? false;
    const ext = fileName.replace(/^.*\./, "").toLowerCase();
    if ((ext === "xlsx" && macro) || (ext === "xlsm" && !macro)) report(wbPath, `a ${macro ? "macro-enabled" : "plain"} workbook in a file called .${ext}`);
  }
  const wb = pkg.xml(wbPath);
  if (wb instanceof Error) {
    report(wbPath, wb.message);
    return problems;
  }
  for (const p of orderProblems(wb, workbookOrder, workbookRepeats, ["sheets"])) report(wbPath, p);

  // Sheets: names Excel accepts, unique ignoring case; ids unique; each r:id a worksheet or chartsheet part.
  const sheetsNode = mainChildren(wb).find((c) => c.local === "sheets");
  const sheets = (sheetsNode ? mainChildren(sheetsNode) : []).filter((c) => c.local === "sheet");
  const wbRels = rels(wbPath);
  const sheetParts: { name: string; part: string | undefined }[] = [];
  const seenNames = new Map<string, string>();
  const seenIds = new Set<string>();
  for (const s of sheets) {
    const name = s.attrs.get("name") ?? "";
    if (name.length === 0 || name.length > limits.sheetName) report(wbPath, `sheet name "${name}" must have 1 to ${limits.sheetName} characters`);
    if (/[[\]:*?/\\]/.test(name)) report(wbPath, `sheet name "${name}" holds one of [ ] : * ? / \\`);
    if (name.startsWith("'") || name.endsWith("'")) report(wbPath, `sheet name "${name}" starts or ends with an apostrophe`);
    const folded = name.normalize("NFC").toUpperCase();
    if (seenNames.has(folded)) report(wbPath, `sheet names "${seenNames.get(folded)}" and "${name}" are the same ignoring case`);
    seenNames.set(folded, name);
    const id = s.attrs.get("sheetId") ?? "";
    if (!/^\d+$/.test(id) || Number(id) < 1) report(wbPath, `sheet "${name}" has sheetId "${id}"`);
    if (seenIds.has(id)) report(wbPath, `sheetId ${id} twice`);
    seenIds.add(id);
    const rid = s.nsAttrs.get(`{${ns.r}}id`);
    const rel = wbRels.find((r) => r.id === rid);
    if (!rel) report(wbPath, `sheet "${name}" points at relationship ${rid ?? "(none)"}, which ${relsPathOf(wbPath)} does not hold`);
    else if (
      ![
        relType("worksheet"),
        relType("chartsheet"),
        relType("dialogsheet"),
        "http://schemas.microsoft.com/office/2006/relationships/xlMacrosheet",
        "http://schemas.microsoft.com/office/2006/relationships/xlIntlMacrosheet",
      ].includes(rel.type)
    ) {
      report(wbPath, `sheet "${name}" points at a ${rel.type.replace(/^.*\//, "")} relationship`);
    }
    sheetParts.push({ name, part: rel && rel.type === relType("worksheet") && !rel.external ? resolveTarget(wbPath, rel.target) : undefined });
  }
  if (sheets.length === 0) report(wbPath, "no sheet");

  // Defined names: valid, unique per scope (ignoring case), scopes that exist.
  const namesNode = mainChildren(wb).find((c) => c.local === "definedNames");
  const scopes = new Set<string>();
  const definedNames = new Set<string>();
  for (const n of namesNode ? mainChildren(namesNode).filter((c) => c.local === "definedName") : []) {
    const name = n.attrs.get("name") ?? "";
    const local = n.attrs.get("localSheetId");
    const builtIn = /^_xlnm\.[A-Za-z_]+$/.test(name);
    const problem = builtIn ? null : nameProblem(name);
    if (problem) report(wbPath, `defined name "${name}" ${problem}`);
    if (local !== undefined && (!/^\d+$/.test(local) || Number(local) >= sheets.length))
      report(wbPath, `defined name "${name}" is scoped to sheet ${local}, which does not exist`);
    const key = `${local ?? "workbook"}|${name.toUpperCase()}`;
    if (scopes.has(key)) report(wbPath, `defined name "${name}" twice in ${local === undefined ? "the workbook" : `sheet ${local}'s scope`}`);
    scopes.add(key);
    definedNames.add(name.toUpperCase());
    if (!n.text.trim()) report(wbPath, `defined name "${name}" has no formula`);
    if (n.text.length > limits.formula) report(wbPath, `defined name "${name}" is longer than ${limits.formula} characters`);
  }

  // Styles and shared strings, for the indexes the sheets use.
  const stylesRel = wbRels.find((r) => r.type === relType("styles"));
  let cellXfCount: number | null = null;
  if (stylesRel) {
    const path = resolveTarget(wbPath, stylesRel.target);
    const styles = pkg.xml(path);
    if (styles instanceof Error) report(path, styles.message);
    else {
      for (const p of orderProblems(styles, stylesheetOrder, new Set(), [])) report(path, p);
      const section = (name: string, item: string) => {
        const s = mainChildren(styles).find((c) => c.local === name);
        return s ? mainChildren(s).filter((c) => c.local === item) : [];
      };
      const fonts = section("fonts", "font").length;
      const fills = section("fills", "fill").length;
      const borders = section("borders", "border").length;
      const styleXfs = section("cellStyleXfs", "xf").length;
      const numFmts = new Set(section("numFmts", "numFmt").map((n) => Number(n.attrs.get("numFmtId"))));
      const xfs = section("cellXfs", "xf");
      cellXfCount = xfs.length;
      if (cellXfCount === 0) report(path, "no cell format (<cellXfs> is empty)");
      const check = (kind: string, list: XmlNode[]) =>
        list.forEach((xf, i) => {
          const index = (attr: string, count: number) => {
            const v = xf.attrs.get(attr);
            if (v !== undefined && (!/^\d+$/.test(v) || Number(v) >= count)) report(path, `${kind} ${i}: ${attr}="${v}" but there are ${count}`);
          };
          index("fontId", fonts);
          index("fillId", fills);
          index("borderId", borders);
          if (kind === "cellXfs xf") index("xfId", styleXfs);
          const fmt = xf.attrs.get("numFmtId");
          if (fmt !== undefined && Number(fmt) >= 164 && !numFmts.has(Number(fmt))) report(path, `${kind} ${i}: numFmtId="${fmt}" is not defined in <numFmts>`);
        });
      check("cellStyleXfs xf", section("cellStyleXfs", "xf"));
      check("cellXfs xf", xfs);
    }
  }
  const stringsRel = wbRels.find((r) => r.type === relType("sharedStrings"));
  let sharedStrings: string[] | null = null;
  if (stringsRel) {
    const path = resolveTarget(wbPath, stringsRel.target);
    const sst = pkg.xml(path);
    if (sst instanceof Error) report(path, sst.message);
    else {
      sharedStrings = mainChildren(sst)
        .filter((c) => c.local === "si")
        .map((si) => {
          const parts: string[] = [];
          const walk = (n: XmlNode) => (n.local === "t" ? parts.push(n.text) : n.local === "rPh" ? undefined : n.children.forEach(walk));
          si.children.forEach(walk);
          return parts.join("");
        });
      sharedStrings.forEach((s, i) => {
        if (s.length > limits.cellText) report(path, `string ${i} has ${s.length} characters (Excel holds ${limits.cellText} in a cell)`);
      });
    }
  }

  // Worksheets, and the tables of the whole workbook.
  const tableNames = new Map<string, string>();
  const tableIds = new Set<string>();
  for (const { name, part } of sheetParts) {
    if (!part) continue;
    const ws = pkg.xml(part);
    if (ws instanceof Error) {
      report(part, ws.message);
      continue;
    }
    const where = `${part} ("${name}")`;
    for (const p of worksheetProblems(ws, { cellXfCount, sharedStrings })) report(where, p);
    if (ws.local !== "worksheet") continue;
    const merges = mergeAreas(ws);
    const sheetRels = rels(part);
    // Every r:id in the sheet resolves in its relationships.
    const walkIds = (n: XmlNode) => {
      for (const [k, v] of n.nsAttrs)
        if (k.startsWith(`{${ns.r}}`) && !sheetRels.some((r) => r.id === v))
          report(where, `<${n.local} r:${k.replace(/^\{[^}]*\}/, "")}="${v}"> names no relationship of the sheet`);
      n.children.forEach(walkIds);
    };
    mainChildren(ws)
      .filter((c) => c.local !== "sheetData")
      .forEach(walkIds);
    // Tables: valid and unique names and ids, ranges over no merge and no other table.
    const tables: { label: string; area: Area }[] = [];
    const tablePartsNode = mainChildren(ws).find((c) => c.local === "tableParts");
    for (const tp of tablePartsNode ? mainChildren(tablePartsNode) : []) {
      const rel = sheetRels.find((r) => r.id === tp.nsAttrs.get(`{${ns.r}}id`));
      if (!rel || rel.type !== relType("table")) continue;
      const tablePath = resolveTarget(part, rel.target);
      const table = pkg.xml(tablePath);
      if (table instanceof Error) {
        report(tablePath, table.message);
        continue;
      }
      const tname = table.attrs.get("name") ?? "";
      const display = table.attrs.get("displayName") ?? "";
      for (const [what, value] of [
        ["name", tname],
        ["displayName", display],
      ] as const) {
        const problem = nameProblem(value);
        if (problem) report(tablePath, `table ${what} "${value}" ${problem}`);
      }
      if (tableNames.has(display.toUpperCase())) report(tablePath, `table name "${display}" is also the name of ${tableNames.get(display.toUpperCase())}`);
      if (definedNames.has(display.toUpperCase())) report(tablePath, `table name "${display}" is also a defined name`);
      tableNames.set(display.toUpperCase(), tablePath);
      const id = table.attrs.get("id") ?? "";
      if (!/^\d+$/.test(id) || Number(id) < 1) report(tablePath, `table id "${id}"`);
      if (tableIds.has(id)) report(tablePath, `table id ${id} twice in the workbook`);
      tableIds.add(id);
      const area = parseRef(table.attrs.get("ref") ?? "");
      if (!area) {
        report(tablePath, `table range "${table.attrs.get("ref") ?? ""}" is not a range`);
        continue;
      }
      tables.push({ label: `table ${display} ${table.attrs.get("ref")}`, area });
      for (const m of merges) if (overlaps(m.area, area)) report(where, `table ${display} ${table.attrs.get("ref")} covers ${m.label}`);
      const columnsNode = mainChildren(table).find((c) => c.local === "tableColumns");
      const columns = columnsNode ? mainChildren(columnsNode).filter((c) => c.local === "tableColumn") : [];
      if (columns.length !== area.right - area.left + 1)
        report(tablePath, `${columns.length} table columns for a range ${area.right - area.left + 1} columns wide`);
      const seenColumns = new Set<string>();
      columns.forEach((c) => {
        const cname = c.attrs.get("name") ?? "";
        if (!cname) report(tablePath, "a table column without a name");
        if (seenColumns.has(cname.toUpperCase())) report(tablePath, `table column "${cname}" twice`);
        seenColumns.add(cname.toUpperCase());
      });
      // Excel repairs a table whose header cells differ from its column names.
      if (table.attrs.get("headerRowCount") !== "0") {
        const header = rowTexts(ws, area.top, sharedStrings);
        columns.forEach((c, i) => {
          const text = header.get(area.left + i);
          if (text !== undefined && text !== (c.attrs.get("name") ?? ""))
            report(tablePath, `column ${i + 1} is named "${c.attrs.get("name")}" but its header cell holds "${text}"`);
        });
      }
      const filter = mainChildren(table).find((c) => c.local === "autoFilter");
      const filterArea = filter ? parseRef(filter.attrs.get("ref") ?? "") : null;
      if (
        filter &&
        (!filterArea || filterArea.top < area.top || filterArea.bottom > area.bottom || filterArea.left < area.left || filterArea.right > area.right)
      ) {
        report(tablePath, `filter range "${filter.attrs.get("ref")}" outside the table`);
      }
    }
    for (const [a, b] of overlapping(tables)) report(where, `${a.label} overlaps ${b.label}`);
  }
  return problems;
}

function mergeAreas(ws: XmlNode): { label: string; area: Area }[] {
  const node = mainChildren(ws).find((c) => c.local === "mergeCells");
  return (node ? mainChildren(node) : []).flatMap((m) => {
    const ref = m.attrs.get("ref") ?? "";
    const area = parseRef(ref);
    return area ? [{ label: `merged range ${ref}`, area }] : [];
  });
}

/** Text of the cells of one row (shared, inline and formula strings), by column. */
function rowTexts(ws: XmlNode, rowNumber: number, sharedStrings: readonly string[] | null): Map<number, string> {
  const out = new Map<number, string>();
  const data = mainChildren(ws).find((c) => c.local === "sheetData");
  const row = data ? mainChildren(data).find((r) => Number(r.attrs.get("r")) === rowNumber) : undefined;
  for (const c of row ? mainChildren(row).filter((x) => x.local === "c") : []) {
    const area = parseRef(c.attrs.get("r") ?? "");
    if (!area) continue;
    const v = mainChildren(c).find((x) => x.local === "v")?.text;
    const t = c.attrs.get("t");
    if (t === "s" && v !== undefined) out.set(area.left, sharedStrings?.[Number(v)] ?? "");
    else if (t === "inlineStr") out.set(area.left, inlineText(c));
    else if (v !== undefined) out.set(area.left, v);
  }
  return out;
}

function inlineText(c: XmlNode): string {
  const parts: string[] = [];
  const walk = (n: XmlNode) => (n.local === "t" ? parts.push(n.text) : n.local === "rPh" ? undefined : n.children.forEach(walk));
  mainChildren(c)
    .filter((x) => x.local === "is")
    .forEach(walk);
  return parts.join("");
}

/** A finite number as SpreadsheetML writes one (xsd:double without INF and NaN). */
const finiteNumber = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/** The rules of one worksheet part (order, merges, validations, cells). */
function worksheetProblems(ws: XmlNode, context: { cellXfCount: number | null; sharedStrings: readonly string[] | null }): string[] {
  if (ws.local !== "worksheet") return ws.local === "chartsheet" || ws.local === "dialogsheet" ? [] : [`root element <${ws.local}>, not <worksheet>`];
  const problems = orderProblems(ws, worksheetOrder, worksheetRepeats, ["sheetData"]);
  const children = mainChildren(ws);

  // Merged ranges: valid, never overlapping.
  const mergesNode = children.find((c) => c.local === "mergeCells");
  for (const m of mergesNode ? mainChildren(mergesNode) : []) {
    const ref = m.attrs.get("ref") ?? "";
    const area = parseRef(ref);
    if (!area || (area.top === area.bottom && area.left === area.right)) problems.push(`merged range "${ref}" is not a range of two or more cells`);
  }
  for (const [a, b] of overlapping(mergeAreas(ws))) problems.push(`${a.label} overlaps ${b.label}`);

  // Data validations: one rule per cell, short literal lists.
  const dvNode = children.find((c) => c.local === "dataValidations");
  const rules: { label: string; area: Area }[] = [];
  for (const dv of dvNode ? mainChildren(dvNode).filter((c) => c.local === "dataValidation") : []) {
    const sqref = dv.attrs.get("sqref") ?? "";
    const refs = sqref.split(/\s+/).filter(Boolean);
    if (refs.length === 0) problems.push("a data validation without sqref");
    const own: Area[] = [];
    for (const ref of refs) {
      const area = parseRef(ref);
      if (!area) problems.push(`data validation sqref "${sqref}" holds "${ref}", not a range`);
      else {
        if (own.some((o) => overlaps(o, area))) problems.push(`data validation "${sqref}" lists overlapping ranges`);
        own.push(area);
        rules.push({ label: `data validation ${ref} (sqref "${sqref}")`, area });
      }
    }
    const formula1 = mainChildren(dv).find((c) => c.local === "formula1")?.text;
    if (dv.attrs.get("type") === "list") {
      if (formula1 === undefined || formula1 === "") problems.push(`list validation ${sqref} without formula1`);
      else if (formula1.startsWith('"')) {
        const literal = formula1.slice(1, -1);
        if (!formula1.endsWith('"') || formula1.length < 2) problems.push(`list validation ${sqref}: unterminated literal ${formula1.slice(0, 40)}`);
        if (literal.length > limits.listLiteral)
          problems.push(`list validation ${sqref}: literal list of ${literal.length} characters (Excel allows ${limits.listLiteral})`);
      }
    }
    for (const f of mainChildren(dv).filter((c) => c.local === "formula1" || c.local === "formula2")) {
      if (f.text.length > limits.formula) problems.push(`validation ${sqref}: ${f.local} longer than ${limits.formula} characters`);
    }
  }
  for (const [a, b] of overlapping(rules)) problems.push(`${a.label} overlaps ${b.label}`);

  // Columns: ascending, not overlapping, styles in range.
  let lastMax = 0;
  for (const col of children.filter((c) => c.local === "cols").flatMap((c) => mainChildren(c))) {
    const min = Number(col.attrs.get("min"));
    const max = Number(col.attrs.get("max"));
    if (!(min >= 1 && max >= min && max <= limits.columns)) problems.push(`<col min="${col.attrs.get("min")}" max="${col.attrs.get("max")}">`);
    else if (min <= lastMax) problems.push(`<col min="${min}"> overlaps or precedes the column before it (max ${lastMax})`);
    lastMax = Math.max(lastMax, max);
    const style = col.attrs.get("style");
    if (style !== undefined && context.cellXfCount !== null && Number(style) >= context.cellXfCount)
      problems.push(`<col min="${min}"> style="${style}" but there are ${context.cellXfCount} cell formats`);
  }

  // Rows and cells: ascending, within the grid, indexes in range, values Excel holds.
  const data = children.find((c) => c.local === "sheetData");
  let lastRow = 0;
  for (const row of data ? mainChildren(data).filter((c) => c.local === "row") : []) {
    const r = row.attrs.get("r");
    const rowNumber = r === undefined ? lastRow + 1 : Number(r);
    if (!Number.isInteger(rowNumber) || rowNumber < 1 || rowNumber > limits.rows) problems.push(`row r="${r}"`);
    else if (rowNumber <= lastRow) problems.push(`row ${rowNumber} after row ${lastRow}: rows must ascend`);
    lastRow = rowNumber;
    const rowStyle = row.attrs.get("s");
    if (rowStyle !== undefined && context.cellXfCount !== null && Number(rowStyle) >= context.cellXfCount)
      problems.push(`row ${rowNumber}: s="${rowStyle}" but there are ${context.cellXfCount} cell formats`);
    let lastColumn = 0;
    for (const c of mainChildren(row).filter((x) => x.local === "c")) {
      const ref = c.attrs.get("r");
      const area = ref === undefined ? { top: rowNumber, left: lastColumn + 1, bottom: rowNumber, right: lastColumn + 1 } : parseRef(ref);
      const at = ref ?? `row ${rowNumber} cell ${lastColumn + 1}`;
      if (!area || area.top !== area.bottom || area.left !== area.right) {
        problems.push(`cell r="${ref}" is not one cell`);
        continue;
      }
      if (area.top !== rowNumber) problems.push(`cell ${at} inside row ${rowNumber}`);
      if (area.left <= lastColumn) problems.push(`cell ${at} after column ${lastColumn}: cells must ascend`);
      lastColumn = area.left;
      const s = c.attrs.get("s");
      if (s !== undefined && context.cellXfCount !== null && (!/^\d+$/.test(s) || Number(s) >= context.cellXfCount))
        problems.push(`cell ${at}: s="${s}" but there are ${context.cellXfCount} cell formats`);
      const t = c.attrs.get("t") ?? "n";
      const v = mainChildren(c).find((x) => x.local === "v")?.text;
      const f = mainChildren(c).find((x) => x.local === "f");
      const cellOrder = mainChildren(c).map((x) => ["f", "v", "is", "extLst"].indexOf(x.local));
      if (cellOrder.some((n, i) => n < 0 || (i > 0 && n <= cellOrder[i - 1])))
        problems.push(
          `cell ${at}: children ${mainChildren(c)
            .map((x) => x.local)
            .join(", ")} out of order (f, v, is, extLst)`,
        );
      if (f && f.text.length > limits.formula) problems.push(`cell ${at}: formula of ${f.text.length} characters (Excel allows ${limits.formula})`);
      switch (t) {
        case "n":
          if (v !== undefined && !finiteNumber.test(v.trim())) problems.push(`cell ${at}: number "${v}" (NaN, Infinity or not a number)`);
          break;
        case "s":
          if (v === undefined || !/^\d+$/.test(v.trim())) problems.push(`cell ${at}: shared string index "${v ?? ""}"`);
          else if (context.sharedStrings === null) problems.push(`cell ${at}: a shared string, but the workbook has no shared-string table`);
          else if (Number(v) >= context.sharedStrings.length) problems.push(`cell ${at}: shared string ${v} but the table has ${context.sharedStrings.length}`);
          break;
        case "str":
        case "e":
          if (v !== undefined && v.length > limits.cellText) problems.push(`cell ${at}: text of ${v.length} characters (Excel holds ${limits.cellText})`);
          break;
        case "inlineStr": {
          const text = inlineText(c);
          if (text.length > limits.cellText) problems.push(`cell ${at}: text of ${text.length} characters (Excel holds ${limits.cellText})`);
          break;
        }
        case "b":
          if (v !== undefined && !/^[01]$/.test(v.trim())) problems.push(`cell ${at}: boolean "${v}"`);
          break;
        default:
          problems.push(`cell ${at}: type t="${t}"`);
      }
    }
  }
  return problems;
}

/** Jest-friendly form: the problems, prefixed with what the file is, so a failure names it. */
export async function strictnessReport(label: string, bytes: Uint8Array): Promise<{ file: string; problems: string[] }> {
  return { file: label, problems: await excelStrictnessProblems(bytes) };
}
