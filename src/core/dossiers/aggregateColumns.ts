/**
 * Columns of an aggregate count table (one row per field), found by meaning. Captions vary:
 * "Tiếp nhận" / "Số hồ sơ nhận", "Trước hạn", "Đúng hạn", "Quá hạn" / "Trễ hạn", "Bổ sung",
 * "Rút", "Đang giải quyết trong hạn"… and may sit under group captions ("Đã giải quyết",
 * "Đang giải quyết") in a two- or three-row header. The national and provincial portals' columns
 * since the 2025 reforms are read too: trực tuyến toàn trình / một phần, phi địa giới, chờ tiếp
 * nhận, không được / chậm được tiếp nhận, dừng xử lý, quá hạn có / chưa có văn bản xin lỗi,
 * thanh toán trực tuyến, "đúng và trước hạn" (docs/dossiers.md#columns-of-a-count-table).
 *
 * A column introduced by "Trong đó", "Gồm", "Riêng"… (in its own caption or its group's), or
 * indented ("- Trực tuyến"), is a part of the column before it: it never adds to the counts again.
 */
import type { Grid } from "../grid/grid";
import type { PartKind, PartParent } from "./counts";
import { filledText, headerCells, type HeaderCell } from "./headers";
import { cleanCell, fold, hasAny } from "./text";
import { cellText } from "./headers";
import { readCount } from "./numbers";

/**
 * What a count column holds. Biểu 06 columns (3)–(13) map one to one. Received has parts:
 * `receivedPrevious` (từ kỳ trước chuyển sang) + `receivedNew` (tiếp nhận mới, itself
 * `receivedOnline` + `receivedDirect` + `receivedPostal`) = `received` (tổng số tiếp nhận);
 * `receivedOnline` = `receivedOnlineFull` (toàn trình) + `receivedOnlinePartial` (một phần)
 * (+ `receivedOnlineOther`); `receivedCrossBoundary` (phi địa giới) overlaps the channels. `late`
 * (and `pendingOverdue`) = with + without an apology letter. `stopped` is an end state beside
 * `withdrawn`; `waiting`, `notAccepted` and `acceptedLate` are outside `received`.
 * `printedRate` is an on-time rate the source printed ("Tỷ lệ đúng hạn (%)").
 */
export type AggRole = PartParent | "printedRate";

/** A "Trong đó" column whose meaning is not one of the parts the counts model (e.g. "Đang giải quyết — Trong đó: chờ bổ sung"). */
export interface AggPart {
  readonly col: number;
  /** The column it is a part of. */
  readonly of: AggRole;
  readonly kind: PartKind;
  /** Its caption ("Trong đó: chờ bổ sung"), which names it in the breakdown. */
  readonly caption: string;
}

/** Where an aggregate table sits and what its columns are. */
export interface AggregateLayout {
  readonly form: "aggregate" | "form06a";
  /** First data row (0-based). */
  readonly dataStart: number;
  /** The row-label column (lĩnh vực, level, unit…); undefined when the table has none. */
  readonly labelCol?: number;
  readonly ttCol?: number;
  readonly roles: Partial<Record<AggRole, number>>;
  /** How messages name each column: "(3)" on Biểu 06, else the header caption. */
  readonly captions: Partial<Record<AggRole, string>>;
  /** The table's title line above the header, if any: names the one group of a table without a label column. */
  readonly title?: string;
  /** "Lũy kế" (cumulative) columns left out of the counts, 0-based. */
  readonly cumulativeCols?: readonly number[];
  /** "Trong đó" columns kept as a breakdown of the column they belong to. */
  readonly parts?: readonly AggPart[];
  /** Columns with counts under a caption that names no known quantity: said, not counted. */
  readonly unplaced?: readonly { readonly col: number; readonly caption: string }[];
  /** The printed rate's column is the row's only rate, with no on-time words ("Tỷ lệ", "Tỷ lệ (%)"): it may be another rate. */
  readonly bareRate?: boolean;
}

