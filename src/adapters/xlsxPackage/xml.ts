/**
 * Just enough XML for editing OOXML parts in place: find elements by local name (whatever
 * namespace prefix the producer chose), read their attributes, and splice text at known offsets.
 * Everything outside the spliced ranges is kept byte for byte, which a parse-and-serialise
 * round trip would not do.
 */
import { unescapeXml } from "../../core/grid/xlsxXml";

/** One element of a part: its offsets in the text and its attributes (entities decoded). */
export interface XmlElement {
  /** Qualified name as written ("x:sheet" or "sheet"). */
  readonly name: string;
  /** Name without its prefix. */
  readonly local: string;
  /** Offset of "<" of the start tag. */
  readonly start: number;
  /** Offset just after the start tag's ">". */
  readonly openEnd: number;
  /** Offset of "</" of the end tag (= openEnd for an empty element). */
  readonly closeStart: number;
  /** Offset just after the element. */
  readonly end: number;
  readonly selfClosing: boolean;
  readonly attrs: Readonly<Record<string, string>>;
}

interface Tag {
  readonly kind: "open" | "close" | "empty";
  readonly name: string;
  readonly start: number;
  readonly end: number;
  readonly attrText: string;
}

function localName(name: string): string {
  const i = name.indexOf(":");
  return i < 0 ? name : name.slice(i + 1);
}

/** Tags in order, skipping comments, CDATA, processing instructions and declarations. */
function* tags(xml: string, from: number, to: number): Generator<Tag> {
  let i = from;
  while (i < to) {
    const lt = xml.indexOf("<", i);
    if (lt < 0 || lt >= to) return;
    if (xml.startsWith("<!--", lt)) {
      i = xml.indexOf("-->", lt) + 3;
      if (i < 3) return;
      continue;
    }
    if (xml.startsWith("<![CDATA[", lt)) {
      i = xml.indexOf("]]>", lt) + 3;
      if (i < 3) return;
      continue;
    }
    if (xml[lt + 1] === "?" || xml[lt + 1] === "!") {
      i = xml.indexOf(">", lt) + 1;
      if (i < 1) return;
      continue;
    }
    // The tag ends at the first ">" outside quotes.
    let j = lt + 1;
    let quote = "";
    for (; j < xml.length; j++) {
      const ch = xml[j];
      if (quote) {
        if (ch === quote) quote = "";
      } else if (ch === '"' || ch === "'") quote = ch;
      else if (ch === ">") break;
    }
    if (j >= xml.length) return;
    const body = xml.slice(lt + 1, j);
    if (body.startsWith("/")) {
      yield { kind: "close", name: body.slice(1).trim(), start: lt, end: j + 1, attrText: "" };
    } else {
      const empty = body.endsWith("/");
      const inner = empty ? body.slice(0, -1) : body;
      const m = /^([^\s/>]+)/.exec(inner);
      const name = m ? m[1] : "";
      yield { kind: empty ? "empty" : "open", name, start: lt, end: j + 1, attrText: inner.slice(name.length) };
    }
    i = j + 1;
  }
}

/**
 * Decodes the five predefined entities and character references: core's one XML decoder
 * (a reference past U+10FFFF, which no well-formed part holds, becomes nothing instead of a RangeError).
 */
export const decodeXml = unescapeXml;

/** Escapes text for an attribute value or element content. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function parseAttrs(text: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of text.matchAll(/([^\s=/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) attrs[m[1]] = decodeXml(m[2] ?? m[3] ?? "");
  return attrs;
}

/** A range of the text to search: a whole part, or an element's content. */
export interface XmlRange {
  readonly openEnd: number;
  readonly closeStart: number;
}

export function wholeText(xml: string): XmlRange {
  return { openEnd: 0, closeStart: xml.length };
}

/**
 * Elements in `range`: the direct children when `deep` is false, every element otherwise, in
 * document order. Malformed nesting stops the scan rather than guessing.
 */
export function elementsIn(xml: string, range: XmlRange, deep = false): XmlElement[] {
  const found: XmlElement[] = [];
  const stack: { tag: Tag; depth: number }[] = [];
  let depth = 0;
  for (const tag of tags(xml, range.openEnd, range.closeStart)) {
    if (tag.kind === "close") {
      const open = stack.pop();
      if (!open || open.tag.name !== tag.name) return found;
      depth--;
      if (deep || open.depth === 0) {
        found.push({
          name: open.tag.name,
          local: localName(open.tag.name),
          start: open.tag.start,
          openEnd: open.tag.end,
          closeStart: tag.start,
          end: tag.end,
          selfClosing: false,
          attrs: parseAttrs(open.tag.attrText),
        });
      }
      continue;
    }
    if (tag.kind === "empty") {
      if (deep || depth === 0) {
        found.push({
          name: tag.name,
          local: localName(tag.name),
          start: tag.start,
          openEnd: tag.end,
          closeStart: tag.end,
          end: tag.end,
          selfClosing: true,
          attrs: parseAttrs(tag.attrText),
        });
      }
      continue;
    }
    stack.push({ tag, depth });
    depth++;
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Direct children of `range` with the given local name. */
export function childElements(xml: string, range: XmlRange, local: string): XmlElement[] {
  return elementsIn(xml, range).filter((e) => e.local === local);
}

/** The part's root element. */
export function rootElement(xml: string): XmlElement | undefined {
  return elementsIn(xml, wholeText(xml))[0];
}

/** The first direct child with the given local name. */
export function firstChild(xml: string, range: XmlRange, local: string): XmlElement | undefined {
  return childElements(xml, range, local)[0];
}

/** The namespace prefix ("" for the default namespace) of an element, to write siblings alike. */
export function prefixOf(element: XmlElement): string {
  const i = element.name.indexOf(":");
  return i < 0 ? "" : element.name.slice(0, i + 1);
}

/** One text edit: replace [start, end) with text. */
export interface Splice {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Applies non-overlapping edits (any order). */
export function applySplices(xml: string, splices: readonly Splice[]): string {
  const sorted = [...splices].sort((a, b) => b.start - a.start || b.end - a.end);
  let out = xml;
  for (const s of sorted) out = out.slice(0, s.start) + s.text + out.slice(s.end);
  return out;
}

/**
 * The start tag of `element` with attributes set (value) or removed (null); other attributes
 * keep their text and order.
 */
export function withAttributes(xml: string, element: XmlElement, changes: Readonly<Record<string, string | null>>): string {
  let tag = xml.slice(element.start, element.openEnd);
  for (const [name, value] of Object.entries(changes)) {
    const re = new RegExp(`\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*(?:"[^"]*"|'[^']*')`);
    if (re.test(tag)) tag = tag.replace(re, value === null ? "" : ` ${name}="${escapeXml(value)}"`);
    else if (value !== null) tag = tag.replace(/\s*(\/?>)$/, ` ${name}="${escapeXml(value)}"$1`);
  }
  return tag;
}

/** The namespace prefix bound to `uri` on an element ("r:"), "" for the default, null when unbound. */
export function prefixFor(xml: string, element: XmlElement, uri: string): string | null {
  for (const [name, value] of Object.entries(element.attrs)) {
    if (value !== uri) continue;
    if (name === "xmlns") return "";
    if (name.startsWith("xmlns:")) return `${name.slice(6)}:`;
  }
  return null;
}
