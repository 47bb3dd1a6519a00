/**
 * The year-end report as content, independent of the file it is written to. The sheet
 * renderer turns figures into live formulas pointing at the data sheets; the .docx renderer
 * prints their values.
 */

import { formatAmount } from "../budget/formatAmount";
import { percentText } from "./narrative";

export type FigureFormat = "integer" | "amount" | "percent";

/**
 * The report's five columns in the sheet (character units), sized for A4 portrait inside the NĐ
 * 30/2020 margins (210 − 30 − 15 = 165 mm = 467.7 pt): 83 units are (83 × 7 + 5 × 5) px =
 * 454.5 pt, so the sheet prints at 100 %. The .docx gives its tables the same proportions, so a
 * table looks the same in both.
 */
export const reportColumnWidths = [5, 29, 16, 14, 19] as const;

/** How many no-break spaces indent a paragraph's first line (NĐ 30/2020: 1 to 1.27 cm). */
export const firstLineIndentSpaces = 9;

/**
 * The first-line indent as text: the sheet has no first-line indent, so its paragraphs start
 * with no-break spaces (9 × ¼ em of 13 pt Times = 29.25 pt = 10.3 mm); the .docx indents by the
 * same 29.25 pt (firstLineIndentPoints).
 */
export const firstLineIndent = "\u00a0".repeat(firstLineIndentSpaces);

/** The first-line indent in points at the body's 13 pt (a no-break space is ¼ em in Times). */
export const firstLineIndentPoints = firstLineIndentSpaces * 0.25 * 13;

/**
 * Where a figure comes from in the data sheets, as data: one cell, the sum of cells, the count
 * of cells equal to a text, or the count of non-empty cells. Addresses and ranges are A1 without
 * the sheet (`D5`, `J2:J200`). Only the report sheet builder turns a source into formula text
 * (`reportSheet.ts`, `sourceFormula`); other renderers print the value.
 */
export type FigureSource =
  | { readonly kind: "cell"; readonly sheet: string; readonly address: string }
  | { readonly kind: "sum"; readonly sheet: string; readonly addresses: readonly string[] }
  | { readonly kind: "countIf"; readonly sheet: string; readonly range: string; readonly equals: string }
  | { readonly kind: "countA"; readonly sheet: string; readonly range: string };

/** A number in the text, with where it comes from in the data sheets (null: a value only). */
export interface Figure {
  readonly value: number | null;
  readonly format: FigureFormat;
  readonly ref: FigureSource | null;
}

/** A run of text or a figure. */
export type Run = string | Figure;

/** `basis`: a "Căn cứ …" line of a plan (NĐ 30/2020: italic, one per line). */
export type ParagraphStyle = "body" | "section" | "subsection" | "item" | "placeholder" | "center" | "note" | "basis";

export interface ParagraphBlock {
  readonly kind: "paragraph";
  readonly runs: readonly Run[];
  readonly style: ParagraphStyle;
}

export interface TableBlock {
  readonly kind: "table";
  readonly headers: readonly string[];
  /** How many of the report's five sheet columns each table column spans (sum 5). */
  readonly spans: readonly number[];
  readonly rows: readonly (readonly (readonly Run[])[])[];
  /** Index of a bold total row, if any. */
  readonly totalRow?: number;
  /** Indexes of bold heading rows inside the table (the plan's task groups "I. …"), if any. */
  readonly boldRows?: readonly number[];
  /** Indexes of rows kept on the page of the row after them (a group heading never ends a page). */
  readonly keepWithNextRows?: readonly number[];
  /** Repeat the header on each printed page (the results table). */
  readonly repeatHeader?: boolean;
}

export type Block = ParagraphBlock | TableBlock;

export interface ReportHeader {
  readonly governingBody: string;
  readonly agencyName: string;
  /** "Số: …/BC-SYT" */
  readonly number: string;
  /** "Ninh Thuận, ngày … tháng … năm 2024" */
  readonly placeDate: string;
  readonly title: string;
  readonly summary: string;
  /** "Kính gửi: Sở Khoa học và Công nghệ", or "" */
  readonly recipientTo: string;
}

export interface ReportFooter {
  readonly recipients: readonly string[];
  readonly authority: string;
  readonly signerTitle: string;
  readonly signerName: string;
}

/**
 * A "Phụ lục" printed after the signature on a new page (NĐ 30/2020 Appendix I: "Phụ lục" bold,
 * its title in capitals, the italic "(Kèm theo … số … ngày … của …)" line). The plan's task table.
 */
export interface DocumentAppendix {
  /** "Phụ lục" */
  readonly heading: string;
  readonly title: string;
  /** "(Kèm theo Kế hoạch số …/KH-SYT ngày … tháng … năm 2025 của Sở Y tế)" */
  readonly reference: string;
  readonly blocks: readonly Block[];
}

/**
 * An administrative document as content (NĐ 30/2020 Mẫu 1.4): the year-end report, and next
 * year's plan (src/core/nextYear/planDocument.ts), which adds legal bases and an appendix.
 */
export interface ReportModel {
  readonly header: ReportHeader;
  readonly blocks: readonly Block[];
  readonly footer: ReportFooter;
  /** Printed after the signature (the plan's task table); the report has none. */
  readonly appendix?: DocumentAppendix;
  /**
   * True while the report still misses something (an empty "Nhận xét" block, the signer, the
   * agency): the .docx and the sheet then carry a visible "DỰ THẢO" mark, the task pane shows
   * "Bản nháp". A draft never shows bracketed prompts either.
   */
  readonly draft: boolean;
  /** What is missing, in the user's words ("Nhận xét: II.2.a — Thuận lợi"); empty when final. */
  readonly missing: readonly string[];
  /** The same, each with where to supply it (sheet and cell) when known: the pane's clickable list. */
  readonly missingAt?: readonly MissingPlace[];
}

/** Something a signed report still needs, and where to supply it (a cell of a data sheet, or none). */
export interface MissingPlace {
  readonly label: string;
  readonly sheet: string | null;
  readonly cell: string | null;
  /** The standard item (reportItems' key) whose result is missing, when it is one. */
  readonly item?: string;
  /** The edited block of "Nhận xét" (narrative's key) whose figures changed, when it is one: it can be kept as edited. */
  readonly block?: string;
  /** A proposal of "Thông tin" that waits to be confirmed, not a value to type. */
  readonly confirm?: boolean;
  /** A required fact of "Thông tin" left blank (the signer, the agency's name), which the routine's step 2 also lists. */
  readonly blankFact?: boolean;
}

/** The report's and the plan's document model under a name that says so. */
export type DocumentModel = ReportModel;

export function isFigure(run: Run): run is Figure {
  return typeof run !== "string";
}

/**
 * How a figure reads in Vietnamese text: 18.000.000; 391; 99,81%; 100%.
 * @example figureText({ value: 0.9981, format: "percent", ref: null }) === "99,81%"
 */
export function figureText(f: Figure): string {
  if (f.value === null || Number.isNaN(f.value)) return "—";
  switch (f.format) {
    case "integer":
      return String(Math.round(f.value));
    case "amount":
      return formatAmount(Math.round(f.value));
    case "percent":
      return percentText(f.value);
  }
}

/** The plain text of runs. */
export function runsText(runs: readonly Run[]): string {
  return runs.map((r) => (typeof r === "string" ? r : figureText(r))).join("");
}
