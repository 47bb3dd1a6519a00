import JSZip from "jszip";
import { demoAgency, demoBudget, demoDossiers } from "../../../src/app/demoData";
import { reportDocxBytes } from "../../../src/adapters/docx/reportDocx";
import { sumCounts } from "../../../src/core/dossiers/counts";
import { buildReportModel, type ReportInput } from "../../../src/core/report/buildReport";
import { draftNarrative, emptyNarrative } from "../../../src/core/report/narrative";
import { buildReportSheet } from "../../../src/core/report/reportSheet";

const dossiers = sumCounts("Tổng cộng", demoDossiers());
const complete = draftNarrative({ agency: "Sở Y tế", year: 2024, asOf: "2024-10-31", dossiers, tasks: [], budget: demoBudget() });
const input = (narrative = complete): ReportInput => ({
  agency: demoAgency(),
  tasks: [],
  dossiers,
  budget: demoBudget(),
  refs: { dossierTotalRow: 10, budget: { grantedRows: [3, 4], grantedTotalRow: 5, estimateRows: [9], estimateTotalRow: 10 }, taskLastRow: 13 },
  narrative,
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
});
