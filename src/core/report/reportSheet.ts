import { reportText } from "../messages/catalogue";
import { cell, type CellSpec, type CellStyle, type MergeSpec, type SheetSpec } from "../sheet/model";
import { baseFont } from "../sheet/styles";
import { a4PortraitPrintableHeight, paginate, type TableRegion } from "../sheet/paginate";
import { sheetNames } from "../workbook/sheetNames";
import { sheetRef } from "../grid/address";
import {
  figureText,
  firstLineIndent,
  isFigure,
  reportColumnWidths,
  runsText,
  type Block,
  type FigureFormat,
  type FigureSource,
  type ParagraphStyle,
  type ReportModel,
  type Run,
} from "./model";

const columnWidths = [...reportColumnWidths];
const columns = columnWidths.length;

const f = (extra: CellStyle): CellStyle => ({ fontName: baseFont, fontSize: 13, vertical: "top", wrap: true, ...extra });
const styles = {
  // The header's names carry their own line breaks (headerLines, the same in the .docx); the
  // one-line header texts do not wrap, so their rows are one line high, as in the .docx.
  governing: f({ fontSize: 12, horizontal: "center" }),
  agency: f({ fontSize: 12, bold: true, horizontal: "center" }),
  /** A short centred rule drawn with box-drawing characters (under the agency name and the trích yếu). */
  rule: f({ fontSize: 8, horizontal: "center", vertical: "top", wrap: false }),
  draftMark: f({ fontSize: 13, bold: true, horizontal: "right", border: "thin" }),
  nation: f({ fontSize: 12, bold: true, horizontal: "center", wrap: false }),
  motto: f({ fontSize: 13, bold: true, horizontal: "center", underline: true, wrap: false }),
  number: f({ horizontal: "center", wrap: false }),
  placeDate: f({ italic: true, horizontal: "center", wrap: false }),
  title: f({ fontSize: 14, bold: true, horizontal: "center" }),
  summary: f({ fontSize: 14, bold: true, horizontal: "center" }),
  body: f({ horizontal: "justify" }),
  // The first line's indent is in the text (firstLineIndent), as the .docx indents its first line.
  item: f({ horizontal: "justify" }),
  section: f({ bold: true }),
  subsection: f({ bold: true, horizontal: "justify" }),
  center: f({ horizontal: "center" }),
  note: f({ italic: true, fontSize: 12 }),
  placeholder: f({ italic: true, color: "C00000", fill: "FFF2CC" }),
  th: f({ bold: true, horizontal: "center", vertical: "middle", border: "thin" }),
  td: f({ border: "thin" }),
  tdCenter: f({ border: "thin", horizontal: "center" }),
  // Figures in tables are text built from digits (figureFormula), like those in sentences: "96,72%",
  // "30.000.000" whatever the PC's regional settings; a number format would follow the locale.
  tdFigure: f({ border: "thin", horizontal: "right" }),
  tdTotal: f({ border: "thin", bold: true }),
  tdTotalFigure: f({ border: "thin", bold: true, horizontal: "right" }),
  recipientsTitle: f({ fontSize: 12, bold: true, italic: true }),
  recipient: f({ fontSize: 11, wrap: false }),
  signTitle: f({ bold: true, horizontal: "center" }),
  signName: f({ bold: true, horizontal: "center" }),
  appendixHeading: f({ fontSize: 14, bold: true, horizontal: "center" }),
  appendixTitle: f({ bold: true, horizontal: "center" }),
  appendixReference: f({ italic: true, horizontal: "center" }),
} satisfies Record<string, CellStyle>;

/** Paragraph styles whose first line is indented, in the sheet as in the .docx (firstLineIndent). */
const indentedStyles = new Set<ParagraphStyle>(["body", "section", "subsection", "item", "placeholder", "basis"]);

/** The report sheet's style names: a typo is a type error. */
type ReportStyle = keyof typeof styles;

