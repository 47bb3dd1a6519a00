import { foldKey } from "../text/normalize";

/** A responsible unit as the registry knows it: its official name and the other ways plans write it. */
export interface RegistryUnit {
  readonly name: string;
  readonly aliases: readonly string[];
}

export interface UnitRegistry {
  readonly units: readonly RegistryUnit[];
}

/**
 * Units and abbreviations seen in provincial plans (seeds 000–003, docs/legal-bases.md#organisations-and-roles-in-plans). The user's
 * own registry sheet ("Đơn vị") extends or replaces it; names are free data, never an enum.
 */
export const commonUnits: readonly RegistryUnit[] = [
  { name: "Ban Chỉ đạo ISO", aliases: ["BCĐ ISO", "BCD ISO", "BCĐ", "BCD", "Ban chỉ đạo", "Ban chỉ đạo ISO Sở"] },
  { name: "Tổ Thư ký ISO", aliases: ["Thư ký ISO", "Tổ thư ký", "Thư ký BCĐ ISO", "Tổ giúp việc"] },
  { name: "Lãnh đạo Sở", aliases: ["LĐS", "Lãnh đạo", "Giám đốc Sở", "Ban Giám đốc"] },
  { name: "Văn phòng Sở", aliases: ["VP", "Văn phòng", "VPS"] },
  { name: "Phòng Tổ chức - Hành chính", aliases: ["TCHC", "Tổ chức Hành chính", "Tổ chức - Hành chính", "Phòng TCHC", "P.TCHC"] },
  { name: "Phòng Kế hoạch - Tài chính", aliases: ["KHTC", "KH-TC", "Kế hoạch - Tài chính", "Kế hoạch Tài chính", "Phòng KHTC"] },
  { name: "Thanh tra Sở", aliases: ["TTr", "Thanh tra"] },
  { name: "Bộ phận Một cửa", aliases: ["Bộ phận một cửa", "BPMC", "Một cửa", "Bộ phận tiếp nhận và trả kết quả"] },
  { name: "Các phòng chuyên môn", aliases: ["Các phòng chuyên môn của Sở", "Phòng chuyên môn", "Các phòng nghiệp vụ"] },
  { name: "Các phòng thuộc Sở", aliases: ["Các phòng trực thuộc Sở", "Các phòng trực thuộc", "Các phòng", "Các phòng chức năng"] },
  {
    name: "Các đơn vị thuộc Sở",
    aliases: ["Các đơn vị", "Các phòng, cơ quan và đơn vị", "Các phòng, đơn vị", "Các cơ quan, đơn vị", "Các phòng, đơn vị, trung tâm thuộc Sở"],
  },
  { name: "Các Chi cục thuộc Sở", aliases: ["02 Chi cục", "Các Chi cục", "Chi cục"] },
  { name: "Các Trung tâm thuộc Sở", aliases: ["Các trung tâm", "Các trung tâm thuộc Sở"] },
  { name: "Chi cục An toàn vệ sinh thực phẩm", aliases: ["Chi cục ATVSTP", "ATVSTP"] },
  { name: "Chi cục Dân số - Kế hoạch hóa gia đình", aliases: ["Chi cục DS-KHHGĐ", "DS-KHHGĐ", "Chi cục Dân số - KHHGĐ"] },
  { name: "Trung tâm Giám định Y khoa", aliases: ["TT GĐYK", "TT GDYK", "Trung tâm GĐYK", "Trung tâm GDYK", "GĐYK"] },
  { name: "Sở Khoa học và Công nghệ", aliases: ["Sở KH&CN", "Sở KHCN", "Sở KH-CN", "BCĐ ISO tỉnh"] },
];

/** Common abbreviations expanded before comparing (folded form → folded expansion). */
const abbreviations: Readonly<Record<string, string>> = {
  bcd: "ban chi dao",
  tt: "trung tam",
  vp: "van phong",
  tchc: "to chuc hanh chinh",
  khtc: "ke hoach tai chinh",
  gdyk: "giam dinh y khoa",
  lds: "lanh dao so",
  ld: "lanh dao",
  p: "phong",
  cc: "chi cuc",
  ttr: "thanh tra",
  bpmc: "bo phan mot cua",
  khcn: "khoa hoc va cong nghe",
};

/**
 * The comparison key of a unit name: folded (no diacritics, lower case), abbreviations
 * expanded, filler words dropped.
 * @example unitKey("BCĐ ISO") === unitKey("Ban chỉ đạo ISO")
 */
export function unitKey(name: string): string {
  return foldKey(name.replace(/&/g, " va "))
    .split(" ")
    .map((w) => abbreviations[w] ?? w)
    .join(" ")
    .replace(/\b(cua|thuoc|truc thuoc)\b/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** A registry made of the given units after the common ones (later names win on equal keys). */
export function makeRegistry(extra: readonly RegistryUnit[] = [], includeCommon = true): UnitRegistry {
  return { units: [...(includeCommon ? commonUnits : []), ...extra] };
}

/** Comparison keys of a registry, computed once per registry object. */
const indexes = new WeakMap<UnitRegistry, { byKey: Map<string, string>; keys: { name: string; keys: string[] }[] }>();

function indexOf(registry: UnitRegistry) {
  let index = indexes.get(registry);
  if (!index) {
    const byKey = new Map<string, string>();
    const keys = registry.units.map((unit) => ({ name: unit.name, keys: [unit.name, ...unit.aliases].map(unitKey) }));
    // Later units win on equal keys: the user's registry comes after the common one.
    for (const k of keys) for (const key of k.keys) if (key) byKey.set(key, k.name);
    index = { byKey, keys };
    indexes.set(registry, index);
  }
  return index;
}

/** Looks a written unit up: the registry name, or null. */
export function matchUnit(registry: UnitRegistry, written: string): string | null {
  const key = unitKey(written);
  return key ? (indexOf(registry).byKey.get(key) ?? null) : null;
}

/**
 * The registry names closest to a written unit (diacritics-insensitive), best first.
 * @example suggestUnits(makeRegistry(), "Phong Ke hoach Tai chinh") → ["Phòng Kế hoạch - Tài chính", …]
 */
export function suggestUnits(registry: UnitRegistry, written: string, max = 3): string[] {
  const key = unitKey(written);
  const scored = indexOf(registry).keys.map(({ name, keys }) => ({ name, score: Math.max(...keys.map((k) => similarity(key, k))) }));
  return scored
    .filter((s) => s.score >= 0.5)
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name, "vi"))
    .slice(0, max)
    .map((s) => s.name);
}

/** 1 − normalised Levenshtein distance, blended with word overlap. */
function similarity(a: string, b: string): number {
  if (!a || !b) return 0;
  const lev = 1 - levenshtein(a, b) / Math.max(a.length, b.length);
  const wa = new Set(a.split(" "));
  const wb = new Set(b.split(" "));
  const common = [...wa].filter((w) => wb.has(w)).length;
  const overlap = common / Math.max(wa.size, wb.size);
  return Math.max(lev, overlap);
}

function levenshtein(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}
