/**
 * Reads last year's year-end report (seed 001 shape: I results, II evaluation, III next year
 * with the budget estimate, IV proposals) so this year's tracking workbook starts from its
 * words: the narrative blocks, the agency facts and signer, the scope, and the estimate it
 * gave for this year. Pure: text lines in, data out (the file reading is the caller's).
 */
import { inferBudgetCategory } from "../budget/budgetCategory";
import { namedYear } from "../calendar/dates";
import type { Finding } from "../findings/finding";
import { finding } from "../findings/finding";
import { narrativeText } from "../messages/catalogue";
import { emptyNarrative, narrativeKeys, type Narrative, type NarrativeKey } from "../report/narrative";
import { foldKey, stripMarkup } from "../text/normalize";
import type { EstimateLine } from "../workbook/budgetSheet";
import { readDocumentHeader, type DocumentHeader } from "./readDocumentHeader";

export interface PreviousReport {
  readonly header: DocumentHeader;
  /** The year the report is about ("Kết quả triển khai ISO năm 2024" → 2024). */
  readonly year: number;
  /** The blocks found; a block the report does not have is "". */
  readonly narrative: Narrative;
  /** "Lĩnh vực khám chữa bệnh; …" from "+ Phạm vi áp dụng tại … gồm: …"; "" when absent. */
  readonly scope: string;
  /** The estimate lines it gave for the next year (this year), without the total row. */
  readonly estimate: readonly EstimateLine[];
  /** Blocks not found, as findings (warnings) on the source. */
  readonly findings: readonly Finding[];
}

/** Folded starts of the lines that open or close each part (seed 001 wording and the decree's variants). */
const marks = {
  sectionII: /^ii (danh gia|ket qua danh gia)/,
  dossierSentence: /^tu ngay .* tiep nhan/,
  scope: /^pham vi ap dung/,
  management: /^cong viec quan ly/,
  oneStop: /^gan ket voi viec thuc hien/,
  part2: /^2 thuan loi/,
  advantages: /^a thuan loi/,
  obstacles: /^b kho khan/,
  sectionIII: /^iii /,
  nextYear: /^1 noi dung trien khai/,
  estimate: /^2 du (tru|toan) kinh phi/,
  sectionIV: /^iv kien nghi/,
};

/** A line's folded start without its list dash: "- a. Tiếp tục" → "a tiep tuc". */
const key = (line: string) => foldKey(line.replace(/^[-+•–]\s*/u, ""));

/** Lines of a paragraph cut by a page break ("thời gian tập" / "trung chỉ đạo") joined again. */
function joinBrokenLines(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    const continues =
      prev !== undefined &&
      !/[.;:!?…)”"]$/u.test(prev) &&
      !/^(?:[IVX]+|\d+)\.\s/u.test(prev) && // a heading ("2. Thuận lợi, khó khăn … ISO 9001")
      /^\p{Ll}/u.test(line) &&
      !/^[a-zđ][.)]\s/u.test(line); // a lettered point ("a. Thuận lợi:")
    if (continues) out[out.length - 1] = `${prev} ${line}`;
    else out.push(line);
  }
  return out;
}

const vietnameseLetters = ["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n"];

/** "- a. Tiếp tục …;" → "a) Tiếp tục …;" with the Vietnamese alphabet (seed 001 writes "f." after "e."). */
function reletter(lines: readonly string[]): string[] {
  let n = 0;
  return lines.map((line) => {
    const m = /^(?:[-–]\s*)?([a-zđ])[.)]\s+(.*)$/u.exec(line);
    if (!m) return line;
    const letter = vietnameseLetters[n++] ?? m[1];
    return `${letter}) ${m[2]}`;
  });
}

/** "3.000.000" → 3000000; null when not an amount. */
function amountOf(text: string): number | null {
  const t = text.replace(/\s|đồng|đ/giu, "");
  return /^\d{1,3}(?:[.,]\d{3})+$|^\d+$/.test(t) ? Number(t.replace(/[.,]/g, "")) : null;
}

/**
 * Last year's report read from its lines; null when the text is not a year-end report (no
 * "BÁO CÁO" type, or none of the evaluation sections).
 * @example readPreviousReport(seed001Lines)?.header.signerName === "Bùi Văn Kỳ"
 */
