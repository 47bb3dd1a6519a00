import { narrativeText, reportText, workbookText } from "../messages/catalogue";
import type { PlanTask } from "../plan/plan";
import { foldKey, singleLine } from "../text/normalize";
import { parseDocumentReferences } from "../evidence/parseDocumentReferences";
import { formatMark, parseMark, textHash } from "./narrativeMark";
import { fillYearBlanks } from "./taskLabels";

const items = reportText.results.items;

export const reportItemKeys = ["plan", "objectives", "documents", "procedures", "internalAudit", "managementReview", "effectiveness", "republication"] as const;
export type ReportItemKey = (typeof reportItemKeys)[number];

/** Abbreviations plans use for the words the items are found by (folded). */
const abbreviations: readonly [RegExp, string][] = [
  [/\bht ?qlcl\b/g, "he thong quan ly chat luong"],
  [/\bqlcl\b/g, "quan ly chat luong"],
  [/\btthc\b/g, "thu tuc hanh chinh"],
  [/\bdgnb\b/g, "danh gia noi bo"],
  [/\bmtcl\b/g, "muc tieu chat luong"],
  [/\bxxld\b/g, "xem xet cua lanh dao"],
  [/\bstcl\b/g, "so tay chat luong"],
  [/\bqppl\b/g, "quy pham phap luat"],
];

/**
 * A task's text folded clause by clause (";" and "." kept as " ; "), its abbreviations written
 * out, so the items are found by meaning and a verb is read with its own object.
 * @example meaningText("Công bố lại HTQLCL; rà soát TTHC.") === " cong bo lai he thong quan ly chat luong ; ra soat thu tuc hanh chinh ; "
 */
export function meaningText(text: string): string {
  const clauses = text
    .split(/[;.](?:\s|$)/u)
    .map((clause) => {
      let folded = ` ${foldKey(clause)} `;
      for (const [re, words] of abbreviations) folded = folded.replace(re, ` ${words} `);
      return folded.replace(/\s+/g, " ").trim();
    })
    .filter(Boolean);
  return ` ${clauses.join(" ; ")} ; `;
}

/** Verbs of making, changing or approving a document, before the document they act on. */
const making = "(?:xay dung|ban hanh|ban hanh lai|phe duyet|sua doi|bo sung|cap nhat|ra soat|chinh sua|hoan thien|tai cau truc|dieu chinh|lap)";
/** What item 3 is about: the QMS documents. */
const documentsObject = "(?:quy trinh|tai lieu|so tay chat luong|van ban he thong|he thong tai lieu|quy dinh iso)";

/**
 * How each of the eight standard items is found in a plan task's text, by meaning rather than
 * wording (folded, abbreviations written out): a verb before its object within one clause, so
 * "Rà soát, cập nhật các quy trình nội bộ giải quyết TTHC" is items 3 and 4, "Công bố lại HTQLCL
 * khi có điều chỉnh …" is item 8, and "Tuân thủ thực hiện các quy trình đã xây dựng" is neither.
 * docs/legal-bases.md#required-yearly-activities maps each item to its legal basis.
 */
const itemRules: Readonly<Record<ReportItemKey, (t: string) => boolean>> = {
  // Clause by clause: "…; Kế hoạch thực hiện Mục tiêu chất lượng" after the plan does not unmake it.
  plan: (t) =>
    t
      .split(" ; ")
      .some(
        (clause) =>
          /\b(?:xay dung|ban hanh|phe duyet|lap) (?:[a-z]+ ){0,3}ke hoach (?:[a-z,]+ ){0,8}(?:ap dung|duy tri|cai tien|iso|he thong quan ly chat luong)\b/.test(
            clause,
          ) && !/\bke hoach (?:[a-z]+ ){0,3}(?:danh gia noi bo|kiem tra|khac phuc|thuc hien muc tieu)\b/.test(clause),
      ),
  // "Mục tiêu chất lượng", unless only as what is evaluated ("đánh giá mục tiêu chất lượng").
  objectives: (t) => [...t.matchAll(/ muc tieu chat luong\b/g)].some((m) => !/\bdanh gia(?: ket qua)?(?: thuc hien)?$/.test(t.slice(0, m.index))),
  documents: (t) => new RegExp(`\\b${making}\\b[^.;]{0,60}?\\b${documentsObject}\\b`).test(t) && !/\btuan thu (?:[a-z]+ ){0,3}quy trinh\b/.test(t),
  procedures: (t) =>
    new RegExp(`\\b${making}\\b[^.;]{0,60}?\\bquy trinh\\b`).test(t) &&
    /\b(?:thu tuc hanh chinh|giai quyet|mot cua|quy pham phap luat|cong bo thu tuc)\b/.test(t) &&
    !/\btuan thu (?:[a-z]+ ){0,3}quy trinh\b/.test(t),
  internalAudit: (t) => /\bdanh gia (?:[a-z]+ ){0,3}noi bo\b/.test(t),
  managementReview: (t) => /\bxem xet (?:[a-z]+ ){0,3}lanh dao\b/.test(t) || /\bhop xem xet\b/.test(t),
  effectiveness: (t) => /\bxac nhan (?:[a-z]+ ){0,4}hieu luc\b/.test(t),
  republication: (t) => /\bcong bo lai\b/.test(t) || /\bcong bo (?:[a-z]+ ){0,2}(?:he thong quan ly chat luong|phu hop (?:voi )?(?:tieu chuan|tcvn))\b/.test(t),
};

