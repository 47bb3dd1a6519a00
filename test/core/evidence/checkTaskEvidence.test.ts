import { paramsOf } from "../../../src/core/findings/finding";
import fc from "fast-check";
import { checkTaskEvidence, type EvidenceTask } from "../../../src/core/evidence/checkTaskEvidence";
import type { Timing } from "../../../src/core/timing/timing";
import { renderFinding } from "../../../src/core/messages/render";

const where = { sheet: "Kế hoạch", cell: "H9" };
const AS_OF = "2024-10-31";

const timings = {
  quarter1: { text: "Quý I năm 2024", kind: "quarter", start: "2024-01-01", end: "2024-03-31", recurrence: null },
  september: { text: "Tháng 9/2024", kind: "month", start: "2024-09-01", end: "2024-09-30", recurrence: null },
  october: { text: "Tháng 10/2024", kind: "month", start: "2024-10-01", end: "2024-10-31", recurrence: null },
  quarter4: { text: "Quý IV", kind: "quarter", start: "2024-10-01", end: "2024-12-31", recurrence: null },
  deadline: { text: "trước ngày 15/3/2024", kind: "deadline", start: null, end: "2024-03-15", recurrence: null },
  monthly: { text: "Hàng tháng", kind: "recurring", start: "2024-01-01", end: "2024-12-31", recurrence: "monthly" },
  wholeYear: { text: "Trong năm", kind: "year", start: "2024-01-01", end: "2024-12-31", recurrence: null },
  unknown: { text: "Khi có yêu cầu", kind: "unknown", start: null, end: null, recurrence: null },
} satisfies Record<string, Timing>;

const task = (timing: Timing, evidence: string, no = "5"): EvidenceTask => ({ no, timing, evidence });
const codes = (t: EvidenceTask, asOf = AS_OF) => checkTaskEvidence(t, 2024, asOf, where).map((f) => f.code);

