/**
 * #21 item 6: one job per step. `import PLAN -o FILE` runs the pane's step 1 (planIntoWorkbook):
 * a new file is the whole tracking workbook of the plan's year with "Thông tin" filled from the
 * plan's header; an existing workbook gets its blank facts proposed from it. Before, `import -o`
 * wrote three sheets and never read the header, so "Thông tin" stayed empty.
 * The plan below is typed after seed 003's header (NĐ 30 layout), dated 05/3/2023 so that the
 * reference shows the decree's date form; expected values read off it by hand.
 */
import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { runCli } from "../../src/cli/main";
import { planIntoWorkbook } from "../../src/app/routineJobs";
import { readSource } from "../../src/io/readSource";
import { samplePath, seeds } from "../helpers";

const tmp = () => mkdtempSync(join(tmpdir(), "iso-cli-import-"));

/** A plan saved from Word as a web page: the header as paragraphs, the task table as a table. */
const planHtml = [
  "<html><body>",
  "<p>UBND TỈNH THỪA THIÊN HUẾ</p>",
  "<p>SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI</p>",
  "<p>Số: 385/KH-SLĐTBXH</p>",
  "<p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>",
  "<p>Độc lập - Tự do - Hạnh phúc</p>",
  "<p>Thừa Thiên Huế, ngày 05 tháng 3 năm 2023</p>",
  "<p>KẾ HOẠCH</p>",
  "<p>Duy trì Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 năm 2023</p>",
  "<table>",
  "<tr><td>TT</td><td>Nội dung/Nhiệm vụ</td><td>Tiến độ/Thời gian</td><td>Đơn vị thực hiện</td></tr>",
  "<tr><td>1</td><td>Đánh giá nội bộ</td><td>Tháng 10/2023</td><td>Văn phòng Sở</td></tr>",
  "<tr><td>2</td><td>Xem xét của lãnh đạo</td><td>Tháng 11/2023</td><td>Ban Chỉ đạo ISO</td></tr>",
  "</table>",
  "<p>Nơi nhận:</p><p>- Như trên;</p><p>- Lưu: VT, VP.</p>",
  "<p>GIÁM ĐỐC</p><p>Nguyễn Văn An</p>",
  "</body></html>",
].join("\n");

/** The plan written as an .html file in a new folder; its path. */
function planFile(dir: string): string {
  const path = join(dir, "ke-hoach-2023.html");
  writeFileSync(path, planHtml);
  return path;
}
const load = async (path: string) => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
};

/** "Thông tin" as label → [value, confirmation mark]. */
function facts(wb: ExcelJS.Workbook): Map<string, [string, string]> {
  const ws = wb.getWorksheet("Thông tin")!;
  const out = new Map<string, [string, string]>();
  ws.eachRow((row) => out.set(String(row.getCell(1).value ?? ""), [String(row.getCell(2).value ?? ""), String(row.getCell(4).value ?? "")]));
  return out;
}

