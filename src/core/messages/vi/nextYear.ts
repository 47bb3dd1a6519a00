import { q, type Param } from "../quote";

/** Messages of the next-year job (a new tracking workbook from this year's). */
export const nextYearMessages = {
  next_year_unfinished: (p: { readonly count: Param; readonly year: Param; readonly next: Param; readonly firstCell: Param }) =>
    `${p.count} nhiệm vụ năm ${p.year} chưa hoàn thành được chuyển sang năm ${p.next} với ghi chú (đầu tiên: ô ${p.firstCell}); xem lại trước khi ban hành kế hoạch`,
  next_year_schedule_kept: (p: { readonly text: Param; readonly year: Param; readonly next: Param }) =>
    `thời gian "${p.text}" không ghi năm ${p.year}: giữ nguyên, hãy kiểm tra có cần sửa cho năm ${p.next} không`,
  next_year_estimate_unreadable: (p: { readonly item: Param; readonly text: Param; readonly next: Param }) =>
    `dự toán năm ${p.next} không cộng được: số tiền của mục ${q(p.item)} là ${q(p.text)}, không phải số đồng; mục này được chuyển sang sổ năm ${p.next} như đã ghi, Kế hoạch năm ${p.next} (.docx) không ghi tổng kinh phí và là bản DỰ THẢO cho đến khi sửa ô này rồi chạy lại`,
  next_year_no_estimate: (p: { readonly year: Param; readonly next: Param }) =>
    `báo cáo năm ${p.year} chưa có dự toán kinh phí năm ${p.next}: các dòng kinh phí được cấp để trống, Kế hoạch năm ${p.next} (.docx) ghi "… đồng" và là bản DỰ THẢO`,
  next_year_supplemented: (p: { readonly count: Param; readonly year: Param; readonly activities: Param }) =>
    `kế hoạch năm ${p.year} được bổ sung ${p.count} nhiệm vụ bắt buộc hằng năm mà kế hoạch năm trước chưa có (ghi "bổ sung theo quy định"): ${p.activities}; hãy xem lại thời gian, đơn vị thực hiện`,
  next_year_external_dropped: (p: { readonly count: Param; readonly year: Param; readonly tasks: Param; readonly keep: Param }) =>
    `${p.count} nhiệm vụ do đơn vị ngoài cơ quan chủ trì không được đưa vào kế hoạch năm ${p.year}: ${p.tasks}. Nếu cơ quan vẫn thực hiện (phối hợp), ghi "${p.keep}" vào cột Ghi chú của nhiệm vụ rồi lập lại`,
  next_year_place_proposed: (p: {
    readonly label: Param;
    readonly from: Param;
    readonly to: Param;
    readonly old: Param;
    readonly new: Param;
    readonly date: Param;
  }) => `đề xuất: "${p.label}" đổi từ ${q(p.from)} thành ${q(p.to)} (${p.old} → ${p.new} từ ${p.date}); đã ghi vào sổ năm sau và kế hoạch, hãy kiểm tra lại`,
  holidays_lunar_out_of_range: (p: { readonly year: Param; readonly first: Param; readonly last: Param }) =>
    `năm ${p.year} nằm ngoài khoảng tính âm lịch (${p.first}–${p.last}): trang này chưa có Tết Nguyên đán và Giỗ Tổ Hùng Vương, hãy nhập tay theo thông báo nghỉ lễ của năm`,
};

