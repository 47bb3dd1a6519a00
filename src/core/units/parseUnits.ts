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
    const { body, role: segmentRole } = segmentRoleOf(segment);
    const target = (segmentRole === "unspecified" ? role : segmentRole) === "support" ? support : lead;
    for (const piece of splitPieces(body, registry)) {
      const { unit, method } = splitMethod(piece, registry);
      if (method) methods.push(method);
      if (unit && !lead.some((u) => sameUnit(u, unit)) && !support.some((u) => sameUnit(u, unit))) target.push(unit);
    }
  }
  return { text: singleLine(text), lead, support, method: methods.length ? methods.join("; ") : null };
}

function sameUnit(a: WrittenUnit, b: WrittenUnit): boolean {
  return a.name !== null && b.name !== null ? a.name === b.name : foldKey(a.written) === foldKey(b.written);
}

/** Lines and ";"-separated parts, bullets removed; a bulleted line "- A - B" is two parts. */
function segments(text: string): string[] {
  return text
    .split(/\n|;/)
    .flatMap((line) => (/^\s*[-+•]\s/.test(line) ? line.split(/\s+[-+•]\s+/) : [line]))
    .map((s) => s.replace(/^\s*[-+•*]\s*/, "").replace(/[.。]\s*$/, "").trim())
    .filter((s) => s.length > 0);
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
 * ("Các phòng, cơ quan và đơn vị"), and split on "và" only when every side is a known unit.
 */
function splitPieces(body: string, registry: UnitRegistry): string[] {
  const parts = body
    .split(",")
    .map((p) => p.trim().replace(/^và\s+/i, "").trim())
    .filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < parts.length; ) {
    let taken = 1;
    for (let j = parts.length; j > i + 1; j--) {
      if (matchUnit(registry, parts.slice(i, j).join(", "))) {
        taken = j - i;
        break;
      }
    }
    const piece = parts.slice(i, i + taken).join(", ");
    out.push(...splitOnAnd(piece, registry));
    i += taken;
  }
  return out;
}

function splitOnAnd(piece: string, registry: UnitRegistry): string[] {
  if (matchUnit(registry, piece)) return [piece];
  const sides = piece.split(/\s+và\s+/i).map((s) => s.trim()).filter(Boolean);
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
