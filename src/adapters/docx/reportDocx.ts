import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  convertMillimetersToTwip,
  type IBorderOptions,
} from "docx";
import { reportText } from "../../core/messages/catalogue";
import { xmlSafeText } from "../../core/grid/xmlChars";
import { runsText, type Block, type ParagraphStyle, type ReportModel } from "../../core/report/model";

const font = "Times New Roman";
/** Text width inside the NĐ 30/2020 margins on A4: 210 − 30 − 15 = 165 mm. */
const textWidth = convertMillimetersToTwip(165);
const none: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const single: IBorderOptions = { style: BorderStyle.SINGLE, size: 8, color: "000000", space: 2 };
const noBorders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };

interface RunStyle {
  size?: number; // points
  bold?: boolean;
  italics?: boolean;
  underline?: boolean;
  color?: string;
}

function text(value: string, style: RunStyle = {}): TextRun[] {
  // One run per line, with a break between lines; a character XML does not allow is dropped (the file would not open).
  return xmlSafeText(value)
    .split("\n")
    .map(
      (line, i) =>
        new TextRun({
          text: line,
          font,
          size: (style.size ?? 13) * 2,
          bold: style.bold,
          italics: style.italics,
          underline: style.underline ? {} : undefined,
          color: style.color ?? "000000",
          break: i > 0 ? 1 : undefined,
        }),
    );
}

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

/** A body paragraph: 6 pt after, 1.15 lines; `keepNext` holds a heading on the page of what follows. */
function paragraph(value: string, style: RunStyle = {}, align: Align = AlignmentType.JUSTIFIED, indent = false, keepNext = false): Paragraph {
  return new Paragraph({
    children: text(value, style),
    alignment: align,
    spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO },
    indent: indent ? { firstLine: convertMillimetersToTwip(10) } : undefined,
    keepNext: keepNext || undefined,
    keepLines: keepNext || undefined,
  });
}

/** A header or signature line: single-spaced, no gap (NĐ 30/2020 header block). */
function tight(value: string, style: RunStyle = {}, align: Align = AlignmentType.CENTER): Paragraph {
  return new Paragraph({ children: text(value, style), alignment: align, spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } });
}

/**
 * A short centred rule (NĐ 30/2020: under the agency name and under the trích yếu, 1/3–1/2 of
 * the line above): an empty paragraph with a bottom border, narrowed by indents.
 */
function rule(width: number, within: number): Paragraph {
  const side = Math.max(0, Math.round((within - width) / 2));
  return new Paragraph({
    children: [new TextRun({ text: "", size: 4 })],
    spacing: { before: 0, after: 60, line: 120, lineRule: LineRuleType.EXACT },
    indent: { left: side, right: side },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } },
  });
}

function blockStyle(style: ParagraphStyle): { run: RunStyle; align: (typeof AlignmentType)[keyof typeof AlignmentType]; indent: boolean } {
  switch (style) {
    case "section":
      return { run: { bold: true }, align: AlignmentType.LEFT, indent: true };
    case "subsection":
      return { run: { bold: true }, align: AlignmentType.JUSTIFIED, indent: true };
    case "placeholder":
      return { run: { italics: true }, align: AlignmentType.JUSTIFIED, indent: true };
    case "center":
      return { run: {}, align: AlignmentType.CENTER, indent: false };
    case "note":
      return { run: { italics: true, size: 12 }, align: AlignmentType.LEFT, indent: false };
    case "basis":
      return { run: { italics: true }, align: AlignmentType.JUSTIFIED, indent: true };
    default:
      return { run: {}, align: AlignmentType.JUSTIFIED, indent: true };
  }
}

function cellOf(children: Paragraph[], width: number, borders = true): TableCell {
  return new TableCell({
    children,
    width: { size: width, type: WidthType.DXA },
    borders: borders ? undefined : { top: none, bottom: none, left: none, right: none },
  });
}

/** `keepNext`: the paragraph stays on the page of what follows (headings; the last paragraph before the signature). */
function renderBlock(block: Block, keepNext = false): (Paragraph | Table)[] {
  if (block.kind === "paragraph") {
    const s = blockStyle(block.style);
    const heading = block.style === "section" || block.style === "subsection";
    return [paragraph(runsText(block.runs), s.run, s.align, s.indent, heading || keepNext)];
  }
  const total = block.spans.reduce((a, b) => a + b, 0);
  const widths = block.spans.map((s) => Math.round((textWidth * s) / total));
  const header = new TableRow({
    tableHeader: block.repeatHeader,
    cantSplit: true,
    children: block.headers.map((h, i) => cellOf([cellParagraph(h, { bold: true }, AlignmentType.CENTER)], widths[i])),
  });
  const rows = block.rows.map(
    (row, ri) =>
      new TableRow({
        children: row.map((runs, ci) => {
          const value = runsText(runs);
          const numeric = runs.length === 1 && typeof runs[0] !== "string";
          const align = numeric ? AlignmentType.RIGHT : ci === 0 && block.spans[0] === 1 ? AlignmentType.CENTER : AlignmentType.LEFT;
          return cellOf([cellParagraph(value, { bold: block.totalRow === ri || (block.boldRows?.includes(ri) ?? false) }, align)], widths[ci]);
        }),
        cantSplit: true,
      }),
  );
  return [new Table({ rows: [header, ...rows], width: { size: textWidth, type: WidthType.DXA }, columnWidths: widths }), paragraph("")];
}

