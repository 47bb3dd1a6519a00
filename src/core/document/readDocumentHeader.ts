/**
 * Reads the header and signature block of an administrative document laid out per Nghị định
 * 30/2020/NĐ-CP (docs/document-format.md#header, #number-and-symbol) from its text lines — as Word, a PDF or a paste give
 * them: one paragraph per line, the two header columns sometimes merged on one line
 * ("UBND TỈNH X CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), Markdown/HTML emphasis left in.
 *
 * Used by the `import` of last year's report (to fill "Thông tin") and by the task pane when
 * a plan is imported. Every field is "" (or empty) when the document does not say it: the
 * reader never guesses a value the text does not contain.
 */
import { typeOfCode, typeOfWord } from "../evidence/documentTypes";
import { escapeRegExp } from "../text/regExp";
import { isoDate, isYear } from "../calendar/dates";
import { foldKey, stripMarkup } from "../text/normalize";

export interface DocumentHeader {
  /** Tên cơ quan chủ quản, as written: "UBND TỈNH THỪA THIÊN HUẾ"; "" when absent. */
  readonly governingBody: string;
  /** Tên cơ quan ban hành, upper case as in the header: "SỞ Y TẾ" (from the body when the header has none). */
  readonly agencyName: string;
  /** The agency's name as sentences write it: "Sở Y tế", "Sở Lao động - Thương binh và Xã hội". */
  readonly agencyShortName: string;
  /** Issuer abbreviation from "Số: …/BC-SYT": "SYT". */
  readonly abbreviation: string;
  /** Type code from the number ("BC", "KH"), or from the type line; "" when neither. */
  readonly documentType: string;
  /** "3885"; "" for a draft whose number is left blank ("Số: /BC-SYT"). */
  readonly documentNumber: string;
  /** "Ninh Thuận" */
  readonly placeName: string;
  /** ISO date "2022-12-31"; "" when the date is left blank ("ngày tháng năm 2024"). */
  readonly date: string;
  /** The year of the date line (also when day and month are blank); null when absent. */
  readonly year: number | null;
  /** Tên loại văn bản as written: "BÁO CÁO". */
  readonly typeName: string;
  /** Trích yếu on one line, emphasis removed. */
  readonly summary: string;
  /** "Kính gửi" recipients, without the trailing ";" / ".". */
  readonly recipientTo: readonly string[];
  /** "Nơi nhận" lines without the dash, the final ";" and the "Lưu" line: ["Sở KH&CN", "Lãnh đạo Sở", …]. */
  readonly recipients: readonly string[];
  /** Drafting unit from "Lưu: VT, VP." → "VP"; "" when absent. */
  readonly draftingUnit: string;
  /** "KT. GIÁM ĐỐC" (normalised "KT.GIÁM ĐỐC" → "KT. GIÁM ĐỐC"); "" when the head signs. Two lines (TM. … / KT. …) are joined by "\n". */
  readonly signingAuthority: string;
  /** "PHÓ GIÁM ĐỐC" */
  readonly signerTitle: string;
  /** "Bùi Văn Kỳ" */
  readonly signerName: string;
  /** Index in the input of the first body line (after the trích yếu and "Kính gửi"). */
  readonly bodyStart: number;
  /** Index in the input of the "Nơi nhận" line (end of the body, exclusive); lines.length when absent. */
  readonly bodyEnd: number;
}

