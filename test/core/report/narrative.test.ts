import { demoAgency, demoBudget } from "../../../src/app/demoData";
import { makeCounts, zeroTallies, type Tallies } from "../../../src/core/dossiers/counts";
import type { PlanTask } from "../../../src/core/plan/plan";
import { buildReportModel, type ReportInput } from "../../../src/core/report/buildReport";
import { runsText, type ReportModel } from "../../../src/core/report/model";
import { reportItems, type ItemResult } from "../../../src/core/report/reportItems";
import { draftNarrative, dossierSentences, emptyNarrative, percentText, shiftYears } from "../../../src/core/report/narrative";

const counts = (t: Partial<Tallies>) => makeCounts("Tổng cộng", { ...zeroTallies(), ...t });
/** Seed 001's totals: 333 early or on time (split 301 + 32 in the demo), 10 supplement, 48 pending in time. */
const seed001 = counts({ early: 301, onTime: 32, supplement: 10, pendingInTime: 48 });

const task = (no: string, text: string, status: string, evidence = "", note = ""): PlanTask =>
  ({
    no,
    task: text,
    status,
    evidence,
    note,
    output: "",
    group: null,
    source: { sheet: "Nhiệm vụ", cell: `B${Number(no) + 1}` },
    cells: {},
  }) as unknown as PlanTask;

/** The results table's eight items, each accounted for by a document (a report that could be final). */
const accounted: ItemResult[] = reportItems.map((item, i) => ({ ...item, result: `Quyết định số ${i + 10}/QĐ-SYT ngày 05/3/2024`, found: true, tasks: [] }));

const input = (overrides: Partial<ReportInput> = {}): ReportInput => ({
  agency: demoAgency(),
  tasks: [],
  dossiers: seed001,
  budget: demoBudget(),
  refs: { dossierTotalRow: 10, budget: { grantedRows: [3, 4], grantedTotalRow: 5, estimateRows: [9], estimateTotalRow: 10 }, taskLastRow: 13 },
  ...overrides,
});

const paragraphs = (m: ReportModel) => m.blocks.flatMap((b) => (b.kind === "paragraph" ? [runsText(b.runs)] : []));
const tableCells = (m: ReportModel) => m.blocks.flatMap((b) => (b.kind === "table" ? b.rows.flatMap((r) => r.map(runsText)) : []));
/** The dossier table as label → value text. */
const dossierTable = (m: ReportModel) => {
  const table = m.blocks.find((b) => b.kind === "table" && b.headers[0] === "Chỉ tiêu");
  return table && table.kind === "table"
    ? new Map(
        table.rows.map((r) => [
          runsText(r[0])
            .replace(/\u00a0/g, "")
            .trim(),
          runsText(r[1]),
        ]),
      )
    : null;
};

describe("percentText", () => {
  it("writes rates the Vietnamese way, without a space and trailing zeros", () => {
    expect(percentText(1)).toBe("100%");
    expect(percentText(0.9965)).toBe("99,65%");
    expect(percentText(0.5)).toBe("50%");
    expect(percentText(333 / 338)).toBe("98,52%");
    expect(percentText(null)).toBe("—");
  });
});