export function readPreviousReport(lines: readonly string[], source = ""): PreviousReport | null {
  const header = readDocumentHeader(lines);
  if (header.documentType !== "BC") return null;
  const body = joinBrokenLines(
    lines
      .slice(header.bodyStart, header.bodyEnd)
      .map((l) =>
        stripMarkup(l.normalize("NFC"))
          .replace(/\*{1,3}/g, "")
          .replace(/[\u00a0\t]+/g, (m) => (m.includes("\t") ? "\t" : " "))
          .trim(),
      )
      .filter(Boolean),
  );
  const find = (re: RegExp, from = 0) => {
    for (let i = from; i < body.length; i++) if (re.test(key(body[i]))) return i;
    return -1;
  };
  const sectionII = find(marks.sectionII);
  const sectionIII = find(marks.sectionIII, Math.max(0, sectionII));
  if (sectionII < 0 && sectionIII < 0) return null;

  const year = namedYear(header.summary) ?? header.year ?? 0;

  const at = {
    dossierSentence: find(marks.dossierSentence, sectionII),
    scope: find(marks.scope, sectionII),
    management: find(marks.management, sectionII),
    oneStop: find(marks.oneStop, sectionII),
    part2: find(marks.part2, sectionII),
    advantages: find(marks.advantages, sectionII),
    obstacles: find(marks.obstacles, sectionII),
    sectionIII,
    nextYear: find(marks.nextYear, Math.max(0, sectionIII)),
    estimate: find(marks.estimate, Math.max(0, sectionIII)),
    sectionIV: find(marks.sectionIV, Math.max(0, sectionIII)),
  };
  /** The lines after `start` (exclusive, or inclusive) up to the next known mark. */
  const stops = Object.values(at).filter((i) => i >= 0);
  const until = (start: number) => Math.min(body.length, ...stops.filter((i) => i > start));
  const slice = (start: number, inclusive = false) => (start < 0 ? [] : body.slice(inclusive ? start : start + 1, until(start)));

  const narrative: Record<NarrativeKey, string> = { ...emptyNarrative() };
  if (at.dossierSentence >= 0) narrative.dossierComment = slice(at.dossierSentence).join("\n");
  narrative.management = slice(at.management).join("\n");
  // Seed 001 writes the one-stop text in its heading line: "- Gắn kết … góp phần …".
  narrative.oneStop = slice(at.oneStop, true)
    .map((l, i) => (i === 0 ? l.replace(/^[-+•–]\s*/u, "") : l))
    .join("\n");
  narrative.advantages = slice(at.advantages).join("\n");
  narrative.obstacles = slice(at.obstacles).join("\n");
  narrative.nextYear = reletter(slice(at.nextYear)).join("\n");
  if (at.sectionIV >= 0) {
    const inline = body[at.sectionIV].replace(/^[^:]*:\s*/u, "");
    const rest = [inline !== body[at.sectionIV] ? inline : "", ...slice(at.sectionIV)].filter(Boolean);
    narrative.proposals = rest
      .join("\n")
      .replace(/\s*\.\/\.\s*$/u, ".")
      .replace(/\.\.$/u, ".");
  }
  const scopeLine = at.scope >= 0 ? body[at.scope] : "";
  const scope = scopeLine.replace(/^[^:]*:\s*/u, "").trim();

  const estimate: EstimateLine[] = [];
  const unreadable: Finding[] = [];
  for (const line of slice(at.estimate)) {
    const cells = line.split("\t").map((c) => c.trim());
    if (cells.length < 2) continue;
    if (foldKey(cells[0]) === foldKey(narrativeText.previous.totalLabel)) continue;
    const amount = amountOf(cells[1]);
    const read = { item: cells[0], category: inferBudgetCategory(cells[0]), explanation: cells[2] ?? "" };
    if (amount !== null) estimate.push({ ...read, amount });
    // An amount (it has digits; a header cell has none) that cannot be read is kept as written (NaN): the total is then not stated (budgetTotals), and it is said.
    else if (/\d/.test(cells[1])) {
      estimate.push({ ...read, amount: Number.NaN, amountText: cells[1] });
      unreadable.push(finding("warning", "previous_report_amount_unreadable", { sheet: source || null }, { item: cells[0], text: cells[1] }));
    }
  }

  const findings = narrativeKeys
    .filter((k) => !narrative[k].trim())
    .map((k) => finding("warning", "previous_report_block_missing", { sheet: source || null }, { label: narrativeText.labels[k] }));
  return { header, year, narrative, scope, estimate, findings: [...findings, ...unreadable] };
}
