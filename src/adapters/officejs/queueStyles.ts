/**
 * Styles of one sheet, queued per style rectangle (styleRects.ts). A regular sheet needs a
 * handful of rectangles whatever its length. A sheet whose style pattern changes on many rows
 * (zebra stripes, a sub-heading every few rows) has rectangles in proportion to those rows, so
 * past MAX_STYLE_RANGES rectangles, and where ExcelApi 1.9 allows it, rectangles of the same
 * style are grouped into one RangeAreas object (`worksheet.getRanges("A3:F3,A5:F5,…")`) of up
 * to AREAS_PER_OBJECT areas: 1/AREAS_PER_OBJECT as many proxies and operations. On 1.7/1.8
 * hosts each rectangle stays its own range; that is more operations, but still no extra sync.
 */
import { optionalFeatures, type ExcelApiSupport } from "./apiSupport";
import { queueCellStyle } from "./applyStyle";
import { styleRectangles, type Rect } from "./styleRects";
import { rangeAddress } from "../../core/grid/address";
import type { SheetSpec } from "../../core/sheet/model";

/** Rectangles per sheet styled one range each before grouping kicks in. */
export const MAX_STYLE_RANGES = 200;
/**
 * Areas per RangeAreas object. Kept small so the multi-area address stays short (50 areas of
 * "A1234:F1234" ≈ 600 characters); Excel documents no limit for it.
 */
export const AREAS_PER_OBJECT = 50;

function chunks<T>(list: readonly T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size));
}

const addressOf = (r: Rect) => rangeAddress(r.top + 1, r.left + 1, r.bottom + 1, r.right + 1);

export function queueStyles(sheet: Excel.Worksheet, spec: SheetSpec, supports: ExcelApiSupport): void {
  const byStyle = styleRectangles(spec);
  const total = [...byStyle.values()].reduce((sum, rects) => sum + rects.length, 0);
  const group = total > MAX_STYLE_RANGES && supports(optionalFeatures.rangeAreas);
  for (const [name, rects] of byStyle) {
    const style = spec.styles[name];
    if (!group) {
      for (const r of rects) {
        const range = sheet.getRangeByIndexes(r.top, r.left, r.bottom - r.top + 1, r.right - r.left + 1);
        queueCellStyle(range.format, { horizontal: r.bottom > r.top, vertical: r.right > r.left }, style, supports);
      }
      continue;
    }
    for (const part of chunks(rects, AREAS_PER_OBJECT)) {
      // Inside edges apply within each area; areas without inner edges simply have none.
      queueCellStyle(sheet.getRanges(part.map(addressOf).join(",")).format, { horizontal: true, vertical: true }, style, supports);
    }
  }
}
