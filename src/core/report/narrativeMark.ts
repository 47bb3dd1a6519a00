/**
 * What the "Nhận xét" sheet remembers about each block, in a hidden column: whether its text is
 * still the draft the product wrote (then it is written again from the figures on every report)
 * or the secretary's own (then it is kept, and checked against the figures). The mark holds a
 * fingerprint of the text as last written, so any edit, even of one character, makes the block
 * the secretary's; a block she confirmed holds the fingerprint of her text and of the figures
 * she confirmed it against.
 *
 * Forms (one cell, ";"-separated):
 *   v1;g;<text hash>;s             a draft over the standard paragraphs (written again in full)
 *   v1;g;<text hash>;t;<i,j,…>     a draft whose base is its own text without lines i, j, … (the
 *                                  figure lines; last year's paragraphs, say, are kept)
 *   v1;c;<text hash>;<facts hash>  the secretary's text, confirmed against these figures
 */

import { normalizeSpaces } from "../text/normalize";

/**
 * A 32-bit FNV-1a hash of the text with its spaces normalised as the sheet reader normalises
 * them (NFC, lines trimmed, blank lines dropped), as 8 hex digits: a fingerprint, not a secret.
 */
export function textHash(text: string): string {
  let h = 0x811c9dc5;
  for (const ch of normalizeSpaces(text)) {
    const code = ch.codePointAt(0)!;
    for (const byte of [code & 0xff, (code >>> 8) & 0xff, (code >>> 16) & 0xff]) {
      h ^= byte;
      h = Math.imul(h, 0x01000193) >>> 0;
    }
  }
  return h.toString(16).padStart(8, "0");
}

export type NarrativeMark =
  | { readonly kind: "draft"; readonly hash: string; readonly base: "standard" }
  | { readonly kind: "draft"; readonly hash: string; readonly base: "text"; readonly figureLines: readonly number[] }
  | { readonly kind: "confirmed"; readonly hash: string; readonly facts: string };

/** The mark as the hidden cell holds it. */
export function formatMark(mark: NarrativeMark): string {
  if (mark.kind === "confirmed") return `v1;c;${mark.hash};${mark.facts}`;
  return mark.base === "standard" ? `v1;g;${mark.hash};s` : `v1;g;${mark.hash};t;${mark.figureLines.join(",")}`;
}

/** The mark a hidden cell holds, or null (no mark: the text is the secretary's). */
export function parseMark(cell: string): NarrativeMark | null {
  const parts = cell.trim().split(";");
  if (parts[0] !== "v1" || !/^[0-9a-f]{8}$/.test(parts[2] ?? "")) return null;
  const hash = parts[2];
  if (parts[1] === "c" && /^[0-9a-f]{8}$/.test(parts[3] ?? "")) return { kind: "confirmed", hash, facts: parts[3] };
  if (parts[1] !== "g") return null;
  if (parts[3] === "s") return { kind: "draft", hash, base: "standard" };
  if (parts[3] === "t") {
    const figureLines = (parts[4] ?? "")
      .split(",")
      .filter((x) => /^\d+$/.test(x))
      .map(Number);
    return { kind: "draft", hash, base: "text", figureLines };
  }
  return null;
}
