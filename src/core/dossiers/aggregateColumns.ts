/**
 * Columns of an aggregate count table (one row per field), found by meaning. Captions vary:
 * "Tiếp nhận" / "Số hồ sơ nhận", "Trước hạn", "Đúng hạn", "Quá hạn" / "Trễ hạn", "Bổ sung",
 * "Rút", "Đang giải quyết trong hạn"… and may sit under group captions ("Đã giải quyết",
 * "Đang giải quyết") in a two-row header.
 */
import type { Grid } from "../grid/grid";
import { headerCells, type HeaderCell } from "./headers";
import { fold, hasAny } from "./text";
import { cellText } from "./headers";
import { readCount } from "./numbers";

/** What a count column holds. Biểu II.06a columns (3)–(13) map one to one. */
export type AggRole =
  | "received"
  | "receivedOnline"
  | "receivedDirect"
  | "receivedPrevious"
  | "resolved"
  | "early"
  | "onTime"
  | "earlyOrOnTime"
  | "late"
  | "supplement"
  | "withdrawn"
  | "pending"
  | "pendingInTime"
  | "pendingOverdue";

/** Where an aggregate table sits and what its columns are. */
export interface AggregateLayout {
  readonly form: "aggregate" | "form06a";
  /** First data row (0-based). */
  readonly dataStart: number;
  readonly labelCol: number;
  readonly ttCol?: number;
  readonly roles: Partial<Record<AggRole, number>>;
  /** How messages name each column: "(3)" on Biểu II.06a, else the header caption. */
  readonly captions: Partial<Record<AggRole, string>>;
}

type Context = "received" | "resolved" | "pending" | null;
type ColumnKind = AggRole | "label" | "tt" | "overdue" | null;

function contextOf(f: string): Context {
  if (hasAny(f, ["dang giai quyet", "dang xu ly", "chua giai quyet", "chua xu ly", "dang", "ton dong"])) return "pending";
  if (hasAny(f, ["da giai quyet", "da xu ly", "giai quyet xong", "da tra", "da tra ket qua", "ket qua giai quyet", "da hoan thanh", "hoan thanh"])) return "resolved";
  if (hasAny(f, ["tiep nhan", "nhan", "so ho so nhan", "nhan giai quyet"])) return "received";
  return null;
}

/**
 * What one header cell (with its group caption) means in an aggregate table. Exported for tests.
 * @example aggregateColumnKind({ group: "Đang giải quyết", own: "Quá hạn" }) === "pendingOverdue"
 */
export function aggregateColumnKind(cell: HeaderCell): ColumnKind {
  const g = fold(cell.own === "" ? "" : cell.group);
  const o = fold(cell.own === "" ? cell.group : cell.own);
  if (hasAny(`${g}${o}`, ["ty le", "phan tram"]) || cell.own.includes("%")) return null;
  if (o === " tt " || o === " stt " || o === " so tt " || o === " so thu tu ") return "tt";
  if (hasAny(o, ["linh vuc", "ten linh vuc", "noi dung", "cong viec", "ten thu tuc", "don vi"])) return "label";
  if (hasAny(o, ["bo sung", "hoan thien"])) return "supplement";
  if (hasAny(o, ["rut", "rut ho so"])) return "withdrawn";
  const context = contextOf(o) ?? contextOf(g);
  const onTime = hasAny(o, ["dung han", "dung hen"]);
  const early = hasAny(o, ["truoc han", "truoc hen", "som"]) || (onTime && hasAny(o, ["truoc"]));
  if (early && onTime) return "earlyOrOnTime";
  if (early) return "early";
  if (onTime) return "onTime";
  if (hasAny(o, ["trong han", "chua den han", "chua qua han", "con han"])) return "pendingInTime";
  if (hasAny(o, ["qua han", "tre han", "tre hen", "qua hen", "cham"])) {
    return context === "pending" ? "pendingOverdue" : context === "resolved" ? "late" : "overdue";
  }
  if (hasAny(o, ["truc tuyen", "qua mang", "online", "dich vu cong"])) return "receivedOnline";
  if (hasAny(o, ["truc tiep", "buu chinh"])) return "receivedDirect";
  if (hasAny(o, ["ky truoc", "chuyen sang", "ton ky truoc"])) return "receivedPrevious";
  if (hasAny(o, ["trong ky", "moi tiep nhan", "tiep nhan moi", "moi", "trong do"])) return null;
  if (context === "pending") return "pending";
  if (context === "resolved") return "resolved";
  if (context === "received" || hasAny(o, ["tong so", "tong so ho so", "tong"])) return "received";
  return null;
}