const nationalTitle = /C[ỘO]NG\s+H(?:ÒA|OÀ|OA)\s+X[ÃA]\s+H[ỘO]I\s+CH[ỦU]\s+NGH[ĨI]A\s+VI[ỆE]T\s+NAM/iu;
const motto = /Đ[ộo]c\s+l[ậa]p\s*[-–—]\s*T[ựu]\s+do\s*[-–—]\s*H[ạa]nh\s+ph[úu]c/iu;
const rule = /^[\s\-–—_─━=.*]+$/u;
/** "Số: 3885/KH-SLĐTBXH", "Số: /BC- SYT", "Số: …/BC-SYT" (a space may slip in around "-"). */
const numberPattern = /Số\s*:?\s*([0-9]*)\s*[….]*\s*\/\s*([\p{L}0-9&]+(?:\s*-\s*[\p{L}0-9&]+)*)/u;
const datePattern = /ngày\s*(\d{1,2})?[\s….]*tháng\s*(\d{1,2})?[\s….]*năm\s*(\d{4})?/iu;
const agencyWords = "Sở|Ủy ban nhân dân|Uỷ ban nhân dân|UBND|Ban|Văn phòng|Chi cục|Trung tâm|Bộ|Cục|Tổng cục|Phòng|Thanh tra|Bệnh viện";
const agencyStart = new RegExp(`^(?:${agencyWords.toLocaleUpperCase("vi")})\\s`, "u");
/** "Sở Y tế báo cáo …", "Sở Lao động - Thương binh và Xã hội ban hành …" */
const actingAgency = new RegExp(`^((?:${agencyWords})\\s[^,.;:()]*?)\\s+(?:báo cáo|ban hành|xây dựng|triển khai|trân trọng|tổng kết)\\b`, "u");
/**
 * The same after a clause ("Căn cứ …, Sở Văn hóa, Thể thao và Du lịch xây dựng kế hoạch …"): the name
 * may hold commas between its title-case parts, as agency names do.
 */
const actingAgencyAfterClause = new RegExp(
  `[,;:]\\s+((?:${agencyWords})(?:\\s+|,\\s+(?=\\p{Lu}))[\\p{L}\\-–]+(?:(?:\\s+|,\\s+(?=\\p{Lu}))[\\p{L}\\-–]+){0,12}?)\\s+(?:báo cáo|ban hành|xây dựng|triển khai|trân trọng|tổng kết)\\b`,
  "u",
);
const authorityPattern = /(?:^|\s)(KT|TM|TL|TUQ|Q)\s*\.\s*(\p{Lu}[\p{Lu}\s,]*)$/u;
const recipientsLine = /^N[ơo]i\s+nh[ậa]n\s*:?\s*(.*)$/iu;
const recipientToLine = /^K[íi]nh\s+g[ửu]i\s*:?\s*(.*)$/iu;
const listDash = /^[-–+•]\s*/u;
const appendixHeading = /^PH[ỤU]\s+L[ỤU]C\b/iu;

/** A line as text: markup and emphasis gone (also unpaired "**" and "_{…}" subscripts), spaces collapsed. */
function clean(line: string): string {
  // A header line is short: a line of megabytes (a table row) is read by its start only.
  return stripMarkup((line.length > 2_000 ? line.slice(0, 2_000) : line).normalize("NFC"))
    .replace(/^#{1,6}\s+/, "") // a Markdown heading's marks (a plan saved as text from a converter)
    .replace(/\*{1,3}/g, "")
    .replace(/_\{[^}]*\}/g, "")
    .replace(/[\u00a0\u2000-\u200b\u202f\t\ufeff]/g, " ")
    .replace(/ {2,}/g, " ")
    .trim();
}

const isUpper = (s: string) => /\p{Lu}/u.test(s) && s === s.toLocaleUpperCase("vi");
const dropEnd = (s: string) => s.replace(/\s*[;.,]+\s*$/u, "").trim();

/** The type line ("BÁO CÁO", "KẾ HOẠCH"): upper case and naming a document type. */
function typeOfLine(text: string): string | null {
  if (!isUpper(text) || text.length > 30) return null;
  const code = typeOfWord(text);
  return code && code !== "CV" && foldKey(text).includes(" ") ? code : null;
}

function parseDate(text: string): { place: string; date: string; year: number | null } | null {
  const m = datePattern.exec(text);
  if (!m) return null;
  const before = text.slice(0, m.index).replace(/,\s*$/u, "").trim();
  const place = before
    .replace(numberPattern, "")
    .replace(/^[,\s]+/u, "")
    .trim();
  // One year rule for every date the product reads (calendar/dates): a year out of range is no year.
  const year = m[3] && isYear(Number(m[3])) ? Number(m[3]) : null;
  const date = m[1] && m[2] && year ? (isoDate(year, Number(m[2]), Number(m[1])) ?? "") : "";
  return { place, date, year };
}

