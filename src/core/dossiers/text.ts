/**
 * Private text helpers for the dossier importer.
 *
 * `src/core/text` (the shared `normalizeCellText` / `foldDiacritics`) did not exist when this
 * folder was written; these two small functions stand in for it and can be swapped for the
 * shared ones without changing behaviour.
 */

/**
 * Trims, NFC-normalises and collapses runs of white space (including non-breaking spaces and
 * line breaks inside a cell) into one space.
 * @example cleanCell("  Dược\u00a0 phẩm\n") === "Dược phẩm"
 */
export function cleanCell(text: string | undefined | null): string {
  return String(text ?? "")
    .normalize("NFC")
    .replace(/[\s\u00a0\u2007\u202f\u200b]+/g, " ")
    .trim();
}

/**
 * Folds text for keyword matching: lower case, no diacritics ("đ" → "d"), every run of
 * characters other than a–z/0–9 turned into one space, padded with one space at each end so a
 * whole word can be matched as `" han "`.
 * @example fold("Ngày hẹn trả (dự kiến)") === " ngay hen tra du kien "
 */
export function fold(text: string | undefined | null): string {
  const base = String(text ?? "")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
  return base ? ` ${base} ` : " ";
}

/** True when folded text `folded` contains any of the folded phrases (whole words). */
export function hasAny(folded: string, phrases: readonly string[]): boolean {
  return phrases.some((p) => folded.includes(` ${p} `));
}
