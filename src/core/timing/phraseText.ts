/**
 * The two forms of a schedule phrase: the display text kept in the result, and the lower-case
 * "key" the grammar reads (dashes unified, spaces around "/" and "-" removed, notes in
 * parentheses dropped, bare-ASCII keywords given back their diacritics).
 */
import { normalizeCellText, singleLine } from "../text/normalize";

/**
 * The phrase as shown to people: markup removed, NFC, one line, single spaces, trimmed.
 * @example normalizePhraseText("  trước ngày **15/11/2023** ") === "trước ngày 15/11/2023"
 */
export function normalizePhraseText(raw: string): string {
  return singleLine(normalizeCellText(raw.normalize("NFC")))
    .replace(/\*{2,}/g, "")
    .replace(/\s+/g, " ") // any run of white space (tabs, vertical tabs, no-break spaces) is one space
    .trim();
}

/**
 * Keywords typed without diacritics ("Thang 3/2024", "Quy IV") and the one spelling each stands
 * for. Only words that mean one thing in a schedule are listed. Left out on purpose: "sau"
 * ("sáu" six / "sau" after), "toi" ("tới" until / "tối" as in "tối thiểu"), "qua" ("quá" / "qua"),
 * so "sau thang dau nam" stays unreadable instead of guessed.
 */
const bareKeywords: Readonly<Record<string, string>> = {
  thang: "tháng",
  quy: "quý",
  nam: "năm",
  ngay: "ngày",
  tu: "từ",
  den: "đến",
  truoc: "trước",
  cham: "chậm",
  muon: "muộn",
  nhat: "nhất",
  han: "hạn",
  chot: "chót",
  cuoi: "cuối",
  hang: "hàng",
  dau: "đầu",
  ca: "cả",
  suot: "suốt",
  vao: "vào",
  thuong: "thường",
  xuyen: "xuyên",
  lien: "liên",
  tuc: "tục",
  dinh: "định",
  ky: "kỳ",
  dot: "đột",
  xuat: "xuất",
  yeu: "yêu",
  cau: "cầu",
  co: "có",
  hoac: "hoặc",
  va: "và",
  lan: "lần",
  moi: "mỗi",
  tuan: "tuần",
  hoan: "hoàn",
  thanh: "thành",
  ke: "kể",
  lam: "làm",
  viec: "việc",
  doan: "đoạn",
  nua: "nửa",
  chin: "chín",
  thoi: "thời",
  du: "dự",
  kien: "kiến",
  thuc: "thực",
  hien: "hiện",
  diem: "điểm",
  khoang: "khoảng",
  vong: "vòng",
  het: "hết",
  phat: "phát",
  can: "cần",
  neu: "nếu",
  khong: "không",
  hon: "hơn",
  la: "là",
  tinh: "tính",
  mot: "một",
  thieu: "thiểu",
  it: "ít",
  giua: "giữa",
};

/**
 * Other accepted spellings of a keyword: old-style tone placement ("qúy"), the "i" spellings
 * "quí" ("Quí IV-2025") and "kì" ("định kì"), all common in older documents.
 */
const variantKeywords: Readonly<Record<string, string>> = { qúy: "quý", quí: "quý", qúi: "quý", kì: "kỳ" };

/**
 * The key the grammar reads. Case folded; dashes (–, —, ~) become "-"; spaces around "/" and "-"
 * go ("Tháng 9 - 11" → "tháng 9-11"); a letter glued to a number is spaced ("Tháng03");
 * a phrase wrapped in parentheses is unwrapped and notes in parentheses ("(nếu có)") dropped;
 * leading bullets and trailing punctuation removed.
 * @example phraseKey("(Thang 9 – 11/2024) (nếu có).") === "tháng 9-11/2024"
 */
export function phraseKey(text: string): string {
  let s = text.normalize("NFC").toLowerCase();
  s = s.replace(/[‐‑‒–—―−~]/g, "-").replace(/[“”"‘’`*]/g, " ");
  s = s.replace(/[\s\u00a0]+/g, " ").trim();
  s = dropNotes(s);
  // An Excel date cell arrives as ISO text, sometimes with a time of day.
  s = s.replace(/^(\d{4}-\d{2}-\d{2})[t ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?$/, "$1");
  s = s.replace(/\s*([/-])\s*/g, "$1").replace(/\s*([,;])\s*/g, ", ");
  s = s.replace(/(\p{L})(\d)/gu, "$1 $2");
  s = s.replace(/(?<![\p{L}\p{M}])\p{L}+(?![\p{L}\p{M}])/gu, (word) => bareKeywords[word] ?? variantKeywords[word] ?? word);
  s = s.replace(/ {2,}/g, " ").trim();
  s = s.replace(/^[-+•·*>]+\s*/, "").replace(/[\s.,;:!?…]+$/, "");
  return s.trim();
}

/**
 * Unwraps a phrase written entirely in parentheses and drops parenthesised notes inside it;
 * if nothing but notes (and punctuation) is left, reads the text of the first note instead:
 * "(Tháng 9/2024) (nếu có)." is read as "Tháng 9/2024".
 */
function dropNotes(s: string): string {
  let t = s;
  while (/^[([][^()[\]]*[)\]][.,;:]?$/.test(t)) t = t.replace(/^[([]|[)\]][.,;:]?$/g, "").trim();
  const without = t.replace(/\s*[([][^()[\]]*[)\]]\s*/g, " ").trim();
  if (/[\p{L}\d]/u.test(without)) return without;
  const first = /[([]([^()[\]]*)[)\]]/.exec(t);
  return first ? first[1].trim() : t;
}
