/**
 * Characters XML 1.0 does not allow (§2.2, production Char): the C0 controls other than tab, line
 * feed and carriage return, U+FFFE and U+FFFF, and halves of surrogate pairs standing alone. A
 * workbook or document holding one raw is not well-formed (Excel offers to repair it, Word refuses
 * it), so imported text loses them with a warning naming the cell, and the writers drop any left.
 */
import { finding, type Finding } from "../findings/finding";
import { cellAddress } from "./address";
import type { Grid } from "./grid";

// The controls are what this pattern is about.
// eslint-disable-next-line no-control-regex
const illegal = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
// eslint-disable-next-line no-control-regex
const anyIllegal = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\ud800-\udfff]/;

/**
 * The text without the characters XML 1.0 does not allow.
 * @example xmlSafeText("Sở Y tế\u0001\uffff") === "Sở Y tế"
 */
export function xmlSafeText(text: string): string {
  // Surrogates are tested too (most are paired and kept): a quick test first, the replace only when needed.
  return anyIllegal.test(text) ? text.replace(illegal, "") : text;
}

/** A grid with those characters removed, and a warning naming its first changed cell and how many were removed. */
function cleanGrid(grid: Grid): { grid: Grid; finding: Finding | null } {
  let removed = 0;
  let first: string | null = null;
  const rows = grid.rows.map((row, r) =>
    row.some((t) => anyIllegal.test(t))
      ? row.map((text, c) => {
          const clean = xmlSafeText(text);
          if (clean.length !== text.length) {
            removed += text.length - clean.length;
            first ??= cellAddress(grid.firstRowNumber + r, grid.firstColumnNumber + c);
          }
          return clean;
        })
      : row,
  );
  if (removed === 0) return { grid, finding: null };
  return { grid: { ...grid, rows }, finding: finding("warning", "text_characters_removed", { sheet: grid.sheet, cell: first }, { count: removed }) };
}

/**
 * Imported content (grids, the prose around them, the document's lines) without the characters
 * XML 1.0 does not allow: one warning per grid that held any, naming its first such cell; the
 * prose loses them silently (it is only read, never written).
 */
export function withXmlSafeText<
  T extends { readonly grids: Grid[]; readonly contextTexts: string[]; readonly lines?: string[]; readonly findings?: readonly Finding[] },
>(content: T): T & { readonly findings?: readonly Finding[] } {
  const cleaned = content.grids.map(cleanGrid);
  const found = cleaned.flatMap((c) => (c.finding ? [c.finding] : []));
  const proseChanged = content.contextTexts.some((t) => anyIllegal.test(t)) || (content.lines ?? []).some((t) => anyIllegal.test(t));
  if (found.length === 0 && !proseChanged) return content;
  return {
    ...content,
    grids: cleaned.map((c) => c.grid),
    contextTexts: content.contextTexts.map(xmlSafeText),
    ...(content.lines ? { lines: content.lines.map(xmlSafeText) } : {}),
    ...(found.length || content.findings ? { findings: [...(content.findings ?? []), ...found] } : {}),
  };
}