/** A table cell's paragraph: a little air above and below, single-spaced. */
function cellParagraph(value: string, style: RunStyle, align: Align): Paragraph {
  return new Paragraph({ children: text(value, style), alignment: align, spacing: { before: 40, after: 40, line: 240, lineRule: LineRuleType.AUTO } });
}

/** Two blocks side by side without borders (the decree's header and signature layout). */
function sideBySide(left: Paragraph[], right: Paragraph[], leftShare = 0.4): Table {
  const l = Math.round(textWidth * leftShare);
  const r = textWidth - l;
  return new Table({
    // Never split across pages: a signer's name alone at the top of a page is a defect the Văn phòng sends back.
    rows: [new TableRow({ children: [cellOf(left, l, false), cellOf(right, r, false)], cantSplit: true })],
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: [l, r],
    borders: noBorders,
  });
}

/**
 * A "Phụ lục" on a new page after the signature (NĐ 30/2020 Appendix I): "PHỤ LỤC" bold 14 pt,
 * the title in capitals bold, the italic "(Kèm theo …)" line, a short rule, then its blocks.
 */
function appendixBlocks(appendix: NonNullable<ReportModel["appendix"]>): (Paragraph | Table)[] {
  return [
    new Paragraph({
      children: text(appendix.heading, { size: 14, bold: true }),
      alignment: AlignmentType.CENTER,
      pageBreakBefore: true,
      spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO },
    }),
    tight(appendix.title, { bold: true }),
    tight(appendix.reference, { italics: true }),
    rule(convertMillimetersToTwip(50), textWidth),
    paragraph(""),
    ...appendix.blocks.flatMap((block) => renderBlock(block)),
  ];
}

/**
 * The report (or plan, with its appendix) as a .docx in the NĐ 30/2020 format: A4 portrait, margins 20/20/30/15 mm,
 * Times New Roman 13–14 pt, page numbers centred in the top margin from page 2.
 */
export function reportDocument(model: ReportModel): Document {
  const h = model.header;
  const center = AlignmentType.CENTER;
  const leftWidth = Math.round(textWidth * 0.4);
  const rightWidth = textWidth - leftWidth;
  const headerBlock = sideBySide(
    [tight(h.governingBody, { size: 12 }), tight(h.agencyName, { size: 12, bold: true }), rule(Math.round(leftWidth * 0.4), leftWidth), tight(h.number)],
    [
      tight(reportText.nation, { size: 12, bold: true }),
      tight(reportText.motto, { bold: true }),
      rule(Math.round(rightWidth * 0.62), rightWidth),
      tight(h.placeDate, { italics: true }),
    ],
  );
  const f = model.footer;
  const signature = sideBySide(
    [
      tight(reportText.recipientsTitle, { size: 12, bold: true, italics: true }, AlignmentType.LEFT),
      ...f.recipients.map((r) => tight(r, { size: 11 }, AlignmentType.LEFT)),
    ],
    [...[f.authority, f.signerTitle].filter(Boolean).map((t) => tight(t, { bold: true })), tight("\n\n\n\n"), tight(f.signerName, { bold: true })],
    0.5,
  );
  const draftMark = model.draft
    ? [
        new Paragraph({
          alignment: AlignmentType.RIGHT,
          spacing: { after: 60 },
          children: [new TextRun({ text: reportText.draftMarker, font, size: 26, bold: true, color: "000000" })],
          border: { top: single, bottom: single, left: single, right: single },
          indent: { left: Math.round(textWidth * 0.8) },
        }),
      ]
    : [];
  return new Document({
    creator: reportText.documentCreator,
    title: h.summary.replace(/\n/g, " "),
    styles: { default: { document: { run: { font, size: 26 } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: convertMillimetersToTwip(210), height: convertMillimetersToTwip(297) },
            margin: {
              top: convertMillimetersToTwip(20),
              bottom: convertMillimetersToTwip(20),
              left: convertMillimetersToTwip(30),
              right: convertMillimetersToTwip(15),
            },
          },
        },
        headers: {
          default: new Header({
            children: [new Paragraph({ alignment: center, children: [new TextRun({ children: [PageNumber.CURRENT], font, size: 26 })] })],
          }),
          first: new Header({ children: [new Paragraph("")] }),
        },
        children: [
          ...draftMark,
          headerBlock,
          paragraph(""),
          tight(h.title, { size: 14, bold: true }),
          tight(h.summary, { size: 14, bold: true }),
          rule(convertMillimetersToTwip(50), textWidth),
          ...(h.recipientTo ? [paragraph(h.recipientTo, {}, center)] : [paragraph("")]),
          // The closing paragraph ("Không./.") goes with the signature, so it never stands alone on the last page.
          ...model.blocks.flatMap((block, i) => renderBlock(block, i === model.blocks.length - 1)),
          signature,
          ...(model.appendix ? appendixBlocks(model.appendix) : []),
        ],
      },
    ],
  });
}

/** The report's (or the plan's) .docx as bytes (Node and browser). */
export async function reportDocxBytes(model: ReportModel): Promise<Uint8Array> {
  const blob = await Packer.toBlob(reportDocument(model));
  return new Uint8Array(await blob.arrayBuffer());
}
