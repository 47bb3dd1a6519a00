import ExcelJS from "exceljs";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { runCli } from "../../src/cli/main";
import { stampState } from "../../src/io/outputStamp";
import {
  formulaCells,
  isA4,
  medianWordHeight,
  overlappingWords,
  pdfPages,
  pdfPageTexts,
  pdfWords,
  recalcProfile,
  requireTool,
  sofficeConvert,
  storedValues,
} from "./tools";

/**
 * The demo report opened in real LibreOffice with a profile that forces recalculation: the
 * recalculated figures must equal the ones our core computed (seed 001's figures), a user's
 * edit in the dossier sheet must flow into the report's rate, and every sheet must print on A4
 * one page wide. Needs libreoffice-calc, libreoffice-writer and poppler-utils (.ci/run installs them).
 */
describe("demo report in LibreOffice", () => {
  const dir = mkdtempSync(join(tmpdir(), "iso-lo-"));
  const profile = recalcProfile();
  const cachedProfile = recalcProfile(false);
  let reportPath: string;
  let docxPath: string;

  beforeAll(async () => {
    requireTool("soffice", "libreoffice-calc");
    const out = await runCli(["demo", "-o", dir]);
    if (out.code !== 0) throw new Error(out.stderr.join("\n"));
    reportPath = join(dir, "bao-cao-iso-2024.xlsx");
    mkdirSync(join(dir, "sheets"), { recursive: true });
    docxPath = join(dir, "bao-cao-iso-2024.docx");
  });

  /** Label in column A (merged A:D) → value LibreOffice stored in column E, for the report's dossier table. */
  async function dossierTable(xlsx: string): Promise<Map<string, unknown>> {
    const values = await storedValues(xlsx, "Báo cáo");
    const table = new Map<string, unknown>();
    for (const [address, label] of values) {
      const row = /^A(\d+)$/.exec(address)?.[1];
      if (row && typeof label === "string" && values.has(`E${row}`)) table.set(label.replace(/\u00a0/g, " ").trim(), values.get(`E${row}`));
    }
    return table;
  }

  it("recalculates to seed 001's figures: 391 received, 333 early or on time, 10 supplement, 48 pending in time", async () => {
    const recalculated = sofficeConvert(reportPath, "xlsx", join(dir, "recalc"), profile);
    const t = await dossierTable(recalculated);
    // The table's figures are text built from digits, as in the sentences ("391", "100%").
    expect(t.get("Tổng số hồ sơ tiếp nhận")).toBe("391");
    // Seed 001's grouping: xử lý không quá hạn 343 = trả kết quả trước hạn và đúng hạn 333 + yêu cầu bổ sung 10.
    expect(t.get("Xử lý không quá hạn")).toBe("343");
    expect(t.get("- Trả kết quả trước hạn và đúng hạn")).toBe("333");
    expect(Number(t.get("+ Trước hạn")) + Number(t.get("+ Đúng hạn"))).toBe(333);
    expect(t.get("- Yêu cầu bổ sung")).toBe("10");
    expect(t.get("Đang giải quyết trong hạn")).toBe("48");
    expect(t.get("Trả kết quả quá hạn")).toBe("0");
    expect(t.get("Tỷ lệ giải quyết đúng hạn (1)")).toBe("100%");

    const budget = await storedValues(recalculated, "Kinh phí");
    expect(budget.get("D5")).toBe(21_000_000); // granted total
    expect(budget.get("E5")).toBe(21_000_000); // disbursed total
    // Paragraphs start with the first line's indent (no-break spaces).
    const texts = [...(await storedValues(recalculated, "Báo cáo")).values()].map((v) => String(v).trim());
    expect(texts.some((s) => s.includes("Bằng chữ: Ba triệu đồng"))).toBe(true);
    // COUNTIF over the tasks sheet's status column: tasks 1, 2, 4, 5, 7, 8, 9 are done in the demo.
    expect(texts).toContain("- Thực hiện kế hoạch: 7/12 nhiệm vụ đã hoàn thành.");
    expect(texts.some((s) => s.startsWith("+ Số kinh phí đã giải ngân: 21") && s.includes("(Hai mươi mốt triệu đồng)"))).toBe(true);
  });

  /**
   * Every formula cell of both workbooks, recalculated by LibreOffice with English and with
   * Vietnamese regional settings, equals the value our code cached: no text built with FIXED or
   * a separator-bearing format code, whose digits would follow the PC's locale.
   */
  it.each(["en-US", "vi-VN"])("recalculates every formula to its cached value under %s", async (locale) => {
    const localeProfile = recalcProfile(true, locale);
    for (const file of ["so-theo-doi-iso-2024.xlsx", "bao-cao-iso-2024.xlsx"]) {
      const original = join(dir, file);
      const recalculated = sofficeConvert(original, "xlsx", join(dir, `recalc-${locale}-${file}`), localeProfile);
      const cells = await formulaCells(original);
      let compared = 0;
      const differences: string[] = [];
      for (const [sheet, addresses] of cells) {
        if (addresses.length === 0) continue;
        const cached = await storedValues(original, sheet);
        const fresh = await storedValues(recalculated, sheet);
        for (const address of addresses) {
          compared++;
          const a = cached.get(address) ?? "";
          const b = fresh.get(address) ?? "";
          const same = typeof a === "number" && typeof b === "number" ? Math.abs(a - b) < 1e-9 : a === b;
          if (!same) differences.push(`${sheet}!${address}: cached ${JSON.stringify(a)}, ${locale} ${JSON.stringify(b)}`);
        }
      }
      expect(differences).toEqual([]);
      expect(compared).toBeGreaterThan(file.startsWith("bao") ? 40 : 20);
    }
  });

  /**
   * Issue 19: a partial source leaves groups of the dossier sheet blank. LibreOffice must compute the
   * blank-aware formulas (COUNT, N) to the values cached: blank "Đã giải quyết" and rates, no 0 %.
   * Tables: Báo Đồng Khởi 08/11/2020 (received only) and Báo Lâm Đồng 18/03/2020 (received and resolved).
   */
  it("recalculates a partial table's dossier sheet to its cached blanks and rates", async () => {
    const sources = {
      "nhan.tsv": ["Cơ quan\tSố hồ sơ tiếp nhận", "Công an tỉnh\t3800", "Sở Công Thương\t1700", "Sở Giao thông vận tải\t829"],
      "quy.tsv": [
        "Cấp\tSố hồ sơ tiếp nhận\tSố hồ sơ đã giải quyết\tĐúng và trước hạn\tQuá hạn",
        "Cấp tỉnh\t54575\t51780\t51072\t708",
        "Cấp huyện\t340060\t329596\t323911\t5685",
      ],
    };
    for (const [name, lines] of Object.entries(sources)) {
      const source = join(dir, name);
      writeFileSync(source, lines.join("\n"));
      const book = join(dir, `partial-${name}.xlsx`);
      const out = await runCli(["dossiers", source, "--as-of", "2020-12-31", "-o", book]);
      expect(out.code).toBe(0);
      const recalculated = sofficeConvert(book, "xlsx", join(dir, `recalc-partial-${name}`), profile);
      const cached = await storedValues(book, "Hồ sơ TTHC");
      const fresh = await storedValues(recalculated, "Hồ sơ TTHC");
      const addresses = (await formulaCells(book)).get("Hồ sơ TTHC") ?? [];
      const differences = addresses.filter((a) => {
        const x = cached.get(a) ?? "";
        const y = fresh.get(a) ?? "";
        return typeof x === "number" && typeof y === "number" ? Math.abs(x - y) > 1e-9 : x !== y;
      });
      expect(differences.map((a) => `${a}: cached ${JSON.stringify(cached.get(a))}, LibreOffice ${JSON.stringify(fresh.get(a))}`)).toEqual([]);
      expect(addresses.length).toBeGreaterThan(20);
    }
    // Received only: "Đã giải quyết" (L) and rate A (M) of the total row (5) are blank after recalculation, not 0.
    const nhan = await storedValues(join(dir, "recalc-partial-nhan.tsv", "partial-nhan.tsv.xlsx"), "Hồ sơ TTHC");
    expect([nhan.get("C5"), nhan.get("L5") ?? "", nhan.get("M5") ?? ""]).toEqual([6329, "", ""]);
  });

  it("follows a user's edit: 5 more late dossiers change the report's on-time rate", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(reportPath);
    const ws = wb.getWorksheet("Hồ sơ TTHC")!;
    // First field row: add 5 received dossiers, all resolved late. Cached results stay stale on purpose.
    const received = ws.getCell("C2").value as number;
    const late = ws.getCell("F2").value as number;
    ws.getCell("C2").value = received + 5;
    ws.getCell("F2").value = late + 5;
    const edited = join(dir, "edited.xlsx");
    await wb.xlsx.writeFile(edited);

    const t = await dossierTable(sofficeConvert(edited, "xlsx", join(dir, "recalc-edited"), profile));
    expect(t.get("Tổng số hồ sơ tiếp nhận")).toBe("396");
    expect(t.get("Trả kết quả quá hạn")).toBe("5");
    // (333) / (333 + 5) = 98,5207…%, worked by hand.
    expect(t.get("Tỷ lệ giải quyết đúng hạn (1)")).toBe("98,52%");
  });

  /**
   * Markers of each sheet's first and last column in its repeated title row: on a sheet printed one
   * page wide, every page shows both (a sheet split across pages would leave later columns alone).
   */
  const columnMarkers: Record<string, [string, string] | null> = {
    "Hướng dẫn": null,
    "Thông tin": ["Mục", "Xác nhận"],
    "Nhiệm vụ": ["STT", "Ghi chú"],
    "Hồ sơ TTHC": ["TT", "Kiểm tra"],
    "Kinh phí": null,
    "Đơn vị": ["Tên đơn vị", "Cách viết khác"],
    "Ngày nghỉ": ["Ngày", "Căn cứ"],
    "Kiểm tra": ["Mức độ", "Nội dung"],
    // The report repeats a table's header only on a page where that table continues (tested below).
    "Báo cáo": null,
    "Nhận xét": ["Mục của báo cáo", "Nguồn / ghi chú"],
  };

  // Ten sheets, each converted on its own: minutes on a loaded 2-core machine.
  it("prints every sheet on A4, one page wide", async () => {
    const names = Object.keys(columnMarkers);
    for (const name of names) {
      // One sheet per file, cached values kept, so each PDF is that sheet's own print-out.
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(reportPath);
      for (const other of wb.worksheets.filter((w) => w.name !== name)) wb.removeWorksheet(other.id);
      expect(wb.worksheets.map((w) => w.name)).toEqual([name]);
      const single = join(dir, "sheets", `${names.indexOf(name)}.xlsx`);
      await wb.xlsx.writeFile(single);
      const pdf = sofficeConvert(single, "pdf", join(dir, "sheets-pdf"), cachedProfile);
      const { pages, sizes } = pdfPages(pdf);
      expect(pages).toBeGreaterThan(0);
      expect(sizes.every(isA4)).toBe(true);
      // Whole cells: no word printed over another (a row too short for its text overprints the next).
      const words = pdfWords(pdf);
      for (const page of words) expect([name, overlappingWords(page)]).toEqual([name, []]);
      // At 9 pt or more on paper: word boxes are proportional to the font size, and the .docx
      // sets its body in 13 pt (docxWordHeight, measured on its PDF).
      const printed = (medianWordHeight(words.flat()) / docxWordHeight()) * 13;
      expect([name, printed >= 9]).toEqual([name, true]);
      const markers = columnMarkers[name];
      if (!markers) continue;
      for (const text of pdfPageTexts(pdf, pages)) {
        expect([name, text.includes(markers[0]), text.includes(markers[1])]).toEqual([name, true, true]);
      }
    }
    const budgetPdf = pdfPageTexts(join(dir, "sheets-pdf", `${names.indexOf("Kinh phí")}.pdf`), 1)[0];
    expect(budgetPdf).toContain("TT");
    expect(budgetPdf).toContain("Ghi chú");
    const reportPdf = pdfPageTexts(join(dir, "sheets-pdf", `${names.indexOf("Báo cáo")}.pdf`), 1)[0];
    expect(reportPdf).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(reportPdf).toContain("Độc lập - Tự do - Hạnh phúc");
  }, 600_000);

  /** Median word-box height of the .docx's PDF, whose body is 13 pt Times New Roman (Liberation Serif). */
  let docxHeight = 0;
  function docxWordHeight(): number {
    if (!docxHeight) docxHeight = medianWordHeight(pdfWords(sofficeConvert(docxPath, "pdf", join(dir, "docx-pdf"), profile)).flat());
    return docxHeight;
  }

  /** The page number printed alone on a line near the top of a page, or null. */
  const pageNumberOf = (text: string) => {
    const line = text
      .split("\n")
      .slice(0, 4)
      .find((l) => /^\s*\d+\s*$/.test(l));
    return line ? Number(line.trim()) : null;
  };

  it("prints the report at the .docx's size (≥ 12 pt), numbering its own pages from 1 (page 1 unnumbered) whatever the workbook holds", async () => {
    // The report sheet alone.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(reportPath);
    expect(wb.getWorksheet("Báo cáo")!.pageSetup.printTitlesRow).toBeUndefined(); // no header repeated over other tables
    for (const other of wb.worksheets.filter((w) => w.name !== "Báo cáo")) wb.removeWorksheet(other.id);
    const single = join(dir, "report-only.xlsx");
    await wb.xlsx.writeFile(single);
    const pdf = sofficeConvert(single, "pdf", join(dir, "report-pdf"), cachedProfile);
    const words = pdfWords(pdf);
    const printed = (medianWordHeight(words.flat()) / docxWordHeight()) * 13;
    expect(printed).toBeGreaterThanOrEqual(12);
    for (const page of words) expect(overlappingWords(page)).toEqual([]);
    const { pages } = pdfPages(pdf);
    expect(pages).toBeGreaterThanOrEqual(2);
    const texts = pdfPageTexts(pdf, pages);
    expect(texts.map(pageNumberOf)).toEqual([null, ...Array.from({ length: pages - 1 }, (_, i) => i + 2)]);

    // The whole report workbook: its other sheets print first, the report still counts from 1.
    const whole = sofficeConvert(reportPath, "pdf", join(dir, "workbook-pdf"), cachedProfile);
    const all = pdfPages(whole).pages;
    const wholeTexts = pdfPageTexts(whole, all);
    expect(all).toBeGreaterThan(pages);
    expect(wholeTexts.slice(all - pages).map(pageNumberOf)).toEqual([null, ...Array.from({ length: pages - 1 }, (_, i) => i + 2)]);
    expect(wholeTexts[all - pages]).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  });

  it("converts the .docx to an A4 PDF carrying the report's text", () => {
    requireTool("soffice", "libreoffice-writer");
    const pdf = sofficeConvert(docxPath, "pdf", join(dir, "docx-pdf"), profile);
    const { pages, sizes } = pdfPages(pdf);
    expect(sizes.every((s) => isA4(s) && s.width < s.height)).toBe(true);
    const text = pdfPageTexts(pdf, pages).join("\n");
    expect(text).toContain("BÁO CÁO");
    expect(text).toContain("Kết quả triển khai ISO năm 2024");
    expect(text).toContain("Ba triệu đồng");
    expect(text).toContain("KT. GIÁM ĐỐC");
    expect(readFileSync(docxPath).subarray(0, 2).toString()).toBe("PK");
  });

  it("renders a report a director can sign: no bracketed prompt, './.' at the end, '- Như trên;' first, one 'trước hạn' figure", () => {
    const pdf = join(dir, "docx-pdf", "bao-cao-iso-2024.pdf");
    const { pages } = pdfPages(pdf);
    const text = pdfPageTexts(pdf, pages).join("\n");
    // The demo's inputs are complete: not a draft, no "[" anywhere.
    expect(text).not.toContain("[");
    expect(text).not.toContain("DỰ THẢO");
    const lines = text
      .split("\n")
      .map((l) => l.trim())
      .filter(Boolean);
    // The body's last line before "Nơi nhận" ends with "./.".
    const recipientsAt = lines.findIndex((l) => l.startsWith("Nơi nhận:"));
    expect(recipientsAt).toBeGreaterThan(0);
    expect(lines[recipientsAt - 1]).toMatch(/\.\/\.$/);
    // Kính gửi is used, so Nơi nhận opens with "- Như trên;" (the signer's title may share the line).
    expect(text).toContain("Kính gửi: Sở Khoa học và Công nghệ");
    expect(lines[recipientsAt + 1]).toMatch(/^- Như trên;/);
    // One vocabulary: 343 is "xử lý không quá hạn" in the sentence and the table; "trước hạn" with a
    // figure only ever names the 301 dossiers returned before the due date (the table's "+ Trước hạn").
    const flat = text.replace(/\s+/g, " ");
    expect(flat).toContain(
      "xử lý không quá hạn 343 hồ sơ (trả kết quả trước hạn và đúng hạn 333 hồ sơ, yêu cầu bổ sung 10 hồ sơ); đang giải quyết trong hạn 48 hồ sơ.",
    );
    expect([...flat.matchAll(/Xử lý không quá hạn (\d+)/gi)].map((m) => m[1])).toEqual(["343", "343"]);
    expect([...flat.matchAll(/trước hạn:? (\d+)/gi)].map((m) => m[1])).toEqual(["301"]);
    expect(flat).toContain("Tổ chức, cá nhân rút hồ sơ");
    expect(flat).not.toMatch(/\d %|\d+\.\d+%/);
  });

  it("a report saved again by LibreOffice keeps the stamp but counts as changed, so a re-run does not overwrite it", async () => {
    requireTool("soffice", "libreoffice-writer");
    expect(await stampState(new Uint8Array(readFileSync(docxPath)))).toBe("ours-unchanged");
    expect(await stampState(new Uint8Array(readFileSync(reportPath)))).toBe("ours-unchanged");
    const savedDocx = sofficeConvert(docxPath, "docx", join(dir, "saved"), profile);
    const savedXlsx = sofficeConvert(reportPath, "xlsx", join(dir, "saved"), profile);
    expect(await stampState(new Uint8Array(readFileSync(savedDocx)))).toBe("changed");
    expect(await stampState(new Uint8Array(readFileSync(savedXlsx)))).toBe("changed");
  });
});
