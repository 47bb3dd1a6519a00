/**
 * The plan year of a document, from its title, prose and schedule phrases.
 *
 * Not every 4-digit number is a year of the plan: "ISO 9001:2015" names a standard,
 * "19/2014/QĐ-TTg" a legal text, "giai đoạn 2021-2030" a programme, "Căn cứ …" lines cite old
 * decisions, and the signing date of a plan for 2023 is often in December 2022. So:
 * - those contexts are ignored, and so is every document a line cites with its date ("Nghị
 *   định số 80/2021/NĐ-CP ngày 26/8/2021" in a task's text): a citation's date is never a
 *   schedule, so never the plan's year;
 * - each "năm 2024", "tháng 3/2024", "Quý I/2024" counts 2 and each full date 1;
 * - the title ("KẾ HOẠCH … năm 2024", "Kết quả triển khai ISO năm 2024 và …") outweighs all:
 *   the first line that ends with "năm YYYY" or starts like a title and names a year;
 * - ties go to the later year.
 */
import { parseDocumentReferences } from "../evidence/parseDocumentReferences";
import { stripMarkup } from "../text/normalize";

/**
 * The years prose may name as the plan's: narrower than a year typed in a cell (calendar/dates.ts
 * reads 1900–2199 there), because prose also cites history ("Cách mạng tháng Tám năm 1945",
 * "từ năm 1998"), and a guess must not land on it.
 */
const MIN_PLAN_YEAR = 2000;
const MAX_PLAN_YEAR = 2099;
const TITLE_WEIGHT = 1000;

/** Lower case without diacritics, "đ" → "d": the patterns below are written in ASCII. */
function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase();
}

/** The longest text read for years: a title or a timing cell is short; a 10 MB cell is read by its start only. */
const maxTextLength = 20_000;
const capped = (text: unknown) => {
  const s = String(text ?? "");
  return s.length > maxTextLength ? s.slice(0, maxTextLength) : s;
};

