/**
 * Columns of an aggregate count table (one row per field), found by meaning. Captions vary:
 * "Tiếp nhận" / "Số hồ sơ nhận", "Trước hạn", "Đúng hạn", "Quá hạn" / "Trễ hạn", "Bổ sung",
 * "Rút", "Đang giải quyết trong hạn"… and may sit under group captions ("Đã giải quyết",
 * "Đang giải quyết") in a two-row header.
 */
import type { Grid } from "../grid/grid";
import { filledText, headerCells, type HeaderCell } from "./headers";
import { fold, hasAny } from "./text";
import { cellText } from "./headers";
import { readCount } from "./numbers";

/**
 * What a count column holds. Biểu II.06a columns (3)–(13) map one to one. Received has parts:
 * `receivedPrevious` (từ kỳ trước chuyển sang) + `receivedNew` (tiếp nhận mới, itself
 * `receivedOnline` + `receivedDirect` + `receivedPostal`) = `received` (tổng số tiếp nhận).
 * `printedRate` is an on-time rate the source printed ("Tỷ lệ đúng hạn (%)").
 */
export type AggRole =
  | "received"
  | "receivedOnline"
  | "receivedDirect"
  | "receivedPostal"
  | "receivedPrevious"
  | "receivedNew"
  | "resolved"
  | "early"
  | "onTime"
  | "earlyOrOnTime"
  | "late"
  | "supplement"
  | "withdrawn"
  | "pending"
  | "pendingInTime"
  | "pendingOverdue"
  | "printedRate";

/** Where an aggregate table sits and what its columns are. */
export interface AggregateLayout {
  readonly form: "aggregate" | "form06a";
  /** First data row (0-based). */
  readonly dataStart: number;
  /** The row-label column (lĩnh vực, level, unit…); undefined when the table has none. */
  readonly labelCol?: number;
  readonly ttCol?: number;
  readonly roles: Partial<Record<AggRole, number>>;
  /** How messages name each column: "(3)" on Biểu II.06a, else the header caption. */
  readonly captions: Partial<Record<AggRole, string>>;
  /** The table's title line above the header, if any: names the one group of a table without a label column. */
  readonly title?: string;
  /** "Lũy kế" (cumulative) columns left out of the counts, 0-based. */
  readonly cumulativeCols?: readonly number[];
}

type Context = "received" | "resolved" | "pending" | null;
type ColumnKind = AggRole | "label" | "tt" | "overdue" | "rateBare" | null;

const PENDING_WORDS = [
  "dang giai quyet",
  "dang xu ly",
  "chua giai quyet",
  "chua xu ly",
  "dang",
  "ton dong",
  "chua co ket qua",
  "chua tra",
  "chua tra ket qua",
  "chua hoan thanh",
  "chua co kq",
  "chua tra kq",
];
const RESOLVED_WORDS = [
  "da giai quyet",
  "da xu ly",
  "giai quyet xong",
  "da tra",
  "da tra ket qua",
  "ket qua giai quyet",
  "da hoan thanh",
  "hoan thanh",
  "tra",
  "tra ket qua",
  "da co ket qua",
  "co ket qua",
];
const RECEIVED_WORDS = ["tiep nhan", "nhan", "so ho so nhan", "nhan giai quyet"];
const NEW_WORDS = ["moi tiep nhan", "tiep nhan moi", "nhan moi", "trong ky", "moi", "phat sinh"];
const TOTAL_WORDS = ["tong so", "tong", "tong cong", "tong so ho so"];
/** Own captions that only say "number of": the meaning is in the group caption above. */
const BARE_OWN = [" so luong ", " so ho so ", " so ", " sl ", " ho so ", " so hs "];
const CUMULATIVE_WORDS = ["luy ke", "cong don", "tu dau nam"];

function contextOf(f: string): Context {
  if (hasAny(f, PENDING_WORDS)) return "pending";
  if (hasAny(f, RESOLVED_WORDS)) return "resolved";
  if (hasAny(f, RECEIVED_WORDS)) return "received";
  return null;
}

/**
 * True for a "Lũy kế" (cumulative, "từ đầu năm") column: its figures run over a longer span than
 * the period, so they are never counts of the period.
 * @example isCumulativeColumn({ group: "Đang giải quyết", own: "Lũy kế" }) === true
 */
export function isCumulativeColumn(cell: HeaderCell): boolean {
  return hasAny(fold(`${cell.group} ${cell.own}`), CUMULATIVE_WORDS);
}

