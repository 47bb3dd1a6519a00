/**
 * Amounts in words ("Bằng chữ"), by the reading rules of docs/document-format.md#amounts-in-words.
 *
 * Written here rather than through read-vietnamese-number because two choices the rules leave
 * open — "tư"/"bốn" and reading an empty group as "không nghìn" — must be options, and because
 * misuse must throw a RangeError while user data gets a finding (`safeAmountInWords`).
 * The test suite checks this reader against read-vietnamese-number on random amounts.
 */
import type { Issue } from "../findings/finding";
import { amountIssue } from "./amountIssue";

export interface AmountInWordsOptions {
  /** Word for a zero tens digit before a units digit: 105 = "một trăm linh năm" / "lẻ năm". Default "linh". */
  readonly oddText?: "linh" | "lẻ";
  /** Default "nghìn" (Northern); "ngàn" is the Southern form. */
  readonly thousand?: "nghìn" | "ngàn";
  /** Default "tỷ"; "tỉ" is an accepted spelling. */
  readonly billion?: "tỷ" | "tỉ";
  /**
   * Units digit 4 after a tens digit of 2–9: 24 = "hai mươi tư" (default) or "hai mươi bốn".
   * Default "tư": it is the form the rules give first and what accounting software prints;
   * "bốn" is also acceptable (docs/document-format.md#amounts-in-words). After "mười" and "linh" it is always "bốn".
   */
  readonly four?: "tư" | "bốn";
  /** Default "bảy"; "bẩy" is a regional spelling. */
  readonly seven?: "bảy" | "bẩy";
  /**
   * An all-zero group between non-zero ones: "skip" (default) gives 2.000.001 = "hai triệu
   * không trăm linh một", the form in docs/document-format.md#amounts-in-words; "read" gives "hai triệu không nghìn
   * không trăm linh một", which some writers use. Trailing zero groups are never read.
   */
  readonly zeroGroups?: "skip" | "read";
  /** Append "đồng". Default true. */
  readonly currency?: boolean;
  /** Append "chẵn" (used for round amounts: "… đồng chẵn"); the caller decides when. Default false. */
  readonly even?: boolean;
}

type Settings = Required<AmountInWordsOptions>;

const defaults: Settings = {
  oddText: "linh",
  thousand: "nghìn",
  billion: "tỷ",
  four: "tư",
  seven: "bảy",
  zeroGroups: "skip",
  currency: true,
  even: false,
};

const BILLION = 1_000_000_000n;

function digitWord(d: number, s: Settings): string {
  return d === 7 ? s.seven : ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"][d];
}

/** The units digit after a tens digit: mốt/tư/lăm are the toned forms (docs/document-format.md#amounts-in-words). */
function unitsAfterTens(tens: number, u: number, s: Settings): string {
  if (u === 1) return tens >= 2 ? "mốt" : "một"; // 21 hai mươi mốt, 11 mười một
  if (u === 4) return tens >= 2 ? s.four : "bốn"; // 24 hai mươi tư, 14 mười bốn
  if (u === 5) return "lăm"; // 15 mười lăm, 25 hai mươi lăm
  return digitWord(u, s);
}

/**
 * One group of three digits. `inner` is true for a group after a higher non-zero group:
 * its hundreds are read even when zero ("một nghìn không trăm linh năm").
 */
function readGroup(value: number, inner: boolean, s: Settings): string[] {
  const [h, t, u] = [Math.floor(value / 100), Math.floor(value / 10) % 10, value % 10];
  const words = inner || h > 0 ? [digitWord(h, s), "trăm"] : [];
  if (t === 0) {
    if (u === 0) return words;
    // 5 stays "năm" after "linh": 105 = một trăm linh năm; 1 stays "một": 301 = ba trăm linh một.
    return words.length ? [...words, s.oddText, digitWord(u, s)] : [digitWord(u, s)];
  }
  words.push(...(t === 1 ? ["mười"] : [digitWord(t, s), "mươi"]));
  if (u > 0) words.push(unitsAfterTens(t, u, s));
  return words;
}

