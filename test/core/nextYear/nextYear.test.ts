import { nextYear, shiftIsoYear, shiftScheduleText, shiftYearMentions } from "../../../src/core/nextYear/nextYear";
import type { PlanTask } from "../../../src/core/plan/plan";
import type { TrackingRead } from "../../../src/core/report/readTracking";
import { renderFinding } from "../../../src/core/messages/render";
import { emptyAgencyInfo } from "../../../src/core/workbook/agencySheet";
import { emptyNarrative, narrativeKeys, type NarrativeKey } from "../../../src/core/report/narrative";
import { parseMark, textHash } from "../../../src/core/report/narrativeMark";
import type { NarrativeRows } from "../../../src/core/report/resolveNarrative";
import { resolveItems } from "../../../src/core/report/reportItems";

function task(no: string, task: string, schedule: string, status: string, evidence = ""): PlanTask {
  return {
    no,
    group: null,
    task,
    output: "",
    timing: { text: schedule, kind: "unknown", start: null, end: null, recurrence: null },
    units: { lead: [], support: [] } as unknown as PlanTask["units"],
    status,
    evidence,
    note: "",
    source: { sheet: "Nhiệm vụ", cell: `B${Number(no) + 1}` },
    cells: { timing: `E${Number(no) + 1}` },
  };
}

/** Sở Y tế's 2024 workbook, typed by hand from seed 001's facts. */
function read2024(): TrackingRead {
  return {
    agency: {
      ...emptyAgencyInfo(2024),
      governingBody: "UBND TỈNH NINH THUẬN",
      agencyName: "SỞ Y TẾ",
      abbreviation: "SYT",
      signerName: "Bùi Văn Kỳ",
      documentNumber: "512/BC-SYT",
      reportDate: "2024-11-20",
      periodStart: "2023-12-15",
      periodEnd: "2024-12-14",
      planReference: "Kế hoạch số 733/KH-SYT ngày 28/02/2024 của Sở Y tế",
      budgetDecision: "Quyết định số 155/QĐ-UBND ngày 13/3/2024",
    },
    tasks: [
      task("1", "Xây dựng, ban hành Kế hoạch duy trì ISO năm 2024", "Tháng 3/2024", "Hoàn thành", "Kế hoạch số 733/KH-SYT ngày 28/02/2024"),
      task("2", "Đánh giá nội bộ", "Quý II", "Đang thực hiện"),
      task("3", "Xem xét của lãnh đạo", "Trước ngày 15/3/2023", ""),
      task("4", "Rà soát quy trình 2024-2025", "Tháng 11, 12/2024", "Không thực hiện"),
    ],
    dossiers: {} as TrackingRead["dossiers"],
    dossierFields: [],
    budget: {
      granted: [{ item: "Duy trì", category: "maintenance", granted: 18_000_000, disbursed: 18_000_000, note: "" }],
      estimate: [{ item: "Duy trì, cải tiến HTQLCL", category: "maintenance", amount: 3_000_000, explanation: "" }],
    },
    refs: {} as TrackingRead["refs"],
    findings: [],
    ...withNarrative({}),
  };
}

/** The narrative fields of a read workbook whose "Nhận xét" blocks hold these texts and marks (none: the secretary's own). */
function withNarrative(blocks: Partial<Record<NarrativeKey, { text: string; mark?: string }>>) {
  const narrative = { ...emptyNarrative(), ...Object.fromEntries(Object.entries(blocks).map(([k, b]) => [k, b.text])) };
  const narrativeRows = Object.fromEntries(narrativeKeys.map((k) => [k, { text: narrative[k], mark: blocks[k]?.mark ?? "", note: "" }])) as NarrativeRows;
  return {
    narrative,
    narrativeRows,
    narrativeBlocks: [],
    narrativeCells: {},
    narrativeDrafted: false,
    items: [],
    itemRows: resolveItems(null, []).rows,
    places: { agency: {}, items: {} },
  };
}