type Context = "received" | "resolved" | "pending" | null;
type Outside = "waiting" | "notAccepted" | "acceptedLate" | "stopped" | "paid";
/** The kind of one column before its neighbours are known. */
type ColumnKind = AggRole | "label" | "tt" | "overdue" | "apologyWith" | "apologyWithout" | "rateBare" | "shareOnTime" | null;

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
  "so ho so giai quyet",
  "ho so giai quyet",
  "so giai quyet",
  "da ket thuc",
  "ket thuc xu ly",
  "xu ly xong",
];
const RECEIVED_WORDS = ["tiep nhan", "nhan", "so ho so nhan", "nhan giai quyet", "nop"];
const NEW_WORDS = ["moi tiep nhan", "tiep nhan moi", "nhan moi", "trong ky", "moi", "phat sinh"];
const TOTAL_WORDS = ["tong so", "tong", "tong cong", "tong so ho so", "tong hop"];
/** Own captions that only say "number of": the meaning is in the group caption above. */
const BARE_OWN = [" so luong ", " so ho so ", " so ", " sl ", " ho so ", " so hs ", " tong ", " tong so ", " cong "];
const CUMULATIVE_WORDS = ["luy ke", "cong don", "tu dau nam"];
const ON_TIME_WORDS = ["dung han", "dung hen", "dung thoi han", "dung thoi gian", "dung tien do"];
/** "Đúng và trước hạn", "trước và đúng hạn": early and on time in one figure. */
const EARLY_AND_ON_TIME = [
  "dung va truoc han",
  "truoc va dung han",
  "dung truoc han",
  "truoc dung han",
  "dung hoac truoc han",
  "truoc hoac dung han",
  "dung va truoc hen",
  "truoc va dung hen",
  "dung va som",
  "som va dung han",
  "truoc han va dung han",
  "dung han va truoc han",
  "truoc han dung han",
  "dung han truoc han",
  "truoc han hoac dung han",
];
const EARLY_WORDS = ["truoc han", "truoc hen", "som", "truoc thoi han", "som han"];
const OVERDUE_WORDS = ["qua han", "tre han", "tre hen", "qua hen", "cham", "qua thoi han", "tre", "cham tra"];
const CHANNEL_ONLINE = ["truc tuyen", "qua mang", "online", "dich vu cong", "cong dich vu cong", "dich vu cong truc tuyen", "cong dvc"];
const CHANNEL_DIRECT = ["truc tiep"];
const CHANNEL_POSTAL = ["buu chinh", "qua buu chinh", "buu dien", "buu chinh cong ich"];
const CROSS_BOUNDARY = ["phi dia gioi", "khong phu thuoc dia gioi", "khong phu thuoc vao dia gioi", "khong phu thuoc dia ban", "ngoai dia gioi", "lien tinh"];
const APOLOGY = ["xin loi", "thu xin loi", "van ban xin loi"];
const NO_APOLOGY = ["chua co", "khong co", "chua xin loi", "chua gui", "khong gui"];
const OUTSIDE_WORDS: readonly (readonly [Outside, readonly string[]])[] = [
  [
    "acceptedLate",
    ["cham duoc tiep nhan", "tiep nhan cham", "cham tiep nhan", "tiep nhan qua han", "tiep nhan tre han", "tre tiep nhan", "cham tiep nhan ho so"],
  ],
  ["notAccepted", ["khong duoc tiep nhan", "tu choi tiep nhan", "khong tiep nhan", "bi tu choi tiep nhan", "tra lai khong tiep nhan"]],
  ["waiting", ["cho tiep nhan", "dang cho tiep nhan", "chua tiep nhan", "chua duoc tiep nhan", "cho duyet tiep nhan"]],
  ["stopped", ["dung xu ly", "dung giai quyet", "ngung xu ly", "ngung giai quyet", "tam dung giai quyet", "dung thuc hien"]],
  ["paid", ["thanh toan", "nop phi", "nop le phi", "thu phi", "phi le phi"]],
];

/** Abbreviations of the portals' headers, expanded before reading ("HS ĐGQ" = hồ sơ đã giải quyết). */
const ABBREVIATIONS: readonly (readonly [RegExp, string])[] = [
  [/ hs /g, " ho so "],
  [/ dgq /g, " da giai quyet "],
  [/ dagq /g, " da giai quyet "],
  [/ gq /g, " giai quyet "],
  [/ xl /g, " xu ly "],
  [/ tn /g, " tiep nhan "],
  [/ dh /g, " dung han "],
  [/ qh /g, " qua han "],
  [/ bs /g, " bo sung "],
  [/ kq /g, " ket qua "],
  [/ tl /g, " ty le "],
  [/ dvcqg /g, " cong dich vu cong quoc gia "],
  [/ dvctt /g, " dich vu cong truc tuyen "],
  [/ dvc /g, " dich vu cong "],
  [/ bcci /g, " buu chinh cong ich "],
  [/ tttt /g, " truc tuyen toan trinh "],
  [/ ttmp /g, " truc tuyen mot phan "],
];

/** Folded text with the portals' abbreviations spelled out. */
function expand(folded: string): string {
  let s = folded;
  for (const [re, full] of ABBREVIATIONS) {
    // Twice: adjacent abbreviations share the space between them.
    s = s.replace(re, full).replace(re, full);
  }
  return s;
}

function contextOf(f: string): Context {
  if (hasAny(f, PENDING_WORDS)) return "pending";
  if (hasAny(f, RESOLVED_WORDS)) return "resolved";
  if (hasAny(f, RECEIVED_WORDS)) return "received";
  return null;
}

