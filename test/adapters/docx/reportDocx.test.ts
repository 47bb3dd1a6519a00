import JSZip from "jszip";
import { demoAgency, demoBudget, demoDossiers } from "../../../src/app/demoData";
import { reportDocxBytes } from "../../../src/adapters/docx/reportDocx";
import { sumCounts } from "../../../src/core/dossiers/counts";
import { buildReportModel, type ReportInput } from "../../../src/core/report/buildReport";
import { draftNarrative, emptyNarrative } from "../../../src/core/report/narrative";
import { reportItems, type ItemResult } from "../../../src/core/report/reportItems";
import { buildReportSheet } from "../../../src/core/report/reportSheet";

const dossiers = sumCounts("Tổng cộng", demoDossiers());
const complete = draftNarrative({ agency: "Sở Y tế", year: 2024, asOf: "2024-10-31", dossiers, tasks: [], budget: demoBudget() });
/** The results table's eight items, each accounted for by a document (a report that could be final). */
const accounted: ItemResult[] = reportItems.map((item, i) => ({ ...item, result: `Quyết định số ${i + 10}/QĐ-SYT ngày 05/3/2024`, found: true, tasks: [] }));
const input = (narrative = complete): ReportInput => ({
  agency: demoAgency(),
  tasks: [],
  dossiers,
  budget: demoBudget(),
  refs: { dossierTotalRow: 10, budget: { grantedRows: [3, 4], grantedTotalRow: 5, estimateRows: [9], estimateTotalRow: 10 }, taskLastRow: 13 },
  narrative,
  items: accounted,
});

async function documentXml(model: ReturnType<typeof buildReportModel>): Promise<string> {
  const zip = await JSZip.loadAsync(await reportDocxBytes(model));
  return zip.file("word/document.xml")!.async("string");
}

describe("the report .docx (NĐ 30/2020 details)", () => {
  it("a final report: no DỰ THẢO mark, headings kept with what follows, short rules, single-spaced header", async () => {
    const xml = await documentXml(buildReportModel(input()));
    expect(xml).not.toContain("DỰ THẢO");
    // Every section heading paragraph ("I. …", "II. …", "III. …", "IV. …") keeps with the next.
    for (const heading of ["I. KẾT QUẢ TRIỂN KHAI", "II. ĐÁNH GIÁ TÌNH HÌNH", "III. VIỆC TRIỂN KHAI", "IV. KIẾN NGHỊ"]) {
      const at = xml.indexOf(heading);
      const paragraphStart =
        xml.lastIndexOf("<w:p>", at) >= 0 ? Math.max(xml.lastIndexOf("<w:p>", at), xml.lastIndexOf("<w:p ", at)) : xml.lastIndexOf("<w:p ", at);
      expect([heading, xml.slice(paragraphStart, at).includes("<w:keepNext")]).toEqual([heading, true]);
    }
    // Rules are bordered empty paragraphs narrowed by indents, not underlined text.
    expect((xml.match(/<w:pBdr><w:bottom /g) ?? []).length).toBeGreaterThanOrEqual(3);
    expect(xml).not.toMatch(/SỞ Y TẾ<\/w:t>[\s\S]{0,40}<w:u /);
    // The header lines: no space after, single line spacing, said as "auto" (without it LibreOffice
    // reads 240 as exactly 12 pt and the accents of the 14 pt title touch the line above).
    const agency = xml.indexOf("UBND TỈNH NINH THUẬN");
    expect(xml.slice(xml.lastIndexOf("<w:p>", agency), agency)).toMatch(/<w:spacing w:after="0" w:before="0" w:line="240" w:lineRule="auto"\/>/);
    expect(xml).not.toMatch(/w:line="(240|276)"\/>/);
    expect(xml).toContain("Không./.");
  });

  it("keeps the signature whole and the closing paragraph with it", async () => {
    const xml = await documentXml(buildReportModel(input()));
    // The signature is the last two-cell table of the body; its one row must not split across pages.
    const signer = xml.indexOf("KT. GIÁM ĐỐC");
    const row = xml.slice(xml.lastIndexOf("<w:tr>", signer), signer);
    expect(row).toContain("<w:cantSplit/>");
    // The paragraph just before the signature table ("Không./.") keeps with it.
    const closing = xml.lastIndexOf("Không./.", signer);
    const closingParagraph = xml.slice(xml.lastIndexOf("<w:p>", closing), closing);
    expect(closingParagraph).toContain("<w:keepNext/>");
  });

  it("a draft: the DỰ THẢO mark in the .docx and on the report sheet, the missing block named, no bracket", async () => {
    const model = buildReportModel(input({ ...complete, advantages: "" }));
    expect(model.draft).toBe(true);
    const xml = await documentXml(model);
    expect(xml).toContain("DỰ THẢO");
    expect(xml).not.toContain("[");
    const sheet = buildReportSheet(model);
    const first = sheet.cells[0].map((c) => (c.kind === "text" ? c.value : ""));
    expect(first).toContain("DỰ THẢO");
    const final = buildReportSheet(buildReportModel(input()));
    expect(final.cells.flat().some((c) => c.kind === "text" && c.value === "DỰ THẢO")).toBe(false);
  });

  it("an entirely empty narrative still has no bracketed prompt anywhere", async () => {
    const model = buildReportModel(input(emptyNarrative()));
    expect(model.missing).toHaveLength(7);
    expect(await documentXml(model)).not.toMatch(/\[[^\]]*\]/);
  });

  it("looks like the sheet: the same first-line indent, header breaks and table proportions; figures as the sentences write them", async () => {
    const model = buildReportModel(input());
    const xml = await documentXml(model);
    const sheet = buildReportSheet(model);
    const texts = sheet.cells.flat().map((c) => (c.kind === "text" ? c.value : c.kind === "formula" ? String(c.result) : ""));
    // 9 no-break spaces of ¼ em at 13 pt = 29.25 pt = 585 twips, the .docx's first-line indent.
    const intro = "Sở Y tế báo cáo kết quả triển khai ISO năm 2024";
    expect(texts.find((t) => t.includes(intro))).toBe(`${"\u00a0".repeat(9)}${runsOf(model, intro)}`);
    const introAt = xml.indexOf(intro);
    expect(xml.slice(xml.lastIndexOf("<w:p>", introAt), introAt)).toContain('<w:ind w:firstLine="585"/>');
    // The results table (TT | Nội dung | Kết quả over columns 1 | 2–3 | 4–5): widths 5 : 45 : 33 of 83 units of 165 mm = 9354 twips.
    const grid = /<w:tblGrid>((?:<w:gridCol w:w="\d+"\/>)+)<\/w:tblGrid>/g;
    const tables = [...xml.matchAll(grid)].map((m) => [...m[1].matchAll(/w:w="(\d+)"/g)].map((g) => Number(g[1])));
    expect(tables).toContainEqual([Math.round((9354 * 5) / 83), Math.round((9354 * 45) / 83), Math.round((9354 * 33) / 83)]);
    // Table figures in the sheet are text, never a number format that follows the PC's locale.
    for (const style of Object.values(sheet.styles)) expect(style.numberFormat).toBeUndefined();
    expect(texts).toContain("100%");
  });
});

const runsOf = (model: ReturnType<typeof buildReportModel>, start: string) =>
  model.blocks.flatMap((b) => (b.kind === "paragraph" ? [b.runs.map((r) => (typeof r === "string" ? r : "")).join("")] : [])).find((t) => t.startsWith(start));
