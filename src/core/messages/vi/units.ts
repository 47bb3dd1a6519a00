import type { FindingParams } from "../../findings/finding";

const q = (v: string | number | undefined) => `"${String(v ?? "")}"`;

/** Messages about responsible units and the unit registry. */
export const unitMessages = {
  unit_unknown: (p: FindingParams) =>
    p.suggestions
      ? `đơn vị ${q(p.unit)} không có trong danh mục đơn vị; có phải là: ${p.suggestions}?`
      : `đơn vị ${q(p.unit)} không có trong danh mục đơn vị`,
  unit_registry_duplicate: (p: FindingParams) => `đơn vị ${q(p.unit)} bị khai báo hai lần trong danh mục`,
};
