import { paramsOf } from "../../../src/core/findings/finding";
import { tsvToGrid } from "../../../src/core/grid/tsv";
import { carryProgress } from "../../../src/core/plan/carryProgress";
import { importPlan } from "../../../src/core/plan/importPlan";
import { matchTasks, taskSimilarity } from "../../../src/core/plan/matchTasks";
import type { PlanTask } from "../../../src/core/plan/plan";
import { renderFinding } from "../../../src/core/messages/render";
import { sampleText, seeds } from "../../helpers";

const planOf = (text: string) => {
  const plan = importPlan([tsvToGrid("Kế hoạch", text)]);
  if (!plan) throw new Error("no table");
  return plan;
};

/** Seed 000 with task 8 done and evidenced, as a secretary would have typed it. */
function seedWithProgress(): PlanTask[] {
  return planOf(sampleText(seeds.plan2024)).tasks.map((t) =>
    t.no === "1"
      ? { ...t, status: "Hoàn thành", evidence: "Quyết định số 15/QĐ-SYT ngày 20/01/2024" }
      : t.no === "8"
        ? { ...t, status: "Hoàn thành", evidence: "Kế hoạch số 4425/KH-ISO ngày 03/10/2024" }
        : t,
  );
}

/** The corrected plan: a task inserted before task 1 (numbers shift by one) and task 1 reworded. */
function correctedPlan(): string {
  return sampleText(seeds.plan2024)
    .replace(/^(\d+)\t/gm, (_, n: string) => `${Number(n) + 1}\t`)
    .replace("Xây dựng mục tiêu chất lượng năm 2024 của Sở\t", "Xây dựng, ban hành mục tiêu chất lượng năm 2024 của Sở\t")
    .replace(/^2\t/m, "1\tTuyên truyền, phổ biến Kế hoạch áp dụng ISO năm 2024 đến công chức\tHội nghị phổ biến\tTháng 01/2024\tTổ chức Hành chính\n2\t");
}

describe("taskSimilarity", () => {
  it("is 1 for the same words whatever the accents, case and punctuation, 0 for nothing in common", () => {
    expect(taskSimilarity("Xây dựng mục tiêu chất lượng.", "XÂY DỰNG  mục tiêu, chất lượng")).toBe(1);
    expect(taskSimilarity("Đánh giá nội bộ", "Họp xem xét")).toBe(0);
  });

  it("counts shared words: a reworded title keeps most of them", () => {
    // 10 words and 12 words, 10 in common: 2·10 / 22.
    expect(taskSimilarity("Xây dựng mục tiêu chất lượng năm 2024 của Sở", "Xây dựng, ban hành mục tiêu chất lượng năm 2024 của Sở")).toBeCloseTo(20 / 22, 5);
  });
});

describe("matchTasks", () => {
  const t = (no: string, task: string) => ({ no, task });

  it("pairs a reworded task with its old self although its number changed", () => {
    const old = [t("1", "Xây dựng mục tiêu chất lượng năm 2024 của Sở"), t("2", "Tổ chức đánh giá nội bộ")];
    const next = [
      t("1", "Tuyên truyền, phổ biến Kế hoạch ISO"),
      t("2", "Xây dựng, ban hành mục tiêu chất lượng năm 2024 của Sở"),
      t("3", "Tổ chức đánh giá nội bộ"),
    ];
    const m = matchTasks(next, old);
    expect(m.pairs.map((p) => [p.next, p.previous, p.kind])).toEqual(
      expect.arrayContaining([
        [1, 0, "same"],
        [2, 1, "same"],
      ]),
    );
    expect(m.pairs.some((p) => p.next === 0)).toBe(false);
  });

  it("uses the number only to break a tie between equal texts", () => {
    const old = [t("6", "Tuân thủ các quy trình"), t("9", "Tuân thủ các quy trình")];
    expect(matchTasks([t("9", "Tuân thủ các quy trình"), t("6", "Tuân thủ các quy trình")], old).pairs.map((p) => [p.next, p.previous, p.kind])).toEqual([
      [0, 1, "same"],
      [1, 0, "same"],
    ]);
    // Same number, unrelated text: no pair at all.
    expect(matchTasks([t("6", "Họp xem xét của lãnh đạo")], old).pairs).toEqual([]);
    // Equal texts whose numbers both changed: which is which cannot be told.
    expect(matchTasks([t("7", "Tuân thủ các quy trình"), t("10", "Tuân thủ các quy trình")], old).pairs.every((p) => p.kind === "uncertain")).toBe(true);
  });

  it("calls a half-alike text uncertain", () => {
    // 11 and 9 words, 6 in common (kế hoạch đánh giá nội bộ): 12/20 = 0.6.
    const m = matchTasks([t("8", "Lập kế hoạch đánh giá nội bộ năm 2024")], [t("8", "Xây dựng kế hoạch và tiến hành đánh giá nội bộ.")]);
    expect(m.pairs).toEqual([{ next: 0, previous: 0, similarity: 0.6, kind: "uncertain" }]);
  });
});

