import { foldKey, singleLine } from "../text/normalize";
import { matchUnit, type UnitRegistry } from "./registry";

/** One unit as written in a cell, and the registry name it matched (null when unknown). */
export interface WrittenUnit {
  readonly written: string;
  readonly name: string | null;
}

/** The responsible units of a task: who leads, who supports, and any "how" note left over. */
export interface TaskUnits {
  readonly text: string;
  readonly lead: readonly WrittenUnit[];
  readonly support: readonly WrittenUnit[];
  /** Words after the units that say how the work is done ("rà soát và trình lãnh đạo công bố"). */
  readonly method: string | null;
}

export type UnitRole = "lead" | "support" | "unspecified";

/** Verbs that start a "cách thức thực hiện" clause after the units (folded). */
const methodVerbs = /^(ra soat|trinh|thuc hien|tham muu|theo doi|tong hop|bao cao|xay dung|kiem tra|huong dan|giup)\b/;

/**
 * Splits a "Phân công / Đơn vị thực hiện" cell into units. Roles come from the column
 * (`role`) or from the text ("Chủ trì: …; Phối hợp: …", "X (chủ trì)", "X phối hợp");
 * when nothing says so, every unit is listed as lead (responsible).
 * @example parseUnits("BCĐ ISO, và Các đơn vị", registry).lead.map(u => u.name) → ["Ban Chỉ đạo ISO", "Các đơn vị thuộc Sở"]
 */
export function parseUnits(text: string, registry: UnitRegistry, role: UnitRole = "unspecified"): TaskUnits {
  const lead: WrittenUnit[] = [];
  const support: WrittenUnit[] = [];
  const methods: string[] = [];
  for (const segment of segments(text)) {
    const { body, role: segmentRole } = segmentRoleOf(segment.text);
    const target = (segmentRole === "unspecified" ? role : segmentRole) === "support" ? support : lead;
    const pieces = segment.whole ? [body] : splitPieces(body, registry);
    for (const piece of pieces) {
      const { unit, method } = splitMethod(piece, registry);
      if (method) methods.push(method);
      if (unit && !lead.some((u) => sameUnit(u, unit)) && !support.some((u) => sameUnit(u, unit))) target.push(unit);
    }
  }
  return { text: singleLine(text), lead, support, method: methods.length ? methods.join("; ") : null };
}

/**
 * The units a "Người đứng đầu chịu trách nhiệm" cell names through their heads: "Cục trưởng Cục
 * Du lịch Quốc gia Việt Nam" is "Cục Du lịch Quốc gia Việt Nam", "Thủ trưởng các đơn vị được
 * giao …" is "Các đơn vị được giao …", "Giám đốc Trung tâm …" is "Trung tâm …".
 * @example unitsOfHeads("(1) Giám đốc Trung tâm Chuyển đổi số; (2) Cục trưởng Cục DLQGVN") === "Trung tâm Chuyển đổi số; Cục DLQGVN"
 */
export function unitsOfHeads(text: string): string {
  return text
    .replace(/(^|[;\n]\s*|\.\s+)(?:\(\d{1,2}\)\s*|\d{1,2}[.)]\s+)?/gu, "$1")
    .replace(new RegExp(String.raw`(^|[;\n]\s*|\.\s+)(${PERSON_TITLES})\s+(?=\S)`, "giu"), (_whole, before: string, title: string) => {
      const keep = /^chánh (văn phòng|thanh tra)$/iu.exec(title);
      return keep ? `${before}${capitalize(keep[1])} ` : before;
    })
    .replace(/(^|[;\n]\s*|\.\s+)các\b/gu, "$1Các");
}

/** Titles of the heads of agencies, longest first. */
const PERSON_TITLES = [
  "Phó Tổng cục trưởng",
  "Tổng cục trưởng",
  "Phó Cục trưởng",
  "Cục trưởng",
  "Phó Vụ trưởng",
  "Vụ trưởng",
  "Phó Giám đốc",
  "Giám đốc",
  "Thủ trưởng",
  "Chánh Văn phòng",
  "Chánh Thanh tra",
  "Trưởng ban",
  "Trưởng phòng",
  "Phó Chủ tịch",
  "Chủ tịch",
  "Người đứng đầu",
  "Viện trưởng",
  "Hiệu trưởng",
  "Chi cục trưởng",
].join("|");

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function sameUnit(a: WrittenUnit, b: WrittenUnit): boolean {
  return a.name !== null && b.name !== null ? a.name === b.name : foldKey(a.written) === foldKey(b.written);
}

/** One part of a units cell; `whole` parts are single units whose commas belong to the name. */
interface Segment {
  readonly text: string;
  readonly whole: boolean;
}

