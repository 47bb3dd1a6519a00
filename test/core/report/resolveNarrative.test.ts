import { makeCounts, zeroTallies } from "../../../src/core/dossiers/counts";
import type { PlanTask } from "../../../src/core/plan/plan";
import { narrativeKeys, type NarrativeKey } from "../../../src/core/report/narrative";
import { parseMark } from "../../../src/core/report/narrativeMark";
import { draftRows, narrativeAfter, resolveNarrative, type NarrativeFacts, type NarrativeRows } from "../../../src/core/report/resolveNarrative";

const task = (no: string, status: string, evidence = ""): PlanTask =>
  ({
    no,
    group: null,
    task: `Nhiệm vụ số ${no} của kế hoạch`,
    status,
    evidence,
    note: "",
    output: "",
    timing: { text: "Quý IV", kind: "quarter", start: "2025-10-01", end: "2025-12-31", recurrence: null },
    source: { sheet: "Nhiệm vụ", cell: `C${Number(no) + 1}` },
    cells: {},
  }) as unknown as PlanTask;

/** Sở Tư pháp's 2025: 19 tasks, `done` of them done with a decision as evidence. */
function factsWith(done: number): NarrativeFacts {
  return {
    agency: "Sở Tư pháp",
    year: 2025,
    asOf: "2025-12-14",
    dossiers: makeCounts("Tổng cộng", { ...zeroTallies(), early: 300, onTime: 31, late: 10, supplement: 12, pendingInTime: 10, pendingOverdue: 14 }),
    tasks: Array.from({ length: 19 }, (_, i) =>
      i < done ? task(String(i + 1), "Hoàn thành", `Quyết định số ${i + 1}/QĐ-STP ngày 15/11/2025`) : task(String(i + 1), "Đang thực hiện"),
    ),
    budget: {
      granted: [{ item: "Duy trì", category: "maintenance", granted: 30_000_000, disbursed: 30_000_000, note: "" }],
      estimate: [{ item: "Duy trì", category: "maintenance", amount: 5_000_000, explanation: "" }],
    },
  };
}

/** The sheet as the report wrote it, read back (texts and marks), with some blocks changed by the user. */
const sheetOf = (rows: NarrativeRows, edits: Partial<Record<NarrativeKey, string>> = {}) => ({
  narrative: Object.fromEntries(narrativeKeys.map((k) => [k, edits[k] ?? rows[k].text])) as Record<NarrativeKey, string>,
  marks: Object.fromEntries(narrativeKeys.map((k) => [k, rows[k].mark])),
});

