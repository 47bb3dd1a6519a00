import ExcelJS from "exceljs";
import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { runCli } from "../../src/cli/main";
import { cellValueText, sheetTexts } from "../helpers";

const tmp = () => mkdtempSync(join(tmpdir(), "iso-draft-"));

/** The demo's tracking workbook with one "Nhận xét" block set to `value`, saved as another file. */
async function demoWithBlock(cell: string, value: string): Promise<{ dir: string; edited: string }> {
  const dir = tmp();
  expect((await runCli(["demo", "-o", dir])).code).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(dir, "so-theo-doi-iso-2024.xlsx"));
  wb.getWorksheet("Nhận xét")!.getCell(cell).value = value;
  const edited = join(dir, "so-sua.xlsx");
  await wb.xlsx.writeFile(edited);
  return { dir, edited };
}

describe("the report's 'Nhận xét' blocks from the command line", () => {
  it("an emptied block is drafted again from the figures: the report stays final", async () => {
    const { dir, edited } = await demoWithBlock("B6", "");
    const out = await runCli(["report", edited, "-o", join(dir, "bc.xlsx"), "--docx", join(dir, "bc.docx")]);
    expect(out.stdout.join("\n")).not.toContain("DỰ THẢO");
    const report = new ExcelJS.Workbook();
    await report.xlsx.readFile(join(dir, "bc.xlsx"));
    // Written back: the draft of II.2.b, with the demo's five unfinished tasks (3, 6, 10, 11, 12) by number.
    const b6 = cellValueText(report.getWorksheet("Nhận xét")!.getCell("B6").value);
    expect(b6).toContain("- 5 nhiệm vụ của Kế hoạch năm 2024 chưa hoàn thành:");
    expect(b6).toContain("+ Mục 12: Báo cáo kết quả thực hiện, xây dựng áp dụng và duy trì Hệ thống quản lý chất lượng năm 2024 (chưa thực hiện).");
    expect(sheetTexts(report, "Báo cáo")).not.toContain("DỰ THẢO");
  });

  it("an edited block stating a figure the data no longer gives: a warning at its cell and a draft until updated", async () => {
    // The demo has 7 of its 12 tasks done.
    const { dir, edited } = await demoWithBlock("B5", "- Hoàn thành 5/12 nhiệm vụ của Kế hoạch ISO năm 2024.\n- Lãnh đạo Sở quan tâm.");
    const out = await runCli(["report", edited, "-o", join(dir, "bc.xlsx"), "--docx", join(dir, "bc.docx")]);
    expect(out.stdout).toContain(
      "Báo cáo là bản nháp (DỰ THẢO), còn thiếu: Nhận xét: II.2.a — Thuận lợi — số liệu đã thay đổi: “5/12 nhiệm vụ” (nay: 7/12 nhiệm vụ).",
    );
    expect(out.stdout).toContain(
      '[Cảnh báo] Nhận xét!B5: mục "II.2.a — Thuận lợi" đã sửa tay nhưng nêu số liệu không còn đúng: “5/12 nhiệm vụ” (nay: 7/12 nhiệm vụ); sửa lại, viết lại từ số liệu hoặc xác nhận giữ nguyên (báo cáo là DỰ THẢO cho đến khi đó)',
    );
    const report = new ExcelJS.Workbook();
    await report.xlsx.readFile(join(dir, "bc.xlsx"));
    const values = sheetTexts(report, "Báo cáo");
    expect(values).toContain("DỰ THẢO");
    expect(values.filter((v) => v.includes("["))).toEqual([]);
    // The secretary's text is kept as she wrote it, the note beside it says what changed.
    const narrative = report.getWorksheet("Nhận xét")!;
    expect(cellValueText(narrative.getCell("B5").value)).toBe("- Hoàn thành 5/12 nhiệm vụ của Kế hoạch ISO năm 2024.\n- Lãnh đạo Sở quan tâm.");
    expect(cellValueText(narrative.getCell("C5").value)).toContain("“5/12 nhiệm vụ” (nay: 7/12 nhiệm vụ)");

    // Updated by hand: final again.
    const fixedBook = new ExcelJS.Workbook();
    await fixedBook.xlsx.readFile(edited);
    fixedBook.getWorksheet("Nhận xét")!.getCell("B5").value = "- Hoàn thành 7/12 nhiệm vụ của Kế hoạch ISO năm 2024.\n- Lãnh đạo Sở quan tâm.";
    const fixed = join(dir, "so-sua-2.xlsx");
    await fixedBook.xlsx.writeFile(fixed);
    const again = await runCli(["report", fixed, "-o", join(dir, "bc2.xlsx")]);
    expect(again.stdout.join("\n")).not.toContain("DỰ THẢO");
  });
});
