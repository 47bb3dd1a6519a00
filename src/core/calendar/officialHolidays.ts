/**
 * The days off and make-up working days ("ngày làm bù") that the government announced for
 * civil servants (cán bộ, công chức, viên chức: Monday–Friday week), year by year, each with
 * the announcement it comes from (docs/legal-bases.md#working-days-and-public-holidays). Only what an announcement (or the Labour
 * Code itself) fixes is here; a year or a holiday not yet announced is computed by rule and
 * marked "dự kiến" (holidays.ts).
 *
 * Sources (checked against the texts quoted on the pages named; the numbers of the documents
 * are what the sheet shows):
 * - 2024 Tết and Quốc khánh: Thông báo 5015/TB-LĐTBXH, 22/11/2023 — Tết 08/02–14/02/2024
 *   (5 days of Tết + 2 compensating Saturday 10/02 and Sunday 11/02); Quốc khánh 31/8–03/9/2024,
 *   i.e. 02/9 and 03/9 (01/9 is an ordinary Sunday). Quoted at
 *   http://huyendakha.kontum.gov.vn/tin-tuc/thong-bao-ve-viec-nghi-tet-am-lich-va-nghi-le-quoc-khanh-nam-2024-doi-voi-can-bo-cong-chuc-vien-chuc-va-nguoi-lao-dong.html
 * - 2024 30/4–1/5: Công văn 2450/VPCP-KGVX, 12/4/2024 — off Saturday 27/4 to Wednesday 01/5,
 *   Monday 29/4 swapped with Saturday 04/5 (https://baophapluat.vn/media/thu-tuong-chinh-phu-dong-y-nghi-5-ngay-lien-tiep-dip-304-va-15-post12513.html;
 *   the swap date as in python-holidays' Vietnam calendar, which cites the same dispatch).
 * - 2024 Giỗ Tổ: Thursday 18/4/2024 (https://xaydungchinhsach.chinhphu.vn/nguoi-lao-dong.html).
 * - 2025: Công văn 8726/VPCP-KGVX, 26/11/2024 — Tết 25/01–02/02/2025, 9 days = 5 days of Tết
 *   (Monday 27/01–Friday 31/01) + two weekends (https://pld.net.vn/tag/nghi-tet-nguyen-dan.html,
 *   https://beta-hn.tek4tv.vn/video/Thu-tuong-dong-y-nghi-Tet-Nguyen-dan-9-ngay-283511.htm);
 *   Giỗ Tổ Monday 07/4; 30/4–04/5 with Friday 02/5 swapped with Saturday 26/4; Quốc khánh
 *   30/8–02/9, i.e. Monday 01/9 and Tuesday 02/9 (https://www.tet-amlich.com/2024/11/cac-ngay-nghi-le-2025.html).
 * - 2026 Tết Dương lịch: agreed by the government on 25/12/2025 — Thursday 01/01 to Sunday 04/01,
 *   Friday 02/01 swapped with Saturday 10/01 (https://www.24h.com.vn/tin-tuc-trong-ngay/ai-duoc-hoan-doi-de-nghi-tet-duong-lich-4-ngay-c46a1724830.html).
 * - 2026 Tết: Saturday 14/02 to Sunday 22/02, 9 days, so Monday 16/02–Friday 20/02
 *   (http://www.congan.com.vn/?catid=702&id=388656&mod=detnews).
 * - 2026 Giỗ Tổ: Sunday 26/4, compensated on Monday 27/4 (Labour Code Art. 111.3); 30/4 and
 *   01/5 fall on Thursday and Friday (https://thanhnien.vn/gio-to-hung-vuong-304-15-quoc-khanh-29-nam-2026-duoc-nghi-may-ngay-185260223083506397.htm).
 * - 2026 Quốc khánh: 02/9 (Wednesday) is fixed by law; the adjacent day was not found in an
 *   announcement, so it stays "dự kiến". Ngày Văn hóa Việt Nam (24/11) is a day off only once the
 *   Labour Code is amended (Nghị quyết 30/NQ-CP, 2026, asks for it): not listed.
 */

