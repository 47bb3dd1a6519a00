import { q, type Param } from "../quote";

/** The budget's totals as a sentence names them. */
const totalLabels = { granted: "tổng kinh phí được cấp", disbursed: "tổng kinh phí đã giải ngân", estimate: "tổng dự toán" } as const;
/**
 * Texts of the report's narrative blocks ("Nhận xét" sheet): labels, the standard paragraphs
 * agencies write (seed 001, Sở Y tế Ninh Thuận 2024) and the sentences drafted from the
 * figures. Every draft is plain text the secretary edits in the sheet; one line = one paragraph.
 */
export const narrativeMessages = {
  sheet: {
    headers: {
      block: "Mục của báo cáo",
      text: "Nội dung (sửa trực tiếp; mỗi dòng là một đoạn)",
      source: "Nguồn / ghi chú",
      mark: "Dấu bản nháp (không sửa)",
    },
    /** Column C of a block the product drafted and nobody edited. */
    noteDraft:
      "Bản nháp tự động: được viết lại theo số liệu mỗi lần tạo báo cáo. Khi sửa nội dung, báo cáo giữ nguyên phần đã sửa; xóa hết nội dung ô để viết lại từ số liệu.",
    noteEdited: "Đã sửa tay: báo cáo giữ nguyên nội dung này. Xóa hết nội dung ô để viết lại từ số liệu.",
    noteStale: (p: { list: string }) =>
      `Đã sửa tay nhưng số liệu nay đã khác: ${p.list}. Sửa lại, xóa hết nội dung ô để viết lại từ số liệu, hoặc bấm “Giữ nội dung đã sửa” trong Trợ lý ISO; đến khi đó báo cáo là DỰ THẢO.`,
    /** Added to the note when figures of the block cannot be checked (uncheckedItem, joined). */
    noteUnchecked: (p: { list: string }) =>
      `Chưa kiểm tra được số liệu: ${p.list}. Sửa số tiền ở trang Kinh phí rồi tạo lại báo cáo; đến khi đó báo cáo là DỰ THẢO.`,
    noteConfirmed: "Đã sửa tay và đã xác nhận với số liệu hiện tại.",
    /** Column C of a results-table row. */
    noteItemFromTasks: "Lấy từ văn bản minh chứng của nhiệm vụ tương ứng (trang Nhiệm vụ); tự cập nhật theo trang đó cho đến khi sửa ô này.",
    noteItemMissing:
      "Chưa có văn bản: ghi số, ký hiệu, ngày văn bản (hoặc minh chứng ở trang Nhiệm vụ), hoặc “Không thực hiện vì …”; đến khi đó báo cáo là DỰ THẢO.",
    noteItemOwn: "Đã ghi tay: báo cáo dùng nội dung này. Xóa hết nội dung ô để lấy lại từ trang Nhiệm vụ.",
    noteItemOwnMissing: "Đã ghi tay nhưng chưa có số, ký hiệu văn bản hoặc “Không thực hiện vì …”; đến khi đó báo cáo là DỰ THẢO.",
  },

  /** A figure a block states that the data no longer gives. */
  staleItem: (p: { stated: string; current: string }) => `“${p.stated}” (nay: ${p.current})`,
  /** A figure a block states about a budget total that cannot be computed: no "now" figure, the cell that stops it. */
  uncheckedItem: (p: { stated: string; total: keyof typeof totalLabels; cell: string | null }) =>
    `“${p.stated}” (${totalLabels[p.total]} chưa tính được${p.cell ? ` vì số tiền ở ô ${p.cell} không đọc được` : ""})`,

  /** Label of each block, as the sheet's column A shows it (the reader matches on these). */
  labels: {
    dossierComment: "II.1 — Nhận xét kết quả giải quyết thủ tục hành chính",
    management: "II.1 — Quản lý, điều hành, đào tạo, tập huấn",
    oneStop: "II.1 — Gắn kết với cơ chế một cửa",
    advantages: "II.2.a — Thuận lợi",
    obstacles: "II.2.b — Khó khăn, tồn tại",
    nextYear: "III.1 — Nội dung triển khai năm sau",
    proposals: "IV — Kiến nghị, đề xuất",
  },

  /**
   * Rows of the same sheet for the results table of part I: what each standard item's "Kết quả"
   * says. Filled from the plan's tasks (their documents) until the secretary writes her own (a
   * document's number and date, or "Không thực hiện vì …").
   */
  itemLabels: {
    plan: "I.1 — Kết quả: Kế hoạch năm về HTQLCL",
    objectives: "I.2 — Kết quả: Mục tiêu chất lượng",
    documents: "I.3 — Kết quả: Phê duyệt văn bản, tài liệu, quy trình",
    procedures: "I.4 — Kết quả: Quy trình giải quyết thủ tục hành chính",
    internalAudit: "I.5 — Kết quả: Đánh giá nội bộ",
    managementReview: "I.6 — Kết quả: Họp xem xét của lãnh đạo",
    effectiveness: "I.7 — Kết quả: Xác nhận hiệu lực của hệ thống",
    republication: "I.8 — Kết quả: Công bố lại hệ thống",
  },

  /** Sentences drafted from the dossier figures. `rate` is already formatted ("100%", "98,52%"). */
  dossiers: {
    none: (p: { agency: string }) => `- Trong kỳ báo cáo, ${p.agency} chưa có số liệu hồ sơ thủ tục hành chính.`,
    allOnTime: (p: { rate: string }) =>
      `- Toàn bộ hồ sơ đã giải quyết đều trả kết quả trước hạn hoặc đúng hạn (tỷ lệ giải quyết đúng hạn ${p.rate}), không có hồ sơ trễ hạn.`,
    someLate: (p: { late: number; rate: string }) =>
      `- Còn ${p.late} hồ sơ giải quyết quá hạn, tỷ lệ giải quyết đúng hạn đạt ${p.rate}; cần làm rõ nguyên nhân và biện pháp khắc phục đối với từng hồ sơ.`,
    noneResolved: "- Trong kỳ chưa có hồ sơ được giải quyết xong.",
    resolvedMissing: "- Số liệu hồ sơ chưa có số đã giải quyết (trước hạn, đúng hạn, quá hạn) nên chưa đánh giá được tỷ lệ giải quyết đúng hạn.",
    pendingOverdue: (p: { count: number; date: string }) =>
      `- Đến ngày ${p.date} có ${p.count} hồ sơ đang giải quyết đã quá hạn; cần đôn đốc xử lý và thông báo, xin lỗi tổ chức, cá nhân theo quy định.`,
    pendingInTime: (p: { count: number }) => `- ${p.count} hồ sơ đang giải quyết, còn trong hạn.`,
    standard: (p: { agency: string }) =>
      `Nhìn chung, qua thời gian triển khai thực hiện ISO 9001:2015 tại ${p.agency}, việc giải quyết thủ tục hành chính được kiểm soát theo quy trình, thời hạn giải quyết được theo dõi chặt chẽ.`,
  },

  management: {
    trainingDone: (p: { task: string; evidence: string }) => `+ ${p.task}${p.evidence ? ` (${p.evidence})` : ""}.`,
    standard: (p: { agency: string }) =>
      `+ Lãnh đạo và các phòng chuyên môn cũng như các cá nhân có liên quan trong hệ thống quản lý chất lượng của ${p.agency} nhận thức rõ ý nghĩa và yêu cầu của việc thực hiện quản lý chất lượng theo tiêu chuẩn TCVN ISO 9001:2015. Qua đó quản lý được công việc được giao, xác định rõ trách nhiệm của từng cán bộ, công chức được phân công nhiệm vụ, thấy rõ được công việc đã giải quyết đến công đoạn nào và trách nhiệm thuộc về ai, giúp cho công tác điều hành của lãnh đạo cơ quan cũng như lãnh đạo các phòng đạt hiệu quả hơn.`,
  },

  oneStop: {
    standard:
      "Gắn kết với việc thực hiện quy chế “một cửa”, Hệ thống quản lý chất lượng TCVN ISO 9001:2015 góp phần tích cực trong giải quyết công việc chuyên môn của cơ quan, giúp vận hành cơ chế “một cửa” có hiệu quả hơn. Các hồ sơ tiếp nhận của tổ chức, cá nhân đều có phiếu hẹn trả kết quả, phiếu kiểm soát quá trình xử lý công việc để kiểm soát, theo dõi hồ sơ, thư xin lỗi nếu hồ sơ trễ hẹn; các phòng định kỳ báo cáo kết quả giải quyết thủ tục hành chính.",
  },

  advantages: {
    tasksDone: (p: { done: number; total: number; year: number }) => `- Hoàn thành ${p.done}/${p.total} nhiệm vụ của Kế hoạch ISO năm ${p.year}.`,
    budgetDisbursed: (p: { disbursed: string; granted: string }) => `- Kinh phí được cấp đã giải ngân ${p.disbursed}/${p.granted} đồng.`,
    standard: [
      "- Được sự quan tâm của cơ quan cấp trên trong việc hỗ trợ xây dựng và áp dụng thông qua công tác tập huấn cho đội ngũ cán bộ, công chức.",
      "- Sự quyết tâm của Lãnh đạo cơ quan, tập thể cán bộ, công chức các đơn vị tham gia tích cực trong việc xây dựng, áp dụng và duy trì HTQLCL theo TCVN ISO 9001:2015 vào hoạt động quản lý.",
    ],
  },

  obstacles: {
    intro: "Bên cạnh những thuận lợi trên, việc áp dụng, duy trì HTQLCL theo TCVN ISO 9001:2015 còn gặp một số khó khăn cần khắc phục:",
    /** Followed by the tasks' lines (taskLine), or pointing at the report's Phụ lục when the tasks are many. */
    tasksNotDone: (p: { count: number; year: number; appendix: boolean }) =>
      `- ${p.count} nhiệm vụ của Kế hoạch năm ${p.year} chưa hoàn thành${p.appendix ? " (chi tiết tại Phụ lục)." : ":"}`,
    doneLate: (p: { count: number; appendix: boolean }) =>
      `- ${p.count} nhiệm vụ hoàn thành muộn so với thời gian kế hoạch${p.appendix ? " (chi tiết tại Phụ lục)." : ":"}`,
    evidenceMissing: (p: { count: number; appendix: boolean }) =>
      `- Chưa tập hợp đủ văn bản minh chứng (số, ký hiệu, ngày) cho ${p.count} nhiệm vụ đã hoàn thành${p.appendix ? " (chi tiết tại Phụ lục)." : ":"}`,
    budgetUnused: (p: { disbursed: string; granted: string }) => `- Kinh phí mới giải ngân ${p.disbursed}/${p.granted} đồng được cấp.`,
    late: (p: { late: number }) => `- Còn ${p.late} hồ sơ thủ tục hành chính giải quyết quá hạn.`,
    standard: [
      "- Phần lớn công chức xây dựng và duy trì hệ thống ISO của cơ quan là kiêm nhiệm nên thời gian dành cho việc theo dõi áp dụng và duy trì HTQLCL tại các bộ phận còn hạn chế, ảnh hưởng đến tính hiệu lực của HTQLCL.",
    ],
  },

  nextYear: {
    /** After the plan's lettered list ("h) …"); followed by the tasks' lines when they are few. */
    carryOver: (p: { count: number; year: number; appendix: boolean }) =>
      `Tiếp tục thực hiện ${p.count} nhiệm vụ chưa hoàn thành của năm ${p.year}${p.appendix ? " (chi tiết tại Phụ lục)." : ":"}`,
  },

  /**
   * One task of a short list (five or fewer), by the plan's own number and its full text:
   * "+ Mục II.3: Tổ chức đánh giá nội bộ (đang thực hiện);", the last ending ".".
   */
  taskLine: (p: { label: string; task: string; status: string; last: boolean }) =>
    `+ Mục ${p.label}: ${p.task}${p.status ? ` (${p.status.toLocaleLowerCase("vi")})` : ""}${p.last ? "." : ";"}`,

  proposals: { none: "Không." },

  results: {
    /** A results-table item that no task of the plan answers. */
    noTask: "Không có nhiệm vụ tương ứng trong kế hoạch",
    /** The footnotes of the dossier table: each rate's formula, named once. */
    footnoteA: "(1) Tỷ lệ giải quyết đúng hạn = (trước hạn + đúng hạn) / đã giải quyết (trước hạn + đúng hạn + quá hạn).",
    footnoteC:
      "(2) Tỷ lệ theo Bộ chỉ số QĐ 766/QĐ-TTg = (trước hạn + đúng hạn + yêu cầu bổ sung + rút hồ sơ + dừng xử lý + đang giải quyết trong hạn) / tiếp nhận.",
  },

  /** Words of last year's report the reader relies on. */
  previous: {
    totalLabel: "Tổng cộng",
    /** Note on the "Kinh phí" line filled from last year's estimate. */
    estimateNote: (p: { year: number }) => `Theo dự toán tại báo cáo năm ${p.year}; sửa theo quyết định giao kinh phí`,
    /** The estimate read from last year's report, in the summary line: its total, or why there is none. */
    estimateAmount: (p: { amount: string }) => `${p.amount} đồng`,
    estimateUnknown: "chưa tính được tổng (có số tiền không đọc được)",
  },

  /** Shown in a draft report where a block is empty (never brackets). */
  emptyBlock: (p: { cell: string }) => `(Chưa có nội dung — nhập tại ${p.cell}.)`,
  /** The command line's line about a draft report. */
  draftSummary: (p: { missing: string }) => `Báo cáo là bản nháp (DỰ THẢO), còn thiếu: ${p.missing}.`,
  /** What the report model lists as missing. */
  missing: {
    block: (p: { label: string }) => `Nhận xét: ${p.label}`,
    stale: (p: { label: string; list: string }) => `Nhận xét: ${p.label} — số liệu đã thay đổi: ${p.list}`,
    unchecked: (p: { label: string; list: string }) => `Nhận xét: ${p.label} — chưa kiểm tra được số liệu: ${p.list}`,
    item: (p: { no: number; item: string }) => `Kết quả mục I.${p.no} (${p.item}): chưa có văn bản hoặc lý do không thực hiện`,
    proposal: (p: { label: string }) => `Thông tin: ${p.label} (giá trị đề xuất, chưa xác nhận)`,
    asOf: (p: { label: string }) => `Thông tin: ${p.label} (chưa có)`,
    shortName: (p: { label: string }) => `Thông tin: ${p.label} (câu văn đang ghi “Cơ quan”)`,
    placeholder: (p: { quote: string }) => `Báo cáo còn chữ để trống: “${p.quote}”`,
    errors: (p: { count: number }) => `Kiểm tra: còn ${p.count} lỗi (xem trang Kiểm tra)`,
    signer: "Thông tin: họ tên người ký",
    agency: "Thông tin: tên cơ quan",
    /** A budget total the report could not compute, with the cell of the line that stops it. */
    budgetTotal: (p: { field: "granted" | "disbursed" | "estimate"; cell: string | null }) =>
      `Kinh phí: ${totalLabels[p.field]} chưa tính được${p.cell ? ` (ô ${p.cell})` : ""}`,
  },
} as const;

