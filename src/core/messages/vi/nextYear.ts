import type { Param } from "../quote";

/** Messages of the next-year job (a new tracking workbook from this year's). */
export const nextYearMessages = {
  next_year_unfinished: (p: { readonly count: Param; readonly year: Param; readonly next: Param; readonly firstCell: Param }) =>
    `${p.count} nhiệm vụ năm ${p.year} chưa hoàn thành được chuyển sang năm ${p.next} với ghi chú (đầu tiên: ô ${p.firstCell}); xem lại trước khi ban hành kế hoạch`,
  next_year_schedule_kept: (p: { readonly text: Param; readonly year: Param; readonly next: Param }) =>
    `thời gian "${p.text}" không ghi năm ${p.year}: giữ nguyên, hãy kiểm tra có cần sửa cho năm ${p.next} không`,
  next_year_no_estimate: (p: { readonly year: Param; readonly next: Param }) =>
    `báo cáo năm ${p.year} chưa có dự toán kinh phí năm ${p.next}: các dòng kinh phí được cấp để trống, Kế hoạch năm ${p.next} (.docx) ghi "… đồng" và là bản DỰ THẢO`,
  holidays_lunar_out_of_range: (p: { readonly year: Param; readonly first: Param; readonly last: Param }) =>
    `năm ${p.year} nằm ngoài khoảng tính âm lịch (${p.first}–${p.last}): trang này chưa có Tết Nguyên đán và Giỗ Tổ Hùng Vương, hãy nhập tay theo thông báo nghỉ lễ của năm`,
};

/** Texts the next-year job writes into the new workbook's cells. */
export const nextYearText = {
  unfinishedNote: (p: { year: number; status: string }) => `Chuyển từ năm ${p.year}: ${p.status}.`,
  notUpdated: "chưa cập nhật trạng thái",
};