export type HolidayKey = "newYear" | "lunarNewYear" | "hungKings" | "reunification" | "labourDay" | "nationalDay" | "nationalDayAdjacent";

/** One announced entry: a day off for a holiday, a compensating day, a swapped day, or a make-up working day. */
export type OfficialEntry =
  | { readonly date: string; readonly kind: "holiday"; readonly holiday: HolidayKey; readonly source: SourceKey }
  | { readonly date: string; readonly kind: "compensatory"; readonly holiday: HolidayKey; readonly source: SourceKey }
  | { readonly date: string; readonly kind: "swapped"; readonly holiday: HolidayKey; readonly makeUp: string; readonly source: SourceKey }
  | { readonly date: string; readonly kind: "makeUp"; readonly swapped: string; readonly source: SourceKey };

/** The documents, by key; their titles, as the "Ngày nghỉ" sheet cites them, are in the catalogue. */
export const sourceKeys = ["law", "tb5015", "cv2450", "cv8726", "newYear2026", "tet2026"] as const;
export type SourceKey = (typeof sourceKeys)[number];

const holidays = (holiday: HolidayKey, source: SourceKey, ...dates: string[]): OfficialEntry[] =>
  dates.map((date) => ({ date, kind: "holiday", holiday, source }));
const swap = (holiday: HolidayKey, source: SourceKey, date: string, makeUp: string): OfficialEntry[] => [
  { date, kind: "swapped", holiday, makeUp, source },
  { date: makeUp, kind: "makeUp", swapped: date, source },
];

export const officialSchedules: Readonly<Record<number, readonly OfficialEntry[]>> = {
  2024: [
    ...holidays("newYear", "law", "2024-01-01"),
    ...holidays("lunarNewYear", "tb5015", "2024-02-08", "2024-02-09", "2024-02-10", "2024-02-11", "2024-02-12"),
    { date: "2024-02-13", kind: "compensatory", holiday: "lunarNewYear", source: "tb5015" },
    { date: "2024-02-14", kind: "compensatory", holiday: "lunarNewYear", source: "tb5015" },
    ...holidays("hungKings", "law", "2024-04-18"),
    ...swap("reunification", "cv2450", "2024-04-29", "2024-05-04"),
    ...holidays("reunification", "law", "2024-04-30"),
    ...holidays("labourDay", "law", "2024-05-01"),
    ...holidays("nationalDay", "tb5015", "2024-09-02"),
    ...holidays("nationalDayAdjacent", "tb5015", "2024-09-03"),
  ],
  2025: [
    ...holidays("newYear", "law", "2025-01-01"),
    ...holidays("lunarNewYear", "cv8726", "2025-01-27", "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31"),
    ...holidays("hungKings", "law", "2025-04-07"),
    ...swap("labourDay", "cv8726", "2025-05-02", "2025-04-26"),
    ...holidays("reunification", "law", "2025-04-30"),
    ...holidays("labourDay", "law", "2025-05-01"),
    ...holidays("nationalDayAdjacent", "cv8726", "2025-09-01"),
    ...holidays("nationalDay", "law", "2025-09-02"),
  ],
  2026: [
    ...holidays("newYear", "law", "2026-01-01"),
    ...swap("newYear", "newYear2026", "2026-01-02", "2026-01-10"),
    ...holidays("lunarNewYear", "tet2026", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20"),
    ...holidays("hungKings", "law", "2026-04-26"),
    { date: "2026-04-27", kind: "compensatory", holiday: "hungKings", source: "law" },
    ...holidays("reunification", "law", "2026-04-30"),
    ...holidays("labourDay", "law", "2026-05-01"),
    ...holidays("nationalDay", "law", "2026-09-02"),
    // The adjacent day of 2026 is not in an announcement found: computed, "dự kiến" (holidays.ts).
  ],
};

/** Holidays of an announced year that the announcements do not fix (computed and marked "dự kiến"). */
export const unannounced: Readonly<Record<number, readonly HolidayKey[]>> = {
  2026: ["nationalDayAdjacent"],
};