function outsideOf(f: string): Outside | null {
  for (const [kind, words] of OUTSIDE_WORDS) if (hasAny(f, words)) return kind;
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

/** "Trong đó", "Gồm", "Riêng"… at the start of a caption: what follows is a part of the column before. */
const PART_MARKER = /^ (?:trong do|trong so do|trong so|bao gom|gom co|gom|rieng|chia ra) /;

/** True when a caption introduces a part ("Trong đó: trực tuyến", "- Trực tuyến", "Gồm:"). */
export function isPartCaption(text: string): boolean {
  const clean = cleanCell(text);
  return PART_MARKER.test(fold(clean)) || /^[-–+•*·◦]\s*\S/u.test(clean);
}

/** The caption without its part marker: "Trong đó: trực tuyến" → "trực tuyến". */
export function withoutPartMarker(text: string): string {
  const clean = cleanCell(text);
  const dash = /^[-–+•*·◦]\s*/u.exec(clean);
  if (dash) return clean.slice(dash[0].length);
  const m = /^(?:trong đó|trong số đó|trong số|bao gồm|gồm có|gồm|riêng|chia ra)\s*[:,-]?\s*/iu.exec(clean);
  return m ? clean.slice(m[0].length) : clean;
}

/** The explicit on-time words of a rate caption: "Tỷ lệ đúng hạn", "Tỷ lệ đúng và trước hạn", "% đúng hạn". */
function onTimeRateWords(f: string): boolean {
  return hasAny(f, [...ON_TIME_WORDS, ...EARLY_AND_ON_TIME, "trong han"]);
}

/** What a rate column holds: the on-time rate, a bare "Tỷ lệ (%)" decided by its place, or another rate (null). */
function rateKind(g: string, o: string, context: Context): ColumnKind {
  if (outsideOf(`${g}${o}`)) return null;
  if (context === "pending") return hasAny(o, [...ON_TIME_WORDS, ...EARLY_AND_ON_TIME]) ? "printedRate" : null;
  if (context === "received" && !onTimeRateWords(o) && !hasAny(o, ["giai quyet"])) return null;
  if (onTimeRateWords(o)) return "printedRate";
  const other = [...OVERDUE_WORDS, ...EARLY_WORDS, ...CHANNEL_ONLINE, ...CROSS_BOUNDARY, "so hoa", "hai long", "toan trinh", "mot phan"];
  if (hasAny(o, other)) return null;
  if (onTimeRateWords(g) && !hasAny(g, OVERDUE_WORDS)) return hasAny(g, EARLY_WORDS) && !hasAny(g, EARLY_AND_ON_TIME) ? null : "shareOnTime";
  if (hasAny(g, other)) return null;
  return "rateBare";
}

/**
 * What one header cell (with its group caption) means in an aggregate table. Exported for tests.
 * @example aggregateColumnKind({ group: "Đang giải quyết", own: "Quá hạn" }) === "pendingOverdue"
 * @example aggregateColumnKind({ group: "", own: "Quá hạn chưa có kết quả" }) === "pendingOverdue"
 * @example aggregateColumnKind({ group: "Tiếp nhận", own: "Kỳ trước chuyển sang" }) === "receivedPrevious"
 * @example aggregateColumnKind({ group: "", own: "Tổng số hồ sơ TTHC tiếp nhận trực tuyến từ Cổng DVCQG" }) === "receivedOnline"
 */
export function aggregateColumnKind(cell: HeaderCell): Exclude<ColumnKind, "shareOnTime"> {
  const meaning = columnMeaning(cell);
  return meaning.kind === "shareOnTime" ? "printedRate" : meaning.kind;
}

interface Meaning {
  readonly kind: ColumnKind;
  /** A part of an outside quantity ("Hồ sơ chờ tiếp nhận — Quá hạn"), with its kind. */
  readonly partOf?: Outside;
  readonly partKind?: PartKind;
}

/** The part kind a caption names, for a part of a quantity it is not a natural part of. */
function partKindOf(o: string): PartKind {
  if (hasAny(o, ["toan trinh"])) return "onlineFull";
  if (hasAny(o, ["mot phan"])) return "onlinePartial";
  if (hasAny(o, CHANNEL_ONLINE)) return "online";
  if (hasAny(o, CHANNEL_DIRECT)) return "direct";
  if (hasAny(o, CHANNEL_POSTAL)) return "postal";
  if (hasAny(o, CROSS_BOUNDARY)) return "crossBoundary";
  if (hasAny(o, APOLOGY)) return hasAny(o, NO_APOLOGY) ? "withoutApology" : "withApology";
  if (hasAny(o, EARLY_AND_ON_TIME)) return "earlyOrOnTime";
  if (hasAny(o, ON_TIME_WORDS)) return "onTime";
  if (hasAny(o, EARLY_WORDS)) return "early";
  if (hasAny(o, ["trong han", "chua den han", "con han"])) return "inTime";
  if (hasAny(o, OVERDUE_WORDS)) return "overdue";
  if (hasAny(o, ["bo sung", "hoan thien"])) return "supplement";
  if (hasAny(o, ["rut"])) return "withdrawn";
  return "other";
}

/** Meanings already worked out, by caption: a header row is read for every candidate header row below it. */
const meanings = new Map<string, Meaning>();

function columnMeaning(cell: HeaderCell): Meaning {
  const key = `${cell.group}\u0000${cell.own}`;
  const known = meanings.get(key);
  if (known) return known;
  const meaning = readMeaning(cell);
  if (meanings.size > 4096) meanings.clear();
  meanings.set(key, meaning);
  return meaning;
}

function readMeaning(cell: HeaderCell): Meaning {
  const bare = cell.own === "" || BARE_OWN.includes(fold(cell.own));
  const g = expand(fold(bare ? "" : cell.group));
  const o = expand(fold(bare && cell.group !== "" ? cell.group : cell.own));
  const context = contextOf(o) ?? contextOf(g);
  if (hasAny(`${g}${o}`, ["ty le", "phan tram"]) || cell.own.includes("%") || cell.group.includes("%")) return { kind: rateKind(g, o, context) };
  if (o === " tt " || o === " stt " || o === " so tt " || o === " so thu tu ") return { kind: "tt" };

  // The quantities outside the resolution counts: a caption of their own, or the group of their split.
  const ownOutside = outsideOf(o);
  const groupOutside = outsideOf(g);
  if (groupOutside && (!ownOutside || ownOutside === groupOutside) && !hasAny(o, TOTAL_WORDS) && o.trim() !== "") {
    if (groupOutside === "paid" && hasAny(o, CHANNEL_ONLINE)) return { kind: "paidOnline" };
    if (!ownOutside) return { kind: null, partOf: groupOutside, partKind: partKindOf(o) };
  }
  const outside = ownOutside ?? (hasAny(o, TOTAL_WORDS) || o.trim() === "" ? groupOutside : null);
  if (outside) {
    if (outside === "paid") return { kind: hasAny(o, CHANNEL_ONLINE) ? "paidOnline" : "paid" };
    return { kind: outside };
  }

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
    "xa phuong",
    "dia ban",
  ];
  const channel = hasAny(o, [...CHANNEL_ONLINE, ...CHANNEL_DIRECT, ...CHANNEL_POSTAL, ...CROSS_BOUNDARY]);
  if (hasAny(o, labelWords) && !channel && (contextOf(o) === null || hasAny(o, ["linh vuc", "ten thu tuc"]))) return { kind: "label" };
  if (hasAny(o, ["bo sung", "hoan thien"])) return { kind: "supplement" };
  if (hasAny(o, ["rut", "rut ho so"])) return { kind: "withdrawn" };
  if (hasAny(o, ["tra lai", "tu choi", "ghi chu"])) return { kind: null };
  if (hasAny(o, APOLOGY)) {
    const without = hasAny(o, NO_APOLOGY);
    if (context === "pending") return { kind: without ? "pendingOverdueWithoutApology" : "pendingOverdueWithApology" };
    if (context === "resolved") return { kind: without ? "lateWithoutApology" : "lateWithApology" };
    return { kind: without ? "apologyWithout" : "apologyWith" };
  }
  if (hasAny(o, EARLY_AND_ON_TIME)) return { kind: "earlyOrOnTime" };
  const onTime = hasAny(o, ON_TIME_WORDS);
  const early = hasAny(o, EARLY_WORDS) || (onTime && hasAny(o, ["truoc"]));
  if (early && onTime) return { kind: "earlyOrOnTime" };
  if (early) return { kind: "early" };
  if (onTime) return { kind: "onTime" };
  if (hasAny(o, ["trong han", "chua den han", "chua qua han", "con han", "trong thoi han"])) {
    // "Trong hạn" under "Đã giải quyết" is the old two-way split: not late, early included.
    return { kind: context === "resolved" ? "earlyOrOnTime" : "pendingInTime" };
  }
  if (hasAny(o, OVERDUE_WORDS)) {
    return { kind: context === "pending" ? "pendingOverdue" : context === "resolved" ? "late" : "overdue" };
  }
  // Channels of reception; under "Đã giải quyết" or "Đang giải quyết" they are a part of that side.
  if (channel && context !== "resolved" && context !== "pending") {
    if (hasAny(o, CROSS_BOUNDARY)) return { kind: "receivedCrossBoundary" };
    if (hasAny(o, ["toan trinh"])) return { kind: "receivedOnlineFull" };
    if (hasAny(o, ["mot phan"])) return { kind: "receivedOnlinePartial" };
    if (hasAny(o, CHANNEL_ONLINE) && hasAny(o, ["hinh thuc khac", "khac"])) return { kind: "receivedOnlineOther" };
    if (hasAny(o, CHANNEL_ONLINE) && hasAny(o, CHANNEL_DIRECT)) return { kind: "receivedNew" };
    if (hasAny(o, CHANNEL_ONLINE)) return { kind: "receivedOnline" };
    if (hasAny(o, CHANNEL_DIRECT)) return { kind: "receivedDirect" };
    return { kind: "receivedPostal" };
  }
  if (channel) return { kind: null, partKind: partKindOf(o) };
  if (hasAny(o, ["ky truoc", "chuyen sang", "chuyen qua", "ton ky truoc", "thang truoc", "nam truoc", "quy truoc", "ton dau ky", "dau ky"])) {
    return { kind: "receivedPrevious" };
  }
  if (hasAny(o, ["ton cuoi ky", "cuoi ky", "chuyen ky sau"])) return { kind: "pending" };
  if (context === "received" || context === null) {
    const total = hasAny(o, TOTAL_WORDS);
    if (hasAny(o, NEW_WORDS) && !total) return { kind: "receivedNew" };
    if (total && hasAny(g, NEW_WORDS)) return { kind: "receivedNew" };
  }
  if (hasAny(o, ["trong do"])) return { kind: null };
  if (context === "pending") return { kind: "pending" };
  if (context === "resolved") return { kind: "resolved" };
  if (context === "received" || hasAny(o, TOTAL_WORDS)) return { kind: "received" };
  return { kind: null };
}

