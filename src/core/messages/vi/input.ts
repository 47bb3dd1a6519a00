import { q, type Param } from "../quote";

/** 100000000 → "100.000.000". */
const thousands = (v: string | number | undefined) => String(v ?? "").replace(/\B(?=(\d{3})+(?!\d))/g, ".");

/** Messages about unusable input: files, sheets, tables. */
export const inputMessages = {
  file_not_found: (p: { readonly path: Param }) => `không tìm thấy tệp ${q(p.path)}`,
  file_unreadable: (p: { readonly path: Param; readonly reason: Param }) => `không đọc được tệp ${q(p.path)}: ${p.reason}`,
  file_corrupt: (p: { readonly path: Param; readonly kind: Param }) =>
    `tệp ${q(p.path)} bị hỏng hoặc không phải tệp ${p.kind} thật (có thể chỉ bị đổi đuôi); hãy mở và lưu lại tệp bằng Excel/Word rồi thử lại`,
  file_kind_mismatch: (p: { readonly path: Param; readonly extension: Param; readonly what: Param }) => {
    const what: Record<string, string> = {
      text: "văn bản thuần (ví dụ tệp .tsv, .csv hay .txt được đổi đuôi)",
      html: "trang web (HTML)",
      pdf: "tệp PDF",
      ole: "tệp Office đời cũ (97–2003, .xls/.doc) hoặc tệp được đặt mật khẩu mở",
    };
    const fix: Record<string, string> = {
      text: "hãy đặt lại đúng đuôi (.tsv, .txt, .csv)",
      html: "hãy đặt lại đuôi .html",
      pdf: "Trợ lý ISO không đọc PDF; hãy dùng tệp .docx hoặc .xlsx gốc",
      ole: "hãy mở bằng Excel/Word, bỏ mật khẩu nếu có, rồi lưu lại dạng .xlsx/.docx",
    };
    return `tệp ${q(p.path)} có đuôi ${p.extension} nhưng nội dung là ${what[String(p.what)] ?? String(p.what)}, không phải tệp ${p.extension} (Office Open XML); ${fix[String(p.what)] ?? "hãy kiểm tra lại tệp"}`;
  },
  sheet_too_large: (p: { readonly path: Param; readonly sheet: Param; readonly rows: Param; readonly columns: Param }) =>
    `trang tính ${q(p.sheet)} của tệp ${q(p.path)} có dữ liệu trải ${thousands(p.rows)} dòng × ${thousands(p.columns)} cột, quá lớn để đọc một lần (tệp không hỏng); hãy xoá các ô thừa ở xa bảng hoặc tách dữ liệu thành nhiều tệp`,
  report_needs_workbook: (p: { readonly path: Param; readonly kind: Param }) => {
    const what: Record<string, string> = {
      tsv: "bảng văn bản (.tsv/.txt)",
      csv: "bảng văn bản (.csv)",
      docx: "văn bản Word (.docx)",
      html: "trang web (.html)",
    };
    return `tệp ${q(p.path)} là ${what[String(p.kind)] ?? "loại tệp khác"}; lệnh report đọc sổ theo dõi .xlsx (tạo bằng "iso-assistant init" hoặc "iso-assistant import KẾ_HOẠCH -o SỔ.xlsx"). Kế hoạch hay danh sách hồ sơ ở dạng này hãy nhập vào sổ trước, bằng "import" hoặc "dossiers … -o SỔ.xlsx"`;
  },
  input_is_directory: (p: { readonly path: Param }) => `${q(p.path)} là một thư mục, không phải tệp; hãy ghi tên tệp cần đọc (ví dụ ${q("ke-hoach.xlsx")})`,
  path_too_long: (p: { readonly path: Param }) =>
    `đường dẫn ${q(p.path)} quá dài hoặc thư mục lồng nhau quá sâu nên hệ thống không mở được; hãy chép tệp sang thư mục ngắn hơn (ví dụ ngay trong ổ đĩa) rồi chạy lại`,
  working_folder_missing: (p: { readonly path: Param }) =>
    `thư mục đang làm việc ${q(p.path)} không còn nữa (có thể đã bị xoá hoặc đổi tên); hãy chuyển sang một thư mục có thật rồi chạy lại`,
  file_empty: (p: { readonly path: Param; readonly extension: Param }) =>
    `tệp ${q(p.path)} rỗng (0 byte), không có nội dung ${p.extension}; có thể tệp chưa được lưu xong hoặc bị cắt khi chép, hãy lấy lại bản gốc`,
  file_too_large: (p: { readonly path: Param; readonly part: Param; readonly size: Param; readonly limit: Param }) =>
    `tệp ${q(p.path)} quá lớn để đọc một lần (tệp không hỏng): phần ${q(p.part)} giải nén ra ${thousands(p.size)} MB, vượt giới hạn ${thousands(p.limit)} MB; hãy tách dữ liệu thành nhiều tệp nhỏ hơn (ví dụ mỗi quý một tệp) hoặc lưu riêng trang tính cần dùng`,
  text_too_large: (p: { readonly path: Param; readonly size: Param; readonly limit: Param }) =>
    `tệp văn bản ${q(p.path)} có ${thousands(p.size)} MB, quá ${thousands(p.limit)} MB có thể đọc một lần (một kế hoạch hay bảng số liệu chỉ vài MB); hãy kiểm tra lại tệp, tách thành nhiều tệp nhỏ hơn, hoặc lưu danh sách hồ sơ dạng .xlsx hay văn bản UTF-8 (.tsv) để đọc từng dòng`,
  file_encoding: (p: { readonly path: Param }) =>
    `không xác định được bảng mã của tệp ${q(p.path)} (không phải UTF-8, UTF-16, và đọc theo TCVN3, VNI hay Windows-1258 đều không ra chữ tiếng Việt rõ ràng); hãy mở tệp bằng Word, chuyển sang Unicode rồi lưu dạng "Unicode (UTF-8)" và thử lại`,
  legacy_encoding_converted: (p: { readonly cells: Param; readonly encoding: Param; readonly evidence: Param }) =>
    `đã chuyển chữ của ${p.cells} ô từ bảng mã ${p.encoding} sang Unicode (${p.evidence === "font" ? "theo phông chữ của văn bản" : "nhận ra từ nội dung"}); hãy soát lại chữ trong vùng này`,
  file_type_unsupported: (p: { readonly extension: Param }) => `không hỗ trợ loại tệp ${q(p.extension)} (chỉ nhận .xlsx, .docx, .html, .htm, .tsv, .csv, .txt)`,
  sheet_not_found: (p: { readonly sheet: Param; readonly available: Param }) => `không có trang tính ${q(p.sheet)}; các trang có trong tệp: ${p.available}`,
  table_not_found: () => "không tìm thấy bảng nhiệm vụ (cần một dòng tiêu đề có các cột như “Nội dung/Nhiệm vụ”, “Tiến độ/Thời gian”, “Đơn vị thực hiện”)",
  year_not_found: () => "không xác định được năm kế hoạch; hãy ghi năm trong tiêu đề hoặc chọn năm (--year)",
  year_invalid: (p: { readonly value: Param }) => `năm ${q(p.value)} không hợp lệ (cần 4 chữ số, ví dụ 2024)`,
  output_exists: (p: { readonly path: Param }) => `tệp ${q(p.path)} đã có; chọn tên khác để không ghi đè dữ liệu`,
  agency_date_invalid: (p: { readonly label: Param; readonly value: Param }) =>
    `mục ${q(p.label)}: không hiểu ngày ${q(p.value)} (ghi theo dạng ngày/tháng/năm, ví dụ 31/10/2024)`,
  sheet_not_owned: (p: { readonly sheet: Param }) =>
    `trang tính ${q(p.sheet)} đã có và không phải do Trợ lý ISO tạo; hãy đổi tên trang đó rồi chạy lại (không có gì bị ghi)`,
  owned_sheet_objects: (p: { readonly kind: Param }) => {
    const what = p.kind === "notes" ? "ghi chú" : p.kind === "drawings" ? "biểu đồ, hình ảnh hoặc hình vẽ" : "đối tượng (PivotTable, nút điều khiển…)";
    return `trang tính của Trợ lý ISO này có ${what} do bạn thêm vào (từ ô này); khi ghi, trang được tạo lại toàn bộ nên ${what} sẽ bị mất: hãy chuyển sang trang tính khác hoặc xoá rồi chạy lại (không có gì bị ghi)`;
  },
  workbook_unusable: (p: { readonly problem: Param; readonly path: Param; readonly part?: Param }) => {
    const save = "hãy mở tệp bằng Excel hoặc LibreOffice Calc, chọn Lưu thành › Excel Workbook (.xlsx) rồi chạy lại với tệp mới";
    switch (p.problem) {
      case "damaged":
        return `tệp ${q(p.path)} bị hỏng: phần ${q(p.part)} bên trong tệp không đọc được nên không ghi được các trang của Trợ lý ISO vào (không có gì bị ghi); ${save}`;
      case "protected":
        return p.part
          ? `trang tính ${q(p.part)} trong tệp ${q(p.path)} đang được bảo vệ nên Excel không cho sửa, và Trợ lý ISO cũng không ghi vào; hãy bỏ bảo vệ (Xem lại › Bỏ bảo vệ trang tính) rồi chạy lại (không có gì bị ghi)`
          : `tệp ${q(p.path)} được bảo vệ cấu trúc ("Sổ làm việc được bảo vệ và không thể thay đổi", như Excel báo) nên không thêm được trang tính; hãy bỏ bảo vệ (Xem lại › Bảo vệ sổ làm việc) rồi chạy lại (không có gì bị ghi)`;
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
  span_capped: (p: { readonly unit: Param; readonly others: Param; readonly declared: Param; readonly kept: Param }) => {
    const unit = p.unit === "rows" ? "dòng" : "cột";
    const others = Number(p.others) > 0 ? ` (cùng ${thousands(p.others)} ô gộp khác)` : "";
    return `ô gộp khai báo trải ${thousands(p.declared)} ${unit} nhưng bảng thật chỉ còn ${thousands(p.kept)} ${unit}; đã giới hạn ô gộp trong bảng${others}. Tệp có thể bị hỏng hoặc được tạo bất thường, hãy kiểm tra lại bảng`;
  },
  cell_text_too_long: (p: { readonly length: Param; readonly limit: Param }) =>
    `ô có ${thousands(p.length)} ký tự, quá giới hạn ${thousands(p.limit)} ký tự một ô của Excel; chỉ giữ ${thousands(p.limit)} ký tự đầu, phần còn lại không được ghi`,
  output_paths_same: (p: { readonly path: Param }) =>
    `-o và --docx cùng chỉ tới tệp ${q(p.path)}: báo cáo .xlsx và .docx cần hai tệp khác nhau (không có gì được ghi)`,
  output_extension: (p: { readonly path: Param; readonly option: Param; readonly expected: Param }) =>
    `tệp kết quả ${q(p.path)} của ${p.option} phải có đuôi ${p.expected} (không có gì được ghi)`,
  output_is_input: (p: { readonly path: Param }) => `tệp kết quả ${q(p.path)} trùng với tệp đầu vào; hãy chọn tên khác để không ghi đè dữ liệu`,
  file_unwritable: (p: { readonly reason: Param; readonly path: Param }) =>
    p.reason === "locked"
      ? `không ghi được tệp ${q(p.path)}: tệp đang mở trong chương trình khác hoặc không có quyền ghi; hãy đóng tệp rồi chạy lại`
      : p.reason === "directory"
        ? `không ghi được ${q(p.path)}: đây là một thư mục, hãy ghi tên tệp`
        : p.reason === "full"
          ? `không ghi được tệp ${q(p.path)}: ổ đĩa đã đầy hoặc tệp vượt giới hạn dung lượng; tệp cũ (nếu có) vẫn giữ nguyên, hãy giải phóng chỗ trống rồi chạy lại`
          : `không ghi được tệp ${q(p.path)}: kiểm tra lại thư mục và quyền ghi (tệp cũ, nếu có, vẫn giữ nguyên)`,
  option_invalid: (p: { readonly option: Param; readonly reason: Param }) => `tuỳ chọn ${q(p.option)} không hợp lệ: ${p.reason}`,
  cells_out_of_range: (p: { readonly count: Param }) =>
    `đã bỏ qua ${thousands(p.count)} ô nằm ngoài giới hạn trang tính của Excel, từ dòng 1 đến 1.048.576 và cột A đến XFD, hoặc ở quá xa bảng (từ ô này); tệp có thể được tạo bất thường, hãy kiểm tra lại`,
  cells_far_from_table: (p: { readonly count: Param; readonly rows: Param; readonly columns: Param }) =>
    `đã bỏ qua ${thousands(p.count)} ô có dữ liệu nằm quá xa phần bảng còn lại (từ ô này; bảng được đọc gồm ${thousands(p.rows)} dòng × ${thousands(p.columns)} cột); ô ở xa như vậy thường do gõ nhầm hoặc tệp được tạo bất thường, hãy xoá ô đó hoặc chuyển về gần bảng nếu cần`,
  plan_too_many_rows: (p: { readonly count: Param; readonly limit: Param }) =>
    `bảng có ${thousands(p.count)} dòng, quá ${thousands(p.limit)} dòng đọc được như phụ lục kế hoạch (một kế hoạch chỉ vài chục nhiệm vụ; từ ô này trở đi): đây không phải bảng nhiệm vụ của kế hoạch, hãy chọn đúng bảng hoặc tệp`,
  row_too_long: (p: { readonly count: Param; readonly limit: Param }) =>
    `${thousands(p.count)} dòng dài quá ${thousands(p.limit)} ký tự (một dòng danh sách hồ sơ chỉ vài trăm ký tự): chỉ đọc phần đầu mỗi dòng đó, phần còn lại bị bỏ qua; tệp có thể bị hỏng hoặc được tạo bất thường, hãy kiểm tra lại`,
  read_time_exceeded: (p: { readonly seconds: Param; readonly row: Param }) =>
    `${String(p.row) !== "0" ? `đọc trang tính quá ${p.seconds} giây mới đến dòng ${thousands(p.row)}` : `đọc trang tính quá ${p.seconds} giây mà chưa gặp dòng dữ liệu nào`} nên đã dừng, không đưa ra số liệu thiếu; tệp quá lớn, hãy tách danh sách thành nhiều tệp nhỏ hơn (ví dụ mỗi quý một tệp)`,
  text_characters_removed: (p: { readonly count: Param }) =>
    `đã bỏ ${thousands(p.count)} ký tự điều khiển hoặc ký tự không hợp lệ (như U+0001, U+FFFF) mà tệp Excel, Word không được chứa (từ ô này); phần chữ còn lại giữ nguyên, hãy kiểm tra lại ô này`,
  formula_text_kept: (p: { readonly prefix: Param }) => `ô chứa nội dung bắt đầu bằng ${q(p.prefix)}; đã giữ nguyên dưới dạng văn bản, không phải công thức`,
};
