/**
 * Text clean-up for imported cells: markup stripped, entities decoded, whitespace normalised,
 * Unicode NFC. Decomposed (NFD) input gives exactly the same output as precomposed input.
 */

const namedEntities: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  ndash: "–",
  mdash: "—",
  hellip: "…",
  laquo: "«",
  raquo: "»",
  ldquo: "“",
  rdquo: "”",
  lsquo: "‘",
  rsquo: "’",
  bull: "•",
};

/** Accented-letter entities (&aacute; &Ocirc; …), composed from a base letter and a combining mark. */
const accentMarks: Readonly<Record<string, string>> = { acute: "\u0301", grave: "\u0300", circ: "\u0302", tilde: "\u0303", uml: "\u0308" };

function accentEntity(name: string): string | undefined {
  const m = /^([aeiouyAEIOUYnN])(acute|grave|circ|tilde|uml)$/.exec(name);
  return m ? (m[1] + accentMarks[m[2]]).normalize("NFC") : undefined;
}

/**
 * Decodes HTML character references (&amp; &#7897; &#x1EA1; &nbsp;).
 * @example decodeEntities("Ph&#7909; l&#7909;c &amp; b&nbsp;ảng") === "Phụ lục & b ảng"
 */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});/g, (whole, body: string) => {
    if (body[0] === "#") {
      const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return namedEntities[body.toLowerCase()] ?? accentEntity(body) ?? whole;
  });
}

/**
 * HTML attributes as Word and clipboards write them (ASCII names, quoted or bare values). A
 * "tag" whose inside is Vietnamese text ("<b và c>") is not markup and stays as written.
 */
const attributes = String.raw`(?:\s+[a-zA-Z_:][-a-zA-Z0-9_:.]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'<>=\`]+))?)*\s*\/?`;
const tag = (names: string) => new RegExp(`<\\s*\\/?\\s*(?:${names})\\b${attributes}>`, "gi");

/** Block-level tags whose boundaries become line breaks. */
const blockNames = "p|div|li|ul|ol|tr|h[1-6]|table|tbody|thead|td|th";
const blockTag = tag(blockNames);
const breakTag = tag("br");
/** Inline formatting tags Word, web pages and the seeds carry; they vanish. Other "<…>" text is kept. */
const inlineNames = "b|i|u|s|em|strong|span|font|sup|sub|a|small|big|mark|o:p|w:[a-z]+|colgroup|col|tfoot|center|strike|ins|del|abbr|code|label";
const inlineTag = tag(inlineNames);
const knownName = new RegExp(`^(?:br|${blockNames}|${inlineNames})$`, "i");

/**
 * Whether `stripMarkup` reads a tag of this name (a line break, a block or a formatting tag).
 * @example knownMarkupTag("STRONG") === true; knownMarkupTag("script") === false
 */
export function knownMarkupTag(name: string): boolean {
  return knownName.test(name);
}

/**
 * Removes markup from a cell: `<br>` and block tags become line breaks, known formatting
 * tags vanish, Markdown emphasis (`**bold**`, `***x***`) is dropped, entities decoded. Text
 * that only looks like a tag — "<img src=x onerror=…>", "a<b và c>d", "< 95%" — is data and
 * is kept as it is (it is written as plain text everywhere, never as HTML).
 * Paragraph tags become line breaks; normalizeSpaces then trims the lines.
 * @example stripMarkup("<p>- Ban chỉ đạo ISO</p> <p>- Các phòng</p>") === "\n- Ban chỉ đạo ISO\n \n- Các phòng\n"
 */
export function stripMarkup(text: string): string {
  let s = text.replace(/<!--[\s\S]*?-->/g, "");
  s = s.replace(breakTag, "\n");
  s = s.replace(blockTag, "\n");
  s = s.replace(inlineTag, "");
  s = s.replace(/\*{2,3}([^*]+?)\*{2,3}/g, "$1");
  s = decodeEntities(s);
  return s;
}

/**
 * Normalises whitespace: NFC, non-breaking and odd spaces to plain spaces, runs of spaces
 * collapsed, each line trimmed, blank lines dropped.
 * @example normalizeSpaces("  Tháng\u00a0 01/2024 \n\n x ") === "Tháng 01/2024\nx"
 */
export function normalizeSpaces(text: string): string {
  return text
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(/[\u00a0\u2000-\u200b\u202f\u205f\u3000\t\ufeff]/g, " ")
    .split("\n")
    .map((line) => line.replace(/ {2,}/g, " ").trim())
    .filter((line) => line.length > 0)
    .join("\n");
}

/**
 * The clean text of an imported cell: markup stripped, whitespace normalised, NFC.
 * @example normalizeCellText("<b>TT</b>") === "TT"
 */
export function normalizeCellText(raw: string): string {
  return normalizeSpaces(stripMarkup(raw.normalize("NFC")));
}

/** The text on one line (line breaks become spaces). */
export function singleLine(text: string): string {
  return text.replace(/\s*\n\s*/g, " ").trim();
}

/**
 * A key for meaning-based matching: lower case, diacritics removed ("đ" → "d"),
 * punctuation turned into single spaces.
 * @example foldKey("Tiến độ/ Thời gian") === "tien do thoi gian"
 */
export function foldKey(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}
