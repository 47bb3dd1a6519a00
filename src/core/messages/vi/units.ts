import { q, type Param } from "../quote";

/** Messages about responsible units and the unit registry. */
export const unitMessages = {
  /** `count`: the tasks that name the unit (the finding sits at the first one's cell); more than one is said. */
  unit_unknown: (p: { readonly suggestions?: Param; readonly unit: Param; readonly count: Param }) => {
    const where = Number(p.count) > 1 ? ` (ở ${p.count} nhiệm vụ, đây là ô đầu tiên)` : "";
    const missing = `đơn vị ${q(p.unit)}${where} không có trong danh mục đơn vị`;
    return p.suggestions ? `${missing}; có phải là: ${p.suggestions}?` : missing;
  },
  /** The one finding the pane shows for every unit the list does not know: the names, and the action that adds them. */
  units_not_in_registry: (p: { readonly count: Param; readonly names: Param }) =>
    `kế hoạch dùng ${p.count} tên đơn vị chưa có trong danh mục đơn vị: ${p.names}; hãy thêm vào danh mục (nếu là tên viết khác của một đơn vị đã có, ghi vào cột “Cách viết khác” của đơn vị đó)`,
  units_from_plan: (p: { readonly count: Param }) =>
    `đã lập danh mục đơn vị từ ${p.count} đơn vị mà kế hoạch nêu; bổ sung hoặc sửa tên chính thức ở trang “Đơn vị” khi cần`,
  unit_registry_duplicate: (p: { readonly unit: Param }) => `đơn vị ${q(p.unit)} bị khai báo hai lần trong danh mục`,
};
