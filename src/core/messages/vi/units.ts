import { q, type Param } from "../quote";

/** Messages about responsible units and the unit registry. */
export const unitMessages = {
  /** `count`: the tasks that name the unit (the finding sits at the first one's cell); more than one is said. */
  unit_unknown: (p: { readonly suggestions?: Param; readonly unit: Param; readonly count: Param }) => {
    const where = Number(p.count) > 1 ? ` (ở ${p.count} nhiệm vụ, đây là ô đầu tiên)` : "";
    const missing = `đơn vị ${q(p.unit)}${where} không có trong danh mục đơn vị`;
    return p.suggestions ? `${missing}; có phải là: ${p.suggestions}?` : missing;
  },
  unit_registry_duplicate: (p: { readonly unit: Param }) => `đơn vị ${q(p.unit)} bị khai báo hai lần trong danh mục`,
};