/** What a rate column holds: the on-time rate, a bare "Tỷ lệ (%)" read from its neighbour, or another rate. */
function rateKind(g: string, o: string, context: Context): ColumnKind {
  if (context === "pending" || (context === "received" && !hasAny(o, ["dung han", "dung hen", "dung thoi han"]))) return null;
  const onTime = hasAny(o, ["dung han", "dung hen", "dung thoi han", "trong han"]);
  if (onTime) return "printedRate";
  const other = ["qua han", "tre han", "tre hen", "qua hen", "cham", "truoc han", "truoc hen", "truc tuyen", "so hoa", "hai long"];
  if (hasAny(o, other)) return null;
  if (hasAny(g, ["dung han", "dung hen", "dung thoi han"]) && !hasAny(g, ["qua han", "tre han"])) return "printedRate";
  if (hasAny(g, other)) return null;
  return g.trim() === "" || context === null ? "rateBare" : null;
}

/**
 * What one header cell (with its group caption) means in an aggregate table. Exported for tests.
 * @example aggregateColumnKind({ group: "Đang giải quyết", own: "Quá hạn" }) === "pendingOverdue"
 * @example aggregateColumnKind({ group: "", own: "Quá hạn chưa có kết quả" }) === "pendingOverdue"
 * @example aggregateColumnKind({ group: "Tiếp nhận", own: "Kỳ trước chuyển sang" }) === "receivedPrevious"
 */
export function aggregateColumnKind(cell: HeaderCell): ColumnKind {
  const bare = cell.own === "" || BARE_OWN.includes(fold(cell.own));
  const g = fold(bare ? "" : cell.group);
  const o = fold(bare && cell.group !== "" ? cell.group : cell.own);
  const context = contextOf(o) ?? contextOf(g);
  if (hasAny(`${g}${o}`, ["ty le", "phan tram"]) || cell.own.includes("%")) return rateKind(g, o, context);
  if (o === " tt " || o === " stt " || o === " so tt " || o === " so thu tu ") return "tt";
  // A label caption names what the rows are; "Tiếp nhận tại Bộ phận một cửa" is a count, not a label.
  const labelWords = [
    "linh vuc",
    "ten linh vuc",
    "noi dung",
    "cong viec",
    "ten thu tuc",
    "don vi",
    "co quan",
    "bo phan",
    "dia phuong",
    "cap",
    "cap giai quyet",
    "ten don vi",
    "ten co quan",
  ];
  if (hasAny(o, labelWords) && (contextOf(o) === null || hasAny(o, ["linh vuc", "ten thu tuc"]))) return "label";
  if (hasAny(o, ["bo sung", "hoan thien"])) return "supplement";
  if (hasAny(o, ["rut", "rut ho so"])) return "withdrawn";
  if (hasAny(o, ["tra lai", "tu choi", "ghi chu"])) return null;
  const onTime = hasAny(o, ["dung han", "dung hen", "dung thoi han", "dung thoi gian"]);
  const early = hasAny(o, ["truoc han", "truoc hen", "som", "truoc thoi han"]) || (onTime && hasAny(o, ["truoc"]));
  if (early && onTime) return "earlyOrOnTime";
  if (early) return "early";
  if (onTime) return "onTime";
  if (hasAny(o, ["trong han", "chua den han", "chua qua han", "con han", "trong thoi han"])) {
    // "Trong hạn" under "Đã giải quyết" is the old two-way split: not late, early included.
    return context === "resolved" ? "earlyOrOnTime" : "pendingInTime";
  }
  if (hasAny(o, ["qua han", "tre han", "tre hen", "qua hen", "cham", "qua thoi han"])) {
    return context === "pending" ? "pendingOverdue" : context === "resolved" ? "late" : "overdue";
  }
  if (hasAny(o, ["truc tuyen", "qua mang", "online", "dich vu cong", "cong dich vu cong"])) return "receivedOnline";
  if (hasAny(o, ["truc tiep"])) return "receivedDirect";
  if (hasAny(o, ["buu chinh", "qua buu chinh", "buu dien"])) return "receivedPostal";
  if (hasAny(o, ["ky truoc", "chuyen sang", "chuyen qua", "ton ky truoc", "thang truoc", "nam truoc", "quy truoc", "ton dau ky", "dau ky"])) {
    return "receivedPrevious";
  }
  if (hasAny(o, ["ton cuoi ky", "cuoi ky", "chuyen ky sau"])) return "pending";
  if (context === "received" || context === null) {
    const total = hasAny(o, TOTAL_WORDS);
    if (hasAny(o, NEW_WORDS) && !total) return "receivedNew";
    if (total && hasAny(g, NEW_WORDS)) return "receivedNew";
  }
  if (hasAny(o, ["trong do"])) return null;
  if (context === "pending") return "pending";
  if (context === "resolved") return "resolved";
  if (context === "received" || hasAny(o, TOTAL_WORDS)) return "received";
  return null;
}

