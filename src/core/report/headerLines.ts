/**
 * The lines of the decree's header block (NĐ 30/2020 Mẫu 1.4, top left): the governing body and
 * the agency's name, in capitals, each on as many lines as the block's width needs, broken only
 * between word groups, never inside one ("SỞ KHOA HỌC / VÀ CÔNG NGHỆ", "SỞ LAO ĐỘNG - / THƯƠNG
 * BINH VÀ XÃ HỘI", never "SỞ KHOA HỌC VÀ CÔNG / NGHỆ"). The .docx and the "Báo cáo" sheet print
 * the same lines: the breaks are in the model's text.
 */
import { textWidthPoints } from "../sheet/textMetrics";

/**
 * Width the header's left block gives a line, in points: the .docx cell is 40 % of the 165 mm
 * text width (187 pt) less its margins; the sheet's merged A:B is 186 pt less its own. Both
 * keep 170 pt, so a line that fits one fits the other.
 */
export const headerBlockPoints = 170;

/** Words a header line may start with (a new word group starts): conjunctions and place designators. */
const startsGroup = new Set(["VÀ", "TỈNH", "THÀNH", "HUYỆN", "QUẬN", "THỊ", "XÃ", "PHƯỜNG", "ĐẶC"]);

/** Word groups of agency names a line may start with (where no comma, dash or "VÀ" offers a break). */
const groupStarts = ["HÀNH CHÍNH", "DỊCH VỤ", "CÁC KHU"];

/** The word groups agency names start with: a line may end after them ("ỦY BAN NHÂN DÂN / TỈNH …", "SỞ / …"). */
const heads = [
  "ỦY BAN NHÂN DÂN",
  "UỶ BAN NHÂN DÂN",
  "UBND",
  "SỞ",
  "BAN QUẢN LÝ",
  "BAN",
  "TRUNG TÂM",
  "CHI CỤC",
  "VĂN PHÒNG",
  "PHÒNG",
  "BỘ",
  "TỔNG CỤC",
  "CỤC",
  "VIỆN",
  "BỆNH VIỆN",
  "TRƯỜNG",
  "BẢO HIỂM XÃ HỘI",
];

/**
 * Where a line may break in `words` (index of the first word of the new line): after a comma or
 * a dash, before a word that starts a group, after the name's head.
 */
function safeBreaks(words: readonly string[]): number[] {
  const at = new Set<number>();
  for (let i = 1; i < words.length; i++) {
    if (/[,;]$/u.test(words[i - 1]) || words[i - 1] === "-" || words[i] === "-") at.add(words[i] === "-" ? i + 1 : i);
    if (startsGroup.has(words[i])) at.add(i);
    if (groupStarts.some((g) => words.slice(i, i + g.split(" ").length).join(" ") === g)) at.add(i);
  }
  const text = words.join(" ");
  for (const head of heads) {
    if (text.startsWith(`${head} `)) {
      at.add(head.split(" ").length);
      break;
    }
  }
  return [...at].filter((i) => i > 0 && i < words.length).sort((a, b) => a - b);
}

/**
 * A header name broken into lines that fit `maxPoints` at the font size: a name that fits stays
 * on one line; lines the user typed are kept (each broken again only if too wide); otherwise the
 * most balanced break among the safe ones whose lines fit, else the most balanced safe break.
 * @example headerLines("SỞ KHOA HỌC VÀ CÔNG NGHỆ", 12, true) === "SỞ KHOA HỌC\nVÀ CÔNG NGHỆ"
 * @example headerLines("SỞ Y TẾ", 12, true) === "SỞ Y TẾ"
 */
export function headerLines(name: string, fontSize: number, bold: boolean, maxPoints = headerBlockPoints): string {
  const typed = name
    .split(/\r?\n/)
    .map((l) => l.replace(/\s+/g, " ").trim())
    .filter(Boolean);
  return typed.map((line) => breakLine(line, fontSize, bold, maxPoints)).join("\n");
}

function breakLine(line: string, fontSize: number, bold: boolean, maxPoints: number): string {
  const width = (s: string) => textWidthPoints(s, fontSize, bold);
  if (width(line) <= maxPoints) return line;
  const words = line.split(" ");
  const breaks = safeBreaks(words);
  if (breaks.length === 0) return line;
  const split = (i: number) => [words.slice(0, i).join(" "), words.slice(i).join(" ")] as const;
  const imbalance = (i: number) => {
    const [a, b] = split(i);
    return Math.abs(width(a) - width(b));
  };
  const fitting = breaks.filter((i) => split(i).every((part) => width(part) <= maxPoints));
  const pool = fitting.length ? fitting : breaks;
  const best = pool.reduce((a, b) => (imbalance(b) < imbalance(a) ? b : a));
  // A part still too wide is broken again at its own safe places.
  return split(best)
    .map((part) => breakLine(part, fontSize, bold, maxPoints))
    .join("\n");
}

/**
 * The governing body (12 pt) and the agency's name (12 pt bold) as the header block prints them,
 * in capitals, broken into lines (headerLines).
 * @example headerNames({ governingBody: "UBND tỉnh X", agencyName: "Sở Khoa học và Công nghệ" }).agencyName === "SỞ KHOA HỌC\nVÀ CÔNG NGHỆ"
 */
export function headerNames(agency: { readonly governingBody: string; readonly agencyName: string }): { governingBody: string; agencyName: string } {
  return {
    governingBody: headerLines(agency.governingBody.toLocaleUpperCase("vi"), 12, false),
    agencyName: headerLines(agency.agencyName.toLocaleUpperCase("vi"), 12, true),
  };
}