const COUNT_SIDE: Partial<Record<AggRole, "resolved" | "pending" | "received">> = {
  pending: "pending",
  pendingInTime: "pending",
  pendingOverdue: "pending",
  pendingOverdueWithApology: "pending",
  pendingOverdueWithoutApology: "pending",
  resolved: "resolved",
  early: "resolved",
  onTime: "resolved",
  earlyOrOnTime: "resolved",
  late: "resolved",
  lateWithApology: "resolved",
  lateWithoutApology: "resolved",
  received: "received",
  receivedNew: "received",
  receivedOnline: "received",
  receivedOnlineFull: "received",
  receivedOnlinePartial: "received",
  receivedOnlineOther: "received",
  receivedDirect: "received",
  receivedPostal: "received",
  receivedPrevious: "received",
  receivedCrossBoundary: "received",
};

/** Counts whose share a "Tỷ lệ" right after them is (trực tuyến, phi địa giới, thanh toán…), never the on-time rate. */
const CHANNEL_OR_OUTSIDE: readonly AggRole[] = [
  "receivedOnline",
  "receivedOnlineFull",
  "receivedOnlinePartial",
  "receivedOnlineOther",
  "receivedDirect",
  "receivedPostal",
  "receivedCrossBoundary",
  "receivedPrevious",
  "receivedNew",
  "received",
  "paid",
  "paidOnline",
  "waiting",
  "notAccepted",
  "acceptedLate",
  "stopped",
  "withdrawn",
  "supplement",
];

