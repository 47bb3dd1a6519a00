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
    receivedDirect: "trực tiếp",
    receivedPrevious: "từ kỳ trước",
    receivedNew: "tiếp nhận mới",
    receivedPostal: "bưu chính",
    printedRate: "tỷ lệ",
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
    B: "(trước hạn + đúng hạn) / tiếp nhận",
    C: "(trước hạn + đúng hạn + yêu cầu bổ sung + rút hồ sơ + đang giải quyết trong hạn) / tiếp nhận",
    D: "(trước hạn + đúng hạn) / (đã giải quyết + đang giải quyết quá hạn)",
  },
  /** Short names of the rate variants (docs/dossiers.md#rate-variants-and-their-sources). */
  rateVariantName: {
    A: "A — tỷ lệ trên số đã giải quyết",
    B: "B — tỷ lệ trên số tiếp nhận (NĐ 61/2018)",
    C: "C — chỉ số QĐ 766/QĐ-TTg",
    D: "D — tỷ lệ trên số hồ sơ đến hạn",
  },
  /** Name of the n-th table of a source with several: "Kế hoạch (bảng 2)". */
  tableName: (p: { source: string; n: number }) => `${p.source} (bảng ${p.n})`,
  /** An undated draft's date line (NĐ 30/2020 Appendix III samples). */
  undatedDate: (p: { year: number }) => `ngày … tháng … năm ${p.year}`,
  dateLong: (p: { date: string }) => `ngày ${p.date}`,
  reasonOutputName: "cần tên tệp .xlsx sẽ tạo",
  reasonDocxWithoutBody: "tệp .docx không có phần nội dung (word/document.xml)",
} as const;
