/**
 * Old-encoding text in whole documents (.txt, .html) and the finding that says it was converted.
 * The character tables are in `legacyEncoding.ts`.
 */
import { cellAddress } from "../grid/address";
import type { Grid } from "../grid/grid";
import { finding, type Finding } from "../findings/finding";
import { detectLegacyEncoding, legacyEncodingNames, legacyFont, legacyToUnicode, type LegacyEncoding } from "./legacyEncoding";

/** How the encoding was known: a font name in the document, or the text itself. */
export type LegacyEvidence = "font" | "content";

export type LegacyTextResult =
  | { readonly kind: "unicode"; readonly text: string }
  | { readonly kind: "converted"; readonly text: string; readonly encoding: LegacyEncoding; readonly evidence: LegacyEvidence }
  | { readonly kind: "undecidable"; readonly text: string };

/** Font names in HTML: `font-family:".VnTime"`, `face=".VnTimeH"`, CSS `font-family: 'VNI-Times', serif`. */
const FONT_NAMES = /font-family\s*:\s*([^;"'>}]*(?:"[^"]*"|'[^']*')?[^;"'>}]*)|face\s*=\s*["']?([^"'>]+)/gi;

function legacyFontsOf(html: string): { encoding: LegacyEncoding; upper: boolean; name: string }[] {
  const out: { encoding: LegacyEncoding; upper: boolean; name: string }[] = [];
  for (const m of html.replace(/&quot;|&#34;/g, '"').matchAll(FONT_NAMES)) {
    for (const raw of (m[1] ?? m[2] ?? "").split(",")) {
      const name = raw
        .trim()
        .replace(/^["']|["']$/g, "")
        .replace(/&quot;/g, "")
        .trim();
      const font = legacyFont(name);
      if (font) out.push({ ...font, name });
    }
  }
  return out;
}

/**
 * Converts a .txt or .html document typed in TCVN3 or VNI to Unicode. A legacy font named in
 * the HTML (Word writes `font-family:".VnTime"`) decides; else the text is read both ways and the
 * reading that makes Vietnamese wins (`detectLegacyEncoding`). In HTML only the text between
 * tags changes, and text inside an element set in a capitals font (".VnTimeH") is put in upper
 * case. Text that holds Vietnamese Unicode letters, or reads well as it is, comes back unchanged.
 * @example convertLegacyDocument("KÕ ho¹ch ¸p dông hÖ thèng qu¶n lý chÊt l­îng", false).text === "Kế hoạch áp dụng hệ thống quản lý chất lượng"
 */
export function convertLegacyDocument(text: string, html: boolean): LegacyTextResult {
  const visible = html ? text.replace(/<[^>]*>/g, " ") : text;
  const fonts = html ? legacyFontsOf(text) : [];
  const encodings = new Set(fonts.map((f) => f.encoding));
  let encoding: LegacyEncoding;
  let evidence: LegacyEvidence;
  if (encodings.size === 1) {
    encoding = [...encodings][0];
    evidence = "font";
    // A document that already holds Vietnamese Unicode letters in a legacy font is Unicode.
    if (detectLegacyEncoding(visible).kind === "unicode" && /[^\x00-\xff]/.test(visible)) return { kind: "unicode", text };
  } else {
    const detection = detectLegacyEncoding(visible);
    if (detection.kind === "unicode") return { kind: "unicode", text };
    if (detection.kind === "undecidable") return { kind: "undecidable", text };
    encoding = detection.encoding;
    evidence = "content";
  }
  const converted = html ? convertHtmlText(text, encoding) : legacyToUnicode(text, encoding);
  return converted === text ? { kind: "unicode", text } : { kind: "converted", text: converted, encoding, evidence };
}

/** Elements set in a capitals font: their text is upper case once converted. */
const CAPITALS_ELEMENT =
  /<(span|font|p|td|th|div|b|i|u|h[1-6])\b[^>]*(?:font-family\s*:\s*[^;>]*\.Vn[A-Za-z0-9 ]*H["'\s;,]|face\s*=\s*["']?\.Vn[A-Za-z0-9 ]*H["'\s>])[^>]*>([\s\S]*?)<\/\1\s*>/gi;

function convertHtmlText(html: string, encoding: LegacyEncoding): string {
  const marker = "\u0000";
  // Mark the capitals regions first (with characters no HTML holds), then convert text runs between tags.
  const marked = html.replace(CAPITALS_ELEMENT, (whole) => whole.replace(/>([^<]*)</g, (_m, inner: string) => `>${marker}${inner}${marker}<`));
  let out = "";
  for (const part of marked.split(/(<[^>]*>)/)) {
    if (part.startsWith("<")) {
      out += part;
      continue;
    }
    out += part
      .split(marker)
      .map((piece, i) => legacyToUnicode(piece, encoding, i % 2 === 1))
      .join("");
  }
  return out;
}

/**
 * The cells whose text changed between two readings of the same source, as one A1 range
 * ("A2:F12"), and how many there are; null when none did.
 */
export function changedCells(before: Grid, after: Grid): { range: string; count: number } | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  let count = 0;
  after.rows.forEach((row, r) =>
    row.forEach((text, c) => {
      if (before.rows[r]?.[c] === text) return;
      count++;
      top = Math.min(top, r);
      left = Math.min(left, c);
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
    }),
  );
  if (count === 0) return null;
  const at = (r: number, c: number) => cellAddress(after.firstRowNumber + r, after.firstColumnNumber + c);
  const range = top === bottom && left === right ? at(top, left) : `${at(top, left)}:${at(bottom, right)}`;
  return { range, count };
}

/**
 * The info finding that text was converted: which encoding, how it was known, where.
 * @example legacyConversionFinding("Kế hoạch", "A1:E12", 40, "tcvn3", "font") // severity "info", code "legacy_encoding_converted"
 */
export function legacyConversionFinding(
  sheet: string,
  range: string | null,
  cells: number,
  encoding: LegacyEncoding | "windows-1258" | readonly LegacyEncoding[],
  evidence: LegacyEvidence,
): Finding {
  const names = (typeof encoding === "string" ? [encoding] : [...encoding]).map((e) => (e === "windows-1258" ? "Windows-1258" : legacyEncodingNames[e]));
  return finding("info", "legacy_encoding_converted", { sheet, cell: range }, { encoding: names.join(" và "), cells, evidence });
}

/**
 * Content read twice, before and after conversion: the converted content with one info finding
 * per table whose cells changed.
 */
export function withConversionFindings<T extends { readonly grids: readonly Grid[] }>(
  before: T,
  after: T,
  encoding: LegacyEncoding | "windows-1258",
  evidence: LegacyEvidence,
): T & { readonly findings: Finding[] } {
  const findings = after.grids.flatMap((grid, i) => {
    const changed = before.grids[i] ? changedCells(before.grids[i], grid) : null;
    return changed ? [legacyConversionFinding(grid.sheet, changed.range, changed.count, encoding, evidence)] : [];
  });
  // What the reader found besides (a merge cut to the table's size) stays.
  const earlier = (after as { readonly findings?: readonly Finding[] }).findings ?? [];
  return { ...after, findings: [...earlier, ...findings] };
}