/** The columns each role is a natural part of (nearest first): "Trong đó: trực tuyến" under received stays `receivedOnline`. */
const NATURAL_PARENTS: Partial<Record<AggRole, readonly AggRole[]>> = {
  receivedOnline: ["receivedNew", "received"],
  receivedDirect: ["receivedNew", "received"],
  receivedPostal: ["receivedNew", "received"],
  receivedOnlineFull: ["receivedOnline", "receivedNew", "received"],
  receivedOnlinePartial: ["receivedOnline", "receivedNew", "received"],
  receivedOnlineOther: ["receivedOnline", "receivedNew", "received"],
  receivedPrevious: ["received"],
  receivedNew: ["received"],
  receivedCrossBoundary: ["receivedNew", "received"],
  paid: ["received"],
  paidOnline: ["paid", "received"],
  early: ["resolved"],
  onTime: ["resolved"],
  earlyOrOnTime: ["resolved"],
  late: ["resolved"],
  lateWithApology: ["late", "resolved"],
  lateWithoutApology: ["late", "resolved"],
  pendingInTime: ["pending"],
  pendingOverdue: ["pending"],
  pendingOverdueWithApology: ["pendingOverdue", "pending"],
  pendingOverdueWithoutApology: ["pendingOverdue", "pending"],
  supplement: ["received"],
  withdrawn: ["received"],
  stopped: ["received"],
  acceptedLate: ["received"],
};

/** The side a part's parent gives to an ambiguous caption ("Trong đó: quá hạn" under "Đang giải quyết"). */
function sideOf(role: AggRole): "resolved" | "pending" | "received" | null {
  return COUNT_SIDE[role] ?? null;
}