/**
 * Lines, ";"-separated parts and sentences, bullets removed; a bulleted line "- A - B" is two
 * parts. A line that continues a name broken mid-phrase ("Cục Phát thanh truyền hình và" ⏎
 * "Thông tin điện tử", "UBND các phường" ⏎ "xã") joins the line before. "Các Cục: A; B; C"
 * names "Cục A", "Cục B", "Cục C" (with a single part after the colon, its commas separate the names).
 */
function segments(text: string): Segment[] {
  const lines: string[] = [];
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (!line) continue;
    const previous = lines[lines.length - 1];
    if (previous !== undefined && continuesLine(previous, line)) lines[lines.length - 1] = `${previous} ${line}`;
    else lines.push(line);
  }
  const out: Segment[] = [];
  for (const line of lines) {
    const parts = line
      .split(/\.\s+(?=\p{Lu})/u)
      .flatMap((sentence) => sentence.split(";").map((p, i) => ({ p, listGoesOn: i > 0 })))
      .flatMap(({ p, listGoesOn }) => (/^\s*[-+•]\s/.test(p) ? p.split(/\s+[-+•]\s+/).map((q) => ({ p: q, listGoesOn: false })) : [{ p, listGoesOn }]))
      .map(({ p, listGoesOn }) => ({
        p: p
          .replace(/^\s*[-+•*]\s*/, "")
          .replace(/[.。]\s*$/, "")
          .trim(),
        listGoesOn,
      }))
      .filter(({ p }) => p.length > 0);
    let listHead: string | null = null;
    parts.forEach(({ p, listGoesOn }, i) => {
      const list = LIST_OF_UNITS.exec(p);
      if (list) {
        listHead = capitalize(list[1].toLowerCase());
        const single = !(parts[i + 1]?.listGoesOn ?? false);
        const items = single ? list[2].split(/,\s*|\s+và\s+(?=\p{Lu})/u) : [list[2]];
        for (const item of items.map((x) => x.trim()).filter(Boolean)) out.push({ text: withHead(listHead, item), whole: true });
        return;
      }
      if (listHead && listGoesOn && !UNIT_HEAD.test(p)) {
        out.push({ text: withHead(listHead, p), whole: true });
        return;
      }
      listHead = null;
      out.push({ text: p, whole: false });
    });
  }
  return out;
}

/** "Các Cục: …", "các Vụ: …": a list of units of one kind. */
const LIST_OF_UNITS = /^(?:các|Các)\s+(cục|Cục|vụ|Vụ|sở|Sở|phòng|Phòng|ban|Ban|trung tâm|Trung tâm|chi cục|Chi cục|viện|Viện)\s*:\s*(.+)$/u;

function withHead(head: string, item: string): string {
  return item.toLowerCase().startsWith(`${head.toLowerCase()} `) ? item : `${head} ${item}`;
}

/** True when `line` finishes a name that `previous` left open (the cell was wrapped mid-phrase). */
function continuesLine(previous: string, line: string): boolean {
  if (/^[-+•*]\s|^\(?\d{1,2}[.)]\s/.test(line)) return false;
  if (/(?:\s(?:và|của|các|thuộc)|[,;&\-–])$/u.test(previous)) return true;
  // "UBND" ⏎ "các phường xã": a head word left alone at the end of the line.
  if (/(?:^|[;,]\s*)(?:UBND|HĐND|Ủy ban nhân dân|Uỷ ban nhân dân|Sở|Ban|Cục|Vụ|Phòng|Trung tâm|Chi cục)$/u.test(previous)) return true;
  return /^\p{Ll}/u.test(line) && !/^(?:các|nhà)\s/u.test(line) && !methodVerbs.test(foldKey(line));
}

/**
 * The first words of a Vietnamese agency or group name ("Sở …", "UBND …", "Các doanh nghiệp …",
 * an abbreviation "VHTTDL"). A comma splits two units only when the part after it starts this
 * way: "Sở Văn hóa, Thể thao và Du lịch", "Các sở, ban, ngành", "UBND các xã, phường" and
 * "73 cơ quan, đơn vị" stay whole.
 */
