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
  budget_decision_unreadable: (p: { readonly text: Param }) => `không đọc được số, ký hiệu của quyết định giao kinh phí ${q(p.text)}`,
};
