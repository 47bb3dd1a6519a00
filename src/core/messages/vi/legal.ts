import { q, type Param } from "../quote";

/**
 * Titles and issuers of the registry's legal texts (src/core/legal/texts.ts), as a "Căn cứ" line
 * cites them: "<kind> số <number> ngày … của <issuer> <title>".
 */
export const legalTextTitles = {
  "qd144-2006": {
    issuer: "Thủ tướng Chính phủ",
    title: "về việc áp dụng Hệ thống quản lý chất lượng theo tiêu chuẩn TCVN ISO 9001:2000 vào hoạt động của các cơ quan hành chính nhà nước",
  },
  "qd118-2009": {
    issuer: "Thủ tướng Chính phủ",
    title: "về việc sửa đổi, bổ sung một số điều của Quyết định số 144/2006/QĐ-TTg",
  },
  "qd19-2014": {
    issuer: "Thủ tướng Chính phủ",
    title:
      "về việc áp dụng Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2008 vào hoạt động của các cơ quan, tổ chức thuộc hệ thống hành chính nhà nước",
  },
  "tt26-2014": {
    issuer: "Bộ Khoa học và Công nghệ",
    title: "quy định chi tiết thi hành Quyết định số 19/2014/QĐ-TTg ngày 05 tháng 3 năm 2014 của Thủ tướng Chính phủ",
  },
  "tt159-2010": {
    issuer: "Bộ Tài chính",
    title: "quy định công tác quản lý tài chính đối với việc xây dựng, áp dụng Hệ thống quản lý chất lượng theo tiêu chuẩn TCVN ISO 9001:2008",
  },
  "tt116-2015": {
    issuer: "Bộ Tài chính",
    title:
      "quy định công tác quản lý tài chính đối với việc tư vấn, xây dựng, áp dụng, duy trì và cải tiến hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001 vào hoạt động của các cơ quan, tổ chức thuộc hệ thống hành chính nhà nước",
  },
  "nd61-2018": {
    issuer: "Chính phủ",
    title: "về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính",
  },
  "nd107-2021": {
    issuer: "Chính phủ",
    title: "sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP",
  },
  "tt01-2018-vpcp": {
    issuer: "Văn phòng Chính phủ",
    title: "hướng dẫn thi hành một số quy định của Nghị định số 61/2018/NĐ-CP",
  },
  "nd118-2025": {
    issuer: "Chính phủ",
    title: "về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia",
  },
  "nd367-2025": {
    issuer: "Chính phủ",
    title: "sửa đổi, bổ sung một số điều của Nghị định số 118/2025/NĐ-CP",
  },
  "tt03-2025-vpcp": {
    issuer: "Văn phòng Chính phủ",
    title: "hướng dẫn thi hành một số nội dung của Nghị định số 118/2025/NĐ-CP",
  },
  "nd30-2020": { issuer: "Chính phủ", title: "về công tác văn thư" },
  "luat72-2025": { issuer: "Quốc hội", title: "Tổ chức chính quyền địa phương" },
  "nd150-2025": {
    issuer: "Chính phủ",
    title:
      "quy định tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương và Ủy ban nhân dân xã, phường, đặc khu thuộc tỉnh, thành phố trực thuộc trung ương",
  },
  "nq202-2025": { issuer: "Quốc hội", title: "về sắp xếp đơn vị hành chính cấp tỉnh" },
  "luat83-2015": { issuer: "Quốc hội", title: "Ngân sách nhà nước" },
  "luat89-2025": { issuer: "Quốc hội", title: "Ngân sách nhà nước" },
  "luat68-2006": { issuer: "Quốc hội", title: "Tiêu chuẩn và quy chuẩn kỹ thuật" },
  "luat70-2025": { issuer: "Quốc hội", title: "sửa đổi, bổ sung một số điều của Luật Tiêu chuẩn và quy chuẩn kỹ thuật" },
  "nd22-2026": { issuer: "Chính phủ", title: "quy định chi tiết thi hành Luật Tiêu chuẩn và quy chuẩn kỹ thuật" },
} as const;

