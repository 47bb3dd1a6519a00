/**
 * Issue #21 "Each rule written once": each drift the review reproduced, through every consumer
 * of the rule (the report, the narrative, the routine's status, the CLI, the pane's figures).
 * Each test was written before the fix and failed on the main of that day.
 */
import ExcelJS from "exceljs";
import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { demoDossiers, demoTrackingData } from "../../src/app/demoData";
import { nextYearFromGrids } from "../../src/app/nextYearJob";
import { reportFromGrids } from "../../src/app/reportJob";
import { routineStatus } from "../../src/app/routine";
import { planHeaderFacts, routineReport } from "../../src/app/routineJobs";
import { runCli } from "../../src/cli/main";
import { cellAddress } from "../../src/core/grid/address";
import { makeGrid, type Grid } from "../../src/core/grid/grid";
import { tsvToGrid } from "../../src/core/grid/tsv";
import { findingText } from "../../src/core/messages/render";
import { importPlan } from "../../src/core/plan/importPlan";
import { runsText, type Block } from "../../src/core/report/model";
import { specToGrid } from "../../src/core/sheet/specGrid";
import { buildTrackingWorkbook, emptyTrackingData, type TrackingData } from "../../src/core/workbook/trackingWorkbook";
import { keyFigures } from "../../src/taskpane/figures";
import { sampleText, seeds } from "../helpers";

const gridsOf = (data: TrackingData): Grid[] => buildTrackingWorkbook(data).sheets.map(specToGrid);
const demoGrids = () => gridsOf(demoTrackingData(importPlan([tsvToGrid("Kế hoạch", sampleText(seeds.plan2024))], {})!.tasks, demoDossiers()));

/** Inserts an empty column before column `index` (0-based) of one sheet. */
function insertColumn(grids: readonly Grid[], sheet: string, index: number): Grid[] {
  return grids.map((g) =>
    g.sheet === sheet
      ? makeGrid(
          g.sheet,
          g.rows.map((row) => [...row.slice(0, index), "", ...row.slice(index)]),
        )
      : g,
  );
}

/** The grids with one cell of one sheet set to `text` (A1 address). */
function setCell(grids: readonly Grid[], sheet: string, address: string, text: string): Grid[] {
  return grids.map((g) => {
    if (g.sheet !== sheet) return g;
    const rows = g.rows.map((row, r) => row.map((v, c) => (cellAddress(g.firstRowNumber + r, g.firstColumnNumber + c) === address ? text : v)));
    return makeGrid(g.sheet, rows);
  });
}

const ran = <T extends { ok: boolean }>(result: T): Extract<T, { ok: true }> => {
  if (!result.ok) throw new Error(`job failed: ${JSON.stringify((result as unknown as { fatal: unknown }).fatal)}`);
  return result as Extract<T, { ok: true }>;
};

/** The report's text, one line a paragraph (table cells joined by " | "). */
function reportLines(blocks: readonly Block[]): string[] {
  return blocks.flatMap((b) =>
    b.kind === "paragraph" ? [runsText(b.runs)] : b.kind === "table" ? b.rows.map((row) => row.map((cell) => runsText(cell)).join(" | ")) : [],
  );
}

const tmp = () => mkdtempSync(join(tmpdir(), "iso-21-"));

/**
 * The demo's tracking workbook (written by the CLI, so the tool owns its sheets), edited as a
 * user would in Excel; returns its path.
 */
async function editedDemo(edit: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const dir = tmp();
  await runCli(["demo", "-o", dir]);
  const file = join(dir, "so-theo-doi-iso-2024.xlsx");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  edit(wb);
  await wb.xlsx.writeFile(file);
  return file;
}