describe("dates and schedules move one year on", () => {
  it("shifts ISO dates, clipping 29 February", () => {
    expect(shiftIsoYear("2023-12-15", 1)).toBe("2024-12-15");
    expect(shiftIsoYear("2024-02-29", 1)).toBe("2025-02-28");
    expect(shiftIsoYear("", 1)).toBe("");
  });

  it("changes only the plan year written in a phrase", () => {
    expect(shiftScheduleText("Tháng 3/2024", 2024)).toBe("Tháng 3/2025");
    expect(shiftScheduleText("Trước ngày 15/3/2024", 2024)).toBe("Trước ngày 15/3/2025");
    expect(shiftScheduleText("Quý II", 2024)).toBe("Quý II");
    expect(shiftScheduleText("Từ 12/2023 đến 3/2024", 2024)).toBe("Từ 12/2023 đến 3/2025");
    expect(shiftScheduleText("Số 120240", 2024)).toBe("Số 120240"); // not a year on its own
    // Already in next year (a 2024 plan's task scheduled "2025"): kept, not moved to 2026.
    expect(shiftScheduleText("2025", 2024)).toBe("2025");
    expect(shiftScheduleText("Quý I/2025", 2024)).toBe("Quý I/2025");
    expect(shiftScheduleText("Tháng 12/2024 - Tháng 01/2025", 2024)).toBe("Tháng 12/2025 - Tháng 01/2026");
  });

  it("changes 'năm 2024' in task texts, not the dates of documents they cite", () => {
    expect(shiftYearMentions("Xây dựng mục tiêu chất lượng năm 2024 của Sở", 2024)).toBe("Xây dựng mục tiêu chất lượng năm 2025 của Sở");
    expect(shiftYearMentions("BÁO CÁO NĂM 2024", 2024)).toBe("BÁO CÁO NĂM 2025");
    expect(shiftYearMentions("theo Kế hoạch số 733/KH-SYT ngày 28/02/2024", 2024)).toBe("theo Kế hoạch số 733/KH-SYT ngày 28/02/2024");
    expect(shiftYearMentions("năm 2023 và năm 20245", 2024)).toBe("năm 2023 và năm 20245");
  });
});

describe("nextYear", () => {
  const { data, findings } = nextYear(read2024(), [{ name: "Văn phòng Sở", aliases: ["VP"] }]);

  it("keeps the agency and signer, moves the year and period, clears this year's document references", () => {
    expect(data.agency).toMatchObject({
      governingBody: "UBND TỈNH NINH THUẬN",
      agencyName: "SỞ Y TẾ",
      abbreviation: "SYT",
      signerName: "Bùi Văn Kỳ",
      year: 2025,
      periodStart: "2024-12-15",
      periodEnd: "2025-12-14",
      documentNumber: "",
      reportDate: "",
      planReference: "",
      budgetDecision: "",
    });
    expect(data.units).toEqual([{ name: "Văn phòng Sở", aliases: ["VP"] }]);
    expect(data.dossiers).toEqual([]);
  });

  it("carries the tasks with next year's schedules, no status or evidence, and a note on the unfinished ones", () => {
    expect(data.tasks.slice(0, 4).map((t) => [t.task, t.timing.text, t.status, t.evidence, t.note])).toEqual([
      ["Xây dựng, ban hành Kế hoạch duy trì ISO năm 2025", "Tháng 3/2025", "", "", ""],
      ["Đánh giá nội bộ", "Quý II", "", "", "Chuyển từ năm 2024: Đang thực hiện."],
      ["Xem xét của lãnh đạo", "Trước ngày 15/3/2023", "", "", "Chuyển từ năm 2024: chưa cập nhật trạng thái."],
      ["Rà soát quy trình 2024-2025", "Tháng 11, 12/2025", "", "", ""],
    ]);
    // Re-read for the new year: March 2025, and the second quarter of 2025.
    expect(data.tasks[0].timing).toMatchObject({ start: "2025-03-01", end: "2025-03-31" });
    expect(data.tasks[1].timing).toMatchObject({ start: "2025-04-01", end: "2025-06-30" });
  });

  it("turns this year's estimate into next year's granted line, with a note saying where it came from", () => {
    expect(data.budget.granted).toEqual([
      {
        item: "Duy trì, cải tiến HTQLCL",
        category: "maintenance",
        granted: 3_000_000,
        disbursed: 0,
        note: "Theo dự toán tại báo cáo năm 2024; sửa theo quyết định giao kinh phí",
      },
    ]);
    expect(data.budget.estimate.every((e) => e.amount === 0)).toBe(true);
  });

  it("says what to look at, in Vietnamese, with the cells", () => {
    expect(findings.map((f) => [f.code, f.cell])).toEqual([
      ["next_year_schedule_kept", "E4"],
      ["next_year_supplemented", null],
      ["next_year_unfinished", "B3"],
    ]);
    expect(renderFinding(findings[2])).toContain("2 nhiệm vụ năm 2024 chưa hoàn thành được chuyển sang năm 2025");
    expect(renderFinding(findings[0])).toContain('"Trước ngày 15/3/2023"');
  });

  it("leaves next year's granted lines as the template when there was no estimate", () => {
    const r = read2024();
    const none = nextYear({ ...r, budget: { ...r.budget, estimate: [] } }, []);
    expect(none.data.budget.granted.every((g) => g.granted === 0 && g.note === "")).toBe(true);
    expect(none.findings.map((f) => f.code)).toContain("next_year_no_estimate");
    expect(none.data.units.length).toBeGreaterThan(0); // the common units
  });
});