/** The part kind of a role kept as a generic part (a part of a column it is not a natural part of). */
const ROLE_PART_KIND: Partial<Record<AggRole, PartKind>> = {
  receivedOnline: "online",
  receivedOnlineFull: "onlineFull",
  receivedOnlinePartial: "onlinePartial",
  receivedOnlineOther: "onlineOther",
  receivedDirect: "direct",
  receivedPostal: "postal",
  receivedPrevious: "previous",
  receivedNew: "new",
  receivedCrossBoundary: "crossBoundary",
  paid: "paid",
  paidOnline: "paidOnline",
  early: "early",
  onTime: "onTime",
  earlyOrOnTime: "earlyOrOnTime",
  late: "late",
  lateWithApology: "withApology",
  lateWithoutApology: "withoutApology",
  pendingOverdueWithApology: "withApology",
  pendingOverdueWithoutApology: "withoutApology",
  pendingInTime: "inTime",
  pendingOverdue: "overdue",
  supplement: "supplement",
  withdrawn: "withdrawn",
  stopped: "stopped",
};

/** One header cell with what the raw grid says about it: indented or marked as a part. */
export interface LayoutCell extends HeaderCell {
  /** The caption is introduced by "Trong đó"/"Gồm"/"-" or indented: a part of the column before. */
  readonly part?: boolean;
  /** The part marker is in the group caption (Biểu 06: "Số hồ sơ nhận giải quyết — Trong đó"): the parent is in the same group. */
  readonly partInGroup?: boolean;
}

interface Assigned {
  roles: Partial<Record<AggRole, number>>;
  labelCol?: number;
  ttCol?: number;
  cumulativeCols: number[];
  parts: AggPart[];
  bareRate: boolean;
}

/**
 * Assigns roles to header cells. A bare "Quá hạn" is late when the nearest counted column to its
 * left is about resolved dossiers, and pending-overdue when it follows a pending column. A "Trong
 * đó" column is a part of the column before it: kept as that column's split when the counts model
 * it (trực tuyến of tiếp nhận, quá hạn of đang giải quyết), else as a breakdown part. A bare "Tỷ
 * lệ (%)" is the printed rate unless it follows a count of something else (its share). "Lũy kế"
 * columns are left out, unless every count column is cumulative (a year-to-date table), and listed.
 * @example assignAggregateRoles(headerCells).roles // for "Lĩnh vực", "Đúng hạn", "Quá hạn", "Trong hạn", "Quá hạn": { onTime: 1, late: 2, pendingInTime: 3, pendingOverdue: 4 }, labelCol 0
 */
