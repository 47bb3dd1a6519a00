import { q, type Param } from "../quote";
/**
 * Texts of the report's narrative blocks ("Nhận xét" sheet): labels, the standard paragraphs
 * agencies write (seed 001, Sở Y tế Ninh Thuận 2024) and the sentences drafted from the
 * figures. Every draft is plain text the secretary edits in the sheet; one line = one paragraph.
 */
/** A list closing a sentence: a final "." unless it ends with "…" or "." already. */
const end = (list: string) => (/[….]$/u.test(list) ? list : `${list}.`);

export const narrativeMessages = {
  sheet: {
    headers: { block: "Mục của báo cáo", text: "Nội dung (sửa trực tiếp; mỗi dòng là một đoạn)", source: "Nguồn / ghi chú" },
    sourceDraft: "Bản nháp tự động từ số liệu và đoạn văn mẫu — đọc và sửa trước khi trình ký.",
    sourceLastYear: "Lấy từ báo cáo năm trước — cập nhật cho năm nay.",
    sourceEmpty: "Trống — báo cáo sẽ là bản nháp (DỰ THẢO) cho đến khi mục này có nội dung.",
  },

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

  /** Sentences drafted from the dossier figures. `rate` is already formatted ("100%", "98,52%"). */
  dossiers: {
    none: (p: { agency: string }) => `- Trong kỳ báo cáo, ${p.agency} chưa có số liệu hồ sơ thủ tục hành chính (sheet Hồ sơ TTHC trống).`,
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
    /** `list` is "6. Tổ chức đào tạo … (Đang thực hiện); 10. …". */
    tasksNotDone: (p: { count: number; year: number; list: string }) => `- ${p.count} nhiệm vụ của Kế hoạch năm ${p.year} chưa hoàn thành: ${end(p.list)}`,
    evidenceMissing: (p: { list: string }) => `- Chưa tập hợp đủ văn bản minh chứng (số, ký hiệu, ngày) cho nhiệm vụ: ${end(p.list)}`,
    budgetUnused: (p: { disbursed: string; granted: string }) => `- Kinh phí mới giải ngân ${p.disbursed}/${p.granted} đồng được cấp.`,
    late: (p: { late: number }) => `- Còn ${p.late} hồ sơ thủ tục hành chính giải quyết quá hạn.`,
    standard: [
      "- Phần lớn công chức xây dựng và duy trì hệ thống ISO của cơ quan là kiêm nhiệm nên thời gian dành cho việc theo dõi áp dụng và duy trì HTQLCL tại các bộ phận còn hạn chế, ảnh hưởng đến tính hiệu lực của HTQLCL.",
    ],
  },

  nextYear: {
    carryOver: (p: { year: number; list: string }) => `- Tiếp tục thực hiện các nhiệm vụ chưa hoàn thành của năm ${p.year}: ${end(p.list)}`,
  },

  proposals: { none: "Không." },

  results: {
    /** A results-table item that no task of the plan answers. */
    noTask: "Không có nhiệm vụ tương ứng trong kế hoạch",
    /** The footnotes of the dossier table: each rate's formula, named once. */
    footnoteA: "(1) Tỷ lệ giải quyết đúng hạn = (trước hạn + đúng hạn) / đã giải quyết (trước hạn + đúng hạn + quá hạn).",
    footnoteC: "(2) Tỷ lệ theo Bộ chỉ số QĐ 766/QĐ-TTg = (trước hạn + đúng hạn + yêu cầu bổ sung + rút hồ sơ + dừng xử lý + đang xử lý trong hạn) / tiếp nhận.",
  },

  /** A task's short text in lists: its number and words, cut at 80 characters. */
  taskRef: (p: { no: string; task: string; status: string }) => `${p.no}. ${p.task}${p.status ? ` (${p.status.toLocaleLowerCase("vi")})` : ""}`,

  /** Words of last year's report the reader relies on. */
  previous: {
    totalLabel: "Tổng cộng",
    /** Note on the "Kinh phí" line filled from last year's estimate. */
    estimateNote: (p: { year: number }) => `Theo dự toán tại báo cáo năm ${p.year}; sửa theo quyết định giao kinh phí`,
  },

  /** Shown in a draft report where a block is empty (never brackets). */
  emptyBlock: (p: { cell: string }) => `(Chưa có nội dung — nhập tại ${p.cell}.)`,
  /** The command line's line about a draft report. */
  draftSummary: (p: { missing: string }) => `Báo cáo là bản nháp (DỰ THẢO), còn thiếu: ${p.missing}.`,
  /** What the report model lists as missing. */
  missing: {
    block: (p: { label: string }) => `Nhận xét: ${p.label}`,
    signer: "Thông tin: họ tên người ký",
    agency: "Thông tin: tên cơ quan",
    /** A budget total the report could not compute, with the cell of the line that stops it. */
    budgetTotal: (p: { field: "granted" | "disbursed" | "estimate"; cell: string | null }) =>
      `Kinh phí: ${{ granted: "tổng kinh phí được cấp", disbursed: "tổng kinh phí đã giải ngân", estimate: "tổng dự toán" }[p.field]} chưa tính được${p.cell ? ` (ô ${p.cell})` : ""}`,
  },
} as const;

/** Findings about the narrative blocks and about reading last year's report. */
export const narrativeFindingMessages = {
  narrative_block_empty: (p: { readonly label: Param }) => `mục ${q(p.label)} trống: báo cáo là bản nháp (DỰ THẢO) cho đến khi mục này có nội dung`,
  narrative_sheet_missing: (p: { readonly sheet: Param }) =>
    `chưa có sheet ${q(p.sheet)}: đã tạo bản nháp các mục nhận xét từ số liệu, cần đọc và sửa trước khi trình ký`,
  result_item_no_evidence: (p: { readonly no: Param; readonly item: Param; readonly text: Param }) =>
    `mục ${p.no} của bảng kết quả (${q(p.item)}) chưa có văn bản minh chứng; báo cáo ghi ${q(p.text)}`,
  previous_report_read: (p: {
    readonly year: Param;
    readonly blocks: Param;
    readonly agency: Param;
    readonly signer: Param;
    readonly next: Param;
    readonly estimate: Param;
  }) => `đã đọc báo cáo năm ${p.year}: ${p.blocks} mục nhận xét, cơ quan ${q(p.agency)}, người ký ${q(p.signer)}, dự toán năm ${p.next}: ${p.estimate} đồng`,
  previous_report_block_missing: (p: { readonly label: Param }) => `không tìm thấy mục ${q(p.label)} trong báo cáo năm trước`,
} as const;
