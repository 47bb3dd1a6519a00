import ExcelJS from "exceljs";
import { spawnSync } from "child_process";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { runCli } from "../../src/cli/main";
import { samplePath, seeds } from "../helpers";

const tmp = () => mkdtempSync(join(tmpdir(), "iso-cli-"));

describe("iso-assistant import", () => {
  it("says a multi-year plan's period in the summary and carries it in the JSON next to the year", async () => {
    const dir = tmp();
    const file = join(dir, "phu-luc.html");
    writeFileSync(
      file,
      `<p>DANH MỤC NHIỆM VỤ GIAI ĐOẠN 2026-2030</p><table><tr><td>STT</td><td>Nhiệm vụ</td><td>Đơn vị thực hiện</td><td>Thời gian thực hiện</td></tr>
<tr><td>1</td><td>Rà soát quy định</td><td>Văn phòng</td><td>2026 - 2030</td></tr><tr><td>2</td><td>Báo cáo</td><td>Văn phòng</td><td>Hằng năm</td></tr></table>`,
    );
    const text = await runCli(["import", file]);
    expect(text.stdout[0]).toMatch(/^Đã đọc 2 nhiệm vụ \(0 nhóm\), năm kế hoạch 2026 \(giai đoạn 2026–2030\): 0 lỗi/);
    const json = JSON.parse((await runCli(["import", file, "--json"])).stdout.join("\n"));
    expect([json.year, json.years]).toEqual([2026, [2026, 2030]]);
    expect(json.tasks[1].timing).toEqual({ text: "Hằng năm", kind: "recurring", start: "2026-01-01", end: "2030-12-31", recurrence: "yearly" });
    const validate = JSON.parse((await runCli(["validate", file, "--json"])).stdout.join("\n"));
    expect(validate.years).toEqual([2026, 2030]);
  });

  it("reads an Excel 'CSV UTF-8' file like a .tsv", async () => {
    const dir = tmp();
    const file = join(dir, "ke-hoach.csv");
    writeFileSync(file, '\ufeffTT,Nội dung,Thời gian,Đơn vị thực hiện\r\n1,"Đánh giá nội bộ, khắc phục",Quý III/2024,"Văn phòng, Thanh tra Sở"\r\n');
    const json = JSON.parse((await runCli(["import", file, "--json"])).stdout.join("\n"));
    expect(json.tasks[0]).toMatchObject({ task: "Đánh giá nội bộ, khắc phục", units: { lead: ["Văn phòng Sở", "Thanh tra Sở"] } });
  });

  it("prints the plan as the JSON object of the contract", async () => {
    const out = await runCli(["import", samplePath(seeds.plan2024), "--json"]);
    expect(out.code).toBe(0);
    const json = JSON.parse(out.stdout.join("\n"));
    expect(json.year).toBe(2024);
    expect(json.tasks).toHaveLength(12);
    expect(json.tasks[10]).toEqual({
      no: "11",
      group: null,
      task: "Hành động khắc phục sau đánh giá",
      output: "Biên bản khắc phục sau đánh giá (nếu có)",
      timing: { text: "Tháng 9-11/2024", kind: "range", start: "2024-09-01", end: "2024-11-30", recurrence: null },
      units: { text: "BCĐ ISO, và Các đơn vị", lead: ["Ban Chỉ đạo ISO", "Các đơn vị thuộc Sở"], support: [] },
      source: { sheet: "seed-000-syt-plan-2024", cell: "B101" },
    });
    expect(Array.isArray(json.findings)).toBe(true);
  });

  it("writes the tracking workbook of the plan's year with -o (the pane's step 1), the plan as an Excel Table, and a re-run replaces it", async () => {
    const dir = tmp();
    const target = join(dir, "ke-hoach.xlsx");
    for (let i = 0; i < 2; i++) {
      const out = await runCli(["import", samplePath(seeds.vhttdl2024), "-o", target]);
      expect(out.code).toBe(0);
    }
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(target);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Hướng dẫn", "Thông tin", "Nhiệm vụ", "Hồ sơ TTHC", "Kinh phí", "Đơn vị", "Ngày nghỉ", "Kiểm tra"]);
    const ws = wb.getWorksheet("Nhiệm vụ")!;
    expect(ws.getCell("C2").value).toMatch(/^Xây dựng Kế hoạch áp dụng, duy trì/);
    expect(ws.getCell("E10").value).toBe("Định kỳ và theo yêu cầu");
    expect(ws.getCell("A11").value).toBeNull();
    expect(Object.keys((ws as unknown as { tables: Record<string, unknown> }).tables)).toEqual(["NhiemVu"]);
  });
});