export function assignAggregateRoles(cells: readonly LayoutCell[]): Assigned {
  const assign = (useCumulative: boolean): Assigned => {
    const roles: Partial<Record<AggRole, number>> = {};
    const roleAt = new Map<number, AggRole>();
    const parts: AggPart[] = [];
    let labelCol: number | undefined;
    let ttCol: number | undefined;
    let lastSide: "resolved" | "pending" | "received" | null = null;
    let previous: AggRole | "label" | null = null;
    const cumulativeCols: number[] = [];
    const rates: { col: number; kind: "printedRate" | "shareOnTime" | "rateBare"; after: AggRole | "label" | null }[] = [];
    const top = (cell: HeaderCell) => cell.group.split(" — ")[0];

    /** The column a part belongs to: the nearest column to the left that is not itself a part (in the same group when the marker is the group's). */
    const parentOf = (col: number): AggRole | undefined => {
      const cell = cells[col];
      for (let c = col - 1; c >= 0; c--) {
        const other = cells[c];
        if (cell.partInGroup && top(other) !== top(cell)) break;
        if (other.part) continue;
        const role = roleAt.get(c);
        if (role !== undefined) return role;
      }
      return undefined;
    };

    cells.forEach((cell, col) => {
      const own = cell.part && !cell.partInGroup ? { ...cell, own: withoutPartMarker(cell.own) } : cell;
      const meaning = columnMeaning(own);
      let kind = meaning.kind;
      const parent = cell.part ? parentOf(col) : undefined;
      const side = parent ? sideOf(parent) : lastSide;
      if (kind === "overdue") kind = side === "pending" ? "pendingOverdue" : "late";
      if (kind === "apologyWith") kind = side === "pending" ? "pendingOverdueWithApology" : "lateWithApology";
      if (kind === "apologyWithout") kind = side === "pending" ? "pendingOverdueWithoutApology" : "lateWithoutApology";
      // A part of an outside quantity ("Hồ sơ chờ tiếp nhận — Quá hạn"): a breakdown of it (its
      // total column may come after it, or not at all: then the parts add up to it).
      if (meaning.partOf) {
        parts.push({ col, of: meaning.partOf, kind: meaning.partKind ?? "other", caption: captionOf(cell) });
        previous = null;
        return;
      }
      if (kind === "rateBare" || kind === "printedRate" || kind === "shareOnTime") {
        rates.push({ col, kind, after: previous });
        return;
      }
      const counted = kind !== null && kind !== "label" && kind !== "tt";
      if (counted && isCumulativeColumn(cell) && !useCumulative) {
        cumulativeCols.push(col);
        previous = null;
        return;
      }
      if (cell.part && parent !== undefined) {
        // A part of the column before: its split when the counts model it, else a breakdown part.
        const natural = kind !== null && kind !== "label" && kind !== "tt" && (NATURAL_PARENTS[kind as AggRole] ?? []).includes(parent);
        if (!natural) {
          const partKind =
            kind !== null && kind !== "label" && kind !== "tt"
              ? (ROLE_PART_KIND[kind as AggRole] ?? "other")
              : (meaning.partKind ?? partKindOf(expand(fold(own.own))));
          parts.push({ col, of: parent, kind: partKind, caption: captionOf(cell) });
          previous = null;
          return;
        }
      } else if (kind === null && meaning.partKind && lastSide !== null && lastSide !== "received") {
        // "Trực tuyến" under "Đã giải quyết": a part of that side's total.
        const of = lastSide === "resolved" ? roles.resolved : roles.pending;
        if (of !== undefined) parts.push({ col, of: lastSide, kind: meaning.partKind, caption: captionOf(cell) });
        previous = null;
        return;
      }
      previous = kind === "label" ? "label" : null;
      if (kind === null) return;
      if (kind === "label") labelCol ??= col;
      else if (kind === "tt") ttCol ??= col;
      else if (roles[kind] === undefined) {
        roles[kind] = col;
        roleAt.set(col, kind);
        previous = kind;
      }
      lastSide = COUNT_SIDE[kind as AggRole] ?? lastSide;
    });

    // The printed rate: explicit on-time words first, then the share of a combined or lone on-time
    // column, then a bare "Tỷ lệ" that does not follow a count of something else.
    const shareOf = (after: AggRole | "label" | null) => after === "earlyOrOnTime" || (after === "onTime" && roles.early === undefined);
    const bareAfter = (after: AggRole | "label" | null) =>
      after === null || after === "label" || ["onTime", "earlyOrOnTime", "late", "resolved", "lateWithApology", "lateWithoutApology"].includes(after);
    const explicit = rates.find((r) => r.kind === "printedRate");
    const share = rates.find((r) => r.kind === "shareOnTime" && (roles.early === undefined || roles.earlyOrOnTime !== undefined));
    // Several bare rates, each after a different count ("Trước hạn | Tỷ lệ | Đúng hạn | Tỷ lệ | Quá hạn |
    // Tỷ lệ"), are each that count's share: only the one after a combined or lone on-time count is the rate.
    const bares = rates.filter((r) => r.kind === "rateBare");
    // A lone "Tỷ lệ" after every count column closes the row: the row's rate, whatever it follows.
    const last = (col: number) => Object.entries(roles).every(([role, c]) => role === "printedRate" || c < col);
    const bare =
      bares.length > 1
        ? bares.find((r) => shareOf(r.after))
        : bares.find((r) => shareOf(r.after) || bareAfter(r.after) || (last(r.col) && r.after !== null && !CHANNEL_OR_OUTSIDE.includes(r.after as AggRole)));
    const chosen = explicit ?? share ?? bare;
    if (chosen) roles.printedRate = chosen.col;
    return { roles, labelCol, ttCol, cumulativeCols, parts, bareRate: chosen !== undefined && chosen === bare && !shareOf(chosen.after) };
  };
  const plain = assign(false);
  const counts = Object.keys(plain.roles).filter((r) => r !== "printedRate");
  if (counts.length === 0 && plain.cumulativeCols.length > 0) return { ...assign(true), cumulativeCols: [] };
  return plain;
}

/** How a message names a column: "Đã giải quyết — Quá hạn". */
function captionOf(cell: HeaderCell): string {
  return cell.group && cell.group !== cell.own ? `${cell.group} — ${cell.own}` : cell.own;
}

const MAX_HEADER_SEARCH = 30;
/** Roles that make a table a statistics table of dossiers on their own. */
const CORE_ROLES: readonly AggRole[] = [
  "received",
  "receivedNew",
  "receivedOnline",
  "receivedOnlineFull",
  "resolved",
  "early",
  "onTime",
  "earlyOrOnTime",
  "late",
  "pending",
  "pendingInTime",
  "pendingOverdue",
];

/**
 * Finds an aggregate table: a header row (with the rows above as group captions) giving at least
 * two count columns, or one count column and a printed rate, or one count column whose caption
 * says it counts dossiers ("Số hồ sơ …"); one of them received, resolved, early, on time, late or
 * pending. Any text column left of the counts is the row label (lĩnh vực, level, unit…); a table
 * without one is a single group named after its title.
 * @example findAggregateLayout(grid)?.roles.received === 1
 */
