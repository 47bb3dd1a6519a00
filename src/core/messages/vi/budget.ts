import { q, type Param } from "../quote";
import { formatAmount } from "../../budget/formatAmount";

/** An amount param as the user reads it: numbers grouped "18.000.000", anything else as given. */
const money = (v: string | number | undefined) => q(typeof v === "number" ? formatAmount(v) : v);

/** What an amount is, by the `field` param the checks set. */
const fieldLabels: Readonly<Record<string, string>> = {
  granted: "kinh phí được cấp",
  disbursed: "kinh phí đã giải ngân",
  estimate: "dự toán kinh phí",
};

/** Parameters of the amount messages: the amount as written, and what it is when known. */
type AmountParams = { readonly amount: Param; readonly field?: Param; readonly item?: Param };

/** "kinh phí được cấp của mục "Mở rộng"", or "số tiền" when nothing more is known. */
function subject(p: Omit<AmountParams, "amount">): string {
  const label = fieldLabels[String(p.field ?? "")] ?? "số tiền";
  return p.item !== undefined ? `${label} của mục ${q(p.item)}` : label;
}

/** Messages about budget: amounts, totals, ceilings (docs/legal-bases.md#budget, docs/document-format.md#amounts-and-numbers). */
export const budgetMessages = {
  budget_amount_not_number: (p: AmountParams) => `${subject(p)} không phải là số: ${q(p.amount)}`,
  budget_amount_negative: (p: AmountParams) => `${subject(p)} là số âm: ${money(p.amount)}`,
  budget_amount_not_integer: (p: AmountParams) => `${subject(p)} phải là số đồng nguyên, không có phần lẻ: ${money(p.amount)}`,
  budget_amount_too_large: (p: AmountParams) => `${subject(p)} quá lớn để tính chính xác: ${money(p.amount)}`,
  budget_disbursed_over_granted: (p: { readonly item: Param; readonly disbursed: Param; readonly granted: Param }) =>
    `mục ${q(p.item)}: kinh phí đã giải ngân ${money(p.disbursed)} đồng lớn hơn kinh phí được cấp ${money(p.granted)} đồng`,
  budget_total_disbursed_over_granted: (p: { readonly disbursed: Param; readonly granted: Param }) =>
    `tổng kinh phí đã giải ngân ${money(p.disbursed)} đồng lớn hơn tổng kinh phí được cấp ${money(p.granted)} đồng`,
  budget_total_mismatch: (p: { readonly field: Param; readonly stated: Param; readonly computed: Param }) =>
    `tổng ${fieldLabels[String(p.field)] ?? "số tiền"} ghi ${money(p.stated)} đồng nhưng cộng các dòng được ${money(p.computed)} đồng`,
  budget_above_ceiling: (p: {
    readonly subject: Param;
    readonly year: Param;
    readonly items: Param;
    readonly amount: Param;
    readonly ceiling: Param;
    readonly basis: Param;
  }) => `dự toán ${p.subject} năm ${p.year} (${q(p.items)}) là ${money(p.amount)} đồng, vượt mức tối đa ${money(p.ceiling)} đồng/năm theo ${p.basis}`,
  budget_above_class_ceiling: (p: {
    readonly subject: Param;
    readonly year: Param;
    readonly items: Param;
    readonly amount: Param;
    readonly agencyClass: Param;
    readonly ceiling: Param;
    readonly consultancy: Param;
    readonly ownWork: Param;
    readonly basis: Param;
  }) =>
    `dự toán ${p.subject} năm ${p.year} (${q(p.items)}) là ${money(p.amount)} đồng, vượt mức tối đa ${money(p.ceiling)} đồng của ${p.agencyClass} (thuê tổ chức tư vấn ${money(p.consultancy)} đồng và các hoạt động do cơ quan thực hiện ${money(p.ownWork)} đồng) theo ${p.basis}`,
  budget_ceiling_class_unknown: (p: { readonly subject: Param; readonly year: Param; readonly items: Param; readonly agency: Param; readonly reason: Param }) =>
    `chưa so được dự toán ${p.subject} năm ${p.year} (${q(p.items)}) với mức tối đa của khoản 1–2 Điều 4 Thông tư số 116/2015/TT-BTC: ${p.reason} (${q(p.agency)}); hãy ghi đúng tên cơ quan và cơ quan chủ quản ở trang “Thông tin” hoặc tự đối chiếu mức tối đa`,
  budget_decision_unreadable: (p: { readonly text: Param }) => `không đọc được số, ký hiệu của quyết định giao kinh phí ${q(p.text)}`,
};

/** Words of the class-dependent ceilings (TT 116/2015 Điều 4 khoản 1–2), for the findings and the plan. */
export const budgetTerms = {
  /** What each category's ceiling covers. */
  ceilingSubjects: { firstBuild: "xây dựng, áp dụng HTQLCL lần đầu", expansion: "mở rộng HTQLCL" },
  /** Each class as the circular names it. */
  agencyClasses: {
    ministry: "bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ",
    centralDepartment: "tổng cục, cục thuộc bộ",
    provincialCommittee: "Ủy ban nhân dân cấp tỉnh",
    provincialAgency: "cơ quan chuyên môn thuộc Ủy ban nhân dân cấp tỉnh",
    subDepartment: "chi cục, cơ quan chuyên môn thuộc Ủy ban nhân dân cấp huyện",
    commune: "Ủy ban nhân dân cấp xã",
  },
  /** Why the class could not be told. */
  classUnknown: {
    unrecognised: "không nhận ra cấp của cơ quan từ tên cơ quan và cơ quan chủ quản",
    districtEnded: "cơ quan cấp huyện không còn từ ngày 01/7/2025",
  },
} as const;