const COUNT_SIDE: Partial<Record<AggRole, "resolved" | "pending" | "received">> = {
  pending: "pending",
  pendingInTime: "pending",
  pendingOverdue: "pending",
  resolved: "resolved",
  early: "resolved",
  onTime: "resolved",
  earlyOrOnTime: "resolved",
  late: "resolved",
  received: "received",
  receivedNew: "received",
  receivedOnline: "received",
  receivedDirect: "received",
  receivedPostal: "received",
  receivedPrevious: "received",
};

/**
 * Assigns roles to header cells. A bare "Quá hạn" is late when the nearest counted column to its
 * left is about resolved dossiers, and pending-overdue when it follows a pending column. A bare
 * "Tỷ lệ (%)" is the on-time rate when it follows an on-time column. "Lũy kế" columns are left
 * out, unless every count column is cumulative (a year-to-date table), and listed.
 * @example assignAggregateRoles(cells("Lĩnh vực", "Đúng hạn", "Quá hạn", "Trong hạn", "Quá hạn")).roles
 * // { onTime: 1, late: 2, pendingInTime: 3, pendingOverdue: 4 }, labelCol: 0
 */
export function assignAggregateRoles(cells: readonly HeaderCell[]): {
  roles: Partial<Record<AggRole, number>>;
  labelCol?: number;
  ttCol?: number;
  cumulativeCols: number[];
} {
  const assign = (useCumulative: boolean) => {
    const roles: Partial<Record<AggRole, number>> = {};
    let labelCol: number | undefined;
    let ttCol: number | undefined;
    let lastSide: "resolved" | "pending" | "received" | null = null;
    let previous: ColumnKind = null;
    const cumulativeCols: number[] = [];
    cells.forEach((cell, col) => {
      let kind = aggregateColumnKind(cell);
      if (kind === "overdue") kind = lastSide === "pending" ? "pendingOverdue" : "late";
      if (kind === "rateBare") kind = previous === "onTime" || previous === "earlyOrOnTime" ? "printedRate" : null;
      const counted = kind !== null && kind !== "label" && kind !== "tt";
      if (counted && isCumulativeColumn(cell) && !useCumulative) {
        cumulativeCols.push(col);
        previous = null;
        return;
      }
      previous = kind;
      if (kind === null) return;
      if (kind === "label") labelCol ??= col;
      else if (kind === "tt") ttCol ??= col;
      else if (roles[kind] === undefined) roles[kind] = col;
      lastSide = COUNT_SIDE[kind as AggRole] ?? lastSide;
    });
    return { roles, labelCol, ttCol, cumulativeCols };
  };
  const plain = assign(false);
  const counts = Object.keys(plain.roles).filter((r) => r !== "printedRate");
  if (counts.length === 0 && plain.cumulativeCols.length > 0) return { ...assign(true), cumulativeCols: [] };
  return plain;
}

const COUNT_ROLES_NEEDED = 2;
const MAX_HEADER_SEARCH = 30;

/**
 * Finds an aggregate table: a header row (with the row above as group captions) giving at least
 * two count columns, one of them received, resolved, early, on time or pending. Any text column
 * left of the counts is the row label (lĩnh vực, level, unit…); a table without one is a single
 * group named after its title.
 * @example findAggregateLayout(grid)?.roles.received === 1
 */