/** The kind words a citation uses (full, as in a "Căn cứ" line). */
export const legalKindWords = {
  law: "Luật",
  resolution: "Nghị quyết",
  decree: "Nghị định",
  decision: "Quyết định",
  circular: "Thông tư",
} as const;

/** How the plan and the report write a legal text. */
export const legalCitationText = {
  /** "Nghị định số 118/2025/NĐ-CP" */
  short: (p: { kind: string; number: string }) => `${p.kind} số ${p.number}`,
  /**
   * "Quyết định số 19/2014/QĐ-TTg ngày 05 tháng 3 năm 2014 của Thủ tướng Chính phủ về việc …". A law is
   * cited by its name after the number's kind word: "Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày …".
   */
  full: (p: { kind: string; number: string; date: string; issuer: string; title: string; law: boolean }) =>
    p.law ? `Luật ${p.title} số ${p.number} ${p.date}` : `${p.kind} số ${p.number} ${p.date} của ${p.issuer} ${p.title}`,
  /** ", được sửa đổi, bổ sung bởi Nghị định số 107/2021/NĐ-CP ngày 06 tháng 12 năm 2021 của Chính phủ" */
  amendedBy: (p: { list: string }) => `, được sửa đổi, bổ sung bởi ${p.list}`,
  amendment: (p: { kind: string; number: string; date: string; issuer: string }) => `${p.kind} số ${p.number} ${p.date} của ${p.issuer}`,
  /** A "Căn cứ" line; each ends ";", the last "." (NĐ 30/2020 Appendix I). */
  basis: (p: { citation: string; end: string }) => `Căn cứ ${p.citation}${p.end}`,
};

/** Findings about legal citations and the 2025 reorganisation. */
export const legalMessages = {
  legal_citation_replaced: (p: { readonly cited: Param; readonly replacement: Param; readonly date: Param; readonly year: Param }) =>
    `${q(p.cited)} đã được thay thế bởi ${p.replacement} từ ngày ${p.date}: văn bản này không còn là căn cứ cho năm ${p.year}, hãy trích dẫn văn bản thay thế`,
  legal_citation_replaced_unconfirmed: (p: { readonly cited: Param; readonly replacement: Param; readonly year: Param }) =>
    `${q(p.cited)} có thể đã được thay thế bởi ${p.replacement} (thông tin chưa được xác nhận từ nguồn chính thức): hãy kiểm tra trước khi dùng làm căn cứ cho năm ${p.year}`,
  legal_citation_expired: (p: { readonly cited: Param; readonly date: Param; readonly year: Param }) =>
    `${q(p.cited)} hết hiệu lực từ ngày ${p.date}: văn bản này không còn là căn cứ cho năm ${p.year}`,
  province_renamed: (p: { readonly written: Param; readonly old: Param; readonly new: Param; readonly date: Param; readonly basis: Param }) =>
    `${q(p.written)} ghi tên tỉnh trước khi sắp xếp: ${p.old} → ${p.new} (từ ${p.date}, ${p.basis}); hãy sửa theo tên mới`,
  district_level_unit: (p: { readonly no: Param; readonly unit: Param; readonly date: Param }) =>
    `nhiệm vụ số ${q(p.no)} giao cho ${q(p.unit)}: từ ${p.date} không còn cấp huyện (chính quyền địa phương hai cấp); hãy giao cho cấp xã (UBND xã, phường, đặc khu) hoặc đơn vị cấp tỉnh`,
};

/** Words the reorganisation checks print. */
export const reorganisationText = {
  /** The resolution the province map comes from. */
  provinceBasis: "Nghị quyết số 202/2025/QH15",
  /** The resolution that made Thừa Thiên Huế a city under the central government. */
  hueBasis: "Nghị quyết số 175/2024/QH15",
};
