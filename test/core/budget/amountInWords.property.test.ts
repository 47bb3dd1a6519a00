import fc from "fast-check";
import { doReadNumber, ReadingConfig } from "read-vietnamese-number";
import { amountInWords, type AmountInWordsOptions } from "../../../src/core/budget/amountInWords";

const MAX = 10n ** 15n;

/** Amounts with many zero digits, where "không trăm", "linh" and skipped groups happen. */
const sparseAmount = fc
  .array(fc.constantFrom(0, 0, 0, 0, 1, 4, 5, 9), { minLength: 1, maxLength: 16 })
  .map((digits) => BigInt(digits.join("")))
  .filter((n) => n <= MAX);
const amount = fc.oneof(fc.bigInt({ min: 0n, max: MAX }), sparseAmount, fc.bigInt({ min: 0n, max: 1_000n }));

const digitValues: Readonly<Record<string, number>> = { không: 0, một: 1, hai: 2, ba: 3, bốn: 4, năm: 5, sáu: 6, bảy: 7, bẩy: 7, tám: 8, chín: 9 };

/**
 * A strict words → number reader that also enforces the tone rules: "mốt"/"tư" only after
 * "mươi", "lăm" only after "mười"/"mươi", never "năm"/"một" right after "mươi"; and a group
 * after a higher one must read its hundreds ("không trăm").
 */
function parseGroup(words: string[], inner: boolean): number {
  if (inner && words.length > 0 && words[1] !== "trăm" && words.join(" ") !== "không") throw new Error(`missing hundreds in ${words.join(" ")}`);
  let i = 0;
  let value = 0;
  const digit = (w: string | undefined) => {
    if (w === undefined || !(w in digitValues)) throw new Error(`expected a digit, got ${w}`);
    return digitValues[w];
  };
  if (words[1] === "trăm") {
    value = digit(words[0]) * 100;
    i = 2;
  }
  const rest = words.slice(i);
  if (rest.length === 0) return value;
  if (rest[0] === "linh" || rest[0] === "lẻ") {
    if (i === 0 || rest.length !== 2 || digit(rest[1]) === 0) throw new Error(`bad odd part ${rest.join(" ")}`);
    return value + digit(rest[1]);
  }
  let tens = 0;
  let j = 0;
  if (rest[0] === "mười") [tens, j] = [1, 1];
  else if (rest[1] === "mươi") [tens, j] = [digit(rest[0]), 2];
  if (tens === 1 && rest[0] !== "mười") throw new Error("ten must be mười");
  if (tens === 0) {
    if (rest.length !== 1 || i > 0) throw new Error(`bad units ${rest.join(" ")}`);
    return value + digit(rest[0]);
  }
  const units = rest.slice(j);
  if (units.length === 0) return value + tens * 10;
  if (units.length > 1) throw new Error(`trailing words ${units.join(" ")}`);
  const u = units[0];
  const toned: Readonly<Record<string, number>> = tens >= 2 ? { mốt: 1, tư: 4, bốn: 4, lăm: 5 } : { một: 1, bốn: 4, lăm: 5 };
  if (u in toned) return value + tens * 10 + toned[u];
  if (u === "năm" || u === "một" || u === "mốt" || u === "tư" || u === "không") throw new Error(`wrong tone ${u} after tens ${tens}`);
  return value + tens * 10 + digit(u);
}

function parseBelowBillion(words: string[], inner: boolean): bigint {
  let value = 0n;
  let rest = words;
  let started = inner;
  for (const [unit, factor] of [
    ["triệu", 1_000_000n],
    ["nghìn", 1_000n],
  ] as const) {
    const at = rest.indexOf(unit);
    if (at >= 0) {
      value += BigInt(parseGroup(rest.slice(0, at), started)) * factor;
      rest = rest.slice(at + 1);
      started = true;
    }
  }
  return value + BigInt(parseGroup(rest, started));
}

/** Words (lower case, no "đồng") back to a number; the part before the last "tỷ" is read recursively. */
function wordsToNumber(words: string[], inner = false): bigint {
  const at = words.lastIndexOf("tỷ");
  if (at < 0) return parseBelowBillion(words, inner);
  return wordsToNumber(words.slice(0, at), inner) * 1_000_000_000n + parseBelowBillion(words.slice(at + 1), true);
}

describe("amountInWords properties", () => {
  it("never throws for 0..10^15 and writes well-formed text", () => {
    fc.assert(
      fc.property(amount, (n) => {
        const text = amountInWords(n);
        expect(text.charAt(0)).toBe(text.charAt(0).toUpperCase());
        expect(text.charAt(0)).not.toBe(text.charAt(0).toLowerCase());
        expect(text.slice(1)).toBe(text.slice(1).toLowerCase());
        expect(text).toBe(text.normalize("NFC"));
        expect(text).not.toMatch(/ {2}|^ | $/);
        expect(text.endsWith(" đồng")).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("reads back to the same number (round trip)", () => {
    fc.assert(
      fc.property(amount, (n) => {
        const words = amountInWords(n).toLowerCase().split(" ");
        expect(words.pop()).toBe("đồng");
        expect(wordsToNumber(words)).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });

  it("reads back with every option combination", () => {
    const options = fc.record({
      oddText: fc.constantFrom("linh", "lẻ"),
      thousand: fc.constantFrom("nghìn", "ngàn"),
      billion: fc.constantFrom("tỷ", "tỉ"),
      four: fc.constantFrom("tư", "bốn"),
      seven: fc.constantFrom("bảy", "bẩy"),
      zeroGroups: fc.constantFrom("skip", "read"),
    }) as fc.Arbitrary<AmountInWordsOptions>;
    const canonical: Readonly<Record<string, string>> = { ngàn: "nghìn", tỉ: "tỷ" };
    fc.assert(
      fc.property(amount, options, (n, o) => {
        const words = amountInWords(n, { ...o, currency: false })
          .toLowerCase()
          .split(" ")
          .map((w) => canonical[w] ?? w);
        // With zeroGroups "read", "không nghìn" reads back as a zero group.
        expect(wordsToNumber(words)).toBe(n);
      }),
      { numRuns: 1000 },
    );
  });

  it("agrees with read-vietnamese-number configured as docs/toolchain.md#amounts-in-words-read-vietnamese-number records", () => {
    const config = new ReadingConfig();
    config.unit = [];
    config.units = [[], ["nghìn"], ["triệu"], ["tỷ"]];
    config.oddText = "linh";
    fc.assert(
      fc.property(amount, (n) => {
        expect(amountInWords(n, { currency: false }).toLowerCase()).toBe(doReadNumber(n, config));
      }),
      { numRuns: 2000 },
    );
  });
});
