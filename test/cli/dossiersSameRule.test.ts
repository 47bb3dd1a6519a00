/**
 * One as-of rule for step 4 (issue #21 item 6): the same tracking workbook and the same export give
 * the same period and counts through the CLI's `dossiers -o` and through the pane's job
 * (dossiersIntoWorkbook). The workbook is made from seed 002's 2024 plan (nothing settled in its
 * "Thông tin": the period is proposed); the export has no title line and four rows, worked out by hand:
 *
 * | row | received   | due        | returned   | status         |
 * | 2   | 05/02/2024 | 15/02/2024 | 10/02/2024 | Đã trả kết quả | early
 * | 3   | 10/06/2024 | 20/06/2024 | 20/06/2024 | Đã trả kết quả | on time
 * | 4   | 20/11/2024 | 30/11/2024 | 05/12/2024 | Đã trả kết quả | late
 * | 5   | 08/01/2025 | 18/01/2025 | 15/01/2025 | Đã trả kết quả | after 31/12/2024
 *
 * The data's year is the workbook's (2024): the dates do not start before 1 January 2024, so the
 * standard period is the calendar year 01/01/2024–31/12/2024, as of its end; rows 2–4 are counted,
 * row 5 is left out. Before the fix the CLI took the year of the last reception date (2025) and
 * counted 15/12/2024–14/12/2025: one dossier, three left out.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { runCli } from "../../src/cli/main";
import { readWorkbookFile } from "../../src/cli/workbookFiles";
import { dossiersIntoWorkbook } from "../../src/app/routineJobs";
import { readSource } from "../../src/io/readSource";
import { samplePath, seeds } from "../helpers";

const exportText = [
  ["STT", "Mã hồ sơ", "Lĩnh vực", "Ngày tiếp nhận", "Hạn giải quyết", "Ngày trả kết quả", "Trạng thái"],
  ["1", "HS1", "Hộ tịch", "05/02/2024", "15/02/2024", "10/02/2024", "Đã trả kết quả"],
  ["2", "HS2", "Hộ tịch", "10/06/2024", "20/06/2024", "20/06/2024", "Đã trả kết quả"],
  ["3", "HS3", "Chứng thực", "20/11/2024", "30/11/2024", "05/12/2024", "Đã trả kết quả"],
  ["4", "HS4", "Chứng thực", "08/01/2025", "18/01/2025", "15/01/2025", "Đã trả kết quả"],
]
  .map((r) => r.join("\t"))
  .join("\n");

/** Today as the CLI reads it (Việt Nam time). */
const todayIso = () => new Date(Date.now() + 7 * 3600 * 1000).toISOString().slice(0, 10);

describe("dossiers into a workbook: the CLI and the pane's step 4 count the same period", () => {
  it("a 2024 workbook and an export without a title: 01/01/2024–31/12/2024, three dossiers, in both", async () => {
    const dir = mkdtempSync(join(tmpdir(), "iso-cli-same-rule-"));
    expect((await runCli(["import", samplePath(seeds.vhttdl2024), "-o", "so.xlsx"], dir)).code).toBeLessThan(2);
    writeFileSync(join(dir, "ds.tsv"), exportText);

    // The pane's job over the same workbook (read before the CLI writes into it) and the same export.
    const before = await readWorkbookFile(join(dir, "so.xlsx"), { sheets: "owned" });
    const content = await readSource("ds.tsv", new Uint8Array(readFileSync(join(dir, "ds.tsv"))));
    const pane = dossiersIntoWorkbook(content, before.grids, { today: todayIso() });
    if (!pane.ok || pane.kind !== "dossiers") throw new Error(`the pane's step 4 did not count: ${JSON.stringify(pane)}`);

    const cli = await runCli(["dossiers", "ds.tsv", "-o", "so.xlsx", "--json"], dir);
    expect(cli.code).toBe(0);
    const json = JSON.parse(cli.stdout.join("\n"));

    const expected = { from: "2024-01-01", to: "2024-12-31", asOf: "2024-12-31" };
    expect(pane.period).toEqual(expected);
    expect(json.period).toEqual({ ...expected, source: pane.source });
    expect(pane.imported.total).toMatchObject({ received: 3, early: 1, onTime: 1, late: 1 });
    expect(json.total).toMatchObject({ received: 3, early: 1, onTime: 1, late: 1 });
    const after = (codes: { code: string; message?: string }[]) => codes.filter((f) => f.code === "dossier_received_after_period");
    expect(after(json.findings)).toEqual([expect.objectContaining({ message: expect.stringContaining("1 hồ sơ") })]);
  });

  it("without a workbook the data's year is the one of the last reception date (docs/dossiers.md#reporting-period)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "iso-cli-same-rule-"));
    writeFileSync(join(dir, "ds.tsv"), exportText);
    const json = JSON.parse((await runCli(["dossiers", "ds.tsv", "--json"], dir)).stdout.join("\n"));
    // 2025: the dates start before 1 January 2025 and end by 14/12/2025, so 15/12/2024–14/12/2025 (row 5 only).
    expect(json.period).toEqual({ from: "2024-12-15", to: "2025-12-14", asOf: "2025-12-14", source: "dates" });
    expect(json.total).toMatchObject({ received: 1, early: 1 });
  });
});
