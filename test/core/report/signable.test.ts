import { demoAgency, demoBudget, demoDossiers } from "../../../src/app/demoData";
import { sumCounts } from "../../../src/core/dossiers/counts";
import { finding } from "../../../src/core/findings/finding";
import type { PlanTask } from "../../../src/core/plan/plan";
import { buildReportModel, type ReportInput } from "../../../src/core/report/buildReport";
import { draftNarrative, type Narrative } from "../../../src/core/report/narrative";
import { reportItemResults, type ItemResult } from "../../../src/core/report/reportItems";
import { placeholdersLeft } from "../../../src/core/report/signable";
import { taskpaneMessagesVi as taskpaneVi } from "../../../src/core/messages/vi/taskpane";

/**
 * What keeps a report a DỰ THẢO (issue #18, item 2), one condition at a time from a report a
 * director could sign: the demo's agency (every fact typed, as-of date set), eight items each
 * with a document, the drafts written from the figures, no finding.
 */
const task = (no: string, text: string, more: Partial<PlanTask> = {}): PlanTask =>
  ({
    no,
    group: null,
    task: text,
    output: "",
    status: "Hoàn thành",
    evidence: "",
    note: "",
    timing: { text: "Quý IV" },
    units: { lead: [], support: [], text: "Văn phòng" },
    source: { sheet: "Nhiệm vụ", cell: `C${Number(no) + 1}` },
    cells: {},
    ...more,
  }) as unknown as PlanTask;

const tasks: PlanTask[] = [
  task("1", "Ban hành Kế hoạch áp dụng, duy trì và cải tiến HTQLCL năm 2024", { evidence: "Kế hoạch số 733/KH-SYT ngày 28/02/2024" }),
  task("2", "Phê duyệt mục tiêu chất lượng năm 2024", { evidence: "Quyết định số 40/QĐ-SYT ngày 15/01/2024" }),
  task("3", "Rà soát, cập nhật các quy trình nội bộ giải quyết TTHC", { evidence: "Quyết định số 386/QĐ-SYT ngày 27/9/2024" }),
  task("4", "Tổ chức đánh giá nội bộ", { evidence: "Báo cáo số 12/BC-SYT ngày 03/10/2024" }),
  task("5", "Họp xem xét của lãnh đạo", { evidence: "Biên bản 01/BB-XXLD ngày 22/10/2024" }),
  task("6", "Người đứng đầu xác nhận hiệu lực HTQLCL", { evidence: "Quyết định số 494/QĐ-SYT ngày 01/11/2024" }),
  task("7", "Công bố lại HTQLCL khi có điều chỉnh, mở rộng phạm vi áp dụng", { evidence: "Quyết định số 491/QĐ-SYT ngày 31/10/2024" }),
];

const dossiers = sumCounts("Tổng cộng", demoDossiers());
const refs: ReportInput["refs"] = {
  dossierTotalRow: 10,
  budget: { grantedRows: [3, 4], grantedTotalRow: 5, estimateRows: [9], estimateTotalRow: 10 },
  taskLastRow: 8,
};

const input = (overrides: Partial<ReportInput> = {}): ReportInput => ({
  agency: demoAgency(),
  tasks,
  dossiers,
  budget: demoBudget(),
  refs,
  findings: [],
  ...overrides,
});
const build = (overrides: Partial<ReportInput> = {}) => buildReportModel(input(overrides));
const narrative = (): Narrative => draftNarrative({ agency: "Sở Y tế", year: 2024, asOf: "2024-10-31", dossiers, tasks, budget: demoBudget() });

