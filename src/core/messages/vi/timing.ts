import { q, type Param } from "../quote";

/** Messages about schedule phrases (Tiến độ/Thời gian). */
export const timingMessages = {
  timing_unreadable: (p: { readonly text: Param }) => `không hiểu thời gian ${q(p.text)}`,
  timing_impossible: (p: { readonly text: Param; readonly reason: Param }) => `thời gian ${q(p.text)} không tồn tại: ${p.reason}`,
  timing_outside_year: (p: { readonly text: Param; readonly year: Param }) => `thời gian ${q(p.text)} nằm ngoài năm kế hoạch ${p.year}`,
  timing_reversed: (p: { readonly text: Param }) => `thời gian ${q(p.text)} có ngày bắt đầu sau ngày kết thúc`,
  timing_no_year: (p: { readonly text: Param }) => `thời gian ${q(p.text)} không ghi năm và chưa xác định được năm kế hoạch`,
  timing_outside_period: (p: { readonly text: Param; readonly from: Param; readonly to: Param }) =>
    `thời gian ${q(p.text)} nằm ngoài giai đoạn kế hoạch ${p.from}–${p.to}`,
  timing_by_reference: (p: { readonly text: Param }) =>
    `thời gian ${q(p.text)} theo một văn bản hoặc lộ trình khác, không ghi ngày cụ thể; hãy ghi thời hạn của văn bản đó nếu có`,
  timing_conditional: (p: { readonly text: Param }) =>
    `thời gian ${q(p.text)} tùy theo một điều kiện (khi có thay đổi, khi có yêu cầu, sau khi có…), không có ngày cụ thể: nhiệm vụ được giữ nhưng không xếp vào ngày nào`,
  timing_weekday_mismatch: (p: { readonly text: Param; readonly date: Param; readonly weekday: Param }) =>
    `thời gian ${q(p.text)}: ngày ${p.date} là ${p.weekday}, không khớp thứ đã ghi; đã lấy theo ngày ${p.date}`,
  timing_relative: (p: { readonly text: Param }) =>
    `thời gian ${q(p.text)} được tính tương đối (số ngày, số tháng kể từ một sự việc), không xác định được ngày cụ thể`,
};

/** Why a schedule phrase names no real date (the `reason` of timing_impossible). */
export const timingReasons = {
  badYear: (p: { readonly year: number; readonly min: number; readonly max: number }) =>
    `năm ${p.year} không hợp lệ (chỉ đọc các năm từ ${p.min} đến ${p.max})`,
  noSuchMonth: (p: { readonly month: number }) => `tháng ${p.month} không có (một năm chỉ có 12 tháng)`,
  noSuchQuarter: (p: { readonly label: string }) => `quý ${p.label} không có (một năm chỉ có quý I đến quý IV)`,
  noSuchMonthCount: (p: { readonly count: number }) => `không có ${p.count} tháng trong một năm (một năm chỉ có 12 tháng)`,
  noSuchDay: (p: { readonly day: number }) => `không có ngày ${p.day}`,
  dayPastAnyMonth: (p: { readonly day: number }) => `không có ngày ${p.day} (một tháng có nhiều nhất 31 ngày)`,
  dayPastMonthOfYear: (p: { readonly month: number; readonly year: number; readonly days: number }) => `tháng ${p.month} năm ${p.year} chỉ có ${p.days} ngày`,
  dayPastFebruary: "tháng 2 chỉ có 28 hoặc 29 ngày",
  dayPastMonth: (p: { readonly month: number; readonly days: number }) => `tháng ${p.month} chỉ có ${p.days} ngày`,
};
