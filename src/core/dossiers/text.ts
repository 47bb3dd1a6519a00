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

/**
 * Bounded memos: a table's cells and captions are read many times while its header is searched.
 * Long texts (a pasted plan's task text read while the content's kind is decided) have their own
 * small table, so one 12 MB cell is cleaned once, not once per look, and a few of them cannot fill memory.
 */
const cleaned = { short: new Map<string, string>(), long: new Map<string, string>() };
const folded = { short: new Map<string, string>(), long: new Map<string, string>() };
function memo(cache: { short: Map<string, string>; long: Map<string, string> }, key: string, make: () => string): string {
  const table = key.length > 200 ? cache.long : cache.short;
  const known = table.get(key);
  if (known !== undefined) return known;
  const value = make();
  if (table.size >= (table === cache.long ? 16 : 8192)) table.clear();
  table.set(key, value);
  return value;
}

/**
 * Folds text for keyword matching (`foldKey`), padded with one space at each end so a whole
 * word can be matched as `" han "`.
 * @example fold("Ngày hẹn trả (dự kiến)") === " ngay hen tra du kien "
 */
export function fold(text: string | undefined | null): string {
  // Headers, captions, statuses and labels are a few words: a longer cell (a pasted plan's 12 MB
  // task text, read while the content's kind is decided) is matched by its start, never folded whole again and again.
  const raw = String(text ?? "");
  const head = raw.length > maxFoldedLength ? raw.slice(0, maxFoldedLength) : raw;
  return memo(folded, head, () => {
    const key = foldKey(head);
    return key ? ` ${key} ` : " ";
  });
}

/** The characters of a cell that keyword matching reads. */
export const maxFoldedLength = 1000;

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
