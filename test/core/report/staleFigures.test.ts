import { makeCounts, zeroTallies } from "../../../src/core/dossiers/counts";
import type { PlanTask } from "../../../src/core/plan/plan";
import { checkFigures, figureFacts, staleFigures } from "../../../src/core/report/staleFigures";

const task = (no: string, group: string | null, status: string): PlanTask =>
  ({
    no,
    group,
    task: `Nhiệm vụ ${no}`,
    status,
    evidence: "",
    note: "",
    output: "",
    source: { sheet: "Nhiệm vụ", cell: "C2" },
    cells: {},
  }) as unknown as PlanTask;

/**
 * A year worked by hand: 19 tasks in three sections numbered again in each (I.1–6, II.1–7,
 * III.1–6), six of them done (I.1, I.2, II.1, II.3, III.1, III.2); 379 dossiers received,
 * 300 early + 31 on time + 10 late (331/341 = 97,07%), 12 supplement, 2 withdrawn, 10 pending
 * in time, 14 pending overdue; 30.000.000 granted, 25.500.000 disbursed, 5.000.000 estimate.
 */
const done = new Set(["I.1", "I.2", "II.1", "II.3", "III.1", "III.2"]);
const sections: [string, number][] = [
  ["I. Xây dựng", 6],
  ["II. Áp dụng", 7],
  ["III. Duy trì", 6],
];
const tasks = sections.flatMap(([group, n]) =>
  Array.from({ length: n }, (_, i) => task(String(i + 1), group, done.has(`${group.split(".")[0]}.${i + 1}`) ? "Hoàn thành" : "Đang thực hiện")),
);
const dossiers = makeCounts("Tổng cộng", {
  ...zeroTallies(),
  early: 300,
  onTime: 31,
  late: 10,
  supplement: 12,
  withdrawn: 2,
  pendingInTime: 10,
  pendingOverdue: 14,
});
const budget = {
  granted: [{ item: "Duy trì", category: "maintenance" as const, granted: 30_000_000, disbursed: 25_500_000, note: "" }],
  estimate: [{ item: "Duy trì", category: "maintenance" as const, amount: 5_000_000, explanation: "" }],
};
const facts = figureFacts({ tasks, dossiers, budget });

describe("figureFacts", () => {
  it("gives the year's figures as the report writes them", () => {
    expect(facts.tasksTotal).toBe(19);
    expect(facts.tasksDone).toBe(6);
    expect(facts.tasksOpen).toBe(13);
    expect(facts.doneLabels).toEqual(["I.1", "I.2", "II.1", "II.3", "III.1", "III.2"]);
    expect(facts.dossiers.received).toBe(379);
    expect(facts.dossiers.handled).toBe(343);
    expect(facts.rateA).toBe("97,07%");
    expect(facts.disbursed).toBe("25.500.000");
  });
});