describe("1. agency facts: one reader of 'Thông tin', found by its headers", () => {
  // A column the user inserted before the labels: labels now in B, values in C.
  const moved = () => insertColumn(demoGrids(), "Thông tin", 0);

  it("the routine's status reads the year and the six facts where they now are", () => {
    const status = routineStatus(moved());
    expect(status.year).toBe(2024);
    expect(status.missing).toEqual([]);
    expect(status.steps[1].state).toBe("done");
  });

  it("a blank fact is named at its moved cell (the value column is C)", () => {
    // Row 16 of "Thông tin" is the signer's name (header row 1, fields from row 2; 15th field, after "Ngày chốt số liệu").
    const status = routineStatus(setCell(moved(), "Thông tin", "C16", ""));
    expect(status.missing.map((m) => `${m.label}@${m.sheet}!${m.cell}`)).toEqual(["Họ và tên người ký@Thông tin!C16"]);
  });

  it("the pane's report is built (final, not a draft) and names the agency", () => {
    const report = routineReport(routineStatus(moved()))!;
    expect(report.missing).toEqual([]);
    expect(report.model.draft).toBe(false);
    expect(JSON.stringify(report.model)).toContain("SỞ Y TẾ");
  });

  it("next year starts from the moved year", () => {
    expect(ran(nextYearFromGrids(moved())).year).toBe(2025);
  });

  it("the CLI's report of such a file is final and states the agency", async () => {
    const file = await editedDemo((wb) => wb.getWorksheet("Thông tin")!.spliceColumns(1, 0, []));
    const target = join(tmp(), "bc.xlsx");
    const out = await runCli(["report", file, "-o", target]);
    expect(out.stderr).toEqual([]);
    expect(out.stdout.join("\n")).not.toMatch(/DỰ THẢO|Thông tin!/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(target);
    const text = wb.getWorksheet("Báo cáo")!.getSheetValues().flat().join(" ");
    expect(text).toContain("SỞ Y TẾ");
    expect(text).toContain("Bùi Văn Kỳ");
  });
});

describe("2. budget totals: one total, refused when a line cannot be read", () => {
  // "Kinh phí": granted lines from row 3 (D granted, E disbursed): Mở rộng 18.000.000, Duy trì 3.000.000.
  const unreadableGranted = () => setCell(demoGrids(), "Kinh phí", "D3", "18.000.00O");
  const unreadableDisbursed = () => setCell(demoGrids(), "Kinh phí", "E3", "mười tám triệu");

  it("the report states no granted total it could not compute, and says which cell stops it", () => {
    const result = ran(reportFromGrids(unreadableGranted()));
    const lines = reportLines(result.model.blocks);
    expect(lines).not.toContain("+ Tổng kinh phí được cấp: 3.000.000 đồng.");
    expect(lines.filter((l) => l.includes("Tổng kinh phí được cấp"))).toEqual([
      "+ Tổng kinh phí được cấp: chưa tính được (số tiền ở ô Kinh phí!D3 không hợp lệ).",
    ]);
    expect(lines).toContain("+ Số kinh phí đã cấp mở rộng: chưa rõ (số tiền ở ô Kinh phí!D3 không hợp lệ).");
    expect(result.model.draft).toBe(true);
    expect(result.model.missing).toContain("Kinh phí: tổng kinh phí được cấp chưa tính được (ô Kinh phí!D3)");
  });

  it("the report states no disbursed total either (never 3.000.000 'đã giải ngân')", () => {
    const lines = reportLines(ran(reportFromGrids(unreadableDisbursed())).model.blocks);
    // (The "Nhận xét" sheet's own text is the secretary's; the figure lines are the report's.)
    expect(lines.filter((l) => l.startsWith("+ ") && l.includes("đã giải ngân"))).toEqual([
      "+ Số kinh phí đã giải ngân: chưa tính được (số tiền ở ô Kinh phí!E3 không hợp lệ).",
    ]);
    // The granted total is known and differs from the (unknown) disbursed one: it is stated.
    expect(lines).toContain("+ Tổng kinh phí được cấp: 21.000.000 đồng.");
  });

  it("the narrative drafted from the figures says nothing about money it could not add up", () => {
    const grids = unreadableDisbursed().filter((g) => g.sheet !== "Nhận xét");
    const read = ran(reportFromGrids(grids)).read;
    expect(read.narrativeDrafted).toBe(true);
    // Without the fix: "- Kinh phí mới giải ngân 3.000.000/21.000.000 đồng được cấp."
    expect(`${read.narrative!.advantages}\n${read.narrative!.obstacles}`).not.toMatch(/giải ngân/);
  });

  it("the routine's status has no total for the unreadable column, and the budget step needs attention", () => {
    const status = routineStatus(unreadableGranted());
    expect(status.budget).toEqual({ granted: null, disbursed: 21_000_000, estimate: 3_000_000 });
    expect(status.steps[4].state).toBe("attention");
  });

  it("the pane's figures and the CLI's figures show '—' for it, as each other", async () => {
    const read = ran(reportFromGrids(unreadableGranted())).read;
    const figures = Object.fromEntries(keyFigures(read).map((f) => [f.label, f.value]));
    expect(figures).toMatchObject({ figureGranted: "—", figureDisbursed: "21.000.000", figureEstimate: "3.000.000" });

    const file = await editedDemo((wb) => (wb.getWorksheet("Kinh phí")!.getCell("D3").value = "18.000.00O"));
    const out = await runCli(["report", file, "-o", join(tmp(), "bc.xlsx")]);
    expect(out.stdout.join("\n")).toContain("Kinh phí: được cấp — đồng; đã giải ngân 21.000.000 đồng; dự toán năm sau 3.000.000 đồng.");
  });
});

describe("3. document references: the decree's date form", () => {
  it("the plan's own reference read from its header is written 'ngày 05/3/2024'", () => {
    const facts = planHeaderFacts(["UBND TỈNH NINH THUẬN", "SỞ Y TẾ", "Số: 733/KH-SYT", "Ninh Thuận, ngày 05 tháng 3 năm 2024", "KẾ HOẠCH"]);
    expect(facts.planReference).toBe("Kế hoạch số 733/KH-SYT ngày 05/3/2024");
  });
});

describe("4. a legal citation's date is never the plan's year", () => {
  /** A 2025 workbook whose tasks' times name no year, one task citing a decree of 2021. */
  function workbook2025(): Grid[] {
    const table = [
      "STT\tNội dung công việc\tThời gian thực hiện\tĐơn vị chủ trì",
      "1\tRà soát, cập nhật quy trình theo Nghị định số 80/2021/NĐ-CP ngày 26/8/2021 của Chính phủ\tQuý I\tVăn phòng",
      "2\tĐánh giá nội bộ\tQuý III\tVăn phòng",
    ].join("\n");
    const tasks = importPlan([tsvToGrid("Kế hoạch", table)], { year: 2025 })!.tasks;
    return gridsOf({ ...emptyTrackingData(2025), tasks });
  }

  it("the report, the routine and next-year all take 2025", () => {
    const grids = workbook2025();
    expect(ran(reportFromGrids(grids)).read.agency.year).toBe(2025);
    const status = routineStatus(grids);
    expect(status.findings.map((f) => findingText(f))).not.toContainEqual(expect.stringContaining("2021"));
    expect(status.year).toBe(2025);
    expect(ran(nextYearFromGrids(grids)).year).toBe(2026);
  });

  it("the plan importer does not take the year from the citation either", () => {
    const grid = tsvToGrid("Kế hoạch", "STT\tNội dung\tThời gian\n1\tTriển khai Nghị định số 80/2021/NĐ-CP ngày 26/8/2021\tQuý I");
    expect(importPlan([grid], {})!.year).toBeNull();
  });
});
