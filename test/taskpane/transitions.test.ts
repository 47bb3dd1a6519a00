import type { MissingItem } from "../../src/app/routine";
import { taskpaneTexts } from "../../src/core/messages/taskpaneLanguages";
import { finding } from "../../src/core/findings/finding";
import { succeeded } from "../../src/core/job/jobResult";
import { taskpaneText } from "../../src/core/messages/catalogue";
import { createAppState, statusText, type AppState, type ReportState } from "../../src/taskpane/state";
import {
  applyDossiers,
  applyError,
  applyHost,
  applyImport,
  applyNextYear,
  applyReport,
  applyInvalid,
  applyQuietSave,
  paneFailed,
  progressJob,
  startJob,
  switchLanguage,
} from "../../src/taskpane/transitions";

const base = (): AppState => applyHost(createAppState(), "excel");
const missingSigner: MissingItem = { step: "agency", label: "Họ và tên người ký", sheet: "Thông tin", cell: "B15" };
const report = (over: Partial<ReportState> = {}): ReportState => ({
  model: {} as ReportState["model"],
  sheets: { sheets: [] },
  figures: [],
  year: 2024,
  missing: [],
  errors: 0,
  ...over,
});

describe("the pane's state transitions (no DOM)", () => {
  it("applyReport: something missing → a draft, amber, never green, with the count in the text", () => {
    const s = applyReport(startJob(base(), "report"), { ok: true, report: report({ missing: [missingSigner] }), findings: [], selectable: true });
    expect(s.busy).toBeNull();
    expect(s.feedback.report?.status).toEqual({ key: "reportDraft", tone: "draft", params: { year: 2024, missing: 1 } });
    expect(s.status?.tone).toBe("draft");
    expect(statusText(taskpaneText.vi, s.status!)).toBe(
      "Bản nháp báo cáo năm 2024: còn 1 mục bắt buộc chưa có. Bấm từng mục bên dưới để bổ sung, rồi tạo lại báo cáo.",
    );
    expect(s.report?.missing).toEqual([missingSigner]);
  });

  it("applyReport: nothing missing but errors → not green; nothing missing and no errors → green", () => {
    const withErrors = applyReport(base(), { ok: true, report: report({ errors: 2 }), findings: [finding("error", "year_unknown")], selectable: true });
    expect(withErrors.status?.tone).toBe("error");
    expect(withErrors.focus).toBe("step-report-feedback");
    const final = applyReport(base(), { ok: true, report: report(), findings: [], selectable: true });
    expect(final.status).toEqual({ key: "reportFinal", tone: "success", params: { year: 2024 } });
  });

  it("applyReport: a failure clears the last report and puts the error, focused, in step 6", () => {
    const before = applyReport(base(), { ok: true, report: report(), findings: [], selectable: true });
    const s = applyReport(before, paneFailed("reportFailed", [finding("error", "year_unknown")]));
    expect(s.report).toBeNull();
    expect(s.feedback.report?.status.tone).toBe("error");
    expect(s.feedback.report?.findings).toHaveLength(1);
    expect(s.focus).toBe("step-report-feedback");
  });

  it("an export picked in step 1 is an error inside step 1; other steps keep their feedback", () => {
    const withReport = applyReport(base(), { ok: true, report: report(), findings: [], selectable: true });
    const s = applyImport(withReport, paneFailed("wrongStepDossiers"));
    expect(s.feedback.plan?.status).toEqual({ key: "wrongStepDossiers", tone: "error" });
    expect(s.feedback.report?.status.key).toBe("reportFinal");
    expect(statusText(taskpaneText.vi, s.feedback.plan!.status)).toContain("hãy chọn nó ở Bước 4");
  });

  it("a dossier import that could not run shows its findings in step 4 and leaves the report and step 1 alone", () => {
    const imported = applyImport(base(), succeeded({ summary: { key: "planImported", tone: "success" as const }, findings: [], selectable: false }));
    const withReport = applyReport(imported, succeeded({ report: report(), findings: [], selectable: true }));
    const s = applyDossiers(withReport, paneFailed("noTableFound", [finding("error", "dossier_table_not_found", { sheet: "Sheet1" })]));
    expect(s.feedback.dossiers?.status).toEqual({ key: "noTableFound", tone: "error" });
    expect(s.feedback.dossiers?.findings?.map((f) => [f.code, f.sheet])).toEqual([["dossier_table_not_found", "Sheet1"]]);
    expect(s.feedback.plan?.status.key).toBe("planImported");
    expect(s.report).not.toBeNull();
    expect(s.focus).toBe("step-dossiers-feedback");
  });

  it("progress carries a percentage; an error ends the job", () => {
    const running = progressJob(startJob(base(), "dossiers"), { key: "busyPercent", params: { name: "x.xlsx", percent: 40 } }, 40);
    expect(running.busy).toEqual({ step: "dossiers", percent: 40 });
    expect(statusText(taskpaneText.vi, running.status!)).toBe("Đang đọc tệp x.xlsx… 40%");
    const failed = applyError(running, "dossiers", { key: "errorFileUnreadable", params: { name: "x.xlsx" } });
    expect(failed.busy).toBeNull();
    expect(failed.feedback.dossiers?.status.tone).toBe("error");
  });

  it("a refused budget save marks the field invalid and focuses it, and keeps the report on offer", () => {
    const withReport = applyReport(base(), { ok: true, report: report(), findings: [], selectable: true });
    const s = applyInvalid(withReport, "budget", { key: "budgetInvalid", params: { location: "Kinh phí!D3" }, tone: "error" }, "D3", "input-budget-D3");
    expect(s.invalid).toEqual(["D3"]);
    expect(s.focus).toBe("input-budget-D3");
    expect(s.report).not.toBeNull();
    const saved = applyQuietSave(s, { key: "budgetSaved", tone: "success" }, { budget: ["D3"] });
    expect(saved.invalid).toEqual([]);
    expect(saved.report).toBeNull(); // the data changed: build the report again
  });

  it("applyNextYear: the new workbook's message and findings go under its own button; the report's stay", () => {
    const withReport = applyReport(base(), { ok: true, report: report(), findings: [finding("warning", "year_unknown")], selectable: true });
    const unfinished = finding("info", "next_year_unfinished", { sheet: "Nhiệm vụ", cell: "B7" }, { count: 4, year: 2024, next: 2025, firstCell: "B7" });
    const status = { key: "nextYearOpened" as const, params: { year: 2025, tasks: 12, name: "so-theo-doi-iso-2025.xlsx" }, tone: "success" as const };
    const s = applyNextYear(startJob(withReport, "nextYear"), succeeded({ status, findings: [unfinished], selectable: true }));
    expect(s.busy).toBeNull();
    expect(s.status).toEqual(status);
    expect(s.feedback.nextYear).toEqual({ status, findings: [unfinished], selectable: true });
    expect(s.feedback.report?.status.key).toBe("reportFinal");
    expect(s.feedback.report?.findings).toHaveLength(1);
    expect(s.report).not.toBeNull();
    expect(statusText(taskpaneText.vi, s.status!)).toBe(
      "Đã mở sổ theo dõi năm 2025 (12 nhiệm vụ) trong một sổ Excel mới: hãy lưu sổ đó với tên so-theo-doi-iso-2025.xlsx. Sổ năm nay không thay đổi.",
    );
    expect(statusText(taskpaneTexts.en, s.status!)).toBe(
      "Opened the 2025 tracking workbook (12 tasks) as a new Excel workbook: save it as so-theo-doi-iso-2025.xlsx. This year's workbook is unchanged.",
    );
  });

  it("applyNextYear: a workbook whose year cannot be read is an error with its finding, focused, in the next-year section", () => {
    const withReport = applyReport(base(), { ok: true, report: report(), findings: [], selectable: true });
    const s = applyNextYear(
      startJob(withReport, "nextYear"),
      paneFailed("nextYearFailed", [finding("error", "year_unknown", { sheet: "Thông tin", cell: "B7" })]),
    );
    expect(s.feedback.nextYear?.status).toEqual({ key: "nextYearFailed", tone: "error" });
    expect(s.feedback.nextYear?.findings?.map((f) => [f.code, f.sheet, f.cell])).toEqual([["year_unknown", "Thông tin", "B7"]]);
    expect(s.focus).toBe("step-nextYear-feedback");
    expect(s.report).not.toBeNull(); // the report built before stays on offer
    expect(statusText(taskpaneText.vi, s.status!)).toBe("Không tạo được sổ theo dõi năm sau; xem lỗi bên dưới, sửa trong sổ này rồi bấm lại.");
  });

  it("a language switch keeps the statuses as data: the same status reads in English", () => {
    const s = switchLanguage(applyReport(base(), { ok: true, report: report(), findings: [], selectable: true }), "en");
    expect(statusText(taskpaneTexts[s.lang], s.status!)).toBe("Built the 2024 report: complete, no errors.");
    expect(s.focus).toBe("language");
  });
});
