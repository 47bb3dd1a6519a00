/**
 * How the report names the plan's tasks: by the plan's own numbers, never renumbered and never
 * restarting silently. A plan that numbers its tasks once (1, 2 … 12; 1.1, 2.3) keeps them; one
 * whose numbering restarts in each section (Đồng Tháp 552/KH-UBND: I.1–4, II.1–5 …) prefixes the
 * section's numeral ("II.3"). The full task text is used, with the plan's own "(năm)" blank
 * filled with the report's year.
 */
import type { PlanTask } from "../plan/plan";
import { singleLine } from "../text/normalize";

/** The numeral a section heading starts with ("II. HỖ TRỢ …" → "II"), or null. */
function sectionNumeral(group: string | null): string | null {
  const m = /^\s*([IVXLC]+|[A-Z]|\d+)[.)\s]/u.exec(group ?? "");
  return m ? m[1] : null;
}

const roman = (n: number): string => {
  const table: [number, string][] = [
    [10, "X"],
    [9, "IX"],
    [5, "V"],
    [4, "IV"],
    [1, "I"],
  ];
  let out = "";
  for (const [v, s] of table) {
    while (n >= v) {
      out += s;
      n -= v;
    }
  }
  return out;
};

/**
 * The label of each task, in plan order: its number as written when numbers are unique in the
 * plan, else the section's numeral and the number ("II.3"); a section without a numeral is
 * numbered by its order (I, II …); tasks numbered twice outside any section get their row order.
 * @example taskLabels([{ no: "1", group: "I. A" }, { no: "1", group: "II. B" }]) → ["I.1", "II.1"]
 */
export function taskLabels(tasks: readonly Pick<PlanTask, "no" | "group">[]): string[] {
  const numbers = tasks.map((t) => t.no.trim());
  if (new Set(numbers).size === numbers.length) return numbers;
  const groups: string[] = [];
  for (const t of tasks) if (t.group && !groups.includes(t.group)) groups.push(t.group);
  return tasks.map((t, i) => {
    if (!t.group) return String(i + 1);
    const numeral = sectionNumeral(t.group) ?? roman(groups.indexOf(t.group) + 1);
    return `${numeral}.${numbers[i]}`;
  });
}

/**
 * A plan text as the report prints it: on one line, without a trailing "." or ";", and the plan's
 * own "(năm)" blank (seed 000: "Báo cáo kết quả … (năm).") filled with the year.
 * @example taskText("Báo cáo kết quả thực hiện (năm).", 2024) === "Báo cáo kết quả thực hiện năm 2024"
 */
export function taskText(text: string, year: number): string {
  return fillYearBlanks(singleLine(text), year)
    .replace(/[.;:,\s]+$/u, "")
    .trim();
}

/**
 * The plan's year blanks filled: "(năm)", "(năm …)", "năm …" and "năm 20…" become "năm 2024".
 * @example fillYearBlanks("Mục tiêu chất lượng (năm)", 2024) === "Mục tiêu chất lượng năm 2024"
 */
export function fillYearBlanks(text: string, year: number): string {
  return text
    .replace(/\(\s*năm\s*(?:\.{2,}|…+)?\s*\)/giu, (m) => `${m.includes("Năm") ? "Năm" : "năm"} ${year}`)
    .replace(/\b(năm|Năm)\s+(?:20)?(?:\.{2,}|…+)/gu, (_, w: string) => `${w} ${year}`);
}
