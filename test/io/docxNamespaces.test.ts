/**
 * A plan .docx whose WordprocessingML uses the default namespace (no "w:" prefix), as some
 * converters write it and Word opens, imports like Word's own spelling (issue 22).
 */
import JSZip from "jszip";
import { importFile } from "../../src/app/importFile";

const main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

async function docx(documentXml: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  zip.file("word/document.xml", documentXml);
  return zip.generateAsync({ type: "uint8array" });
}

const row = (...cells: string[]) => `<tr>${cells.map((c) => `<tc><p><r><t>${c}</t></r></p></tc>`).join("")}</tr>`;
const plan =
  `<?xml version="1.0" encoding="UTF-8"?><document xmlns="${main}"><body>` +
  `<p><r><t>KẾ HOẠCH duy trì, cải tiến Hệ thống quản lý chất lượng năm 2025</t></r></p><tbl>` +
  row("STT", "Nội dung/Nhiệm vụ", "Hoạt động/Sản phẩm", "Tiến độ/Thời gian", "Phân công/Đơn vị thực hiện") +
  row("1", "Xây dựng mục tiêu chất lượng năm 2025", "Quyết định ban hành", "Tháng 01/2025", "Văn phòng") +
  row("2", "Đánh giá nội bộ", "Báo cáo đánh giá", "Quý III/2025", "Ban ISO") +
  `</tbl></body></document>`;

describe("a plan .docx without the w: prefix", () => {
  it("imports its tasks with their schedules and units", async () => {
    const result = await importFile("ke-hoach.docx", await docx(plan), { year: 2025 });
    if (!result.ok) throw new Error(result.fatal.map((f) => f.code).join(", "));
    expect(result.plan.tasks.map((t) => [t.task, t.timing.text, t.units.text])).toEqual([
      ["Xây dựng mục tiêu chất lượng năm 2025", "Tháng 01/2025", "Văn phòng"],
      ["Đánh giá nội bộ", "Quý III/2025", "Ban ISO"],
    ]);
  });
});