describe("dossier sentences, written by hand for four figure sets", () => {
  const asOf = "2024-10-31";
  const agency = "Sở Y tế";

  it("all on time (seed 001)", () => {
    expect(dossierSentences({ agency, asOf, dossiers: seed001 })).toEqual([
      "- Toàn bộ hồ sơ đã giải quyết đều trả kết quả trước hạn hoặc đúng hạn (tỷ lệ giải quyết đúng hạn 100%), không có hồ sơ trễ hạn.",
      "Nhìn chung, qua thời gian triển khai thực hiện ISO 9001:2015 tại Sở Y tế, việc giải quyết thủ tục hành chính được kiểm soát theo quy trình, thời hạn giải quyết được theo dõi chặt chẽ.",
    ]);
    const m = buildReportModel(input());
    expect(paragraphs(m)).toContain(
      "+ Từ ngày 01/01/2024 đến ngày 31/10/2024, Sở Y tế đã tiếp nhận 391 hồ sơ; xử lý không quá hạn 343 hồ sơ (trả kết quả trước hạn và đúng hạn 333 hồ sơ, yêu cầu bổ sung 10 hồ sơ); đang giải quyết trong hạn 48 hồ sơ.",
    );
    expect(paragraphs(m)).toContain("+ Tỷ lệ giải quyết đúng hạn (1): 100%.");
  });

  it("some late: 300 early + 33 on time + 5 late → 333/338 = 98,52%", () => {
    const d = counts({ early: 300, onTime: 33, late: 5, supplement: 10, pendingInTime: 48 });
    expect(dossierSentences({ agency, asOf, dossiers: d })[0]).toBe(
      "- Còn 5 hồ sơ giải quyết quá hạn, tỷ lệ giải quyết đúng hạn đạt 98,52%; cần làm rõ nguyên nhân và biện pháp khắc phục đối với từng hồ sơ.",
    );
    const m = buildReportModel(input({ dossiers: d }));
    expect(paragraphs(m)).toContain(
      "+ Từ ngày 01/01/2024 đến ngày 31/10/2024, Sở Y tế đã tiếp nhận 396 hồ sơ; xử lý không quá hạn 343 hồ sơ (trả kết quả trước hạn và đúng hạn 333 hồ sơ, yêu cầu bổ sung 10 hồ sơ); trả kết quả quá hạn 5 hồ sơ; đang giải quyết trong hạn 48 hồ sơ.",
    );
    expect(dossierTable(m)!.get("Trả kết quả quá hạn")).toBe("5");
    expect(dossierTable(m)!.get("Tỷ lệ giải quyết đúng hạn (1)")).toBe("98,52%");
  });

  it("pending overdue: 3 dossiers past their due date at 31/10/2024", () => {
    const d = counts({ early: 100, supplement: 2, pendingInTime: 10, pendingOverdue: 3 });
    expect(dossierSentences({ agency, asOf, dossiers: d })).toEqual([
      "- Toàn bộ hồ sơ đã giải quyết đều trả kết quả trước hạn hoặc đúng hạn (tỷ lệ giải quyết đúng hạn 100%), không có hồ sơ trễ hạn.",
      "- Đến ngày 31/10/2024 có 3 hồ sơ đang giải quyết đã quá hạn; cần đôn đốc xử lý và thông báo, xin lỗi tổ chức, cá nhân theo quy định.",
      "Nhìn chung, qua thời gian triển khai thực hiện ISO 9001:2015 tại Sở Y tế, việc giải quyết thủ tục hành chính được kiểm soát theo quy trình, thời hạn giải quyết được theo dõi chặt chẽ.",
    ]);
    const m = buildReportModel(input({ dossiers: d }));
    expect(paragraphs(m)).toContain(
      "+ Từ ngày 01/01/2024 đến ngày 31/10/2024, Sở Y tế đã tiếp nhận 115 hồ sơ; xử lý không quá hạn 102 hồ sơ (trả kết quả trước hạn và đúng hạn 100 hồ sơ, yêu cầu bổ sung 2 hồ sơ); đang giải quyết trong hạn 10 hồ sơ; đang giải quyết quá hạn 3 hồ sơ.",
    );
  });

  it("no dossiers at all: one sentence, no figures, no table", () => {
    const d = counts({});
    expect(dossierSentences({ agency, asOf, dossiers: d })).toEqual(["- Trong kỳ báo cáo, Sở Y tế chưa có số liệu hồ sơ thủ tục hành chính."]);
    const m = buildReportModel(input({ dossiers: d }));
    expect(dossierTable(m)).toBeNull();
    expect(paragraphs(m).some((p) => p.includes("đã tiếp nhận"))).toBe(false);
  });

  it.each([
    ["all on time", seed001],
    ["some late", counts({ early: 300, onTime: 33, late: 5, supplement: 10, withdrawn: 2, pendingInTime: 48 })],
    ["pending overdue", counts({ early: 100, supplement: 2, pendingInTime: 10, pendingOverdue: 3 })],
  ])("%s: every number of the dossier sentences is a cell of the dossier table", (_name, d) => {
    const m = buildReportModel(input({ dossiers: d }));
    const cells = new Set(dossierTable(m)!.values());
    const sentences = paragraphs(m).filter((p) => p.includes("đã tiếp nhận") || p.startsWith("+ Tỷ lệ"));
    expect(sentences).toHaveLength(2);
    const numbers = sentences.flatMap((p) => p.replace(/\d{2}\/\d{2}\/\d{4}/g, "").match(/\d+(?:,\d+)?%?/g) ?? []).filter((n) => n !== "1");
    expect(numbers.length).toBeGreaterThan(4);
    for (const n of numbers) expect([n, cells.has(n)]).toEqual([n, true]);
  });
});

