import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { workbookSpecToXlsx } from "../../src/adapters/exceljs/renderWorkbook";
import { runCli } from "../../src/cli/main";
import { tsvToGrid } from "../../src/core/grid/tsv";
import { importPlan } from "../../src/core/plan/importPlan";
import { requiredActivities } from "../../src/core/plan/requiredActivities";
import { emptyAgencyInfo, readAgencyGrid } from "../../src/core/workbook/agencySheet";
import { worksheetToGrid } from "../../src/adapters/exceljs/readGrid";
import { buildTrackingWorkbook, emptyTrackingData } from "../../src/core/workbook/trackingWorkbook";

/** The plan .docx's text, paragraph by paragraph. */
async function docxText(path: string): Promise<string> {
  const xml = await (await JSZip.loadAsync(readFileSync(path))).file("word/document.xml")!.async("string");
  return xml
    .replace(/<\/w:p>/g, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&amp;/g, "&");
}

/** `import PLAN.docx --json`: the tasks the plan's Phụ lục gives back. */
async function importedTasks(docx: string): Promise<{ no: string; task: string; output: string; timing: { start: string | null; end: string | null } }[]> {
  const out = await runCli(["import", docx, "--json"]);
  expect(out.code).toBeLessThan(2);
  return JSON.parse(out.stdout.join("\n")).tasks;
}

/** Every required activity is named by some task (as the product's own check reads them). */
function missingActivities(tasks: readonly { task: string; output: string }[]): string[] {
  const fold = (s: string) =>
    ` ${s
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[đĐ]/g, "d")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, " ")
      .trim()} `;
  return requiredActivities.filter((a) => !tasks.some((t) => a.phrases.some((p) => fold(`${t.task} ${t.output}`).includes(` ${p} `)))).map((a) => a.id);
}

