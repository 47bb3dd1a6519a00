import ExcelJS from "exceljs";
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from "docx";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { runCli } from "../../src/cli/main";
import { agencyRow, readAgencyGrid } from "../../src/core/workbook/agencySheet";
import { readBudgetGrid } from "../../src/core/workbook/budgetSheet";
import { readNarrativeGrid } from "../../src/core/workbook/narrativeSheet";
import { worksheetToGrid } from "../../src/adapters/exceljs/readGrid";
import { samplePath, sampleText, seeds } from "../helpers";

const tmp = () => mkdtempSync(join(tmpdir(), "iso-prev-"));
const load = async (path: string) => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
};

/**
 * Seed 001 as a Word file, the way it was written: the decree header as a two-column borderless
 * table, the results and estimate tables as tables, every other line a paragraph.
 */
async function seed001Docx(): Promise<Buffer> {
  const lines = sampleText(seeds.report2024).split("\n");
  const children: (Paragraph | Table)[] = [
    new Table({
      rows: [
        new TableRow({
          children: [
            new TableCell({ children: [new Paragraph("UBND TỈNH NINH THUẬN"), new Paragraph("SỞ Y TẾ"), new Paragraph("Số: /BC-SYT")] }),
            new TableCell({
              children: [
                new Paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                new Paragraph("Độc lập - Tự do - Hạnh phúc"),
                new Paragraph("Ninh Thuận, ngày tháng năm 2024"),
              ],
            }),
          ],
        }),
      ],
    }),
  ];
  let rows: TableRow[] = [];
  const flush = () => {
    if (rows.length) children.push(new Table({ rows }));
    rows = [];
  };
  // Skip the seed's own header lines (now in the table above).
  for (const line of lines.slice(lines.findIndex((l) => l === "BÁO CÁO"))) {
    if (line.includes("\t")) {
      rows.push(new TableRow({ children: line.split("\t").map((c) => new TableCell({ children: [new Paragraph(c)] })) }));
      continue;
    }
    flush();
    if (line.trim()) children.push(new Paragraph({ children: [new TextRun(line.replace(/\*\*/g, ""))] }));
  }
  flush();
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

async function expectSeed001Workbook(path: string) {
  const wb = await load(path);
  const grid = (name: string) => worksheetToGrid(wb.getWorksheet(name)!);
  const agency = readAgencyGrid(grid("Thông tin"), 0).info;
  expect(agency.year).toBe(2025);
  expect(agency.agencyShortName).toBe("Sở Y tế");
  expect(agency.agencyName).toBe("SỞ Y TẾ");
  expect(agency.abbreviation).toBe("SYT");
  expect(agency.placeName).toBe("Ninh Thuận");
  expect(agency.signingAuthority).toBe("KT. GIÁM ĐỐC");
  expect(agency.signerTitle).toBe("PHÓ GIÁM ĐỐC");
  expect(agency.signerName).toBe("Bùi Văn Kỳ");
  expect(agency.recipients).toEqual(["Sở KH&CN", "Lãnh đạo Sở", "Các phòng chức năng sở", "Website Sở Y tế"]);
  expect(agency.scope).toMatch(/^Lĩnh vực khám chữa bệnh; Lĩnh vực Mỹ phẩm;/);

  const { narrative } = readNarrativeGrid(grid("Nhận xét"));
  // Drafts over last year's paragraphs: this year's figure sentence first (no dossiers yet), then last
  // year's words; its sentences about last year (the training of 18/4/2024) are not carried.
  expect(narrative.dossierComment.split("\n")).toEqual([
    "- Trong kỳ báo cáo, Sở Y tế chưa có số liệu hồ sơ thủ tục hành chính.",
    expect.stringMatching(/^Nhìn chung qua thời gian triển khai/),
  ]);
  expect(narrative.management).not.toContain("1548/SYT-VP");
  expect(narrative.management).toMatch(/^\+ Lãnh đạo và các phòng chuyên môn/);
  expect(narrative.oneStop).toMatch(/^Gắn kết với việc thực hiện quy chế “một cửa”/);
  expect(narrative.advantages.split("\n")).toHaveLength(3);
  expect(narrative.obstacles).toContain("kiêm nhiệm");
  // Last year's plan for 2025, moved one year on for the 2025 workbook's report (about 2026).
  expect(narrative.nextYear.split("\n")[1]).toBe("b) Xây dựng Kế hoạch triển khai áp dụng ISO năm 2026;");
  expect(narrative.proposals).toBe("Không.");

  // This year's budget: the 3.000.000 the 2024 report estimated for 2025, noted as an estimate.
  const budget = readBudgetGrid(grid("Kinh phí"));
  expect(budget.granted.map((g) => [g.item, g.granted, g.disbursed, g.note])).toEqual([
    ["Duy trì", 3_000_000, 0, "Theo dự toán tại báo cáo năm 2024; sửa theo quyết định giao kinh phí"],
  ]);
  return wb;
}

describe("import of last year's report (seed 001) into a new workbook", () => {
  it("from text: agency, signer, text blocks and the budget estimate, not 'no task table'", async () => {
    const file = join(tmp(), "so-2025.xlsx");
    const out = await runCli(["import", samplePath(seeds.report2024), "-o", file]);
    expect(out.stderr.filter((l) => !l.startsWith("Đã ghi"))).toEqual([]);
    expect(out.code).toBe(0);
    expect(out.stdout[0]).toBe(
      '[Thông tin] seed-001-syt-report-2024: đã đọc báo cáo năm 2024: 7 mục nhận xét, cơ quan "Sở Y tế", người ký "Bùi Văn Kỳ", dự toán năm 2025: 3.000.000 đồng',
    );
    await expectSeed001Workbook(file);
  });

  it("an estimate amount it cannot read: kept as written, no total stated, said with the item", async () => {
    const dir = tmp();
    const text = sampleText(seeds.report2024).replace("Duy trì\t3.000.000\tTiếp tục", "Duy trì\t3.000.00O\tTiếp tục");
    const report = join(dir, "bao-cao-2024.txt");
    writeFileSync(report, text);
    const file = join(dir, "so-2025.xlsx");
    const out = await runCli(["import", report, "-o", file]);
    expect(out.stdout[0]).toContain("dự toán năm 2025: chưa tính được tổng (có số tiền không đọc được)");
    expect(out.stdout.join("\n")).toContain('số tiền dự toán của mục "Duy trì" trong báo cáo năm trước không đọc được: "3.000.00O"');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const budget = wb.getWorksheet("Kinh phí")!;
    expect([budget.getCell("B3").value, budget.getCell("D3").value]).toEqual(["Duy trì", "3.000.00O"]);
    // Read back, the sheet's own rule refuses the total at that cell.
    expect(readBudgetGrid(worksheetToGrid(budget)).unreadable).toEqual({ D3: "3.000.00O" });
  });

  it("from a .docx of the same report", async () => {
    const dir = tmp();
    const docx = join(dir, "bao-cao-2024.docx");
    writeFileSync(docx, await seed001Docx());
    const file = join(dir, "so-2025.xlsx");
    const out = await runCli(["import", docx, "-o", file]);
    expect(out.code).toBe(0);
    const wb = await expectSeed001Workbook(file);
    expect(readAgencyGrid(worksheetToGrid(wb.getWorksheet("Thông tin")!), 0).info.governingBody).toBe("UBND TỈNH NINH THUẬN");
  });

  it("into an existing workbook fills only what is empty", async () => {
    const dir = tmp();
    const file = join(dir, "so-2025.xlsx");
    await runCli(["init", "--year", "2025", "-o", file]);
    const wb = await load(file);
    wb.getWorksheet("Thông tin")!.getCell(`B${agencyRow("signerName")}`).value = "Nguyễn Văn A"; // signer typed by the user
    await wb.xlsx.writeFile(file);
    const out = await runCli(["import", samplePath(seeds.report2024), "-o", file]);
    expect(out.code).toBe(0);
    const after = await load(file);
    const agency = readAgencyGrid(worksheetToGrid(after.getWorksheet("Thông tin")!), 0).info;
    expect(agency.signerName).toBe("Nguyễn Văn A");
    expect(agency.agencyShortName).toBe("Sở Y tế");
    expect(readNarrativeGrid(worksheetToGrid(after.getWorksheet("Nhận xét")!)).narrative.proposals).toBe("Không.");
  });
});

describe("import of last year's report into a workbook the user has started", () => {
  it("never replaces a budget line the user typed, even one whose amount cannot be read; keeps a confirmed default fact", async () => {
    const dir = tmp();
    const file = join(dir, "so-2025.xlsx");
    expect((await runCli(["init", "--year", "2025", "-o", file])).code).toBe(0);
    const wb = await load(file);
    const budgetSheet = wb.getWorksheet("Kinh phí")!;
    budgetSheet.getCell("B3").value = "Đánh giá nội bộ";
    budgetSheet.getCell("D3").value = "25.000.00O"; // letter O: not an amount, still the user's
    // "Kính gửi" kept at the usual value, confirmed by the user.
    wb.getWorksheet("Thông tin")!.getCell(`D${agencyRow("recipientTo")}`).value = "Đã xác nhận";
    await wb.xlsx.writeFile(file);

    const out = await runCli(["import", samplePath(seeds.report2024), "-o", file]);
    expect(out.code).toBe(0);
    const after = await load(file);
    const budget = after.getWorksheet("Kinh phí")!;
    expect([budget.getCell("B3").value, budget.getCell("D3").value]).toEqual(["Đánh giá nội bộ", "25.000.00O"]);
    // The sheet as the user left it: her line, then init's "Duy trì" line (nothing of last year's "Duy trì 3.000.000").
    expect(readBudgetGrid(worksheetToGrid(budget)).granted.map((g) => [g.item, g.granted])).toEqual([
      ["Đánh giá nội bộ", Number.NaN],
      ["Duy trì", 0],
    ]);
    const agency = readAgencyGrid(worksheetToGrid(after.getWorksheet("Thông tin")!), 0).info;
    expect(agency.recipientTo).toBe("Sở Khoa học và Công nghệ");
    expect(agency.proposed).not.toContain("recipientTo");
    // What was blank is filled from last year's report, as a proposal.
    expect(agency.agencyShortName).toBe("Sở Y tế");
    expect(agency.proposed).toContain("agencyShortName");
  });
});