describe("the report's text blocks carried to the next year", () => {
  const advantages = "- Hoàn thành 10/12 nhiệm vụ của Kế hoạch ISO năm 2024.\n- Lãnh đạo Sở quan tâm chỉ đạo.";
  const dossierComment = "- Đến ngày 31/12/2024 có 23 hồ sơ đang giải quyết đã quá hạn.\nViệc giải quyết hồ sơ được theo dõi chặt chẽ.";
  const standardProposals = "Không.";
  const read = {
    ...read2024(),
    ...withNarrative({
      oneStop: { text: "Gắn kết một cửa." },
      nextYear: { text: "a) Đánh giá nội bộ năm 2025;" },
      advantages: { text: advantages },
      dossierComment: { text: dossierComment },
      // The product's own untouched draft: next year drafts it again from the standard paragraphs.
      proposals: { text: standardProposals, mark: `v1;g;${textHash(standardProposals)};s` },
    }),
  };
  const next = nextYear(read, []).data.narrative!;

  it("keeps the secretary's paragraphs, the next-year plan one year on", () => {
    expect(next.oneStop.text).toBe("Gắn kết một cửa.");
    expect(next.nextYear.text.split("\n")[0]).toBe("a) Đánh giá nội bộ năm 2026;");
    expect(next.advantages.text).toContain("- Lãnh đạo Sở quan tâm chỉ đạo.");
    expect(next.dossierComment.text).toContain("Việc giải quyết hồ sơ được theo dõi chặt chẽ.");
    expect(next.proposals.text).toBe("Không.");
  });

  it("drops every sentence stating this year's figures", () => {
    const all = narrativeKeys.map((k) => next[k].text).join("\n");
    expect(all).not.toContain("10/12");
    expect(all).not.toContain("23 hồ sơ");
    expect(all).not.toContain("31/12/2024");
  });

  it("marks every block as a draft that follows next year's figures", () => {
    for (const k of narrativeKeys) expect([k, parseMark(next[k].mark)?.kind]).toEqual([k, "draft"]);
    // Carried paragraphs are kept when the figures are written again; standard blocks are drafted in full.
    expect(parseMark(next.oneStop.mark)).toMatchObject({ base: "text" });
    expect(parseMark(next.management.mark)).toMatchObject({ base: "standard" });
  });
});