const UNIT_HEAD = new RegExp(
  String.raw`^(?:(?:Sở|Ban|Bộ|Cục|Tổng cục|Vụ|Văn phòng|Phòng|Trung tâm|Chi cục|Thanh tra|UBND|HĐND|Ủy ban|Uỷ ban|Hội đồng|Công an|Bộ Chỉ huy|Viện|Học viện|Trường|Đại học|Bệnh viện|Hội|Liên hiệp|Liên đoàn|Hiệp hội|Đoàn|Đài|Báo(?! chí)|Tạp chí|Ngân hàng|Kho bạc|Thuế|Bảo hiểm|Hải quan|Tòa án|Toà án|Quỹ|Doanh nghiệp|Công ty|Tập đoàn|Tổng công ty|Hợp tác xã|Cơ quan|Đơn vị|Lãnh đạo|Tổ|Mặt trận|Ủy ban MTTQ|Bưu điện|Điện lực|Kiểm toán|Đảng ủy|Tỉnh ủy|Thành ủy|Huyện ủy|Công đoàn|Bộ phận|Chi nhánh|Các|Nhà|Người|Giám đốc|Thủ trưởng|Lực lượng|Cảng vụ)(?![\p{L}\p{M}])|(?:các|nhà)\s|\p{Lu}{2,}(?![\p{Ll}]))`,
  "u",
);

/** True when a comma part starts a new unit rather than continuing the name before it. */
function startsUnit(part: string, registry: UnitRegistry): boolean {
  const firstSide = part.split(/\s+và\s+/i)[0];
  return UNIT_HEAD.test(part) || matchUnit(registry, part) !== null || matchUnit(registry, firstSide) !== null || methodVerbs.test(foldKey(part));
}

function segmentRoleOf(segment: string): { body: string; role: UnitRole } {
  const folded = foldKey(segment);
  const labelled = /^(chu tri|don vi chu tri|phoi hop|don vi phoi hop)\b/.exec(folded);
  if (labelled && segment.includes(":")) {
    return { body: segment.slice(segment.indexOf(":") + 1).trim(), role: labelled[1].includes("chu tri") ? "lead" : "support" };
  }
  const suffix = /\(?\s*(chủ trì|phối hợp)\s*\)?\s*$/i.exec(segment.normalize("NFC"));
  if (suffix && suffix.index > 0) {
    return { body: segment.slice(0, suffix.index).trim(), role: suffix[1].toLowerCase() === "chủ trì" ? "lead" : "support" };
  }
  return { body: segment, role: "unspecified" };
}

/**
 * Comma-separated parts, re-joined greedily where the registry knows the joined name
 * ("Các phòng, cơ quan và đơn vị") or where the part after a comma does not start a unit
 * ("Sở Văn hóa, Thể thao và Du lịch"), and split on "và" only when every side is a known unit.
 */
function splitPieces(body: string, registry: UnitRegistry): string[] {
  const parts = body
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < parts.length;) {
    let taken = 1;
    for (let j = parts.length; j > i + 1; j--) {
      if (matchUnit(registry, parts.slice(i, j).join(", "))) {
        taken = j - i;
        break;
      }
    }
    if (taken === 1) while (i + taken < parts.length && !startsUnit(parts[i + taken].replace(/^và\s+/i, ""), registry)) taken++;
    const piece = parts
      .slice(i, i + taken)
      .join(", ")
      .replace(/^và\s+/i, "")
      .trim();
    out.push(...splitOnAnd(piece, registry));
    i += taken;
  }
  return out;
}

function splitOnAnd(piece: string, registry: UnitRegistry): string[] {
  if (matchUnit(registry, piece)) return [piece];
  // "Sở Khoa học và Công nghệ Sở Công Thương": a comma left out between two departments.
  const departments = piece.split(/\s+(?=Sở\s+\p{Lu})/u);
  if (departments.length > 1 && departments.every((d) => /^Sở\s+\p{Lu}/u.test(d))) return departments.flatMap((d) => splitOnAnd(d, registry));
  const sides = piece
    .split(/\s+và\s+/i)
    .map((s) => s.trim())
    .filter(Boolean);
  if (sides.length > 1 && sides.every((s) => matchUnit(registry, s) !== null)) return sides;
  return [piece];
}

/** "Trung tâm GĐYK rà soát và trình lãnh đạo công bố" → unit "Trung tâm GĐYK", method "rà soát và trình lãnh đạo công bố". */
function splitMethod(piece: string, registry: UnitRegistry): { unit: WrittenUnit | null; method: string | null } {
  const name = matchUnit(registry, piece);
  if (name) return { unit: { written: piece, name }, method: null };
  if (methodVerbs.test(foldKey(piece))) return { unit: null, method: piece };
  const words = piece.split(/\s+/);
  for (let k = words.length - 1; k >= 1; k--) {
    const head = words.slice(0, k).join(" ");
    const rest = words.slice(k).join(" ");
    const headName = matchUnit(registry, head);
    if (headName && methodVerbs.test(foldKey(rest))) return { unit: { written: head, name: headName }, method: rest };
  }
  return { unit: { written: piece, name: null }, method: null };
}
