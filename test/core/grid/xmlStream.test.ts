import fc from "fast-check";
import { xmlTokenizer } from "../../../src/core/grid/xmlStream";

/**
 * The incremental tokenizer against a plain one written for clarity (whole text, one character
 * at a time): for any document of tags with either quote (values holding ">" and the other quote),
 * comments, CDATA, processing instructions and text, cut into chunks anywhere, both give the same
 * tokens. Text pieces are joined, since a text node may come in several pieces.
 */
type Token = string;

/** CDATA text with each character marked, so that pieces of one section join as the whole would. */
const marked = (t: string) => t.replace(/[^]/g, "\u0001$&");

function tokens(chunks: readonly string[]): Token[] {
  const out: Token[] = [];
  const text = (t: string) => {
    if (out.length > 0 && out[out.length - 1].startsWith("T:")) out[out.length - 1] += t;
    else out.push(`T:${t}`);
  };
  const tokenizer = xmlTokenizer({
    open: (name, tag, selfClosing) => out.push(`O:${name}|${tag}|${selfClosing}`),
    close: (name) => out.push(`C:${name}`),
    text: (raw, cdata) => (raw.length ? text(cdata ? marked(raw) : raw) : undefined),
  });
  for (const c of chunks) tokenizer.push(c);
  tokenizer.end();
  return out;
}

/** The reference: the same grammar, read character by character from the whole text. */
function referenceTokens(xml: string): Token[] {
  const out: Token[] = [];
  const text = (t: string) => {
    if (!t.length) return;
    if (out.length > 0 && out[out.length - 1].startsWith("T:")) out[out.length - 1] += t;
    else out.push(`T:${t}`);
  };
  let i = 0;
  while (i < xml.length) {
    const lt = xml.indexOf("<", i);
    if (lt < 0) {
      text(xml.slice(i));
      break;
    }
    text(xml.slice(i, lt));
    if (xml.startsWith("<!--", lt)) {
      const e = xml.indexOf("-->", lt + 4);
      i = e < 0 ? xml.length : e + 3;
    } else if (xml.startsWith("<![CDATA[", lt)) {
      const e = xml.indexOf("]]>", lt + 9);
      text(marked(xml.slice(lt + 9, e < 0 ? xml.length : e)));
      i = e < 0 ? xml.length : e + 3;
    } else if (xml.startsWith("<?", lt)) {
      const e = xml.indexOf("?>", lt + 2);
      i = e < 0 ? xml.length : e + 2;
    } else {
      let quote = "";
      let j = lt + 1;
      for (; j < xml.length; j++) {
        const c = xml[j];
        if (quote) {
          if (c === quote) quote = "";
        } else if (c === '"' || c === "'") quote = c;
        else if (c === ">") break;
      }
      if (j >= xml.length) break; // an unfinished tag at the end is dropped
      const tag = xml.slice(lt, j + 1);
      if (tag[1] === "/") out.push(`C:${tag.slice(2, -1).split(/[\s/>]/)[0]}`);
      else out.push(`O:${tag.slice(1).split(/[\s/>]/)[0]}|${tag}|${tag[tag.length - 2] === "/"}`);
      i = j + 1;
    }
  }
  return out;
}

const name = fc.constantFrom("c", "x:c", "row", "v", "t", "is", "sheetData");
const value = fc.stringMatching(/^[a-z0-9 >/<=]{0,6}$/);
const attribute = fc
  .tuple(fc.constantFrom("r", "t", "s", "x:r"), value, fc.constantFrom('"', "'"))
  .map(([n, v, q]) => ` ${n}=${q}${v.replace(new RegExp(q, "g"), "")}${q === '"' ? "'" : '"'}${q}`);
const piece = fc.oneof(
  fc.tuple(name, fc.array(attribute, { maxLength: 3 }), fc.boolean()).map(([n, attrs, self]) => `<${n}${attrs.join("")}${self ? "/" : ""}>`),
  name.map((n) => `</${n}>`),
  fc.stringMatching(/^[a-zà-ỹ &;0-9]{0,8}$/),
  fc.stringMatching(/^[a-z<>"' -]{0,8}$/).map((t) => `<!--${t.replace(/--/g, "")}-->`),
  fc.stringMatching(/^[a-z<>"' ]{0,8}$/).map((t) => `<![CDATA[${t}]]>`),
  fc.constant('<?xml version="1.0"?>'),
);

/** Cuts `text` at the given offsets (sorted, within the text). */
function cut(text: string, offsets: readonly number[]): string[] {
  const at = [...new Set(offsets.map((o) => o % (text.length + 1)))].sort((a, b) => a - b);
  const out: string[] = [];
  let from = 0;
  for (const o of at) {
    out.push(text.slice(from, o));
    from = o;
  }
  out.push(text.slice(from));
  return out;
}

describe("xmlTokenizer", () => {
  it("reads quoted values holding '>' and the other quote, in either quote", () => {
    expect(tokens([`<c r="A>1" t='s"x'><v>1</v></c>`])).toEqual([`O:c|<c r="A>1" t='s"x'>|false`, "O:v|<v>|false", "T:1", "C:v", "C:c"]);
  });

  it("resumes a tag cut inside a quoted value, whatever the cut", () => {
    const xml = `<row r="2"><c r="B2" t='a>b'/></row>`;
    for (let k = 0; k <= xml.length; k++) expect([k, tokens([xml.slice(0, k), xml.slice(k)])]).toEqual([k, referenceTokens(xml)]);
  });

  it("gives the plain reader's tokens for any document and any chunking", () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.array(fc.nat(), { maxLength: 8 }), (pieces, offsets) => {
        const xml = pieces.join("");
        expect(tokens(cut(xml, offsets))).toEqual(referenceTokens(xml));
      }),
      { numRuns: 3000 },
    );
  });
});
