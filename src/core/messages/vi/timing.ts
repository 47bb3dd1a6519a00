import type { FindingParams } from "../../findings/finding";

const q = (v: string | number | undefined) => `"${String(v ?? "")}"`;

/** Messages about schedule phrases (Tiến độ/Thời gian). */
export const timingMessages = {
  timing_unreadable: (p: FindingParams) => `không hiểu thời gian ${q(p.text)}`,
  timing_impossible: (p: FindingParams) => `thời gian ${q(p.text)} không tồn tại: ${p.reason}`,
  timing_outside_year: (p: FindingParams) => `thời gian ${q(p.text)} nằm ngoài năm kế hoạch ${p.year}`,
  timing_reversed: (p: FindingParams) => `thời gian ${q(p.text)} có ngày bắt đầu sau ngày kết thúc`,
  timing_no_year: (p: FindingParams) => `thời gian ${q(p.text)} không ghi năm và chưa xác định được năm kế hoạch`,
  timing_outside_period: (p: FindingParams) => `thời gian ${q(p.text)} nằm ngoài giai đoạn kế hoạch ${p.from}–${p.to}`,
  timing_by_reference: (p: FindingParams) =>
    `thời gian ${q(p.text)} theo một văn bản hoặc lộ trình khác, không ghi ngày cụ thể; hãy ghi thời hạn của văn bản đó nếu có`,
  timing_relative: (p: FindingParams) =>
    `thời gian ${q(p.text)} được tính tương đối (số ngày, số tháng kể từ một sự việc), không xác định được ngày cụ thể`,
};
