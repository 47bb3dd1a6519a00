/**
 * Vietnamese text typed in the old 8-bit encodings, turned into Unicode NFC.
 *
 * Before Unicode, agencies typed with ABC or VNI keyboards in special fonts:
 * - **TCVN3** (TCVN 5712:1993, the "ABC" fonts .VnTime, .VnArial, …): one byte per letter. The
 *   table below is the VN3 set of the standard: the lower-case letters with their tones and the
 *   seven upper-case base letters Ă Â Ê Ô Ơ Ư Đ. VN3 has no upper-case toned letters: capitals are
 *   typed with the same codes in the upper-case fonts (.VnTimeH, .VnArialH), which show every
 *   letter as a capital, so text in an "…H" font is converted and then put in upper case.
 * - **VNI** (VNI for Windows, fonts VNI-Times, VNI-Helve, …): a base letter followed by a mark
 *   character (a + ù = á, a + â = â, a + á = ấ), and a few letters of one byte (ô = ơ, ö = ư,
 *   ñ = đ, í ì æ ó ò = í ì ỉ ĩ ị, î = ỵ), in both cases.
 *
 * The texts arrive as the characters Word, a browser or a text editor shows for those bytes in a
 * Western code page (".VnTime" text "Céng hßa" is "Cộng hòa"). Only characters U+00A0–U+00FF take
 * part; anything else, and every character of text that already holds Vietnamese Unicode letters,
 * is left exactly as it is.
 */

export type LegacyEncoding = "tcvn3" | "vni";

/**
 * TCVN3 (VN3) codes 0xA1–0xFE and their letters, from the code table of TCVN 5712:1993. Codes
 * the VN3 set leaves unused (0xAF–0xB4, 0xBA, 0xBF–0xC5, 0xCD, 0xD9–0xDB, 0xE0, 0xF0, 0xFF: the
 * upper-case toned letters of the full VN1 set) keep their Western meaning.
 */
const tcvn3Table: ReadonlyMap<string, string> = (() => {
  const entries: [number, string][] = [
    [0xa1, "Ă"],
    [0xa2, "Â"],
    [0xa3, "Ê"],
    [0xa4, "Ô"],
    [0xa5, "Ơ"],
    [0xa6, "Ư"],
    [0xa7, "Đ"],
    [0xa8, "ă"],
    [0xa9, "â"],
    [0xaa, "ê"],
    [0xab, "ô"],
    [0xac, "ơ"],
    [0xad, "ư"],
    [0xae, "đ"],
    [0xb5, "à"],
    [0xb6, "ả"],
    [0xb7, "ã"],
    [0xb8, "á"],
    [0xb9, "ạ"],
    [0xbb, "ằ"],
    [0xbc, "ẳ"],
    [0xbd, "ẵ"],
    [0xbe, "ắ"],
    [0xc6, "ặ"],
    [0xc7, "ầ"],
    [0xc8, "ẩ"],
    [0xc9, "ẫ"],
    [0xca, "ấ"],
    [0xcb, "ậ"],
    [0xcc, "è"],
    [0xce, "ẻ"],
    [0xcf, "ẽ"],
    [0xd0, "é"],
    [0xd1, "ẹ"],
    [0xd2, "ề"],
    [0xd3, "ể"],
    [0xd4, "ễ"],
    [0xd5, "ế"],
    [0xd6, "ệ"],
    [0xd7, "ì"],
    [0xd8, "ỉ"],
    [0xdc, "ĩ"],
    [0xdd, "í"],
    [0xde, "ị"],
    [0xdf, "ò"],
    [0xe1, "ỏ"],
    [0xe2, "õ"],
    [0xe3, "ó"],
    [0xe4, "ọ"],
    [0xe5, "ồ"],
    [0xe6, "ổ"],
    [0xe7, "ỗ"],
    [0xe8, "ố"],
    [0xe9, "ộ"],
    [0xea, "ờ"],
    [0xeb, "ở"],
    [0xec, "ỡ"],
    [0xed, "ớ"],
    [0xee, "ợ"],
    [0xef, "ù"],
    [0xf1, "ủ"],
    [0xf2, "ũ"],
    [0xf3, "ú"],
    [0xf4, "ụ"],
    [0xf5, "ừ"],
    [0xf6, "ử"],
    [0xf7, "ữ"],
    [0xf8, "ứ"],
    [0xf9, "ự"],
    [0xfa, "ỳ"],
    [0xfb, "ỷ"],
    [0xfc, "ỹ"],
    [0xfd, "ý"],
    [0xfe, "ỵ"],
  ];
  return new Map(entries.map(([code, letter]) => [String.fromCharCode(code), letter]));
})();

