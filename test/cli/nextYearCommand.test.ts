import ExcelJS from "exceljs";
import JSZip from "jszip";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { runCli } from "../../src/cli/main";

const cellValue = (v: ExcelJS.CellValue) => (v && typeof v === "object" && "result" in v ? v.result : v);

describe("iso-assistant next-year", () => {
  let dir: string;
  let source: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "iso-next-"));
    expect((await runCli(["demo", "-o", dir])).code).toBeLessThan(2);
    source = join(dir, "so-theo-doi-iso-2024.xlsx");
  });

  it("writes the 2025 tracking workbook from the 2024 one: agency kept, tasks moved, estimate as budget note", async () => {
    const before = readFileSync(source);
    const out = await runCli(["next-year", source]);
    expect(out.code).toBe(0);
    const target = join(dir, "so-theo-doi-iso-2025.xlsx");
    expect(out.stdout[0]).toBe(`Đã ghi ${target}`);
    expect(readFileSync(source).equals(before)).toBe(true); // the source is never changed

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(target);
    const info = wb.getWorksheet("Thông tin")!;
    const field = (label: string) => cellValue(info.getColumn(2).values[(info.getColumn(1).values as unknown[]).indexOf(label)]);
    expect(field("Năm báo cáo")).toBe(2025);
    expect(field("Tên cơ quan (viết hoa)")).toBe("SỞ Y TẾ");
    expect(field("Họ và tên người ký")).toBe("Bùi Văn Kỳ");
    expect(field("Số văn bản")).toBe("");

    // Seed 000 has 12 tasks; task 1 is "Xây dựng mục tiêu chất lượng năm 2024 của Sở", due "Tháng 01/2024".
    const tasks = wb.getWorksheet("Nhiệm vụ")!;
    const taskTexts = (tasks.getColumn(3).values as unknown[]).slice(2).filter((v) => typeof v === "string" && v !== "");
    expect(taskTexts).toHaveLength(12);
    expect(tasks.getCell("C2").value).toBe("Xây dựng mục tiêu chất lượng năm 2025 của Sở");
    expect(tasks.getCell("E2").value).toBe("Tháng 01/2025");
    expect(tasks.getCell("J2").value).toBe("Chưa thực hiện");
    expect(tasks.getCell("K2").value).toBe("");

    // Seed 001 estimates 3.000.000 đồng for 2025: it becomes the 2025 granted line, with a note saying so.
    const budget = wb.getWorksheet("Kinh phí")!;
    expect(budget.getCell("A1").value).toBe("A. KINH PHÍ ĐƯỢC CẤP VÀ ĐÃ GIẢI NGÂN NĂM 2025");
    expect(cellValue(budget.getCell("D3").value)).toBe(3_000_000);
    expect(String(budget.getCell("F3").value)).toBe("Theo dự toán tại báo cáo năm 2024; sửa theo quyết định giao kinh phí");
  });

  it("replaces its own unchanged output on a re-run, and never a file it did not make", async () => {
    const again = await runCli(["next-year", source]);
    expect(again.stdout[0]).toBe(`Đã ghi ${join(dir, "so-theo-doi-iso-2025.xlsx")}`);
    const theirs = join(dir, "cua-toi.xlsx");
    writeFileSync(theirs, "not ours");
    const out = await runCli(["next-year", source, "-o", theirs]);
    expect(readFileSync(theirs, "utf8")).toBe("not ours");
    expect(out.stdout.join("\n")).toContain("không do Trợ lý ISO tạo");
    expect(existsSync(join(dir, "cua-toi (2).xlsx"))).toBe(true);
  });

  it("also drafts the 2025 plan document beside it (ke-hoach-iso-2025.docx), or at --docx, never over a file it did not make", async () => {
    const out = await runCli(["next-year", source]);
    const plan = join(dir, "ke-hoach-iso-2025.docx");
    expect(out.stdout).toContain(`Đã ghi ${plan}`);
    const xml = await (await JSZip.loadAsync(readFileSync(plan))).file("word/document.xml")!.async("string");
    // Seed 000's header for 2025: "KẾ HOẠCH", "Số: …/KH-SYT"; seed 001's estimate 3.000.000 "Ba triệu đồng"; task 12 due "Tháng 12/2025".
    for (const text of ["KẾ HOẠCH", "Số: …/KH-SYT", "Ninh Thuận, ngày … tháng … năm 2025", "Căn cứ Quyết định số 19/2014/QĐ-TTg", "Phụ lục"])
      expect([text, xml.includes(text)]).toEqual([text, true]);
    expect(xml).toContain("3.000.000 đồng (Bằng chữ: Ba triệu đồng)");
    expect(xml).toContain("Tháng 12/2025");
    expect(xml).toContain("Xây dựng mục tiêu chất lượng năm 2025 của Sở");
    expect(xml).not.toContain("DỰ THẢO"); // the demo's Thông tin has everything the plan needs

    const named = join(dir, "ke-hoach.docx");
    writeFileSync(named, "not ours");
    const again = await runCli(["next-year", source, "--docx", named]);
    expect(readFileSync(named, "utf8")).toBe("not ours");
    expect(existsSync(join(dir, "ke-hoach (2).docx"))).toBe(true);
    expect(again.code).toBe(0);
  });

  it("refuses a --docx that is not .docx (the workbook's own name included), before writing anything", async () => {
    const wrong = await runCli(["next-year", source, "--docx", join(dir, "ke-hoach.pdf")]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr.join("")).toContain("ke-hoach.pdf");
    const same = await runCli(["next-year", source, "-o", join(dir, "x.xlsx"), "--docx", join(dir, "x.xlsx")]);
    expect(same.code).toBe(2);
    expect(same.stderr.join("")).toContain(".docx");
    expect(existsSync(join(dir, "x.xlsx"))).toBe(false);
  });

  it("--year is this year's: on the 2024 workbook --year 2026 is refused at Thông tin!B7 and nothing is written; --year 2024 makes 2025", async () => {
    const out = await runCli(["next-year", source, "--year", "2026", "-o", join(dir, "nam-2027.xlsx"), "--docx", join(dir, "ke-hoach-2027.docx")]);
    expect(out.code).toBe(2);
    const said = out.stderr.join("\n");
    expect(said).toContain("Thông tin!B7");
    expect(said).toContain("--year 2026 khác năm của sổ theo dõi này (2024, ở ô Thông tin!B7)");
    expect(said).toContain("Hãy bỏ --year để tạo sổ và kế hoạch năm 2025");
    expect(existsSync(join(dir, "nam-2027.xlsx"))).toBe(false);
    expect(existsSync(join(dir, "ke-hoach-2027.docx"))).toBe(false);
    const same = await runCli(["next-year", source, "--year", "2024", "-o", join(dir, "nam-2025.xlsx"), "--docx", join(dir, "ke-hoach-2025-b.docx")]);
    expect([same.code, same.stdout.join("\n")]).toEqual([0, expect.stringContaining("Sổ theo dõi năm 2025")]);
  });

  it("an estimate line it cannot read: no total stated in the plan, a DỰ THẢO, a warning at Kinh phí!D10, the text carried as written", async () => {
    // The demo's "B. DỰ TOÁN" block: header row 8, "Duy trì" 3.000.000 in row 9; a second line typed in row 10 with a letter O for a zero.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(source);
    const budget = wb.getWorksheet("Kinh phí")!;
    expect([budget.getCell("B9").value, cellValue(budget.getCell("D9").value)]).toEqual(["Duy trì", 3_000_000]);
    budget.spliceRows(10, 0, [2, "Mở rộng phạm vi", "Mở rộng", "12.000.00O", "Mở rộng sang lĩnh vực Dược"]);
    const bad = join(dir, "so-sai-du-toan-2024.xlsx");
    await wb.xlsx.writeFile(bad);

    const docx = join(dir, "ke-hoach-sai-2025.docx");
    const target = join(dir, "so-sai-du-toan-2025.xlsx");
    const out = await runCli(["next-year", bad, "-o", target, "--docx", docx]);
    expect(out.code).toBe(0);
    const said = out.stdout.join("\n");
    expect(said).toContain('[Cảnh báo] Kinh phí!D10: dự toán năm 2025 không cộng được: số tiền của mục "Mở rộng phạm vi" là "12.000.00O"');
    expect(said).toContain("Kế hoạch là bản nháp (DỰ THẢO), còn thiếu: Kinh phí: tổng dự toán năm 2025");

    const xml = await (await JSZip.loadAsync(readFileSync(docx))).file("word/document.xml")!.async("string");
    expect(xml).toContain("DỰ THẢO");
    // Never 3.000.000 (the one line that could be read) as the plan's money; the dots for the clerk instead.
    expect(xml).not.toContain("dự kiến 3.000.000 đồng");
    expect(xml).toContain("Kinh phí thực hiện Kế hoạch năm 2025: … đồng");

    // Next year's sheet keeps what was written, for the user to correct (its own checks flag it again).
    const next = new ExcelJS.Workbook();
    await next.xlsx.readFile(target);
    const nextBudget = next.getWorksheet("Kinh phí")!;
    expect([nextBudget.getCell("B4").value, nextBudget.getCell("D4").value]).toEqual(["Mở rộng phạm vi", "12.000.00O"]);
    expect(cellValue(nextBudget.getCell("D3").value)).toBe(3_000_000);
  });

  it("refuses what it cannot use, with a Vietnamese message", async () => {
    expect((await runCli(["next-year", join(dir, "khong-co.xlsx")])).stderr.join("")).toContain("khong-co.xlsx");
    const out = await runCli(["next-year", source, "-o", source]);
    expect(out.code).toBe(2);
    expect(out.stderr.join("")).toContain("trùng với tệp đầu vào");
  });
});
