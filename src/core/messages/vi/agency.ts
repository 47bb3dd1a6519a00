import { q, type Param } from "../quote";

/**
 * Messages of the checks made at the fields of "Thông tin" (src/core/workbook/agencyFacts.ts).
 * Each says what is wrong and what to do.
 */
export const agencyMessages = {
  agency_fact_proposed: (p: { readonly count: Param; readonly items: Param }) =>
    `${p.count} mục là giá trị đề xuất, chưa được xác nhận (${p.items}); báo cáo còn là bản nháp cho đến khi bạn xác nhận hoặc sửa các mục này`,
  agency_recipient_is_self: (p: { readonly recipient: Param }) =>
    `mục “Kính gửi” (${q(p.recipient)}) là chính cơ quan ban hành báo cáo; hãy ghi cơ quan nhận báo cáo (ví dụ Ủy ban nhân dân tỉnh)`,
  agency_signer_title_mismatch: (p: { readonly authority: Param; readonly title: Param; readonly expected: Param }) =>
    `chức vụ người ký ${q(p.title)} không khớp quyền hạn ký ${q(p.authority)} (Nghị định 30/2020/NĐ-CP, Phụ lục I); thường ghi ${q(p.expected)}: hãy sửa chức vụ hoặc quyền hạn ký`,
  agency_abbreviation_mismatch: (p: { readonly abbreviation: Param; readonly plan: Param }) =>
    `chữ viết tắt ${q(p.abbreviation)} khác chữ viết tắt trong số của kế hoạch (${q(p.plan)}); hãy sửa cho thống nhất`,
  period_end_before_start: (p: { readonly from: Param; readonly to: Param }) =>
    `kỳ báo cáo kết thúc ngày ${p.to}, trước ngày bắt đầu ${p.from}; hãy sửa ngày đầu hoặc ngày cuối kỳ`,
  as_of_future: (p: { readonly asOf: Param; readonly today: Param }) =>
    `ngày chốt số liệu ${p.asOf} chưa đến (hôm nay là ${p.today}): hồ sơ đang giải quyết không thể xét tại một ngày tương lai; hãy chọn ngày chốt không sau hôm nay`,
  as_of_outside_period: (p: { readonly asOf: Param; readonly from: Param; readonly to: Param }) =>
    `ngày chốt số liệu ${p.asOf} nằm ngoài kỳ báo cáo ${p.from} – ${p.to}; hãy chọn ngày chốt trong kỳ`,
};
