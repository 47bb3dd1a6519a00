import ExcelJS from "exceljs";
import JSZip from "jszip";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { runCli } from "../../src/cli/main";
import { samplePath, seeds } from "../helpers";
import { storedValues } from "../e2e/tools";

const tmp = () => mkdtempSync(join(tmpdir(), "iso-cli-"));
const load = async (path: string) => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
};

describe("iso-assistant init", () => {
  it("creates the tracking workbook with its sheets, tables, dropdowns and frozen headers", async () => {
    const file = join(tmp(), "so-2025.xlsx");
    const out = await runCli(["init", "--year", "2025", "-o", file]);
    expect(out.code).toBe(0);
    const wb = await load(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Hướng dẫn", "Thông tin", "Nhiệm vụ", "Hồ sơ TTHC", "Kinh phí", "Đơn vị", "Ngày nghỉ", "Kiểm tra"]);
    const tasks = wb.getWorksheet("Nhiệm vụ")!;
    expect(tasks.getCell("J2").dataValidation).toMatchObject({ type: "list", formulae: ['"Chưa thực hiện,Đang thực hiện,Hoàn thành,Không thực hiện"'] });
    expect(tasks.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    // Units are offered from the registry sheet, as suggestions: a cell may name several units.
    expect(tasks.getCell("H2").dataValidation).toMatchObject({ type: "list", formulae: ["'Đơn vị'!$A$2:$A$300"], errorStyle: "information" });
    expect(wb.getWorksheet("Thông tin")!.getCell("B7").value).toBe(2025);
    expect(wb.getWorksheet("Ngày nghỉ")!.getCell("C2").value).toBe("Tết Dương lịch");
  });

  it("never overwrites an existing file", async () => {
    const file = join(tmp(), "co-roi.xlsx");
    writeFileSync(file, "dữ liệu");
    const out = await runCli(["init", "--year", "2025", "-o", file]);
    expect(out.code).toBe(2);
    expect(readFileSync(file, "utf8")).toBe("dữ liệu");
  });
});

describe("iso-assistant import into an existing tracking workbook", () => {
  it("replaces the tasks, keeps the user's progress, registry and own sheets", async () => {
    const dir = tmp();
    const book = join(dir, "so.xlsx");
    await runCli(["init", "--year", "2024", "-o", book]);
    await runCli(["import", samplePath(seeds.plan2024), "-o", book]);
    // The user records progress, edits the registry and adds a sheet of their own.
    const wb = await load(book);
    wb.getWorksheet("Nhiệm vụ")!.getCell("J9").value = "Hoàn thành";
    wb.getWorksheet("Nhiệm vụ")!.getCell("K9").value = "Kế hoạch số 4425/KH-ISO ngày 03/10/2024";
    wb.getWorksheet("Đơn vị")!.getCell("A2").value = "Văn phòng Sở (đã sửa)";
    const mine = wb.addWorksheet("Ghi chép của tôi");
    mine.getCell("A1").value = "=không phải công thức";
    mine.getCell("B2").value = 42;
    await wb.xlsx.writeFile(book);

    const out = await runCli(["import", samplePath(seeds.plan2024), "-o", book]);
    expect(out.code).toBe(0);
    const after = await load(book);
    const tasks = after.getWorksheet("Nhiệm vụ")!;
    expect(tasks.getCell("C9").value).toBe("Xây dựng kế hoạch và tiến hành đánh giá nội bộ.");
    expect(tasks.getCell("J9").value).toBe("Hoàn thành");
    expect(tasks.getCell("K9").value).toBe("Kế hoạch số 4425/KH-ISO ngày 03/10/2024");
    expect(after.getWorksheet("Đơn vị")!.getCell("A2").value).toBe("Văn phòng Sở (đã sửa)");
    expect(after.getWorksheet("Ghi chép của tôi")!.getCell("A1").value).toBe("=không phải công thức");
    expect(after.getWorksheet("Ghi chép của tôi")!.getCell("B2").value).toBe(42);
    expect(after.worksheets.filter((w) => w.name === "Nhiệm vụ")).toHaveLength(1);
  });
});

describe("iso-assistant dossiers", () => {
  it("prints the timeliness JSON of a one-stop export at the as-of date", async () => {
    const out = await runCli(["dossiers", samplePath("dossiers_sample_2024.xlsx"), "--as-of", "2024-12-31", "--json"]);
    const json = JSON.parse(out.stdout.join("\n"));
    expect(json.asOf).toBe("2024-12-31");
    // Totals at 31/12/2024 counted independently by test/core/dossiers/sample.test.ts.
    expect(json.total).toMatchObject({ received: 391, early: 271, onTime: 55, late: 0, supplement: 12, withdrawn: 3, pendingInTime: 0, pendingOverdue: 50 });
    expect(json.total.onTimeRate).toBe(1);
    expect(json.byField.reduce((s: number, f: { received: number }) => s + f.received, 0)).toBe(391);
  });

  it("prints both rates with their formulas in the human summary", async () => {
    const out = await runCli(["dossiers", samplePath("dossiers_sample_2024.xlsx"), "--as-of", "2024-12-31"]);
    // At 31/12: 326 resolved, all early or on time (A = 100 %); C = (271 + 55 + 12 + 3 + 0) / 391 = 341/391 = 87,21 %.
    expect(out.stdout[0]).toContain("Tỷ lệ đúng hạn = (trước hạn + đúng hạn) / đã giải quyết = 100%.");
    expect(out.stdout[0]).toContain("/ tiếp nhận = 87,21%.");
  });

  it("reads an agency's news item: the level table with its 'Toàn tỉnh' row, and the rate stated in the prose", async () => {
    const file = join(tmp(), "tin-bai.html");
    writeFileSync(
      file,
      `<html><body><p>Kết quả giải quyết thủ tục hành chính năm 2024</p>
      <p>Trong năm, tỷ lệ hồ sơ giải quyết đúng hạn toàn tỉnh đạt 96,55%.</p>
      <table>
        <tr><td>Cấp</td><td>Tiếp nhận</td><td>Trước hạn</td><td>Đúng hạn</td><td>Quá hạn</td><td>Đang giải quyết trong hạn</td><td>Đang giải quyết quá hạn</td></tr>
        <tr><td>Cấp tỉnh</td><td>1.200</td><td>900</td><td>200</td><td>20</td><td>70</td><td>10</td></tr>
        <tr><td>Cấp xã</td><td>800</td><td>600</td><td>140</td><td>10</td><td>45</td><td>5</td></tr>
        <tr><td>Toàn tỉnh</td><td>2.000</td><td>1.500</td><td>340</td><td>30</td><td>115</td><td>15</td></tr>
      </table></body></html>`,
    );
    const out = await runCli(["dossiers", file, "--as-of", "2024-12-31", "--json"]);
    const json = JSON.parse(out.stdout.join("\n"));
    // Two levels, not three: 1 200 + 800 = 2 000 received; 1 840 early or on time of 1 870 resolved.
    expect(json.byField.map((f: { field: string }) => f.field)).toEqual(["Cấp tỉnh", "Cấp xã"]);
    expect(json.total).toMatchObject({ received: 2000, early: 1500, onTime: 340, late: 30, pendingInTime: 115, pendingOverdue: 15 });
    // A = 1 840 / 1 870 = 98,40 %; B = 1 840 / 2 000 = 92 %; C = (1 840 + 115) / 2 000 = 97,75 %; D = 1 840 / (1 870 + 15) = 97,61 %.
    expect(json.total.rates).toEqual({ A: 0.984, B: 0.92, C: 0.9775, D: 0.9761 });
    // 96,55 % matches none of them.
    expect(json.total.sourceRate).toMatchObject({ printed: 0.9655, text: "96,55%", variant: null, cell: null });
    expect(json.findings.map((f: { code: string }) => f.code)).toEqual(["dossier_rate_no_variant"]);
  });

  it("reads a level table from .xlsx (numbers and a percent-formatted rate cell) without counting its total row", async () => {
    const file = join(tmp(), "cap.xlsx");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Năm 2024");
    ws.addRow(["TT", "Cấp", "Tiếp nhận", "Trước hạn", "Đúng hạn", "Quá hạn", "Đang giải quyết trong hạn", "Đang giải quyết quá hạn", "Tỷ lệ đúng hạn"]);
    ws.addRow([1, "Cấp tỉnh", 54575, 50000, 1300, 710, 2500, 65, 0.9863]);
    ws.addRow([2, "Cấp xã", 1000, 900, 80, 20, 0, 0, 0.98]);
    ws.addRow([null, "Toàn tỉnh", 55575, 50900, 1380, 730, 2500, 65, 0.9862]);
    ws.getColumn(9).numFmt = "0.00%";
    await wb.xlsx.writeFile(file);
    const out = await runCli(["dossiers", file, "--as-of", "2024-12-31", "--json"]);
    const json = JSON.parse(out.stdout.join("\n"));
    expect(json.byField.map((f: { field: string }) => f.field)).toEqual(["Cấp tỉnh", "Cấp xã"]);
    // 54 575 + 1 000 = 55 575; A = 52 280 / 53 010 = 98,62 % (cấp tỉnh 51 300 / 52 010 = 98,63 %; cấp xã 980 / 1 000 = 98 %)
    expect(json.total).toMatchObject({ received: 55575, early: 50900, onTime: 1380, late: 730, pendingInTime: 2500, pendingOverdue: 65 });
    expect(json.byField.map((f: { sourceRate: { variant: string } }) => f.sourceRate.variant)).toEqual(["A", "A"]);
    expect(json.total.sourceRate).toMatchObject({ printed: 0.9862, variant: "A", cell: "I4" });
    expect(json.findings).toEqual([]);
  });

  it("says in the summary what the source combined or did not split, and which variant its printed rate used", async () => {
    const file = join(tmp(), "cap.tsv");
    writeFileSync(
      file,
      [
        "Cấp\tTiếp nhận\tTrước hạn và đúng hạn\tQuá hạn\tĐang giải quyết\tTỷ lệ đúng hạn (%)",
        "Cấp tỉnh\t1.000\t900\t20\t80\t97,83%",
        "Cấp xã\t500\t480\t0\t20\t100%",
        "Toàn tỉnh\t1.500\t1.380\t20\t100\t98,57%",
      ].join("\n"),
    );
    const out = await runCli(["dossiers", file, "--as-of", "2024-12-31"]);
    // A = 1 380 / 1 400 = 98,57 %; B = 1 380 / 1 500 = 92 %; C and D need the pending split.
    expect(out.stdout[0]).toContain("tiếp nhận 1500 hồ sơ; trước hạn và đúng hạn 1380 (số liệu gốc ghi gộp), quá hạn 20;");
    expect(out.stdout[0]).toContain("đang giải quyết 100 (số liệu gốc không tách trong hạn, quá hạn).");
    expect(out.stdout[0]).toContain("(B) = (trước hạn + đúng hạn) / tiếp nhận = 92%.");
    expect(out.stdout[0]).toContain("Tỷ lệ ghi trong số liệu gốc 98,57% khớp cách tính A.");
  });

  it("exits 2 with a message naming the file when it is missing", async () => {
    const out = await runCli(["dossiers", "khong-co.xlsx"]);
    expect(out.code).toBe(2);
    expect(out.stderr[0]).toBe('không tìm thấy tệp "khong-co.xlsx"');
  });
});

describe("iso-assistant report", () => {
  it("writes the report next to the tracking workbook without touching the source file", async () => {
    const dir = tmp();
    await runCli(["demo", "-o", dir]);
    const book = join(dir, "so-theo-doi-iso-2024.xlsx");
    const before = readFileSync(book);
    const out = await runCli(["report", book, "--docx", join(dir, "r.docx")]);
    expect(out.code).toBe(0);
    expect(readFileSync(book).equals(before)).toBe(true);
    const report = await storedValues(join(dir, "so-theo-doi-iso-2024-bao-cao.xlsx"), "Báo cáo");
    expect([...report.values()]).toContain("Số: …/BC-SYT");
    expect([...report.values()]).toContain("Ninh Thuận, ngày … tháng … năm 2024");
    expect(out.stdout.join("\n")).toContain(
      "Hồ sơ: tiếp nhận 391; xử lý không quá hạn 343 (trả kết quả trước hạn và đúng hạn 333, yêu cầu bổ sung 10); đang giải quyết trong hạn 48",
    );
    expect(out.stdout.join("\n")).toContain("Kinh phí: được cấp 21.000.000 đồng; đã giải ngân 21.000.000 đồng; dự toán năm sau 3.000.000 đồng.");
  });

  it("names the missing sheets of a workbook that is not a tracking workbook", async () => {
    const dir = tmp();
    const file = join(dir, "khac.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Sheet1");
    await wb.xlsx.writeFile(file);
    const out = await runCli(["report", file]);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('không có trang tính "Thông tin"; các trang có trong tệp: Sheet1');
  });
});

describe("the report workbook opens on the report (issue 18 item 6)", () => {
  /** The workbook's active tab (its name) and the tabs whose view is selected, read from the package. */
  async function openedOn(path: string): Promise<{ active: string; selected: string[] }> {
    const zip = await JSZip.loadAsync(readFileSync(path));
    const workbook = await zip.file("xl/workbook.xml")!.async("string");
    const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
    const sheets = [...workbook.matchAll(/<sheet [^>]*name="([^"]*)"[^>]*r:id="([^"]*)"/g)].map(([, name, rid]) => ({
      name,
      part: "xl/" + new RegExp(`Id="${rid}"[^>]*Target="([^"]*)"`).exec(rels)![1].replace(/^\/?xl\//, ""),
    }));
    const activeTab = Number(/<workbookView\b[^>]*\sactiveTab="(\d+)"/.exec(workbook)?.[1] ?? "0");
    const selected: string[] = [];
    for (const s of sheets) if (/<sheetView\b[^>]*\stabSelected="(1|true)"/.test(await zip.file(s.part)!.async("string"))) selected.push(s.name);
    return { active: sheets[activeTab].name, selected };
  }

  it("is the active tab and the only selected one, so Print prints the report and not the data sheets", async () => {
    const dir = tmp();
    await runCli(["demo", "-o", dir]);
    expect(await openedOn(join(dir, "bao-cao-iso-2024.xlsx"))).toEqual({ active: "Báo cáo", selected: ["Báo cáo"] });
    // The tracking workbook is not a report: it opens on its first sheet, the instructions.
    expect(await openedOn(join(dir, "so-theo-doi-iso-2024.xlsx"))).toEqual({ active: "Hướng dẫn", selected: [] });
    // `report` on it, as the secretary runs it.
    await runCli(["report", join(dir, "so-theo-doi-iso-2024.xlsx"), "-o", join(dir, "r.xlsx")]);
    expect(await openedOn(join(dir, "r.xlsx"))).toEqual({ active: "Báo cáo", selected: ["Báo cáo"] });
  });
});

describe("the demo's 'Kiểm tra' sheets", () => {
  it("list, in Vietnamese only, the findings the run printed, in both workbooks", async () => {
    const dir = tmp();
    const out = await runCli(["demo", "-o", dir]);
    // The demo's two warnings (seed 001: task 7 has no evidence after Quý II; task 8's plan is dated 03/10, after September).
    expect(out.stdout).toContain("Kiểm tra: 0 lỗi, 2 cảnh báo.");
    for (const file of ["so-theo-doi-iso-2024.xlsx", "bao-cao-iso-2024.xlsx"]) {
      const rows = (await load(join(dir, file))).getWorksheet("Kiểm tra")!.getSheetValues().slice(2) as unknown[][];
      const severities = rows.map((r) => r[1]);
      expect([file, severities.filter((s) => s === "Cảnh báo").length]).toEqual([file, 2]);
      expect(rows.map((r) => r[2])).toEqual(expect.arrayContaining(["Nhiệm vụ!K8", "Nhiệm vụ!K9"]));
      // No program codes such as evidence_missing: every cell is Vietnamese text or a cell address.
      for (const r of rows) for (const v of r.slice(1)) expect(String(v)).not.toMatch(/^[a-z]+(_[a-z]+)+$/);
      expect(rows.every((r) => r.length <= 4)).toBe(true);
    }
  });

  it("says no check has run yet in a new workbook", async () => {
    const file = join(tmp(), "moi.xlsx");
    await runCli(["init", "--year", "2026", "-o", file]);
    const sheet = (await load(file)).getWorksheet("Kiểm tra")!;
    expect(sheet.getCell("C2").value).toMatch(/^Chưa kiểm tra/);
  });
});

describe("iso-assistant report on bad agency facts", () => {
  it("reports an impossible data-period date at its cell, still writes the report, and exits 1", async () => {
    const dir = tmp();
    await runCli(["demo", "-o", dir]);
    const book = join(dir, "so-theo-doi-iso-2024.xlsx");
    const wb = await load(book);
    wb.getWorksheet("Thông tin")!.getCell("B11").value = "31/02/2024";
    await wb.xlsx.writeFile(book);
    const out = await runCli(["report", book]);
    expect(out.code).toBe(1);
    // An error keeps the report a DỰ THẢO, and its default name says so (the final demo's is "-bao-cao.xlsx", above).
    expect(out.stdout).toContain(`Đã ghi ${join(dir, "so-theo-doi-iso-2024-bao-cao-du-thao.xlsx")}`);
    expect(existsSync(join(dir, "so-theo-doi-iso-2024-bao-cao.xlsx"))).toBe(false);
    expect(out.stdout).toContain('[Lỗi] Thông tin!B11: mục "Số liệu đến ngày": không hiểu ngày "31/02/2024" (ghi theo dạng ngày/tháng/năm, ví dụ 31/10/2024)');
  });
});

describe("commands never overwrite a user's sheet", () => {
  it("refuses to write the report into a workbook whose 'Báo cáo' sheet is the user's own", async () => {
    const dir = tmp();
    await runCli(["demo", "-o", dir]);
    const book = join(dir, "so-theo-doi-iso-2024.xlsx");
    const wb = await load(book);
    wb.addWorksheet("Báo cáo").getCell("A1").value = "báo cáo tự viết";
    await wb.xlsx.writeFile(book);
    const out = await runCli(["report", book, "-o", join(dir, "ra.xlsx")]);
    expect(out.code).toBe(2);
    expect(out.stderr).toEqual(['trang tính "Báo cáo" đã có và không phải do Trợ lý ISO tạo; hãy đổi tên trang đó rồi chạy lại (không có gì bị ghi)']);
  });
});
