/**
 * Texts of next year's plan document ("Kế hoạch áp dụng, duy trì và cải tiến HTQLCL … năm N+1",
 * src/core/nextYear/planDocument.ts): NĐ 30/2020 Mẫu 1.4 with the task table as its Phụ lục
 * (shape of seeds 000 and 003, docs/document-format.md). The legal bases ("Căn cứ …") come from the
 * dated registry (src/core/legal/), chosen by the plan's date; the texts cite themselves by their own
 * titles (which name TCVN ISO 9001:2008; the standard applied is written TCVN ISO 9001:2015).
 * In the templates `year` is the plan's year (N+1).
 */
export const planDocumentMessages = {
  header: {
    number: (p: { number: string; abbreviation: string }) => `Số: ${p.number}/KH-${p.abbreviation}`,
    title: "KẾ HOẠCH",
    summary: (p: { year: number }) => `Áp dụng, duy trì và cải tiến Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2015 năm ${p.year}`,
  },

  intro: (p: { agency: string; year: number }) =>
    `${p.agency} ban hành Kế hoạch áp dụng, duy trì và cải tiến Hệ thống quản lý chất lượng (gọi tắt là HTQLCL) theo Tiêu chuẩn quốc gia TCVN ISO 9001:2015 năm ${p.year} trong hoạt động của cơ quan, cụ thể như sau:`,

  purpose: {
    heading: "I. MỤC ĐÍCH, YÊU CẦU",
    aimsHeading: "1. Mục đích",
    aims: (p: { agency: string }) => [
      `a) Tiếp tục duy trì, nâng cao hiệu quả việc áp dụng HTQLCL theo Tiêu chuẩn quốc gia TCVN ISO 9001:2015 tại ${p.agency}, thực hiện Quyết định số 19/2014/QĐ-TTg ngày 05 tháng 3 năm 2014 của Thủ tướng Chính phủ;`,
      "b) Gắn việc áp dụng HTQLCL với cải cách hành chính, nâng cao chất lượng giải quyết thủ tục hành chính và chất lượng phục vụ tổ chức, cá nhân.",
    ],
    requirementsHeading: "2. Yêu cầu",
    requirements: (p: { agency: string }) => [
      "a) Bảo đảm sự tham gia của lãnh đạo và công chức, viên chức, người lao động có liên quan trong quá trình áp dụng, duy trì và cải tiến HTQLCL;",
      `b) Bảo đảm 100% thủ tục hành chính thuộc thẩm quyền giải quyết của ${p.agency} được thực hiện theo quy trình phù hợp với HTQLCL; cập nhật quy trình khi văn bản quy phạm pháp luật liên quan thay đổi;`,
      "c) Các nhiệm vụ của Kế hoạch được thực hiện đúng tiến độ, có sản phẩm cụ thể.",
    ],
  },

  tasks: {
    heading: "II. NHIỆM VỤ, SẢN PHẨM, TIẾN ĐỘ VÀ ĐƠN VỊ THỰC HIỆN",
    body: (p: { count: number; year: number }) =>
      `Gồm ${p.count} nhiệm vụ năm ${p.year}, chi tiết tại Phụ lục kèm theo Kế hoạch này (nội dung, sản phẩm, tiến độ và đơn vị thực hiện).`,
    none: (p: { year: number }) => `Các nhiệm vụ năm ${p.year} tại Phụ lục kèm theo Kế hoạch này.`,
  },

  budget: {
    heading: "III. KINH PHÍ THỰC HIỆN",
    /** A line per estimate item, when there are several. */
    /** `itemized`: the items follow as a list, so the sentence ends ", gồm:". */
    total: (p: { year: number; amount: string; words: string; agency: string; itemized: boolean }) =>
      `1. Kinh phí thực hiện Kế hoạch năm ${p.year} dự kiến ${p.amount} đồng (Bằng chữ: ${p.words}), bố trí trong dự toán ngân sách năm ${p.year} của ${p.agency}${p.itemized ? ", gồm:" : "."}`,
    line: (p: { item: string; amount: string; end: string }) => `- ${p.item}: ${p.amount} đồng${p.end}`,
    /** No estimate carried from this year's workbook: dots for the clerk to fill. */
    pending: (p: { year: number; agency: string }) =>
      `1. Kinh phí thực hiện Kế hoạch năm ${p.year}: … đồng (Bằng chữ: …), bố trí trong dự toán ngân sách năm ${p.year} của ${p.agency}.`,
    /** `funding`: the funding circular in force, cited in full ("Thông tư số 116/2015/TT-BTC ngày 11 tháng 8 năm 2015 của Bộ Tài chính"). */
    rules: (p: { funding: string }) => `2. Nội dung và mức chi thực hiện theo ${p.funding} và các quy định hiện hành có liên quan.`,
    rulesUnknown: "2. Nội dung và mức chi thực hiện theo các quy định hiện hành có liên quan.",
    /** An estimate line whose amount could not be read: no total is stated (budgetTotals' rule). */
    unreadable: (p: { items: string }) =>
      `(Dự thảo: chưa tính được tổng kinh phí vì số tiền của mục “${p.items}” không đọc được; cần sửa trong sổ theo dõi trước khi ban hành.)`,
    /** First build or extension above the ceiling of the agency's class (TT 116/2015 Điều 4 khoản 1–2). */
    aboveClassCeiling: (p: { subject: string; amount: string; agencyClass: string; ceiling: string; excess: string; basis: string }) =>
      `(Dự thảo: kinh phí ${p.subject} ${p.amount} đồng vượt mức tối đa ${p.ceiling} đồng của ${p.agencyClass} theo ${p.basis} là ${p.excess} đồng; cần điều chỉnh trước khi ban hành.)`,
    /** First build or extension whose agency's class cannot be told: not checked, said. */
    classUnknown: (p: { subject: string; amount: string; reason: string }) =>
      `(Dự thảo: chưa đối chiếu được kinh phí ${p.subject} ${p.amount} đồng với mức tối đa tại khoản 1–2 Điều 4 Thông tư số 116/2015/TT-BTC vì ${p.reason}; cần kiểm tra trước khi ban hành.)`,
    /** An estimate above a TT 116/2015 ceiling, said in part III of the draft. */
    aboveCeiling: (p: { subject: string; amount: string; ceiling: string; excess: string; basis: string }) =>
      `(Dự thảo: kinh phí ${p.subject} ${p.amount} đồng vượt mức tối đa ${p.ceiling} đồng/năm theo ${p.basis} là ${p.excess} đồng; cần điều chỉnh trước khi ban hành.)`,
  },

  organisation: {
    heading: "IV. TỔ CHỨC THỰC HIỆN",
    /** The unit that compiles and reports (the lead of the plan's report task); no role is claimed for it beyond its duties. */
    secretary: (p: { unit: string }) => `1. ${p.unit}`,
    secretaryDuties: (p: { report: string }) => [
      "a) Theo dõi, hướng dẫn, đôn đốc các phòng, đơn vị thực hiện Kế hoạch; cập nhật tiến độ các nhiệm vụ;",
      "b) Tham mưu lãnh đạo bố trí kinh phí thực hiện Kế hoạch theo mục III;",
      `c) Tổng hợp, tham mưu báo cáo kết quả áp dụng, duy trì và cải tiến HTQLCL ${p.report}.`,
    ],
    /** Where the report goes and by when, from the plan's report task ("Tháng 12/2025", its number in the Phụ lục). */
    reportWhen: (p: { year: number; to: string; when: string; no: string }) =>
      `năm ${p.year} gửi ${p.to}; thời gian: ${p.when} (nhiệm vụ số ${p.no} tại Phụ lục)`,
    reportWhenUnknown: (p: { year: number; to: string }) => `năm ${p.year} gửi ${p.to} theo thời hạn được yêu cầu`,
    /** Who the report goes to when "Thông tin" names no addressee. */
    defaultReportTo: "cơ quan có thẩm quyền",
    units: (p: { agency: string }) => `2. Các phòng, đơn vị thuộc ${p.agency}`,
    unitDuties: (p: { unit: string }) => [
      "a) Căn cứ Kế hoạch, chủ động triển khai các nhiệm vụ được giao tại Phụ lục, bảo đảm đúng tiến độ;",
      "b) Áp dụng, duy trì và cải tiến các quy trình đã ban hành; đề xuất sửa đổi khi văn bản quy phạm pháp luật liên quan thay đổi;",
      `c) Báo cáo kết quả thực hiện các nhiệm vụ được giao về ${p.unit} để tổng hợp.`,
    ],
    closing: (p: { year: number; agency: string; unit: string }) =>
      `Trên đây là Kế hoạch áp dụng, duy trì và cải tiến HTQLCL theo Tiêu chuẩn quốc gia TCVN ISO 9001:2015 năm ${p.year} của ${p.agency}. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các phòng, đơn vị báo cáo về ${p.unit} để tổng hợp, trình lãnh đạo xem xét, giải quyết./.`,
    /** The compiling unit when neither the report task nor "Thông tin" names a known unit. */
    defaultUnit: "Tổ Thư ký ISO",
  },

  appendix: {
    /** NĐ 30/2020 Appendix I: "Phụ lục" in lower case, 14 pt bold, centred; only the title below is in capitals. */
    heading: "Phụ lục",
    title: (p: { year: number }) => `NHIỆM VỤ, SẢN PHẨM, TIẾN ĐỘ VÀ ĐƠN VỊ THỰC HIỆN NĂM ${p.year}`,
    /** NĐ 30/2020: number and date left as dots, filled in after signature. */
    reference: (p: { number: string; date: string; agency: string }) => `(Kèm theo Kế hoạch số ${p.number} ${p.date} của ${p.agency})`,
    /** As seed 000 writes them, a space after "/" so a narrow column breaks there. */
    headers: { no: "TT", task: "Nội dung/ Nhiệm vụ", output: "Hoạt động/ Sản phẩm", timing: "Tiến độ/ Thời gian", units: "Đơn vị thực hiện" },
    lead: (p: { units: string }) => `Chủ trì: ${p.units}`,
    support: (p: { units: string }) => `Phối hợp: ${p.units}`,
  },

  /** What the plan document lists as missing (it is then a DỰ THẢO). */
  missing: {
    abbreviation: "Thông tin: tên viết tắt của cơ quan (số ký hiệu …/KH-…)",
    estimate: (p: { year: number }) => `Kinh phí: dự toán năm ${p.year}`,
    estimateUnreadable: (p: { year: number; items: string }) => `Kinh phí: tổng dự toán năm ${p.year} (số tiền của mục “${p.items}” không đọc được)`,
    tasks: "Nhiệm vụ: chưa có nhiệm vụ nào",
    classCeiling: (p: { subject: string; amount: string; agencyClass: string; ceiling: string; excess: string; basis: string }) =>
      `Kinh phí: ${p.amount} đồng ${p.subject} vượt mức tối đa ${p.ceiling} đồng của ${p.agencyClass} (${p.basis}) là ${p.excess} đồng`,
    classUnknown: (p: { subject: string; amount: string; reason: string }) =>
      `Kinh phí: ${p.amount} đồng ${p.subject} chưa đối chiếu được với mức tối đa của Thông tư số 116/2015/TT-BTC (${p.reason})`,
    /** An estimate above a TT 116/2015 ceiling: the plan is a draft until it is brought within it. */
    ceiling: (p: { subject: string; amount: string; ceiling: string; excess: string; basis: string }) =>
      `Kinh phí: ${p.amount} đồng ${p.subject} vượt mức tối đa ${p.ceiling} đồng/năm (${p.basis}) là ${p.excess} đồng`,
  },
} as const;
