import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { streamTsvDossiers, streamXlsxDossiers } from "../../src/cli/streamDossierFile";
import { importDossiers, dossierReportJson, type DossierImport } from "../../src/core/dossiers/importDossiers";
import { readSource } from "../../src/io/readSource";
import { renderFinding } from "../../src/core/messages/render";
import JSZip from "jszip";
import * as streamModule from "../../src/cli/streamDossierFile";
import * as readSourceModule from "../../src/io/readSource";
import { runCli } from "../../src/cli/main";
import { openXlsx } from "../../src/io/xlsxWorkbook";
import { fileZipSource } from "../../src/cli/zipFile";
import { samplePath } from "../helpers";
import { rawZip } from "../rawZip";

const tmp = () => mkdtempSync(join(tmpdir(), "iso-stream-"));

/** The whole-file reader's answer: every sheet as a grid, the first with an input wins. */
async function wholeFile(path: string, asOf: string): Promise<DossierImport> {
  const grids = (await readSource(path, new Uint8Array(readFileSync(path)))).grids;
  const results = grids.map((g) => importDossiers(g, { asOf }));
  return results.find((r) => r.input !== null) ?? results[0];
}
const pick = (results: DossierImport[] | null) => results?.find((r) => r.input !== null) ?? results?.[0];