/** Contexts whose 4-digit numbers are never the plan year. */
const NOT_A_YEAR = [
  /\d+\/\d{4}\/[a-z]/g, // document number "19/2014/qd-ttg"
  /:\s*\d{4}/g, // standard edition "9001:2015"
  /\d{4}\s*-\s*\d{4}/g, // programme period "2021-2030"
  /den nam\s*\d{4}/g, // "định hướng đến năm 2030"
];
/** Full dates, including an undated draft "ngày … tháng … năm 2024". */
const FULL_DATES = [/\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(\d{4})/g, /ngay[\s.…_]*(?:\d{1,2})?[\s.…_]*thang[\s.…_]*(?:\d{1,2})?[\s.…_]*nam\s*(\d{4})/g];
/** Year of a month, quarter or half-year phrase: "tháng 3/2024", "quý i năm 2024", "Quí IV-2025", "01/2024". */
const PERIOD_YEAR = /(?:(?:thang|quy|qui)\s*[ivx\d]{1,4}\s*(?:nam\s*|\/\s*|-\s*)|(?<![\d/])\d{1,2}\s*\/\s*)(\d{4})(?!\d)/g;
const NAM_YEAR = /nam\s*(\d{4})(?!\d)/g;
const TITLE_START = /^(?:[#*\s]*)(?:ke hoach|bao cao|ket qua|chuong trinh|muc tieu)\b/;
const ENDS_WITH_YEAR = /nam\s*\d{4}[^a-z0-9]*$/;

/**
 * The line with every cited document (its number, symbol and date) blanked out, except on the
 * appendix's "(Kèm theo Kế hoạch số … ngày …)" line: that reference is the plan's own.
 */
function withoutCitations(line: string): string {
  const text = line.normalize("NFC");
  if (/\bkem theo\b/.test(fold(text))) return text;
  return parseDocumentReferences(text).reduce((rest, ref) => rest.replace(ref.text, " "), text);
}

/**
 * The plan year, or null when the texts name none.
 * @example inferPlanYear(["KẾ HOẠCH", "Áp dụng ISO 9001:2015 năm 2024", "Căn cứ Quyết định 19/2014/QĐ-TTg"]) === 2024
 * @example inferPlanYear(["Tháng 01/2024", "Quý II"]) === 2024
 * @example inferPlanYear(["Thường xuyên"]) === null
 * @example inferPlanYear(["Triển khai Nghị định số 80/2021/NĐ-CP ngày 26/8/2021", "Quý I"]) === null
 */
export function inferPlanYear(texts: readonly string[]): number | null {
  const scores = new Map<number, number>();
  const add = (year: number, weight: number) => {
    if (year >= MIN_PLAN_YEAR && year <= MAX_PLAN_YEAR) scores.set(year, (scores.get(year) ?? 0) + weight);
  };
  let titleSeen = false;

  for (const text of texts) {
    for (const rawLine of stripMarkup(capped(text)).split(/\n+/)) {
      let line = fold(withoutCitations(rawLine)).trim();
      if (line === "" || /^[-+*\s]*can cu\b/.test(line)) continue;
      for (const pattern of NOT_A_YEAR) line = line.replace(pattern, " ");
      for (const pattern of FULL_DATES) {
        line = line.replace(pattern, (_whole, year: string) => {
          add(Number(year), 1);
          return " ";
        });
      }
      line = line.replace(PERIOD_YEAR, (_whole, year: string) => {
        add(Number(year), 2);
        return " ";
      });
      const years = [...line.matchAll(NAM_YEAR)].map((m) => Number(m[1]));
      for (const year of years) add(year, 2);
      const firstPlausible = years.find((y) => y >= MIN_PLAN_YEAR && y <= MAX_PLAN_YEAR);
      if (!titleSeen && firstPlausible !== undefined && (ENDS_WITH_YEAR.test(line) || TITLE_START.test(line))) {
        titleSeen = true;
        add(firstPlausible, TITLE_WEIGHT);
      }
    }
  }

  let best: number | null = null;
  for (const [year, score] of scores) {
    const bestScore = best === null ? -1 : (scores.get(best) ?? 0);
    if (score > bestScore || (score === bestScore && best !== null && year > best)) best = year;
  }
  return best;
}

/** Title words of a plan or its appendix ("KẾ HOẠCH …", "DANH MỤC CÁC NHIỆM VỤ …"), folded. */
const HEADING_START = /^(?:[#*\s]*)(?:ke hoach|chuong trinh|danh muc|nhiem vu|phu luc|de an|lo trinh)\b/;
const PERIOD_RANGE = /(?:giai doan|thoi ky|cac nam|tu nam)\s*(\d{4})\s*[-–—]\s*(\d{4})(?!\d)/;
const PERIOD_UNTIL = /den nam\s*(\d{4})(?!\d)/;
const SINGLE_YEAR = /nam\s*(\d{4})(?!\d)/;

/** A line set like a heading: title words, or mostly capital letters ("… GIAI ĐOẠN 2026-2030 TRÊN ĐỊA BÀN TỈNH"). */
function isHeading(raw: string, folded: string): boolean {
  if (HEADING_START.test(folded)) return true;
  const letters = raw.replace(/[^\p{L}]/gu, "");
  if (letters.length < 12) return false;
  const upper = letters.replace(/[^\p{Lu}]/gu, "").length;
  return upper / letters.length >= 0.8;
}

/**
 * The years of a multi-year plan, from its title: "… GIAI ĐOẠN 2026-2030" gives [2026, 2030];
 * "… ĐẾN NĂM 2030" gives [the year the plan was issued, 2030] (its "Kèm theo Kế hoạch số …
 * ngày …/2025" line, else `planYear`, what the rest of the document says). Null for a one-year plan: the first heading that names a year decides, so "KẾ HOẠCH …
 * năm 2024" is one year even when its prose cites a "giai đoạn 2021-2030" programme. Lines
 * starting "Căn cứ" and prose (not a heading) are never read.
 * @example inferPlanPeriod(["DANH MỤC CÁC NHIỆM VỤ … GIAI ĐOẠN 2026-2030 TRÊN ĐỊA BÀN TỈNH"], 2025) // [2026, 2030]
 * @example inferPlanPeriod(["KẾ HOẠCH áp dụng ISO năm 2024", "thực hiện Chiến lược giai đoạn 2021-2030"], 2024) === null
 */
export function inferPlanPeriod(texts: readonly string[], planYear: number | null): [number, number] | null {
  let afterBareTitle = false;
  for (const text of texts) {
    for (const rawLine of stripMarkup(capped(text)).split(/\n+/)) {
      const line = fold(rawLine).trim();
      if (line === "") continue;
      // "KẾ HOẠCH" alone: the next line is the title's subject ("Duy trì … giai đoạn 2021–2025").
      const subject = afterBareTitle;
      afterBareTitle = /^(?:ke hoach|chuong trinh|de an|lo trinh)$/.test(line.replace(/[^a-z ]/g, "").trim());
      if (/^[-+*\s(]*(?:can cu|kem theo|ban hanh kem theo)\b/.test(line) || !(subject || isHeading(rawLine, line))) continue;
      // The first year phrase of the heading decides: "… NĂM 2024 VÀ ĐỊNH HƯỚNG GIAI ĐOẠN 2025-2030" is one year.
      const range = PERIOD_RANGE.exec(line);
      const until = PERIOD_UNTIL.exec(line);
      const single = SINGLE_YEAR.exec(line.replace(PERIOD_UNTIL, (m) => " ".repeat(m.length)));
      const first = [range, until, single].filter((m): m is RegExpExecArray => m !== null).sort((x, y) => x.index - y.index)[0];
      if (!first) continue;
      if (first === range) {
        const [a, b] = [Number(first[1]), Number(first[2])];
        return a >= MIN_PLAN_YEAR && b <= MAX_PLAN_YEAR && a < b ? [a, b] : null;
      }
      if (first === until) {
        const b = Number(first[1]);
        const a = issueYear(texts) ?? planYear;
        return a !== null && a < b && b <= MAX_PLAN_YEAR ? [a, b] : null;
      }
      return null;
    }
  }
  return null;
}

/** The year of the "(Kèm theo Kế hoạch số … ngày 18 tháng 11 năm 2025)" line, even undated ("ngày / /2025"). */
function issueYear(texts: readonly string[]): number | null {
  for (const text of texts) {
    for (const rawLine of stripMarkup(capped(text)).split(/\n+/)) {
      const line = fold(rawLine);
      if (!/\b(?:kem theo|ban hanh kem theo)\b/.test(line)) continue;
      const m = /ngay[\s\d./…_-]*?(?:thang[\s\d.…_]*nam\s*)?(\d{4})(?!\d)/.exec(line);
      if (m && Number(m[1]) >= MIN_PLAN_YEAR && Number(m[1]) <= MAX_PLAN_YEAR) return Number(m[1]);
    }
  }
  return null;
}