describe("a report is final only when a director could sign it", () => {
  it("the baseline is signable: all eight items accounted for, nothing missing", () => {
    const model = build();
    expect(model.missing).toEqual([]);
    expect(model.draft).toBe(false);
  });

  it("an unconfirmed proposal in 'Thông tin' keeps it a draft, at the fact's cell", () => {
    const model = build({ agency: { ...demoAgency(), proposed: ["signerName"] }, places: { agency: { signerName: "B16" } } });
    expect(model.draft).toBe(true);
    expect(model.missingAt).toEqual([
      { label: "Thông tin: Họ và tên người ký (giá trị đề xuất, chưa xác nhận)", sheet: "Thông tin", cell: "B16", confirm: true },
    ]);
  });

  it("no as-of date keeps it a draft", () => {
    const model = build({ agency: { ...demoAgency(), asOf: "" } });
    expect(model.draft).toBe(true);
    expect(model.missing).toEqual(["Thông tin: Ngày chốt số liệu (chưa có)"]);
  });

  it("an item whose task has no document keeps it a draft; a 'Không thực hiện vì …' note instead makes it final again", () => {
    const without = tasks.map((t) => (t.no === "7" ? { ...t, evidence: "" } : t));
    const model = build({ tasks: without });
    expect(model.draft).toBe(true);
    expect(model.missing).toEqual([
      "Kết quả mục I.8 (Thực hiện công bố lại sau khi có sự điều chỉnh, thu hẹp, mở rộng phạm vi áp dụng): chưa có văn bản hoặc lý do không thực hiện",
    ]);
    const reason = tasks.map((t) =>
      t.no === "7" ? { ...t, evidence: "", status: "Không thực hiện", note: "Không thực hiện vì năm 2024 không điều chỉnh phạm vi" } : t,
    );
    const final = build({ tasks: reason });
    expect(final.missing).toEqual([]);
    const row = final.blocks.find((b) => b.kind === "table")!;
    expect(row.kind === "table" && row.rows[7].map((cell) => cell.join(""))).toEqual([
      "8",
      expect.stringContaining("công bố lại"),
      "Không thực hiện vì năm 2024 không điều chỉnh phạm vi",
    ]);
  });

  it("an item the plan has no task for keeps it a draft, at the item's row of 'Nhận xét'", () => {
    const items: ItemResult[] = reportItemResults(
      tasks.filter((t) => t.no !== "4"),
      "",
      2024,
    );
    const model = build({ items, places: { items: { internalAudit: "B19" } } });
    expect(model.draft).toBe(true);
    expect(model.missingAt).toEqual([
      {
        label: "Kết quả mục I.5 (Tổ chức đánh giá nội bộ, khắc phục các điểm không phù hợp): chưa có văn bản hoặc lý do không thực hiện",
        sheet: "Nhận xét",
        cell: "B19",
        // Which item it is, so the pane offers a field for its result (step 6).
        item: "internalAudit",
      },
    ]);
  });

  it.each([
    ["an ellipsis", "Lãnh đạo Sở quan tâm, chỉ đạo …"],
    ["three dots", "Lãnh đạo Sở quan tâm, chỉ đạo..."],
    ["the plan's blank year", "Tiếp tục duy trì HTQLCL (năm)"],
    ["empty brackets", "Thuận lợi: [ ]"],
    ["'Cơ quan' as a name", "Cơ quan đã triển khai đầy đủ kế hoạch"],
    ["'tại Cơ quan'", "Việc áp dụng HTQLCL tại Cơ quan được duy trì"],
  ])("%s left in a 'Nhận xét' block keeps it a draft, quoting where", (_, line) => {
    const model = build({ narrative: { ...narrative(), advantages: line } });
    expect(model.draft).toBe(true);
    expect(model.missing).toHaveLength(1);
    expect(model.missing[0]).toMatch(/^Báo cáo còn chữ để trống: “.+”$/u);
  });

  it("'cơ quan' as a common noun, and the decree's number and date blanks, are not placeholders", () => {
    const model = build({ narrative: { ...narrative(), advantages: "Các cơ quan, đơn vị phối hợp tốt; Cơ quan chủ trì đã báo cáo." } });
    expect(model.header.number).toBe("Số: …/BC-SYT");
    expect(model.header.placeDate).toContain("ngày … tháng …");
    expect(model.missing).toEqual([]);
  });

  it("no short name: the sentences say 'Cơ quan' and the report is a draft for both", () => {
    const model = build({ agency: { ...demoAgency(), agencyShortName: "" } });
    expect(model.draft).toBe(true);
    expect(model.missing[0]).toBe("Thông tin: Tên cơ quan trong câu văn (câu văn đang ghi “Cơ quan”)");
    expect(model.missing.some((m) => m.startsWith("Báo cáo còn chữ để trống: “") && m.includes("Cơ quan"))).toBe(true);
  });

  it("the plan's own '(năm)' is filled with the year: not a placeholder, and written out in the report", () => {
    const withBlank = [
      ...tasks,
      task("8", "Báo cáo kết quả thực hiện, xây dựng áp dụng và duy trì Hệ thống quản lý chất lượng (năm).", { status: "Chưa thực hiện" }),
    ];
    const model = build({ tasks: withBlank });
    expect(model.missing).toEqual([]);
    const all = JSON.stringify(model);
    expect(all).not.toContain("(năm)");
    expect(all).toContain("duy trì Hệ thống quản lý chất lượng năm 2024");
  });

  it("an error among the checks keeps it a draft, pointing at the first error; a warning does not", () => {
    const error = finding("error", "year_invalid", { sheet: "Thông tin", cell: "B7" }, { value: "năm nay" });
    const warning = finding("warning", "narrative_sheet_missing", { sheet: "Nhận xét" }, { sheet: "Nhận xét" });
    const model = build({ findings: [warning, error] });
    expect(model.missingAt).toEqual([{ label: "Kiểm tra: còn 1 lỗi (xem trang Kiểm tra)", sheet: "Thông tin", cell: "B7" }]);
    expect(build({ findings: [warning] }).draft).toBe(false);
  });

  it("finds placeholders in the appendix and the signature too", () => {
    const model = build();
    expect(placeholdersLeft({ ...model, footer: { ...model.footer, signerName: "…" } })).toEqual(["Báo cáo còn chữ để trống: “…”"]);
  });
});

describe("the file name says it is a draft", () => {
  it.each([
    ["reportXlsxFileName", "bao-cao-iso-2024-du-thao.xlsx", "bao-cao-iso-2024.xlsx"],
    ["reportXlsmFileName", "bao-cao-iso-2024-du-thao.xlsm", "bao-cao-iso-2024.xlsm"],
    ["reportDocxFileName", "bao-cao-iso-2024-du-thao.docx", "bao-cao-iso-2024.docx"],
  ] as const)("%s", (key, draft, final) => {
    expect(taskpaneVi[key]({ year: "2024", draft: true })).toBe(draft);
    expect(taskpaneVi[key]({ year: "2024", draft: false })).toBe(final);
  });
});