/** A number below one billion, as part of a larger number when `inner` is true. */
function readBelowBillion(n: number, inner: boolean, s: Settings): string[] {
  const groups = [Math.floor(n / 1_000_000), Math.floor(n / 1000) % 1000, n % 1000];
  const units = ["triệu", s.thousand, ""];
  const words: string[] = [];
  let started = inner;
  groups.forEach((g, i) => {
    const lowerNonZero = n % 1000 ** (2 - i) > 0;
    if (g === 0) {
      if (s.zeroGroups === "read" && started && i < 2 && lowerNonZero) words.push("không", units[i]);
      return;
    }
    words.push(...readGroup(g, started, s));
    if (units[i]) words.push(units[i]);
    started = true;
  });
  return words;
}

/**
 * Any non-negative bigint: the part above a billion is read recursively and followed by
 * "tỷ", so 10^12 = "một nghìn tỷ", 10^15 = "một triệu tỷ", 10^18 = "một tỷ tỷ".
 */
function readNumber(n: bigint, inner: boolean, s: Settings): string[] {
  if (n < BILLION) return n === 0n && !inner ? ["không"] : readBelowBillion(Number(n), inner, s);
  const high = readNumber(n / BILLION, inner, s);
  const low = n % BILLION;
  return low === 0n ? [...high, s.billion] : [...high, s.billion, ...readBelowBillion(Number(low), true, s)];
}

/**
 * An amount of đồng in words, first letter capitalised, the rest lower case, NFC.
 * Throws RangeError for a negative, fractional or unsafe (> 2^53) number, or a negative bigint:
 * that is programmer misuse — use `safeAmountInWords` for values typed by users.
 * Note: seed 001 wrote 21.000.000 as "Hai mươi một triệu"; the rule (units 1 after tens ≥ 2
 * is "mốt") gives "Hai mươi mốt triệu đồng", which is what this prints.
 * @example amountInWords(3000000) === "Ba triệu đồng"
 * @example amountInWords(21000000) === "Hai mươi mốt triệu đồng"
 * @example amountInWords(2000001) === "Hai triệu không trăm linh một đồng"
 * @example amountInWords(105, { oddText: "lẻ", currency: false }) === "Một trăm lẻ năm"
 * @example amountInWords(15000000, { even: true }) === "Mười lăm triệu đồng chẵn"
 */
export function amountInWords(amount: number | bigint, options: AmountInWordsOptions = {}): string {
  if (typeof amount === "number" && !(Number.isSafeInteger(amount) && amount >= 0)) {
    throw new RangeError(`amountInWords: expected a non-negative safe integer, got ${amount}`);
  }
  if (typeof amount === "bigint" && amount < 0n) throw new RangeError(`amountInWords: expected a non-negative amount, got ${amount}`);
  const s: Settings = { ...defaults, ...options };
  const words = readNumber(BigInt(amount), false, s);
  if (s.currency) words.push("đồng");
  if (s.even) words.push("chẵn");
  const text = words.join(" ");
  return (text.charAt(0).toUpperCase() + text.slice(1)).normalize("NFC");
}

/** Words for an amount, or the issue that prevents reading it. */
export type AmountInWordsResult = { readonly ok: true; readonly words: string } | { readonly ok: false; readonly issue: Issue };

/**
 * `amountInWords` for values from users: never throws; a negative, fractional, unreadable
 * or too large amount gives an issue (attach the cell with `locate`).
 * @example safeAmountInWords(3000000) // { ok: true, words: "Ba triệu đồng" }
 * @example safeAmountInWords(-1) // { ok: false, issue: { severity: "error", code: "budget_amount_negative", params: { amount: -1 } } }
 */
export function safeAmountInWords(amount: unknown, options: AmountInWordsOptions = {}): AmountInWordsResult {
  const issue = amountIssue(amount);
  if (issue) return { ok: false, issue };
  return { ok: true, words: amountInWords(amount as number | bigint, options) };
}