describe("import -o runs the pane's step 1: 'Thông tin' from the plan's header", () => {
  it("a new file is the whole tracking workbook of the plan's year, its header's facts proposed", async () => {
    const dir = tmp();
    const file = join(dir, "so-2023.xlsx");
    const out = await runCli(["import", planFile(dir), "-o", file]);
    expect(out.code).toBeLessThan(2);
    const wb = await load(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(["Thông tin", "Nhiệm vụ", "Hồ sơ TTHC", "Kinh phí", "Đơn vị", "Kiểm tra"]));
    const f = facts(wb);
    expect(f.get("Năm báo cáo")?.[0]).toBe("2023");
    expect(f.get("Chữ viết tắt trong số văn bản")).toEqual(["SLĐTBXH", "Đề xuất"]);
    expect(f.get("Địa danh")).toEqual(["Thừa Thiên Huế", "Đề xuất"]);
    // The plan's own reference in the decree's date form (31/12/2022: no padding to change).
    // The plan's own reference in the decree's date form: "05/3/2023", not "05/03/2023".
    expect(f.get("Kế hoạch ISO năm")?.[0]).toMatch(/^Kế hoạch số 385\/KH-SLĐTBXH ngày 05\/3\/2023/);
  });

  it("the facts are the pane's: the same job gives the same 'Thông tin'", async () => {
    const dir = tmp();
    const file = join(dir, "so-2023.xlsx");
    const plan = planFile(dir);
    await runCli(["import", plan, "-o", file]);
    const content = await readSource(plan, new Uint8Array(readFileSync(plan)));
    const pane = planIntoWorkbook(content, []);
    if (!pane.ok || pane.kind !== "plan") throw new Error("the pane's job did not import the plan");
    const agency = pane.spec.sheets.find((s) => s.name === "Thông tin")!;
    const paneFacts = new Map(
      agency.cells.map((row) => [
        row[0]?.kind === "text" ? String(row[0].value) : "",
        row[1]?.kind === "empty" ? "" : String((row[1] as { value?: unknown }).value ?? ""),
      ]),
    );
    const cliFacts = facts(await load(file));
    for (const label of [
      "Năm báo cáo",
      "Cơ quan chủ quản",
      "Tên cơ quan (viết hoa)",
      "Chữ viết tắt trong số văn bản",
      "Địa danh",
      "Kế hoạch ISO năm",
      "Họ và tên người ký",
    ]) {
      expect([label, cliFacts.get(label)?.[0] ?? ""]).toEqual([label, paneFacts.get(label) ?? ""]);
    }
  });

  it("into an existing workbook, blank facts are proposed from the header and typed ones kept", async () => {
    const dir = tmp();
    const file = join(dir, "so.xlsx");
    expect((await runCli(["init", "--year", "2023", "-o", file])).code).toBe(0);
    const wb = await load(file);
    const ws = wb.getWorksheet("Thông tin")!;
    // The user types the place (a confirmed value the header must not replace).
    ws.eachRow((row) => {
      if (row.getCell(1).value === "Địa danh") {
        row.getCell(2).value = "Huế";
        row.getCell(4).value = "Đã xác nhận";
      }
    });
    await wb.xlsx.writeFile(file);
    const out = await runCli(["import", planFile(dir), "-o", file]);
    expect(out.code).toBeLessThan(2);
    const f = facts(await load(file));
    expect(f.get("Địa danh")).toEqual(["Huế", "Đã xác nhận"]);
    expect(f.get("Chữ viết tắt trong số văn bản")).toEqual(["SLĐTBXH", "Đề xuất"]);
    const tasks = (await load(file)).getWorksheet("Nhiệm vụ")!;
    expect([tasks.getCell("C2").value, tasks.getCell("C3").value]).toEqual(["Đánh giá nội bộ", "Xem xét của lãnh đạo"]);
  });

  it("a plan saved as text (seed 002: no header block, the agency in its first sentence) fills 'Thông tin' from its lines; a bare table's rows never do", async () => {
    const dir = tmp();
    const file = join(dir, "so.xlsx");
    writeFileSync(join(dir, "ke-hoach.txt"), readFileSync(samplePath(seeds.vhttdl2024)));
    expect((await runCli(["import", join(dir, "ke-hoach.txt"), "-o", file])).code).toBeLessThan(2);
    const f = facts(await load(file));
    // Read off the seed by hand: "…, Sở Văn hóa, Thể thao và Du lịch xây dựng kế hoạch…", signed GIÁM ĐỐC Nguyễn Tiến Dũng.
    expect(f.get("Tên cơ quan trong câu văn")?.[0]).toBe("Sở Văn hóa, Thể thao và Du lịch");
    expect(f.get("Tên cơ quan (viết hoa)")?.[0]).toBe("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH");
    expect(f.get("Họ và tên người ký")?.[0]).toBe("Nguyễn Tiến Dũng");
    // A table pasted as text whose task says "…, Sở Y tế triển khai…": no document, so no agency from it.
    const bare =
      "STT\tNội dung/Nhiệm vụ\tTiến độ/Thời gian\tĐơn vị thực hiện\n1\tTheo kế hoạch chung, Sở Y tế triển khai đánh giá nội bộ\tTháng 10/2024\tVăn phòng\n";
    writeFileSync(join(dir, "bang.tsv"), bare);
    const other = join(dir, "so2.xlsx");
    expect((await runCli(["import", join(dir, "bang.tsv"), "-o", other, "--year", "2024"])).code).toBeLessThan(2);
    expect(facts(await load(other)).get("Tên cơ quan trong câu văn")?.[0] ?? "").toBe("");
  });
});
