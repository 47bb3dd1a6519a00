/**
 * Vietnamese words that code puts inside other texts: names of dossier states and count
 * columns, rate formulas, table labels, date placeholders, and reasons given in messages.
 */
export const termMessages = {
  dossierStatus: {
    done: "đã giải quyết",
    refused: "từ chối / dừng xử lý",
    supplement: "yêu cầu bổ sung",
    withdrawn: "rút hồ sơ",
    pending: "đang giải quyết",
    unknown: "không rõ",
    none: "không ghi",
  },
  /** Count columns named in identity findings on tables that are not Biểu II.06a. */
  dossierColumn: {
    received: "tiếp nhận",
    receivedOnline: "trực tuyến",
    receivedDirect: "trực tiếp, bưu chính",
    receivedPrevious: "từ kỳ trước",
    resolved: "đã giải quyết",
    early: "trước hạn",
    onTime: "đúng hạn",
    earlyOrOnTime: "trước và đúng hạn",
    late: "quá hạn",
    supplement: "bổ sung",
    withdrawn: "rút",
    pending: "đang giải quyết",
    pendingInTime: "đang giải quyết trong hạn",
    pendingOverdue: "đang giải quyết quá hạn",
  },
  rateFormula: {
    A: "(trước hạn + đúng hạn) / đã giải quyết",
    C: "(trước hạn + đúng hạn + yêu cầu bổ sung + rút hồ sơ + đang giải quyết trong hạn) / tiếp nhận",
  },
  /** Name of the n-th table of a source with several: "Kế hoạch (bảng 2)". */
  tableName: (p: { source: string; n: number }) => `${p.source} (bảng ${p.n})`,
  /** An undated draft's date line (NĐ 30/2020 Appendix III samples). */
  undatedDate: (p: { year: number }) => `ngày … tháng … năm ${p.year}`,
  dateLong: (p: { date: string }) => `ngày ${p.date}`,
  reasonOutputName: "cần tên tệp .xlsx sẽ tạo",
  reasonDocxWithoutBody: "tệp .docx không có phần nội dung (word/document.xml)",
} as const;
