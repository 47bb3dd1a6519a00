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
const authorityPattern = /(?:^|\s)(KT|TM|TL|TUQ|Q)\s*\.\s*(\p{Lu}[\p{Lu}\s,]*)$/u;
const recipientsLine = /^N[ơo]i\s+nh[ậa]n\s*:?\s*(.*)$/iu;
const recipientToLine = /^K[íi]nh\s+g[ửu]i\s*:?\s*(.*)$/iu;
const listDash = /^[-–+•]\s*/u;

/** A line as text: markup and emphasis gone (also unpaired "**" and "_{…}" subscripts), spaces collapsed. */
function clean(line: string): string {
  // A header line is short: a line of megabytes (a table row) is read by its start only.
  return stripMarkup((line.length > 2_000 ? line.slice(0, 2_000) : line).normalize("NFC"))
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

/** Escapes text for a regular expression. */
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Reads a decree-format document's header and signature block.
 * @example readDocumentHeader(seed001Lines).signerName === "Bùi Văn Kỳ"
 */
export function readDocumentHeader(lines: readonly string[]): DocumentHeader {
  const text = lines.map(clean);
  const nonBlank = (i: number) => text[i] !== "";

  // Header zone: up to the type line (or the trích yếu of a công văn), within the first lines.
  const limit = Math.min(text.length, 40);
  let typeLine = -1;
  for (let i = 0; i < limit; i++) {
    if (typeOfLine(text[i])) {
      typeLine = i;
      break;
    }
  }
  let numberLine = -1;
  for (let i = 0; i < (typeLine >= 0 ? typeLine : limit); i++) {
    if (numberPattern.test(text[i]) && /(?:^|\s)Số\s*:/u.test(text[i])) {
      numberLine = i;
      break;
    }
  }

  let documentNumber = "";
  let documentType = "";
  let abbreviation = "";
  if (numberLine >= 0) {
    const m = numberPattern.exec(text[numberLine])!;
    documentNumber = m[1];
    const groups = m[2].split(/\s*-\s*/u);
    const code = typeOfCode(groups[0]);
    if (code && groups.length > 1) {
      documentType = code;
      abbreviation = groups.slice(1).join("-");
    } else abbreviation = groups.join("-");
  }

  let placeName = "";
  let date = "";
  let year: number | null = null;
  const dateEnd = typeLine >= 0 ? typeLine : numberLine >= 0 ? Math.min(limit, numberLine + 4) : 0;
  for (let i = Math.max(0, numberLine); i < dateEnd; i++) {
    const parsed = /\bngày\b/iu.test(text[i]) && /\bnăm\b/iu.test(text[i]) ? parseDate(text[i]) : null;
    if (parsed) {
      placeName = parsed.place;
      date = parsed.date;
      year = parsed.year;
      break;
    }
  }

  // Agency lines: before "Số:", with the national title and motto taken out.
  const agencyLines: string[] = [];
  const headerEnd = numberLine >= 0 ? numberLine : typeLine >= 0 ? typeLine : 0;
  for (let i = 0; i < headerEnd; i++) {
    const left = text[i]
      .replace(nationalTitle, "")
      .replace(motto, "")
      .replace(/\s{2,}/g, " ")
      .trim();
    if (left && !rule.test(left) && isUpper(left)) agencyLines.push(left);
  }
  let governingBody = "";
  let agencyName = "";
  if (agencyLines.length === 1) agencyName = agencyLines[0];
  else if (agencyLines.length > 1) {
    const start = Math.max(
      1,
      agencyLines.findIndex((l, i) => i > 0 && agencyStart.test(l)),
    );
    governingBody = agencyLines.slice(0, start).join(" ");
    agencyName = agencyLines.slice(start).join(" ");
  }

  // Type, trích yếu, Kính gửi.
  const typeName = typeLine >= 0 ? text[typeLine] : "";
  if (!documentType && typeLine >= 0) documentType = typeOfLine(text[typeLine]) ?? "";
  let cursor = typeLine >= 0 ? typeLine + 1 : numberLine >= 0 ? numberLine + 1 : 0;
  while (cursor < text.length && !nonBlank(cursor)) cursor++;
  const summaryLines: string[] = [];
  if (typeLine >= 0 || (cursor < text.length && /^V\/v\b/iu.test(text[cursor]))) {
    let open = (lines[cursor] ?? "").split("**").length % 2 === 0;
    while (cursor < text.length && nonBlank(cursor) && !recipientToLine.test(text[cursor]) && !/^Căn\s+cứ(?![\p{L}])/iu.test(text[cursor])) {
      summaryLines.push(text[cursor]);
      cursor++;
      const next = text[cursor] ?? "";
      if (!next || !(open || /^\p{Ll}/u.test(next))) break;
      open = open !== ((lines[cursor] ?? "").split("**").length % 2 === 0);
    }
  }
  const summary = summaryLines.join(" ").replace(/\s+/g, " ").trim();
  while (cursor < text.length && !nonBlank(cursor)) cursor++;
  const recipientTo: string[] = [];
  const to = recipientToLine.exec(text[cursor] ?? "");
  if (to) {
    if (to[1]) recipientTo.push(dropEnd(to[1]));
    cursor++;
    while (cursor < text.length && (!nonBlank(cursor) || listDash.test(text[cursor]))) {
      if (nonBlank(cursor)) recipientTo.push(dropEnd(text[cursor].replace(listDash, "")));
      cursor++;
    }
  }
  const bodyStart = cursor;

  // Signature block: from the last "Nơi nhận".
  let bodyEnd = text.length;
  for (let i = text.length - 1; i >= bodyStart; i--) {
    if (recipientsLine.test(text[i])) {
      bodyEnd = i;
      break;
    }
  }
  const recipients: string[] = [];
  let draftingUnit = "";
  const authorities: string[] = [];
  let signerTitle = "";
  let signerName = "";
  const titleCandidates: string[] = [];
  for (let i = bodyEnd; i < text.length; i++) {
    let line = text[i];
    if (i === bodyEnd) line = recipientsLine.exec(line)?.[1] ?? "";
    if (!line) continue;
    // A merged line: "- Sở KH&CN; PHÓ GIÁM ĐỐC" or "Nơi nhận: KT. GIÁM ĐỐC".
    const authority = authorityPattern.exec(line);
    if (authority) {
      authorities.push(`${authority[1]}. ${authority[2].trim()}`);
      line = line.slice(0, authority.index).trim();
      if (!line) continue;
    }
    if (listDash.test(line)) {
      const merged = /^(.*?[;.])\s+(\p{Lu}[\p{Lu}\s]+)$/u.exec(line);
      const item = merged ? merged[1] : line;
      if (merged) titleCandidates.push(merged[2].trim());
      const entry = item.replace(listDash, "").trim();
      if (/^Lưu\b/iu.test(entry)) draftingUnit = draftingUnitOf(entry);
      else if (entry) recipients.push(dropEnd(entry));
      continue;
    }
    if (/^Lưu\b/iu.test(line)) {
      draftingUnit = draftingUnitOf(line);
      continue;
    }
    if (isUpper(line)) titleCandidates.push(line);
    else if (looksLikeName(line)) signerName = line;
  }
  if (titleCandidates.length) signerTitle = titleCandidates[0];
  if (!authorities.length && titleCandidates.length > 1) signerTitle = titleCandidates[titleCandidates.length - 1];

  // The agency's name as sentences write it, found in the body.
  const body = text.slice(bodyStart, bodyEnd);
  let agencyShortName = "";
  if (agencyName) {
    const words = agencyName
      .split(/[\s\-–,]+/u)
      .filter(Boolean)
      .map(escape);
    const pattern = new RegExp(`(?:^|[^\\p{L}])(${words.join("[\\s\\-–,]+")})(?![\\p{L}])`, "iu");
    for (const line of body) {
      const m = pattern.exec(line);
      if (m) {
        agencyShortName = m[1];
        break;
      }
    }
  } else {
    for (const line of body) {
      const m = actingAgency.exec(line);
      if (m) {
        agencyShortName = m[1].trim();
        agencyName = agencyShortName.toLocaleUpperCase("vi");
        break;
      }
    }
  }

  return {
    governingBody,
    agencyName,
    agencyShortName,
    abbreviation,
    documentType,
    documentNumber,
    placeName,
    date,
    year,
    typeName,
    summary,
    recipientTo,
    recipients,
    draftingUnit,
    signingAuthority: authorities.join("\n"),
    signerTitle,
    signerName,
    bodyStart,
    bodyEnd,
  };
}