describe("next-year's plan, imported back with `import`", () => {
  const dir = mkdtempSync(join(tmpdir(), "iso-isoplan-"));

  it("from the demo's 2024 workbook, for 2026 (next-year twice): every task in 2026, the 2026 bases, Khánh Hòa proposed and said", async () => {
    expect((await runCli(["demo", "-o", dir])).code).toBeLessThan(2);
    // 2024 → 2025, then the 2025 workbook → 2026 (--year names the workbook's own year).
    const first = await runCli([
      "next-year",
      join(dir, "so-theo-doi-iso-2024.xlsx"),
      "-o",
      join(dir, "so-2025.xlsx"),
      "--docx",
      join(dir, "ke-hoach-2025.docx"),
    ]);
    expect(first.code).toBe(0);
    // The secretary types 2025's estimate for 2026 (D8, under "B. DỰ TOÁN KINH PHÍ NĂM 2026"): 3.000.000 đồng for maintenance.
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(dir, "so-2025.xlsx"));
    const budget = book.getWorksheet("Kinh phí")!;
    expect([budget.getCell("A6").value, budget.getCell("B8").value]).toEqual(["B. DỰ TOÁN KINH PHÍ NĂM 2026", "Duy trì"]);
    budget.getCell("D8").value = 3_000_000;
    await book.xlsx.writeFile(join(dir, "so-2025.xlsx"));
    const docx = join(dir, "ke-hoach-2026.docx");
    const out = await runCli(["next-year", join(dir, "so-2025.xlsx"), "--year", "2025", "-o", join(dir, "so-2026.xlsx"), "--docx", docx]);
    expect(out.code).toBe(0);
    // The rename is applied as a proposal by the second step (2025's plan is dated 01/01/2025, before
    // the merger of 01/7/2025; 2026's after it), and the command says so.
    expect(first.stdout.join("\n")).not.toContain("Khánh Hòa");
    expect(out.stdout.join("\n")).toContain(
      'đề xuất: "Cơ quan chủ quản" đổi từ "UBND TỈNH NINH THUẬN" thành "UBND TỈNH KHÁNH HÒA" (Ninh Thuận → Khánh Hòa từ 01/7/2025)',
    );

    // In the written 2026 workbook the renamed facts are proposals ("Đề xuất" in Xác nhận, what changed in Ghi chú); the others stay confirmed.
    const written = new ExcelJS.Workbook();
    await written.xlsx.readFile(join(dir, "so-2026.xlsx"));
    const info = written.getWorksheet("Thông tin")!;
    const row = (r: number) => [2, 3, 4].map((c) => info.getRow(r).getCell(c).value);
    expect(row(2).slice(0, 3)).toEqual([
      "UBND TỈNH KHÁNH HÒA",
      'Đề xuất: "Cơ quan chủ quản" đổi từ "UBND TỈNH NINH THUẬN" thành "UBND TỈNH KHÁNH HÒA" (Ninh Thuận → Khánh Hòa từ 01/7/2025); đã ghi vào sổ năm sau và kế hoạch, hãy kiểm tra lại',
      "Đề xuất",
    ]);
    expect(row(6).slice(0, 3)).toEqual([
      "Khánh Hòa",
      'Đề xuất: "Địa danh" đổi từ "Ninh Thuận" thành "Khánh Hòa" (Ninh Thuận → Khánh Hòa từ 01/7/2025); đã ghi vào sổ năm sau và kế hoạch, hãy kiểm tra lại',
      "Đề xuất",
    ]);
    expect(row(3).slice(0, 3)).toEqual(["SỞ Y TẾ", "Ví dụ: SỞ Y TẾ", "Đã xác nhận"]);
    const readBack = readAgencyGrid(worksheetToGrid(info), 2026).info;
    expect(readBack.proposed).toEqual(expect.arrayContaining(["governingBody", "placeName"]));
    expect(readBack.proposed).not.toContain("agencyName");

    const tasks = await importedTasks(docx);
    expect(tasks).toHaveLength(12);
    expect(missingActivities(tasks)).toEqual([]);
    for (const t of tasks) for (const d of [t.timing.start, t.timing.end]) if (d) expect([t.no, d.slice(0, 4)]).toEqual([t.no, "2026"]);

    const text = await docxText(docx);
    expect(text).toContain("UBND TỈNH KHÁNH HÒA");
    expect(text).toContain("Khánh Hòa, ngày … tháng … năm 2026");
    expect(text).toContain("Căn cứ Nghị định số 118/2025/NĐ-CP ngày 09 tháng 6 năm 2025 của Chính phủ");
    expect(text).not.toContain("61/2018");
    // 3.000.000 đồng for maintenance is within TT 116/2015's 15.000.000 đồng: not a draft.
    expect(text).not.toContain("DỰ THẢO");
  });

  it("from a plan lacking five yearly activities, with tasks of other bodies and 30.000.000 đồng: an ISO plan, a DỰ THẢO naming the excess", async () => {
    const table = [
      "TT\tNội dung/Nhiệm vụ\tSản phẩm\tThời gian\tĐơn vị thực hiện",
      "I\tXÂY DỰNG, DUY TRÌ HTQLCL\t\t\t",
      "1\tXây dựng mục tiêu chất lượng năm 2025 của Sở\tQuyết định\tTháng 01/2025\tVăn phòng Sở",
      "2\tPhổ biến, đào tạo HTQLCL cho công chức\tLớp tập huấn\tQuý II/2025\tVăn phòng Sở",
      "3\tBáo cáo kết quả áp dụng HTQLCL năm 2025\tBáo cáo\tTháng 12/2025\tVăn phòng Sở",
      "II\tHỖ TRỢ DOANH NGHIỆP\t\t\t",
      "4\tBố trí kinh phí hỗ trợ doanh nghiệp\tQuyết định\tQuý I/2025\tSở Tài chính",
      "5\tHướng dẫn doanh nghiệp xây dựng hệ thống quản lý\tTài liệu\tQuý II/2025\tChủ trì: Hiệp hội Doanh nghiệp tỉnh; Phối hợp: Văn phòng Sở",
    ].join("\n");
    const plan = importPlan([tsvToGrid("Nhiệm vụ", table)], { year: 2025 })!;
    const blank = emptyTrackingData(2025);
    const workbook = buildTrackingWorkbook({
      ...blank,
      agency: {
        ...emptyAgencyInfo(2025),
        governingBody: "UBND TỈNH ĐỒNG THÁP",
        agencyName: "SỞ CÔNG THƯƠNG",
        agencyShortName: "Sở Công Thương",
        abbreviation: "SCT",
        placeName: "Đồng Tháp",
        recipientTo: "Sở Khoa học và Công nghệ",
        recipients: ["Ủy ban nhân dân tỉnh Đồng Tháp", "UBND tỉnh (b/c)", "Lưu: VT"],
        signingAuthority: "GIÁM ĐỐC",
        signerName: "Nguyễn Văn A",
      },
      tasks: plan.tasks,
      budget: { ...blank.budget, estimate: [{ item: "Duy trì, cải tiến HTQLCL", category: "maintenance", amount: 30_000_000, explanation: "" }] },
    });
    const source = join(dir, "so-sct-2025.xlsx");
    writeFileSync(source, await workbookSpecToXlsx(workbook));
    const docx = join(dir, "ke-hoach-sct-2026.docx");
    const out = await runCli(["next-year", source, "-o", join(dir, "so-sct-2026.xlsx"), "--docx", docx]);
    expect(out.code).toBe(0);
    expect(out.stdout.join("\n")).toContain("1 nhiệm vụ do đơn vị ngoài cơ quan chủ trì không được đưa vào kế hoạch năm 2026: 4 (Sở Tài chính)");

    const tasks = await importedTasks(docx);
    expect(missingActivities(tasks)).toEqual([]);
    expect(tasks.filter((t) => t.task.endsWith("(bổ sung theo quy định)"))).toHaveLength(5);
    expect(tasks.map((t) => t.task)).not.toContain("Bố trí kinh phí hỗ trợ doanh nghiệp");
    expect(tasks.map((t) => t.task)).toContain("Hướng dẫn doanh nghiệp xây dựng hệ thống quản lý"); // the Sở supports it
    expect(tasks.map((t) => t.no)).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "9"]); // renumbered, the added ones after
    for (const t of tasks) for (const d of [t.timing.start, t.timing.end]) if (d) expect(d.slice(0, 4)).toBe("2026");

    const text = await docxText(docx);
    expect(text).toContain("DỰ THẢO");
    expect(text).toContain(
      "kinh phí duy trì, cải tiến HTQLCL 30.000.000 đồng vượt mức tối đa 15.000.000 đồng/năm theo khoản 6 Điều 4 Thông tư số 116/2015/TT-BTC là 15.000.000 đồng",
    );
    expect(out.stdout.join("\n")).toContain("30.000.000 đồng duy trì, cải tiến HTQLCL vượt mức tối đa 15.000.000 đồng/năm");
    expect(text.match(/nhân dân tỉnh Đồng Tháp|UBND tỉnh/g)).toEqual(["nhân dân tỉnh Đồng Tháp"]);
    expect(text).toContain("- Ủy ban nhân dân tỉnh Đồng Tháp (b/c);");
  });
});
