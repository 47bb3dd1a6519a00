/**
 * Questions asked of the legal registry (./texts.ts): which texts are in force on a date, which
 * bases a plan or a report of a year cites, how a text is cited, and which legal texts a piece of
 * user text cites that were replaced for a year (a warning naming the replacement).
 */
import { finding, type Finding } from "../findings/finding";
import { legalText as legalTextMessages } from "../messages/catalogue";
import { docDate, shortDocDate } from "../text/docDate";
import { legalTexts, type LegalFact, type LegalText, type LegalTextId, type LegalTopic } from "./texts";

const { titles: legalTextTitles, kinds: legalKindWords, citation: legalCitationText } = legalTextMessages;

const byId = new Map<LegalTextId, LegalText>(legalTexts.map((t) => [t.id, t]));

/** The registry entry of an id. */
export function legalText(id: LegalTextId): LegalText {
  return byId.get(id)!;
}

/** True when the registry's `fact` about `t` was confirmed from a public source. */
export function isConfirmed(t: LegalText, fact: LegalFact): boolean {
  return !t.unconfirmed.includes(fact);
}

/**
 * True when `t` is in force on the ISO date: from its first day (its date of issue when that is
 * not known) until the day before `inForceUntil`.
 * @example inForceOn(legalText("nd61-2018"), "2025-06-30") === true
 * @example inForceOn(legalText("nd61-2018"), "2025-07-01") === false
 */
export function inForceOn(t: LegalText, iso: string): boolean {
  const from = t.inForceFrom ?? t.issued;
  return from <= iso && (t.inForceUntil === null || iso < t.inForceUntil);
}

/** The texts replacing `t` that are in force on `iso`, following replacements of replacements. */
export function successorsOn(t: LegalText, iso: string): LegalText[] {
  const out: LegalText[] = [];
  const seen = new Set<LegalTextId>();
  const visit = (id: LegalTextId) => {
    if (seen.has(id)) return;
    seen.add(id);
    const next = legalText(id);
    if (inForceOn(next, iso)) out.push(next);
    else next.replacedBy.forEach(visit);
  };
  t.replacedBy.forEach(visit);
  return out;
}

/** The order a plan's or a report's bases follow: the ISO texts, then the money, then the one-stop mechanism. */
const topicOrder: readonly LegalTopic[] = ["isoApplication", "funding", "oneStop", "localGovernment", "budget", "standards", "documentFormat"];
const kindOrder: readonly LegalText["kind"][] = ["law", "resolution", "decree", "decision", "circular"];

/**
 * The bases of a yearly ISO plan or year-end report dated `iso` (the registry's `basis` texts: the
 * ISO texts, the funding circular, the one-stop decree) in force on that date, in citation order
 * (ISO application, funding, one-stop; within a topic laws before decrees, decisions and circulars,
 * older first). Only texts whose date of issue is confirmed; a text whose status on that date is
 * not confirmed is left out. `topics` narrows them (the one-stop basis alone, say).
 * @example legalBasesOn("2024-12-31").map((t) => t.number) → ["19/2014/QĐ-TTg", "26/2014/TT-BKHCN", "116/2015/TT-BTC", "61/2018/NĐ-CP"]
 */
export function legalBasesOn(iso: string, topics?: readonly LegalTopic[]): LegalText[] {
  return legalTexts
    .filter((t) => t.basis && (!topics || t.governs.some((g) => topics.includes(g))))
    .filter((t) => isConfirmed(t, "issued") && confirmedInForceOn(t, iso))
    .sort(
      (a, b) =>
        topicOrder.indexOf(a.governs[0]) - topicOrder.indexOf(b.governs[0]) ||
        kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind) ||
        a.issued.localeCompare(b.issued),
    );
}

/** In force on `iso`, on confirmed dates only: an unconfirmed start must be long past, an unconfirmed end far ahead. */
function confirmedInForceOn(t: LegalText, iso: string): boolean {
  if (!inForceOn(t, iso)) return false;
  if (t.inForceFrom === null || !isConfirmed(t, "inForceFrom")) {
    // The first day is not known for sure: only a date a year after the issue counts.
    if (iso < `${Number(t.issued.slice(0, 4)) + 1}${t.issued.slice(4)}`) return false;
  }
  return true;
}

/** "Nghị định số 118/2025/NĐ-CP". */
export function shortCitation(t: LegalText): string {
  return legalCitationText.short({ kind: legalKindWords[t.kind], number: t.number });
}

/**
 * The text as a "Căn cứ" line cites it: kind, number, date of issue, issuer, title; with the
 * amendments in force on `iso` whose relation and date are confirmed.
 * @example citation(legalText("qd19-2014")).startsWith("Quyết định số 19/2014/QĐ-TTg ngày 05 tháng 3 năm 2014 của Thủ tướng Chính phủ về việc áp dụng")
 */
export function citation(t: LegalText, iso?: string): string {
  const { issuer, title } = legalTextTitles[t.id];
  const main = legalCitationText.full({ kind: legalKindWords[t.kind], number: t.number, date: docDate(t.issued), issuer, title, law: t.kind === "law" });
  if (!isConfirmed(t, "amendedBy")) return main;
  const amendments = t.amendedBy
    .map(legalText)
    .filter((a) => isConfirmed(a, "issued") && (iso === undefined || a.issued <= iso))
    .map(datedCitation);
  return amendments.length ? `${main}${legalCitationText.amendedBy({ list: amendments.join(", ") })}` : main;
}

