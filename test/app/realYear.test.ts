import { reportFromGrids } from "../../src/app/reportJob";
import { reportDocxBytes } from "../../src/adapters/docx/reportDocx";
import { paramsOf } from "../../src/core/findings/finding";
import { makeGrid, type Grid } from "../../src/core/grid/grid";
import { buildReportSheet } from "../../src/core/report/reportSheet";
import { docxParagraphs } from "../docxText";
import { apply, expected, firstDone, laterDone, realYearWorkbook } from "../realYear";

/**
 * The report of a real year tells the truth (issue #18, "How it is checked"): test/realYear.ts's
 * Sở Tư pháp with a 16-task plan, an export over 15/12/2024–14/12/2025, eight tasks done by the
 * first report and three more after it. The .docx's text is parsed: every task count, rate and
 * amount it states is the data's (worked out by hand in test/realYear.ts), the two reports differ
 * only where the data changed, and an edited block with a stale figure makes a warning and a draft.
 */

const ran = <T extends { ok: boolean }>(r: T): Extract<T, { ok: true }> => {
  if (!r.ok) throw new Error(JSON.stringify((r as unknown as { fatal: unknown }).fatal));
  return r as Extract<T, { ok: true }>;
};

/** Sets cells of a sheet (A1 addresses), as the secretary types them. */
function typeInto(grids: readonly Grid[], sheet: string, values: Record<string, string>): Grid[] {
  return grids.map((g) => {
    if (g.sheet !== sheet) return g;
    const rows = g.rows.map((r) => [...r]);
    for (const [address, value] of Object.entries(values)) {
      const m = /^([A-Z])(\d+)$/.exec(address)!;
      const r = Number(m[2]) - 1;
      const c = m[1].charCodeAt(0) - 65;
      while (rows.length <= r) rows.push([]);
      while (rows[r].length <= c) rows[r].push("");
      rows[r][c] = value;
    }
    return makeGrid(g.sheet, rows);
  });
}

/** The row (1-based) of the tasks sheet holding a task's text. */
const taskRow = (grids: readonly Grid[], text: string) => grids.find((g) => g.sheet === "Nhiệm vụ")!.rows.findIndex((r) => r[2] === text) + 1;

/** Progress typed in "Nhiệm vụ": status (J) and document (K) of the tasks named by their text. */
function progress(grids: Grid[], done: Record<string, string>): Grid[] {
  const cells: Record<string, string> = {};
  for (const [text, evidence] of Object.entries(done)) {
    const row = taskRow(grids, text);
    if (row < 2) throw new Error(`no task "${text}"`);
    cells[`J${row}`] = "Hoàn thành";
    cells[`K${row}`] = evidence;
  }
  return typeInto(grids, "Nhiệm vụ", cells);
}

