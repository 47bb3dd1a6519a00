/**
 * Texts of the Excel task pane and its standalone page (Vietnamese, the default language).
 * `../en/taskpane.ts` has the same keys with the same parameters (the compiler checks it, a
 * parity test checks that no text is empty and all are NFC).
 *
 * Wording rule: a sentence never ends in the word "Excel" followed by a full stop, because the
 * core purity test reads "Excel." as a use of the Office global; write "trong sổ Excel đang mở"
 * or end the sentence differently.
 */
import { stepNumber } from "../../routine/steps";

/** A list of sheet names as one phrase: “Nhiệm vụ”, “Kiểm tra”. */
const sheets = (names: readonly string[]) => names.map((n) => `“${n}”`).join(", ");

export const taskpaneMessagesVi = {
  appTitle: () => "Trợ lý ISO",
  appSubtitle: () => "Kế hoạch ISO 9001 và báo cáo cuối năm",
  languageLabel: () => "Ngôn ngữ",
  languageName: () => "Tiếng Việt",
  languageSwitch: () => "English",
  languageSwitchHint: () => "Hiển thị giao diện bằng tiếng Anh",
  starting: () => "Đang khởi động…",
  modeExcel: () => "Đã kết nối với sổ Excel đang mở: các lệnh đọc và ghi trực tiếp vào sổ.",
  modeStandalone: () => "Chế độ độc lập (không có Excel): chọn tệp trên máy; kết quả được tải về thành tệp .xlsx và .docx. Mọi xử lý đều chạy trên máy này.",
  ready: () => "Sẵn sàng.",

  yearLabel: () => "Năm",
  yearHint: () => "Để trống khi nhập kế hoạch: năm được đọc từ tiêu đề hoặc từ bảng.",
  yearInvalid: (p: { value: string }) => `Năm "${p.value}" không hợp lệ (cần 4 chữ số, ví dụ 2024).`,

  trackingHeading: () => "Sổ theo dõi",
  trackingHelp: () => "Tạo các trang tính của sổ theo dõi cho năm đã chọn. Trang nào đã có thì giữ nguyên, vì đó là dữ liệu của bạn.",
  trackingCreate: () => "Tạo sổ theo dõi",
  trackingCreated: (p: { names: readonly string[] }) => `Đã tạo ${p.names.length} trang: ${sheets(p.names)}.`,
  trackingKept: (p: { names: readonly string[] }) => `Giữ nguyên ${p.names.length} trang đã có: ${sheets(p.names)}.`,
  trackingComplete: () => "Sổ đã có đủ các trang theo dõi; không thay đổi gì.",

  importHeading: () => "Nhập bảng nhiệm vụ",
  importHelp: () => "Nhập bảng phụ lục của kế hoạch ISO. Trang “Nhiệm vụ” và “Kiểm tra” được ghi lại; trang “Đơn vị” chỉ được tạo khi sổ chưa có.",
  importFromSelection: () => "Nhập từ vùng đang chọn",
  pasteLabel: () => "Dán bảng (từ Word, Excel hoặc trang web)",
  pastePlaceholder: () => "Dán bảng nhiệm vụ vào đây (Ctrl+V)",
  pasteHtmlKept: () => "Đã nhận bảng định dạng HTML: ô gộp và xuống dòng được giữ nguyên.",
  importFromPaste: () => "Nhập từ nội dung đã dán",
  pasteEmpty: () => "Chưa có nội dung: hãy dán bảng nhiệm vụ vào ô ở trên.",
  pasteSourceName: () => "Bảng đã dán",
  chooseFile: () => "Chọn tệp…",
  fileLabel: () => "Hoặc chọn tệp kế hoạch (.docx, .xlsx, .html, .tsv, .csv, .txt)",
  selectionEmpty: () => "Vùng đang chọn không có dữ liệu: hãy chọn cả bảng nhiệm vụ, gồm dòng tiêu đề, rồi bấm lại.",
  importSummary: (p: { tasks: number; groups: number; year: string; errors: number; warnings: number }) =>
    `Đã đọc ${p.tasks} nhiệm vụ (${p.groups} nhóm), năm kế hoạch ${p.year}: ${p.errors} lỗi, ${p.warnings} cảnh báo.`,
  planYears: (p: { year: string; from: number; to: number }) => `${p.year} (giai đoạn ${p.from}–${p.to})`,
  importWrote: (p: { names: readonly string[] }) => `Đã ghi trang ${sheets(p.names)}.`,
  importFailed: () => "Không nhập được bảng nhiệm vụ; xem lỗi bên dưới.",

  validateHeading: () => "Kiểm tra",
  validateHelp: () => "Kiểm tra trang “Nhiệm vụ” (nội dung, thời gian, đơn vị). Bấm vào một dòng kết quả để chọn ô đó trong sổ.",
  validateRun: () => "Kiểm tra trang Nhiệm vụ",
  validateMissingSheet: () => "Sổ chưa có trang “Nhiệm vụ”: hãy tạo sổ theo dõi hoặc nhập bảng nhiệm vụ trước.",
  validateDone: (p: { errors: number; warnings: number }) => `Đã kiểm tra: ${p.errors} lỗi, ${p.warnings} cảnh báo. Trang “Kiểm tra” đã được ghi lại.`,

  findingsHeading: () => "Kết quả kiểm tra",
  findingsCount: (p: { errors: number; warnings: number; infos: number }) => `${p.errors} lỗi, ${p.warnings} cảnh báo, ${p.infos} thông tin`,
  findingsNone: () => "Không có lỗi hay cảnh báo nào.",
  findingsLanguageNote: () => "Nội dung kiểm tra được viết bằng tiếng Việt, giống trang “Kiểm tra” trong sổ.",
  findingGoTo: (p: { location: string }) => `Chọn ô ${p.location} trong sổ`,
  findingSelected: (p: { location: string }) => `Đã chọn ô ${p.location}.`,
  severityError: () => "Lỗi",
  severityWarning: () => "Cảnh báo",
  severityInfo: () => "Thông tin",

  reportHeading: () => "Báo cáo",
  reportHelp: () => "Đọc các trang “Thông tin”, “Nhiệm vụ”, “Hồ sơ TTHC”, “Kinh phí” rồi ghi trang “Báo cáo” (số liệu là công thức) và “Kiểm tra”.",
  reportRun: () => "Tạo báo cáo",
  reportWrote: (p: { names: readonly string[] }) => `Đã ghi trang ${sheets(p.names)}.`,
  reportFailed: () => "Không tạo được báo cáo; xem lỗi bên dưới.",
  figuresHeading: () => "Số liệu chính",
  figureReceived: () => "Hồ sơ tiếp nhận",
  figureHandled: () => "Giải quyết trước hạn (gồm trước, đúng hạn và yêu cầu bổ sung)",
  figurePendingInTime: () => "Đang giải quyết trong hạn",
  figureRate: () => "Tỷ lệ đúng hạn",
  figureGranted: () => "Kinh phí được cấp (đồng)",
  figureDisbursed: () => "Đã giải ngân (đồng)",
  figureEstimate: () => "Dự toán năm sau (đồng)",
  figureTasks: () => "Nhiệm vụ trong kế hoạch",
  downloadReportDocx: () => "Tải báo cáo (.docx)",
  downloadReportXlsx: () => "Tải báo cáo (.xlsx)",
  downloadTracking: () => "Tải sổ theo dõi (.xlsx)",
  downloaded: (p: { name: string }) => `Đã tạo tệp ${p.name}; xem trong thư mục tải về.`,

  standalonePlanHeading: () => "Nhập kế hoạch từ tệp",
  standalonePlanHelp: () =>
    "Chọn tệp kế hoạch (.docx, .xlsx, .html, .tsv, .csv, .txt) để kiểm tra bảng nhiệm vụ và tải về sổ theo dõi đã điền sẵn các nhiệm vụ.",
  standalonePlanLabel: () => "Tệp kế hoạch",
  standaloneReportHeading: () => "Báo cáo từ sổ theo dõi",
  standaloneReportHelp: () =>
    "Chọn sổ theo dõi đã điền (.xlsx) để tạo báo cáo: tệp .xlsx có thêm trang “Báo cáo” và tệp .docx theo thể thức Nghị định 30/2020/NĐ-CP.",
  standaloneReportLabel: () => "Sổ theo dõi (.xlsx)",
  fileRead: (p: { name: string }) => `Đã đọc tệp ${p.name}.`,
  trackingFileName: (p: { year: string }) => `so-theo-doi-iso-${p.year}.xlsx`,
  reportXlsxFileName: (p: { year: string; draft?: boolean }) => `bao-cao-iso-${p.year}${p.draft ? "-du-thao" : ""}.xlsx`,
  reportXlsmFileName: (p: { year: string; draft?: boolean }) => `bao-cao-iso-${p.year}${p.draft ? "-du-thao" : ""}.xlsm`,
  reportDocxFileName: (p: { year: string; draft?: boolean }) => `bao-cao-iso-${p.year}${p.draft ? "-du-thao" : ""}.docx`,

  // The yearly routine (six steps).
  stepNumber: (p: { n: number }) => `Bước ${p.n}`,
  stepPlan: () => "Kế hoạch",
  stepAgency: () => "Thông tin cơ quan",
  stepTasks: () => "Nhiệm vụ",
  stepDossiers: () => "Hồ sơ TTHC",
  stepBudget: () => "Kinh phí",
  stepReport: () => "Báo cáo",
  stepStateDone: () => "Đã xong",
  stepStateTodo: () => "Chưa làm",
  stepStateAttention: (p: { count: number }) => (p.count > 0 ? `Cần bổ sung (${p.count})` : "Cần xem"),
  stepPlanHelp: () =>
    "Chọn kế hoạch ISO năm nay (.docx, .xlsx, .html, .txt) hoặc dán bảng phụ lục. Tiêu đề và phần đầu của kế hoạch điền sẵn trang “Thông tin” ở những ô còn trống.",
  stepPlanHelpStandalone: () =>
    "Chọn kế hoạch ISO năm nay (.docx, .xlsx, .html, .txt): trang này lập sổ theo dõi trong máy. Đã có sổ theo dõi (.xlsx) thì chọn sổ đó.",
  stepAgencyHelp: () => "Các thông tin bắt buộc của báo cáo (cơ quan, địa danh, người ký).",
  stepTasksHelp: () => "Tiến độ các nhiệm vụ của kế hoạch, theo cùng các phép kiểm tra của báo cáo.",
  stepDossiersHelp: () =>
    "Chọn tệp xuất từ hệ thống một cửa (danh sách hồ sơ, bảng tổng hợp hoặc Biểu 06), dán bảng hoặc chọn vùng: số liệu được ghi vào trang “Hồ sơ TTHC”.",
  stepBudgetHelp: () => "Kinh phí được cấp, đã giải ngân trong năm và dự toán năm sau (đồng).",
  stepReportHelp: () => "Ghi trang “Báo cáo” và “Kiểm tra”, rồi tải báo cáo .xlsx và .docx.",
  planFileLabel: () => "Tệp kế hoạch",
  planPasteSummary: () => "Dán bảng nhiệm vụ thay vì chọn tệp",
  dossiersFileLabel: () => "Tệp xuất từ hệ thống một cửa",
  dossiersPasteSummary: () => "Dán bảng hồ sơ thay vì chọn tệp",
  dossiersPasteLabel: () => "Dán bảng hồ sơ (từ Excel hoặc trang web)",
  dossiersPastePlaceholder: () => "Dán danh sách hoặc bảng tổng hợp hồ sơ vào đây (Ctrl+V)",
  dossiersFromPaste: () => "Nhập hồ sơ từ nội dung đã dán",
  dossiersFromSelection: () => "Nhập hồ sơ từ vùng đang chọn",
  dossiersPasteSourceName: () => "Bảng hồ sơ đã dán",
  planImported: (p: { tasks: number; year: string; errors: number; warnings: number; filled: number }) =>
    `Đã đọc ${p.tasks} nhiệm vụ, năm kế hoạch ${p.year}: ${p.errors} lỗi, ${p.warnings} cảnh báo.` +
    (p.filled > 0 ? ` Đã điền ${p.filled} mục của trang “Thông tin” từ kế hoạch.` : ""),
  wrongStepDossiers: () => `Tệp này là danh sách hồ sơ TTHC, không phải kế hoạch: hãy chọn nó ở Bước ${stepNumber("dossiers")} “Hồ sơ TTHC”.`,
  wrongStepPlan: () => `Tệp này là kế hoạch ISO (bảng nhiệm vụ), không phải số liệu hồ sơ: hãy chọn nó ở Bước ${stepNumber("plan")} “Kế hoạch”.`,
  wrongStepTracking: () =>
    "Tệp này là một sổ theo dõi: hãy mở nó bằng Excel (Tệp › Mở) rồi mở Trợ lý ISO trong sổ đó, hoặc chọn nó ở Bước " +
    String(stepNumber("plan")) +
    " của trang độc lập.",
  trackingOpened: (p: { name: string }) => `Đã mở sổ theo dõi ${p.name}.`,
  needPlanFirst: () => `Sổ chưa có các trang theo dõi: hãy chọn tệp kế hoạch ở Bước ${stepNumber("plan")} trước.`,
  noTableFound: () => "Không tìm thấy bảng cần đọc; xem lỗi bên dưới, sửa tệp rồi chọn lại.",
  agencyComplete: () => "Đã đủ các thông tin bắt buộc.",
  agencyMissingIntro: (p: { count: number }) => `Còn ${p.count} mục bắt buộc chưa điền; gõ vào đây rồi bấm “Lưu thông tin”:`,
  agencySave: () => "Lưu thông tin",
  agencySaved: (p: { count: number }) => `Đã ghi ${p.count} mục vào trang “Thông tin”.`,
  agencyNothingTyped: () => "Chưa gõ mục nào: hãy điền ít nhất một ô rồi bấm lại.",
  goToCell: (p: { location: string }) => `Chọn ô ${p.location}`,
  tasksProgress: (p: { total: number; done: number; notDone: number; noEvidence: number; late: number }) =>
    `${p.total} nhiệm vụ: ${p.done} hoàn thành, ${p.notDone} không thực hiện, ${p.noEvidence} chưa có kết quả, ${p.late} hoàn thành muộn.`,
  tasksNone: () => `Chưa có nhiệm vụ: hãy chọn tệp kế hoạch ở Bước ${stepNumber("plan")}.`,
  checkRun: () => "Kiểm tra",
  dossiersImported: (p: { received: number; fields: number; rate: string }) =>
    `Đã ghi trang “Hồ sơ TTHC”: ${p.received} hồ sơ tiếp nhận, ${p.fields} lĩnh vực; tỷ lệ đúng hạn ${p.rate}.`,
  dossiersSummary: (p: { received: number; rate: string }) => `${p.received} hồ sơ tiếp nhận; tỷ lệ đúng hạn ${p.rate}.`,
  dossiersNone: () => "Chưa có số liệu hồ sơ.",
  dossierFieldHeader: () => "Lĩnh vực",
  dossierReceivedHeader: () => "Tiếp nhận",
  dossierRateHeader: () => "Đúng hạn",
  budgetGrantedInput: (p: { item: string }) => `Được cấp: ${p.item}`,
  budgetDisbursedInput: (p: { item: string }) => `Đã giải ngân: ${p.item}`,
  budgetEstimateInput: (p: { item: string; year: number }) => `Dự toán ${p.year}: ${p.item}`,
  budgetSave: () => "Lưu kinh phí",
  budgetSaved: () => "Đã lưu vào trang “Kinh phí”.",
  budgetInvalid: (p: { location: string }) => `Ô ${p.location}: không đọc được số tiền; hãy ghi số đồng, ví dụ 18.000.000.`,
  budgetSummary: (p: { granted: string; disbursed: string; estimate: string }) =>
    `Được cấp ${p.granted} đồng, đã giải ngân ${p.disbursed} đồng; dự toán năm sau ${p.estimate} đồng.`,
  amountHint: () => "Số đồng, ví dụ 18.000.000",
  reportRunYear: (p: { year: number }) => `Tạo báo cáo năm ${p.year}`,
  reportDraft: (p: { year: number; missing: number }) =>
    `Bản nháp báo cáo năm ${p.year}: còn ${p.missing} mục bắt buộc chưa có. Bấm từng mục bên dưới để bổ sung, rồi tạo lại báo cáo.`,
  reportFinal: (p: { year: number }) => `Đã tạo báo cáo năm ${p.year}: đủ thông tin, không có lỗi.`,
  reportWithErrors: (p: { year: number; errors: number }) => `Đã tạo báo cáo năm ${p.year} nhưng còn ${p.errors} lỗi; xem danh sách bên dưới, sửa rồi tạo lại.`,
  draftBadge: () => "Bản nháp",
  missingHeading: () => "Còn thiếu",
  missingAt: (p: { label: string; location: string }) => `${p.label} (ô ${p.location})`,
  missingStepItem: (p: { label: string; n: number }) => `${p.label}: làm ở Bước ${p.n}`,
  itemResultInput: () => "Văn bản đã ban hành hoặc lý do không thực hiện",
  itemResultHint: () =>
    "Ghi số, ký hiệu và ngày của văn bản (ví dụ: Quyết định số 90/QĐ-STP ngày 05/12/2025), hoặc “Không thực hiện vì …”; báo cáo được tạo lại khi rời ô.",
  openAsWorkbook: () => "Mở báo cáo thành sổ Excel mới",
  workbookOpened: () => "Đã mở báo cáo trong một sổ Excel mới.",
  macDownloadHint: () =>
    "Excel cho Mac không tải được tệp từ ngăn tác vụ: để lấy tệp .docx, hãy mở trang độc lập (taskpane.html) trong trình duyệt, hoặc dùng lệnh “iso-assistant report”.",
  nextYearHeading: () => "Sang năm mới",
  nextYearHelp: () =>
    "Lập sổ theo dõi cho năm sau từ sổ này: giữ cơ quan, đơn vị, nhiệm vụ (thời gian chuyển sang năm sau) và lấy dự toán làm kinh phí được cấp; để trống trạng thái, kết quả, hồ sơ TTHC. Sổ này không thay đổi.",
  nextYearRun: (p: { year: number }) => `Tạo sổ theo dõi năm ${p.year}`,
  nextYearRunUnknown: () => "Tạo sổ theo dõi năm sau",
  nextYearDownloaded: (p: { year: number; tasks: number; name: string }) =>
    `Đã tạo sổ theo dõi năm ${p.year} (${p.tasks} nhiệm vụ): tệp ${p.name}, xem trong thư mục tải về. Sổ năm nay không thay đổi.`,
  nextYearOpened: (p: { year: number; tasks: number; name: string }) =>
    `Đã mở sổ theo dõi năm ${p.year} (${p.tasks} nhiệm vụ) trong một sổ Excel mới: hãy lưu sổ đó với tên ${p.name}. Sổ năm nay không thay đổi.`,
  downloadPlanDocx: (p: { year: number }) => `Tải dự thảo Kế hoạch ISO năm ${p.year} (.docx)`,
  planDocxFileName: (p: { year: string }) => `ke-hoach-iso-${p.year}.docx`,
  nextYearPlanHelp: (p: { year: number }) =>
    `Dự thảo Kế hoạch áp dụng, duy trì và cải tiến HTQLCL năm ${p.year} theo Nghị định 30/2020/NĐ-CP: nhiệm vụ ở Phụ lục, kinh phí theo dự toán; số và ngày để trống đến khi ký.`,
  nextYearPlanMissing: (p: { missing: string }) => `Kế hoạch mang dấu DỰ THẢO, còn thiếu: ${p.missing}.`,
  nextYearFailed: () => "Không tạo được sổ theo dõi năm sau; xem lỗi bên dưới, sửa trong sổ này rồi bấm lại.",
  // Step 2: every fact of "Thông tin", grouped; proposals confirmed in one action.
  agencyIntro: () =>
    "Thông tin của báo cáo, sửa được bất cứ lúc nào (mỗi ô được lưu khi rời ô). Mục Trợ lý ISO điền sẵn được đánh dấu “đề xuất — xác nhận” cho đến khi bạn xác nhận.",
  agencyGroupAgency: () => "Cơ quan",
  agencyGroupSigner: () => "Người ký",
  agencyGroupRecipients: () => "Nơi nhận",
  agencyGroupPeriod: () => "Kỳ báo cáo",
  agencyGroupBases: () => "Căn cứ",
  proposedBadge: () => "đề xuất — xác nhận",
  requiredBadge: () => "bắt buộc",
  confirmAll: (p: { count: number }) => `Xác nhận tất cả (${p.count} mục đề xuất)`,
  agencyAllConfirmed: () => "Mọi mục đã được xác nhận.",
  agencyPeriodNote: () => `Kỳ số liệu và ngày chốt được đề xuất từ tệp kết xuất hồ sơ; xác nhận cùng số liệu hồ sơ ở Bước ${stepNumber("dossiers")}.`,
  agencyConfirmed: (p: { count: number }) => `Đã xác nhận ${p.count} mục của trang “Thông tin”.`,
  fieldSaved: (p: { label: string }) => `Đã lưu mục “${p.label}”.`,
  dateInvalid: (p: { text: string }) => `Không hiểu ngày “${p.text}”: hãy ghi ngày/tháng/năm, ví dụ 14/12/2025.`,
  dateHint: () => "ngày/tháng/năm, ví dụ 14/12/2025",
  recipientsHint: () => "Mỗi nơi nhận một dòng",

  // Step 3: the task tracker.
  stepTasksTrackerHelp: () =>
    "Cập nhật trạng thái và minh chứng (số, ký hiệu, ngày văn bản) của từng nhiệm vụ; mỗi ô được lưu khi rời ô. Ghi một văn bản có ngày thì Trợ lý ISO đề nghị đánh dấu “Hoàn thành”.",
  tasksCounts: (p: { total: number; done: number; inProgress: number; notStarted: number; notDone: number; other: number }) =>
    `${p.total} nhiệm vụ: ${p.done} hoàn thành, ${p.inProgress} đang thực hiện, ${p.notStarted} chưa thực hiện, ${p.notDone} không thực hiện` +
    (p.other > 0 ? `, ${p.other} ghi trạng thái khác.` : "."),
  tasksFlags: (p: { open: number; late: number; noEvidence: number }) => `Chưa xong ${p.open}; trễ hạn ${p.late}; chưa có minh chứng ${p.noEvidence}.`,
  filterLegend: () => "Hiển thị",
  filterAll: (p: { n: number }) => `Tất cả (${p.n})`,
  filterOpen: (p: { n: number }) => `Chưa xong (${p.n})`,
  filterLate: (p: { n: number }) => `Trễ hạn (${p.n})`,
  filterNoEvidence: (p: { n: number }) => `Chưa có minh chứng (${p.n})`,
  filterEmpty: () => "Không có nhiệm vụ nào trong mục này.",
  taskTiming: (p: { timing: string }) => `Thời gian: ${p.timing}`,
  taskLead: (p: { lead: string }) => `Chủ trì: ${p.lead}`,
  taskOutput: (p: { output: string }) => `Sản phẩm: ${p.output}`,
  taskStatusLabel: () => "Trạng thái",
  taskEvidenceLabel: () => "Minh chứng (số, ký hiệu, ngày văn bản)",
  taskNoteLabel: () => "Ghi chú",
  taskMarkDone: (p: { status: string }) => `Đánh dấu “${p.status}”`,
  taskLateBadge: () => "Trễ hạn",
  evidenceRead: (p: { refs: string }) => `Đọc được: ${p.refs}.`,
  evidenceNoReference: () => "Chưa đọc được văn bản nào (ghi số, ký hiệu và ngày văn bản).",
  evidenceNoDate: (p: { refs: string }) => `Văn bản ${p.refs} chưa ghi ngày: ghi thêm ngày ban hành (ví dụ “ngày 05/03/2025”) để kiểm tra đúng hạn.`,
  taskSaved: (p: { no: string }) => `Đã lưu nhiệm vụ ${p.no}.`,

  // Step 4: the period.
  stepDossiersHelpStandalone: () =>
    "Chọn tệp xuất từ hệ thống một cửa (danh sách hồ sơ, bảng tổng hợp hoặc Biểu II.06a) hoặc dán bảng: số liệu được ghi vào trang “Hồ sơ TTHC”.",
  periodHeading: () => "Kỳ số liệu",
  periodFrom: () => "Từ ngày",
  periodTo: () => "Đến ngày",
  periodAsOf: () => "Ngày chốt số liệu (không sau hôm nay)",
  periodSourceTitle: () => "Đề xuất theo dòng tiêu đề của tệp kết xuất.",
  periodSourceDates: () => "Đề xuất theo ngày tiếp nhận trong tệp kết xuất.",
  periodSourceYear: () => "Đề xuất theo năm của kế hoạch.",
  periodOutsideBefore: (p: { count: number; from: string }) => `${p.count} hồ sơ tiếp nhận trước ${p.from} không tính vào kỳ.`,
  periodOutsideAfter: (p: { count: number; to: string }) => `${p.count} hồ sơ tiếp nhận sau ${p.to} không tính vào kỳ.`,
  periodConfirm: () => "Xác nhận kỳ số liệu",
  periodConfirmedNote: () => "Kỳ số liệu đã được xác nhận; số liệu hồ sơ là của kỳ này.",
  periodConfirmed: (p: { from: string; to: string; asOf: string }) => `Đã xác nhận kỳ số liệu ${p.from} – ${p.to}, chốt ngày ${p.asOf}.`,
  periodConfirmedRecounted: (p: { from: string; to: string; asOf: string }) =>
    `Đã xác nhận kỳ số liệu ${p.from} – ${p.to}, chốt ngày ${p.asOf}; số liệu hồ sơ đã được tính lại theo kỳ này.`,
  periodConfirmedNoSource: (p: { from: string; to: string; asOf: string }) =>
    `Đã xác nhận kỳ số liệu ${p.from} – ${p.to}, chốt ngày ${p.asOf}. Số liệu hồ sơ trong sổ được tính trước đó: hãy chọn lại tệp kết xuất để tính theo kỳ này.`,
  periodRefused: () => "Chưa xác nhận được kỳ số liệu; xem lỗi bên dưới.",
  asOfFuture: (p: { asOf: string; today: string }) =>
    `Ngày chốt số liệu ${p.asOf} chưa đến (hôm nay là ${p.today}): hồ sơ đang giải quyết không thể xét tại một ngày tương lai; hãy chọn ngày chốt không sau hôm nay.`,

  // Units, findings' places.
  addUnits: (p: { count: number }) => `Thêm vào danh mục đơn vị (${p.count} tên)`,
  unitsAdded: (p: { count: number }) => `Đã thêm ${p.count} đơn vị vào danh mục đơn vị (trang “Đơn vị”).`,
  findingInPaste: (p: { sheet: string; row: number }) => `${p.sheet}, dòng ${p.row}`,
  placeField: (p: { label: string; n: number }) => `${p.label} (Bước ${p.n})`,
  placeTask: (p: { no: string; n: number }) => `Nhiệm vụ ${p.no} (Bước ${p.n})`,
  placeStep: (p: { sheet: string; n: number }) => `Trang “${p.sheet}” của sổ theo dõi (Bước ${p.n})`,
  missingConfirm: (p: { label: string; n: number }) => `${p.label}: xác nhận ở Bước ${p.n}`,
  missingField: (p: { label: string; n: number }) => `${p.label}: điền ở Bước ${p.n}`,
  missingItemBelow: (p: { label: string }) => `${p.label}: ghi vào ô ngay dưới`,
  keepEdited: () => "Giữ nội dung đã sửa",
  findingInFile: (p: { file: string; row: number }) => `tệp ${p.file}, dòng ${p.row} của bảng`,
  findingGoToField: (p: { location: string }) => `Đến ${p.location} để sửa`,
  stepStateProgress: (p: { done: number; total: number }) => `Đang theo dõi (${p.done}/${p.total} xong)`,

  // Standalone: the work kept in the browser.
  restoreHeading: () => "Sổ theo dõi đã lưu trong trình duyệt",
  restoreContinue: (p: { year: string; time: string; day: string }) =>
    p.year ? `Tiếp tục sổ theo dõi năm ${p.year} (lưu lúc ${p.time} ${p.day})` : `Tiếp tục sổ theo dõi (lưu lúc ${p.time} ${p.day})`,
  restoreNew: () => "Bắt đầu sổ mới",
  dayToday: () => "hôm nay",
  dayYesterday: () => "hôm qua",
  dayOn: (p: { date: string }) => `ngày ${p.date}`,
  savedRestored: (p: { year: string | number }) => `Đã mở lại sổ theo dõi${p.year ? ` năm ${p.year}` : ""} đã lưu trong trình duyệt.`,
  savedGone: () => "Không còn sổ nào lưu trong trình duyệt; hãy chọn tệp kế hoạch hoặc sổ theo dõi.",
  trackingToolbarHeading: () => "Sổ theo dõi đang mở",
  storageSaved: (p: { time: string; day: string }) => `Đã lưu trong trình duyệt lúc ${p.time} ${p.day}; đóng trang không mất dữ liệu.`,
  storageUnavailable: () =>
    "Trình duyệt không cho lưu dữ liệu (có thể đang ở chế độ duyệt riêng tư): đóng trang sẽ mất những gì đã làm; hãy bấm “Tải sổ theo dõi” để giữ tệp.",
  storageQuota: () =>
    "Trình duyệt đã hết chỗ lưu nên thay đổi mới chưa được lưu: hãy bấm “Tải sổ theo dõi” để giữ tệp, rồi xoá bớt dữ liệu trang web trong cài đặt trình duyệt.",
  storageFailed: () => "Không lưu được vào trình duyệt: hãy bấm “Tải sổ theo dõi” để giữ tệp.",
  busyPercent: (p: { name: string; percent: number }) => `Đang đọc tệp ${p.name}… ${p.percent}%`,
  busyParsing: (p: { name: string }) => `Đang phân tích tệp ${p.name}…`,

  busy: () => "Đang xử lý…",
  busyLoadingModule: () => "Đang tải thành phần xử lý tệp…",
  busyReadingWorkbook: () => "Đang đọc sổ…",
  busyReadingSelection: () => "Đang đọc vùng đang chọn…",
  busyReadingFile: (p: { name: string }) => `Đang đọc tệp ${p.name}…`,
  busyImporting: () => "Đang phân tích bảng nhiệm vụ…",
  busyWriting: () => "Đang ghi vào sổ…",
  busyValidating: () => "Đang kiểm tra…",
  busyReport: () => "Đang tạo báo cáo…",
  busyFile: (p: { name: string }) => `Đang tạo tệp ${p.name}…`,
  busyNextYear: () => "Đang lập sổ theo dõi năm sau…",
  busySelecting: (p: { location: string }) => `Đang chọn ô ${p.location}…`,

  // Written into the workbook by the Office.js adapter (the workbook's texts are Vietnamese).
  sheetOwnerMarkerComment: () => "Trợ lý ISO: trang tính do Trợ lý ISO tạo (đừng xoá tên này)",
  validationOutsideList: () => "Giá trị này không có trong danh sách.",

  errorTitle: () => "Chưa làm được",
  errorSheetNotOwned: (p: { sheet: string }) =>
    `Trang tính “${p.sheet}” đã có và không phải do Trợ lý ISO tạo. Để không ghi đè dữ liệu của bạn, hãy đổi tên trang đó rồi chạy lại.`,
  errorOwnedSheetObjects: (p: { sheet: string; kind: string; cell: string }) => {
    const what = p.kind === "notes" ? "ghi chú" : p.kind === "drawings" ? "biểu đồ, hình ảnh hoặc hình vẽ" : "đối tượng (PivotTable, nút điều khiển…)";
    return `Trang tính “${p.sheet}” có ${what} do bạn thêm vào${p.cell ? ` (ở ô ${p.cell})` : ""}; khi ghi, trang được tạo lại toàn bộ nên ${what} sẽ bị mất. Hãy chuyển sang trang tính khác hoặc xoá rồi chạy lại (tệp không bị thay đổi).`;
  },
  errorCellNotFound: (p: { location: string }) =>
    `Không tìm thấy ô ${p.location} trong sổ đang mở; kết quả này có thể thuộc tệp đã nhập chứ không thuộc sổ: hãy sửa ô đó trong tệp rồi nhập lại.`,
  errorItemNotFound: () =>
    `Không tìm thấy trang tính hoặc vùng cần dùng; có thể trang đã bị đổi tên hoặc xoá. Hãy đặt lại tên cũ, hoặc nhập lại kế hoạch ở Bước ${stepNumber("plan")} để tạo lại các trang.`,
  errorAccessDenied: () => "Sổ hoặc trang tính đang được bảo vệ nên không ghi được; hãy bỏ bảo vệ rồi chạy lại.",
  errorCellEditMode: () => "Một ô đang được sửa: nhấn Enter hoặc Esc trong ô đó rồi bấm lại.",
  errorPayloadTooLarge: () => "Dữ liệu quá lớn cho một lần gửi tới sổ; hãy chọn vùng nhỏ hơn.",
  errorApiUnsupported: () => "Phiên bản Excel này chưa hỗ trợ chức năng cần dùng; hãy dùng Microsoft 365 hoặc Office 2021 trở lên, hoặc trang độc lập.",
  errorOffice: (p: { code: string }) => `Excel báo lỗi (mã ${p.code}); thao tác chưa hoàn tất, sổ không bị thay đổi thêm. Hãy bấm lại sau giây lát.`,
  errorInternalSpec: () => "Lỗi nội bộ khi chuẩn bị trang tính; hãy gửi tệp đầu vào cho nhóm phát triển.",
  errorFileUnreadable: (p: { name: string }) => `Không đọc được tệp ${p.name} trên máy; hãy đóng tệp nếu nó đang mở ở chương trình khác rồi chọn lại.`,
  errorWorkbookUnusable: (p: { name: string; problem: string }) =>
    p.problem === "encrypted"
      ? `Tệp ${p.name} được đặt mật khẩu mở nên không đọc được; hãy mở bằng Excel, bỏ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc › Mã hoá bằng mật khẩu), lưu lại rồi chọn lại tệp.`
      : p.problem === "legacy_xls"
        ? `Tệp ${p.name} là định dạng Excel 97-2003 (.xls) cũ; hãy mở và lưu lại dạng Excel Workbook (.xlsx) rồi chọn lại tệp.`
        : p.problem === "strict"
          ? `Tệp ${p.name} được lưu dạng "Strict Open XML Spreadsheet"; hãy lưu lại dạng Excel Workbook (.xlsx) rồi chọn lại tệp.`
          : p.problem === "binary"
            ? `Tệp ${p.name} là sổ làm việc nhị phân (.xlsb); hãy lưu lại dạng Excel Workbook (.xlsx) rồi chọn lại tệp.`
            : `Tệp ${p.name} không phải sổ làm việc Excel dạng .xlsx, .xlsm hoặc đã bị hỏng; hãy mở bằng Excel hoặc LibreOffice Calc, lưu lại dạng Excel Workbook (.xlsx) rồi chọn lại tệp.`,
  errorWorkbookDamaged: (p: { part: string }) =>
    `Sổ theo dõi đang dùng bị hỏng: phần ${p.part} bên trong tệp không đọc được nên không ghi được các trang của Trợ lý ISO vào (tệp không bị thay đổi). Hãy mở tệp bằng Excel hoặc LibreOffice Calc, lưu lại dạng Excel Workbook (.xlsx) rồi chọn lại tệp.`,
  errorModuleLoad: () => "Không tải được thành phần xử lý tệp; hãy kiểm tra kết nối tới máy chủ của phần bổ trợ rồi thử lại.",
  errorDownload: () => "Trình duyệt không cho tải tệp về; hãy thử lại hoặc dùng trang độc lập trong trình duyệt.",
  errorUnexpected: () =>
    "Đã xảy ra lỗi không mong đợi; thao tác chưa hoàn tất. Hãy bấm lại; nếu lỗi lặp lại, hãy dùng trang độc lập hoặc gửi tệp đầu vào cho người hỗ trợ.",
};

/** The shape every task-pane language provides: same keys, same parameters. */
export type TaskpaneMessages = typeof taskpaneMessagesVi;
