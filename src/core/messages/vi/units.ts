import { q, type Param } from "../quote";

/** Messages about responsible units and the unit registry. */
export const unitMessages = {
  unit_unknown: (p: { readonly suggestions?: Param; readonly unit: Param }) =>
    p.suggestions ? `đơn vị ${q(p.unit)} không có trong danh mục đơn vị; có phải là: ${p.suggestions}?` : `đơn vị ${q(p.unit)} không có trong danh mục đơn vị`,
  unit_registry_duplicate: (p: { readonly unit: Param }) => `đơn vị ${q(p.unit)} bị khai báo hai lần trong danh mục`,
};