describe("checkTaskEvidence", () => {
  it("finds nothing when the evidence is dated within the period", () => {
    expect(checkTaskEvidence(task(timings.quarter1, "Kế hoạch số 733/KH-SYT ngày 28/02/2024 của Sở Y tế"), 2024, AS_OF, where)).toEqual([]);
  });

  it("reports a task done late, at the evidence cell, naming the document, its date and the period", () => {
    const findings = checkTaskEvidence(task(timings.september, "Kế hoạch số 4425/KH-ISO ngày 03/10/2024"), 2024, AS_OF, where);
    expect(findings).toEqual([
      {
        severity: "warning",
        code: "evidence_late",
        sheet: "Kế hoạch",
        cell: "H9",
        params: { no: "5", reference: "Kế hoạch số 4425/KH-ISO ngày 03/10/2024", date: "2024-10-03", timing: "Tháng 9/2024", end: "2024-09-30" },
      },
    ]);
    expect(renderFinding(findings[0])).toBe(
      'Kế hoạch!H9: nhiệm vụ "5" hoàn thành muộn: văn bản "Kế hoạch số 4425/KH-ISO ngày 03/10/2024" ngày "03/10/2024" sau thời gian kế hoạch "Tháng 9/2024" (hết ngày "30/9/2024")',
    );
  });

  it("judges lateness by the first document: a follow-up decision after the period is normal", () => {
    // Seed 001 row 7: minutes of 22/10 within October, the decision of 01/11 after it.
    const row7 = "Biên bản 02/BB-XXLD ngày 22/10/2024 Quyết định số 494/QĐ-SYT ngày 01/11/2024";
    expect(codes(task(timings.october, row7), "2024-11-30")).toEqual([]);
    expect(codes(task(timings.september, row7), "2024-11-30")).toEqual(["evidence_late"]);
  });

  it("reports a deadline missed", () => {
    expect(codes(task(timings.deadline, "Quyết định số 12/QĐ-SYT ngày 20/3/2024"))).toEqual(["evidence_late"]);
    expect(codes(task(timings.deadline, "Quyết định số 12/QĐ-SYT ngày 15/3/2024"))).toEqual([]);
  });

  it("reports each document dated outside the plan year", () => {
    // Seed 001 row 4 cites the province's decision of 20/12/2023 among those of 2024.
    const row4 = "Lĩnh vực Khám chữa bệnh (Quyết định số 1790/QĐ-UBND ngày 20/12/2023; Quyết định số 128/QĐ-UBND ngày 29/01/2024)";
    const findings = checkTaskEvidence(task(timings.wholeYear, row4, "4"), 2024, AS_OF, where);
    expect(findings).toEqual([
      {
        severity: "warning",
        code: "evidence_outside_year",
        sheet: "Kế hoạch",
        cell: "H9",
        params: { reference: "Quyết định số 1790/QĐ-UBND ngày 20/12/2023", date: "2023-12-20", year: 2024 },
      },
    ]);
    expect(renderFinding(findings[0])).toBe('Kế hoạch!H9: văn bản "Quyết định số 1790/QĐ-UBND ngày 20/12/2023" ngày "20/12/2023" nằm ngoài năm kế hoạch 2024');
  });

  it("reports a document dated after the report date", () => {
    expect(codes(task(timings.quarter4, "Quyết định số 494/QĐ-SYT ngày 01/11/2024"))).toEqual(["evidence_after_report_date"]);
  });

  it("reports missing evidence once the period is over", () => {
    const findings = checkTaskEvidence(task(timings.quarter1, ""), 2024, AS_OF, where);
    expect(findings).toEqual([
      { severity: "warning", code: "evidence_missing", sheet: "Kế hoạch", cell: "H9", params: { no: "5", timing: "Quý I năm 2024", end: "2024-03-31" } },
    ]);
    expect(renderFinding(findings[0])).toBe(
      'Kế hoạch!H9: nhiệm vụ "5" chưa có kết quả (số, ký hiệu, ngày văn bản) dù thời gian "Quý I năm 2024" đã hết ngày "31/3/2024"',
    );
    expect(codes(task(timings.quarter1, " - "))).toEqual(["evidence_missing"]);
    expect(codes(task(timings.quarter1, "…"))).toEqual(["evidence_missing"]);
  });

  it("says nothing about missing evidence while the period is still running, including its last day", () => {
    expect(codes(task(timings.quarter4, ""))).toEqual([]);
    expect(codes(task(timings.october, ""), "2024-10-31")).toEqual([]);
    expect(codes(task(timings.october, ""), "2024-11-01")).toEqual(["evidence_missing"]);
  });

  it("checks recurring and whole-year tasks against the end of the plan year", () => {
    expect(codes(task(timings.monthly, ""))).toEqual([]);
    expect(codes(task(timings.wholeYear, ""))).toEqual([]);
    expect(codes(task(timings.monthly, "Báo cáo số 15/BC-SYT ngày 30/10/2024"))).toEqual([]);
    expect(codes(task(timings.monthly, ""), "2025-01-15")).toEqual(["evidence_missing"]);
  });

  it("checks only dates for a timing without an end", () => {
    expect(codes(task(timings.unknown, ""))).toEqual([]);
    expect(codes(task(timings.unknown, "Công văn số 12/SYT-VP ngày 05/01/2023"))).toEqual(["evidence_outside_year"]);
  });

  it("notes free text without a document reference", () => {
    const findings = checkTaskEvidence(task(timings.quarter1, "Mục tiêu chất lượng 2024", "2"), 2024, AS_OF, where);
    expect(findings).toEqual([
      { severity: "info", code: "evidence_no_reference", sheet: "Kế hoạch", cell: "H9", params: { no: "2", text: "Mục tiêu chất lượng 2024" } },
    ]);
  });

  it("reports an unreadable or impossible reference date as an error and draws no date conclusions from it", () => {
    const findings = checkTaskEvidence(
      task(timings.quarter1, "Quyết định số 12/QĐ-SYT ngày 30/02/2024; Kế hoạch số 5/KH-SYT ngày .../3/2024"),
      2024,
      AS_OF,
      where,
    );
    expect(findings.map((f) => [f.severity, f.code, f.cell, paramsOf(f).date])).toEqual([
      ["error", "evidence_date_impossible", "H9", "30/02/2024"],
      ["error", "evidence_date_unreadable", "H9", ".../3/2024"],
    ]);
    expect(findings.map(renderFinding)).toEqual([
      'Kế hoạch!H9: ngày "30/02/2024" của văn bản "Quyết định số 12/QĐ-SYT ngày 30/02/2024" không tồn tại',
      'Kế hoạch!H9: không đọc được ngày ".../3/2024" của văn bản "Kế hoạch số 5/KH-SYT ngày .../3/2024"',
    ]);
  });

  it("works without a location", () => {
    expect(checkTaskEvidence(task(timings.quarter1, ""), 2024, AS_OF)[0]).toMatchObject({ sheet: null, cell: null });
  });

  it("throws RangeError for a report date that is not ISO or a fractional plan year (programmer misuse)", () => {
    expect(() => checkTaskEvidence(task(timings.quarter1, ""), 2024, "31/10/2024")).toThrow(RangeError);
    expect(() => checkTaskEvidence(task(timings.quarter1, ""), 2024.5, AS_OF)).toThrow(RangeError);
  });
});

describe("checkTaskEvidence properties", () => {
  it("never throws for any evidence text and timing", () => {
    const timing = fc.constantFrom(...Object.values(timings));
    fc.assert(
      fc.property(fc.string(), timing, (evidence, t) => {
        for (const f of checkTaskEvidence({ no: "1", timing: t, evidence }, 2024, AS_OF, where)) expect(renderFinding(f)).toMatch(/^Kế hoạch!H9: \p{Ll}/u);
      }),
      { numRuns: 500 },
    );
  });
});