export function findAggregateLayout(grid: Grid): AggregateLayout | null {
  let best: { layout: AggregateLayout; score: number } | null = null;
  const last = Math.min(grid.rows.length - 2, MAX_HEADER_SEARCH);
  for (let h = 0; h <= last; h++) {
    const cells = aggregateHeaderCells(grid, h);
    const { roles, labelCol, ttCol, cumulativeCols } = assignAggregateRoles(cells);
    const roleCount = Object.keys(roles).filter((r) => r !== "printedRate").length;
    if (roleCount < COUNT_ROLES_NEEDED) continue;
    const core = ["received", "receivedNew", "resolved", "early", "onTime", "earlyOrOnTime", "pending", "pendingInTime"] as const;
    if (!core.some((r) => roles[r] !== undefined)) continue;
    if (!hasCountBelow(grid, h + 1, roles)) continue;
    const label = labelCol ?? firstFreeColumn(roles, ttCol, cumulativeCols);
    const captions: Partial<Record<AggRole, string>> = {};
    for (const [role, col] of Object.entries(roles) as [AggRole, number][]) {
      const cell = cells[col];
      captions[role] = cell.group && cell.group !== cell.own ? `${cell.group} — ${cell.own}` : cell.own;
    }
    const score = roleCount * 10 + (labelCol === undefined ? 0 : 5);
    if (!best || score > best.score) {
      const title = titleAbove(grid, h);
      best = { layout: { form: "aggregate", dataStart: h + 1, labelCol: label, ttCol, roles, captions, title, cumulativeCols }, score };
    }
  }
  return best?.layout ?? null;
}

/**
 * Header cells of row `h` with their group captions, looking two rows up: a three-row header
 * ("Số hồ sơ tiếp nhận" over "Mới tiếp nhận" over "Trực tuyến | Trực tiếp | Bưu chính", or
 * "Số hồ sơ đã giải quyết" over a "Tổng số" merged down two rows) gives each column every caption
 * above it. The row two up counts only when it holds at least two different captions.
 * @example aggregateHeaderCells(grid, 2)[4] // { group: "Số hồ sơ tiếp nhận — Mới tiếp nhận", own: "Trực tuyến" }
 */
export function aggregateHeaderCells(grid: Grid, h: number): HeaderCell[] {
  const cells = headerCells(grid, h);
  if (h < 2) return cells;
  const top = cells.map((_, c) => filledText(grid, h - 2, c));
  if (new Set(top.filter((t) => t !== "")).size < 2) return cells;
  return cells.map((cell, c) => {
    const above = top[c];
    // Without merges (pasted text, a streamed sheet) a caption merged down sits higher up with
    // empty cells under it: the lowest non-empty caption is the column's own.
    const own = cell.own || cell.group;
    const group = cell.own ? cell.group : "";
    if (above === "" || above === own || above === group) return { group, own };
    if (own === "") return { group: "", own: above };
    return { group: group ? `${above} — ${group}` : above, own };
  });
}

/** The first column left of every count column that is neither TT nor cumulative: the row labels, if any. */
function firstFreeColumn(roles: Partial<Record<AggRole, number>>, ttCol: number | undefined, cumulative: readonly number[]): number | undefined {
  const first = Math.min(...Object.values(roles));
  for (let c = 0; c < first; c++) if (c !== ttCol && !cumulative.includes(c)) return c;
  return undefined;
}

const NOT_A_TITLE = /^ (don vi tinh|dvt|ky bao cao|tu ngay|tinh den|tinh tu|so lieu tinh|kem theo|bieu so|mau so|ghi chu) /;

/**
 * The table's title: the nearest line above the header (and its group-caption row) holding a
 * single text, skipping "Đơn vị tính", "Kỳ báo cáo" and similar lines.
 * @example titleAbove(grid, 2) === "KẾT QUẢ GIẢI QUYẾT TTHC CỦA SỞ Y TẾ NĂM 2024"
 */
function titleAbove(grid: Grid, h: number): string | undefined {
  for (let r = h - 1; r >= 0; r--) {
    const texts = [...new Set((grid.rows[r] ?? []).map((_, c) => filledText(grid, r, c)).filter((t) => t !== ""))];
    if (texts.length !== 1) continue;
    const text = texts[0];
    if (NOT_A_TITLE.test(fold(text)) || !/\p{L}{2}/u.test(text) || text.length < 6) continue;
    return text;
  }
  return undefined;
}

/** True when some row in the next few has a readable count in a role column. */
function hasCountBelow(grid: Grid, start: number, roles: Partial<Record<AggRole, number>>): boolean {
  const cols = Object.values(roles);
  for (let r = start; r < Math.min(grid.rows.length, start + 30); r++) {
    if (cols.some((c) => readCount(cellText(grid, r, c)).kind === "count")) return true;
  }
  return false;
}