/** "Thông tư số 116/2015/TT-BTC ngày 11 tháng 8 năm 2015 của Bộ Tài chính": the citation without its title. */
export function datedCitation(t: LegalText): string {
  return legalCitationText.amendment({ kind: legalKindWords[t.kind], number: t.number, date: docDate(t.issued), issuer: legalTextTitles[t.id].issuer });
}

/** The "Căn cứ …" lines of a document dated `iso`: each ends ";", the last ".". */
export function basisLines(iso: string, topics?: readonly LegalTopic[]): string[] {
  const texts = legalBasesOn(iso, topics);
  return texts.map((t, i) => legalCitationText.basis({ citation: citation(t, iso), end: i === texts.length - 1 ? "." : ";" }));
}

/** One legal text cited in user text. */
export interface LegalCitation {
  /** The citation as written ("NĐ 61/2018", "Nghị định số 61/2018/NĐ-CP"). */
  readonly text: string;
  readonly id: LegalTextId;
}

const kindOfWord: Readonly<Record<string, LegalText["kind"]>> = {
  luat: "law",
  "nghi quyet": "resolution",
  nq: "resolution",
  "nghi dinh": "decree",
  nd: "decree",
  "quyet dinh": "decision",
  qd: "decision",
  "thong tu": "circular",
  tt: "circular",
};

/**
 * "Nghị định số 61/2018/NĐ-CP", "61/2018/NĐ-CP", "NĐ 61/2018", "Thông tư 01/2018/TT-VPCP",
 * "TT 116/2015": an optional kind word and "số", the number and year, and the symbol when written.
 */
const citationPattern =
  /(?<![\p{L}\d/])(?:(Luật|Nghị quyết|NQ|Nghị định|NĐ|Quyết định|QĐ|Thông tư|TT)\.?\s*(?:số\s*)?)?(\d{1,3})\s*\/\s*((?:19|20)\d{2})(?:\s*\/\s*([\p{Lu}][\p{L}\d&]*(?:\s*-\s*[\p{Lu}][\p{L}\d&]*)*))?/giu;

/** A comparison key: "61/2018/NĐ-CP" → "61/2018/nd cp". */
const numberKey = (num: string, year: string, symbol: string | undefined) =>
  `${Number(num)}/${year}${
    symbol
      ? `/${symbol
          .normalize("NFD")
          .replace(/[\u0300-\u036f]/g, "")
          .replace(/[đĐ]/g, "d")
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, " ")
          .trim()}`
      : ""
  }`;

const registryKeys = legalTexts.map((t) => {
  const [num, year, symbol] = t.number.split("/");
  return { t, full: numberKey(num, year, symbol), short: numberKey(num, year, undefined) };
});

/** Folds a kind word for lookup. */
const foldWord = (w: string) =>
  w
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase();

/**
 * The registry's texts a piece of text cites, in order (unknown texts are skipped). A number
 * without its symbol ("NĐ 61/2018") counts only with a kind word, and only for a text of that kind.
 * @example legalCitations("theo NĐ 61/2018 và Thông tư số 01/2018/TT-VPCP").map((c) => c.id) → ["nd61-2018", "tt01-2018-vpcp"]
 */
export function legalCitations(text: string): LegalCitation[] {
  const out: LegalCitation[] = [];
  for (const m of text.normalize("NFC").matchAll(citationPattern)) {
    const [whole, word, num, year, symbol] = m;
    const kind = word ? kindOfWord[foldWord(word)] : undefined;
    const hit = symbol
      ? registryKeys.find((k) => k.full === numberKey(num, year, symbol))
      : kind
        ? registryKeys.find((k) => k.short === numberKey(num, year, undefined) && k.t.kind === kind)
        : undefined;
    if (hit) out.push({ text: whole.trim(), id: hit.t.id });
  }
  return out;
}

/**
 * Warnings for the texts `text` cites that are no longer in force at some time of `year`: at the
 * given location, naming the replacement and the day it took over. A replacement the registry
 * does not hold as confirmed gives information that says so, not a warning.
 * @example legalCitationFindings("Căn cứ NĐ 61/2018", 2026, { sheet: "Nhận xét", cell: "B3" })[0].code === "legal_citation_replaced"
 */
export function legalCitationFindings(text: string, year: number, location: { sheet: string | null; cell: string | null }): Finding[] {
  const yearEnd = `${year}-12-31`;
  const seen = new Set<LegalTextId>();
  const findings: Finding[] = [];
  for (const c of legalCitations(text)) {
    const t = legalText(c.id);
    if (seen.has(t.id) || t.inForceUntil === null || t.inForceUntil > yearEnd) continue;
    seen.add(t.id);
    const successors = successorsOn(t, yearEnd);
    const confirmed = isConfirmed(t, "inForceUntil") && isConfirmed(t, "replacedBy");
    if (!successors.length) {
      if (isConfirmed(t, "inForceUntil"))
        findings.push(finding("warning", "legal_citation_expired", location, { cited: c.text, date: shortDocDate(t.inForceUntil), year }));
      continue;
    }
    const replacement = successors.map(shortCitation).join(", ");
    findings.push(
      confirmed
        ? finding("warning", "legal_citation_replaced", location, { cited: c.text, replacement, date: shortDocDate(t.inForceUntil), year })
        : finding("info", "legal_citation_replaced_unconfirmed", location, { cited: c.text, replacement, year }),
    );
  }
  return findings;
}
