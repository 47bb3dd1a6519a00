/**
 * A period written for people, in Vietnamese, from a parsed `Timing`. Each form reads back to
 * the same period with `parseTiming` (tested), so it can go into a sheet and be re-imported.
 */
import { parseIsoDate, viDate } from "../calendar/dates";
import { toRoman } from "./romanNumerals";
import type { Timing } from "./timing";

const recurrenceLabels = { monthly: "hằng tháng", quarterly: "hằng quý", yearly: "hằng năm", continuous: "thường xuyên", periodic: "định kỳ" } as const;

/**
 * Renders a period. Dates are dd/mm/yyyy; a month follows Nghị định 30 (leading zero only for
 * months 1 and 2: "tháng 01/2024", "tháng 3/2024"). A timing without dates falls back to its text.
 * @example formatPeriodVi({ text: "Tháng 9-11/2024", kind: "range", start: "2024-09-01", end: "2024-11-30", recurrence: null }) === "01/09/2024 – 30/11/2024"
 * @example formatPeriodVi({ text: "trước ngày 15/3/2023", kind: "deadline", start: null, end: "2023-03-15", recurrence: null }) === "hạn 15/03/2023"
 * @example formatPeriodVi({ text: "Hàng tháng", kind: "recurring", start: "2024-01-01", end: "2024-12-31", recurrence: "monthly" }) === "hằng tháng"
 */
export function formatPeriodVi(timing: Timing): string {
  const { kind, start, end } = timing;
  if (kind === "recurring") return timing.recurrence ? recurrenceLabels[timing.recurrence] : timing.text;
  if (kind === "deadline") return end ? `hạn ${viDate(end)}` : timing.text;
  if (kind === "range" && start && !end) return `từ ${viDate(start)}`;
  const s = start ? parseIsoDate(start) : null;
  const e = end ? parseIsoDate(end) : null;
  if (!s || !e) return timing.text || "chưa xác định";
  switch (kind) {
    case "date":
      return viDate(start as string);
    case "month":
      return `tháng ${s.m <= 2 ? `0${s.m}` : s.m}/${s.y}`;
    case "quarter":
      return `quý ${toRoman((s.m + 2) / 3)}/${s.y}`;
    case "half":
      return `6 tháng ${s.m === 1 ? "đầu" : "cuối"} năm ${s.y}`;
    case "year":
      return `năm ${s.y}`;
    default:
      return `${viDate(start as string)} – ${viDate(end as string)}`;
  }
}