describe("streaming dossier reader (dossiers command, large files)", () => {
  const sample = samplePath("dossiers_sample_2024.xlsx");

  it("gives exactly what the whole-file reader gives on the one-stop sample, at several as-of dates", async () => {
    for (const asOf of ["2024-12-31", "2024-06-30", "2024-03-01"]) {
      const streamed = pick(await streamXlsxDossiers(sample, { asOf }));
      expect(streamed).toBeDefined();
      expect(dossierReportJson(streamed!)).toEqual(dossierReportJson(await wholeFile(sample, asOf)));
    }
  });

  it("counts the sample's 391 dossiers (the number of data rows below its header)", async () => {
    const streamed = pick(await streamXlsxDossiers(sample, { asOf: "2024-12-31" }))!;
    expect(streamed.input).toBe("list");
    expect(streamed.total.received).toBe(391);
  });

  it("reads a workbook with a title above the list, a second sheet, inline strings and a formula, like the whole-file reader", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Ghi chú").addRow(["Không có dữ liệu hồ sơ ở đây"]);
    const ws = wb.addWorksheet("Danh sách");
    ws.addRow(["DANH SÁCH HỒ SƠ NĂM 2024 & 2025 <Sở Y tế>"]);
    ws.addRow([]);
    ws.addRow(["STT", "Lĩnh vực", "Ngày tiếp nhận", "Ngày hẹn trả", "Ngày trả kết quả", "Trạng thái"]);
    const d = (s: string) => new Date(`${s}T00:00:00Z`);
    for (let i = 0; i < 80; i++) {
      const done = i % 5 !== 0;
      ws.addRow([
        i + 1,
        i % 2 ? "Dược phẩm" : "Khám, chữa bệnh",
        d("2024-03-01"),
        d(i % 3 ? "2024-03-15" : "2024-03-05"),
        done ? d("2024-03-10") : null,
        done ? "Đã trả kết quả" : "Đang xử lý",
      ]);
    }
    ws.getCell("A90").value = { formula: "1+1", result: 2 };
    ws.addRow(["Tổng cộng", "", "", "", "", ""]);
    for (const c of ["C", "D", "E"]) ws.getColumn(c).numFmt = "dd/mm/yyyy";
    const file = join(tmp(), "ds.xlsx");
    await wb.xlsx.writeFile(file);
    const streamed = pick(await streamXlsxDossiers(file, { asOf: "2024-12-31" }))!;
    const whole = await wholeFile(file, "2024-12-31");
    expect(dossierReportJson(streamed)).toEqual(dossierReportJson(whole));
    // By hand: 80 received; 16 (every fifth) pending; of the 64 done, due 05/03 for i % 3 == 0 → late.
    expect(streamed.total.received).toBe(80);
    expect(streamed.total.pending).toBe(16);
    const lateByHand = [...Array(80).keys()].filter((i) => i % 5 !== 0 && i % 3 === 0).length;
    expect(streamed.total.late).toBe(lateByHand);
    expect(streamed.total.early).toBe(64 - lateByHand);
  });

  it("past its processor-time budget refuses to count, naming how far it got", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Danh sách");
    ws.addRow(["Lĩnh vực", "Ngày tiếp nhận", "Ngày hẹn trả"]);
    for (let i = 0; i < 30_000; i++) ws.addRow(["Dược phẩm", "01/03/2024", "15/03/2024"]);
    const file = join(tmp(), "ds.xlsx");
    await wb.xlsx.writeFile(file);
    const budget = { milliseconds: 0, columns: 256 };
    const [result] = (await streamXlsxDossiers(file, { asOf: "2024-12-31" }, budget))!;
    expect(result.input).toBeNull();
    expect(result.findings.map((f) => f.code)).toEqual(["read_time_exceeded"]);
    expect(renderFinding(result.findings[0])).toMatch(/^Danh sách: đọc trang tính quá 0 giây (mới đến dòng|mà chưa gặp dòng dữ liệu nào)/);
  });

  it("reads a UTF-8 text export (BOM, CRLF, a quoted multi-line cell) like the whole-file reader", async () => {
    const lines = ["STT\tLĩnh vực\tNgày tiếp nhận\tNgày hẹn trả\tNgày trả kết quả\tTrạng thái"];
    for (let i = 1; i <= 70; i++)
      lines.push(
        `${i}\t${i === 3 ? '"Dược\nphẩm"' : "Y tế"}\t01/03/2024\t15/03/2024\t${i % 7 ? "15/03/2024" : ""}\t${i % 7 ? "Đã trả kết quả" : "Đang giải quyết"}`,
      );
    const file = join(tmp(), "ds.tsv");
    writeFileSync(file, "\ufeff" + lines.join("\r\n") + "\r\n");
    const streamed = pick(await streamTsvDossiers(file, { asOf: "2024-12-31" }))!;
    expect(dossierReportJson(streamed)).toEqual(dossierReportJson(await wholeFile(file, "2024-12-31")));
    expect(streamed.total.received).toBe(70);
    expect(streamed.total.onTime).toBe(60); // 70 minus the 10 multiples of 7
    expect(streamed.total.pending).toBe(10);
  });

  it("leaves files it cannot stream to the whole-file reader (not a zip; not UTF-8)", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "x.xlsx"), "STT\tLĩnh vực\n");
    expect(await streamXlsxDossiers(join(dir, "x.xlsx"), { asOf: "2024-12-31" })).toBeNull();
    writeFileSync(join(dir, "x.txt"), Buffer.from([0x53, 0x54, 0x54, 0x09, 0xe0, 0x0a]));
    expect(await streamTsvDossiers(join(dir, "x.txt"), { asOf: "2024-12-31" })).toBeNull();
  });

  it("finds the shared strings through the workbook's relationships at a non-default path (xl/strings/sst1.xml)", async () => {
    // The sample with its shared strings moved: the part renamed, the relationship's target and the content type following.
    const zip = await JSZip.loadAsync(readFileSync(sample));
    const sst = await zip.file("xl/sharedStrings.xml")!.async("uint8array");
    zip.remove("xl/sharedStrings.xml");
    zip.file("xl/strings/sst1.xml", sst);
    const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
    expect(rels).toContain('Target="sharedStrings.xml"');
    zip.file("xl/_rels/workbook.xml.rels", rels.replace('Target="sharedStrings.xml"', 'Target="strings/sst1.xml"'));
    const types = await zip.file("[Content_Types].xml")!.async("string");
    zip.file("[Content_Types].xml", types.replace('PartName="/xl/sharedStrings.xml"', 'PartName="/xl/strings/sst1.xml"'));
    const moved = join(tmp(), "chuoi-khac-cho.xlsx");
    writeFileSync(moved, await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));

    const reader = openXlsx(fileZipSource(moved))!;
    expect(reader.entry("xl/sharedStrings.xml")).toBeUndefined();
    expect(reader.context.sharedStrings.length).toBeGreaterThan(0);
    // Counted as from the original package: 391 dossiers, every figure the same.
    const streamed = pick(await streamXlsxDossiers(moved, { asOf: "2024-12-31" }))!;
    expect(streamed.total.received).toBe(391);
    expect(dossierReportJson(streamed)).toEqual(dossierReportJson(pick(await streamXlsxDossiers(sample, { asOf: "2024-12-31" }))!));
  });

  it("counts a ZIP64 .xlsx through `dossiers` on the streaming path, never the whole-file fallback", async () => {
    // The sample rewritten as ZIP64: every entry's sizes and offset in its ZIP64 extra field, and the ZIP64 end record.
    const zip = await JSZip.loadAsync(readFileSync(sample));
    const entries = await Promise.all(
      Object.values(zip.files)
        .filter((f) => !f.dir)
        .map(async (f) => ({ name: f.name, data: await f.async("uint8array"), zip64: true })),
    );
    const file = join(tmp(), "ho-so-zip64.xlsx");
    writeFileSync(file, rawZip(entries, { zip64End: true }));
    expect(readFileSync(file).includes(Buffer.from([0x50, 0x4b, 0x06, 0x06]))).toBe(true); // the ZIP64 end record's signature

    const streamed = jest.spyOn(streamModule, "streamXlsxDossiers");
    const whole = jest.spyOn(readSourceModule, "readSource");
    try {
      const out = await runCli(["dossiers", file, "--as-of", "2024-12-31", "--json"]);
      expect(out.code).toBeLessThan(2);
      expect(JSON.parse(out.stdout.join("\n")).total.received).toBe(391);
      expect(streamed).toHaveBeenCalled();
      expect(await streamed.mock.results[0].value).not.toBeNull();
      expect(whole).not.toHaveBeenCalled();
    } finally {
      streamed.mockRestore();
      whole.mockRestore();
    }
  });
});