/** "Lưu: VT, VP." → "VP"; "Lưu VT, VP_{Tr}." → "VP" (the drafter's initials are dropped with the subscript). */
function draftingUnitOf(archive: string): string {
  const rest = archive.replace(/^Lưu\s*:?\s*/iu, "");
  return dropEnd(rest)
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s && s.toUpperCase() !== "VT" && !/\bbản\b/iu.test(s))
    .join(", ");
}

/** A person's name: two to six capitalised words, no digits. */
const looksLikeName = (s: string) => /^(?:\p{Lu}[\p{Ll}]*\s+){1,5}\p{Lu}[\p{Ll}]*$/u.test(s);

/** How far down the header is looked for: the type line and "Số:" are within the first 40 lines. */
const headerLimit = 40;

/**
 * Phase 1, the type line: the first line of the first 40 that names a document type in upper case
 * ("BÁO CÁO", "KẾ HOẠCH"); -1 when there is none (a công văn, or text that is no document).
 * @example findTypeLine(["SỞ Y TẾ", "Số: 12/BC-SYT", "BÁO CÁO"]) === 2
 */
export function findTypeLine(text: readonly string[]): number {
  const limit = Math.min(text.length, headerLimit);
  for (let i = 0; i < limit; i++) if (typeOfLine(text[i])) return i;
  return -1;
}

/**
 * Phase 2, the number line: the first line before `end` that holds "Số: …/…" ("Số" starting a word,
 * followed by ":"); -1 when there is none.
 * @example findNumberLine(["UBND TỈNH X", "Số: 12/BC-SYT", "BÁO CÁO"], 2) === 1
 */
export function findNumberLine(text: readonly string[], end: number): number {
  for (let i = 0; i < end; i++) if (numberPattern.test(text[i]) && /(?:^|\s)Số\s*:/u.test(text[i])) return i;
  return -1;
}

/** What the number line says (docs/document-format.md#number-and-symbol). */
export interface NumberAndSymbol {
  readonly documentNumber: string;
  /** The type code when the symbol starts with one and has an issuer after it ("BC" of "BC-SYT"); "" otherwise. */
  readonly documentType: string;
  readonly abbreviation: string;
}

/**
 * Phase 3, the number and symbol: "Số: 3885/KH-SLĐTBXH" → 3885, KH, SLĐTBXH. A symbol that does not
 * start with a type code is all issuer ("Số: 12/SYT-VP" → abbreviation "SYT-VP").
 * @example readNumberLine("Số: /BC- SYT") // { documentNumber: "", documentType: "BC", abbreviation: "SYT" }
 */
export function readNumberLine(line: string): NumberAndSymbol {
  const m = numberPattern.exec(line);
  if (!m) return { documentNumber: "", documentType: "", abbreviation: "" };
  const groups = m[2].split(/\s*-\s*/u);
  const code = typeOfCode(groups[0]);
  return code && groups.length > 1
    ? { documentNumber: m[1], documentType: code, abbreviation: groups.slice(1).join("-") }
    : { documentNumber: m[1], documentType: "", abbreviation: groups.join("-") };
}

/** What the place-and-date line says. */
export interface PlaceAndDate {
  readonly placeName: string;
  readonly date: string;
  readonly year: number | null;
}

/**
 * Phase 4, the place and date: the first line of `text[from, end)` holding "ngày … tháng … năm …"
 * (the number may share it: "Số: 05/BC-SYT Quảng Ninh, ngày 05 tháng 12 năm 2025"). Empty when none.
 * @example findPlaceAndDate(["Số: 12/BC-SYT", "Ninh Thuận, ngày tháng năm 2024"], 0, 2) // { placeName: "Ninh Thuận", date: "", year: 2024 }
 */
