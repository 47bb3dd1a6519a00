import { amountInWords } from "../budget/amountInWords";
import type { DossierCounts } from "../dossiers/counts";
import { sheetRef } from "../grid/address";
import type { PlanTask } from "../plan/plan";
import { placeAndDate, shortDocDate } from "../text/docDate";
import type { AgencyInfo } from "../workbook/agencySheet";
import type { BudgetSheetData } from "../workbook/budgetSheet";
import { dossierColumn } from "../workbook/dossierSheet";
import { sheetNames } from "../workbook/sheetNames";
import type { Block, Figure, FigureFormat, ReportModel, Run } from "./model";
import { reportItemResults } from "./reportItems";

/** Where the report's figures live in the data sheets (read from the workbook, not assumed). */
export interface ReportRefs {
  /** 1-based row of the dossier sheet's "Tổng cộng" row; null when the sheet has none. */
  readonly dossierTotalRow: number | null;
  /** 1-based rows of the budget sheet's granted lines, their total, the estimate lines and total. */
  readonly budget: {
    readonly grantedRows: readonly number[];
    readonly grantedTotalRow: number | null;
    readonly estimateRows: readonly number[];
    readonly estimateTotalRow: number | null;
  };
  /** 1-based last row of the tasks sheet's status column to count. */
  readonly taskLastRow: number;
}

export interface ReportInput {
  readonly agency: AgencyInfo;
  readonly tasks: readonly PlanTask[];
  readonly dossiers: DossierCounts;
  readonly budget: BudgetSheetData;
  readonly refs: ReportRefs;
}

const placeholder = (text: string): Block => ({ kind: "paragraph", runs: [`[${text}]`], style: "placeholder" });
const para = (runs: Run[], style: "body" | "section" | "subsection" | "item" | "center" | "note" = "body"): Block => ({ kind: "paragraph", runs, style });

function figure(value: number | null, format: FigureFormat, sheet: string, address: string | null): Figure {
  return { value, format, ref: address ? `${sheetRef(sheet)}!${address}` : null };
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + (Number.isFinite(b) ? b : 0), 0);

/**
 * Builds the year-end report (seed 001 shape, NĐ 30/2020 format) from the tracking workbook's
 * data. Figures carry their data-sheet cells so the sheet version stays live.
 */
