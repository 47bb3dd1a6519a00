/**
 * `iso-assistant dossiers --from/--to/--as-of` counts an export for its period by the pane's rule
 * (src/app/dossiersJob.ts, step 4): what is given wins, the rest comes from the export's title line
 * with an as-of date no later than today; rows received outside the period are left out and said;
 * an as-of date after today is refused. The export is typed here; every figure worked out by hand:
 *
 * | row | received   | due        | returned   | status          |
 * | 5   | 02/12/2024 | 12/12/2024 | 05/12/2024 | Đã trả kết quả  |  before 15/12/2024
 * | 6   | 03/12/2024 | 13/12/2024 | 06/12/2024 | Đã trả kết quả  |  before 15/12/2024
 * | 7   | 16/12/2024 | 26/12/2024 | 20/12/2024 | Đã trả kết quả  |  early
 * | 8   | 10/06/2025 | 20/06/2025 | 25/06/2025 | Đã trả kết quả  |  late
 * | 9   | 10/12/2025 | 20/12/2025 |            | Đang giải quyết |  pending: in time at 14/12/2025, overdue at 31/12/2025
 */
import ExcelJS from "exceljs";
import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { runCli } from "../../src/cli/main";

async function exportFile(): Promise<string> {
  const file = join(mkdtempSync(join(tmpdir(), "iso-cli-period-")), "danh-sach.xlsx");
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("DanhSach");
  ws.addRow(["DANH SÁCH HỒ SƠ TIẾP NHẬN VÀ GIẢI QUYẾT"]);
  ws.addRow(["Từ ngày 15/12/2024 đến ngày 14/12/2025"]);
  ws.addRow([]);
  ws.addRow(["STT", "Mã hồ sơ", "Lĩnh vực", "Ngày tiếp nhận", "Hạn giải quyết", "Ngày trả kết quả", "Trạng thái"]);
  ws.addRow([1, "HS1", "Hộ tịch", "02/12/2024", "12/12/2024", "05/12/2024", "Đã trả kết quả"]);
  ws.addRow([2, "HS2", "Hộ tịch", "03/12/2024", "13/12/2024", "06/12/2024", "Đã trả kết quả"]);
  ws.addRow([3, "HS3", "Chứng thực", "16/12/2024", "26/12/2024", "20/12/2024", "Đã trả kết quả"]);
  ws.addRow([4, "HS4", "Chứng thực", "10/06/2025", "20/06/2025", "25/06/2025", "Đã trả kết quả"]);
  ws.addRow([5, "HS5", "Hộ tịch", "10/12/2025", "20/12/2025", "", "Đang giải quyết"]);
  await wb.xlsx.writeFile(file);
  return file;
}

describe("iso-assistant dossiers for a period", () => {
  it("takes the period from the export's title and its end as the as-of date when none is given (not today)", async () => {
    const file = await exportFile();
    const out = await runCli(["dossiers", file, "--json"]);
    expect(out.code).toBe(0);
    const json = JSON.parse(out.stdout.join("\n"));
    expect(json.period).toEqual({ from: "2024-12-15", to: "2025-12-14", asOf: "2025-12-14", source: "title" });
    expect(json.total).toMatchObject({ received: 3, early: 1, onTime: 0, late: 1, pendingInTime: 1, pendingOverdue: 0 });
    expect(json.findings).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: "dossier_received_before_period", cell: expect.stringMatching(/5$/) })]),
    );
    const text = await runCli(["dossiers", file]);
    expect(text.stdout[1]).toBe("Kỳ số liệu: 15/12/2024 – 14/12/2025, chốt ngày 14/12/2025 (theo dòng tiêu đề của tệp).");
  });

  it("counts for the period and as-of date given: rows outside it left out, pending judged at the as-of date", async () => {
    const file = await exportFile();
    const out = await runCli(["dossiers", file, "--from", "2025-01-01", "--to", "2025-12-31", "--as-of", "2025-12-31", "--json"]);
    expect(out.code).toBe(0);
    const json = JSON.parse(out.stdout.join("\n"));
    expect(json.period).toEqual({ from: "2025-01-01", to: "2025-12-31", asOf: "2025-12-31", source: "given" });
    // Rows 8 and 9 only; row 9, due 20/12/2025, is overdue at 31/12/2025.
    expect(json.total).toMatchObject({ received: 2, early: 0, late: 1, pendingInTime: 0, pendingOverdue: 1 });
    expect(json.findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: "dossier_received_before_period", message: expect.stringContaining("3 hồ sơ tiếp nhận trước ngày 01/01/2025") }),
      ]),
    );
  });

  it("refuses an as-of date after today and writes nothing", async () => {
    const file = await exportFile();
    const out = await runCli(["dossiers", file, "--as-of", "2999-01-01"]);
    expect(out.code).toBe(2);
    expect(out.stderr.join("\n")).toContain("2999");
  });

  it("-o into a tracking workbook counts as the pane does: the period settled in its 'Thông tin', and the period counted written back", async () => {
    const file = await exportFile();
    const dir = mkdtempSync(join(tmpdir(), "iso-cli-period-o-"));
    expect((await runCli(["init", "--year", "2025", "-o", "so.xlsx"], dir)).code).toBe(0);
    // First: nothing settled in the new workbook, so the export's title gives the period, written to "Thông tin" as proposals.
    const first = await runCli(["dossiers", file, "-o", "so.xlsx", "--json"], dir);
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout.join("\n")).period).toEqual({ from: "2024-12-15", to: "2025-12-14", asOf: "2025-12-14", source: "title" });
    const info = async () => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(join(dir, "so.xlsx"));
      const rows: Record<string, unknown> = {};
      wb.getWorksheet("Thông tin")!.eachRow((row) => (rows[String(row.getCell(1).value)] = row.getCell(2).value));
      return [rows["Số liệu từ ngày"], rows["Số liệu đến ngày"], rows["Ngày chốt số liệu"]].map((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v));
    };
    expect(await info()).toEqual(["2024-12-15", "2025-12-14", "2025-12-14"]);
    // The user settles another period on the command line: counted for it and written as confirmed…
    const given = await runCli(["dossiers", file, "-o", "so.xlsx", "--from", "2025-01-01", "--to", "2025-12-31", "--as-of", "2025-12-31", "--json"], dir);
    expect(given.code).toBe(0);
    expect(await info()).toEqual(["2025-01-01", "2025-12-31", "2025-12-31"]);
    // …so that the next run without options counts for that period (rows 8 and 9), as the pane's step 4 would.
    const again = await runCli(["dossiers", file, "-o", "so.xlsx", "--json"], dir);
    const json = JSON.parse(again.stdout.join("\n"));
    expect(json.period).toEqual({ from: "2025-01-01", to: "2025-12-31", asOf: "2025-12-31", source: "given" });
    expect(json.total).toMatchObject({ received: 2, late: 1, pendingOverdue: 1 });
  });
});
