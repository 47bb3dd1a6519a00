import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { workbookSpecToXlsx } from "../../src/adapters/exceljs/renderWorkbook";
import { runCli } from "../../src/cli/main";
import { docxParagraphs } from "../docxText";
import { firstDone, laterDone, realYearWorkbook } from "../realYear";
import { recalcProfile, requireTool, sofficeConvert, storedValues } from "./tools";

/**
 * The Excel and Word reports say the same thing the same way on any PC (issue #18 item 4): the
 * real year of test/realYear.ts (Sở Tư pháp, 16 tasks, an off-calendar export) and the demo, each
 * report workbook recalculated by LibreOffice under English (en-US) and Vietnamese (vi-VN)
 * regional settings; the "Báo cáo" sheet's text, row by row, equals the .docx's paragraphs,
 * numbers, percentages and names included. Needs libreoffice-calc (.ci/run installs it).
 */

/** Marks tasks done (status J, document K) in an exceljs workbook's "Nhiệm vụ", found by their text in C. */
function markDone(wb: ExcelJS.Workbook, done: Readonly<Record<string, string>>): void {
  const ws = wb.getWorksheet("Nhiệm vụ")!;
  for (const [text, evidence] of Object.entries(done)) {
    let row = 0;
    ws.eachRow((r, n) => {
      if (r.getCell(3).value === text) row = n;
    });
    if (!row) throw new Error(`no task "${text}"`);
    ws.getCell(`J${row}`).value = "Hoàn thành";
    ws.getCell(`K${row}`).value = evidence;
  }
}

/** The rows of the recalculated "Báo cáo" sheet as text: the cells of a row joined by " | ", as docxParagraphs joins a table row's. */
async function sheetRows(xlsx: string): Promise<string[]> {
  const values = await storedValues(xlsx, "Báo cáo");
  const rows = new Map<number, [string, string][]>();
  for (const [address, value] of values) {
    const m = /^([A-Z]+)(\d+)$/.exec(address)!;
    const text = String(value)
      .replace(/\u00a0/g, " ")
      .trim();
    if (!text) continue;
    rows.set(Number(m[2]), [...(rows.get(Number(m[2])) ?? []), [m[1], text]]);
  }
  return [...rows.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([, cells]) =>
      cells
        .sort((a, b) => a[0].localeCompare(b[0]))
        .map((c) => c[1])
        .join(" | "),
    );
}

/** The body of a report, from its first paragraph ("… báo cáo …") to "Không./." or the last proposal, one entry per paragraph or table row. */
function body(lines: readonly string[]): string[] {
  const from = lines.findIndex((l) => /^I\. KẾT QUẢ/.test(l)) - 1;
  const to = lines.findIndex((l) => /\.\/\.$/.test(l));
  return lines.slice(from, to + 1).map((l) => l.replace(/\s+/g, " "));
}

describe.each([["real year"], ["demo"]])("the %s's Excel and Word reports, in LibreOffice under en-US and vi-VN", (which) => {
  const dir = mkdtempSync(join(tmpdir(), "iso-texts-"));
  let xlsx: string;
  let docxLines: string[];

  beforeAll(async () => {
    requireTool("soffice", "libreoffice-calc");
    if (which === "demo") {
      const out = await runCli(["demo", "-o", dir]);
      if (out.code !== 0) throw new Error(out.stderr.join("\n"));
      xlsx = join(dir, "bao-cao-iso-2024.xlsx");
      docxLines = await docxParagraphs(new Uint8Array(readFileSync(join(dir, "bao-cao-iso-2024.docx"))));
      return;
    }
    // The year as the secretary lives it: progress typed in the workbook, a first report, three more tasks, the final one.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await workbookSpecToXlsx(realYearWorkbook())) as unknown as ExcelJS.Buffer);
    markDone(wb, firstDone);
    await wb.xlsx.writeFile(join(dir, "so-2025.xlsx"));
    const first = await runCli(["report", join(dir, "so-2025.xlsx"), "-o", join(dir, "bc-1.xlsx"), "--docx", join(dir, "bc-1.docx")]);
    expect(first.stdout.join("\n")).toContain("DỰ THẢO");
    const later = new ExcelJS.Workbook();
    await later.xlsx.readFile(join(dir, "bc-1.xlsx"));
    markDone(later, laterDone);
    await later.xlsx.writeFile(join(dir, "so-2025-b.xlsx"));
    const second = await runCli(["report", join(dir, "so-2025-b.xlsx"), "-o", join(dir, "bao-cao-2025.xlsx"), "--docx", join(dir, "bao-cao-2025.docx")]);
    expect(second.stdout.join("\n")).not.toContain("DỰ THẢO");
    xlsx = join(dir, "bao-cao-2025.xlsx");
    docxLines = await docxParagraphs(new Uint8Array(readFileSync(join(dir, "bao-cao-2025.docx"))));
    writeFileSync(join(dir, "docx.txt"), docxLines.join("\n"));
  }, 300_000);

  it.each(["en-US", "vi-VN"])("the sheet recalculated under %s says what the .docx says, row by row", async (locale) => {
    const recalculated = sofficeConvert(xlsx, "xlsx", join(dir, `recalc-${locale}`), recalcProfile(true, locale));
    const word = body(docxLines);
    // A table that runs onto the next printed page repeats its header there as a row of the sheet
    // (Word repeats it by the row's own setting): those repeats are layout, not text.
    const headers = new Set(word.filter((line, i) => line.includes(" | ") && (i === 0 || !word[i - 1].includes(" | "))));
    const sheet = body(await sheetRows(recalculated)).filter((line, i, all) => !(headers.has(line) && all.indexOf(line) < i));
    expect(sheet.length).toBeGreaterThan(40);
    expect(sheet).toEqual(word);
    // Vietnamese figures whatever the PC: no "96.72%", no "30,000,000".
    expect(sheet.filter((l) => /\d\.\d{1,2}%|\d,\d{3},\d{3}/.test(l))).toEqual([]);
  });
});
