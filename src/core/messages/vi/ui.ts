/** Texts of the command line and the task pane (not findings). */
export const uiMessages = {
  cliUsage: () =>
    [
      "Trợ lý ISO — công cụ dòng lệnh",
      "",
      "Cách dùng:",
      "  iso-assistant import TỆP [--sheet TÊN] [--year NĂM] [--json] [-o SỔ.xlsx]",
      "  iso-assistant validate TỆP [--sheet TÊN] [--year NĂM] [--json]",
      "  iso-assistant dossiers TỆP [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--as-of YYYY-MM-DD] [--json] [-o SỔ.xlsx]",
      "  iso-assistant init --year NĂM -o TỆP.xlsx",
      "  iso-assistant report SỔ.xlsx [--year NĂM] [-o BÁO_CÁO.xlsx] [--docx BÁO_CÁO.docx]",
      "  iso-assistant next-year SỔ_THEO_DÕI.xlsx [--year NĂM] [-o SỔ_NĂM_SAU.xlsx] [--docx KẾ_HOẠCH.docx]",
      "    (--year là năm của chính sổ theo dõi, không phải năm của kế hoạch sẽ tạo: sổ năm 2024 cho kế hoạch năm 2025;",
      "     chỉ cần khi sổ chưa ghi năm; khác năm của sổ thì bị từ chối)",
      "  iso-assistant demo [-o THƯ_MỤC]",
      "  --out là tên khác của -o; --help (-h) in hướng dẫn này.",
      "",
      "TỆP có thể là .xlsx, .docx, .html hoặc .tsv/.csv/.txt.",
      "Tệp kết quả đã có mà không do Trợ lý ISO tạo, hoặc đã bị sửa sau khi tạo, không bị ghi đè:",
      'report và demo ghi sang tên mới "tên (2).đuôi" và báo ra; init dừng lại.',
      "",
      "Mã thoát: 0 xong, không có lỗi; 1 xong (đã ghi kết quả) nhưng dữ liệu có lỗi (import, validate,",
      "dossiers, report, demo); 2 không làm được gì (tệp không đọc được, tuỳ chọn sai, từ chối ghi).",
    ].join("\n"),
  unknownCommand: (p: { command: string }) => `lệnh "${p.command}" không có; gõ iso-assistant --help để xem các lệnh`,
  missingFile: () => "thiếu tên tệp đầu vào",
  unknownOption: (p: { option: string }) => `không có tuỳ chọn ${p.option}; gõ iso-assistant --help để xem các tuỳ chọn`,
  missingOption: (p: { option: string }) => `thiếu giá trị cho tuỳ chọn ${p.option}`,
  optionNotForCommand: (p: { command: string; option: string }) =>
    `lệnh ${p.command} không dùng tuỳ chọn ${p.option} (không có gì được làm); gõ iso-assistant --help để xem tuỳ chọn của từng lệnh`,
  extraArgument: (p: { command: string; argument: string; files: number }) =>
    p.files === 0
      ? `lệnh ${p.command} không nhận tên tệp đầu vào, thừa "${p.argument}" (không có gì được làm); tệp kết quả ghi sau -o`
      : `lệnh ${p.command} chỉ nhận một tệp đầu vào, thừa "${p.argument}" (không có gì được làm); hãy chạy lệnh riêng cho từng tệp`,
  importSummary: (p: { tasks: number; groups: number; year: string; errors: number; warnings: number }) =>
    `Đã đọc ${p.tasks} nhiệm vụ (${p.groups} nhóm), năm kế hoạch ${p.year}: ${p.errors} lỗi, ${p.warnings} cảnh báo.`,
  planYears: (p: { year: string; from: number; to: number }) => `${p.year} (giai đoạn ${p.from}–${p.to})`,
  wrote: (p: { path: string }) => `Đã ghi ${p.path}`,
  nextYearSummary: (p: { year: number; tasks: number }) =>
    `Sổ theo dõi năm ${p.year}: giữ thông tin cơ quan, danh mục đơn vị và ${p.tasks} nhiệm vụ của kế hoạch (thời gian chuyển sang năm ${p.year}, trạng thái và minh chứng để trống). Kiểm tra lại nhiệm vụ trước khi ban hành kế hoạch năm ${p.year}.`,
  planDocumentSummary: (p: { year: number }) =>
    `Dự thảo Kế hoạch áp dụng, duy trì và cải tiến HTQLCL năm ${p.year} (.docx): số và ngày để trống đến khi ký; nhiệm vụ ở Phụ lục.`,
  planDocumentDraft: (p: { missing: string }) => `Kế hoạch là bản nháp (DỰ THẢO), còn thiếu: ${p.missing}.`,
  outputNotOurs: (p: { path: string; newPath: string }) =>
    `tệp "${p.path}" đã có và không do Trợ lý ISO tạo: không ghi đè, kết quả được ghi vào tệp mới "${p.newPath}"`,
  outputChangedSinceWritten: (p: { path: string; newPath: string }) =>
    `tệp "${p.path}" do Trợ lý ISO tạo nhưng đã được sửa sau đó: không ghi đè, kết quả được ghi vào tệp mới "${p.newPath}"`,
  noFindings: () => "Không có lỗi hay cảnh báo nào.",
  /** The period the figures are counted for, and where it came from (src/app/dossiersJob.ts). */
  dossierPeriod: (p: { from: string; to: string; asOf: string; source: "given" | "title" | "dates" | "year" }) =>
    `Kỳ số liệu: ${p.from} – ${p.to}, chốt ngày ${p.asOf} (${
      {
        given: "theo --from/--to",
        title: "theo dòng tiêu đề của tệp",
        dates: "đề xuất theo ngày tiếp nhận trong tệp; đặt khác bằng --from/--to",
        year: "đề xuất theo năm; đặt khác bằng --from/--to",
      }[p.source]
    }).`,
  dossierSummary: (
    p: Readonly<
      Record<"received" | "early" | "onTime" | "late" | "resolved" | "supplement" | "withdrawn" | "pending" | "pendingInTime" | "pendingOverdue", number>
    > & {
      earlyOnTimeCombined?: boolean;
      /** Quantities the source did not give (DossierQuantity names): not printed as 0. */
      missing?: readonly string[];
      stopped?: number;
      asOf: string;
      rate: string;
      rateB: string;
      rateC: string;
      rateD: string;
      source: string;
      /** "Ngoài số tiếp nhận: …", "Trong đó: …" lines already worded (dossierBreakdown…), or "". */
      extra?: string;
    },
  ) => {
    const missing = new Set(p.missing ?? []);
    const received = missing.has("received") ? "số liệu gốc không có số tiếp nhận; " : `tiếp nhận ${p.received} hồ sơ; `;
    const resolved = missing.has("resolved")
      ? "số liệu gốc không có số đã giải quyết; "
      : p.resolved > p.early + p.onTime + p.late || missing.has("resolvedSplit")
        ? `đã giải quyết ${p.resolved} (số liệu gốc không tách trước hạn, đúng hạn, quá hạn); `
        : p.earlyOnTimeCombined
          ? `trước hạn và đúng hạn ${p.early + p.onTime} (số liệu gốc ghi gộp), quá hạn ${p.late}; `
          : `trước hạn ${p.early}, đúng hạn ${p.onTime}, quá hạn ${p.late}; `;
    const ends = `yêu cầu bổ sung ${p.supplement}; rút ${p.withdrawn}; ` + (p.stopped ? `dừng xử lý ${p.stopped}; ` : "");
    const pending = missing.has("pending")
      ? "số liệu gốc không có số đang giải quyết. "
      : p.pending > p.pendingInTime + p.pendingOverdue || missing.has("pendingSplit")
        ? `đang giải quyết ${p.pending} (số liệu gốc không tách trong hạn, quá hạn). `
        : `đang giải quyết trong hạn ${p.pendingInTime}, quá hạn ${p.pendingOverdue}. `;
    return (
      `Tính đến ngày ${p.asOf}: ${received}${resolved}${ends}${pending}` +
      `Tỷ lệ đúng hạn = (trước hạn + đúng hạn) / đã giải quyết = ${p.rate}. ` +
      `Tỷ lệ trên tiếp nhận (B) = (trước hạn + đúng hạn) / tiếp nhận = ${p.rateB}. ` +
      `Tỷ lệ theo QĐ 766/QĐ-TTg = (trước hạn + đúng hạn + yêu cầu bổ sung + rút hồ sơ + dừng xử lý + đang giải quyết trong hạn) / tiếp nhận = ${p.rateC}. ` +
      `Tỷ lệ trên số đến hạn (D) = (trước hạn + đúng hạn) / (đã giải quyết + đang giải quyết quá hạn) = ${p.rateD}.` +
      (p.source ? ` ${p.source}` : "") +
      (p.extra ? ` ${p.extra}` : "")
    );
  },
  /** Dossiers outside the received count (chờ tiếp nhận, không được / chậm được tiếp nhận). */
  dossierOutside: (p: { items: string }) => `Ngoài số tiếp nhận: ${p.items}.`,
  /** One quantity's parts: "tiếp nhận gồm trực tuyến toàn trình 400, …". */
  dossierBreakdown: (p: { whole: string; items: string }) => `Trong số ${p.whole}: ${p.items}.`,
  /** A "Trong đó" row's own counts. */
  dossierSubset: (p: { name: string; received: number; resolved: number; rate: string }) =>
    `Riêng ${p.name}: tiếp nhận ${p.received} hồ sơ, đã giải quyết ${p.resolved}, tỷ lệ đúng hạn ${p.rate}.`,
  dossierApproximate: () => "Số liệu gốc có số làm tròn hoặc ước lượng: các số và tỷ lệ trên chỉ gần đúng.",
  /** What the CLI says about a rate printed in the source. */
  dossierSourceRate: (p: { printed: string; variant: string | null; checkable?: boolean }) =>
    p.variant
      ? `Tỷ lệ ghi trong số liệu gốc ${p.printed} khớp cách tính ${p.variant}.`
      : p.checkable === false
        ? `Tỷ lệ ghi trong số liệu gốc ${p.printed} được giữ nguyên: số liệu gốc thiếu số cần để tính lại.`
        : `Tỷ lệ ghi trong số liệu gốc ${p.printed} không khớp cách tính A, B, C hay D.`,
  reportFigures: (p: {
    received: string;
    handled: string;
    earlyOnTime: string;
    supplement: string;
    pendingInTime: string;
    rate: string;
    granted: string;
    disbursed: string;
    estimate: string;
  }) =>
    [
      `Hồ sơ: tiếp nhận ${p.received}; xử lý không quá hạn ${p.handled} (trả kết quả trước hạn và đúng hạn ${p.earlyOnTime}, yêu cầu bổ sung ${p.supplement}); đang giải quyết trong hạn ${p.pendingInTime}; tỷ lệ giải quyết đúng hạn ${p.rate}.`,
      `Kinh phí: được cấp ${p.granted} đồng; đã giải ngân ${p.disbursed} đồng; dự toán năm sau ${p.estimate} đồng.`,
    ].join("\n"),
  findingsCount: (p: { errors: number; warnings: number }) => `Kiểm tra: ${p.errors} lỗi, ${p.warnings} cảnh báo.`,
  unexpected: (p: { detail: string }) => `lỗi không mong đợi: ${p.detail}. Hãy gửi tệp đầu vào cho nhóm phát triển.`,
};
