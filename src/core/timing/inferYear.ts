/**
 * The plan year of a document, from its title, prose and schedule phrases.
 *
 * Not every 4-digit number is a year of the plan: "ISO 9001:2015" names a standard,
 * "19/2014/QĐ-TTg" a legal text, "giai đoạn 2021-2030" a programme, "Căn cứ …" lines cite old
 * decisions, and the signing date of a plan for 2023 is often in December 2022. So:
 * - those contexts are ignored;
 * - each "năm 2024", "tháng 3/2024", "Quý I/2024" counts 2 and each full date 1;
 * - the title ("KẾ HOẠCH … năm 2024", "Kết quả triển khai ISO năm 2024 và …") outweighs all:
 *   the first line that ends with "năm YYYY" or starts like a title and names a year;
 * - ties go to the later year.
 */
import { stripMarkup } from "../text/normalize";

const MIN_PLAN_YEAR = 2000;
const MAX_PLAN_YEAR = 2099;
const TITLE_WEIGHT = 1000;

/** Lower case without diacritics, "đ" → "d": the patterns below are written in ASCII. */
function fold(text: string): string {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase();
}

/** Contexts whose 4-digit numbers are never the plan year. */
const NOT_A_YEAR = [
  /\d+\/\d{4}\/[a-z]/g, // document number "19/2014/qd-ttg"
  /:\s*\d{4}/g, // standard edition "9001:2015"
  /\d{4}\s*-\s*\d{4}/g, // programme period "2021-2030"
  /den nam\s*\d{4}/g, // "định hướng đến năm 2030"
];
/** Full dates, including an undated draft "ngày … tháng … năm 2024". */
const FULL_DATES = [
  /\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(\d{4})/g,
  /ngay[\s.…_]*(?:\d{1,2})?[\s.…_]*thang[\s.…_]*(?:\d{1,2})?[\s.…_]*nam\s*(\d{4})/g,
];
/** Year of a month, quarter or half-year phrase: "tháng 3/2024", "quý i năm 2024", "01/2024". */
const PERIOD_YEAR = /(?:(?:thang|quy)\s*[ivx\d]{1,4}\s*(?:nam\s*|\/\s*|-\s*)|(?<![\d/])\d{1,2}\s*\/\s*)(\d{4})(?!\d)/g;
const NAM_YEAR = /nam\s*(\d{4})(?!\d)/g;
const TITLE_START = /^(?:[#*\s]*)(?:ke hoach|bao cao|ket qua|chuong trinh|muc tieu)\b/;
const ENDS_WITH_YEAR = /nam\s*\d{4}[^a-z0-9]*$/;

/**
 * The plan year, or null when the texts name none.
 * @example inferPlanYear(["KẾ HOẠCH", "Áp dụng ISO 9001:2015 năm 2024", "Căn cứ Quyết định 19/2014/QĐ-TTg"]) === 2024
 * @example inferPlanYear(["Tháng 01/2024", "Quý II"]) === 2024
 * @example inferPlanYear(["Thường xuyên"]) === null
 */
export function inferPlanYear(texts: readonly string[]): number | null {
  const scores = new Map<number, number>();
  const add = (year: number, weight: number) => {
    if (year >= MIN_PLAN_YEAR && year <= MAX_PLAN_YEAR) scores.set(year, (scores.get(year) ?? 0) + weight);
  };
  let titleSeen = false;

  for (const text of texts) {
    for (const rawLine of stripMarkup(String(text ?? "")).split(/\n+/)) {
      let line = fold(rawLine).trim();
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
