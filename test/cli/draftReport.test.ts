import ExcelJS from "exceljs";
import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { runCli } from "../../src/cli/main";

const tmp = () => mkdtempSync(join(tmpdir(), "iso-draft-"));

describe("a report whose 'Nhận xét' block is empty", () => {
  it("is a draft: the command says what is missing, the sheet carries DỰ THẢO, nothing is bracketed", async () => {
    const dir = tmp();
    expect((await runCli(["demo", "-o", dir])).code).toBe(0);
    const tracking = join(dir, "so-theo-doi-iso-2024.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(tracking);
    const sheet = wb.getWorksheet("Nhận xét")!;
    expect(sheet.getCell("A6").value).toBe("II.2.b — Khó khăn, tồn tại");
    sheet.getCell("B6").value = "";
    const edited = join(dir, "so-sua.xlsx");
    await wb.xlsx.writeFile(edited);

    const out = await runCli(["report", edited, "-o", join(dir, "bc.xlsx"), "--docx", join(dir, "bc.docx")]);
    expect(out.stdout).toContain("Báo cáo là bản nháp (DỰ THẢO), còn thiếu: Nhận xét: II.2.b — Khó khăn, tồn tại.");
    expect(out.stdout).toContain(
      '[Cảnh báo] Nhận xét!B6: mục "II.2.b — Khó khăn, tồn tại" trống: báo cáo là bản nháp (DỰ THẢO) cho đến khi mục này có nội dung',
    );
    const report = new ExcelJS.Workbook();
    await report.xlsx.readFile(join(dir, "bc.xlsx"));
    const text = (v: unknown): string => {
      if (v === null || v === undefined) return "";
      if (typeof v !== "object") return String(v);
      const o = v as { result?: unknown; richText?: { text: string }[]; text?: string };
      return o.richText ? o.richText.map((r) => r.text).join("") : String(o.result ?? o.text ?? "");
    };
    const values = (report.getWorksheet("Báo cáo")!.getSheetValues() as unknown[][]).flatMap((row) => (row ?? []).map(text));
    expect(values).toContain("DỰ THẢO");
    expect(values).toContain("(Chưa có nội dung — nhập tại 'Nhận xét'!B6.)");
    expect(values.filter((v) => v.includes("["))).toEqual([]);
    // The user's sheet was read, not replaced by drafts.
    expect(report.getWorksheet("Nhận xét")!.getCell("B6").value ?? "").toBe("");
  });
});