/** Texts the next-year job writes into the new workbook's cells. */
export const nextYearText = {
  unfinishedNote: (p: { year: number; status: string }) => `Chuyển từ năm ${p.year}: ${p.status}.`,
  notUpdated: "chưa cập nhật trạng thái",
  /**
   * The yearly activities QĐ 19/2014 and TT 26/2014 require that this year's plan lacked, added to
   * next year's plan (its Phụ lục and "Nhiệm vụ"). `year` is next year; `who` the agency as written
   * in sentences ("Sở Y tế"); `lead` the unit that compiles and reports.
   */
  supplements: {
    marker: "bổ sung theo quy định",
    /** Appended to the task's text in the Phụ lục: "Tổ chức đánh giá nội bộ … (bổ sung theo quy định)". */
    taskText: (p: { task: string; marker: string }) => `${p.task} (${p.marker})`,
    note: (p: { basis: string }) => `Bổ sung theo quy định (${p.basis}): kế hoạch năm trước chưa có nhiệm vụ này.`,
    group: (p: { numeral: string }) => `${p.numeral}. NHIỆM VỤ BỔ SUNG THEO QUY ĐỊNH`,
    allUnits: (p: { who: string }) => `Các phòng, đơn vị thuộc ${p.who}`,
    steering: "Ban Chỉ đạo ISO",
    objectives: (p: { year: number; who: string }) => ({
      task: `Xây dựng, ban hành mục tiêu chất lượng năm ${p.year} của ${p.who}`,
      output: `Mục tiêu chất lượng năm ${p.year}`,
      timing: `Tháng 01/${p.year}`,
    }),
    internalAudit: (p: { year: number }) => ({
      task: `Tổ chức đánh giá nội bộ HTQLCL năm ${p.year}; khắc phục các điểm không phù hợp`,
      output: "Kế hoạch, báo cáo đánh giá nội bộ; phiếu hành động khắc phục",
      timing: `Quý III/${p.year}`,
    }),
    managementReview: (p: { year: number }) => ({
      task: `Tổ chức họp xem xét của lãnh đạo về HTQLCL năm ${p.year}`,
      output: "Biên bản họp xem xét của lãnh đạo",
      timing: `Quý IV/${p.year}`,
    }),
    customerSatisfaction: (p: { year: number }) => ({
      task: "Khảo sát, đo lường sự hài lòng của tổ chức, cá nhân khi giải quyết thủ tục hành chính",
      output: "Phiếu khảo sát; báo cáo kết quả khảo sát",
      timing: `Quý III/${p.year}`,
    }),
    updateProcedures: (p: { year: number }) => ({
      task: "Cập nhật, sửa đổi quy trình khi văn bản quy phạm pháp luật, quyết định công bố thủ tục hành chính thay đổi (chậm nhất 03 tháng kể từ ngày văn bản có hiệu lực)",
      output: "Quyết định ban hành quy trình sửa đổi, bổ sung",
      timing: `Thường xuyên trong năm ${p.year}`,
    }),
    reannouncement: (p: { year: number }) => ({
      task: "Công bố lại HTQLCL khi có điều chỉnh, mở rộng, thu hẹp phạm vi áp dụng; gửi thông báo đến Sở Khoa học và Công nghệ",
      output: "Quyết định công bố lại HTQLCL (khi có điều chỉnh phạm vi)",
      timing: `Trong năm ${p.year}`,
    }),
    annualReport: (p: { year: number }) => ({
      task: `Báo cáo kết quả áp dụng, duy trì và cải tiến HTQLCL năm ${p.year}`,
      output: `Báo cáo kết quả năm ${p.year}`,
      timing: `Tháng 12/${p.year}`,
    }),
    /** From 2027: follow the move to the new edition; no conversion deadline (none is set by law). */
    iso2026: (p: { year: number }) => ({
      task: "Theo dõi việc chuyển đổi sang phiên bản mới của tiêu chuẩn (ISO 9001:2026); chuẩn bị chuyển đổi HTQLCL khi có Tiêu chuẩn quốc gia TCVN tương ứng và hướng dẫn của Bộ Khoa học và Công nghệ",
      output: "Đề xuất lộ trình chuyển đổi (khi có hướng dẫn)",
      timing: `Trong năm ${p.year}`,
    }),
    iso2026Marker: "bổ sung: tiêu chuẩn ISO 9001 đã có phiên bản mới",
    iso2026Note: "Bổ sung: ISO 9001:2026 đã ban hành; chưa có TCVN và hướng dẫn của Bộ Khoa học và Công nghệ, không đặt thời hạn chuyển đổi.",
  },
  /** Note on a task led outside the agency that was kept because the user asked ("Giữ trong kế hoạch"). */
  keepMarker: "giữ trong kế hoạch",
};
