/**
 * Styles of transplanted sheets, appended to the user's styles.xml. Every font, fill, border,
 * number format and cell format the user's file already has keeps its index (their sheets point
 * at them by number); ours are added at the end, or reuse an identical entry, so running a
 * command again does not make the list grow.
 */
import { PackageError } from "./package";
import { applySplices, childElements, firstChild, prefixOf, rootElement, withAttributes, type Splice, type XmlElement } from "./xml";

/** Schema order of the stylesheet's sections (CT_Stylesheet). */
const sectionOrder = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"];

/** The merged styles part and where each of the scratch workbook's cell formats landed. */
export interface MergedStyles {
  readonly xml: string;
  /** Scratch cellXfs index → index in the merged part. */
  readonly cellXf: (scratchIndex: number) => number;
}

interface Section {
  readonly element: XmlElement | undefined;
  readonly items: readonly string[];
}

function section(xml: string, root: XmlElement, name: string, item: string): Section {
  const element = firstChild(xml, root, name);
  if (!element) return { element, items: [] };
  return { element, items: childElements(xml, element, item).map((e) => xml.slice(e.start, e.end)) };
}

/** A start tag's attribute, rewritten through a map. */
function remapAttr(itemXml: string, attr: string, map: (n: number) => number): string {
  return itemXml.replace(new RegExp(`^(<[^>]*?\\s${attr}=")(\\d+)(")`), (_, a: string, n: string, b: string) => `${a}${map(Number(n))}${b}`);
}

/**
 * Appends the scratch workbook's styles to the user's. `target` undefined: the user's file has no
 * styles part, and the scratch one is used as it is. A user's styles part that is not XML is a
 * damaged file: PackageError "damaged" naming `targetPart` ("xl/styles.xml"), which the CLI and the
 * pane tell the user in Vietnamese.
 */
export function mergeStyles(target: string | undefined, scratch: string, targetPart: string): MergedStyles {
  if (target === undefined) return { xml: scratch, cellXf: (n) => n };
  const troot = rootElement(target);
  if (!troot) throw new PackageError("damaged", targetPart);
  const sroot = rootElement(scratch);
  // exceljs wrote the scratch part from our own spec: unreadable, it is a bug of ours, not the user's file.
  if (!sroot) throw new Error("unreadable scratch styles part");
  const prefix = prefixOf(troot);

  const sDxfs = section(scratch, sroot, "dxfs", "dxf");
  // Conditional formats would need their dxfId remapped in the sheet; the sheet model has none, so
  // differential formats in the scratch part are a change of ours that needs code here.
  if (sDxfs.items.length > 0) throw new Error("differential formats are not transplanted");

  const splices: Splice[] = [];
  /** Appends `added` items to a target section (created in schema order when missing). */
  const append = (name: string, existing: Section, added: readonly string[], extraAttrs = ""): void => {
    if (added.length === 0) return;
    const body = added.map((x) => (prefix ? x.replace(/<(\/?)(?!\w+:)/g, `<$1${prefix}`) : x)).join("");
    const count = existing.items.length + added.length;
    if (existing.element) {
      const e = existing.element;
      const open = withAttributes(target, e, { count: String(count) });
      if (e.selfClosing) splices.push({ start: e.start, end: e.end, text: `${open.replace(/\s*\/>$/, ">")}${body}</${e.name}>` });
      else {
        splices.push({ start: e.start, end: e.openEnd, text: open });
        splices.push({ start: e.closeStart, end: e.closeStart, text: body });
      }
      return;
    }
    // A missing section goes before the first later section the file has.
    const later = sectionOrder.slice(sectionOrder.indexOf(name) + 1);
    const children = later.map((n) => firstChild(target, troot, n)).filter((e): e is XmlElement => e !== undefined);
    const at = children.length ? Math.min(...children.map((e) => e.start)) : troot.closeStart;
    splices.push({ start: at, end: at, text: `<${prefix}${name} count="${count}"${extraAttrs}>${body}</${prefix}${name}>` });
  };

  /** Scratch items mapped onto the target's: identical ones reused, others appended. */
  const mergeList = (name: string, item: string, keepFirst: boolean, rewrite: (x: string) => string = (x) => x) => {
    const t = section(target, troot, name, item);
    const s = section(scratch, sroot, name, item);
    const map: number[] = [];
    const added: string[] = [];
    const known = new Map(t.items.map((x, i) => [x, i] as const));
    s.items.forEach((raw, i) => {
      if (keepFirst && i === 0 && t.items.length > 0) {
        map.push(0);
        return;
      }
      const x = rewrite(raw);
      const hit = known.get(x);
      if (hit !== undefined) map.push(hit);
      else {
        const index = t.items.length + added.length;
        added.push(x);
        known.set(x, index);
        map.push(index);
      }
    });
    append(name, t, added);
    return (n: number) => map[n] ?? 0;
  };

  // Number formats: built-in ids (below 164) are the same everywhere; custom ones by format code.
  const tNum = section(target, troot, "numFmts", "numFmt");
  const sNum = section(scratch, sroot, "numFmts", "numFmt");
  const codeOf = (x: string) => /formatCode="([^"]*)"/.exec(x)?.[1] ?? "";
  const idOf = (x: string) => Number(/numFmtId="(\d+)"/.exec(x)?.[1] ?? "0");
  const byCode = new Map(tNum.items.map((x) => [codeOf(x), idOf(x)] as const));
  let nextId = Math.max(163, ...tNum.items.map(idOf)) + 1;
  const numMap = new Map<number, number>();
  const newNums: string[] = [];
  for (const x of sNum.items) {
    const code = codeOf(x);
    let id = byCode.get(code);
    if (id === undefined) {
      id = nextId++;
      byCode.set(code, id);
      newNums.push(`<numFmt numFmtId="${id}" formatCode="${code}"/>`);
    }
    numMap.set(idOf(x), id);
  }
  append("numFmts", tNum, newNums);

  const font = mergeList("fonts", "font", true);
  const fill = mergeList("fills", "fill", false);
  const border = mergeList("borders", "border", false);
  const xf = mergeList("cellXfs", "xf", true, (x) => {
    let out = remapAttr(x, "numFmtId", (n) => (n < 164 ? n : (numMap.get(n) ?? 0)));
    out = remapAttr(out, "fontId", font);
    out = remapAttr(out, "fillId", fill);
    out = remapAttr(out, "borderId", border);
    return remapAttr(out, "xfId", () => 0);
  });
  return { xml: applySplices(target, splices), cellXf: xf };
}