/**
 * Assigns roles to header cells. A bare "Quá hạn" is late when the nearest counted column to its
 * left is about resolved dossiers, and pending-overdue when it follows a pending column.
 * @example assignAggregateRoles(cells("Lĩnh vực", "Đúng hạn", "Quá hạn", "Trong hạn", "Quá hạn")).roles
 * // { onTime: 1, late: 2, pendingInTime: 3, pendingOverdue: 4 }, labelCol: 0
 */
export function assignAggregateRoles(cells: readonly HeaderCell[]): {
  roles: Partial<Record<AggRole, number>>;
  labelCol?: number;
  ttCol?: number;
} {
  const roles: Partial<Record<AggRole, number>> = {};
  let labelCol: number | undefined;
  let ttCol: number | undefined;
  let lastSide: "resolved" | "pending" | null = null;
  cells.forEach((cell, col) => {
    let kind = aggregateColumnKind(cell);
    if (kind === "overdue") kind = lastSide === "pending" ? "pendingOverdue" : "late";
    if (kind === null) return;
    if (kind === "label") labelCol ??= col;
    else if (kind === "tt") ttCol ??= col;
    else if (roles[kind] === undefined) roles[kind] = col;
    if (kind === "pending" || kind === "pendingInTime" || kind === "pendingOverdue") lastSide = "pending";
    if (kind === "resolved" || kind === "early" || kind === "onTime" || kind === "earlyOrOnTime" || kind === "late") lastSide = "resolved";
  });
  return { roles, labelCol, ttCol };
}

const COUNT_ROLES_NEEDED = 2;
const MAX_HEADER_SEARCH = 30;

/**
 * Finds an aggregate table: a header row (with the row above as group captions) giving a label
 * column and at least two count columns, one of them received, resolved, early, on time or pending.
 * @example findAggregateLayout(grid)?.roles.received === 1
 */
export function findAggregateLayout(grid: Grid): AggregateLayout | null {
  let best: { layout: AggregateLayout; score: number } | null = null;
  const last = Math.min(grid.rows.length - 2, MAX_HEADER_SEARCH);
  for (let h = 0; h <= last; h++) {
    const cells = headerCells(grid, h);
    const { roles, labelCol, ttCol } = assignAggregateRoles(cells);
    const roleCount = Object.keys(roles).length;
    if (roleCount < COUNT_ROLES_NEEDED) continue;
    const core = ["received", "resolved", "early", "onTime", "earlyOrOnTime", "pending", "pendingInTime"] as const;
    if (!core.some((r) => roles[r] !== undefined)) continue;
    const label = labelCol ?? firstFreeColumn(cells.length, roles, ttCol);
    if (label === undefined || !hasCountBelow(grid, h + 1, roles)) continue;
    const captions: Partial<Record<AggRole, string>> = {};
    for (const [role, col] of Object.entries(roles) as [AggRole, number][]) {
      const cell = cells[col];
      captions[role] = cell.group && cell.group !== cell.own ? `${cell.group} — ${cell.own}` : cell.own;
    }
    const score = roleCount * 10 + (labelCol === undefined ? 0 : 5);
    if (!best || score > best.score) {
      best = { layout: { form: "aggregate", dataStart: h + 1, labelCol: label, ttCol, roles, captions }, score };
    }
  }
  return best?.layout ?? null;
}

function firstFreeColumn(width: number, roles: Partial<Record<AggRole, number>>, ttCol?: number): number | undefined {
  const taken = new Set<number>([...Object.values(roles), ...(ttCol === undefined ? [] : [ttCol])]);
  for (let c = 0; c < width; c++) if (!taken.has(c)) return c;
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
