/**
 * A small incremental XML tokenizer for the package readers: text arrives in chunks of any size
 * and comes out as start tags, end tags and text, with comments, processing instructions and
 * declarations skipped and CDATA given as text. Attribute values may use either quote and may
 * hold ">" (XML 1.0 §2.3, §3.1). A token split across chunks is resumed where the search stopped,
 * so a huge comment, CDATA section or text never makes the scan quadratic. Entities are left to
 * the consumer (`unescapeXml`); a document type's internal subset is skipped and its entities are
 * never expanded (no "billion laughs").
 */

/** Receives the tokens in document order. */
export interface XmlTokenHandler {
  /** A start tag: its qualified name and whole text ("<x:c r=\"A1\">"); `selfClosing` for "<…/>". */
  open(name: string, tag: string, selfClosing: boolean): void;
  /** An end tag. */
  close(name: string): void;
  /** Character data, raw (entities not decoded) unless `cdata`; one text node may come in several pieces. */
  text(raw: string, cdata: boolean): void;
  /**
   * Optional fast path: at a "<" that starts a start tag, the consumer may read a whole element
   * from `s` itself (a common, simple shape it recognises) and return the offset just after it;
   * -1 leaves the element to the tokens. What it reads must be exactly what the tokens would have
   * told it. An element cut by the chunk's end is never complete here, so it falls back.
   */
  element?(s: string, at: number): number;
}

/** Feeds a document in chunks; `stop()` ends the scan early (the rest is ignored). */
export interface XmlTokenizer {
  push(chunk: string): void;
  end(): void;
  stop(): void;
  readonly stopped: boolean;
}

const TEXT = 0;
const TAG = 1;
const COMMENT = 2;
const CDATA = 3;
const PI = 4;
const DECL = 5;

/** The name of a start tag: from after "<" to the first space, "/" or ">". */
function tagName(tag: string, from: number): string {
  let j = from;
  for (; j < tag.length; j++) {
    const c = tag.charCodeAt(j);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 47 || c === 62) break;
  }
  return tag.slice(from, j);
}

/** A tokenizer calling `handler` for each token. */
export function xmlTokenizer(handler: XmlTokenHandler): XmlTokenizer {
  let mode = TEXT;
  let carry = "";
  let tagParts: string[] = [];
  let quote = 0;
  let declDepth = 0;
  let stopped = false;
  const fast = handler.element?.bind(handler);

  const emitTag = (tag: string) => {
    if (tag.charCodeAt(1) === 47) {
      handler.close(tagName(tag, 2).trim());
      return;
    }
    handler.open(tagName(tag, 1), tag, tag.charCodeAt(tag.length - 2) === 47);
  };

  const run = (chunk: string, final: boolean) => {
    const s = carry.length ? carry + chunk : chunk;
    carry = "";
    const n = s.length;
    let i = 0;
    let tagStart = mode === TAG ? 0 : -1;
    // Where the next '"' and "'" are at or after the last search's start (-1: none in the chunk; -2: not searched).
    let nextDouble = -2;
    let nextSingle = -2;
    const nextAt = (known: number, quoteChar: string, from: number) => (known === -1 || known >= from ? known : s.indexOf(quoteChar, from));
    while (i < n && !stopped) {
      if (mode === TEXT) {
        const lt = s.indexOf("<", i);
        if (lt < 0) {
          handler.text(s.slice(i), false);
          i = n;
          break;
        }
        if (lt > i) handler.text(s.slice(i, lt), false);
        if (n - lt < 9 && !final && s.charCodeAt(lt + 1) === 33) {
          // "<!" at the end of a chunk: a comment, CDATA or declaration; decided with more text.
          carry = s.slice(lt);
          i = n;
          break;
        }
        if (lt + 1 >= n && !final) {
          carry = "<";
          i = n;
          break;
        }
        const c1 = s.charCodeAt(lt + 1);
        if (fast && c1 !== 33 && c1 !== 63 && c1 !== 47) {
          const end = fast(s, lt);
          if (end > lt) {
            i = end;
            continue;
          }
        }
        if (c1 === 33) {
          if (s.startsWith("<!--", lt)) {
            mode = COMMENT;
            i = lt + 4;
          } else if (s.startsWith("<![CDATA[", lt)) {
            mode = CDATA;
            i = lt + 9;
          } else {
            mode = DECL;
            declDepth = 0;
            quote = 0;
            i = lt + 2;
          }
        } else if (c1 === 63) {
          mode = PI;
          i = lt + 2;
        } else {
          mode = TAG;
          tagStart = lt;
          quote = 0;
          i = lt + 1;
        }
        continue;
      }
      if (mode === TAG) {
        // The tag ends at the first ">" outside a quoted value. Found with indexOf, not a loop over
        // characters: the next quote of each kind is remembered for the whole chunk, so a tag
        // without quotes (an end tag) costs one search, and the scan stays linear in the chunk.
        let j = i;
        for (;;) {
          if (quote !== 0) {
            const q = quote === 34 ? (nextDouble = nextAt(nextDouble, '"', j)) : (nextSingle = nextAt(nextSingle, "'", j));
            if (q < 0) {
              j = n;
              break;
            }
            j = q + 1;
            quote = 0;
            continue;
          }
          const gt = s.indexOf(">", j);
          nextDouble = nextAt(nextDouble, '"', j);
          nextSingle = nextAt(nextSingle, "'", j);
          const q = nextDouble < 0 ? nextSingle : nextSingle < 0 ? nextDouble : Math.min(nextDouble, nextSingle);
          if (gt >= 0 && (q < 0 || gt < q)) {
            j = gt;
            break;
          }
          if (q < 0) {
            j = n; // no ">" and no quote in the rest of the chunk: the tag goes on in the next
            break;
          }
          quote = s.charCodeAt(q);
          j = q + 1;
        }
        if (j >= n) {
          tagParts.push(s.slice(tagStart < 0 ? 0 : tagStart));
          i = n;
          break;
        }
        const piece = s.slice(tagStart < 0 ? 0 : tagStart, j + 1);
        const tag = tagParts.length ? tagParts.join("") + piece : piece;
        tagParts = [];
        tagStart = -1;
        mode = TEXT;
        i = j + 1;
        emitTag(tag);
        continue;
      }
      if (mode === COMMENT || mode === PI) {
        const term = mode === COMMENT ? "-->" : "?>";
        const e = s.indexOf(term, i);
        if (e < 0) {
          carry = s.slice(Math.max(i, n - term.length + 1));
          i = n;
          break;
        }
        mode = TEXT;
        i = e + term.length;
        continue;
      }
      if (mode === CDATA) {
        const e = s.indexOf("]]>", i);
        if (e < 0) {
          const keep = Math.max(i, n - 2);
          if (keep > i) handler.text(s.slice(i, keep), true);
          carry = s.slice(keep);
          i = n;
          break;
        }
        if (e > i) handler.text(s.slice(i, e), true);
        mode = TEXT;
        i = e + 3;
        continue;
      }
      // DECL: "<!DOCTYPE …>" with an optional internal subset in brackets.
      let j = i;
      for (; j < n; j++) {
        const c = s.charCodeAt(j);
        if (quote !== 0) {
          if (c === quote) quote = 0;
        } else if (c === 34 || c === 39) quote = c;
        else if (c === 91) declDepth++;
        else if (c === 93) declDepth = Math.max(0, declDepth - 1);
        else if (c === 62 && declDepth === 0) break;
      }
      if (j >= n) {
        i = n;
        break;
      }
      mode = TEXT;
      i = j + 1;
    }
  };

  return {
    push(chunk) {
      if (!stopped && chunk.length) run(chunk, false);
    },
    end() {
      if (!stopped && carry.length) run("", true);
      carry = "";
      tagParts = [];
    },
    stop() {
      stopped = true;
    },
    get stopped() {
      return stopped;
    },
  };
}