describe("carryProgress (issue 13: a task inserted before task 1, task 1 reworded)", () => {
  it("carries 'Hoàn thành' and its evidence to the reworded task, not to the inserted task 1", () => {
    const next = planOf(correctedPlan()).tasks;
    expect(next.map((x) => x.no).slice(0, 3)).toEqual(["1", "2", "3"]);
    const result = carryProgress(next, seedWithProgress(), { nextYear: 2024, previousYear: 2024 });
    expect(result.refusal).toBeNull();
    expect(result.findings).toEqual([]);
    expect(result.tasks).toHaveLength(13);
    expect(result.tasks[0]).toMatchObject({ no: "1", task: "Tuyên truyền, phổ biến Kế hoạch áp dụng ISO năm 2024 đến công chức", status: "", evidence: "" });
    expect(result.tasks[1]).toMatchObject({ no: "2", status: "Hoàn thành", evidence: "Quyết định số 15/QĐ-SYT ngày 20/01/2024" });
    expect(result.tasks[8]).toMatchObject({ no: "9", status: "Hoàn thành", evidence: "Kế hoạch số 4425/KH-ISO ngày 03/10/2024" });
    expect(result.tasks.filter((x) => x.status === "Hoàn thành").map((x) => x.no)).toEqual(["2", "9"]);
  });

  it("keeps the old row with a note and names both rows when the match is uncertain", () => {
    const next = planOf(correctedPlan().replace("Xây dựng kế hoạch và tiến hành đánh giá nội bộ.", "Lập kế hoạch đánh giá nội bộ năm 2024")).tasks;
    const result = carryProgress(next, seedWithProgress(), { nextYear: 2024, previousYear: 2024 });
    expect(result.tasks).toHaveLength(14);
    expect(result.tasks[8]).toMatchObject({ no: "9", task: "Lập kế hoạch đánh giá nội bộ năm 2024", evidence: "" });
    // Kept after the 13 new tasks, in sheet row 15; the new task 9 is in row 10.
    expect(result.tasks[13]).toMatchObject({ no: "8", status: "Hoàn thành", evidence: "Kế hoạch số 4425/KH-ISO ngày 03/10/2024" });
    expect(result.tasks[13].note).toBe('Có thể là nhiệm vụ số "9" của kế hoạch mới (dòng 10); trạng thái chưa được chuyển');
    expect(result.findings).toHaveLength(1);
    expect(renderFinding(result.findings[0])).toBe(
      'Nhiệm vụ!C15: không chắc nhiệm vụ cũ số "8" ("Xây dựng kế hoạch và tiến hành đánh giá nội bộ.", giữ ở dòng 15) và nhiệm vụ số "9" của kế hoạch mới ("Lập kế hoạch đánh giá nội bộ năm 2024", dòng 10) là cùng một việc (nội dung giống 60%); trạng thái, kết quả chưa được chuyển sang dòng 10. Nếu đúng là một, hãy chép sang dòng 10 rồi xoá dòng 15',
    );
  });

  it("does not repeat its own note when the same kept row is kept again", () => {
    const old = seedWithProgress().map((x) => (x.no === "8" ? { ...x, note: "Không còn trong kế hoạch mới nhập; gọi chị Lan" } : x));
    const next = planOf(sampleText(seeds.plan2024).replace(/^8\t.*\n/m, "")).tasks;
    const result = carryProgress(next, old, { nextYear: 2024, previousYear: 2024 });
    expect(result.tasks[11]).toMatchObject({ no: "8", note: "Không còn trong kế hoạch mới nhập; gọi chị Lan" });
    expect(result.findings.map((f) => [f.code, f.cell])).toEqual([["progress_not_carried", "C13"]]);
  });

  it("refuses another agency's plan (seed 002, Sở VHTTDL) over Sở Y tế's progress", () => {
    const next = planOf(sampleText(seeds.vhttdl2024)).tasks;
    const result = carryProgress(next, seedWithProgress(), { nextYear: 2024, previousYear: 2024 });
    expect(result.refusal).toMatchObject({ code: "plan_differs", severity: "error", params: { total: 9, previous: 12 } });
    expect(Number(paramsOf(result.refusal!).same)).toBeLessThan(3);
  });

  it("refuses a plan of another year over a sheet with progress, and accepts anything over a sheet without", () => {
    const next = planOf(sampleText(seeds.plan2024).replace(/2024/g, "2025")).tasks;
    expect(carryProgress(next, seedWithProgress(), { nextYear: 2025, previousYear: 2024 }).refusal).toMatchObject({
      code: "plan_other_year",
      params: { next: 2025, previous: 2024 },
    });
    const blank = planOf(sampleText(seeds.plan2024)).tasks;
    expect(carryProgress(planOf(sampleText(seeds.vhttdl2024)).tasks, blank, { nextYear: 2025, previousYear: 2024 }).refusal).toBeNull();
  });
});
