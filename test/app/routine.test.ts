import { routineStatus } from "../../src/app/routine";
import { dataYear } from "../../src/core/workbook/dataYear";
import { demoAgency, demoBudget, demoDossiers, demoTrackingData } from "../../src/app/demoData";
import { makeGrid, type Grid } from "../../src/core/grid/grid";
import { importPlan } from "../../src/core/plan/importPlan";
import { tsvToGrid } from "../../src/core/grid/tsv";
import { specToGrid } from "../../src/core/sheet/specGrid";
import { buildTrackingWorkbook, emptyTrackingData, type TrackingData } from "../../src/core/workbook/trackingWorkbook";
import { findingText } from "../../src/core/messages/render";
import { importDossiers } from "../../src/core/dossiers";
import { sampleText, seeds } from "../helpers";

const gridsOf = (data: TrackingData): Grid[] => buildTrackingWorkbook(data).sheets.map(specToGrid);

/** Seed 000's tasks (2024), as the plan import reads them. */
function seedTasks() {
  return importPlan([tsvToGrid("Kế hoạch", sampleText(seeds.plan2024))], {})!.tasks;
}

describe("routineStatus", () => {
  it("an unfilled 2024 workbook: every step but the year says what is missing, the year is the workbook's", () => {
    const status = routineStatus(gridsOf(emptyTrackingData(2024)));
    expect(status.year).toBe(2024);
    expect(status.steps.map((s) => [s.key, s.state])).toEqual([
      ["plan", "attention"],
      ["agency", "attention"],
      ["tasks", "todo"],
      ["dossiers", "todo"],
      ["budget", "todo"],
      ["report", "todo"],
    ]);
    // Written by hand from the "Thông tin" layout: labels in column A from row 2, values in B.
    const agency = status.steps[1].missing.map((m) => `${m.label}@${m.cell}`);
    expect(agency).toEqual([
      "Cơ quan chủ quản@B2",
      expect.stringMatching(/^Tên cơ quan.*@B3$/),
      expect.stringMatching(/@B5$/),
      expect.stringMatching(/@B6$/),
      "Họ và tên người ký@B16", // the signer's title has a default (PHÓ GIÁM ĐỐC)
      // The four defaults (Kính gửi B13, the signer's title B15, Nơi nhận B17, drafting unit B18) are proposals: one item, at the first.
      "4 mục đề xuất của trang “Thông tin” chưa được xác nhận@B13",
    ]);
    // Step 4: no dossiers, and the period (01/01–31/12, a default) not confirmed.
    expect(status.missing.map((m) => m.step)).toEqual([
      "plan",
      "agency",
      "agency",
      "agency",
      "agency",
      "agency",
      "agency",
      "dossiers",
      "dossiers",
      "budget",
      "budget",
    ]);
    expect(status.tasks).toEqual({
      total: 0,
      byStatus: { notStarted: 0, inProgress: 0, done: 0, notDone: 0, other: 0 },
      done: 0,
      notDone: 0,
      noEvidence: 0,
      late: 0,
      open: 0,
    });
  });

  it("the demo workbook (seed 000 tasks, seed 001 figures) is complete: nothing missing, 391 dossiers, 21.000.000 granted", () => {
    const status = routineStatus(gridsOf(demoTrackingData(seedTasks(), demoDossiers())));
    expect(status.year).toBe(2024);
    expect(status.missing).toEqual([]);
    expect(status.dossiers?.received).toBe(391);
    expect(status.budget).toEqual({ granted: 21_000_000, disbursed: 21_000_000, estimate: 3_000_000 });
    expect(status.steps.slice(0, 5).map((s) => s.key + ":" + (s.missing.length === 0))).toEqual([
      "plan:true",
      "agency:true",
      "tasks:true",
      "dossiers:true",
      "budget:true",
    ]);
    expect(status.tasks.total).toBe(12);
    // The report step's checks are the report's own.
    expect(status.report?.ok && status.findings).toEqual(status.report?.ok && status.report.read.findings);
    expect(demoAgency().signerName).toBe("Bùi Văn Kỳ");
    expect(demoBudget().granted.length).toBeGreaterThan(0);
  });

  /**
   * Issue 19: a partial statistics table fills the dossier sheet for what it has; the step names each
   * blank group at its first cell (D = "Trước hạn", J = "Đang giải quyết trong hạn", row 2) instead of
   * calling the step done. Tables: Báo Đồng Khởi 08/11/2020 (received only), Báo Lâm Đồng 18/03/2020
   * (received and resolved, the pending columns left out).
   */
  it.each([
    [
      "received only (Bến Tre, tháng 10/2020)",
      [
        ["Cơ quan", "Số hồ sơ tiếp nhận"],
        ["Công an tỉnh", "3,8 ngàn"],
        ["Sở Công Thương", "1,7 ngàn"],
      ],
      ["Số hồ sơ đã giải quyết@D2", "Số hồ sơ đang giải quyết@J2"],
    ],
    [
      "received and resolved (Lâm Đồng, quý I/2020)",
      [
        ["Cấp", "Số hồ sơ tiếp nhận", "Số hồ sơ đã giải quyết", "Đúng và trước hạn", "Quá hạn"],
        ["Cấp tỉnh", "54.575", "51.780", "51.072", "708"],
      ],
      ["Số hồ sơ đang giải quyết@J2"],
    ],
  ])("a dossier sheet from a partial table (%s) names what is missing, where to type it", (_name, rows, expected) => {
    const partial = importDossiers(makeGrid("Nguồn", rows), { asOf: "2024-10-31" });
    const status = routineStatus(gridsOf(demoTrackingData(seedTasks(), partial.byField)));
    const step = status.steps.find((s) => s.key === "dossiers")!;
    expect(step.state).toBe("attention");
    expect(step.missing.map((m) => `${m.label}@${m.cell}`)).toEqual(expected);
    expect(step.missing.every((m) => m.sheet === "Hồ sơ TTHC")).toBe(true);
  });

  it("a plan of 2024 in a workbook whose 'Thông tin' says 2026: an error naming both cells, no year", () => {
    const data = { ...demoTrackingData(seedTasks(), demoDossiers()) };
    const grids = gridsOf({ ...data, agency: { ...data.agency, year: 2026 } });
    const { year, findings } = dataYear(grids);
    expect(year).toBeNull();
    expect(findings).toHaveLength(1);
    const text = findingText(findings[0]);
    expect(text).toContain("Thông tin!B7 (2026)");
    expect(text).toContain("Nhiệm vụ!C2 (2024)"); // task 1 reads "… năm 2024"
    expect(text).toContain("hãy sửa ô Thông tin!B7 thành 2024");
    const status = routineStatus(grids);
    expect(status.year).toBeNull();
    expect(status.report).toBeNull();
    expect(status.steps[1].state).toBe("attention");
  });

  it("no year anywhere is an error that says which step to run, never the clock's year", () => {
    const grids = [
      makeGrid("Thông tin", [
        ["Trường", "Giá trị"],
        ["Năm", ""],
      ]),
    ];
    const { year, findings } = dataYear(grids);
    expect(year).toBeNull();
    expect(findingText(findings[0])).toContain("hãy nhập kế hoạch (Bước 1)");
  });
});