/** The TCVN3 character of each Unicode letter the table holds (for tests and round trips). */
const tcvn3Reverse: ReadonlyMap<string, string> = new Map([...tcvn3Table].map(([code, letter]) => [letter, code]));

/** VNI letters of one character. */
const vniSingles: Readonly<Record<string, string>> = {
  ô: "ơ",
  Ô: "Ơ",
  ö: "ư",
  Ö: "Ư",
  ñ: "đ",
  Ñ: "Đ",
  í: "í",
  Í: "Í",
  ì: "ì",
  Ì: "Ì",
  æ: "ỉ",
  Æ: "Ỉ",
  ó: "ĩ",
  Ó: "Ĩ",
  ò: "ị",
  Ò: "Ị",
  î: "ỵ",
  Î: "Ỵ",
};

const ACUTE = "\u0301";
const GRAVE = "\u0300";
const HOOK = "\u0309";
const TILDE = "\u0303";
const DOT = "\u0323";
const CIRCUMFLEX = "\u0302";
const BREVE = "\u0306";

/** VNI mark characters (lower- and upper-case forms) and the combining marks they add. */
const vniMarks: Readonly<Record<string, { readonly marks: string; readonly on: string }>> = (() => {
  const tones = "aeouyơưAEOUYƠƯ";
  const table: [string, string, string][] = [
    ["ù", ACUTE, tones],
    ["ø", GRAVE, tones],
    ["û", HOOK, tones],
    ["õ", TILDE, tones],
    ["ï", DOT, tones],
    ["â", CIRCUMFLEX, "aeoAEO"],
    ["á", CIRCUMFLEX + ACUTE, "aeoAEO"],
    ["à", CIRCUMFLEX + GRAVE, "aeoAEO"],
    ["å", CIRCUMFLEX + HOOK, "aeoAEO"],
    ["ã", CIRCUMFLEX + TILDE, "aeoAEO"],
    ["ä", CIRCUMFLEX + DOT, "aeoAEO"],
    ["ê", BREVE, "aA"],
    ["é", BREVE + ACUTE, "aA"],
    ["è", BREVE + GRAVE, "aA"],
    ["ú", BREVE + HOOK, "aA"],
    ["ü", BREVE + TILDE, "aA"],
    ["ë", BREVE + DOT, "aA"],
  ];
  const out: Record<string, { marks: string; on: string }> = {};
  for (const [mark, marks, on] of table) {
    out[mark] = { marks, on };
    out[mark.toUpperCase()] = { marks, on };
  }
  return out;
})();

/**
 * TCVN3 text (as shown in a Western code page) to Unicode NFC; `upper` for the capitals fonts
 * (.VnTimeH …). Characters outside the table are kept.
 * @example tcvn3ToUnicode("Céng hßa x· héi chñ nghÜa ViÖt Nam") === "Cộng hòa xã hội chủ nghĩa Việt Nam"
 * @example tcvn3ToUnicode("kÕ ho¹ch", { upper: true }) === "KẾ HOẠCH"
 */
export function tcvn3ToUnicode(text: string, options: { upper?: boolean } = {}): string {
  let out = "";
  for (const ch of text) out += tcvn3Table.get(ch) ?? ch;
  out = out.normalize("NFC");
  return options.upper ? out.toUpperCase() : out;
}

