/**
 * Document types and their abbreviations (ký hiệu), from NĐ 30/2020/NĐ-CP Appendix III
 * Part I (docs/document-format.md#document-types), plus the legal-text types evidence cites ("Thông tư số
 * 116/2015/TT-BTC") and "CV" for Công văn, which has no code of its own.
 */
import { foldKey } from "../text/normalize";

export const documentTypes = [
  { code: "NQ", name: "Nghị quyết" },
  { code: "QĐ", name: "Quyết định" },
  { code: "CT", name: "Chỉ thị" },
  { code: "QC", name: "Quy chế" },
  { code: "QyĐ", name: "Quy định" },
  { code: "TC", name: "Thông cáo" },
  { code: "TB", name: "Thông báo" },
  { code: "HD", name: "Hướng dẫn" },
  { code: "CTr", name: "Chương trình" },
  { code: "KH", name: "Kế hoạch" },
  { code: "PA", name: "Phương án" },
  { code: "ĐA", name: "Đề án" },
  { code: "DA", name: "Dự án" },
  { code: "BC", name: "Báo cáo" },
  { code: "BB", name: "Biên bản" },
  { code: "TTr", name: "Tờ trình" },
  { code: "HĐ", name: "Hợp đồng" },
  { code: "CĐ", name: "Công điện" },
  { code: "BGN", name: "Bản ghi nhớ" },
  { code: "BTT", name: "Bản thỏa thuận" },
  { code: "GUQ", name: "Giấy ủy quyền" },
  { code: "GM", name: "Giấy mời" },
  { code: "GGT", name: "Giấy giới thiệu" },
  { code: "GNP", name: "Giấy nghỉ phép" },
  { code: "PG", name: "Phiếu gửi" },
  { code: "PC", name: "Phiếu chuyển" },
  { code: "PB", name: "Phiếu báo" },
  { code: "SY", name: "Bản sao y" },
  { code: "TrS", name: "Bản trích sao" },
  { code: "SL", name: "Bản sao lục" },
  // Not in Appendix III: legal normative texts, cited as "19/2014/QĐ-TTg", "26/2014/TT-BKHCN".
  { code: "NĐ", name: "Nghị định" },
  { code: "TT", name: "Thông tư" },
  { code: "TTLT", name: "Thông tư liên tịch" },
  // Công văn carries no type code: its symbol is "<issuer>-<unit>" (e.g. "1548/SYT-VP").
  { code: "CV", name: "Công văn" },
] as const;

export type DocumentTypeCode = (typeof documentTypes)[number]["code"];

const byCode = new Map<string, DocumentTypeCode>(documentTypes.map((t) => [t.code, t.code]));
const byUpperCode = new Map<string, DocumentTypeCode>(documentTypes.map((t) => [t.code.toUpperCase(), t.code]));
const byFoldedName = new Map<string, DocumentTypeCode>(documentTypes.map((t) => [foldKey(t.name), t.code]));

/**
 * The type whose code a symbol segment is: exact first ("QyĐ"), then ignoring case ("QYĐ").
 * "CV" is not a symbol code, so it never matches here.
 * @example typeOfCode("KH") === "KH"; typeOfCode("SYT") === null
 */
export function typeOfCode(segment: string): DocumentTypeCode | null {
  const code = byCode.get(segment) ?? byUpperCode.get(segment.toUpperCase()) ?? null;
  return code === "CV" ? null : code;
}

/**
 * The type a written word names: the full name ("Kế hoạch", any case or diacritics form)
 * or an abbreviation used as a word ("QĐ 494/QĐ-SYT", "CV 12/SYT-VP").
 * @example typeOfWord("quyết định") === "QĐ"; typeOfWord("QĐ") === "QĐ"
 */
export function typeOfWord(word: string): DocumentTypeCode | null {
  return byCode.get(word) ?? byUpperCode.get(word.toUpperCase()) ?? byFoldedName.get(foldKey(word)) ?? null;
}

/** The Vietnamese name of a type. */
export function typeName(code: DocumentTypeCode): string {
  return documentTypes.find((t) => t.code === code)?.name ?? code;
}

/** The written type words and abbreviations, longest first, for a regular expression alternation. */
export const typeWords: readonly string[] = [...documentTypes.flatMap((t) => [t.name, t.code]), "Văn bản"].sort((a, b) => b.length - a.length);
