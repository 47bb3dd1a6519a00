/** Texts of the command line and the task pane (not findings). */
export const uiMessages = {
  cliUsage: () =>
    [
      "Trợ lý ISO — công cụ dòng lệnh",
      "",
      "Cách dùng:",
      "  iso-assistant import TỆP [--sheet TÊN] [--year NĂM] [--json] [-o RA.xlsx]",
      "  iso-assistant validate TỆP [--sheet TÊN] [--year NĂM] [--json]",
      "  iso-assistant dossiers TỆP [--as-of YYYY-MM-DD] [--json]",
      "  iso-assistant init --year NĂM -o TỆP.xlsx",
      "  iso-assistant report TỆP [--year NĂM] [-o BÁO_CÁO.xlsx] [--docx BÁO_CÁO.docx]",
      "  iso-assistant demo [-o THƯ_MỤC]",
      "",
      "TỆP có thể là .xlsx, .docx, .html hoặc .tsv/.txt.",
    ].join("\n"),
  unknownCommand: (p: { command: string }) => `lệnh "${p.command}" không có; gõ iso-assistant --help để xem các lệnh`,
  missingFile: () => "thiếu tên tệp đầu vào",
  missingOption: (p: { option: string }) => `thiếu giá trị cho tuỳ chọn ${p.option}`,
  importSummary: (p: { tasks: number; groups: number; year: string; errors: number; warnings: number }) =>
    `Đã đọc ${p.tasks} nhiệm vụ (${p.groups} nhóm), năm kế hoạch ${p.year}: ${p.errors} lỗi, ${p.warnings} cảnh báo.`,
  wrote: (p: { path: string }) => `Đã ghi ${p.path}`,
  noFindings: () => "Không có lỗi hay cảnh báo nào.",
  unexpected: (p: { detail: string }) => `lỗi không mong đợi: ${p.detail}. Hãy gửi tệp đầu vào cho nhóm phát triển.`,
};
