import { q, type Param } from "../quote";

/** Messages of the yearly routine's checks (the year of the data). Each ends with what to do. */
export const routineMessages = {
  year_conflict: (p: { readonly agencyCell: Param; readonly agencyYear: Param; readonly planCell: Param; readonly planYear: Param }) =>
    `năm ở ô ${p.agencyCell} (${p.agencyYear}) khác năm của kế hoạch ở ô ${p.planCell} (${p.planYear}); hãy sửa ô ${p.agencyCell} thành ${p.planYear} (hoặc nhập lại kế hoạch đúng năm) rồi bấm lại`,
  year_unknown: () => `chưa biết năm của báo cáo; hãy nhập kế hoạch (Bước 1) hoặc ghi năm vào ô ${q("Năm")} của trang “Thông tin”`,
};
