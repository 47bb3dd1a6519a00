import ExcelJS from "exceljs";
import JSZip from "jszip";
import { createHash } from "crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { runCli } from "../../src/cli/main";
import { excelStylePackage } from "../adapters/xlsxPackage/excelPackage";
import { samplePath, seeds } from "../helpers";

/** Review findings turned into regression tests: the user's data is never changed or lost. */
const tmp = () => mkdtempSync(join(tmpdir(), "iso-safety-"));
const md5 = (path: string) => createHash("md5").update(readFileSync(path)).digest("hex");
const load = async (path: string) => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
};

describe("re-importing a plan keeps the user's progress", () => {
  it("matches a reworded task by its text, keeps unmatched progress with a note, and numbers a row added by hand", async () => {
    const dir = tmp();
    const book = join(dir, "so.xlsx");
    await runCli(["import", samplePath(seeds.plan2024), "-o", book]);
    const wb = await load(book);
    const tasks = wb.getWorksheet("Nhiệm vụ")!;
    tasks.getCell("J9").value = "Hoàn thành"; // task 8
    tasks.getCell("K9").value = "Kế hoạch số 4425/KH-ISO ngày 03/10/2024";
    tasks.getCell("J12").value = "Hoàn thành"; // task 11
    tasks.getCell("K12").value = "Biên bản khắc phục 01/BB-ISO ngày 20/11/2024";
    await wb.xlsx.writeFile(book);

    // The corrected plan rewords task 8 and drops task 11.
    const plan = readFileSync(samplePath(seeds.plan2024), "utf8")
      .replace("Xây dựng kế hoạch và tiến hành đánh giá nội bộ.", "Xây dựng kế hoạch và tổ chức đánh giá nội bộ.")
      .replace(/^11\t.*\n/m, "");
    const corrected = join(dir, "ke-hoach-sua.txt");
    writeFileSync(corrected, plan);
    const out = await runCli(["import", corrected, "-o", book]);
    expect(out.code).toBe(0);
    expect(out.stdout.join("\n")).toContain('[Cảnh báo] Nhiệm vụ!C13: trạng thái, kết quả của nhiệm vụ số "11"');

    const after = (await load(book)).getWorksheet("Nhiệm vụ")!;
    expect(after.getCell("C9").value).toBe("Xây dựng kế hoạch và tổ chức đánh giá nội bộ.");
    expect([after.getCell("J9").value, after.getCell("K9").value]).toEqual(["Hoàn thành", "Kế hoạch số 4425/KH-ISO ngày 03/10/2024"]);
    // 11 tasks now, then task 11's progress kept with a note.
    expect(after.getCell("A13").value).toBe("11");
    expect(after.getCell("K13").value).toBe("Biên bản khắc phục 01/BB-ISO ngày 20/11/2024");
    expect(after.getCell("L13").value).toBe("Không còn trong kế hoạch mới nhập");
  });

  it("issue 13: a task inserted before task 1 and task 1 reworded — the status follows the task, not the number", async () => {
    const dir = tmp();
    const book = join(dir, "so.xlsx");
    await runCli(["import", samplePath(seeds.plan2024), "-o", book]);
    const wb = await load(book);
    const tasks = wb.getWorksheet("Nhiệm vụ")!;
    tasks.getCell("J2").value = "Hoàn thành"; // task 1: Xây dựng mục tiêu chất lượng năm 2024 của Sở
    tasks.getCell("K2").value = "Quyết định số 15/QĐ-SYT ngày 20/01/2024";
    await wb.xlsx.writeFile(book);

    const plan = readFileSync(samplePath(seeds.plan2024), "utf8")
      .replace(/^(\d+)\t/gm, (_, n: string) => `${Number(n) + 1}\t`)
      .replace("Xây dựng mục tiêu chất lượng năm 2024 của Sở\t", "Xây dựng, ban hành mục tiêu chất lượng năm 2024 của Sở\t")
      .replace(/^2\t/m, "1\tTuyên truyền, phổ biến Kế hoạch áp dụng ISO năm 2024 đến công chức\tHội nghị phổ biến\tTháng 01/2024\tTổ chức Hành chính\n2\t");
    const corrected = join(dir, "ke-hoach-sua.txt");
    writeFileSync(corrected, plan);
    const out = await runCli(["import", corrected, "-o", book]);
    expect(out.code).toBe(0);
    expect(out.stdout.join("\n")).not.toMatch(/trạng thái, kết quả/);

    const after = (await load(book)).getWorksheet("Nhiệm vụ")!;
    const row = (r: number) => ["A", "C", "J", "K"].map((c) => after.getCell(`${c}${r}`).value);
    expect(row(2)).toEqual(["1", "Tuyên truyền, phổ biến Kế hoạch áp dụng ISO năm 2024 đến công chức", "Chưa thực hiện", ""]);
    expect(row(3)).toEqual(["2", "Xây dựng, ban hành mục tiêu chất lượng năm 2024 của Sở", "Hoàn thành", "Quyết định số 15/QĐ-SYT ngày 20/01/2024"]);
    expect(after.getCell("A15").value).toBeNull();
  });

  it("refuses another agency's plan over a workbook with progress and writes nothing", async () => {
    const dir = tmp();
    const book = join(dir, "so.xlsx");
    await runCli(["import", samplePath(seeds.plan2024), "-o", book]);
    const wb = await load(book);
    wb.getWorksheet("Nhiệm vụ")!.getCell("J9").value = "Hoàn thành";
    await wb.xlsx.writeFile(book);
    const before = md5(book);
    const out = await runCli(["import", samplePath(seeds.vhttdl2024), "-o", book]);
    expect(out.code).toBe(2);
    expect(out.stderr[0]).toMatch(/^Nhiệm vụ: chỉ \d trong 9 nhiệm vụ của kế hoạch đang nhập giống nhiệm vụ trong trang "Nhiệm vụ" \(12 nhiệm vụ/);
    expect(md5(book)).toBe(before);
  });

  it("treats a row the user added without a number on the tasks sheet as a new task", async () => {
    const dir = tmp();
    const book = join(dir, "so.xlsx");
    await runCli(["import", samplePath(seeds.plan2024), "-o", book]);
    const wb = await load(book);
    const tasks = wb.getWorksheet("Nhiệm vụ")!;
    tasks.getCell("C14").value = "Tập huấn ISO cho công chức mới";
    tasks.getCell("E14").value = "Tháng 11/2024";
    await wb.xlsx.writeFile(book);
    const out = await runCli(["validate", book, "--sheet", "Nhiệm vụ", "--json"]);
    const json = JSON.parse(out.stdout.join("\n"));
    expect(json.findings).toContainEqual(expect.objectContaining({ code: "task_number_missing", cell: "A14" }));
    const imported = JSON.parse((await runCli(["import", book, "--sheet", "Nhiệm vụ", "--json"])).stdout.join("\n"));
    expect(imported.tasks).toHaveLength(13);
    expect(imported.tasks[11].timing.text).toBe("Tháng 12/2024");
    expect(imported.tasks[12]).toMatchObject({ task: "Tập huấn ISO cho công chức mới", timing: { start: "2024-11-01" } });
  });
});

describe("files the command line will not overwrite or damage", () => {
  it("writes into a workbook holding a chart and keeps the chart's part as it was", async () => {
    const dir = tmp();
    const book = join(dir, "co-bieu-do.xlsx");
    await runCli(["init", "--year", "2024", "-o", book]);
    const zip = await JSZip.loadAsync(readFileSync(book));
    const chart = '<?xml version="1.0"?><c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>';
    zip.file("xl/charts/chart1.xml", chart);
    writeFileSync(book, await zip.generateAsync({ type: "uint8array" }));
    const out = await runCli(["import", samplePath(seeds.plan2024), "-o", book]);
    expect(out.code).toBe(0);
    expect(await (await JSZip.loadAsync(readFileSync(book))).file("xl/charts/chart1.xml")!.async("string")).toBe(chart);
    expect((await load(book)).getWorksheet("Nhiệm vụ")!.getCell("C2").value).toBe("Xây dựng mục tiêu chất lượng năm 2024 của Sở");
  });

  it("refuses a workbook with a password, saying what to do, and writes nothing", async () => {
    const dir = tmp();
    const book = join(dir, "mat-khau.xlsx");
    const bytes = Buffer.alloc(4096);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes);
    Buffer.from("EncryptedPackage", "utf16le").copy(bytes, 1200);
    writeFileSync(book, bytes);
    const before = md5(book);
    const out = await runCli(["import", samplePath(seeds.plan2024), "-o", book]);
    expect(out.code).toBe(2);
    expect(out.stderr[0]).toBe(
      'tệp "mat-khau.xlsx" được đặt mật khẩu mở nên không đọc, ghi được; hãy mở bằng Excel, bỏ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc › Mã hoá bằng mật khẩu, xoá mật khẩu), lưu lại rồi chạy lại',
    );
    expect(md5(book)).toBe(before);
    const report = await runCli(["report", book]);
    expect(report.stderr[0]).toMatch(/^tệp "mat-khau\.xlsx" được đặt mật khẩu mở/);
  });

  it("refuses a workbook whose content-type list is damaged, naming the part in Vietnamese, and writes nothing", async () => {
    const dir = tmp();
    const book = join(dir, "hong.xlsx");
    await runCli(["init", "--year", "2024", "-o", book]);
    const zip = await JSZip.loadAsync(readFileSync(book));
    zip.file("[Content_Types].xml", "hỏng");
    writeFileSync(book, await zip.generateAsync({ type: "uint8array" }));
    const before = md5(book);
    const out = await runCli(["import", samplePath(seeds.plan2024), "-o", book]);
    expect(out.code).toBe(2);
    expect(out.stderr[0]).toBe(
      'tệp "hong.xlsx" bị hỏng: phần "[Content_Types].xml" bên trong tệp không đọc được nên không ghi được các trang của Trợ lý ISO vào (không có gì bị ghi); hãy mở tệp bằng Excel hoặc LibreOffice Calc, chọn Lưu thành › Excel Workbook (.xlsx) rồi chạy lại với tệp mới',
    );
    expect(md5(book)).toBe(before);
  });

  it("refuses a hand-made workbook whose styles part is not XML, naming xl/styles.xml in Vietnamese, and writes nothing", async () => {
    const dir = tmp();
    const book = join(dir, "kieu-hong.xlsx");
    const zip = await JSZip.loadAsync(await excelStylePackage());
    zip.file("xl/styles.xml", "Đây không phải XML");
    writeFileSync(book, await zip.generateAsync({ type: "uint8array" }));
    const before = md5(book);
    const out = await runCli(["import", samplePath(seeds.plan2024), "-o", book]);
    expect(out.code).toBe(2);
    expect(out.stderr[0]).toBe(
      'tệp "kieu-hong.xlsx" bị hỏng: phần "xl/styles.xml" bên trong tệp không đọc được nên không ghi được các trang của Trợ lý ISO vào (không có gì bị ghi); hãy mở tệp bằng Excel hoặc LibreOffice Calc, chọn Lưu thành › Excel Workbook (.xlsx) rồi chạy lại với tệp mới',
    );
    expect(md5(book)).toBe(before);
  });

  it("never writes the report over its input or over a file it did not make, but replaces its own output", async () => {
    const dir = tmp();
    await runCli(["demo", "-o", dir]);
    const book = join(dir, "so-theo-doi-iso-2024.xlsx");
    const before = md5(book);
    const same = await runCli(["report", book, "-o", book]);
    expect(same.code).toBe(2);
    expect(same.stderr[0]).toBe('tệp kết quả "so-theo-doi-iso-2024.xlsx" trùng với tệp đầu vào; hãy chọn tên khác để không ghi đè dữ liệu');
    expect(md5(book)).toBe(before);

    const mine = join(dir, "cua-toi.docx");
    writeFileSync(mine, "văn bản riêng");
    const other = await runCli(["report", book, "--docx", mine]);
    expect(other.code).toBe(0);
    expect(other.stdout).toContain('tệp "cua-toi.docx" đã có và không do Trợ lý ISO tạo: không ghi đè, kết quả được ghi vào tệp mới "cua-toi (2).docx"');
    expect(readFileSync(mine, "utf8")).toBe("văn bản riêng");
    expect(existsSync(join(dir, "cua-toi (2).docx"))).toBe(true);

    const out = join(dir, "bao-cao.xlsx");
    const docx = join(dir, "bao-cao.docx");
    expect((await runCli(["report", book, "-o", out, "--docx", docx])).code).toBe(0);
    const again = await runCli(["report", book, "-o", out, "--docx", docx]);
    expect(again.code).toBe(0);
    expect(again.stdout.filter((l) => l.startsWith("Đã ghi"))).toEqual([`Đã ghi ${out}`, `Đã ghi ${docx}`]);
  });

  it("issue 13: a re-run never overwrites a report the user edited since; it writes '(2)' and says so", async () => {
    const dir = tmp();
    await runCli(["demo", "-o", dir]);
    const book = join(dir, "so-theo-doi-iso-2024.xlsx");
    const xlsx = join(dir, "bao-cao-iso-2024.xlsx");
    const docx = join(dir, "bao-cao-iso-2024.docx");
    // The user adds a sheet and types in the report workbook, and edits the .docx in an office suite.
    const wb = await load(xlsx);
    wb.addWorksheet("Ghi chú của tôi").getCell("A1").value = "đã gửi Sở KH&CN";
    await wb.xlsx.writeFile(xlsx);
    const zip = await JSZip.loadAsync(readFileSync(docx));
    const body = await zip.file("word/document.xml")!.async("string");
    zip.file("word/document.xml", body.replace("BÁO CÁO", "BÁO CÁO (bản sửa)"));
    writeFileSync(docx, await zip.generateAsync({ type: "uint8array" }));
    const before = [md5(xlsx), md5(docx)];

    const out = await runCli(["report", book, "-o", xlsx, "--docx", docx]);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain(
      'tệp "bao-cao-iso-2024.xlsx" đã có và không do Trợ lý ISO tạo: không ghi đè, kết quả được ghi vào tệp mới "bao-cao-iso-2024 (2).xlsx"',
    );
    expect(out.stdout).toContain(
      'tệp "bao-cao-iso-2024.docx" do Trợ lý ISO tạo nhưng đã được sửa sau đó: không ghi đè, kết quả được ghi vào tệp mới "bao-cao-iso-2024 (2).docx"',
    );
    expect([md5(xlsx), md5(docx)]).toEqual(before);
    expect((await load(join(dir, "bao-cao-iso-2024 (2).xlsx"))).getWorksheet("Báo cáo")).toBeDefined();
  });

  it("demo -o DIR never overwrites a file of the same name it did not make", async () => {
    const dir = tmp();
    const mine = join(dir, "bao-cao-iso-2024.docx");
    writeFileSync(mine, "báo cáo tôi tự viết");
    const out = await runCli(["demo", "-o", dir]);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain(`Đã ghi ${join(dir, "bao-cao-iso-2024 (2).docx")}`);
    expect(readFileSync(mine, "utf8")).toBe("báo cáo tôi tự viết");
    // Its own files, unchanged, are replaced on the next run.
    const again = await runCli(["demo", "-o", dir]);
    expect(again.stdout.filter((l) => l.startsWith("tệp "))).toHaveLength(1);
    expect(again.stdout).toContain(`Đã ghi ${join(dir, "bao-cao-iso-2024.xlsx")}`);
    expect(again.stdout).toContain(`Đã ghi ${join(dir, "bao-cao-iso-2024 (2).docx")}`);
  });

  it("refuses -o and --docx naming the same file, and an output with the wrong extension", async () => {
    const dir = tmp();
    const book = join(dir, "so.xlsx");
    await runCli(["init", "--year", "2024", "-o", book]);
    const same = await runCli(["report", book, "-o", join(dir, "X.docx"), "--docx", join(dir, "X.docx")]);
    expect(same.code).toBe(2);
    expect(same.stderr).toEqual(['-o và --docx cùng chỉ tới tệp "X.docx": báo cáo .xlsx và .docx cần hai tệp khác nhau (không có gì được ghi)']);
    expect(same.stdout).toEqual([]);
    const ext = await runCli(["report", book, "-o", join(dir, "X.docx")]);
    expect(ext.code).toBe(2);
    expect(ext.stderr).toEqual(['tệp kết quả "X.docx" của -o phải có đuôi .xlsx (không có gì được ghi)']);
    expect(existsSync(join(dir, "X.docx"))).toBe(false);
  });

  it("report on an empty tracking workbook writes the report but exits 1 for the error it found", async () => {
    const dir = tmp();
    const book = join(dir, "so.xlsx");
    await runCli(["init", "--year", "2024", "-o", book]);
    const out = await runCli(["report", book]);
    // The error: no dossier figures. The warnings: no "Nhận xét" sheet yet, so the report drafted its text blocks;
    // and the new workbook's six proposals in "Thông tin" (the calendar-year period, Kính gửi, the signer's title,
    // Nơi nhận, the drafting unit), not yet confirmed; and the eight items of part I, none accounted for by an
    // empty plan (the internal audit and the management review citing QĐ 19's yearly duty).
    expect(out.stdout).toContain("Kiểm tra: 1 lỗi, 10 cảnh báo.");
    expect(out.stdout.filter((l) => /^\[Cảnh báo\] Nhận xét!B\d+: mục \d của bảng kết quả/.test(l))).toHaveLength(8);
    expect(out.stdout.filter((l) => l.includes("QĐ 19/2014/QĐ-TTg (Điều 4)"))).toHaveLength(2);
    expect(out.stdout.join("\n")).toContain(
      "[Cảnh báo] Thông tin!B10: 6 mục là giá trị đề xuất, chưa được xác nhận (Số liệu từ ngày: 01/01/2024; Số liệu đến ngày: 31/12/2024;",
    );
    expect(out.code).toBe(1);
  });

  it("names a sheet of the user's that differs only in letter case", async () => {
    const dir = tmp();
    const book = join(dir, "so.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("NHIỆM VỤ").getCell("A1").value = "của tôi";
    await wb.xlsx.writeFile(book);
    const out = await runCli(["import", samplePath(seeds.plan2024), "-o", book]);
    expect(out.code).toBe(2);
    expect(out.stderr[0]).toMatch(/^trang tính "NHIỆM VỤ" đã có và không phải do Trợ lý ISO tạo/);
  });

  it("reports a folder given as the output file in Vietnamese", async () => {
    const dir = tmp();
    mkdirSync(join(dir, "thu-muc.xlsx"));
    const out = await runCli(["import", samplePath(seeds.plan2024), "-o", join(dir, "thu-muc.xlsx")]);
    expect(out.code).toBe(2);
    expect(out.stderr[0]).toMatch(/^không ghi được .*thu-muc\.xlsx": đây là một thư mục/);
  });
});

describe("bad input says what is wrong", () => {
  it("refuses a text file whose old encoding cannot be told instead of importing broken Vietnamese", async () => {
    const dir = tmp();
    const file = join(dir, "ansi.txt");
    // "Tháng" in Windows-1258: 'á' is 0xE1, an invalid UTF-8 sequence here; one word could be
    // Windows-1258 ("Tháng"), TCVN3 ("Thỏng") or VNI: too little to tell.
    writeFileSync(file, Buffer.from([0x54, 0x68, 0xe1, 0x6e, 0x67, 0x20, 0x33, 0x0a]));
    const out = await runCli(["validate", file]);
    expect(out.code).toBe(2);
    expect(out.stderr[0]).toMatch(/^không xác định được bảng mã của tệp "ansi\.txt"/);
  });

  it("issue 13: a .tsv given to report is named as a text table, not a corrupt .xlsx", async () => {
    const dir = tmp();
    const file = join(dir, "ho-so.tsv");
    writeFileSync(file, "Lĩnh vực\tTiếp nhận\nY tế\t10\n");
    const out = await runCli(["report", file]);
    expect(out.code).toBe(2);
    expect(out.stderr[0]).toMatch(/^tệp "ho-so\.tsv" là bảng văn bản \(\.tsv\/\.txt\); lệnh report đọc sổ theo dõi \.xlsx/);
    const renamed = join(dir, "so.xlsx");
    writeFileSync(renamed, "Lĩnh vực\tTiếp nhận\nY tế\t10\n");
    const text = await runCli(["report", renamed]);
    expect(text.stderr[0]).toMatch(/^tệp "so\.xlsx" có đuôi \.xlsx nhưng nội dung là văn bản thuần/);
  });

  it("issue 22: a workbook whose directory claims 700 MB for a small sharedStrings is called damaged (sizes come from what is inflated, never from what is declared; real bombs: test/cli/hostile.test.ts)", async () => {
    const dir = tmp();
    const book = join(dir, "lon.xlsx");
    await runCli(["init", "--year", "2024", "-o", book]);
    // Rewrite the central directory's inflated size of xl/sharedStrings.xml (or the first part) to 700 MB.
    const bytes = readFileSync(book);
    const name = Buffer.from("xl/sharedStrings.xml");
    let at = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    while (at >= 0 && !bytes.subarray(at + 46, at + 46 + name.length).equals(name)) at = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at + 4);
    expect(at).toBeGreaterThan(0);
    bytes.writeUInt32LE(700 * 1024 * 1024, at + 24);
    writeFileSync(book, bytes);
    for (const command of [
      ["report", book],
      ["validate", book],
    ]) {
      const out = await runCli(command);
      expect(out.code).toBe(2);
      expect(out.stderr[0]).toBe(
        'tệp "lon.xlsx" bị hỏng hoặc không phải tệp .xlsx thật (có thể chỉ bị đổi đuôi); hãy mở và lưu lại tệp bằng Excel/Word rồi thử lại',
      );
    }
  });

  it("quotes an unreadable amount as the user wrote it", async () => {
    const dir = tmp();
    await runCli(["demo", "-o", dir]);
    const book = join(dir, "so-theo-doi-iso-2024.xlsx");
    const wb = await load(book);
    wb.getWorksheet("Kinh phí")!.getCell("D3").value = "mười tám triệu";
    await wb.xlsx.writeFile(book);
    const out = await runCli(["report", book, "-o", join(dir, "r.xlsx")]);
    // The finding's line (the draft's summary names the cell too, as the line that stops the total).
    const line = out.stdout.find((l) => l.startsWith("[") && l.includes("Kinh phí!D3"));
    expect(line).toContain('"mười tám triệu"');
    expect(out.stdout.join("\n")).not.toContain("NaN");
  });

  it("keeps counts read without a field row (a total-only table) in a row of their own", async () => {
    const dir = tmp();
    const file = join(dir, "tong.tsv");
    writeFileSync(file, "Lĩnh vực\tTiếp nhận\tTrước hạn\tĐúng hạn\tQuá hạn\tĐang giải quyết trong hạn\nTổng cộng\t10\t5\t2\t1\t2\n");
    const book = join(dir, "so.xlsx");
    const out = await runCli(["dossiers", file, "--as-of", "2024-12-31", "-o", book]);
    expect(out.code).toBe(0);
    const ws = (await load(book)).getWorksheet("Hồ sơ TTHC")!;
    expect([ws.getCell("B2").value, ws.getCell("C2").value, ws.getCell("B3").value]).toEqual(["(không ghi lĩnh vực)", 10, "Tổng cộng"]);
    expect(ws.getCell("C3").value).toEqual({ formula: "SUM(C2:C2)", result: 10 });
  });

  it("rejects an option no command knows instead of ignoring it", async () => {
    const out = await runCli(["validate", samplePath(seeds.plan2024), "--yaer", "2030"]);
    expect(out.code).toBe(2);
    expect(out.stderr[0]).toBe("không có tuỳ chọn --yaer; gõ iso-assistant --help để xem các tuỳ chọn");
  });
});

describe("validate on a tracking workbook", () => {
  it("takes the plan year from 'Thông tin' and reports a year it cannot read", async () => {
    const dir = tmp();
    await runCli(["demo", "-o", dir]);
    const book = join(dir, "so-theo-doi-iso-2024.xlsx");
    const wb = await load(book);
    wb.getWorksheet("Thông tin")!.getCell("B7").value = 2025;
    await wb.xlsx.writeFile(book);
    const json = JSON.parse((await runCli(["validate", book, "--json"])).stdout.join("\n"));
    expect(json.year).toBe(2025);
    expect(json.findings.filter((f: { code: string }) => f.code === "timing_outside_year").length).toBeGreaterThan(5);

    wb.getWorksheet("Thông tin")!.getCell("B7").value = "năm nay";
    await wb.xlsx.writeFile(book);
    const bad = JSON.parse((await runCli(["validate", book, "--json"])).stdout.join("\n"));
    expect(bad.findings[0]).toMatchObject({ code: "year_invalid", sheet: "Thông tin", cell: "B7", severity: "error" });
  });
});
