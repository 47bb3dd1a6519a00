import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
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
import { runsText, type Block, type ParagraphStyle, type ReportModel } from "../../core/report/model";

const font = "Times New Roman";
/** Text width inside the NĐ 30/2020 margins on A4: 210 − 30 − 15 = 165 mm. */
const textWidth = convertMillimetersToTwip(165);
const none: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const noBorders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };

interface RunStyle {
  size?: number; // points
  bold?: boolean;
  italics?: boolean;
  underline?: boolean;
  color?: string;
}

function text(value: string, style: RunStyle = {}): TextRun[] {
  // One run per line, with a break between lines.
  return value.split("\n").map(
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

function paragraph(value: string, style: RunStyle = {}, align: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.JUSTIFIED, indent = false): Paragraph {
  return new Paragraph({
    children: text(value, style),
    alignment: align,
    spacing: { after: 120, line: 276 },
    indent: indent ? { firstLine: convertMillimetersToTwip(10) } : undefined,
  });
}

function blockStyle(style: ParagraphStyle): { run: RunStyle; align: (typeof AlignmentType)[keyof typeof AlignmentType]; indent: boolean } {
  switch (style) {
    case "section":
      return { run: { bold: true }, align: AlignmentType.LEFT, indent: true };
    case "subsection":
      return { run: { bold: true }, align: AlignmentType.JUSTIFIED, indent: true };
    case "placeholder":
      return { run: { italics: true, color: "C00000" }, align: AlignmentType.JUSTIFIED, indent: true };
    case "center":
      return { run: {}, align: AlignmentType.CENTER, indent: false };
    case "note":
      return { run: { italics: true, size: 12 }, align: AlignmentType.LEFT, indent: false };
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

function renderBlock(block: Block): (Paragraph | Table)[] {
  if (block.kind === "paragraph") {
    const s = blockStyle(block.style);
    return [paragraph(runsText(block.runs), s.run, s.align, s.indent)];
  }
  const total = block.spans.reduce((a, b) => a + b, 0);
  const widths = block.spans.map((s) => Math.round((textWidth * s) / total));
  const header = new TableRow({
    tableHeader: block.repeatHeader,
    children: block.headers.map((h, i) => cellOf([paragraph(h, { bold: true }, AlignmentType.CENTER)], widths[i])),
  });
  const rows = block.rows.map(
    (row, ri) =>
      new TableRow({
        children: row.map((runs, ci) => {
          const value = runsText(runs);
          const numeric = runs.length === 1 && typeof runs[0] !== "string";
          const align = numeric ? AlignmentType.RIGHT : ci === 0 && block.spans[0] === 1 ? AlignmentType.CENTER : AlignmentType.LEFT;
          return cellOf([paragraph(value, { bold: block.totalRow === ri }, align)], widths[ci]);
        }),
      }),
  );
  return [new Table({ rows: [header, ...rows], width: { size: textWidth, type: WidthType.DXA }, columnWidths: widths }), paragraph("")];
}

/** Two blocks side by side without borders (the decree's header and signature layout). */
function sideBySide(left: Paragraph[], right: Paragraph[], leftShare = 0.4): Table {
  const l = Math.round(textWidth * leftShare);
  const r = textWidth - l;
  return new Table({
    rows: [new TableRow({ children: [cellOf(left, l, false), cellOf(right, r, false)] })],
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: [l, r],
    borders: noBorders,
  });
}

/**
 * The report as a .docx in the NĐ 30/2020 format: A4 portrait, margins 20/20/30/15 mm,
 * Times New Roman 13–14 pt, page numbers centred in the top margin from page 2.
 */
export function reportDocument(model: ReportModel): Document {
  const h = model.header;
  const center = AlignmentType.CENTER;
  const headerBlock = sideBySide(
    [paragraph(h.governingBody, { size: 12 }, center), paragraph(h.agencyName, { size: 12, bold: true, underline: true }, center), paragraph(h.number, {}, center)],
    [
      paragraph(reportText.nation, { size: 12, bold: true }, center),
      paragraph(reportText.motto, { bold: true, underline: true }, center),
      paragraph(h.placeDate, { italics: true }, center),
    ],
  );
  const f = model.footer;
  const signature = sideBySide(
    [paragraph(reportText.recipientsTitle, { size: 12, bold: true, italics: true }, AlignmentType.LEFT), ...f.recipients.map((r) => new Paragraph({ children: text(r, { size: 11 }), spacing: { after: 0 } }))],
    [
      ...[f.authority, f.signerTitle].filter(Boolean).map((t) => paragraph(t, { bold: true }, center)),
      paragraph("\n\n\n"),
      paragraph(f.signerName, { bold: true }, center),
    ],
    0.5,
  );
  return new Document({
    creator: reportText.documentCreator,
    title: h.summary,
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
          default: new Header({ children: [new Paragraph({ alignment: center, children: [new TextRun({ children: [PageNumber.CURRENT], font, size: 26 })] })] }),
          first: new Header({ children: [new Paragraph("")] }),
        },
        children: [
          headerBlock,
          paragraph(""),
          paragraph(h.title, { size: 14, bold: true }, center),
          paragraph(h.summary, { size: 14, bold: true }, center),
          ...(h.recipientTo ? [paragraph(h.recipientTo, {}, center)] : []),
          ...model.blocks.flatMap(renderBlock),
          signature,
        ],
      },
    ],
  });
}

/** The report .docx as bytes (Node and browser). */
export async function reportDocxBytes(model: ReportModel): Promise<Uint8Array> {
  const blob = await Packer.toBlob(reportDocument(model));
  return new Uint8Array(await blob.arrayBuffer());
}