/** Findings about the narrative blocks and about reading last year's report. */
export const narrativeFindingMessages = {
  narrative_block_empty: (p: { readonly label: Param }) => `mục ${q(p.label)} trống: báo cáo là bản nháp (DỰ THẢO) cho đến khi mục này có nội dung`,
  narrative_block_stale: (p: { readonly label: Param; readonly list: Param }) =>
    `mục ${q(p.label)} đã sửa tay nhưng nêu số liệu không còn đúng: ${p.list}; sửa lại, viết lại từ số liệu hoặc xác nhận giữ nguyên (báo cáo là DỰ THẢO cho đến khi đó)`,
  narrative_block_unchecked: (p: { readonly label: Param; readonly list: Param }) =>
    `mục ${q(p.label)} nêu số liệu chưa kiểm tra được: ${p.list}; sửa số tiền ở trang Kinh phí rồi tạo lại báo cáo (báo cáo là DỰ THẢO cho đến khi đó)`,
  narrative_sheet_missing: (p: { readonly sheet: Param }) =>
    `chưa có trang tính ${q(p.sheet)}: đã tạo bản nháp các mục nhận xét từ số liệu, cần đọc và sửa trước khi trình ký`,
  result_item_no_evidence: (p: { readonly no: Param; readonly item: Param; readonly text: Param }) =>
    `mục ${p.no} của bảng kết quả (${q(p.item)}) chưa có văn bản minh chứng hay lý do không thực hiện; báo cáo ghi ${q(p.text)} và là DỰ THẢO cho đến khi ghi số, ký hiệu văn bản hoặc “Không thực hiện vì …”`,
  result_item_required_missing: (p: { readonly no: Param; readonly item: Param; readonly text: Param }) =>
    `mục ${p.no} của bảng kết quả (${q(p.item)}) chưa có văn bản: QĐ 19/2014/QĐ-TTg (Điều 4) yêu cầu đánh giá nội bộ và xem xét của lãnh đạo ít nhất một lần mỗi năm; báo cáo ghi ${q(p.text)} và là DỰ THẢO cho đến khi ghi văn bản hoặc “Không thực hiện vì …”`,
  previous_report_read: (p: {
    readonly year: Param;
    readonly blocks: Param;
    readonly agency: Param;
    readonly signer: Param;
    readonly next: Param;
    readonly estimate: Param;
  }) => `đã đọc báo cáo năm ${p.year}: ${p.blocks} mục nhận xét, cơ quan ${q(p.agency)}, người ký ${q(p.signer)}, dự toán năm ${p.next}: ${p.estimate}`,
  previous_report_amount_unreadable: (p: { readonly item: Param; readonly text: Param }) =>
    `số tiền dự toán của mục ${q(p.item)} trong báo cáo năm trước không đọc được: ${q(p.text)}; mục được ghi vào trang “Kinh phí” như đã viết, hãy sửa lại`,
  previous_report_block_missing: (p: { readonly label: Param }) => `không tìm thấy mục ${q(p.label)} trong báo cáo năm trước`,
} as const;