/** The eight standard items of the year-end results table (seed 001), in order, with their texts. */
export const reportItems: readonly { readonly key: ReportItemKey; readonly text: string }[] = reportItemKeys.map((key) => ({ key, text: items[key] }));

/**
 * The plan's tasks that answer an item, found by meaning (itemRules).
 * @example tasksForItem("republication", [{ task: "Công bố lại HTQLCL khi có điều chỉnh, mở rộng phạm vi áp dụng" }]).length === 1
 */
export function tasksForItem(key: ReportItemKey, tasks: readonly PlanTask[]): PlanTask[] {
  return tasks.filter((task) => itemRules[key](meaningText(task.task)));
}

/** "Không thực hiện vì …" at the start of a text: the reason an item does not apply this year. */
export function isNotApplicableReason(text: string): boolean {
  return /^khong thuc hien vi\b/.test(foldKey(text).trim());
}

/** An item's result and whether it is accounted for (a document, or why it does not apply). */
export interface ItemResult {
  readonly key: ReportItemKey;
  readonly text: string;
  readonly result: string;
  /** True when the result names a document (the tasks' evidence, the plan's reference) or a "Không thực hiện vì …" reason. */
  readonly found: boolean;
  /** The tasks of the plan that answer the item. */
  readonly tasks: readonly PlanTask[];
}

/**
 * The result text of each standard item: the evidence of the tasks that answer it, joined with
 * "; "; or a matching task's "Không thực hiện vì …" note. A matching task without either is told
 * by its status and note ("Đang thực hiện — chờ phê duyệt"), an item no task answers says so;
 * both are `found: false` (the report is then a draft: a director does not sign "no internal
 * audit" unexplained). Item 1 prefers the plan reference when given. The plan's "(năm)" blank is
 * filled with the year.
 * @example reportItemResults(tasks, "Kế hoạch số 733/KH-SYT ngày 28/02/2024 của Sở Y tế", 2024)[0].result === "Kế hoạch số 733/KH-SYT ngày 28/02/2024 của Sở Y tế"
 */
export function reportItemResults(tasks: readonly PlanTask[], planReference: string, year: number): ItemResult[] {
  return reportItems.map(({ key, text }) => {
    const matching = tasksForItem(key, tasks);
    const base = { key, text, tasks: matching };
    if (key === "plan" && planReference.trim()) return { ...base, result: planReference.trim(), found: true };
    const evidence = [...new Set(matching.map((t) => singleLine(t.evidence.trim())).filter(Boolean))];
    if (evidence.length) return { ...base, result: fillYearBlanks(evidence.join("; "), year), found: true };
    const reasons = [...new Set(matching.map((t) => singleLine(t.note.trim())).filter(isNotApplicableReason))];
    if (reasons.length) return { ...base, result: reasons.join("; "), found: true };
    const told = [...new Set(matching.map((t) => statusText(t)).filter(Boolean))];
    return { ...base, result: told.length ? told.join("; ") : narrativeText.results.noTask, found: false };
  });
}

/** "Đang thực hiện — chờ phê duyệt": a task's status and note; "Chưa thực hiện" when both are blank. */
function statusText(task: PlanTask): string {
  const status = task.status.trim() || workbookText.taskStatuses.notStarted;
  const note = singleLine(task.note.trim());
  return note ? `${status} — ${note}` : status;
}

/** The "Nhận xét" rows of the results table as the sheet holds them: text and hidden mark by item. */
export interface ItemSheetRead {
  readonly texts: Partial<Record<ReportItemKey, string>>;
  readonly marks: Partial<Record<ReportItemKey, string>>;
}

/** An item row of the sheet (text, hidden mark, note), as narrative rows are. */
export interface ItemRow {
  readonly text: string;
  readonly mark: string;
  readonly note: string;
}
export type ItemRows = Readonly<Record<ReportItemKey, ItemRow>>;

/**
 * The results table's items for this report: a row the secretary wrote is the item's result
 * (accounted for when it names a document — a number and sign such as "Quyết định số 12/QĐ-STP" —
 * or says "Không thực hiện vì …"); a row still holding what the tasks gave, or emptied, follows
 * the tasks (`auto`). Returns the results and the rows to write back.
 */
export function resolveItems(read: ItemSheetRead | null, auto: readonly ItemResult[]): { results: ItemResult[]; rows: ItemRows } {
  const notes = narrativeText.sheet;
  const rows: Partial<Record<ReportItemKey, ItemRow>> = {};
  const results = auto.map((item) => {
    const typed = read?.texts[item.key]?.trim() ?? "";
    const mark = parseMark(read?.marks[item.key] ?? "");
    const fromTasks = !typed || (mark?.kind === "draft" && mark.hash === textHash(typed));
    if (fromTasks) {
      const text = item.found ? item.result : "";
      rows[item.key] = {
        text,
        mark: text ? formatMark({ kind: "draft", hash: textHash(text), base: "standard" }) : "",
        note: item.found ? notes.noteItemFromTasks : notes.noteItemMissing,
      };
      return item;
    }
    const found = parseDocumentReferences(typed).length > 0 || isNotApplicableReason(typed);
    rows[item.key] = { text: typed, mark: "", note: found ? notes.noteItemOwn : notes.noteItemOwnMissing };
    return { ...item, result: typed, found };
  });
  return { results, rows: rows as ItemRows };
}
