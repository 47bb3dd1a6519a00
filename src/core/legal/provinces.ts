/**
 * The 2025 map: the 34 provinces and centrally-run cities after Nghị quyết 202/2025/QH15 (adopted
 * 12/6/2025; the new provincial and commune governments operate from 01/7/2025, when the district
 * level ended), each with the former provinces it absorbed. Typed from the annex of Nghị quyết
 * 60-NQ/TW (12/4/2025), whose 23 mergers and 11 unchanged provinces the resolution enacted
 * (docs/legal-bases.md, sources NQ60-TW, UBTVQH-1667, CODE-202); test/core/legal/provinces.test.ts
 * checks each pair against that list.
 *
 * Names are data (Vietnamese proper names), written as the annex writes them with the "oà/uỳ"
 * spelling of the rest of the product ("Khánh Hòa", "Hòa Bình"); comparison ignores diacritics and
 * case. Also: Thừa Thiên Huế became the centrally-run city of Huế on 01/01/2025 (Nghị quyết
 * 175/2024/QH15), before the merger, and stayed unchanged in it.
 */

/** A province or centrally-run city after 01/7/2025. */
import { foldKey } from "../text/normalize";

export interface Province {
  /** "Khánh Hòa", "Hồ Chí Minh". */
  readonly name: string;
  /** "tỉnh" or "thành phố" (centrally run). */
  readonly type: "tỉnh" | "thành phố";
  /** The former provinces merged into it, not counting itself ([] for the 11 unchanged). */
  readonly absorbed: readonly string[];
}

/** The day the new provinces, the communes formed in 2025 and the two-tier local government started. */
export const reorganisationDate = "2025-07-01";

export const provinces2025: readonly Province[] = [
  // I. Unchanged (annex part I).
  { name: "Hà Nội", type: "thành phố", absorbed: [] },
  { name: "Huế", type: "thành phố", absorbed: [] },
  { name: "Lai Châu", type: "tỉnh", absorbed: [] },
  { name: "Điện Biên", type: "tỉnh", absorbed: [] },
  { name: "Sơn La", type: "tỉnh", absorbed: [] },
  { name: "Lạng Sơn", type: "tỉnh", absorbed: [] },
  { name: "Quảng Ninh", type: "tỉnh", absorbed: [] },
  { name: "Thanh Hóa", type: "tỉnh", absorbed: [] },
  { name: "Nghệ An", type: "tỉnh", absorbed: [] },
  { name: "Hà Tĩnh", type: "tỉnh", absorbed: [] },
  { name: "Cao Bằng", type: "tỉnh", absorbed: [] },
  // II. Merged (annex part II, in its order).
  { name: "Tuyên Quang", type: "tỉnh", absorbed: ["Hà Giang"] },
  { name: "Lào Cai", type: "tỉnh", absorbed: ["Yên Bái"] },
  { name: "Thái Nguyên", type: "tỉnh", absorbed: ["Bắc Kạn"] },
  { name: "Phú Thọ", type: "tỉnh", absorbed: ["Vĩnh Phúc", "Hòa Bình"] },
  { name: "Bắc Ninh", type: "tỉnh", absorbed: ["Bắc Giang"] },
  { name: "Hưng Yên", type: "tỉnh", absorbed: ["Thái Bình"] },
  { name: "Hải Phòng", type: "thành phố", absorbed: ["Hải Dương"] },
  { name: "Ninh Bình", type: "tỉnh", absorbed: ["Hà Nam", "Nam Định"] },
  { name: "Quảng Trị", type: "tỉnh", absorbed: ["Quảng Bình"] },
  { name: "Đà Nẵng", type: "thành phố", absorbed: ["Quảng Nam"] },
  { name: "Quảng Ngãi", type: "tỉnh", absorbed: ["Kon Tum"] },
  { name: "Gia Lai", type: "tỉnh", absorbed: ["Bình Định"] },
  { name: "Khánh Hòa", type: "tỉnh", absorbed: ["Ninh Thuận"] },
  { name: "Lâm Đồng", type: "tỉnh", absorbed: ["Đắk Nông", "Bình Thuận"] },
  { name: "Đắk Lắk", type: "tỉnh", absorbed: ["Phú Yên"] },
  { name: "Hồ Chí Minh", type: "thành phố", absorbed: ["Bà Rịa - Vũng Tàu", "Bình Dương"] },
  { name: "Đồng Nai", type: "tỉnh", absorbed: ["Bình Phước"] },
  { name: "Tây Ninh", type: "tỉnh", absorbed: ["Long An"] },
  { name: "Cần Thơ", type: "thành phố", absorbed: ["Sóc Trăng", "Hậu Giang"] },
  { name: "Vĩnh Long", type: "tỉnh", absorbed: ["Bến Tre", "Trà Vinh"] },
  { name: "Đồng Tháp", type: "tỉnh", absorbed: ["Tiền Giang"] },
  { name: "Cà Mau", type: "tỉnh", absorbed: ["Bạc Liêu"] },
  { name: "An Giang", type: "tỉnh", absorbed: ["Kiên Giang"] },
];

/** A former province and where it went. */
export interface FormerProvince {
  /** "Ninh Thuận". */
  readonly name: string;
  /** The province or city it is part of now. */
  readonly into: Province;
  /** The day it became part of it, ISO. */
  readonly from: string;
  /** Other ways it is written: "Bà Rịa Vũng Tàu", "Thừa Thiên - Huế". */
  readonly spellings: readonly string[];
}

const province = (name: string) => provinces2025.find((p) => p.name === name)!;