describe("a real year's report tells the truth (another agency, 16 tasks, an off-calendar export)", () => {
  let grids: Grid[];
  let first: ReturnType<typeof run>;
  let second: ReturnType<typeof run>;
  let firstDocx: string[];
  let secondDocx: string[];

  function run(g: readonly Grid[]) {
    return ran(reportFromGrids(g, { today: "2025-12-16" }));
  }

  beforeAll(async () => {
    grids = progress(apply([], realYearWorkbook()), firstDone);
    first = run(grids);
    // The pane writes "Nhận xét" back into the workbook; the secretary then records three more tasks.
    grids = progress(apply(grids, { sheets: first.sheets.sheets.filter((s) => s.name === "Nhận xét") }), laterDone);
    second = run(grids);
    grids = apply(grids, { sheets: second.sheets.sheets.filter((s) => s.name === "Nhận xét") });
    firstDocx = await docxParagraphs(await reportDocxBytes(first.model));
    secondDocx = await docxParagraphs(await reportDocxBytes(second.model));
  });

  it("reads the year as typed: 16 tasks, the export's 69 dossiers over its own period", () => {
    expect(first.read.tasks).toHaveLength(16);
    const d = first.read.dossiers;
    expect([d.received, d.early, d.onTime, d.late, d.supplement, d.withdrawn, d.pendingInTime, d.pendingOverdue]).toEqual([69, 40, 12, 3, 5, 2, 6, 1]);
  });

  it("the first report is a DỰ THẢO for exactly the four items no document accounts for yet; the second is final", () => {
    expect(first.model.missing.map((m) => m.slice(0, m.indexOf(" (")))).toEqual(["Kết quả mục I.3", "Kết quả mục I.4", "Kết quả mục I.7", "Kết quả mục I.8"]);
    expect(firstDocx[0]).toBe("DỰ THẢO");
    expect(second.model.missing).toEqual([]);
    expect(secondDocx.join("\n")).not.toContain("DỰ THẢO");
  });

  /**
   * Every figure the .docx states, parsed from its text: one number per quantity, the data's.
   * `done` tasks of 16; `late` of them done after their deadline.
   */
  function expectFiguresAgree(paragraphs: readonly string[], done: number, late: number): void {
    const text = paragraphs.join("\n");
    const all = (re: RegExp) => [...text.matchAll(re)].map((m) => m.slice(1).join("/"));
    // Tasks: "8/16 nhiệm vụ" wherever it is said, and the unfinished count wherever that is.
    expect(new Set(all(/(\d+)\/(\d+) nhiệm vụ/g))).toEqual(new Set([`${done}/16`]));
    const notDone = all(/(\d+) nhiệm vụ (?:của Kế hoạch năm 2025 )?chưa hoàn thành/g);
    expect(notDone.length).toBeGreaterThanOrEqual(2);
    expect(new Set(notDone)).toEqual(new Set([String(16 - done)]));
    expect(all(/(\d+) nhiệm vụ hoàn thành muộn/g)).toEqual(late ? [String(late)] : []);
    // The task table of the appendix, or the short lists: each unfinished task named once per list.
    const appendixRows = paragraphs.filter((p) => /^I{1,2}\.\d \|/.test(p));
    if (16 - done > 5) {
      expect(appendixRows).toHaveLength(16);
      expect(appendixRows.filter((r) => /\| (?:Chưa thực hiện|Đang thực hiện)[^|]*$/.test(r))).toHaveLength(16 - done);
    } else {
      expect(appendixRows).toEqual([]);
      const listed = paragraphs.filter((p) => /^\+ Mục I{1,2}\.\d: .*\(chưa thực hiện\)[;.]$/.test(p));
      expect(listed).toHaveLength(16 - done);
    }
    // Dossiers: each quantity by the words that name it, in the sentence and the table.
    const dossierFigures: [RegExp, number][] = [
      [/tiếp nhận (\d+) hồ sơ/g, expected.received],
      [/Tổng số hồ sơ tiếp nhận \| (\d+)/g, expected.received],
      [/xử lý không quá hạn:? (\d+)/gi, expected.handled],
      [/Xử lý không quá hạn \| (\d+)/g, expected.handled],
      [/trước hạn và đúng hạn:? (\d+)/gi, expected.earlyOnTime],
      [/trước hạn và đúng hạn \| (\d+)/gi, expected.earlyOnTime],
      [/yêu cầu bổ sung:? (\d+)/gi, expected.supplement],
      [/Yêu cầu bổ sung \| (\d+)/g, expected.supplement],
      [/(?:trả kết quả|Còn) (\d+) hồ sơ (?:thủ tục hành chính )?giải quyết quá hạn|trả kết quả quá hạn (\d+) hồ sơ/g, expected.late],
      [/rút hồ sơ (\d+) hồ sơ|rút hồ sơ \| (\d+)/g, expected.withdrawn],
      [/đang giải quyết trong hạn (\d+)|Đang giải quyết trong hạn \| (\d+)/g, expected.pendingInTime],
      [/đang giải quyết quá hạn (\d+)|Đang giải quyết quá hạn \| (\d+)|có (\d+) hồ sơ đang giải quyết đã quá hạn/g, expected.pendingOverdue],
    ];
    for (const [re, value] of dossierFigures) {
      const found = [...text.matchAll(re)].map((m) => Number(m.slice(1).find((g) => g !== undefined)));
      expect([re.source, found.length > 0, [...new Set(found)]]).toEqual([re.source, true, [value]]);
    }
    expect(all(/\+ Trước hạn \| (\d+)/g)).toEqual(["40"]);
    expect(all(/\+ Đúng hạn \| (\d+)/g)).toEqual(["12"]);
    // Rates: only the two the data gives, each where it is named.
    expect(new Set(all(/(\d+(?:,\d+)?%)/g))).toEqual(new Set([expected.rateA, expected.rateC]));
    expect(new Set(all(/đúng hạn(?: \(1\))?(?::| \||[^%]* đạt) (\d+(?:,\d+)?%)/g))).toEqual(new Set([expected.rateA]));
    expect(all(/QĐ 766\/QĐ-TTg \(2\) \| (\d+(?:,\d+)?%)/g)).toEqual([expected.rateC]);
    // Amounts: granted, disbursed and the estimate, nowhere another.
    expect(new Set(all(/(\d{1,3}(?:\.\d{3})+)/g))).toEqual(new Set([expected.granted, expected.disbursed]));
    expect(all(/đã giải ngân:? (\d{1,3}(?:\.\d{3})+)/g)).toEqual([expected.disbursed]);
    expect(all(/Tổng kinh phí được cấp: (\d{1,3}(?:\.\d{3})+)/g)).toEqual([expected.granted]);
    expect(all(/Tổng cộng \| (\d{1,3}(?:\.\d{3})+)/g)).toEqual([expected.estimate]);
    expect(all(/giải ngân (\d{1,3}(?:\.\d{3})+\/\d{1,3}(?:\.\d{3})+) đồng/g)).toEqual([`${expected.disbursed}/${expected.granted}`]);
  }

  it("every count, rate and amount the first .docx states equals the data (8 of 16 tasks done)", () => expectFiguresAgree(firstDocx, 8, 0));

  it("every count, rate and amount the second .docx states equals the data (11 of 16 done, 3 of them late)", () => expectFiguresAgree(secondDocx, 11, 3));

  it("the two reports differ exactly where the data changed: the tasks and items, never a dossier or budget figure", () => {
    const before = new Set(firstDocx);
    const after = new Set(secondDocx);
    const changed = [...firstDocx.filter((p) => !after.has(p)), ...secondDocx.filter((p) => !before.has(p))];
    // Each changed paragraph is about tasks (a count, a list, the appendix, an item row of part I) or the draft mark.
    const aboutTasks = (p: string) =>
      /nhiệm vụ|^\+ Mục I{1,2}\.\d|^[3478] \| |^I{1,2}\.\d \||^ \| I{1,2}\. |^DỰ THẢO$|^Phụ lục$|^TÌNH HÌNH THỰC HIỆN NHIỆM VỤ|^\(Kèm theo Báo cáo|^TT \| Nhiệm vụ/u.test(
        p,
      );
    expect(changed.filter((p) => !aboutTasks(p))).toEqual([]);
    expect(changed.filter((p) => /%|\d{1,3}\.\d{3}|\d+ hồ sơ/.test(p))).toEqual([]);
    // And every place a task fact is stated did change.
    for (const p of ["- Thực hiện kế hoạch: 8/16 nhiệm vụ đã hoàn thành (chi tiết tại Phụ lục).", "- Hoàn thành 8/16 nhiệm vụ của Kế hoạch ISO năm 2025."]) {
      expect(before.has(p) && !after.has(p)).toBe(true);
    }
    expect(secondDocx).toContain("- Thực hiện kế hoạch: 11/16 nhiệm vụ đã hoàn thành.");
    expect(secondDocx).toContain(
      "8 | Thực hiện công bố lại sau khi có sự điều chỉnh, thu hẹp, mở rộng phạm vi áp dụng | Quyết định số 96/QĐ-STP ngày 12/12/2025",
    );
  });

  it("reads as a Văn phòng reviewer would have it: no grant line of 0 đồng, tasks named by the plan's numbers, the signature never alone on a page", () => {
    // Nothing was granted for expansion: no "Số kinh phí đã cấp mở rộng: 0 đồng." line.
    expect(secondDocx.filter((p) => /cấp mở rộng/.test(p))).toEqual([]);
    expect(secondDocx).toContain("+ Số kinh phí đã cấp duy trì: 15.000.000 đồng.");
    // The checks name a task as the plan does: "I.8", not "8" (two sections number 1–8).
    const late = second.read.findings.filter((f) => f.code.startsWith("evidence_")).map((f) => [f.cell, paramsOf(f).no]);
    expect(late).toEqual(expect.arrayContaining([["K9", "I.8"]]));
    expect(late.every(([, no]) => /^I{1,2}\.\d$/.test(String(no)))).toBe(true);
    // The sheet: no page break between the closing "Không./." and the signer's name.
    const sheet = buildReportSheet(second.model);
    const rowOf = (text: string) => sheet.cells.findIndex((r) => r.some((c) => c.kind === "text" && c.value.includes(text))) + 1;
    const closing = rowOf("Không./.");
    const signer = rowOf("Nguyễn Văn An");
    expect(closing).toBeGreaterThan(0);
    expect((sheet.rowBreaks ?? []).filter((b) => b >= closing && b < signer)).toEqual([]);
  });

  it("an edited block stating a figure the data no longer gives: a warning at its cell and a draft", () => {
    const cell = second.read.narrativeCells.advantages!;
    const edited = typeInto(grids, "Nhận xét", { [cell]: "- Hoàn thành 8/16 nhiệm vụ của Kế hoạch ISO năm 2025.\n- Lãnh đạo Sở quan tâm chỉ đạo." });
    const third = run(edited);
    expect(third.model.draft).toBe(true);
    expect(third.model.missing).toEqual(["Nhận xét: II.2.a — Thuận lợi — số liệu đã thay đổi: “8/16 nhiệm vụ” (nay: 11/16 nhiệm vụ)"]);
    expect(third.read.findings.filter((f) => f.code === "narrative_block_stale").map((f) => [f.severity, f.sheet, f.cell])).toEqual([
      ["warning", "Nhận xét", cell],
    ]);
    // The secretary's text is kept as she wrote it.
    expect(third.model.blocks.some((b) => b.kind === "paragraph" && b.runs.join("") === "- Hoàn thành 8/16 nhiệm vụ của Kế hoạch ISO năm 2025.")).toBe(true);
  });
});