describe("draftNarrative", () => {
  const tasks = [
    task("1", "Xây dựng mục tiêu chất lượng năm 2024", "Hoàn thành", "Quyết định số 12/QĐ-SYT ngày 15/01/2024"),
    task("2", "Cử công chức tham gia lớp tập huấn về ISO 9001:2015", "Hoàn thành", "Công văn số 1548/SYT-VP ngày 18/4/2024"),
    task("3", "Lấy ý kiến khách hàng tại bộ phận một cửa", "Hoàn thành"),
    task("4", "Đánh giá nội bộ", "Đang thực hiện"),
    task("5", "Công bố lại hệ thống", ""),
  ];
  const facts = { agency: "Sở Y tế", year: 2024, asOf: "2024-12-31", dossiers: seed001, tasks, budget: demoBudget() };
  const n = draftNarrative(facts);

  it("names the training done, the tasks not done and the evidence missing", () => {
    expect(n.management.split("\n")[0]).toBe("+ Cử công chức tham gia lớp tập huấn về ISO 9001:2015 (Công văn số 1548/SYT-VP ngày 18/4/2024).");
    expect(n.advantages.split("\n").slice(0, 2)).toEqual([
      "- Hoàn thành 3/5 nhiệm vụ của Kế hoạch ISO năm 2024.",
      "- Kinh phí được cấp đã giải ngân 21.000.000/21.000.000 đồng.",
    ]);
    const obstacles = n.obstacles.split("\n");
    // Three tasks to name (five or fewer): a count, then each task by the plan's number and its full text.
    expect(obstacles.slice(1, 6)).toEqual([
      "- 2 nhiệm vụ của Kế hoạch năm 2024 chưa hoàn thành:",
      "+ Mục 4: Đánh giá nội bộ (đang thực hiện);",
      "+ Mục 5: Công bố lại hệ thống (chưa thực hiện).",
      "- Chưa tập hợp đủ văn bản minh chứng (số, ký hiệu, ngày) cho 1 nhiệm vụ đã hoàn thành:",
      "+ Mục 3: Lấy ý kiến khách hàng tại bộ phận một cửa.",
    ]);
  });

  it("plans next year with the standard a)–g) list and carries the open tasks over as h)", () => {
    const lines = n.nextYear.split("\n");
    expect(lines[1]).toBe("b) Xây dựng Kế hoạch triển khai áp dụng ISO năm 2025;");
    expect(lines.slice(-3)).toEqual([
      "h) Tiếp tục thực hiện 2 nhiệm vụ chưa hoàn thành của năm 2024:",
      "+ Mục 4: Đánh giá nội bộ;",
      "+ Mục 5: Công bố lại hệ thống.",
    ]);
    expect(n.proposals).toBe("Không.");
  });

  it("budget not all disbursed is a difficulty", () => {
    const budget = { ...demoBudget(), granted: [{ item: "Duy trì", category: "maintenance" as const, granted: 3_000_000, disbursed: 1_500_000, note: "" }] };
    expect(draftNarrative({ ...facts, budget }).obstacles).toContain("- Kinh phí mới giải ngân 1.500.000/3.000.000 đồng được cấp.");
  });

  it("takes last year's paragraphs instead of the standard ones, next year's plan one year on", () => {
    const withLastYear = draftNarrative(facts, {
      oneStop: "Đoạn của năm trước.",
      nextYear: "a) Đánh giá nội bộ năm 2024;\nb) Báo cáo năm 2024 và dự toán năm 2025.",
    });
    expect(withLastYear.oneStop).toBe("Đoạn của năm trước.");
    expect(withLastYear.nextYear.split("\n").slice(0, 2)).toEqual(["a) Đánh giá nội bộ năm 2025;", "b) Báo cáo năm 2025 và dự toán năm 2026."]);
    expect(shiftYears("ISO 9001:2015 năm 2024, ngày 31/12/2024", 2024)).toBe("ISO 9001:2015 năm 2025, ngày 31/12/2024");
  });
});

describe("the report's text blocks", () => {
  it("come from the narrative; the last paragraph closes with './.'; a complete report is final", () => {
    const narrative = {
      ...draftNarrative({ agency: "Sở Y tế", year: 2024, asOf: "2024-10-31", dossiers: seed001, tasks: [], budget: demoBudget() }),
      proposals: "Không.",
    };
    const m = buildReportModel(input({ narrative, items: accounted }));
    expect(m.draft).toBe(false);
    expect(m.missing).toEqual([]);
    const texts = paragraphs(m);
    expect(texts[texts.length - 1]).toBe("Không./.");
    expect([...texts, ...tableCells(m)].some((p) => p.includes("["))).toBe(false);
  });

  it("an empty block makes a draft that names what is missing, without brackets", () => {
    const narrative = {
      ...emptyNarrative(),
      dossierComment: "Nhận xét.",
      management: "Quản lý.",
      oneStop: "Một cửa.",
      obstacles: "Khó khăn.",
      nextYear: "a) Việc năm sau.",
      proposals: "",
    };
    const m = buildReportModel(input({ narrative, items: accounted }));
    expect(m.draft).toBe(true);
    expect(m.missing).toEqual(["Nhận xét: II.2.a — Thuận lợi", "Nhận xét: IV — Kiến nghị, đề xuất"]);
    const texts = paragraphs(m);
    expect(texts).toContain("(Chưa có nội dung — nhập tại 'Nhận xét'!B5.)");
    expect(texts.some((p) => p.includes("["))).toBe(false);
  });
});