export function findPlaceAndDate(text: readonly string[], from: number, end: number): PlaceAndDate {
  for (let i = Math.max(0, from); i < end; i++) {
    const parsed = /\bngày\b/iu.test(text[i]) && /\bnăm\b/iu.test(text[i]) ? parseDate(text[i]) : null;
    if (parsed) return { placeName: parsed.place, date: parsed.date, year: parsed.year };
  }
  return { placeName: "", date: "", year: null };
}

/**
 * Phase 5, the issuing agency: the left column of the two-column header (the lines before "Số:"), with
 * the national title and motto of the right column taken out, even when a paste merged both columns on
 * one line. Upper-case lines only; the first that starts with an agency word ("SỞ", "ỦY BAN NHÂN DÂN",
 * "BAN"…) after the first line starts the agency, the lines before it are the governing body; one line
 * is the agency alone.
 * @example readIssuerColumn(["UBND TỈNH NINH THUẬN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SỞ Y TẾ Độc lập - Tự do - Hạnh phúc"]) // { governingBody: "UBND TỈNH NINH THUẬN", agencyName: "SỞ Y TẾ" }
 */
export function readIssuerColumn(headerLines: readonly string[]): { governingBody: string; agencyName: string } {
  const agencyLines: string[] = [];
  for (const line of headerLines) {
    const left = line
      .replace(nationalTitle, "")
      .replace(motto, "")
      .replace(/\s{2,}/g, " ")
      .trim();
    if (left && !rule.test(left) && isUpper(left)) agencyLines.push(left);
  }
  if (agencyLines.length === 0) return { governingBody: "", agencyName: "" };
  if (agencyLines.length === 1) return { governingBody: "", agencyName: agencyLines[0] };
  const start = Math.max(
    1,
    agencyLines.findIndex((l, i) => i > 0 && agencyStart.test(l)),
  );
  return { governingBody: agencyLines.slice(0, start).join(" "), agencyName: agencyLines.slice(start).join(" ") };
}

const isBlank = (text: readonly string[], i: number) => i < text.length && text[i] === "";

/** The index of the first non-blank line at or after `i` (text.length when none). */
function skipBlank(text: readonly string[], i: number): number {
  while (isBlank(text, i)) i++;
  return i;
}

/**
 * Phase 6, the trích yếu: from line `start` (after the type line), the lines of one paragraph. A line
 * continues the summary while a "**" opened in the raw `lines` is still open, or when the next line
 * starts in lower case; it stops at a blank line, "Kính gửi" or "Căn cứ". Without a type line only a
 * công văn's "V/v …" is a summary. Returns the summary and the index after it.
 * @example readSummary(["Kết quả ISO năm 2024", "Kính gửi: Sở KH&CN"], ["Kết quả ISO năm 2024", "Kính gửi: Sở KH&CN"], 0, true).summary === "Kết quả ISO năm 2024"
 */
export function readSummary(text: readonly string[], lines: readonly string[], start: number, afterTypeLine: boolean): { summary: string; end: number } {
  let cursor = skipBlank(text, start);
  const summaryLines: string[] = [];
  const boldOpens = (i: number) => (lines[i] ?? "").split("**").length % 2 === 0;
  if (afterTypeLine || (cursor < text.length && /^V\/v\b/iu.test(text[cursor]))) {
    let open = boldOpens(cursor);
    while (cursor < text.length && text[cursor] !== "" && !recipientToLine.test(text[cursor]) && !/^Căn\s+cứ(?![\p{L}])/iu.test(text[cursor])) {
      summaryLines.push(text[cursor]);
      cursor++;
      const next = text[cursor] ?? "";
      if (!next || !(open || /^\p{Ll}/u.test(next))) break;
      open = open !== boldOpens(cursor);
    }
  }
  return { summary: summaryLines.join(" ").replace(/\s+/g, " ").trim(), end: cursor };
}

/**
 * Phase 7, "Kính gửi": at the first non-blank line from `start`, the recipients on its own line and on
 * the dashed lines under it (blank lines between are skipped), without the final ";" / "."; the body
 * starts at `end`.
 * @example readRecipientTo(["Kính gửi:", "- Sở KH&CN;", "- UBND tỉnh.", "Sở Y tế báo cáo"], 0) // { recipientTo: ["Sở KH&CN", "UBND tỉnh"], end: 3 }
 */