export function buildReportModel(input: ReportInput): ReportModel {
  const { agency, tasks, dossiers, budget, refs } = input;
  const year = agency.year;
  const next = year + 1;
  const who = agency.agencyShortName || "Cơ quan";
  const d = (key: Parameters<typeof dossierColumn>[0], value: number | null, format: FigureFormat = "integer") =>
    figure(value, format, sheetNames.dossiers, refs.dossierTotalRow ? `${dossierColumn(key)}${refs.dossierTotalRow}` : null);
  const b = (column: "D" | "E", row: number | null | undefined, value: number) =>
    figure(value, "amount", sheetNames.budget, row ? `${column}${row}` : null);

  const blocks: Block[] = [];
  blocks.push(para([`${who} báo cáo kết quả triển khai ISO năm ${year} và dự toán kinh phí thực hiện ISO năm ${next} như sau:`]));

  // I. Results table.
  blocks.push(para([`I. KẾT QUẢ TRIỂN KHAI THỰC HIỆN ISO NĂM ${year}`], "section"));
  blocks.push({
    kind: "table",
    headers: ["TT", "Nội dung thực hiện", "Kết quả"],
    spans: [1, 2, 2],
    rows: reportItemResults(tasks, agency.planReference).map((item, i) => [[String(i + 1)], [item.text], [item.result]]),
    repeatHeader: true,
  });
  const done = tasks.filter((t) => t.status.trim() === "Hoàn thành").length;
  blocks.push(
    para([
      "- Thực hiện kế hoạch: ",
      { value: done, format: "integer", ref: `COUNTIF(${sheetRef(sheetNames.tasks)}!J2:J${refs.taskLastRow},"Hoàn thành")` },
      `/${tasks.length} nhiệm vụ đã hoàn thành.`,
    ]),
  );

  // Budget granted and disbursed.
  const grantedTotal = sum(budget.granted.map((g) => g.granted));
  const disbursedTotal = sum(budget.granted.map((g) => g.disbursed));
  blocks.push(
    para([
      `- Tình hình sử dụng kinh phí được cấp năm ${year}${agency.budgetDecision ? ` theo ${agency.budgetDecision}` : ""}:`,
    ]),
  );
  budget.granted.forEach((g, i) => {
    blocks.push(para([`+ Số kinh phí đã cấp ${g.item.toLocaleLowerCase("vi")}: `, b("D", refs.budget.grantedRows[i], g.granted), " đồng."], "item"));
  });
  blocks.push(
    para(
      [
        "+ Số kinh phí đã giải ngân: ",
        b("E", refs.budget.grantedTotalRow, disbursedTotal),
        ` đồng (${wordsOrPlaceholder(disbursedTotal)}).`,
      ],
      "item",
    ),
  );
  if (grantedTotal !== disbursedTotal) {
    blocks.push(para(["+ Tổng kinh phí được cấp: ", b("D", refs.budget.grantedTotalRow, grantedTotal), " đồng."], "item"));
  }

  // II. Evaluation.
  blocks.push(para(["II. ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN"], "section"));
  blocks.push(para([`1. Nhận xét, đánh giá hiệu quả của việc áp dụng HTQLCL theo tiêu chuẩn quốc gia TCVN ISO 9001:2015 tại ${who}`], "subsection"));
  blocks.push(para(["- Việc thực hiện các quá trình giải quyết thủ tục hành chính tại cơ quan, đơn vị:"]));
  if (agency.scope) blocks.push(para([`+ Phạm vi áp dụng tại ${who} gồm: ${agency.scope}`], "item"));
  const from = agency.periodStart ? shortDocDate(agency.periodStart) : `01/01/${year}`;
  const to = agency.periodEnd ? shortDocDate(agency.periodEnd) : `31/12/${year}`;
  blocks.push(
    para(
      [
        `+ Từ ngày ${from} đến ngày ${to}, ${who} đã tiếp nhận: `,
        d("received", dossiers.received),
        " hồ sơ, xử lý trước hạn: ",
        { value: dossiers.handledBeforeDeadline, format: "integer", ref: refs.dossierTotalRow ? handledFormula(refs.dossierTotalRow) : null },
        " (trả kết quả trước và đúng hạn: ",
        { value: dossiers.early + dossiers.onTime, format: "integer", ref: refs.dossierTotalRow ? earlyOnTimeFormula(refs.dossierTotalRow) : null },
        " hồ sơ; yêu cầu bổ sung: ",
        d("supplement", dossiers.supplement),
        " hồ sơ); trả quá hạn: ",
        d("late", dossiers.late),
        " hồ sơ; hồ sơ đang xử lý trong hạn: ",
        d("pendingInTime", dossiers.pendingInTime),
        "; đang xử lý quá hạn: ",
        d("pendingOverdue", dossiers.pendingOverdue),
        ".",
      ],
      "item",
    ),
  );
  blocks.push({
    kind: "table",
    headers: ["Chỉ tiêu", "Số hồ sơ / tỷ lệ"],
    spans: [4, 1],
    rows: [
      [["Tổng số hồ sơ tiếp nhận"], [d("received", dossiers.received)]],
      [["Đã giải quyết trước hạn"], [d("early", dossiers.early)]],
      [["Đã giải quyết đúng hạn"], [d("onTime", dossiers.onTime)]],
      [["Đã giải quyết quá hạn"], [d("late", dossiers.late)]],
      [["Yêu cầu bổ sung hồ sơ"], [d("supplement", dossiers.supplement)]],
      [["Công dân rút hồ sơ"], [d("withdrawn", dossiers.withdrawn)]],
      [["Đang giải quyết trong hạn"], [d("pendingInTime", dossiers.pendingInTime)]],
      [["Đang giải quyết quá hạn"], [d("pendingOverdue", dossiers.pendingOverdue)]],
      [["Tỷ lệ giải quyết đúng hạn = (trước hạn + đúng hạn) / đã giải quyết"], [d("rateA", dossiers.onTimeRate, "percent")]],
      [["Tỷ lệ theo QĐ 766/QĐ-TTg = (trước hạn + đúng hạn + yêu cầu bổ sung + rút hồ sơ + đang giải quyết trong hạn) / tiếp nhận"], [d("rateC", dossiers.goodRateC, "percent")]],
    ],
  });
  blocks.push(placeholder("Nhận xét về kết quả giải quyết thủ tục hành chính, sự hài lòng của khách hàng"));
  blocks.push(para(["- Công việc quản lý, điều hành của Lãnh đạo, các phòng nghiệp vụ (cử cán bộ tham gia tập huấn về ISO; tổ chức đào tạo; đo lường sự thỏa mãn của khách hàng):"]));
  blocks.push(placeholder("Nêu các văn bản cử cán bộ tập huấn, các lớp đào tạo, kết quả khảo sát sự hài lòng"));
  blocks.push(para(["- Gắn kết với việc thực hiện cơ chế một cửa:"]));
  blocks.push(placeholder("Đánh giá hiệu quả gắn kết HTQLCL với cơ chế một cửa"));
  blocks.push(para(["2. Thuận lợi, khó khăn và những vấn đề tồn tại trong việc xây dựng, áp dụng, duy trì và cải tiến HTQLCL theo Tiêu chuẩn quốc gia TCVN ISO 9001"], "subsection"));
  blocks.push(para(["a) Thuận lợi:"]));
  blocks.push(placeholder("Nêu các thuận lợi"));
  blocks.push(para(["b) Khó khăn:"]));
  blocks.push(placeholder("Nêu các khó khăn, tồn tại và nguyên nhân"));

  // III. Next year.
  blocks.push(para([`III. VIỆC TRIỂN KHAI THỰC HIỆN ISO NĂM ${next}`], "section"));
  blocks.push(para([`1. Nội dung triển khai ISO năm ${next}`], "subsection"));
  [
    "Tiếp tục duy trì, cải tiến và mở rộng áp dụng Hệ thống quản lý chất lượng TCVN ISO 9001:2015 gắn với giải quyết thủ tục hành chính;",
    `Xây dựng Kế hoạch triển khai áp dụng ISO năm ${next};`,
    `Ban hành Quyết định Mục tiêu chất lượng năm ${next};`,
    `Đánh giá nội bộ năm ${next};`,
    "Họp xem xét của lãnh đạo;",
    "Công bố lại hệ thống quản lý chất lượng (nếu có);",
    `Báo cáo kết quả triển khai ISO năm ${next} và dự toán kinh phí năm ${next + 1}.`,
  ].forEach((text, i) => blocks.push(para([`${"abcdđeg"[i]}) ${text}`], "item")));
  blocks.push(para([`2. Dự toán kinh phí năm ${next}`], "subsection"));
  const estimateTotal = sum(budget.estimate.map((e) => e.amount));
  blocks.push({
    kind: "table",
    headers: ["Nội dung", "Kinh phí (đồng)", "Giải trình"],
    spans: [2, 1, 2],
    rows: [
      ...budget.estimate.map((e, i) => [[e.item], [b("D", refs.budget.estimateRows[i], e.amount)], [e.explanation]]),
      [["Tổng cộng"], [b("D", refs.budget.estimateTotalRow, estimateTotal)], [`Bằng chữ: ${wordsOrPlaceholder(estimateTotal)}`]],
    ],
    totalRow: budget.estimate.length,
  });

  blocks.push(para(["IV. KIẾN NGHỊ, ĐỀ XUẤT"], "section"));
  blocks.push(placeholder("Kiến nghị, đề xuất (nếu không có, ghi “Không”)"));

  return {
    header: {
      governingBody: agency.governingBody.toLocaleUpperCase("vi"),
      agencyName: agency.agencyName.toLocaleUpperCase("vi"),
      number: `Số: ${agency.documentNumber ? agency.documentNumber.padStart(2, "0") : "…"}/BC-${agency.abbreviation}`,
      placeDate: placeAndDate(agency.placeName, agency.reportDate, year),
      title: "BÁO CÁO",
      summary: `Kết quả triển khai ISO năm ${year} và dự toán kinh phí thực hiện ISO năm ${next}`,
      recipientTo: agency.recipientTo ? `Kính gửi: ${agency.recipientTo}` : "",
    },
    blocks,
    footer: {
      recipients: recipientLines(agency),
      authority: agency.signingAuthority.toLocaleUpperCase("vi"),
      signerTitle: agency.signerTitle.toLocaleUpperCase("vi"),
      signerName: agency.signerName,
    },
  };
}

/** Handled before the deadline = early + on time + supplement (seed 001: 343 = 333 + 10). */
function handledFormula(row: number): string {
  return `${dossierColumn("early")}${row}+${dossierColumn("onTime")}${row}+${dossierColumn("supplement")}${row}`.replace(/([A-Z]+\d+)/g, `${sheetRef(sheetNames.dossiers)}!$1`);
}

function earlyOnTimeFormula(row: number): string {
  return `${dossierColumn("early")}${row}+${dossierColumn("onTime")}${row}`.replace(/([A-Z]+\d+)/g, `${sheetRef(sheetNames.dossiers)}!$1`);
}

function wordsOrPlaceholder(amount: number): string {
  return Number.isInteger(amount) && amount >= 0 ? amountInWords(amount) : "[số tiền không hợp lệ]";
}

/** "Nơi nhận" lines per NĐ 30: "- X;" each, the last "- Lưu: VT, <unit>." */
function recipientLines(agency: AgencyInfo): string[] {
  const lines = agency.recipients.map((r) => r.replace(/[;.]\s*$/, "")).filter(Boolean).map((r) => `- ${r};`);
  lines.push(`- Lưu: VT${agency.draftingUnit ? `, ${agency.draftingUnit}` : ""}.`);
  return lines;
}