describe("staleFigures", () => {
  it.each([
    ["- Hoàn thành 3/19 nhiệm vụ của Kế hoạch ISO năm 2025.", [["3/19 nhiệm vụ", "6/19 nhiệm vụ"]]],
    ["- 19 nhiệm vụ của Kế hoạch năm 2025 chưa hoàn thành (chi tiết tại Phụ lục).", [["19 nhiệm vụ chưa hoàn thành", "13 nhiệm vụ chưa hoàn thành"]]],
    ["- Toàn bộ hồ sơ đã giải quyết đều đúng hạn (tỷ lệ giải quyết đúng hạn 100%).", [["tỷ lệ đúng hạn 100%", "tỷ lệ đúng hạn 97,07%"]]],
    ["- Đến ngày 31/12/2025 có 23 hồ sơ đang giải quyết đã quá hạn.", [["23 hồ sơ đang giải quyết quá hạn", "14 hồ sơ đang giải quyết quá hạn"]]],
    ["- Còn 5 hồ sơ giải quyết quá hạn.", [["5 hồ sơ giải quyết quá hạn", "10 hồ sơ giải quyết quá hạn"]]],
    ["- Kinh phí được cấp đã giải ngân 21.000.000/30.000.000 đồng.", [["giải ngân 21.000.000 đồng", "giải ngân 25.500.000 đồng"]]],
    [
      "+ Từ ngày 15/12/2024 đến ngày 14/12/2025, Sở Tư pháp đã tiếp nhận 391 hồ sơ; xử lý không quá hạn 343 hồ sơ.",
      [["391 hồ sơ tiếp nhận", "379 hồ sơ tiếp nhận"]],
    ],
    [
      "- 3 nhiệm vụ chưa hoàn thành:\n+ Mục II.3: Nhiệm vụ 3 (đang thực hiện);\n+ Mục II.4: Nhiệm vụ 4 (đang thực hiện).",
      [
        ["3 nhiệm vụ chưa hoàn thành", "13 nhiệm vụ chưa hoàn thành"],
        ["mục II.3 (chưa hoàn thành)", "mục II.3 (hoàn thành)"],
      ],
    ],
  ])("%s", (text, expected) => {
    expect(staleFigures(text, facts).map((s) => [s.stated, s.current])).toEqual(expected);
  });

  it("says nothing of a text whose figures are right, or that states none", () => {
    const right = [
      "- Hoàn thành 6/19 nhiệm vụ của Kế hoạch ISO năm 2025.",
      "- Còn 10 hồ sơ giải quyết quá hạn, tỷ lệ giải quyết đúng hạn đạt 97,07%.",
      "- Kinh phí mới giải ngân 25.500.000/30.000.000 đồng được cấp.",
      "+ Đã tiếp nhận 379 hồ sơ; xử lý không quá hạn 343 hồ sơ (trả kết quả trước hạn và đúng hạn 331 hồ sơ, yêu cầu bổ sung 12 hồ sơ).",
    ].join("\n");
    expect(staleFigures(right, facts)).toEqual([]);
    const none = "Lãnh đạo Sở quan tâm; 100% cán bộ tham gia tập huấn theo Quyết định số 386/QĐ-STP ngày 27/9/2025 (ISO 9001:2015).";
    expect(staleFigures(none, facts)).toEqual([]);
  });
});

/**
 * The demo's budget with one granted amount typed wrong ("18.000.00O", letter O, at Kinh phí!D3):
 * lines Mở rộng (granted unreadable, disbursed 18.000.000) and Duy trì (3.000.000 / 3.000.000).
 * Granted cannot be added up (budgetTotals); disbursed is 18.000.000 + 3.000.000 = 21.000.000;
 * the estimate 3.000.000.
 */
describe("figures against a budget total that cannot be computed", () => {
  const unreadable = {
    granted: [
      { item: "Mở rộng", category: "expansion" as const, granted: Number.NaN, disbursed: 18_000_000, note: "", cells: { granted: "D3", disbursed: "E3" } },
      { item: "Duy trì", category: "maintenance" as const, granted: 3_000_000, disbursed: 3_000_000, note: "", cells: { granted: "D4", disbursed: "E4" } },
    ],
    estimate: [{ item: "Duy trì", category: "maintenance" as const, amount: 3_000_000, explanation: "" }],
  };
  const f = figureFacts({ tasks, dossiers, budget: unreadable });

  it("states no granted total, only the cell that stops it; the other totals as computed", () => {
    expect(f.granted).toEqual({ stoppedAt: "Kinh phí!D3" });
    expect([f.disbursed, f.estimate]).toEqual(["21.000.000", "3.000.000"]);
  });

  it("a granted amount the text states is not checked (no 'now' figure), and says which total and cell", () => {
    const text = "Kinh phí được cấp năm 2024 là 21.000.000 đồng.";
    expect(staleFigures(text, f)).toEqual([]);
    expect(checkFigures(text, f).unchecked).toEqual([{ stated: "được cấp 21.000.000 đồng", total: "granted", cell: "Kinh phí!D3" }]);
    // "giải ngân 21.000.000/21.000.000": the disbursed part is checked (right), the granted part cannot be.
    const both = checkFigures("- Kinh phí được cấp đã giải ngân 21.000.000/21.000.000 đồng.", f);
    expect(both).toEqual({ stale: [], unchecked: [{ stated: "được cấp 21.000.000 đồng", total: "granted", cell: "Kinh phí!D3" }] });
    // A wrong disbursed figure is still stale beside it.
    expect(checkFigures("- Đã giải ngân 20.000.000/21.000.000 đồng.", f).stale).toEqual([
      { stated: "giải ngân 20.000.000 đồng", current: "giải ngân 21.000.000 đồng" },
    ]);
  });
});
