import type { FindingParams } from "../../findings/finding";

const q = (v: string | number | undefined) => `"${String(v ?? "")}"`;

/** Messages about schedule phrases (Tiến độ/Thời gian). */
export const timingMessages = {
  timing_unreadable: (p: FindingParams) => `không hiểu thời gian ${q(p.text)}`,
  timing_impossible: (p: FindingParams) => `thời gian ${q(p.text)} không tồn tại: ${p.reason}`,
  timing_outside_year: (p: FindingParams) => `thời gian ${q(p.text)} nằm ngoài năm kế hoạch ${p.year}`,
  timing_reversed: (p: FindingParams) => `thời gian ${q(p.text)} có ngày bắt đầu sau ngày kết thúc`,
};
