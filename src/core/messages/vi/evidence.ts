import { q, type Param } from "../quote";
import { nd30ShortDate } from "../../calendar/dates";

/** An ISO date param as the user reads it ("27/9/2024"). */
const day = (v: string | number | undefined) => q(nd30ShortDate(String(v ?? "")));

/** Messages about evidence: document references in the results and their dates. */
export const evidenceMessages = {
  evidence_date_unreadable: (p: { readonly date?: Param; readonly reference: Param }) =>
    p.date ? `không đọc được ngày ${q(p.date)} của văn bản ${q(p.reference)}` : `văn bản ${q(p.reference)} ghi "ngày" nhưng không có ngày`,
  evidence_date_impossible: (p: { readonly date: Param; readonly reference: Param }) => `ngày ${q(p.date)} của văn bản ${q(p.reference)} không tồn tại`,
  evidence_type_mismatch: (p: { readonly reference: Param; readonly written: Param; readonly symbol: Param; readonly typeName: Param }) =>
    `văn bản ${q(p.reference)} ghi tên loại ${q(p.written)} nhưng ký hiệu ${q(p.symbol)} là của ${q(p.typeName)}`,
  evidence_late: (p: { readonly no: Param; readonly reference: Param; readonly date: Param; readonly timing: Param; readonly end: Param }) =>
    `nhiệm vụ ${q(p.no)} hoàn thành muộn: văn bản ${q(p.reference)} ngày ${day(p.date)} sau thời gian kế hoạch ${q(p.timing)} (hết ngày ${day(p.end)})`,
  evidence_outside_year: (p: { readonly reference: Param; readonly date: Param; readonly year: Param }) =>
    `văn bản ${q(p.reference)} ngày ${day(p.date)} nằm ngoài năm kế hoạch ${p.year}`,
  evidence_after_report_date: (p: { readonly reference: Param; readonly date: Param; readonly asOf: Param }) =>
    `văn bản ${q(p.reference)} ghi ngày ${day(p.date)}, sau ngày báo cáo ${day(p.asOf)}`,
  evidence_missing: (p: { readonly no: Param; readonly timing: Param; readonly end: Param }) =>
    `nhiệm vụ ${q(p.no)} chưa có kết quả (số, ký hiệu, ngày văn bản) dù thời gian ${q(p.timing)} đã hết ngày ${day(p.end)}`,
  evidence_no_reference: (p: { readonly no: Param; readonly text: Param }) =>
    `kết quả của nhiệm vụ ${q(p.no)} không ghi số, ký hiệu văn bản nên không kiểm tra được ngày hoàn thành: ${q(p.text)}`,
};