/**
 * VNI text (as shown in a Western code page) to Unicode NFC.
 * @example vniToUnicode("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam") === "Cộng hòa xã hội chủ nghĩa Việt Nam"
 */
export function vniToUnicode(text: string): string {
  const chars = [...text];
  let out = "";
  for (let i = 0; i < chars.length; i++) {
    const base = vniSingles[chars[i]] ?? chars[i];
    const mark = vniMarks[chars[i + 1] ?? ""];
    if (mark && mark.on.includes(base)) {
      out += base + mark.marks;
      i++;
    } else {
      out += base;
    }
  }
  return out.normalize("NFC");
}

/**
 * The encoding a legacy font name implies, or null for a Unicode font.
 * @example legacyFont(".VnTimeH") // { encoding: "tcvn3", upper: true }
 * @example legacyFont("VNI-Times") // { encoding: "vni", upper: false }
 * @example legacyFont("Times New Roman") === null
 */
export function legacyFont(name: string): { readonly encoding: LegacyEncoding; readonly upper: boolean } | null {
  const n = name.trim().replace(/^["']|["']$/g, "");
  if (/^\.?vn[a-z0-9]/i.test(n) && /^\./.test(n)) return { encoding: "tcvn3", upper: /H$/.test(n.replace(/\s+/g, "")) };
  if (/^vni-/i.test(n)) return { encoding: "vni", upper: false };
  return null;
}

/** Converts text of a known legacy encoding. */
export function legacyToUnicode(text: string, encoding: LegacyEncoding, upper = false): string {
  return encoding === "tcvn3" ? tcvn3ToUnicode(text, { upper }) : vniToUnicode(text);
}

/**
 * Unicode to TCVN3: the characters a .VnTime font needs, and whether the text needs the
 * capitals font (an upper-case toned letter has no code of its own). Null when a character has
 * no TCVN3 form. Used to check round trips.
 */
export function unicodeToTcvn3(text: string): { readonly text: string; readonly upper: boolean } | null {
  let out = "";
  let upper = false;
  for (const ch of text.normalize("NFC")) {
    const direct = tcvn3Reverse.get(ch);
    if (direct !== undefined || ch.charCodeAt(0) < 0x80) {
      out += direct ?? ch;
      continue;
    }
    const lower = tcvn3Reverse.get(ch.toLowerCase());
    if (lower === undefined) return null;
    out += lower;
    upper = true;
  }
  return { text: out, upper };
}

/** Unicode to VNI (the reverse of `vniToUnicode`), or null when a character has no VNI form. */
export function unicodeToVni(text: string): string | null {
  const singles = new Map(Object.entries(vniSingles).map(([k, v]) => [v, k]));
  const markOf = new Map<string, string>();
  // Keyed by the marks in canonical order: NFD puts the dot below before a breve or circumflex.
  for (const [mark, { marks }] of Object.entries(vniMarks)) if (mark === mark.toLowerCase()) markOf.set(`a${marks}`.normalize("NFD").slice(1), mark);
  let out = "";
  for (const ch of text.normalize("NFC")) {
    if (ch.charCodeAt(0) < 0x80) {
      out += ch;
      continue;
    }
    const single = singles.get(ch);
    if (single !== undefined) {
      out += single;
      continue;
    }
    const d = ch.normalize("NFD");
    let base = d[0];
    let marks = d.slice(1);
    if (marks.startsWith("\u031b")) {
      // ơ, ư carry a horn: their VNI form is one character, followed by the tone.
      const horned = singles.get((base + "\u031b").normalize("NFC"));
      if (horned === undefined) return null;
      base = horned;
      marks = marks.slice(1);
    }
    const mark = markOf.get(marks);
    if (mark === undefined) return null;
    out += base + (base !== base.toLowerCase() ? mark.toUpperCase() : mark);
  }
  return out;
}

// ——— telling the encoding of text that carries no font name ———

const ONSET = "(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)?";
const NUCLEI =
  "iêu|oai|oay|oeo|uây|uôi|uya|uyê|uyu|ươi|ươu|yêu|ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|oo|ôi|ơi|ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ưu|ươ|yê|a|ă|â|e|ê|i|o|ô|ơ|u|ư|y";
const SYLLABLE = new RegExp(`^${ONSET}(?:${NUCLEI})(?:ch|ng|nh|c|m|n|p|t)?$`);
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;

/**
 * True when a word has the shape of a Vietnamese syllable: onset, vowel nucleus, final
 * consonant, at most one tone mark. A shape check, not a dictionary.
 * @example isVietnameseSyllable("nghiệng") === true; isVietnameseSyllable("hßa") === false
 */
export function isVietnameseSyllable(word: string): boolean {
  const d = word.toLowerCase().normalize("NFD");
  const tones = d.match(TONES)?.length ?? 0;
  if (tones > 1) return false;
  return SYLLABLE.test(d.replace(TONES, "").normalize("NFC"));
}

/** Letters only Vietnamese Unicode text has (ă đ ĩ ũ ơ ư, the Latin Extended Additional block, combining tones). */
const VIETNAMESE_UNICODE = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9\u0300-\u0323]/u;
/** Characters 0xA0–0xFF: the only ones the legacy encodings give a meaning. */
const HIGH = /[\u00a0-\u00ff]/;

export type Detection = { readonly kind: "unicode" } | { readonly kind: "legacy"; readonly encoding: LegacyEncoding } | { readonly kind: "undecidable" };

/**
 * Which reading of a text without font names makes Vietnamese: as it is (Unicode), TCVN3 or
 * VNI. Text holding any Vietnamese Unicode letter is Unicode, as is text with too few words to
 * judge or words that read well as they are. A legacy encoding is chosen only when its reading
 * makes clearly more syllables than the other and than the text as it is; when both legacy
 * readings are as good or as bad, the text is undecidable.
 * @example detectLegacyEncoding("KÕ ho¹ch ¸p dông hÖ thèng qu¶n lý chÊt l­îng") // { kind: "legacy", encoding: "tcvn3" }
 * @example detectLegacyEncoding("Kế hoạch áp dụng") // { kind: "unicode" }
 */
export function detectLegacyEncoding(text: string): Detection {
  if (VIETNAMESE_UNICODE.test(text.normalize("NFC"))) return { kind: "unicode" };
  const words = text.split(/[\s\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e\d]+/).filter((w) => HIGH.test(w));
  if (words.length < 3) return { kind: "unicode" };
  const score = (convert: (w: string) => string) =>
    words.filter((w) =>
      convert(w)
        .split(/[^\p{L}\p{M}]+/u)
        .every((part) => part === "" || isVietnameseSyllable(part)),
    ).length / words.length;
  const asIs = score((w) => w);
  const tcvn3 = score((w) => tcvn3ToUnicode(w));
  const vni = score((w) => vniToUnicode(w));
  const best = Math.max(tcvn3, vni);
  if (best < 0.6 || best - asIs < 0.3) return asIs >= 0.5 ? { kind: "unicode" } : { kind: "undecidable" };
  if (Math.abs(tcvn3 - vni) < 0.2) return { kind: "undecidable" };
  return { kind: "legacy", encoding: tcvn3 > vni ? "tcvn3" : "vni" };
}

/**
 * The share of words with non-ASCII letters that have the shape of a Vietnamese syllable: how
 * well a text reads as Vietnamese (1 for good Vietnamese, near 0 for mis-decoded text).
 * @example vietnameseWordRatio("Kế hoạch năm 2024") === 1
 */
export function vietnameseWordRatio(text: string): number {
  const words = text
    .normalize("NFC")
    .split(/[^\p{L}\p{M}]+/u)
    .filter((w) => /[^\x00-\x7f]/.test(w));
  if (words.length === 0) return 0;
  return words.filter(isVietnameseSyllable).length / words.length;
}

/** Display names of the encodings in messages. */
export const legacyEncodingNames: Readonly<Record<LegacyEncoding, string>> = { tcvn3: "TCVN3 (ABC)", vni: "VNI" };