export function readRecipientTo(text: readonly string[], start: number): { recipientTo: string[]; end: number } {
  let cursor = skipBlank(text, start);
  const recipientTo: string[] = [];
  const to = recipientToLine.exec(text[cursor] ?? "");
  if (to) {
    if (to[1]) recipientTo.push(dropEnd(to[1]));
    cursor++;
    while (cursor < text.length && (text[cursor] === "" || listDash.test(text[cursor]))) {
      if (text[cursor] !== "") recipientTo.push(dropEnd(text[cursor].replace(listDash, "")));
      cursor++;
    }
  }
  return { recipientTo, end: cursor };
}

/**
 * Phase 8, the end of the body: the last "Nơi nhận" line at or after `from`; text.length when none.
 * @example findSignatureStart(["Nội dung", "Nơi nhận:", "- Như trên;"], 0) === 1
 */
export function findSignatureStart(text: readonly string[], from: number): number {
  for (let i = text.length - 1; i >= from; i--) if (recipientsLine.test(text[i])) return i;
  return text.length;
}

/** What the signature block says. */
export interface SignatureBlock {
  readonly recipients: readonly string[];
  readonly draftingUnit: string;
  readonly signingAuthority: string;
  readonly signerTitle: string;
  readonly signerName: string;
}

/**
 * Phase 9, the signature block: `block` starts at the "Nơi nhận" line (what follows "Nơi nhận:" on it
 * counts as a line). Dashed lines are recipients ("- Lưu: …" gives the drafting unit); "KT./TM./TL./
 * TUQ./Q. …" is the signing authority, also at the end of a merged line ("Nơi nhận: KT. GIÁM ĐỐC"); an
 * upper-case line is a title candidate (also at the end of a merged recipient line "- Như trên; GIÁM
 * ĐỐC"), the first one the signer's title, or the last one when there is no authority line; a name is
 * the signer. An appendix that follows ("PHỤ LỤC …") ends the block. Empty for an empty block.
 * @example readSignatureBlock(["Nơi nhận:", "- Sở KH&CN;", "- Lưu: VT, VP.", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Bùi Văn Kỳ"]).signerTitle === "PHÓ GIÁM ĐỐC"
 */
export function readSignatureBlock(block: readonly string[]): SignatureBlock {
  const recipients: string[] = [];
  let draftingUnit = "";
  const authorities: string[] = [];
  let signerName = "";
  const titleCandidates: string[] = [];
  // An appendix after the signature ("PHỤ LỤC", its task table) is not part of the block.
  const appendix = block.findIndex((text, i) => i > 0 && appendixHeading.test(text));
  (appendix > 0 ? block.slice(0, appendix) : block).forEach((text, i) => {
    let line = i === 0 ? (recipientsLine.exec(text)?.[1] ?? "") : text;
    if (!line) return;
    // A merged line: "- Sở KH&CN; PHÓ GIÁM ĐỐC" or "Nơi nhận: KT. GIÁM ĐỐC".
    const authority = authorityPattern.exec(line);
    if (authority) {
      authorities.push(`${authority[1]}. ${authority[2].trim()}`);
      line = line.slice(0, authority.index).trim();
      if (!line) return;
    }
    if (listDash.test(line)) {
      const merged = /^(.*?[;.])\s+(\p{Lu}[\p{Lu}\s]+)$/u.exec(line);
      const item = merged ? merged[1] : line;
      if (merged) titleCandidates.push(merged[2].trim());
      const entry = item.replace(listDash, "").trim();
      if (/^Lưu\b/iu.test(entry)) draftingUnit = draftingUnitOf(entry);
      else if (entry) recipients.push(dropEnd(entry));
      return;
    }
    if (/^Lưu\b/iu.test(line)) draftingUnit = draftingUnitOf(line);
    else if (isUpper(line)) titleCandidates.push(line);
    else if (looksLikeName(line)) signerName = line;
  });
  const signerTitle = !authorities.length && titleCandidates.length > 1 ? titleCandidates[titleCandidates.length - 1] : (titleCandidates[0] ?? "");
  return { recipients, draftingUnit, signingAuthority: authorities.join("\n"), signerTitle, signerName };
}