/** A rule of `n` box-drawing characters (8 pt: ≈ 1.6 mm each). */
const shortRule = (n: number) => "\u2500".repeat(n);

/** An Excel string literal, split so no literal exceeds Excel's 255-character limit. */
function literal(text: string): string {
  const parts: string[] = [];
  for (let i = 0; i < text.length; i += 250) parts.push(`"${text.slice(i, i + 250).replace(/"/g, '""')}"`);
  return parts.length ? parts.join("&") : '""';
}

/**
 * Digits of a whole number with "." between thousands, built from the number itself (INT, MOD,
 * TEXT(…,"000")), so it reads the same whatever the PC's regional settings: FIXED and format
 * codes with separators follow the host locale ("18,000,000" on an English Windows).
 * `n` must be a non-negative whole number expression.
 */
function groupedDigits(n: string): string {
  const groups = 5; // up to 999.999.999.999.999
  let formula = `TEXT(${n},"0")`;
  for (let k = 1; k < groups; k++) {
    const unit = 10 ** (3 * k);
    const parts = [`INT(${n}/${unit})`];
    for (let j = k - 1; j >= 0; j--) parts.push(`TEXT(MOD(INT(${n}/${10 ** (3 * j)}),1000),"000")`);
    formula = `IF(${n}>=${unit},${parts.join('&"."&')},${formula})`;
  }
  return formula;
}

/**
 * The formula text of where a figure comes from: the only place a figure source becomes formula text.
 * @example sourceFormula({ kind: "countA", sheet: "Nhiệm vụ", range: "C2:C13" }) === "COUNTA('Nhiệm vụ'!C2:C13)"
 */
export function sourceFormula(source: FigureSource): string {
  const at = (a1: string) => `${sheetRef(source.sheet)}!${a1}`;
  switch (source.kind) {
    case "cell":
      return at(source.address);
    case "sum":
      return source.addresses.map(at).join("+");
    case "countIf":
      return `COUNTIF(${at(source.range)},${literal(source.equals)})`;
    case "countA":
      return `COUNTA(${at(source.range)})`;
  }
}

/**
 * The formula text of a figure inside running text; the same digits as figureText whatever the
 * locale. `ref` is the formula text of the figure's source (see sourceFormula).
 */
export function figureFormula(fig: { readonly format: FigureFormat; readonly ref: string }): string {
  const ref = fig.ref;
  switch (fig.format) {
    case "integer":
      return `IF(ISNUMBER(${ref}),TEXT(ROUND(${ref},0),"0"),"—")`;
    case "amount":
      return `IF(ISNUMBER(${ref}),IF(${ref}<0,"-","")&${groupedDigits(`ROUND(ABS(${ref}),0)`)},"—")`;
    case "percent": {
      // Hundredths of a percent, then "99,81%", "99,5%", "100%" (percentText): whole part, and a
      // comma with the decimals only when they are not zero.
      const p = `ROUND(ABS(${ref})*10000,0)`;
      const frac = `MOD(${p},100)`;
      return `IF(ISNUMBER(${ref}),IF(${ref}<0,"-","")&INT(${p}/100)&IF(${frac}=0,"",","&IF(MOD(${frac},10)=0,${frac}/10,TEXT(${frac},"00")))&"%","—")`;
    }
  }
}

/** A paragraph cell: plain text, or a string formula when it holds live figures. */
function runsCell(runs: readonly Run[], style: ReportStyle): CellSpec<ReportStyle> {
  const live = runs.some((r) => isFigure(r) && r.ref);
  if (!live) return cell.text(runsText(runs), style);
  return liveCell(runs, style);
}

/** A string formula joining the runs' text and their figures' live digits, with the text cached. */
function liveCell(runs: readonly Run[], style: ReportStyle): CellSpec<ReportStyle> {
  const formula = runs
    .map((r) => (typeof r === "string" ? literal(r) : r.ref ? figureFormula({ format: r.format, ref: sourceFormula(r.ref) }) : literal(figureText(r))))
    .join("&");
  return cell.formula(formula, runsText(runs), style);
}

