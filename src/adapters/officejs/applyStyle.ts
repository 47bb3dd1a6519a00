/**
 * Queues one CellStyle on the format of a range or of a RangeAreas (several rectangles).
 * Number formats are not set here: they travel in the per-cell numberFormat matrix
 * (cellMatrices.ts).
 */
import { optionalFeatures, type ExcelApiSupport } from "./apiSupport";
import type { CellStyle } from "../../core/sheet/model";

/** Whether the target has inner cell edges to draw (a one-row range has no inside horizontals). */
export interface InsideEdges {
  readonly horizontal: boolean;
  readonly vertical: boolean;
}

const horizontal = { left: "Left", center: "Center", right: "Right", justify: "Justify" } as const;
const vertical = { top: "Top", middle: "Center", bottom: "Bottom" } as const;

type BorderEdge = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideVertical" | "InsideHorizontal";

/** Thin black borders on every cell (inside edges only where there are any). */
function queueThinBorders(format: Excel.RangeFormat, inside: InsideEdges): void {
  const edges: BorderEdge[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
  if (inside.vertical) edges.push("InsideVertical");
  if (inside.horizontal) edges.push("InsideHorizontal");
  for (const edge of edges) {
    const border = format.borders.getItem(edge);
    border.style = "Continuous";
    border.weight = "Thin";
    border.color = "#000000";
  }
}

function queueFont(font: Excel.RangeFont, style: CellStyle): void {
  if (style.fontName) font.name = style.fontName;
  if (style.fontSize) font.size = style.fontSize;
  if (style.bold) font.bold = true;
  if (style.italic) font.italic = true;
  if (style.underline) font.underline = "Single";
  if (style.color) font.color = `#${style.color}`;
}

/** Queues the style's font, fill, alignment, wrap, indent (ExcelApi 1.9) and borders. */
export function queueCellStyle(format: Excel.RangeFormat, inside: InsideEdges, style: CellStyle, supports: ExcelApiSupport): void {
  queueFont(format.font, style);
  if (style.fill) format.fill.color = `#${style.fill}`;
  if (style.horizontal) format.horizontalAlignment = horizontal[style.horizontal];
  if (style.vertical) format.verticalAlignment = vertical[style.vertical];
  if (style.wrap) format.wrapText = true;
  if (style.indent && supports(optionalFeatures.indent)) format.indentLevel = style.indent;
  if (style.border === "thin") queueThinBorders(format, inside);
}