export function findAggregateLayout(grid: Grid): AggregateLayout | null {
  let best: { layout: AggregateLayout; score: number } | null = null;
  const last = Math.min(grid.rows.length - 2, MAX_HEADER_SEARCH);
  for (let h = 0; h <= last; h++) {
    const cells = layoutCells(grid, h);
    const { roles, labelCol, ttCol, cumulativeCols, parts, bareRate } = assignAggregateRoles(cells);
    const countRoles = (Object.keys(roles) as AggRole[]).filter((r) => r !== "printedRate");
    const roleCount = countRoles.length;
    if (roleCount === 0) continue;
    if (!CORE_ROLES.some((r) => roles[r] !== undefined)) continue;
    const saysDossiers = countRoles.some((r) => hasAny(fold(captionOf(cells[roles[r]!])), ["ho so", "hs", "tthc"]));
    if (roleCount < 2 && roles.printedRate === undefined && !saysDossiers) continue;
    if (!hasCountBelow(grid, h + 1, roles)) continue;
    const label = labelCol ?? firstFreeColumn(roles, ttCol, cumulativeCols);
    const captions: Partial<Record<AggRole, string>> = {};
    for (const [role, col] of Object.entries(roles) as [AggRole, number][]) captions[role] = captionOf(cells[col]);
    const score = roleCount * 10 + parts.length * 2 + (labelCol === undefined ? 0 : 5) + (roles.printedRate === undefined ? 0 : 1);
    if (!best || score > best.score) {
      const title = titleAbove(grid, h);
      const unplaced = unplacedColumns(grid, h, cells, roles, parts, { labelCol: label, ttCol, cumulativeCols });
      best = {
        layout: { form: "aggregate", dataStart: h + 1, labelCol: label, ttCol, roles, captions, title, cumulativeCols, parts, unplaced, bareRate },
        score,
      };
    }
  }
  return best?.layout ?? null;
}

/** Header cells of row `h` with their group captions and what the raw cells say about parts. */
export function layoutCells(grid: Grid, h: number): LayoutCell[] {
  return aggregateHeaderCells(grid, h).map((cell, c) => {
    const groups = cell.group.split(" — ");
    const partInGroup = groups.some((g) => PART_MARKER.test(fold(g)) && fold(g).trim().split(" ").length <= 4);
    const ownRaw = rawCaption(grid, h, c, cell.own);
    const part = partInGroup || isPartCaption(cell.own) || /^(?: {2,}|\t|\u3000)\S/u.test(ownRaw);
    return part ? { ...cell, part: true, partInGroup } : cell;
  });
}

/** The raw text (before trimming) of the header row cell holding `own`, to see its indentation. */
function rawCaption(grid: Grid, h: number, c: number, own: string): string {
  for (let r = h; r >= Math.max(0, h - 2); r--) {
    const raw = grid.rows[r]?.[c];
    if (raw !== undefined && raw !== null && cleanCell(raw) === own && own !== "") return String(raw).replace(/^\n+/, "");
  }
  return "";
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

/** Columns holding counts under a caption that names nothing the counts know ("HS kết thúc nhưng KQ điện tử ≠ giấy"). */
function unplacedColumns(
  grid: Grid,
  h: number,
  cells: readonly HeaderCell[],
  roles: Partial<Record<AggRole, number>>,
  parts: readonly AggPart[],
  taken: { labelCol?: number; ttCol?: number; cumulativeCols: readonly number[] },
): { col: number; caption: string }[] {
  const used = new Set<number>([...Object.values(roles), ...parts.map((p) => p.col), ...taken.cumulativeCols]);
  if (taken.labelCol !== undefined) used.add(taken.labelCol);
  if (taken.ttCol !== undefined) used.add(taken.ttCol);
  const first = Math.min(...Object.values(roles));
  const out: { col: number; caption: string }[] = [];
  cells.forEach((cell, col) => {
    if (used.has(col) || col < first || (cell.own === "" && cell.group === "")) return;
    const f = fold(`${cell.group} ${cell.own}`);
    if (hasAny(f, ["ty le", "phan tram", "ghi chu", "ly do", "nguyen nhan"]) || /^ (s?tt|so tt) $/.test(fold(cell.own)) || cell.own.includes("%")) return;
    if (!hasCountBelow(grid, h + 1, { x: col })) return;
    out.push({ col, caption: captionOf(cell) });
  });
  return out;
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
 * @example titleAbove(makeGrid("T", [["KẾT QUẢ GIẢI QUYẾT TTHC CỦA SỞ Y TẾ NĂM 2024"], ["Đơn vị tính: hồ sơ"], ["Lĩnh vực", "Tiếp nhận"]]), 2) === "KẾT QUẢ GIẢI QUYẾT TTHC CỦA SỞ Y TẾ NĂM 2024"
 */
export function titleAbove(grid: Grid, h: number): string | undefined {
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
function hasCountBelow(grid: Grid, start: number, roles: Partial<Record<string, number>>): boolean {
  const cols = Object.entries(roles)
    .filter(([role]) => role !== "printedRate")
    .map(([, c]) => c as number);
  for (let r = start; r < Math.min(grid.rows.length, start + 30); r++) {
    if (cols.some((c) => readCount(cellText(grid, r, c)).kind === "count")) return true;
  }
  return false;
}
