import { q, type Param } from "../quote";

/** Two sides of an identity of a row of counts that do not agree: "C7:F7 là 10 nhưng G7 là 12" (a type, not an interface: params are records). */
type IdentityMismatch = {
  readonly row: Param;
  readonly identity: Param;
  readonly leftCells: Param;
  readonly left: Param;
  readonly rightCells: Param;
  readonly right: Param;
};

/** Messages about dossier timeliness (hồ sơ TTHC: danh sách hồ sơ, bảng số liệu, Biểu 06/VPCP/KSTT). */
export const dossierMessages = {
  dossier_as_of_invalid: (p: { readonly asOf: Param }) => `ngày chốt số liệu ${q(p.asOf)} không hợp lệ (cần dạng YYYY-MM-DD, ví dụ 2024-12-31)`,
  dossier_table_not_found: () =>
    "không tìm thấy số liệu hồ sơ: cần danh sách hồ sơ (có cột “Ngày tiếp nhận” và “Ngày hẹn trả” hoặc “Ngày trả kết quả”), bảng số liệu theo lĩnh vực, theo cấp hoặc Biểu 06/VPCP/KSTT",
  dossier_no_rows: () => "bảng hồ sơ không có dòng số liệu nào",
  dossier_date_unreadable: (p: { readonly text: Param }) => `không hiểu ngày ${q(p.text)}`,
  dossier_received_missing: () => "hồ sơ chưa có ngày tiếp nhận; dòng này không được tính",
  dossier_due_missing: (p: { readonly status: Param }) =>
    `hồ sơ ở trạng thái ${q(p.status)} chưa có ngày hẹn trả nên không xác định được trước hạn, đúng hạn hay quá hạn; dòng này không được tính`,
  dossier_result_missing: (p: { readonly status: Param }) => `hồ sơ ở trạng thái ${q(p.status)} chưa có ngày trả kết quả; dòng này không được tính`,
  dossier_result_before_received: (p: { readonly result: Param; readonly received: Param }) =>
    `ngày trả kết quả ${q(p.result)} sớm hơn ngày tiếp nhận ${q(p.received)}`,
  dossier_due_before_received: (p: { readonly due: Param; readonly received: Param }) => `ngày hẹn trả ${q(p.due)} sớm hơn ngày tiếp nhận ${q(p.received)}`,
  dossier_received_after_as_of: (p: { readonly count: Param; readonly asOf: Param; readonly firstCell: Param }) =>
    `đã bỏ qua ${p.count} hồ sơ tiếp nhận sau ngày chốt số liệu ${q(p.asOf)} (hồ sơ đầu tiên ở ô ${p.firstCell})`,
  dossier_received_before_period: (p: { readonly count: Param; readonly from: Param; readonly firstCell: Param }) =>
    `${p.count} hồ sơ tiếp nhận trước ngày ${p.from} không tính vào kỳ báo cáo (hồ sơ đầu tiên ở ô ${p.firstCell})`,
  dossier_received_after_period: (p: { readonly count: Param; readonly to: Param; readonly firstCell: Param }) =>
    `${p.count} hồ sơ tiếp nhận sau ngày ${p.to} không tính vào kỳ báo cáo (hồ sơ đầu tiên ở ô ${p.firstCell})`,
  dossier_ended_after_as_of: (p: { readonly count: Param; readonly asOf: Param; readonly firstCell: Param }) =>
    `có ${p.count} hồ sơ có kết quả sau ngày chốt số liệu ${q(p.asOf)} được tính là đang giải quyết tại ngày chốt (hồ sơ đầu tiên ở ô ${p.firstCell})`,
  dossier_status_unknown: (p: { readonly text: Param; readonly count: Param }) =>
    `không nhận ra trạng thái ${q(p.text)} (${p.count} hồ sơ); đã xếp loại theo ngày trả kết quả: có ngày là đã giải quyết, chưa có là đang giải quyết`,
  dossier_status_column_missing: () => "không có cột trạng thái; hồ sơ có ngày trả kết quả được coi là đã giải quyết, còn lại là đang giải quyết",
  dossier_count_unreadable: (p: { readonly text: Param }) => `không hiểu số hồ sơ ${q(p.text)}; ô này được tính là 0`,
  dossier_identity_mismatch: (p: IdentityMismatch) =>
    `dòng ${q(p.row)}: ${p.identity} không khớp: ${p.leftCells} là ${p.left} nhưng ${p.rightCells} là ${p.right}`,
  dossier_parts_mismatch: (p: IdentityMismatch) =>
    `dòng ${q(p.row)}: số tiếp nhận không bằng tổng các phần (${p.identity}): ${p.leftCells} là ${p.left} nhưng ${p.rightCells} là ${p.right}`,
  dossier_total_mismatch: (p: {
    readonly row: Param;
    readonly column: Param;
    readonly totalCell: Param;
    readonly stated: Param;
    readonly cells: Param;
    readonly sum: Param;
  }) => `dòng tổng ${q(p.row)}, cột ${q(p.column)}: ô ${p.totalCell} ghi ${q(p.stated)} nhưng cộng các dòng ${p.cells} được ${p.sum}`,
  dossier_combined_early_on_time: (p: { readonly header: Param }) =>
    `cột ${q(p.header)} gộp trước hạn và đúng hạn; số liệu được tính vào đúng hạn (tỷ lệ đúng hạn không đổi)`,
  dossier_sheet_resolved_unsplit: (p: { readonly count: Param }) =>
    `số liệu gốc có ${p.count} hồ sơ đã giải quyết không tách trước hạn, đúng hạn, quá hạn; trang này chỉ ghi số đã tách: hãy nhập phần tách vào các cột “Trước hạn”, “Đúng hạn”, “Quá hạn” trước khi tạo báo cáo`,
  dossier_sheet_pending_unsplit: (p: { readonly count: Param }) =>
    `số liệu gốc có ${p.count} hồ sơ đang giải quyết không tách trong hạn, quá hạn; trang này chỉ ghi số đã tách: hãy nhập phần tách vào hai cột “Đang giải quyết trong hạn”, “Đang giải quyết quá hạn” trước khi tạo báo cáo (tỷ lệ C và D cần số này)`,
  dossier_sheet_received_missing: (p: { readonly count: Param }) =>
    `số liệu gốc không có số hồ sơ tiếp nhận: cột “Tiếp nhận” được ghi ${p.count}, là tổng các số đã có (đã giải quyết, đang giải quyết…); hãy nhập số tiếp nhận đúng trước khi tạo báo cáo (tỷ lệ B và C cần số này)`,
  dossier_sheet_outside: (p: { readonly items: Param }) =>
    `số liệu gốc có ${p.items}: những hồ sơ này nằm ngoài số tiếp nhận, không vào tỷ lệ nào và trang này không có cột ghi`,
  dossier_sheet_notes_kept: (p: { readonly fields: Param }) =>
    `lĩnh vực ${p.fields} không có trong số liệu mới; những gì đã ghi ở cột riêng cho lĩnh vực này được giữ ở cuối trang, từ ô này`,
  dossier_cumulative_ignored: (p: { readonly cells: Param }) => `cột lũy kế (${p.cells}) không phải số liệu của kỳ báo cáo nên không được tính`,
  dossier_rate_unreadable: (p: { readonly text: Param }) => `không hiểu tỷ lệ ${q(p.text)}; tỷ lệ này không được so sánh`,
  dossier_rate_no_variant: (p: { readonly row: Param; readonly printed: Param; readonly A: Param; readonly B: Param; readonly C: Param; readonly D: Param }) =>
    `dòng ${q(p.row)}: tỷ lệ ghi trong bảng ${q(p.printed)} không khớp cách tính nào: A (trên số đã giải quyết) ${p.A}, ` +
    `B (trên số tiếp nhận) ${p.B}, C (QĐ 766) ${p.C}, D (trên số hồ sơ đến hạn) ${p.D}`,
  dossier_rate_unchecked: (p: { readonly printed: Param; readonly missing: Param }) =>
    `tỷ lệ ghi trong bảng ${q(p.printed)} được giữ nguyên như số liệu gốc: bảng không có ${p.missing} nên không tính lại được tỷ lệ nào để so sánh`,
  dossier_rate_other: (p: { readonly printed: Param; readonly what: Param }) =>
    `cột tỷ lệ (${q(p.printed)}) là ${p.what}, không phải tỷ lệ giải quyết đúng hạn; không dùng để so sánh`,
  dossier_quantities_missing: (p: { readonly missing: Param }) =>
    `bảng không có ${p.missing}; số liệu được đọc theo những gì bảng có, các tỷ lệ cần số còn thiếu để trống`,
  dossier_count_rounded: (p: { readonly cells: Param }) =>
    `số hồ sơ ghi theo hàng nghìn, triệu (${p.cells}) đã được làm tròn: đọc ra số gần đúng, các phép kiểm tra cộng và tỷ lệ chỉ gần đúng`,
  dossier_count_approximate: (p: { readonly cells: Param }) =>
    `số hồ sơ ghi kèm “gần”, “trên”, “hơn”, “khoảng” (${p.cells}) chỉ là số ước lượng: được đọc theo con số ghi, không dùng để kiểm tra cộng`,
  dossier_column_unplaced: (p: { readonly cells: Param }) =>
    `không xếp được cột ${p.cells} vào số liệu nào đã biết (tiếp nhận, đã giải quyết, đang giải quyết…); cột này không được tính`,
  dossier_total_blank: (p: { readonly row: Param; readonly column: Param; readonly totalCell: Param; readonly cells: Param; readonly sum: Param }) =>
    `dòng tổng ${q(p.row)}, cột ${q(p.column)}: ô ${p.totalCell} để trống; cộng các dòng ${p.cells} được ${p.sum}`,
  dossier_part_exceeds: (p: {
    readonly row: Param;
    readonly part: Param;
    readonly partCells: Param;
    readonly partValue: Param;
    readonly whole: Param;
    readonly wholeCell: Param;
    readonly wholeValue: Param;
  }) =>
    `dòng ${q(p.row)}: phần ${q(p.part)} (ô ${p.partCells} là ${p.partValue}) lớn hơn tổng ${q(p.whole)} (ô ${p.wholeCell} là ${p.wholeValue}); một phần không thể lớn hơn tổng của nó`,
  dossier_district_after_reform: (p: { readonly row: Param; readonly period: Param }) =>
    `dòng ${q(p.row)}: kỳ báo cáo bắt đầu ngày ${p.period}, khi cấp huyện đã không còn (chính quyền địa phương hai cấp từ ngày 01/7/2025); hãy kiểm tra lại số liệu của dòng này`,
  dossier_rate_variant: (p: { readonly printed: Param; readonly variant: Param; readonly formula: Param }) =>
    `tỷ lệ ghi trong bảng ${q(p.printed)} được tính theo cách ${p.variant}: ${p.formula}; Trợ lý ISO báo cáo mặc định theo cách A, cả bốn cách đều có trong kết quả`,
};