/**
 * A table cell: a lone figure is right-aligned text written as the sentences write it ("96,72%",
 * "30.000.000"), still a live formula over the data sheets; other runs as in a paragraph.
 */
function tableCell(runs: readonly Run[], style: ReportStyle, total: boolean): CellSpec<ReportStyle> {
  if (runs.length === 1 && isFigure(runs[0])) {
    const fig = runs[0];
    const figureStyle = total ? "tdTotalFigure" : "tdFigure";
    return fig.ref ? liveCell(runs, figureStyle) : cell.text(figureText(fig), figureStyle);
  }
  return runsCell(runs, total ? "tdTotal" : style);
}

/**
 * The report sheet ("Báo cáo"): the NĐ 30/2020 header block, the body blocks, recipients and
 * signature. A4 portrait, decree margins (top 20, bottom 20, left 30, right 15 mm), Times New
 * Roman at 100 %, its own page numbers (page 1 unnumbered, then 2, 3…), laid out on pages from
 * the rows' heights (paginate): a table that continues on the next page repeats its header
 * there, and a heading never ends a page.
 */
export function buildReportSheet(model: ReportModel): SheetSpec<ReportStyle> {
  const rows: CellSpec<ReportStyle>[][] = [];
  const merges: MergeSpec[] = [];
  const tables: TableRegion[] = [];
  const keepWithNext = new Set<number>();
  // Heights come from the text (paginate → computeRowHeights); the height argument is unused.
  const pushRow = (cells: CellSpec<ReportStyle>[], _height?: number) => {
    rows.push(cells);
    return rows.length;
  };
  const full = (spec: CellSpec<ReportStyle>, _text: string, _size?: number) => {
    const r = pushRow([spec, ...Array.from({ length: columns - 1 }, () => cell.empty(spec.style))]);
    if (spec.style === "section" || spec.style === "subsection") keepWithNext.add(r);
    merges.push({ firstRow: r, firstColumn: 1, lastRow: r, lastColumn: columns });
  };
  const split = (left: CellSpec<ReportStyle>, right: CellSpec<ReportStyle>, height?: number) => {
    const r = pushRow([left, cell.empty(left.style), right, cell.empty(right.style), cell.empty(right.style)], height);
    merges.push({ firstRow: r, firstColumn: 1, lastRow: r, lastColumn: 2 }, { firstRow: r, firstColumn: 3, lastRow: r, lastColumn: columns });
  };

  const h = model.header;
  if (model.draft) pushRow([cell.empty(), cell.empty(), cell.empty(), cell.empty(), cell.text(reportText.draftMarker, "draftMark")], 20);
  split(cell.text(h.governingBody, "governing"), cell.text(reportText.nation, "nation"), 18);
  split(cell.text(h.agencyName, "agency"), cell.text(reportText.motto, "motto"), 18);
  split(cell.text(shortRule(14), "rule"), cell.empty(), 9);
  split(cell.text(h.number, "number"), cell.text(h.placeDate, "placeDate"), 20);
  pushRow([]);
  full(cell.text(h.title, "title"), h.title, 14);
  full(cell.text(h.summary, "summary"), h.summary, 14);
  full(cell.text(shortRule(26), "rule"), "", 8);
  if (h.recipientTo) full(cell.text(h.recipientTo, "center"), h.recipientTo);
  pushRow([]);

  for (const block of model.blocks) renderBlock(block);

  // The closing paragraph ("Không./."), the blank row and the signature block keep together, as
  // the .docx keeps them: a signature never stands alone on the last page.
  keepWithNext.add(rows.length);
  keepWithNext.add(pushRow([]));
  const f = model.footer;
  const signLines = [f.authority, f.signerTitle].filter(Boolean);
  const footerRows = Math.max(f.recipients.length + 1, signLines.length + 4);
  for (let i = 0; i < footerRows; i++) {
    const left =
      i === 0
        ? cell.text(reportText.recipientsTitle, "recipientsTitle")
        : f.recipients[i - 1] !== undefined
          ? cell.text(f.recipients[i - 1], "recipient")
          : cell.empty();
    const signText = i < signLines.length ? signLines[i] : i === footerRows - 1 ? f.signerName : "";
    const right = signText ? cell.text(signText, i < signLines.length ? "signTitle" : "signName") : cell.empty();
    split(left, right, 18);
    if (i < footerRows - 1) keepWithNext.add(rows.length);
  }

  // The Phụ lục on a page of its own after the signature (NĐ 30/2020 Appendix I III.1), as in the .docx.
  const newPage = new Set<number>();
  if (model.appendix) {
    const a = model.appendix;
    full(cell.text(a.heading, "appendixHeading"), a.heading);
    newPage.add(rows.length);
    keepWithNext.add(rows.length);
    full(cell.text(a.title, "appendixTitle"), a.title);
    keepWithNext.add(rows.length);
    full(cell.text(a.reference, "appendixReference"), a.reference);
    keepWithNext.add(rows.length);
    full(cell.text(shortRule(26), "rule"), "", 8);
    pushRow([]);
    for (const block of a.blocks) renderBlock(block);
  }

  const margins = { top: 20, bottom: 20, left: 30, right: 15 };
  const sheet: SheetSpec<ReportStyle> = {
    name: sheetNames.report,
    cells: rows,
    styles,
    columnWidths,
    merges,
    validations: [],
    tables: [],
    pageSetup: {
      paperSize: "A4",
      orientation: "portrait",
      margins,
      // The columns fit the page, so this never shrinks where the .xlsx default font (Calibri, or
      // Carlito) is installed; where a viewer substitutes a wider font it keeps one page wide.
      fitToWidth: true,
      pageNumbersExceptFirst: true,
      firstPageNumber: 1,
    },
  };
  // 2 % of the page kept free for the viewers' rounding of row heights.
  return paginate(sheet, a4PortraitPrintableHeight(margins.top, margins.bottom) * 0.98, tables, keepWithNext, newPage);

  function renderBlock(block: Block): void {
    if (block.kind === "paragraph") {
      const style: Record<ParagraphStyle, ReportStyle> = {
        body: "body",
        section: "section",
        subsection: "subsection",
        item: "item",
        placeholder: "placeholder",
        center: "center",
        note: "note",
        basis: "body",
      };
      // The first line indented as the .docx indents it (NĐ 30/2020: 1 cm to 1.27 cm), in the text itself.
      const indented = indentedStyles.has(block.style);
      const runs = indented ? [firstLineIndent, ...block.runs] : block.runs;
      full(runsCell(runs, style[block.style]), runsText(runs));
      return;
    }
    const starts = block.spans.map((_, i) => block.spans.slice(0, i).reduce((a, b) => a + b, 0));
    const tableRow = (cells: CellSpec<ReportStyle>[], _texts: string[]) => {
      const out: CellSpec<ReportStyle>[] = [];
      cells.forEach((c, i) => {
        out.push(c);
        for (let k = 1; k < block.spans[i]; k++) out.push(cell.empty(c.style));
      });
      const r = pushRow(out);
      block.spans.forEach((span, i) => {
        if (span > 1) merges.push({ firstRow: r, firstColumn: starts[i] + 1, lastRow: r, lastColumn: starts[i] + span });
      });
      return r;
    };
    const headerRow = tableRow(
      block.headers.map((t) => cell.text(t, "th")),
      [...block.headers],
    );
    block.rows.forEach((row, ri) => {
      const total = block.totalRow === ri || (block.boldRows?.includes(ri) ?? false);
      tableRow(
        row.map((runs, ci) => tableCell(runs, ci === 0 && block.spans[0] === 1 ? "tdCenter" : "td", total)),
        row.map((runs) => runsText(runs)),
      );
    });
    tables.push({ header: headerRow, last: rows.length });
  }
}