/**
 * Phase 10, the agency as sentences name it, found in the body: the header's agency name matched word by
 * word whatever the case ("SỞ LAO ĐỘNG THƯƠNG BINH VÀ XÃ HỘI" → "Sở Lao động - Thương binh và Xã hội");
 * without a header agency, the subject of "… báo cáo / ban hành / xây dựng …" at a line's start or after a
 * clause's comma (commas may part its name: "Sở Văn hóa, Thể thao và Du lịch"), whose upper case becomes
 * the agency name. Empty when the body says neither.
 * @example agencyNameInBody(["Sở Y tế báo cáo như sau:"], "").agencyShortName === "Sở Y tế"
 */
export function agencyNameInBody(body: readonly string[], agencyName: string): { agencyName: string; agencyShortName: string } {
  if (agencyName) {
    const words = agencyName
      .split(/[\s\-–,]+/u)
      .filter(Boolean)
      .map(escapeRegExp);
    const pattern = new RegExp(`(?:^|[^\\p{L}])(${words.join("[\\s\\-–,]+")})(?![\\p{L}])`, "iu");
    for (const line of body) {
      const m = pattern.exec(line);
      if (m) return { agencyName, agencyShortName: m[1] };
    }
    return { agencyName, agencyShortName: "" };
  }
  for (const line of body) {
    const m = actingAgency.exec(line) ?? actingAgencyAfterClause.exec(line.slice(0, 2000));
    if (m) {
      const agencyShortName = m[1].trim();
      return { agencyName: agencyShortName.toLocaleUpperCase("vi"), agencyShortName };
    }
  }
  return { agencyName: "", agencyShortName: "" };
}

/**
 * Reads a decree-format document's header and signature block, phase by phase: the type line, the
 * number line before it, the place and date, the issuing agency above the number, the trích yếu and
 * "Kính gửi" under the type line (where the body starts), the signature block from the last "Nơi
 * nhận" (where the body ends), and the agency's name as the body writes it.
 * @example readDocumentHeader(seed001Lines).signerName === "Bùi Văn Kỳ"
 */
export function readDocumentHeader(lines: readonly string[]): DocumentHeader {
  const text = lines.map(clean);
  const typeLine = findTypeLine(text);
  const limit = Math.min(text.length, headerLimit);
  const numberLine = findNumberLine(text, typeLine >= 0 ? typeLine : limit);
  const number = readNumberLine(text[numberLine] ?? "");
  // The date is between the number and the type line; without a type line, on the number line or the three under it.
  const dateEnd = typeLine >= 0 ? typeLine : numberLine >= 0 ? Math.min(limit, numberLine + 4) : 0;
  const dated = findPlaceAndDate(text, numberLine, dateEnd);
  const issuer = readIssuerColumn(text.slice(0, numberLine >= 0 ? numberLine : typeLine >= 0 ? typeLine : 0));
  const title = readSummary(text, lines, typeLine >= 0 ? typeLine + 1 : numberLine >= 0 ? numberLine + 1 : 0, typeLine >= 0);
  const to = readRecipientTo(text, title.end);
  const bodyStart = to.end;
  const bodyEnd = findSignatureStart(text, bodyStart);
  const signature = readSignatureBlock(text.slice(bodyEnd));
  const agency = agencyNameInBody(text.slice(bodyStart, bodyEnd), issuer.agencyName);
  return {
    governingBody: issuer.governingBody,
    agencyName: agency.agencyName,
    agencyShortName: agency.agencyShortName,
    abbreviation: number.abbreviation,
    documentType: number.documentType || (typeLine >= 0 ? (typeOfLine(text[typeLine]) ?? "") : ""),
    documentNumber: number.documentNumber,
    ...dated,
    typeName: typeLine >= 0 ? text[typeLine] : "",
    summary: title.summary,
    recipientTo: to.recipientTo,
    ...signature,
    bodyStart,
    bodyEnd,
  };
}
