/**
 * Text helpers for the dossier importer, on top of the shared clean-up in `../text/normalize`.
 */
import { foldKey, normalizeCellText, singleLine } from "../text/normalize";

/**
 * A cell's clean text on one line: markup stripped, NFC, white space collapsed.
 * @example cleanCell("  Dược\u00a0 phẩm\n") === "Dược phẩm"
 */
export function cleanCell(text: string | undefined | null): string {
  const raw = String(text ?? "");
  if (raw === "") return "";
  return memo(cleaned, raw, () => singleLine(normalizeCellText(raw)));
}

/** Bounded memos: a table's cells and captions are read many times while its header is searched. */
const cleaned = new Map<string, string>();
const folded = new Map<string, string>();
function memo(cache: Map<string, string>, key: string, make: () => string): string {
  if (key.length > 200) return make();
  const known = cache.get(key);
  if (known !== undefined) return known;
  const value = make();
  if (cache.size > 8192) cache.clear();
  cache.set(key, value);
  return value;
}

/**
 * Folds text for keyword matching (`foldKey`), padded with one space at each end so a whole
 * word can be matched as `" han "`.
 * @example fold("Ngày hẹn trả (dự kiến)") === " ngay hen tra du kien "
 */
export function fold(text: string | undefined | null): string {
  return memo(folded, String(text ?? ""), () => {
    const key = foldKey(String(text ?? ""));
    return key ? ` ${key} ` : " ";
  });
}

/** True when folded text `folded` contains any of the folded phrases (whole words). */
export function hasAny(folded: string, phrases: readonly string[]): boolean {
  return phrases.some((p) => folded.includes(` ${p} `));
}

/** "Toàn tỉnh", "Toàn huyện", "Toàn thành phố"… : the whole area or body, i.e. a total line. */
const WHOLE = /^ (?:toan|ca) (tinh|huyen|thanh pho|thi xa|quan|xa|phuong|thi tran|nganh|so|quoc|nuoc|don vi|co quan|khoi|he thong|tp) /;

/**
 * True for a total line's label: "Tổng cộng", "Tổng số", "Tổng", "Cộng", "TỔNG SỐ HỒ SƠ",
 * "Toàn tỉnh", "Toàn huyện", "Cả nước", "Cả tỉnh", "Cộng:", "Tổng cộng (I + II)".
 * @example isTotalLabel("Toàn tỉnh") === true && isTotalLabel("Tổng cục Thuế") === false
 */
export function isTotalLabel(text: string): boolean {
  const f = fold(text);
  return /^ (tong cong|tong so) /.test(f) || /^ (tong|cong)( \d+)? $/.test(f) || /^ cong (i|ii|iii|iv|v|a|b|c) /.test(f) || WHOLE.test(f);
}
