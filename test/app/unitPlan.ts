/**
 * A Sở Tư pháp's five-task appendix typed for the unit-list tests (test/app/unitList.test.ts,
 * test/taskpane/unitList.test.ts): "Văn phòng Sở" and "VP" are the common list's "Văn phòng Sở";
 * "Sở Tài chính" (twice) and "Phòng Hành chính tư pháp" are in no list.
 */
import { makeGrid, type Grid } from "../../src/core/grid/grid";

export const unitPlan = (): Grid =>
  makeGrid("Phụ lục", [
    ["STT", "Nội dung công việc", "Sản phẩm", "Thời gian thực hiện", "Đơn vị chủ trì"],
    ["1", "Xây dựng, ban hành mục tiêu chất lượng năm 2025", "Quyết định", "Tháng 01/2025", "Văn phòng Sở"],
    ["2", "Lập dự toán kinh phí duy trì ISO", "Dự toán", "Tháng 02/2025", "Sở Tài chính"],
    ["3", "Rà soát quy trình giải quyết thủ tục hành chính", "Quy trình", "Quý II/2025", "Phòng Hành chính tư pháp"],
    ["4", "Đào tạo nhận thức ISO cho công chức mới", "Hội nghị", "Tháng 4/2025", "VP"],
    ["5", "Quyết toán kinh phí ISO", "Báo cáo quyết toán", "Tháng 12/2025", "Sở Tài chính"],
  ]);
