import { q, type Param } from "../quote";
import { stepNumber } from "../../routine/steps";

/** Messages of the yearly routine's checks (the year of the data). Each ends with what to do. */
export const routineMessages = {
  year_conflict: (p: { readonly agencyCell: Param; readonly agencyYear: Param; readonly planCell: Param; readonly planYear: Param }) =>
    `năm ở ô ${p.agencyCell} (${p.agencyYear}) khác năm của kế hoạch ở ô ${p.planCell} (${p.planYear}); hãy sửa ô ${p.agencyCell} thành ${p.planYear} (hoặc nhập lại kế hoạch đúng năm) rồi bấm lại`,
  year_option_conflict: (p: { readonly given: Param; readonly year: Param; readonly cell: Param; readonly next: Param }) =>
    `--year ${p.given} khác năm của sổ theo dõi này (${p.year}, ở ô ${p.cell}): --year là năm của chính sổ đang dùng, không phải năm của kế hoạch sẽ tạo; không có gì được ghi. Hãy bỏ --year để tạo sổ và kế hoạch năm ${p.next}, hoặc chạy lệnh trên sổ theo dõi năm ${p.given}`,
  year_unknown: () => `chưa biết năm của báo cáo; hãy nhập kế hoạch (Bước ${stepNumber("plan")}) hoặc ghi năm vào ô ${q("Năm")} của trang “Thông tin”`,
};
