/**
 * Texts of the tracking workbook's sheets: sheet names, headers, labels, hints and notes.
 * The sheet builders write them and the sheet readers recognise them, from these same entries.
 */

/** Names of the sheets the add-in owns (a re-run replaces them). */
const sheetNames = {
  instructions: "Hướng dẫn",
  agency: "Thông tin",
  tasks: "Nhiệm vụ",
  units: "Đơn vị",
  dossiers: "Hồ sơ TTHC",
  budget: "Kinh phí",
  holidays: "Ngày nghỉ",
  findings: "Kiểm tra",
  report: "Báo cáo",
  narrative: "Nhận xét",
} as const;

/** A label and a hint for one row of the "Thông tin" sheet. */
const field = (label: string, hint: string) => ({ label, hint });

export const workbookMessages = {
  sheetNames,

  /** Status choices of a task, in dropdown order. */
  taskStatuses: { notStarted: "Chưa thực hiện", inProgress: "Đang thực hiện", done: "Hoàn thành", notDone: "Không thực hiện" },

  /** Label of a total row (dossier and budget sheets, report tables); readers find totals by it. */
  total: "Tổng cộng",

  /** The "Nhiệm vụ" sheet. */
  tasks: {
    headers: {
      no: "STT",
      group: "Nhóm nhiệm vụ",
      task: "Nội dung/Nhiệm vụ",
      output: "Hoạt động/Sản phẩm",
      timing: "Tiến độ/Thời gian",
      start: "Từ ngày",
      end: "Đến ngày",
      lead: "Đơn vị chủ trì",
      support: "Đơn vị phối hợp",
      status: "Trạng thái",
      evidence: "Minh chứng",
      note: "Ghi chú",
      subject: "Đơn vị được kiểm tra, đánh giá, hỗ trợ",
    },
    statusPrompt: "Chọn trạng thái thực hiện",
    statusError: "Trạng thái phải chọn trong danh sách",
    unitPrompt: "Chọn đơn vị trong danh mục (trang Đơn vị) hoặc ghi nhiều đơn vị, cách nhau bằng dấu ;",
  },

  /** The "Thông tin" sheet: column headers, each field's label (read back by meaning) and hint, default values. */
  agency: {
    headers: { label: "Mục", value: "Giá trị", hint: "Ghi chú", confirm: "Xác nhận" },
    /**
     * The "Xác nhận" column: a value Trợ lý ISO proposed (a default, or read from the plan, the
     * export or last year's report) is "Đề xuất" until the user confirms it ("Đã xác nhận").
     * A blank cell beside a filled value reads as confirmed (workbooks made before the column).
     */
    confirm: {
      proposed: "Đề xuất",
      confirmed: "Đã xác nhận",
      prompt: "Chọn “Đã xác nhận” khi giá trị ở cột Giá trị là đúng",
    },
    /** The proposals not yet confirmed, as one item a final report still needs. */
    proposedItems: (p: { count: number }) => `${p.count} mục đề xuất của trang “Thông tin” chưa được xác nhận`,
    /** The data period and as-of date not yet confirmed. */
    periodItem: "Kỳ số liệu và ngày chốt (đề xuất, chưa xác nhận)",
    fields: {
      governingBody: field("Cơ quan chủ quản", "Viết hoa, ví dụ: UBND TỈNH NINH THUẬN"),
      agencyName: field("Tên cơ quan (viết hoa)", "Ví dụ: SỞ Y TẾ"),
      agencyShortName: field("Tên cơ quan trong câu văn", "Ví dụ: Sở Y tế"),
      abbreviation: field("Chữ viết tắt trong số văn bản", "Ví dụ: SYT (Số: …/BC-SYT)"),
      placeName: field("Địa danh", "Ví dụ: Ninh Thuận"),
      year: field("Năm báo cáo", "Năm của kế hoạch và báo cáo, ví dụ 2024"),
      documentNumber: field("Số văn bản", "Để trống nếu văn thư cấp số sau khi ký"),
      reportDate: field("Ngày báo cáo", "Để trống để in “ngày … tháng … năm …”"),
      periodStart: field("Số liệu từ ngày", "Ngày đầu kỳ báo cáo: hồ sơ tiếp nhận trước ngày này không tính vào kỳ"),
      periodEnd: field("Số liệu đến ngày", "Ngày cuối kỳ báo cáo: hồ sơ tiếp nhận sau ngày này không tính vào kỳ"),
      asOf: field("Ngày chốt số liệu", "Hồ sơ đang giải quyết được xét trong hạn hay quá hạn tại ngày này; không sau ngày lập báo cáo"),
      recipientTo: field("Kính gửi", "Ví dụ: Sở Khoa học và Công nghệ"),
      signingAuthority: field("Quyền hạn ký", "Ví dụ: KT. GIÁM ĐỐC (để trống nếu Giám đốc ký)"),
      signerTitle: field("Chức vụ người ký", "Ví dụ: PHÓ GIÁM ĐỐC"),
      signerName: field("Họ và tên người ký", "Không ghi học hàm, học vị"),
      recipients: field("Nơi nhận", "Mỗi nơi nhận một dòng (Alt+Enter)"),
      draftingUnit: field("Đơn vị soạn thảo (viết tắt)", "Ví dụ: VP → “Lưu: VT, VP.”"),
      planReference: field("Kế hoạch ISO năm", "Ví dụ: Kế hoạch số 733/KH-SYT ngày 28/02/2024 của Sở Y tế"),
      budgetDecision: field("Quyết định giao kinh phí", "Ví dụ: Quyết định số 155/QĐ-UBND ngày 13/3/2024 của Chủ tịch UBND tỉnh"),
      scope: field("Phạm vi áp dụng (các lĩnh vực)", "Các lĩnh vực TTHC áp dụng HTQLCL"),
    },
    /** Values a new workbook starts with (the user edits them). */
    defaults: {
      recipientTo: "Sở Khoa học và Công nghệ",
      signerTitle: "GIÁM ĐỐC",
      recipients: ["Sở Khoa học và Công nghệ;", "Lãnh đạo Sở;"],
      draftingUnit: "VP",
    },
  },

  /** The "Hồ sơ TTHC" sheet. */
  dossiers: {
    /** The field label of counts read without a field (lĩnh vực) column. */
    noField: "(không ghi lĩnh vực)",
    headers: {
      no: "TT",
      field: "Lĩnh vực",
      received: "Tiếp nhận",
      early: "Trước hạn",
      onTime: "Đúng hạn",
      late: "Quá hạn",
      supplement: "Yêu cầu bổ sung",
      withdrawn: "Rút hồ sơ",
      stopped: "Dừng xử lý",
      pendingInTime: "Đang giải quyết trong hạn",
      pendingOverdue: "Đang giải quyết quá hạn",
      resolved: "Đã giải quyết",
      rateA: "Tỷ lệ đúng hạn (A)",
      rateB: "Tỷ lệ trên tiếp nhận (B)",
      rateC: "Tỷ lệ QĐ 766 (C)",
      rateD: "Tỷ lệ trên số đến hạn (D)",
      check: "Kiểm tra",
    },
    /** What the check column shows when a row's parts do not add up. */
    partsMismatch: "Các phần không cộng đủ số tiếp nhận",
    /** A quantity the sheet leaves blank, as the task pane lists it ("Số hồ sơ đang giải quyết"). */
    missingItem: (p: { quantity: string }) => `${p.quantity.charAt(0).toLocaleUpperCase("vi")}${p.quantity.slice(1)}`,
    /** What the check column shows when a row has received dossiers but its outcome columns are blank. */
    partsMissing: "Chưa đủ số liệu để kiểm tra",
    notes: {
      rateA: "Tỷ lệ đúng hạn (A) = (trước hạn + đúng hạn) / đã giải quyết; đã giải quyết = trước hạn + đúng hạn + quá hạn.",
      rateB: "Tỷ lệ trên tiếp nhận (B, NĐ 61/2018) = (trước hạn + đúng hạn) / tiếp nhận.",
      rateC: "Tỷ lệ QĐ 766 (C) = (trước hạn + đúng hạn + yêu cầu bổ sung + rút hồ sơ + dừng xử lý + đang giải quyết trong hạn) / tiếp nhận.",
      rateD: "Tỷ lệ trên số đến hạn (D) = (trước hạn + đúng hạn) / (đã giải quyết + đang giải quyết quá hạn).",
      combined: "Nếu số liệu gốc gộp “trước hạn và đúng hạn” trong một cột, số đó được ghi vào cột “Đúng hạn” và cột “Trước hạn” để 0; các tỷ lệ không đổi.",
      parts: "Tiếp nhận = đã giải quyết + yêu cầu bổ sung + rút hồ sơ + dừng xử lý + đang giải quyết (trong hạn và quá hạn).",
      blank: "Ô số liệu để trống: số liệu gốc không có số này (không phải số 0); các tỷ lệ cần số đó cũng để trống.",
    },
    /** Above the rows that keep what the user wrote in her own columns for fields a new export no longer has. */
    keptNotes: "Ghi chú riêng của lĩnh vực không có trong số liệu mới (giữ từ lần nhập trước):",
  },

  /** The "Kinh phí" sheet; category labels also name a new workbook's template lines. */
  budget: {
    grantedTitle: (p: { year: number }) => `A. KINH PHÍ ĐƯỢC CẤP VÀ ĐÃ GIẢI NGÂN NĂM ${p.year}`,
    estimateTitle: (p: { year: number }) => `B. DỰ TOÁN KINH PHÍ NĂM ${p.year}`,
    /** The estimate as a thing to fill (the routine's list of what the report still needs). */
    estimateLabel: (p: { year: number }) => `DỰ TOÁN KINH PHÍ NĂM ${p.year}`,
    headers: {
      no: "TT",
      item: "Nội dung",
      category: "Loại",
      granted: "Kinh phí được cấp (đồng)",
      disbursed: "Đã giải ngân (đồng)",
      note: "Ghi chú",
      amount: "Kinh phí (đồng)",
      explanation: "Giải trình",
    },
    categories: { firstBuild: "Xây dựng lần đầu", expansion: "Mở rộng", maintenance: "Duy trì", other: "Khác" },
    maintenanceExplanation: "Tiếp tục duy trì, áp dụng HTQLCL",
  },

  /** The "Đơn vị" sheet (the unit registry). */
  units: {
    headers: { name: "Tên đơn vị", aliases: "Cách viết khác, viết tắt (cách nhau bằng dấu ;)" },
  },

  /** The "Kiểm tra" sheet. */
  findings: {
    headers: { severity: "Mức độ", location: "Vị trí", message: "Nội dung" },
    none: "Không có lỗi hay cảnh báo nào.",
    notRun: "Chưa kiểm tra: kết quả sẽ ghi ở đây khi nhập kế hoạch, bấm Kiểm tra hoặc tạo báo cáo.",
  },

  /** The "Ngày nghỉ" sheet. */
  holidays: {
    headers: { date: "Ngày", weekday: "Thứ", name: "Tên ngày nghỉ, ngày làm bù", kind: "Loại", source: "Căn cứ" },
    kinds: { dayOff: "Nghỉ", makeUpDay: "Làm bù" },
    weekdays: ["Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"],
    names: {
      newYear: "Tết Dương lịch",
      lunarNewYear: "Tết Nguyên đán",
      hungKings: "Giỗ Tổ Hùng Vương (10/3 âm lịch)",
      reunification: "Ngày Chiến thắng (30/4)",
      labourDay: "Ngày Quốc tế Lao động (01/5)",
      nationalDay: "Quốc khánh (02/9)",
      nationalDayAdjacent: "Quốc khánh (ngày liền kề)",
    },
    compensatory: (p: { name: string }) => `Nghỉ bù: ${p.name} trùng ngày nghỉ hằng tuần`,
    swapped: (p: { name: string; makeUp: string }) => `Nghỉ hoán đổi dịp ${p.name}, làm bù ngày ${p.makeUp}`,
    makeUp: (p: { swapped: string }) => `Làm bù cho ngày nghỉ hoán đổi ${p.swapped}`,
    provisional: (p: { name: string }) => `${p.name} (dự kiến)`,
    sources: {
      law: "Bộ luật Lao động 2019, Điều 111, 112",
      tb5015: "Thông báo 5015/TB-LĐTBXH ngày 22/11/2023 của Bộ Lao động - Thương binh và Xã hội",
      cv2450: "Công văn 2450/VPCP-KGVX ngày 12/4/2024 của Văn phòng Chính phủ",
      cv8726: "Công văn 8726/VPCP-KGVX ngày 26/11/2024 của Văn phòng Chính phủ",
      newYear2026: "Ý kiến của Phó Thủ tướng Chính phủ ngày 25/12/2025 (Văn phòng Chính phủ), thông báo của Bộ Nội vụ",
      tet2026: "Phương án nghỉ Tết Bính Ngọ 2026 Thủ tướng Chính phủ đã chốt (14/02–22/02/2026)",
      provisional: "Dự kiến theo Bộ luật Lao động 2019, Điều 111, 112: chưa có thông báo của năm, sửa theo thông báo khi có",
    },
  },

  /** The "Hướng dẫn" sheet, line by line. */
  instructions: {
    title: (p: { year: number }) => `Sổ theo dõi ISO năm ${p.year}`,
    intro: "Sổ này do Trợ lý ISO tạo. Mỗi trang có một việc; báo cáo cuối năm lấy số liệu từ các trang này.",
    agency: `${sheetNames.agency}: thông tin cơ quan, người ký, nơi nhận, kỳ số liệu. Điền một lần mỗi năm.`,
    tasks: `${sheetNames.tasks}: nhiệm vụ của kế hoạch năm (nhập từ phụ lục kế hoạch). Cập nhật cột Trạng thái và Minh chứng (số, ký hiệu, ngày văn bản, ví dụ “Quyết định số 386/QĐ-SYT ngày 27/9/2024”).`,
    dossiers: `${sheetNames.dossiers}: số hồ sơ thủ tục hành chính theo lĩnh vực. Nhập số liệu hoặc nhập danh sách hồ sơ từ phần mềm một cửa; cột Đã giải quyết, tỷ lệ và kiểm tra tự tính.`,
    budget: `${sheetNames.budget}: kinh phí được cấp, đã giải ngân trong năm và dự toán năm sau kèm giải trình.`,
    units: `${sheetNames.units}: danh mục đơn vị (tên chính thức và cách viết tắt). Trợ lý ISO dùng danh mục này để kiểm tra cột đơn vị thực hiện.`,
    holidays: `${sheetNames.holidays}: ngày nghỉ lễ, Tết và ngày làm bù của năm; sửa theo thông báo hằng năm của Chính phủ.`,
    findings: `${sheetNames.findings}: kết quả kiểm tra lần gần nhất (lỗi, cảnh báo kèm ô cần sửa).`,
    report: `${sheetNames.report}: báo cáo kết quả triển khai ISO theo thể thức Nghị định 30/2020/NĐ-CP. Số liệu trong báo cáo là công thức trỏ về các trang trên, sửa số liệu thì báo cáo tự cập nhật. Báo cáo còn thiếu văn bản, thông tin chưa xác nhận hay còn lỗi thì có chữ DỰ THẢO.`,
    narrative: `${sheetNames.narrative}: các đoạn nhận xét của báo cáo và kết quả tám mục của phần I. Đoạn chưa sửa được viết lại từ số liệu mỗi lần tạo báo cáo; đoạn đã sửa được giữ nguyên và đối chiếu với số liệu (cột ghi chú cho biết đoạn đã sửa, số liệu đã thay đổi).`,
    routineTitle: "Quy trình hằng năm:",
    routineStart: "1. Tháng 1: nhập phụ lục kế hoạch năm, kiểm tra lỗi, bổ sung danh mục đơn vị.",
    routineDuring: "2. Trong năm: cập nhật trạng thái, minh chứng nhiệm vụ; số liệu hồ sơ; kinh phí.",
    routineEnd:
      "3. Cuối năm: tạo báo cáo; đọc trang Nhận xét, sửa đoạn cần sửa, ghi văn bản (số, ký hiệu) hoặc “Không thực hiện vì …” cho mục còn thiếu; khi báo cáo không còn chữ DỰ THẢO thì in, trình ký và gửi Sở Khoa học và Công nghệ.",
    ownedSheetsNote: "Các trang do Trợ lý ISO tạo sẽ được thay mới khi chạy lại lệnh tương ứng; không ghi dữ liệu riêng vào trang Báo cáo và Kiểm tra.",
  },
} as const;