/** Every former province: the 29 merged on 01/7/2025, and Thừa Thiên Huế (a city from 01/01/2025). */
export const formerProvinces: readonly FormerProvince[] = [
  ...provinces2025.flatMap((p) =>
    p.absorbed.map((name) => ({
      name,
      into: p,
      from: reorganisationDate,
      spellings: name === "Bà Rịa - Vũng Tàu" ? ["Bà Rịa Vũng Tàu", "BR-VT", "BRVT"] : [],
    })),
  ),
  { name: "Thừa Thiên Huế", into: province("Huế"), from: "2025-01-01", spellings: ["Thừa Thiên - Huế", "TT-Huế", "TT Huế"] },
];

/**
 * The province or city a name refers to on a date: a former province's successor from the day it
 * was merged; the name itself otherwise (null when it is no province).
 * @example currentProvince("Ninh Thuận", "2026-01-01")?.name === "Khánh Hòa"
 * @example currentProvince("Ninh Thuận", "2025-06-30") === null
 */
export function currentProvince(name: string, iso: string): Province | null {
  const key = provinceKey(name);
  const former = formerProvinces.find((f) => [f.name, ...f.spellings].some((n) => provinceKey(n) === key));
  if (former) return iso >= former.from ? former.into : null;
  return provinces2025.find((p) => provinceKey(p.name) === key) ?? null;
}

/** Comparison key of a province name: no diacritics, no case, hyphens and spaces alike ("Bà Rịa–Vũng Tàu" = "ba ria vung tau"). */
export function provinceKey(name: string): string {
  return foldKey(name);
}

/** A former province named in a text. */
export interface FormerProvinceMention {
  readonly former: FormerProvince;
  /** The words as written ("NINH THUẬN", "tỉnh Ninh Thuận"). */
  readonly written: string;
  /** Where in the NFC text, and how long, in code points. */
  readonly index: number;
  readonly length: number;
  /** The administrative word written before it, if any ("tỉnh", "TỈNH"). */
  readonly prefix: string | null;
}

/**
 * The text folded one character for one (diacritics and case removed, "đ" → "d"), so a match in
 * the folded text sits at the same place in the original: "Hoà Bình" and "Hòa Bình" fold alike.
 */
function foldSameLength(text: string): string {
  return [...text]
    .map((c) => {
      const base = c.normalize("NFD")[0];
      return (base === "đ" || base === "Đ" ? "d" : base).toLowerCase();
    })
    .join("");
}

/** Every spelling of every former province, longest first, as a pattern over folded text. */
const mentionPattern = (() => {
  const spellings = formerProvinces.flatMap((f) => [f.name, ...f.spellings]).map((s) => provinceKey(s));
  spellings.sort((a, b) => b.length - a.length);
  const alt = spellings.map((s) => s.replace(/ /g, "[\\s\\-–]+"));
  return new RegExp(`(?<![a-z0-9])(?:(tinh|thanh pho|tp\\.?)\\s+)?(${alt.join("|")})(?![a-z0-9])`, "g");
})();

/**
 * The former provinces a text names, in order (any case, with or without diacritics, old or new
 * tone placement). "Thái Bình Dương" (the Pacific) is not Thái Bình.
 * @example formerProvinceMentions("UBND TỈNH NINH THUẬN")[0].former.into.name === "Khánh Hòa"
 */
export function formerProvinceMentions(text: string): FormerProvinceMention[] {
  const source = [...text.normalize("NFC")];
  const folded = foldSameLength(source.join(""));
  const chars = [...folded];
  // Indexes in code points: the folded string has one code point per source code point.
  const out: FormerProvinceMention[] = [];
  for (const m of folded.matchAll(mentionPattern)) {
    const at = [...folded.slice(0, m.index ?? 0)].length;
    const length = [...m[0]].length;
    const key = provinceKey(m[2]);
    const former = formerProvinces.find((f) => [f.name, ...f.spellings].some((n) => provinceKey(n) === key))!;
    if (/^\s+duong(?![a-z])/.test(chars.slice(at + length).join(""))) continue;
    const prefixLength = length - [...m[2]].length;
    out.push({
      former,
      written: source.slice(at, at + length).join(""),
      index: at,
      length,
      prefix: prefixLength
        ? source
            .slice(at, at + prefixLength)
            .join("")
            .trim()
        : null,
    });
  }
  return out;
}

/**
 * The text with each former province replaced by its successor from the day of the merger, its
 * administrative word adjusted ("tỉnh Bình Dương" → "thành phố Hồ Chí Minh") and its case kept
 * ("UBND TỈNH NINH THUẬN" → "UBND TỈNH KHÁNH HÒA"). Null when nothing changes on that date.
 * @example renameProvinces("UBND TỈNH NINH THUẬN", "2026-01-01") === "UBND TỈNH KHÁNH HÒA"
 */
export function renameProvinces(text: string, iso: string): string | null {
  const source = [...text.normalize("NFC")];
  const mentions = formerProvinceMentions(text).filter((m) => iso >= m.former.from);
  if (!mentions.length) return null;
  let out = "";
  let last = 0;
  for (const m of mentions) {
    out += source.slice(last, m.index).join("");
    const upper = m.written === m.written.toLocaleUpperCase("vi") && m.written !== m.written.toLocaleLowerCase("vi");
    const prefix = m.prefix ? (m.former.into.type === "thành phố" ? "thành phố" : "tỉnh") : null;
    // "Thành phố Hồ Chí Minh" keeps its capital T in running text, as the city writes itself.
    const written = prefix ? `${m.prefix && /^\p{Lu}/u.test(m.prefix) ? capitalise(prefix) : prefix} ${m.former.into.name}` : m.former.into.name;
    out += upper ? written.toLocaleUpperCase("vi") : written;
    last = m.index + m.length;
  }
  return out + source.slice(last).join("");
}

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase("vi") + s.slice(1);