/**
 * The value of attribute `name` (qualified as written) in a start tag, raw (entities not
 * decoded), either quote, spaces around "=" allowed; undefined when absent.
 * @example rawAttribute('<c r="A1" t=\'s\'>', "t") === "s"
 */
export function rawAttribute(tag: string, name: string): string | undefined {
  let from = 0;
  for (;;) {
    const at = tag.indexOf(name, from);
    if (at < 0) return undefined;
    from = at + name.length;
    const before = tag.charCodeAt(at - 1);
    if (!(before === 32 || before === 9 || before === 10 || before === 13)) continue;
    let j = at + name.length;
    while (j < tag.length && (tag.charCodeAt(j) === 32 || tag.charCodeAt(j) === 9 || tag.charCodeAt(j) === 10 || tag.charCodeAt(j) === 13)) j++;
    if (tag.charCodeAt(j) !== 61) continue;
    j++;
    while (j < tag.length && (tag.charCodeAt(j) === 32 || tag.charCodeAt(j) === 9 || tag.charCodeAt(j) === 10 || tag.charCodeAt(j) === 13)) j++;
    const q = tag[j];
    if (q !== '"' && q !== "'") continue;
    const close = tag.indexOf(q, j + 1);
    if (close < 0) return undefined;
    // The match must not be inside another attribute's value: values never hold an unescaped quote of their own kind.
    if (insideValue(tag, at)) continue;
    return tag.slice(j + 1, close);
  }
}

/** Whether offset `at` of a start tag lies inside a quoted attribute value. */
function insideValue(tag: string, at: number): boolean {
  let quote = 0;
  for (let i = 0; i < at; i++) {
    const c = tag.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
  }
  return quote !== 0;
}

/** Every attribute of a start tag by qualified name, values raw. */
export function rawAttributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(/([^\s=/<>"']+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) if (!out.has(m[1])) out.set(m[1], m[2] ?? m[3] ?? "");
  return out;
}

/** The local part of a qualified name ("x:row" → "row"). */
export function localName(name: string): string {
  const i = name.indexOf(":");
  return i < 0 ? name : name.slice(i + 1);
}
