/**
 * Finding the columns of a dossier list by meaning: diacritics-insensitive keyword scoring over
 * header cells, whatever the export calls them ("Ngày nhận", "NGAY TIEP NHAN", "Hạn giải quyết"…).
 */
import type { Grid } from "../grid/grid";
import { headerCells, cellText, type HeaderCell } from "./headers";
import { readDate } from "../calendar/dates";
import { fold, hasAny } from "./text";

/** What a list column holds. */
export type ListRole = "field" | "received" | "due" | "result" | "status";

/** 0-based column index per role; `received` is always found. */
export interface ListColumns {
  readonly field?: number;
  readonly received: number;
  readonly due?: number;
  readonly result?: number;
  readonly status?: number;
}

/** A dossier list found in a grid: the header row (0-based) and the columns. */
export interface ListLayout {
  readonly headerRow: number;
  readonly columns: ListColumns;
}

const MAX_HEADER_SEARCH = 30;
const DATA_SAMPLE = 20;

/** Starts with one of the words (e.g. "Số tiếp nhận", "Mã hồ sơ"). */
function startsWithAny(f: string, words: readonly string[]): boolean {
  return words.some((w) => f.startsWith(` ${w} `));
}

const NOT_A_DATE = ["nguoi", "can bo", "cong chuc", "noi", "hinh thuc", "kenh", "bo phan", "don vi", "phuong thuc"];

/**
 * Scores how well a header caption fits a role: 0 = not at all. Exported for tests.
 * @example listRoleScore("Ngày hẹn trả", "due") > 0 && listRoleScore("Ngày hẹn trả", "result") === 0
 */
export function listRoleScore(caption: string, role: ListRole): number {
  const f = fold(caption);
  const dated = hasAny(f, ["ngay", "thoi gian", "thoi diem", "date"]) ? 2 : 0;
  switch (role) {
    case "field":
      if (!hasAny(f, ["linh vuc"])) return 0;
      return startsWithAny(f, ["ma", "so"]) ? 3 : 10;
    case "status":
      return hasAny(f, ["trang thai", "tinh trang", "status"]) ? 10 : 0;
    case "received":
      if (!hasAny(f, ["tiep nhan", "ngay nhan", "nhan ho so", "ngay nop", "nop ho so", "thoi gian nhan", "received"])) return 0;
      if (hasAny(f, ["hen", "han", "tra", "ket qua", "hoan thanh", ...NOT_A_DATE]) || startsWithAny(f, ["so", "ma"])) return 0;
      return 8 + dated;
    case "due":
      if (hasAny(f, ["qua han", "trong han", "dung han", "truoc han", "tre han", "so ngay", "nguoi"])) return 0;
      if (hasAny(f, ["hen tra", "ngay hen", "hen tra ket qua", "due"])) return 10;
      if (hasAny(f, ["han xu ly", "han giai quyet", "han tra", "thoi han", "den han", "han hoan thanh", "han ket thuc"])) return 9;
      if (f === " han " || f === " ngay han ") return 6;
      return hasAny(f, ["han"]) && dated ? 6 : 0;
    case "result":
      if (hasAny(f, ["hen", "han", "so ngay", ...NOT_A_DATE]) || startsWithAny(f, ["so", "ma"])) return 0;
      if (hasAny(f, ["co ket qua", "xu ly xong", "giai quyet xong"])) return 11;
      if (hasAny(f, ["co kq", "tra ket qua", "tra kq", "ngay tra", "hoan thanh", "ket thuc", "ngay ket qua"])) return 10;
      if (hasAny(f, ["nhan ket qua", "nhan kq"])) return 9;
      return hasAny(f, ["ngay giai quyet", "ngay xu ly"]) ? 6 : 0;
  }
}

const ROLES: readonly ListRole[] = ["field", "received", "due", "result", "status"];

/**
 * Assigns roles to the header cells: best score first, one column per role, leftmost on ties.
 * The due and result roles only go to a column that `holdsDates` (so "Thời hạn giải quyết (ngày)" holding
 * numbers of days is not taken for the due date).
 * @example assignListRoles([{ group: "", own: "Ngày nhận" }, { group: "", own: "Hạn giải quyết" }]) // { received: 0, due: 1 }
 */
export function assignListRoles(cells: readonly HeaderCell[], holdsDates: (col: number) => boolean = () => true): Partial<Record<ListRole, number>> {
  const candidates: { role: ListRole; col: number; score: number }[] = [];
  cells.forEach((cell, col) => {
    for (const role of ROLES) {
      if ((role === "due" || role === "result") && !holdsDates(col)) continue;
      const own = listRoleScore(cell.own, role);
      const both = cell.group ? listRoleScore(`${cell.group} ${cell.own}`, role) - 1 : 0;
      const score = Math.max(own, both);
      if (score > 0) candidates.push({ role, col, score });
    }
  });
  candidates.sort((a, b) => b.score - a.score || a.col - b.col);
  const out: Partial<Record<ListRole, number>> = {};
  const used = new Set<number>();
  for (const c of candidates) {
    if (out[c.role] !== undefined || used.has(c.col)) continue;
    out[c.role] = c.col;
    used.add(c.col);
  }
  return out;
}

/**
 * Finds a dossier list: a header row with a reception-date column and a due-date or result-date
 * column, followed by rows whose reception cells read as dates (at least half of the first 20),
 * or, when the dates are unreadable, a header with due-date and result-date or status columns.
 * Null when there is none.
 * @example findListLayout(grid)?.columns.received === 3
 */
export function findListLayout(grid: Grid): ListLayout | null {
  let best: { layout: ListLayout; score: number } | null = null;
  const last = Math.min(grid.rows.length - 1, MAX_HEADER_SEARCH);
  for (let h = 0; h <= last; h++) {
    const roles = assignListRoles(headerCells(grid, h), (col) => holdsDates(grid, h + 1, col));
    if (roles.received === undefined || (roles.due === undefined && roles.result === undefined)) continue;
    const dates = datedRows(grid, h + 1, roles.received);
    // Without dates below, only a header that is unmistakably a list (due date plus result or status) counts.
    const unmistakable = roles.due !== undefined && (roles.result !== undefined || roles.status !== undefined);
    if (dates === 0 && !(unmistakable && h + 1 < grid.rows.length)) continue;
    const score = Object.keys(roles).length * 100 + dates;
    if (!best || score > best.score) best = { layout: { headerRow: h, columns: { ...roles, received: roles.received } }, score };
  }
  return best?.layout ?? null;
}

/** True when the first non-empty cells below `start` in column `col` include a date, or there are none. */
function holdsDates(grid: Grid, start: number, col: number): boolean {
  let seen = 0;
  for (let r = start; r < grid.rows.length && seen < DATA_SAMPLE; r++) {
    const text = cellText(grid, r, col);
    if (text === "") continue;
    if (readDate(text).kind === "date") return true;
    seen++;
  }
  return seen === 0;
}

/** How many of the first non-empty cells below `start` in column `col` are dates; 0 unless at least half are. */
function datedRows(grid: Grid, start: number, col: number): number {
  let seen = 0;
  let dated = 0;
  for (let r = start; r < grid.rows.length && seen < DATA_SAMPLE; r++) {
    const text = cellText(grid, r, col);
    if (text === "") continue;
    seen++;
    if (readDate(text).kind === "date") dated++;
  }
  return dated > 0 && dated * 2 >= seen ? dated : 0;
}
