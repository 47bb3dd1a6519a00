/**
 * "Final" means a director could sign the report unedited. Besides what the report model finds
 * itself (an empty or stale "Nhận xét" block, an item of part I without a document or a reason,
 * the signer, the agency), these keep it a draft: a fact of "Thông tin" still a proposal nobody
 * confirmed (docs/agency-facts.md), no as-of date, no short name for the sentences, a placeholder
 * left in the body, and an error among the checks. Each is said in the user's words; the report
 * then carries DỰ THẢO and the pane lists them.
 */
import type { Finding } from "../findings/finding";
import { narrativeText, reportText, workbookText } from "../messages/catalogue";
import type { AgencyInfo } from "../workbook/agencySheet";
import { unconfirmedFacts } from "../workbook/agencyFacts";
import { sheetNames } from "../workbook/sheetNames";
import { runsText, type Block, type MissingPlace, type ReportModel } from "./model";

export type { MissingPlace } from "./model";

/**
 * What "Thông tin" still lacks for a signed report: unconfirmed proposals, the as-of date, the
 * short name; each at its value cell when known.
 */
export function agencyNotSignable(agency: AgencyInfo, cells: Partial<Record<keyof AgencyInfo, string>> = {}): MissingPlace[] {
  const label = (key: keyof typeof workbookText.agency.fields) => workbookText.agency.fields[key].label;
  const at = (key: keyof AgencyInfo, text: string): MissingPlace => ({ label: text, sheet: sheetNames.agency, cell: cells[key] ?? null });
  const missing = unconfirmedFacts(agency).map((key): MissingPlace => ({ ...at(key, narrativeText.missing.proposal({ label: label(key) })), confirm: true }));
  if (!agency.asOf.trim()) missing.push(at("asOf", narrativeText.missing.asOf({ label: label("asOf") })));
  if (!agency.agencyShortName.trim()) missing.push(at("agencyShortName", narrativeText.missing.shortName({ label: label("agencyShortName") })));
  return missing;
}

/**
 * Placeholders a signed text never holds: an ellipsis ("…", "..."), the plan's blank "(năm)",
 * empty brackets ("[ ]", "[…]"), and "Cơ quan" standing for the agency's name. The decree's
 * number and date blanks ("Số: …/BC-SYT", "ngày … tháng … năm") are the clerk's and are not
 * looked at (the header's number and date, the Phụ lục's reference line).
 */
const placeholder = new RegExp(
  [
    "…",
    "\\.{3}",
    "\\(\\s*năm\\s*\\)",
    "\\[[\\s….]*\\]",
    // The report's stand-in for a blank short name, as a name: "tại Cơ quan", "Cơ quan báo cáo".
    `(?:^|[^\\p{L}])${reportText.defaultAgency}(?= báo cáo| đã| chưa|[,.;:)]|$)`,
    `(?:tại|của|trong) ${reportText.defaultAgency}(?![\\p{L}])`,
  ].join("|"),
  "u",
);

/** Where a placeholder stands, as a short quote of its paragraph ("…mục II.3: Xây dựng…"). */
function quoteAround(text: string, at: number): string {
  const from = Math.max(0, at - 25);
  const to = Math.min(text.length, at + 25);
  return `${from > 0 ? "…" : ""}${text.slice(from, to).trim()}${to < text.length ? "…" : ""}`;
}

/** The texts of blocks, paragraphs and table cells alike. */
function blockTexts(blocks: readonly Block[]): string[] {
  return blocks.flatMap((b) => (b.kind === "paragraph" ? [runsText(b.runs)] : [...b.headers, ...b.rows.flatMap((r) => r.map(runsText))]));
}

/**
 * The placeholders left in the report's body (title, trích yếu, Kính gửi, sections, tables,
 * signature, Phụ lục), each as a missing item quoting where it is.
 * @example placeholdersLeft({ ...model, footer: { ...model.footer, signerName: "…" } }) → ["Báo cáo còn chữ để trống: “…”"]
 */
export function placeholdersLeft(model: ReportModel): string[] {
  const h = model.header;
  const f = model.footer;
  const texts = [
    h.title,
    h.summary,
    h.recipientTo,
    ...blockTexts(model.blocks),
    ...f.recipients,
    f.authority,
    f.signerTitle,
    f.signerName,
    ...(model.appendix ? [model.appendix.heading, model.appendix.title, ...blockTexts(model.appendix.blocks)] : []),
  ];
  const found: string[] = [];
  for (const text of texts) {
    const m = placeholder.exec(text);
    if (m) found.push(narrativeText.missing.placeholder({ quote: quoteAround(text, m.index) }));
  }
  return [...new Set(found)];
}

/** The errors among the checks: a report with an error is never final (the first error's place). */
export function errorsLeft(findings: readonly Finding[]): MissingPlace[] {
  const errors = findings.filter((f) => f.severity === "error");
  return errors.length ? [{ label: narrativeText.missing.errors({ count: errors.length }), sheet: errors[0].sheet, cell: errors[0].cell }] : [];
}
