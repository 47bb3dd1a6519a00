import ExcelJS from "exceljs";
import { Document, Packer, Paragraph, Table, TableCell, TableRow, VerticalMergeType } from "docx";
import { readSource, SourceError } from "../../src/io/readSource";
import { importPlan } from "../../src/core/plan/importPlan";

const header = ["TT", "Nội dung/Nhiệm vụ", "Hoạt động/Sản phẩm", "Tiến độ/Thời gian", "Phân công/Cách thức thực hiện"];

describe("readSource", () => {
  it("reads an .xlsx sheet with merged cells; the merged value reaches every task it covers", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Phụ lục");
    ws.addRow(["PHỤ LỤC KẾ HOẠCH NĂM 2024"]);
    ws.mergeCells("A1:E1");
    ws.addRow(header);
    ws.addRow([1, "Đánh giá nội bộ", "Biên bản", "Quý III", "BCĐ ISO"]);
    ws.addRow([2, "Khắc phục sau đánh giá", "Phiếu khắc phục", null, null]);
    ws.mergeCells("D3:D4");
    ws.mergeCells("E3:E4");
    ws.addRow([3, "Báo cáo năm", "Báo cáo", new Date(Date.UTC(2024, 11 /* Dec */, 15)), "Văn phòng"]);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());

    const content = await readSource("ke-hoach.xlsx", bytes);
    expect(content.grids[0].sheet).toBe("Phụ lục");
    expect(content.grids[0].rows[4][3]).toBe("2024-12-15");
    const plan = importPlan(content.grids);
    expect(plan?.year).toBe(2024);
    expect(plan?.tasks.map((t) => [t.no, t.timing.text, t.units.lead.map((u) => u.name).join()])).toEqual([
      ["1", "Quý III", "Ban Chỉ đạo ISO"],
      ["2", "Quý III", "Ban Chỉ đạo ISO"],
      ["3", "2024-12-15", "Văn phòng Sở"],
    ]);
    expect(plan?.tasks[2].timing).toMatchObject({ kind: "date", start: "2024-12-15", end: "2024-12-15" });
  });

  it("picks the sheet named by --sheet and says which sheets exist when it is missing", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("A");
    wb.addWorksheet("B");
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    await expect(readSource("x.xlsx", bytes, { sheet: "C" })).rejects.toMatchObject({
      code: "sheet_not_found",
      params: { sheet: "C", available: "A, B" },
    });
  });

  it("reads the tables of a .docx, with vertical merges and the year from the title paragraph", async () => {
    const cellOf = (text: string, merge?: "restart" | "continue") =>
      new TableCell({
        children: [new Paragraph(text)],
        verticalMerge: merge === "restart" ? VerticalMergeType.RESTART : merge === "continue" ? VerticalMergeType.CONTINUE : undefined,
      });
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph("KẾ HOẠCH áp dụng, duy trì HTQLCL năm 2025"),
            new Table({
              rows: [
                new TableRow({ children: header.map((h) => cellOf(h)) }),
                new TableRow({
                  children: [cellOf("1"), cellOf("Xây dựng mục tiêu chất lượng"), cellOf("Quyết định"), cellOf("Tháng 01"), cellOf("Văn phòng", "restart")],
                }),
                new TableRow({ children: [cellOf("2"), cellOf("Đánh giá nội bộ"), cellOf("Biên bản"), cellOf("Quý III"), cellOf("", "continue")] }),
              ],
            }),
          ],
        },
      ],
    });
    const bytes = new Uint8Array(await Packer.toBuffer(doc));
    const content = await readSource("ke-hoach.docx", bytes);
    expect(content.grids).toHaveLength(1);
    expect(content.grids[0].merges).toEqual([{ top: 1, left: 4, bottom: 2, right: 4 }]);
    const plan = importPlan(content.grids, { contextTexts: content.contextTexts });
    expect(plan?.year).toBe(2025);
    expect(plan?.tasks.map((t) => t.units.lead.map((u) => u.name))).toEqual([["Văn phòng Sở"], ["Văn phòng Sở"]]);
    expect(plan?.tasks[0].timing).toMatchObject({ kind: "month", start: "2025-01-01", end: "2025-01-31" });
  });

  it("reads pasted HTML with entities and a .txt that holds an HTML table", async () => {
    const html =
      "<html><body><h1>Kế hoạch năm 2024</h1><table><tr><td>TT</td><td>Nội dung</td><td>Thời gian</td><td>Đơn vị thực hiện</td></tr>" +
      "<tr><td>1</td><td>Đo lường sự h&agrave;i l&ograve;ng</td><td>Qu&yacute; II</td><td>VP</td></tr></table></body></html>";
    for (const name of ["dan.html", "dan.txt"]) {
      const content = await readSource(name, new TextEncoder().encode(html));
      const plan = importPlan(content.grids, { contextTexts: content.contextTexts });
      expect(plan?.tasks[0].task).toBe("Đo lường sự hài lòng");
      expect(plan?.tasks[0].timing).toMatchObject({ kind: "quarter", start: "2024-04-01" });
    }
  });

  it("rejects an unsupported file type with a typed error", async () => {
    await expect(readSource("a.pdf", new Uint8Array())).rejects.toBeInstanceOf(SourceError);
  });
});

describe("readSource on workbooks it cannot open", () => {
  it("names a password-protected workbook and says what to do, instead of calling it corrupt", async () => {
    const bytes = new Uint8Array(4096);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    bytes.set(
      Array.from("EncryptionInfo").flatMap((c) => [c.charCodeAt(0), 0]),
      1536,
    );
    await expect(readSource("C:\\Tài liệu\\ke-hoach.xlsx", bytes)).rejects.toMatchObject({
      code: "workbook_unusable",
      params: { path: "ke-hoach.xlsx", problem: "encrypted" },
    });
  });
});
