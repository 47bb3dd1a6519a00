/**
 * Finds the documents cited in a result cell: "Kế hoạch số 733/KH-SYT ngày 28/02/2024 của
 * Sở Y tế", "QĐ 494/QĐ-SYT ngày 01/11/2024", "Số: 3885/KH-SLĐTBXH", "Công văn số
 * 1548/SYT-VP", lists separated by ";", "," or "và", or by nothing at all (seed 001 row 7).
 *
 * The anchor is "<number>/<symbol>": digits, a slash, then a segment starting with a capital
 * letter. That shape does not occur in dates ("13/3/2024"), month ranges ("9-11/2024") or
 * standards ("ISO 9001:2015"), so bare numbers are safe to accept. The type word and "số" are
 * read backwards from the anchor, the date forwards.
 */
import type { Issue } from "../findings/finding";
import { escapeRegExp } from "../text/regExp";
import type { DocumentReference } from "./documentReference";
import { typeName, typeOfCode, typeOfWord, typeWords, type DocumentTypeCode } from "./documentTypes";
import { readReferenceDate, type ReferenceDate } from "./referenceDate";

/** A symbol segment after a hyphen: "SYT", "TTg", "BKHCN", "VX". */
const SEGMENT = String.raw`[\p{Lu}\d][\p{L}\d&]*`;
/**
 * "733/KH-SYT", "19/2014/QĐ-TTg", "01/BB-XXLD". A hyphen spaced on one side ("BC- SYT")
 * is tolerated before an all-capital segment; " - " on both sides is a dash in prose, not a joint.
 */
const anchorPattern = new RegExp(
  String.raw`(?<![\p{L}\d/])(\d{1,6})\s?/\s?(?:(\d{4})\s?/\s?)?(\p{Lu}[\p{L}\d&]*(?:-${SEGMENT}|(?:-\s|\s-)[\p{Lu}\d&]{2,}(?![\p{L}\d]))*)`,
  "gu",
);

/** Optional type word, optional "số"/"Số:", right before the anchor. */
const prefixPattern = new RegExp(String.raw`(?<![\p{L}\d])(?:(${typeWords.map(escapeRegExp).join("|")})\s*)?(?:số\s*:?\s*)?$`, "iu");

/** How far back a type word may sit before the number ("Quyết định số " is 14 characters). */
const LOOKBACK = 40;
/** How far a date may reach after the symbol (" ngày 05 tháng 10 năm 2014" is 26 characters). */
const LOOKAHEAD = 64;

/** Type, issuer and any mismatch between the written type word and the symbol's code. */
function classify(word: string | undefined, segments: readonly string[]): { type: DocumentTypeCode; issuer: string | null; mismatch: boolean } {
  const written = word ? typeOfWord(word) : null;
  const coded = typeOfCode(segments[0]);
  // A Công văn symbol starts with the issuer, which may look like a type code ("CT" = Cục Thuế).
  if (written === "CV" || !coded) return { type: written ?? "CV", issuer: segments[0], mismatch: false };
  return { type: coded, issuer: segments[1] ?? null, mismatch: written !== null && written !== coded };
}

/** The issues of one reference. */
function referenceIssues(text: string, date: ReferenceDate, mismatch: { word?: string; symbol: string; type: DocumentTypeCode }): Issue[] {
  const issues: Issue[] = [];
  if (date.kind === "unreadable") issues.push({ severity: "error", code: "evidence_date_unreadable", params: { reference: text, date: date.text } });
  if (date.kind === "impossible") issues.push({ severity: "error", code: "evidence_date_impossible", params: { reference: text, date: date.text } });
  if (mismatch.word) {
    issues.push({
      severity: "warning",
      code: "evidence_type_mismatch",
      params: { reference: text, written: mismatch.word, symbol: mismatch.symbol, typeName: typeName(mismatch.type) },
    });
  }
  return issues;
}

/**
 * Every document reference in a text, in order. Never throws; input may be NFD (it is read as NFC).
 * @example
 * parseDocumentReferences("Kế hoạch số 733/KH-SYT ngày 28/02/2024 của Sở Y tế")
 * // [{ text: "Kế hoạch số 733/KH-SYT ngày 28/02/2024", type: "KH", typeName: "Kế hoạch", number: "733",
 * //    numberYear: null, symbol: "KH-SYT", issuer: "SYT", date: "2024-02-28", dateText: "28/02/2024", issues: [] }]
 * @example parseDocumentReferences("Công văn số 1548/SYT-VP")[0].type === "CV"
 */
export function parseDocumentReferences(text: string): DocumentReference[] {
  const source = text.normalize("NFC");
  const refs: DocumentReference[] = [];
  let lastEnd = 0;
  for (const m of source.matchAll(anchorPattern)) {
    const start = m.index ?? 0;
    if (start < lastEnd) continue; // inside the previous reference's date text
    const before = source.slice(Math.max(lastEnd, start - LOOKBACK), start);
    const prefix = prefixPattern.exec(before);
    const from = prefix ? start - prefix[0].length : start;
    const symbol = m[3].replace(/\s*-\s*/g, "-");
    const segments = symbol.split("-");
    const { type, issuer, mismatch } = classify(prefix?.[1], segments);
    const anchorEnd = start + m[0].length;
    const date = readReferenceDate(source.slice(anchorEnd, anchorEnd + LOOKAHEAD));
    const end = date.kind === "none" ? anchorEnd : anchorEnd + date.length;
    const fragment = source.slice(from, end);
    refs.push({
      text: fragment,
      type,
      typeName: typeName(type),
      number: m[1],
      numberYear: m[2] ? Number(m[2]) : null,
      symbol,
      issuer,
      date: date.kind === "date" ? date.iso : null,
      dateText: date.kind === "none" ? null : date.text,
      issues: referenceIssues(fragment, date, { word: mismatch ? prefix?.[1] : undefined, symbol, type }),
    });
    lastEnd = end;
  }
  return refs;
}
