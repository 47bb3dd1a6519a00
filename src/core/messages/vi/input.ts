import { q, type Param } from "../quote";


/** Messages about unusable input: files, sheets, tables. */
export const inputMessages = {
  file_not_found: (p: { readonly path: Param }) => `không tìm thấy tệp ${q(p.path)}`,
  file_unreadable: (p: { readonly path: Param; readonly reason: Param }) => `không đọc được tệp ${q(p.path)}: ${p.reason}`,
  file_corrupt: (p: { readonly path: Param; readonly kind: Param }) =>
    `tệp ${q(p.path)} bị hỏng hoặc không phải tệp ${p.kind} thật (có thể chỉ bị đổi đuôi); hãy mở và lưu lại tệp bằng Excel/Word rồi thử lại`,
  file_encoding: (p: { readonly path: Param }) =>
    `tệp ${q(p.path)} không ở bảng mã UTF-8 (có thể là bảng mã cũ như Windows-1258 hay TCVN3); hãy lưu lại tệp dạng "Unicode (UTF-8)" rồi thử lại`,
  file_type_unsupported: (p: { readonly extension: Param }) =>
    `không hỗ trợ loại tệp ${q(p.extension)} (chỉ nhận .xlsx, .docx, .html, .htm, .tsv, .txt)`,
  sheet_not_found: (p: { readonly sheet: Param; readonly available: Param }) => `không có trang tính ${q(p.sheet)}; các trang có trong tệp: ${p.available}`,
  table_not_found: () =>
    "không tìm thấy bảng nhiệm vụ (cần một dòng tiêu đề có các cột như “Nội dung/Nhiệm vụ”, “Tiến độ/Thời gian”, “Đơn vị thực hiện”)",
  year_not_found: () => "không xác định được năm kế hoạch; hãy ghi năm trong tiêu đề hoặc chọn năm (--year)",
  year_invalid: (p: { readonly value: Param }) => `năm ${q(p.value)} không hợp lệ (cần 4 chữ số, ví dụ 2024)`,
  output_exists: (p: { readonly path: Param }) => `tệp ${q(p.path)} đã có; chọn tên khác để không ghi đè dữ liệu`,
  agency_date_invalid: (p: { readonly label: Param; readonly value: Param }) => `mục ${q(p.label)}: không hiểu ngày ${q(p.value)} (ghi theo dạng ngày/tháng/năm, ví dụ 31/10/2024)`,
  sheet_not_owned: (p: { readonly sheet: Param }) =>
    `trang tính ${q(p.sheet)} đã có và không phải do Trợ lý ISO tạo; hãy đổi tên trang đó rồi chạy lại (không có gì bị ghi)`,
  workbook_unusable: (p: { readonly problem: Param; readonly path: Param }) => {
    const save = "hãy mở tệp bằng Excel hoặc LibreOffice Calc, chọn Lưu thành › Excel Workbook (.xlsx) rồi chạy lại với tệp mới";
    switch (p.problem) {
      case "encrypted":
        return `tệp ${q(p.path)} được đặt mật khẩu mở nên không đọc, ghi được; hãy mở bằng Excel, bỏ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc › Mã hoá bằng mật khẩu, xoá mật khẩu), lưu lại rồi chạy lại`;
      case "legacy_xls":
        return `tệp ${q(p.path)} là định dạng Excel 97-2003 (.xls) cũ; ${save}`;
      case "strict":
        return `tệp ${q(p.path)} được lưu dạng "Strict Open XML Spreadsheet" mà Trợ lý ISO không đọc được; ${save}`;
      case "binary":
        return `tệp ${q(p.path)} là sổ làm việc nhị phân (.xlsb); ${save}`;
      default:
        return `tệp ${q(p.path)} không phải sổ làm việc Excel dạng .xlsx, .xlsm hoặc đã bị hỏng (có thể chỉ bị đổi đuôi); ${save}`;
    }
  },
  output_extension_mismatch: (p: { readonly expected: Param; readonly input?: Param; readonly path: Param }) =>
    p.expected === ".xlsm"
      ? `tệp ${q(p.input)} có macro nên kết quả cũng phải là tệp .xlsm (Excel không mở tệp có macro mang đuôi .xlsx); hãy đặt tên ${q(p.path)} với đuôi .xlsm`
      : `tệp kết quả ${q(p.path)} phải có đuôi ${p.expected}${p.input ? ` như tệp ${q(p.input)}` : ""}; hãy đổi tên tệp kết quả`,
  output_paths_same: (p: { readonly path: Param }) =>
    `-o và --docx cùng chỉ tới tệp ${q(p.path)}: báo cáo .xlsx và .docx cần hai tệp khác nhau (không có gì được ghi)`,
  output_extension: (p: { readonly path: Param; readonly option: Param; readonly expected: Param }) => `tệp kết quả ${q(p.path)} của ${p.option} phải có đuôi ${p.expected} (không có gì được ghi)`,
  output_is_input: (p: { readonly path: Param }) => `tệp kết quả ${q(p.path)} trùng với tệp đầu vào; hãy chọn tên khác để không ghi đè dữ liệu`,
  file_unwritable: (p: { readonly reason: Param; readonly path: Param }) =>
    p.reason === "locked"
      ? `không ghi được tệp ${q(p.path)}: tệp đang mở trong chương trình khác hoặc không có quyền ghi; hãy đóng tệp rồi chạy lại`
      : p.reason === "directory"
        ? `không ghi được ${q(p.path)}: đây là một thư mục, hãy ghi tên tệp`
        : `không ghi được tệp ${q(p.path)}: kiểm tra lại thư mục và quyền ghi`,
  option_invalid: (p: { readonly option: Param; readonly reason: Param }) => `tuỳ chọn ${q(p.option)} không hợp lệ: ${p.reason}`,
  formula_text_kept: (p: { readonly prefix: Param }) =>
    `ô chứa nội dung bắt đầu bằng ${q(p.prefix)}; đã giữ nguyên dưới dạng văn bản, không phải công thức`,
};
