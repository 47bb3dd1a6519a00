import JSZip from "jszip";
import { docxParagraphs } from "../../docxText";
import { reportDocxBytes } from "../../../src/adapters/docx/reportDocx";
import { demoAgency } from "../../../src/app/demoData";
import { buildPlanDocument } from "../../../src/core/nextYear/planDocument";
import type { PlanTask } from "../../../src/core/plan/plan";
import { emptyTrackingData } from "../../../src/core/workbook/trackingWorkbook";

function task(no: string, group: string | null, text: string): PlanTask {
  return {
    no,
    group,
    task: text,
    output: "",
    timing: { text: "Tháng 9/2025", kind: "unknown", start: null, end: null, recurrence: null },
    units: { text: "Ban Chỉ đạo ISO", lead: [{ written: "Ban Chỉ đạo ISO", name: "Ban Chỉ đạo ISO" }], support: [], method: null },
    status: "",
    evidence: "",
    note: "",
    source: { sheet: "Nhiệm vụ", cell: "C2" },
    cells: {},
  };
}

/** The paragraph (<w:p>…</w:p>) holding `text`. */
function paragraphOf(xml: string, text: string): string {
  const at = xml.indexOf(text);
  expect(at).toBeGreaterThan(0);
  const start = Math.max(xml.lastIndexOf("<w:p>", at), xml.lastIndexOf("<w:p ", at));
  return xml.slice(start, xml.indexOf("</w:p>", at));
}

describe("the plan .docx (NĐ 30/2020: legal bases in italics, the Phụ lục on a new page)", () => {
  it("prints the bases in italics, the Phụ lục after a page break and the group rows in bold", async () => {
    const data = emptyTrackingData(2025);
    const model = buildPlanDocument({
      ...data,
      agency: { ...demoAgency(), year: 2025 },
      tasks: [task("1", "I. ĐÁNH GIÁ NỘI BỘ", "Đánh giá nội bộ")],
      budget: { granted: [{ item: "Duy trì", category: "maintenance", granted: 3_000_000, disbursed: 0, note: "" }], estimate: [] },
    });
    const zip = await JSZip.loadAsync(await reportDocxBytes(model));
    const xml = await zip.file("word/document.xml")!.async("string");
    expect(paragraphOf(xml, "Căn cứ Thông tư số 26/2014/TT-BKHCN")).toContain("<w:i/>");
    expect(paragraphOf(xml, "Sở Y tế ban hành Kế hoạch")).not.toContain("<w:i/>");
    expect(paragraphOf(xml, ">Phụ lục</w:t>")).toContain("<w:pageBreakBefore/>");
    expect(paragraphOf(xml, "(Kèm theo Kế hoạch số …/KH-SYT")).toContain("<w:i/>");
    expect(paragraphOf(xml, "I. ĐÁNH GIÁ NỘI BỘ")).toContain("<w:b/>");
    expect(paragraphOf(xml, ">Đánh giá nội bộ<")).not.toContain("<w:b/>");
    // The appendix comes after the signature.
    expect(xml.indexOf("Bùi Văn Kỳ")).toBeLessThan(xml.indexOf(">Phụ lục</w:t>"));
    expect(xml).not.toContain("DỰ THẢO");
  });

  it("signs 'GIÁM ĐỐC' once when the authority and the title are both GIÁM ĐỐC", async () => {
    const data = emptyTrackingData(2025);
    const agency = { ...demoAgency(), year: 2025, signingAuthority: "GIÁM ĐỐC", signerTitle: "GIÁM ĐỐC" };
    const model = buildPlanDocument({ ...data, agency, tasks: [task("1", null, "Đánh giá nội bộ")] });
    const paragraphs = await docxParagraphs(await reportDocxBytes(model));
    // The signature column: "GIÁM ĐỐC" then the name, never "GIÁM ĐỐC" twice.
    const signer = paragraphs.findIndex((p) => p.includes("Bùi Văn Kỳ"));
    expect(paragraphs[signer].match(/GIÁM ĐỐC/g)).toEqual(["GIÁM ĐỐC"]);
  });

  it("keeps each group heading row with the next row in the XML: w:keepNext on every paragraph of the row, w:cantSplit on the row", async () => {
    const data = emptyTrackingData(2025);
    const model = buildPlanDocument({
      ...data,
      agency: { ...demoAgency(), year: 2025 },
      tasks: [task("1", "I. ĐÁNH GIÁ NỘI BỘ", "Đánh giá nội bộ"), task("2", "II. HỖ TRỢ DOANH NGHIỆP", "Hướng dẫn doanh nghiệp")],
    });
    const xml = await (await JSZip.loadAsync(await reportDocxBytes(model))).file("word/document.xml")!.async("string");
    const rowOf = (text: string) => {
      const at = xml.indexOf(text);
      expect(at).toBeGreaterThan(0);
      return xml.slice(xml.lastIndexOf("<w:tr>", at), xml.indexOf("</w:tr>", at));
    };
    for (const heading of ["I. ĐÁNH GIÁ NỘI BỘ", "II. HỖ TRỢ DOANH NGHIỆP"]) {
      const row = rowOf(heading);
      const paragraphs = row.match(/<w:p>[\s\S]*?<\/w:p>|<w:p [\s\S]*?<\/w:p>/g) ?? [];
      // Five cells, one paragraph each, every one kept with the next row; the row itself never split across pages.
      expect([heading, paragraphs.length, paragraphs.every((p) => p.includes("<w:keepNext/>"))]).toEqual([heading, 5, true]);
      expect(row).toContain("<w:cantSplit/>");
    }
    // A task row is not held to the next one.
    expect(rowOf(">Đánh giá nội bộ<")).not.toContain("<w:keepNext/>");
  });
});
