import { foldKey } from "../text/normalize";

/** What a column of a task table holds. */
export type ColumnRole = "no" | "group" | "task" | "output" | "timing" | "units" | "lead" | "head" | "support" | "subject" | "status" | "evidence" | "note";

/**
 * Header words by role, folded (no diacritics, lower case). Order inside a role does not
 * matter; across roles, the longest matching phrase wins, so "thời gian thực hiện" is a
 * timing header although "thực hiện" also appears in unit headers.
 */
const headerPhrases: Readonly<Record<ColumnRole, readonly string[]>> = {
  no: ["tt", "stt", "so tt", "so thu tu", "thu tu"],
  group: ["nhom nhiem vu", "nhom cong viec", "nhom"],
  task: ["noi dung", "nhiem vu", "noi dung cong viec", "noi dung nhiem vu", "cong viec", "noi dung thuc hien", "ten nhiem vu", "hoat dong chinh"],
  // "Kết quả thực hiện" in a plan's appendix is the expected result ("Quyết định … được ban hành"), a product.
  output: ["san pham", "hoat dong san pham", "ket qua dau ra", "san pham dau ra", "hoat dong", "hinh thuc san pham", "ket qua thuc hien", "ket qua du kien"],
  timing: ["tien do", "thoi gian", "thoi han", "thoi gian hoan thanh", "thoi gian thuc hien", "tien do thoi gian", "moc thoi gian"],
  units: [
    "phan cong",
    "don vi thuc hien",
    "don vi",
    "trach nhiem",
    "trach nhiem thuc hien",
    "cach thuc thuc hien",
    "bo phan thuc hien",
    "nguoi thuc hien",
    "co quan thuc hien",
    "don vi bo phan",
  ],
  lead: ["chu tri", "don vi chu tri", "bo phan chu tri", "co quan chu tri"],
  // A column of persons ("Cục trưởng Cục …", "Giám đốc Trung tâm …"): their units join the lead units.
  head: ["nguoi dung dau", "nguoi dung dau chiu trach nhiem", "lanh dao chiu trach nhiem", "thu truong chiu trach nhiem"],
  support: ["phoi hop", "don vi phoi hop", "bo phan phoi hop", "co quan phoi hop"],
  // The unit a task is done *to* (inspected, audited, supported, surveyed): not a unit that does it.
  subject: [
    "don vi duoc kiem tra",
    "don vi duoc danh gia",
    "don vi duoc ho tro",
    "don vi duoc khao sat",
    "don vi duoc giam sat",
    "don vi duoc huong dan",
    "co quan duoc kiem tra",
    "co quan duoc danh gia",
    "co quan duoc ho tro",
    "co quan don vi duoc kiem tra",
    "co quan don vi duoc danh gia",
    "co quan don vi duoc ho tro",
    "doi tuong kiem tra",
    "doi tuong duoc kiem tra",
    "doi tuong danh gia",
    "doi tuong duoc danh gia",
    "doi tuong ho tro",
    "doi tuong duoc ho tro",
    "noi duoc kiem tra",
    "dia ban kiem tra",
    "duoc kiem tra",
    "duoc danh gia",
    "duoc ho tro",
    "ten co quan duoc kiem tra",
    "ten don vi duoc kiem tra",
  ],
  status: ["trang thai", "tinh trang", "tinh hinh thuc hien"],
  evidence: ["minh chung", "van ban minh chung", "so ky hieu van ban"],
  note: ["ghi chu"],
};

/** The longest cell read as a possible header (its folded form must be at most 80 characters anyway). */
const maxHeaderLength = 400;

/**
 * The role a header cell names, or null.
 * @example headerRole("Tiến độ/ Thời gian") === "timing"; headerRole("Phân công/Cách thức thực hiện") === "units"
 */
export function headerRole(text: string): ColumnRole | null {
  // A header is a few words: a cell of more than a few hundred characters is never one, and is not folded (a 10 MB cell).
  if (text.length > maxHeaderLength) return null;
  const key = foldKey(text);
  if (!key || key.length > 80) return null;
  let best: { role: ColumnRole; length: number } | null = null;
  for (const [role, phrases] of Object.entries(headerPhrases) as [ColumnRole, readonly string[]][]) {
    for (const phrase of phrases) {
      const at = ` ${key} `.indexOf(` ${phrase} `);
      if (at < 0) continue;
      // A phrase at the start of the header says more than one further in.
      const weight = phrase.length + (at === 0 ? 100 : 0);
      if (!best || weight > best.length) best = { role, length: weight };
    }
  }
  return best?.role ?? null;
}

/** Roles of one row's cells, and whether the row reads as a task-table header. */
export function headerRowRoles(cells: readonly string[]): { roles: (ColumnRole | null)[]; isHeader: boolean } {
  const roles = cells.map((c) => (c.trim() ? headerRole(c) : null));
  const set = new Set(roles.filter((r): r is ColumnRole => r !== null));
  const unnamed = cells.filter((c, i) => c.trim() && roles[i] === null).length;
  const hasWho = set.has("units") || set.has("lead") || set.has("head");
  // Prose is one long cell; a real header names most of its columns (extra ones like "Từ ngày" are fine).
  const isHeader = set.has("task") && (set.has("timing") || hasWho) && set.size >= 2 && unnamed <= Math.max(1, Math.floor(set.size / 2));
  return { roles, isHeader };
}
