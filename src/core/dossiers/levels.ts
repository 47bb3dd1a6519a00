/**
 * Rows by administrative level after the 2025 reform. Since 1 July 2025 local government has two
 * levels (province and commune; districts ended on 30 June 2025) and one-stop statistics come by
 * "Cấp tỉnh" / "Cấp xã", the province's and communes' Trung tâm Phục vụ hành chính công, or a
 * (merged) commune's name — all ordinary row labels. A "Cấp huyện" (district) row in a period that
 * starts after 30/6/2025 is said (a warning: the level no longer exists), never an error.
 * docs/dossiers.md#rows-by-level-after-2025.
 */
import type { Grid } from "../grid/grid";
import { finding, type Finding } from "../findings/finding";
import { parseTiming } from "../timing/parseTiming";
import { filledText } from "./headers";
import { viDate } from "../calendar/dates";
import { legalText } from "../legal/registry";

/** The first day without district-level government: Luật 72/2025/QH15 in force (the legal-texts registry, docs/legal-bases.md). */
export const TWO_TIER_FROM = legalText("luat72-2025").inForceFrom ?? "2025-07-01";

/** A district row: "Cấp huyện", "UBND cấp huyện", "Bộ phận một cửa cấp huyện", "Huyện Đức Hòa", "Quận 1", "Thị xã …", "Huyện, thị xã, thành phố". */
const DISTRICT = /^(?:(?:ubnd|ủy ban nhân dân|bộ phận một cửa|bộ phận tiếp nhận và trả kết quả|các)\s+)?(?:cấp\s+)?(?:huyện|quận|thị xã)(?=$|[\s,.;:(-])/iu;

/** Period phrases in a title or "Kỳ báo cáo" line, most precise first; each is read by the timing parser. */
const PERIOD_PHRASES: readonly RegExp[] = [
  /(?:từ ngày|từ)\s*\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}\s*(?:đến ngày|đến|-|–)\s*\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}/iu,
  /quý\s+(?:i{1,3}|iv|[1-4])\s*(?:\/|năm|-)\s*\d{4}/iu,
  /(?:6|sáu)\s+tháng\s+(?:đầu|cuối)\s+năm\s+\d{4}/iu,
  /tháng\s+\d{1,2}\s*(?:-\s*\d{1,2}\s*)?(?:\/|năm|-)\s*\d{4}/iu,
  /năm\s+\d{4}/iu,
];

/**
 * The first day of the period a table reports, read from the lines above its header ("Kỳ báo cáo:
 * Quý III năm 2025", "(Từ ngày 01/7/2025 đến ngày 30/9/2025)", "THÁNG 9/2025"); null when none says.
 * @example reportPeriodStart(makeGrid("T", [["KẾT QUẢ GIẢI QUYẾT TTHC QUÝ III NĂM 2025"], ["Cấp", "Tiếp nhận"]]), 2) === "2025-07-01"
 */
export function reportPeriodStart(grid: Grid, headerEnd: number): string | null {
  for (let r = 0; r < Math.min(headerEnd, grid.rows.length); r++) {
    const line = [...new Set((grid.rows[r] ?? []).map((_, c) => filledText(grid, r, c)).filter((t) => t !== ""))].join(" ");
    for (const phrase of PERIOD_PHRASES) {
      const m = phrase.exec(line);
      if (!m) continue;
      const start = parseTiming(m[0]).timing.start;
      if (start) return start;
    }
  }
  return null;
}

/**
 * A warning on each district row when the period starts on or after 1 July 2025.
 * @example districtRowFindings("T", "2025-07-01", [{ label: "Cấp huyện", cell: "B5" }])[0].code === "dossier_district_after_reform"
 */
export function districtRowFindings(sheet: string, periodStart: string | null, rows: readonly { label: string; cell: string }[]): Finding[] {
  if (periodStart === null || periodStart < TWO_TIER_FROM) return [];
  return rows
    .filter((row) => DISTRICT.test(row.label.trim()))
    .map((row) => finding("warning", "dossier_district_after_reform", { sheet, cell: row.cell }, { row: row.label, period: viDate(periodStart) }));
}
