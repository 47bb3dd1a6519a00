/**
 * Texts of the year-end report (NĐ 30/2020 format, seed 001 shape), as the sheet and the
 * .docx print them. A sentence holding live figures is a template returning its pieces in
 * reading order, the figures (type `F`) passed in as parameters, so each sentence stays whole.
 * In the section templates `year` is the year the section is about.
 */
export const reportMessages = {
  /** Fixed words of the decree's header and signature blocks. */
  nation: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  motto: "Độc lập - Tự do - Hạnh phúc",
  recipientsTitle: "Nơi nhận:",
  /** The mark at the top of a report that still misses something (model.draft). */
  draftMarker: "DỰ THẢO",
  /** Author written into the .docx properties. */
  documentCreator: "Trợ lý ISO",

  header: {
    number: (p: { number: string; abbreviation: string }) => `Số: ${p.number}/BC-${p.abbreviation}`,
    /** The number while the clerk has not given it yet. */
    numberPending: "…",
    title: "BÁO CÁO",
    summary: (p: { year: number; next: number }) => `Kết quả triển khai ISO năm ${p.year} và dự toán kinh phí thực hiện ISO năm ${p.next}`,
    recipientTo: (p: { recipient: string }) => `Kính gửi: ${p.recipient}`,
  },

  /** First "Nơi nhận" line when the report has "Kính gửi". */
  asAbove: "Như trên",
  /** The last "Nơi nhận" line: the archive (văn thư) and the drafting unit, if any. */
  archive: (p: { unit: string }) => (p.unit ? `- Lưu: VT, ${p.unit}.` : "- Lưu: VT."),

  /** Who the sentences name when the agency's short name is blank. */
  defaultAgency: "Cơ quan",
  intro: (p: { agency: string; year: number; next: number }) =>
    `${p.agency} báo cáo kết quả triển khai ISO năm ${p.year} và dự toán kinh phí thực hiện ISO năm ${p.next} như sau:`,

  /** I. Results of the year. */
  results: {
    heading: (p: { year: number }) => `I. KẾT QUẢ TRIỂN KHAI THỰC HIỆN ISO NĂM ${p.year}`,
    headers: { no: "TT", item: "Nội dung thực hiện", result: "Kết quả" },
    /** The eight standard items of the results table (seed 001; docs/legal-bases.md#required-yearly-activities). */
    items: {
      plan: "Kế hoạch năm về xây dựng, áp dụng, duy trì, cải tiến HTQLCL theo Tiêu chuẩn TCVN ISO 9001",
      objectives: "Mục tiêu chất lượng năm đối với cơ quan và cấp phòng",
      documents: "Phê duyệt hệ thống văn bản, tài liệu và các quy trình khi áp dụng (nếu có mở rộng hoặc thay đổi quy trình)",
      procedures: "Ban hành quy trình xử lý công việc thực hiện đầy đủ các thủ tục hành chính",
      internalAudit: "Tổ chức đánh giá nội bộ, khắc phục các điểm không phù hợp",
      managementReview: "Tiến hành họp xem xét của lãnh đạo, cải tiến hệ thống",
      effectiveness: "Người đứng đầu cơ quan xác nhận hiệu lực của hệ thống (nếu có công bố lại)",
      republication: "Thực hiện công bố lại sau khi có sự điều chỉnh, thu hẹp, mở rộng phạm vi áp dụng",
    },
    /** `appendix`: the report names every task in its Phụ lục (NĐ 30/2020: the text points to it). */
    tasksDone: <F>(p: { done: F; total: F; appendix: boolean }) => [
      "- Thực hiện kế hoạch: ",
      p.done,
      "/",
      p.total,
      p.appendix ? " nhiệm vụ đã hoàn thành (chi tiết tại Phụ lục)." : " nhiệm vụ đã hoàn thành.",
    ],
    budgetUse: (p: { year: number; decision: string }) => `- Tình hình sử dụng kinh phí được cấp năm ${p.year}${p.decision ? ` theo ${p.decision}` : ""}:`,
    granted: <F>(p: { item: string; amount: F }) => [`+ Số kinh phí đã cấp ${p.item.toLocaleLowerCase("vi")}: `, p.amount, " đồng."],
    disbursed: <F>(p: { amount: F; words: string }) => ["+ Số kinh phí đã giải ngân: ", p.amount, ` đồng (${p.words}).`],
    grantedTotal: <F>(p: { amount: F }) => ["+ Tổng kinh phí được cấp: ", p.amount, " đồng."],
    /** The same lines when the amount cannot be stated (`unknown`: placeholders.lineUnknown / totalUnknown). */
    grantedUnknown: (p: { item: string; unknown: string }) => `+ Số kinh phí đã cấp ${p.item.toLocaleLowerCase("vi")}: ${p.unknown}.`,
    disbursedUnknown: (p: { unknown: string }) => `+ Số kinh phí đã giải ngân: ${p.unknown}.`,
    grantedTotalUnknown: (p: { unknown: string }) => `+ Tổng kinh phí được cấp: ${p.unknown}.`,
  },

  /** II. Evaluation. */
  evaluation: {
    heading: "II. ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN",
    effectiveness: (p: { agency: string }) =>
      `1. Nhận xét, đánh giá hiệu quả của việc áp dụng HTQLCL theo tiêu chuẩn quốc gia TCVN ISO 9001:2015 tại ${p.agency}`,
    procedures: "- Việc thực hiện các quá trình giải quyết thủ tục hành chính tại cơ quan, đơn vị:",
    scope: (p: { agency: string; scope: string }) => `+ Phạm vi áp dụng tại ${p.agency} gồm: ${p.scope}`,
    /**
     * Seed 001's sentence in the words of the table under it and of the "Hồ sơ TTHC" sheet (one
     * vocabulary): `handled` ("xử lý không quá hạn", seed 001's 343) = `earlyOnTime` ("trả kết quả
     * trước hạn và đúng hạn", 333) + `supplement` ("yêu cầu bổ sung", 10). "Trước hạn" alone only
     * ever names the dossiers returned before the due date (the sheet's column, 301), never 343.
     * The optional parts are given only when not zero; `handled`, `earlyOnTime` and `pendingInTime`
     * are left out when the dossier sheet has no such figures (a partial source: `missing` says so
     * in a sentence of its own). `from` and `to` are dd/mm/yyyy.
     */
    dossiers: <F>(p: {
      from: string;
      to: string;
      agency: string;
      received: F;
      handled?: F;
      earlyOnTime?: F;
      supplement?: F;
      late?: F;
      withdrawn?: F;
      stopped?: F;
      pendingInTime?: F;
      pendingOverdue?: F;
    }) => [
      `+ Từ ngày ${p.from} đến ngày ${p.to}, ${p.agency} đã tiếp nhận `,
      p.received,
      ...(p.handled !== undefined && p.earlyOnTime !== undefined && p.supplement !== undefined
        ? [
            " hồ sơ; xử lý không quá hạn ",
            p.handled,
            " hồ sơ (trả kết quả trước hạn và đúng hạn ",
            p.earlyOnTime,
            " hồ sơ, yêu cầu bổ sung ",
            p.supplement,
            " hồ sơ)",
          ]
        : [" hồ sơ", ...(p.supplement !== undefined ? ["; yêu cầu bổ sung ", p.supplement, " hồ sơ"] : [])]),
      ...(p.late !== undefined ? ["; trả kết quả quá hạn ", p.late, " hồ sơ"] : []),
      ...(p.withdrawn !== undefined ? ["; tổ chức, cá nhân rút hồ sơ ", p.withdrawn, " hồ sơ"] : []),
      ...(p.stopped !== undefined ? ["; dừng giải quyết ", p.stopped, " hồ sơ"] : []),
      ...(p.pendingInTime !== undefined ? ["; đang giải quyết trong hạn ", p.pendingInTime, " hồ sơ"] : []),
      ...(p.pendingOverdue !== undefined ? ["; đang giải quyết quá hạn ", p.pendingOverdue, " hồ sơ"] : []),
      ".",
    ],
    /**
     * What the dossier sheet does not hold (a partial source: columns left blank), in the
     * quantities' words ("số hồ sơ đã giải quyết; số hồ sơ đang giải quyết").
     */
    dossiersMissing: (p: { missing: string }) =>
      `+ Chưa có số liệu về ${p.missing} (trang “Hồ sơ TTHC” để trống các cột này), nên các số và tỷ lệ cần đến chúng chưa được nêu.`,
    /** The rate sentence; the formulas are in the table's footnotes. */
    rate: <F>(p: { rate: F }) => ["+ Tỷ lệ giải quyết đúng hạn", " (1)", ": ", p.rate, "."],
    /**
     * The dossier table: the II.06a categories (docs/dossiers.md#form-ii06a) in the sentence's and the
     * "Hồ sơ TTHC" sheet's words, with seed 001's grouping "xử lý không quá hạn" = trả kết quả trước
     * hạn và đúng hạn + yêu cầu bổ sung.
     */
    dossierTable: {
      headers: { indicator: "Chỉ tiêu", value: "Số hồ sơ / tỷ lệ" },
      rows: {
        received: "Tổng số hồ sơ tiếp nhận",
        handled: "Xử lý không quá hạn",
        // Sub-rows are indented with no-break spaces (kept by Word, LibreOffice and Excel).
        earlyOnTime: "\u00a0\u00a0\u00a0- Trả kết quả trước hạn và đúng hạn",
        early: "\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0+ Trước hạn",
        onTime: "\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0+ Đúng hạn",
        supplement: "\u00a0\u00a0\u00a0- Yêu cầu bổ sung",
        late: "Trả kết quả quá hạn",
        withdrawn: "Tổ chức, cá nhân rút hồ sơ",
        stopped: "Dừng giải quyết hồ sơ",
        pendingInTime: "Đang giải quyết trong hạn",
        pendingOverdue: "Đang giải quyết quá hạn",
        rateA: "Tỷ lệ giải quyết đúng hạn (1)",
        rateC: "Tỷ lệ theo Bộ chỉ số QĐ 766/QĐ-TTg (2)",
      },
    },
    management:
      "- Công việc quản lý, điều hành của Lãnh đạo, các phòng nghiệp vụ (cử cán bộ tham gia tập huấn về ISO; tổ chức đào tạo; đo lường sự thỏa mãn của khách hàng):",
    oneStop: "- Gắn kết với việc thực hiện cơ chế một cửa:",
    difficulties:
      "2. Thuận lợi, khó khăn và những vấn đề tồn tại trong việc xây dựng, áp dụng, duy trì và cải tiến HTQLCL theo Tiêu chuẩn quốc gia TCVN ISO 9001",
    advantages: "a) Thuận lợi:",
    obstacles: "b) Khó khăn:",
  },

  /** III. The next year. */
  nextYear: {
    heading: (p: { year: number }) => `III. VIỆC TRIỂN KHAI THỰC HIỆN ISO NĂM ${p.year}`,
    contentsHeading: (p: { year: number }) => `1. Nội dung triển khai ISO năm ${p.year}`,
    /** The a)–g) list; `following` is the year after `year` (its budget estimate). */
    contents: (p: { year: number; following: number }) => [
      "a) Tiếp tục duy trì, cải tiến và mở rộng áp dụng Hệ thống quản lý chất lượng TCVN ISO 9001:2015 gắn với giải quyết thủ tục hành chính;",
      `b) Xây dựng Kế hoạch triển khai áp dụng ISO năm ${p.year};`,
      `c) Ban hành Quyết định Mục tiêu chất lượng năm ${p.year};`,
      `d) Đánh giá nội bộ năm ${p.year};`,
      "đ) Họp xem xét của lãnh đạo;",
      "e) Công bố lại hệ thống quản lý chất lượng (nếu có);",
      `g) Báo cáo kết quả triển khai ISO năm ${p.year} và dự toán kinh phí năm ${p.following}.`,
    ],
    estimateHeading: (p: { year: number }) => `2. Dự toán kinh phí năm ${p.year}`,
    estimateHeaders: { item: "Nội dung", amount: "Kinh phí (đồng)", explanation: "Giải trình" },
    inWords: (p: { words: string }) => `Bằng chữ: ${p.words}`,
  },

  /**
   * The report's Phụ lục after the signature (NĐ 30/2020 Appendix I III.1): every task of the plan
   * with its lead unit, schedule and result or reason, when a list of tasks is too long for a sentence.
   */
  appendix: {
    heading: "Phụ lục",
    title: (p: { year: number }) => `TÌNH HÌNH THỰC HIỆN NHIỆM VỤ KẾ HOẠCH ISO NĂM ${p.year}`,
    reference: (p: { number: string; date: string; agency: string }) => `(Kèm theo Báo cáo số ${p.number} ${p.date} của ${p.agency})`,
    headers: { no: "TT", task: "Nhiệm vụ", lead: "Đơn vị chủ trì", timing: "Thời gian", result: "Kết quả / lý do" },
    /** A done task whose documents are all dated after its period. */
    late: (p: { result: string }) => `${p.result} (hoàn thành muộn)`,
    /** A task not done: its status, and its note (the reason) when there is one. */
    notDone: (p: { status: string; note: string }) => (p.note ? `${p.status} — ${p.note}` : p.status),
  },

  /** IV. Proposals. */
  proposals: { heading: "IV. KIẾN NGHỊ, ĐỀ XUẤT" },

  placeholders: {
    /** A line whose amount cannot be read: the report says where, instead of a figure. */
    lineUnknown: (p: { cell: string | null }) => (p.cell ? `chưa rõ (số tiền ở ô ${p.cell} không hợp lệ)` : "chưa rõ (số tiền không hợp lệ)"),
    /** A total the report does not state because a line stops it (or the sum is too large to hold exactly). */
    totalUnknown: (p: { cell: string | null }) =>
      p.cell ? `chưa tính được (số tiền ở ô ${p.cell} không hợp lệ)` : "chưa tính được (tổng quá lớn để tính chính xác)",
  },
} as const;
