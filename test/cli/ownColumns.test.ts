/**
 * Never lose the user's data (issue #21 item 1), through the CLI: `dossiers -o` writes the period it
 * counted into "Thông tin" of a tracking workbook in which the secretary inserted a column of her own
 * (test/userColumn.ts: "Ghi chú riêng" in A, labels in B, values in C, "Xác nhận" in E). The CLI
 * replaces an owned sheet whole: it is written in the sheet's own columns, hers with its values. The
 * export is test/realYear.ts's (69 dossiers received 16/12/2024–08/12/2025 into a 2025 workbook):
 * without --from/--to the period is proposed from its dates, 15/12/2024–14/12/2025 as of 14/12/2025;
 * with them it is confirmed.
 */
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { workbookSpecToXlsx } from "../../src/adapters/exceljs/renderWorkbook";
import { runCli } from "../../src/cli/main";
import { readWorkbookFile } from "../../src/cli/workbookFiles";
import { readAgencyGrid } from "../../src/core/workbook/agencySheet";
import { exportText, realYearWorkbook } from "../realYear";
import { userColumnTexts, withUserColumn, workbookWithUserColumn } from "../userColumn";
import { samplePath, seeds } from "../helpers";

async function workbookAndExport() {
  const dir = mkdtempSync(join(tmpdir(), "iso-cli-own-columns-"));
  writeFileSync(join(dir, "so.xlsx"), await workbookSpecToXlsx(workbookWithUserColumn(2025)));
  writeFileSync(join(dir, "ds.tsv"), exportText());
  return dir;
}

async function agencyAfter(dir: string) {
  const grid = (await readWorkbookFile(join(dir, "so.xlsx"), { sheets: "owned" })).grids.find((g) => g.sheet === "Thông tin")!;
  expect(grid.firstColumnNumber).toBe(1);
  expect(grid.rows.map((r) => r[0] ?? "")).toEqual(userColumnTexts(grid.rows.length));
  expect(grid.rows[0].slice(0, 5)).toEqual(["Ghi chú riêng", "Mục", "Giá trị", "Ghi chú", "Xác nhận"]);
  expect([grid.rows[9][1], grid.rows[10][1], grid.rows[11][1]]).toEqual(["Số liệu từ ngày", "Số liệu đến ngày", "Ngày chốt số liệu"]);
  const read = readAgencyGrid(grid, 2025);
  expect([read.cells.periodStart, read.cells.periodEnd, read.cells.asOf]).toEqual(["C10", "C11", "C12"]);
  expect(read.findings).toEqual([]);
  return { grid, info: read.info };
}

describe("dossiers -o keeps a column the user inserted in 'Thông tin'", () => {
  it("the period proposed from the export's dates lands in C10–C12, marked 'Đề xuất' in E; her column stays", async () => {
    const dir = await workbookAndExport();
    const run = await runCli(["dossiers", "ds.tsv", "-o", "so.xlsx", "--json"], dir);
    expect(run.code).toBe(0);
    const { grid, info } = await agencyAfter(dir);
    expect([info.periodStart, info.periodEnd, info.asOf]).toEqual(["2024-12-15", "2025-12-14", "2025-12-14"]);
    expect([grid.rows[9][4], grid.rows[10][4], grid.rows[11][4]]).toEqual(["Đề xuất", "Đề xuất", "Đề xuất"]);
  });

  it("a period typed on the command line is written confirmed, her column still there", async () => {
    const dir = await workbookAndExport();
    const run = await runCli(["dossiers", "ds.tsv", "-o", "so.xlsx", "--from", "2025-01-01", "--to", "2025-12-31", "--as-of", "2025-12-15"], dir);
    expect(run.code).toBeLessThan(2);
    const { grid, info } = await agencyAfter(dir);
    expect([info.periodStart, info.periodEnd, info.asOf]).toEqual(["2025-01-01", "2025-12-31", "2025-12-15"]);
    expect([grid.rows[9][4], grid.rows[10][4], grid.rows[11][4]]).toEqual(["Đã xác nhận", "Đã xác nhận", "Đã xác nhận"]);
  });
});

describe("import of last year's report keeps a column the user inserted in 'Thông tin'", () => {
  it("fills the blank facts from seed 001 (Sở Y tế, Bùi Văn Kỳ) in C, her column in A untouched", async () => {
    const dir = await workbookAndExport();
    const run = await runCli(["import", samplePath(seeds.report2024), "-o", "so.xlsx"], dir);
    expect(run.code).toBeLessThan(2);
    const grid = (await readWorkbookFile(join(dir, "so.xlsx"), { sheets: "owned" })).grids.find((g) => g.sheet === "Thông tin")!;
    expect(grid.rows.map((r) => r[0] ?? "")).toEqual(userColumnTexts(grid.rows.length));
    expect(grid.rows[0].slice(0, 5)).toEqual(["Ghi chú riêng", "Mục", "Giá trị", "Ghi chú", "Xác nhận"]);
    const read = readAgencyGrid(grid, 2025);
    expect(read.info.signerName).toBe("Bùi Văn Kỳ");
    expect(read.cells.signerName?.startsWith("C")).toBe(true);
  });
});

describe("dossiers -o keeps a column the user inserted in 'Hồ sơ TTHC'", () => {
  it("writes the sheet again with her column in A, each note on the row of the same field or note", async () => {
    // test/realYear.ts's year (23 dossiers in each of Hộ tịch, Chứng thực, Lý lịch tư pháp), her
    // column inserted before A: row 2 (Hộ tịch) and rows 10 and 12 (the notes on rates D and on a
    // combined column) hold her notes.
    const dir = mkdtempSync(join(tmpdir(), "iso-cli-own-columns-"));
    const year = realYearWorkbook();
    writeFileSync(
      join(dir, "so.xlsx"),
      await workbookSpecToXlsx({ ...year, sheets: year.sheets.map((s) => (s.name === "Hồ sơ TTHC" ? withUserColumn(s) : s)) }),
    );
    writeFileSync(join(dir, "ds.tsv"), exportText());
    const run = await runCli(["dossiers", "ds.tsv", "-o", "so.xlsx"], dir);
    expect(run.code).toBeLessThan(2);
    const grid = (await readWorkbookFile(join(dir, "so.xlsx"), { sheets: "owned" })).grids.find((g) => g.sheet === "Hồ sơ TTHC")!;
    expect(grid.firstColumnNumber).toBe(1);
    expect(grid.rows.map((r) => r[0] ?? "")).toEqual(userColumnTexts(grid.rows.length));
    expect(grid.rows[0].slice(0, 4)).toEqual(["Ghi chú riêng", "TT", "Lĩnh vực", "Tiếp nhận"]);
    expect(grid.rows[1].slice(0, 4)).toEqual(["Theo QĐ 12/QĐ-UBND", "1", "Hộ tịch", "23"]);
    expect(grid.rows[9][2]).toMatch(/^Tỷ lệ trên số đến hạn \(D\)/);
  });
});
