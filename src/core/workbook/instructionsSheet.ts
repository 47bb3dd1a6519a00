import { cell, type SheetSpec } from "../sheet/model";
import { a4PageSetup, dataSheetStyles } from "../sheet/styles";
import { sheetNames } from "./sheetNames";

/** The "Hướng dẫn" sheet: what each sheet is for and the yearly routine. */
export function buildInstructionsSheet(year: number): SheetSpec {
  const lines: [string, string][] = [
    ["Sổ theo dõi ISO năm " + year, "title"],
    ["Sổ này do Trợ lý ISO tạo. Mỗi trang có một việc; báo cáo cuối năm lấy số liệu từ các trang này.", "plain"],
    ["", "plain"],
    [`${sheetNames.agency}: thông tin cơ quan, người ký, nơi nhận, kỳ số liệu. Điền một lần mỗi năm.`, "plain"],
    [`${sheetNames.tasks}: nhiệm vụ của kế hoạch năm (nhập từ phụ lục kế hoạch). Cập nhật cột Trạng thái và Minh chứng (số, ký hiệu, ngày văn bản, ví dụ “Quyết định số 386/QĐ-SYT ngày 27/9/2024”).`, "plain"],
    [`${sheetNames.dossiers}: số hồ sơ thủ tục hành chính theo lĩnh vực. Nhập số liệu hoặc nhập danh sách hồ sơ từ phần mềm một cửa; cột Đã giải quyết, tỷ lệ và kiểm tra tự tính.`, "plain"],
    [`${sheetNames.budget}: kinh phí được cấp, đã giải ngân trong năm và dự toán năm sau kèm giải trình.`, "plain"],
    [`${sheetNames.units}: danh mục đơn vị (tên chính thức và cách viết tắt). Trợ lý ISO dùng danh mục này để kiểm tra cột đơn vị thực hiện.`, "plain"],
    [`${sheetNames.holidays}: ngày nghỉ lễ, Tết và ngày làm bù của năm; sửa theo thông báo hằng năm của Chính phủ.`, "plain"],
    [`${sheetNames.findings}: kết quả kiểm tra lần gần nhất (lỗi, cảnh báo kèm ô cần sửa).`, "plain"],
    [`${sheetNames.report}: báo cáo kết quả triển khai ISO theo thể thức Nghị định 30/2020/NĐ-CP. Số liệu trong báo cáo là công thức trỏ về các trang trên, sửa số liệu thì báo cáo tự cập nhật.`, "plain"],
    ["", "plain"],
    ["Quy trình hằng năm:", "title"],
    ["1. Tháng 1: nhập phụ lục kế hoạch năm, kiểm tra lỗi, bổ sung danh mục đơn vị.", "plain"],
    ["2. Trong năm: cập nhật trạng thái, minh chứng nhiệm vụ; số liệu hồ sơ; kinh phí.", "plain"],
    ["3. Cuối năm: tạo báo cáo, điền các phần nhận xét được đánh dấu [ … ], in và trình ký, gửi Sở Khoa học và Công nghệ.", "plain"],
    ["", "plain"],
    ["Các trang do Trợ lý ISO tạo sẽ được thay mới khi chạy lại lệnh tương ứng; không ghi dữ liệu riêng vào trang Báo cáo và Kiểm tra.", "note"],
  ];
  return {
    name: sheetNames.instructions,
    cells: lines.map(([text, style]) => [cell.text(text, style)]),
    styles: dataSheetStyles,
    columnWidths: [110],
    merges: [],
    validations: [],
    tables: [],
    pageSetup: a4PageSetup("portrait", 0),
  };
}