describe("iso-assistant validate", () => {
  it("exits 0 on a plan without errors", async () => {
    const out = await runCli(["validate", samplePath(seeds.vhttdl2024)]);
    expect(out.code).toBe(0);
    expect(out.stdout[0]).toBe("Đã đọc 9 nhiệm vụ (0 nhóm), năm kế hoạch 2024: 0 lỗi, 0 cảnh báo.");
  });

  it("exits 1 and names the cell when a schedule is impossible", async () => {
    const dir = tmp();
    const file = join(dir, "Kế hoạch.tsv");
    writeFileSync(file, "KẾ HOẠCH NĂM 2024\nTT\tNội dung/Nhiệm vụ\tTiến độ/Thời gian\tĐơn vị thực hiện\n1\tĐánh giá nội bộ\tTháng 13/2024\tBCĐ ISO\n");
    const out = await runCli(["validate", file, "--json"]);
    expect(out.code).toBe(1);
    const json = JSON.parse(out.stdout.join("\n"));
    const timing = json.findings.find((f: { cell: string }) => f.cell === "C3");
    expect(timing).toMatchObject({ severity: "error", sheet: "Kế hoạch" });
    expect(timing.message).toContain('"Tháng 13/2024"');
  });

  it("exits 2 with a Vietnamese message for a missing file, a file without a table and a bad year", async () => {
    const missing = await runCli(["validate", "khong-co.xlsx"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toEqual(['không tìm thấy tệp "khong-co.xlsx"']);
    const dir = tmp();
    const prose = join(dir, "van-ban.txt");
    writeFileSync(prose, "Chỉ có văn bản, không có bảng.\n");
    const noTable = await runCli(["validate", prose]);
    expect(noTable.code).toBe(2);
    expect(noTable.stderr[0]).toMatch(/^van-ban: không tìm thấy bảng nhiệm vụ/);
    const renamed = join(dir, "doi-duoi.docx");
    writeFileSync(renamed, "không phải zip");
    const text = await runCli(["validate", renamed]);
    expect(text.code).toBe(2);
    expect(text.stderr[0]).toBe(
      'tệp "doi-duoi.docx" có đuôi .docx nhưng nội dung là văn bản thuần (ví dụ tệp .tsv, .csv hay .txt được đổi đuôi), không phải tệp .docx (Office Open XML); hãy đặt lại đúng đuôi (.tsv, .txt, .csv)',
    );
    const corrupt = join(dir, "hong.docx");
    writeFileSync(corrupt, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 0xff, 0xfe, 0x00, 0x01]));
    const broken = await runCli(["validate", corrupt]);
    expect(broken.code).toBe(2);
    expect(broken.stderr[0]).toMatch(/^tệp "hong\.docx" bị hỏng hoặc không phải tệp \.docx thật/);
    const badYear = await runCli(["import", samplePath(seeds.plan2024), "--year", "24"]);
    expect(badYear.code).toBe(2);
    expect(badYear.stderr[0]).toBe('năm "24" không hợp lệ (cần 4 chữ số, ví dụ 2024)');
  });
});

describe("bin/iso-assistant.js", () => {
  it("runs as the package's command after the build", () => {
    const run = spawnSync(process.execPath, [join(__dirname, "..", "..", "bin", "iso-assistant.js"), "import", samplePath(seeds.plan2024), "--json"], {
      encoding: "utf8",
    });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).tasks).toHaveLength(12);
  });
});