describe("resolveNarrative: drafts follow the data until the secretary takes them over", () => {
  const first = resolveNarrative(null, factsWith(3));

  it("drafts every block when the workbook has no 'Nhận xét' sheet, each marked as the product's draft", () => {
    expect(first.blocks.map((b) => b.state)).toEqual(narrativeKeys.map(() => "draft"));
    for (const k of narrativeKeys) expect([k, parseMark(first.rows[k].mark)]).toEqual([k, expect.objectContaining({ kind: "draft", base: "standard" })]);
    expect(first.narrative.advantages.split("\n")[0]).toBe("- Hoàn thành 3/19 nhiệm vụ của Kế hoạch ISO năm 2025.");
    // 16 tasks to name: more than five, so a count and the Phụ lục.
    expect(first.narrative.obstacles.split("\n")[1]).toBe("- 16 nhiệm vụ của Kế hoạch năm 2025 chưa hoàn thành (chi tiết tại Phụ lục).");
  });

  it("writes an untouched draft again from new figures: only its figure lines change", () => {
    const later = resolveNarrative(sheetOf(first.rows), factsWith(6));
    expect(later.blocks.every((b) => b.state === "draft")).toBe(true);
    const before = first.narrative.advantages.split("\n");
    const after = later.narrative.advantages.split("\n");
    expect(after[0]).toBe("- Hoàn thành 6/19 nhiệm vụ của Kế hoạch ISO năm 2025.");
    expect(after.slice(1)).toEqual(before.slice(1));
    expect(later.narrative.obstacles).toContain("- 13 nhiệm vụ của Kế hoạch năm 2025 chưa hoàn thành (chi tiết tại Phụ lục).");
    expect(later.narrative.nextYear.split("\n").pop()).toBe("h) Tiếp tục thực hiện 13 nhiệm vụ chưa hoàn thành của năm 2025 (chi tiết tại Phụ lục).");
    // Blocks without figures are the same text.
    expect(later.narrative.oneStop).toBe(first.narrative.oneStop);
  });

  it("keeps an edited block as typed and names the figure that is no longer right", () => {
    const typed = "- Hoàn thành 3/19 nhiệm vụ của Kế hoạch ISO năm 2025.\n- Lãnh đạo Sở quan tâm, chỉ đạo sát sao.";
    const later = resolveNarrative(sheetOf(first.rows, { advantages: typed }), factsWith(6));
    const block = later.blocks.find((b) => b.key === "advantages")!;
    expect(block.state).toBe("edited");
    expect(block.stale).toEqual([{ stated: "3/19 nhiệm vụ", current: "6/19 nhiệm vụ" }]);
    expect(later.narrative.advantages).toBe(typed);
    expect(later.rows.advantages.mark).toBe("");
    expect(later.rows.advantages.note).toContain("“3/19 nhiệm vụ” (nay: 6/19 nhiệm vụ)");
    // Updated by hand: no longer stale, still the secretary's.
    const fixed = resolveNarrative(sheetOf(first.rows, { advantages: typed.replace("3/19", "6/19") }), factsWith(6));
    expect(fixed.blocks.find((b) => b.key === "advantages")).toMatchObject({ state: "edited", stale: [] });
  });

  it("drafts an emptied block again", () => {
    const later = resolveNarrative(sheetOf(first.rows, { advantages: "" }), factsWith(6));
    expect(later.blocks.find((b) => b.key === "advantages")!.state).toBe("draft");
    expect(later.narrative.advantages.split("\n")[0]).toBe("- Hoàn thành 6/19 nhiệm vụ của Kế hoạch ISO năm 2025.");
  });

  it("a confirmed edit stays quiet until the figures change again", () => {
    const typed = "- Hoàn thành 3/19 nhiệm vụ, phần còn lại chuyển sang năm sau.";
    const edited = resolveNarrative(sheetOf(first.rows, { advantages: typed }), factsWith(6));
    const confirmed = narrativeAfter(edited, factsWith(6), { kind: "confirm", key: "advantages" });
    expect(parseMark(confirmed.advantages.mark)?.kind).toBe("confirmed");
    const same = resolveNarrative(sheetOf(confirmed), factsWith(6));
    expect(same.blocks.find((b) => b.key === "advantages")).toMatchObject({ state: "confirmed", stale: [] });
    const changed = resolveNarrative(sheetOf(confirmed), factsWith(7));
    expect(changed.blocks.find((b) => b.key === "advantages")).toMatchObject({
      state: "edited",
      stale: [{ stated: "3/19 nhiệm vụ", current: "7/19 nhiệm vụ" }],
    });
  });

  it("'Viết lại từ số liệu' replaces an edited block by the draft of today's figures", () => {
    const edited = resolveNarrative(sheetOf(first.rows, { advantages: "Đoạn tự viết." }), factsWith(6));
    const rewritten = narrativeAfter(edited, factsWith(6), { kind: "rewrite", key: "advantages" });
    const again = resolveNarrative(sheetOf(rewritten), factsWith(6));
    expect(again.blocks.find((b) => b.key === "advantages")!.state).toBe("draft");
    expect(again.narrative.advantages.split("\n")[0]).toBe("- Hoàn thành 6/19 nhiệm vụ của Kế hoạch ISO năm 2025.");
  });

  it("keeps last year's paragraphs of a draft when its figures are written again", () => {
    const lastYear = { obstacles: "Khó khăn riêng của Sở:\n- Hoàn thành 10/12 nhiệm vụ năm trước.\n- Cán bộ làm ISO đều kiêm nhiệm." };
    const rows = draftRows(factsWith(3), lastYear);
    expect(rows.obstacles.text.split("\n")[0]).toBe("Khó khăn riêng của Sở:");
    expect(rows.obstacles.text).not.toContain("10/12");
    const later = resolveNarrative(sheetOf(rows), factsWith(6));
    const lines = later.narrative.obstacles.split("\n");
    expect(lines[0]).toBe("Khó khăn riêng của Sở:");
    expect(lines[1]).toBe("- 13 nhiệm vụ của Kế hoạch năm 2025 chưa hoàn thành (chi tiết tại Phụ lục).");
    expect(lines[lines.length - 1]).toBe("- Cán bộ làm ISO đều kiêm nhiệm.");
  });
});

describe("resolveNarrative: a figure the text states against a total that cannot be computed", () => {
  it("keeps the text, states no 'now' figure, names the total and the cell that stops it", () => {
    const facts = factsWith(6);
    const unreadable: NarrativeFacts = {
      ...facts,
      budget: {
        ...facts.budget,
        granted: [
          { item: "Duy trì", category: "maintenance", granted: Number.NaN, disbursed: 30_000_000, note: "", cells: { granted: "D3", disbursed: "E3" } },
        ],
      },
    };
    const first = resolveNarrative(null, facts);
    const typed = "- Kinh phí được cấp năm 2025 là 30.000.000 đồng.";
    const later = resolveNarrative(sheetOf(first.rows, { advantages: typed }), unreadable);
    const block = later.blocks.find((b) => b.key === "advantages")!;
    expect(block).toMatchObject({ state: "edited", stale: [], unchecked: [{ stated: "được cấp 30.000.000 đồng", total: "granted", cell: "Kinh phí!D3" }] });
    expect(later.narrative.advantages).toBe(typed);
    expect(later.rows.advantages.note).toBe(
      "Đã sửa tay: báo cáo giữ nguyên nội dung này. Xóa hết nội dung ô để viết lại từ số liệu. " +
        "Chưa kiểm tra được số liệu: “được cấp 30.000.000 đồng” (tổng kinh phí được cấp chưa tính được vì số tiền ở ô Kinh phí!D3 không đọc được). " +
        "Sửa số tiền ở trang Kinh phí rồi tạo lại báo cáo; đến khi đó báo cáo là DỰ THẢO.",
    );
    // The amount typed right again: 30.000.000 is what the text says, nothing to say.
    expect(resolveNarrative(sheetOf(first.rows, { advantages: typed }), facts).blocks.find((b) => b.key === "advantages")).toMatchObject({
      state: "edited",
      stale: [],
      unchecked: [],
    });
  });
});
