import JSZip from "jszip";
import { htmlContent } from "../../../src/core/grid/html";
import { docxContentFromXml } from "../../../src/core/grid/docx";
import { cutToCellLimit, maxTableCells, spanValue } from "../../../src/core/grid/limits";
import { renderFinding } from "../../../src/core/messages/render";
import { importFile } from "../../../src/app/importFile";
import { readSource } from "../../../src/io/readSource";

/** Issue 13, items 5 and 6: hostile files finish fast with a finding, never exhaust memory. */

const header = ["TT", "Nội dung/Nhiệm vụ", "Sản phẩm", "Tiến độ/Thời gian", "Đơn vị thực hiện"];
const w = (text: string, props = "") => `<w:tc>${props ? `<w:tcPr>${props}</w:tcPr>` : ""}<w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
const docXml = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;

/** A .docx of under a kilobyte whose cells claim to span 100,000,000 grid columns. */
async function gridSpanBomb(): Promise<Uint8Array> {
  const row = (cells: string[]) => `<w:tr>${cells.join("")}</w:tr>`;
  const span = '<w:gridSpan w:val="100000000"/>';
  const table = `<w:tbl><w:tblGrid>${'<w:gridCol w:w="1000"/>'.repeat(5)}</w:tblGrid>${row(header.map((h) => w(h)))}${row([w("1"), w("Đánh giá nội bộ", span), w("x", span), w("Quý III", span), w("BCĐ", span)])}${row([w("2", span), w("Báo cáo", span)])}</w:tbl>`;
  const zip = new JSZip();
  zip.file("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file("word/document.xml", docXml(table));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 9 } });
}

/** 135 KB of HTML: 3,000 cells, every one with rowspan and colspan 1000. */
function spanBombHtml(): string {
  const cell = '<td rowspan="1000" colspan="1000">ô</td>';
  const rows = Array.from({ length: 300 }, () => `<tr>${cell.repeat(10)}</tr>`).join("\n");
  return `<html><body><p>Kế hoạch năm 2024</p><table>${rows}</table></body></html>`;
}

describe("spans are capped by the table's real size", () => {
  it("reads the gridSpan-100,000,000 .docx at once, spans cut to its 5 declared columns, with a finding", async () => {
    const bytes = await gridSpanBomb();
    expect(bytes.length).toBeLessThan(1024);
    const started = Date.now();
    const content = await readSource("ke-hoach.docx", bytes);
    expect(Date.now() - started).toBeLessThan(2000);
    // A cell that starts past the last column keeps its text, one column wide: nothing is dropped.
    expect(content.grids[0].rows.slice(1)).toEqual([
      ["1", "Đánh giá nội bộ", "", "", "", "x", "Quý III", "BCĐ"],
      ["2", "", "", "", "", "Báo cáo", "", ""],
    ]);
    expect(content.findings).toHaveLength(1);
    // Row 2's task cell (B2) is the first: 100,000,000 declared, 4 columns left; 5 more cells were narrowed.
    expect(renderFinding(content.findings![0])).toBe(
      "ke-hoach!B2: ô gộp khai báo trải 100.000.000 cột nhưng bảng thật chỉ còn 4 cột; đã giới hạn ô gộp trong bảng (cùng 5 ô gộp khác). Tệp có thể bị hỏng hoặc được tạo bất thường, hãy kiểm tra lại bảng",
    );
  });

  it("lays out the 135 KB HTML of 3,000 cells with rowspan and colspan 1000 fast and bounded", () => {
    const html = spanBombHtml();
    expect(html.length).toBeGreaterThan(120_000);
    const started = Date.now();
    const before = process.memoryUsage().heapUsed;
    const content = htmlContent("trang", html);
    expect(Date.now() - started).toBeLessThan(3000);
    const grid = content.grids[0];
    expect(grid.rows.length).toBe(300);
    expect(grid.rows.length * grid.rows[0].length).toBeLessThanOrEqual(maxTableCells);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(400 * 1024 * 1024);
    expect(content.findings.map((f) => [f.code, f.cell])).toEqual([["span_capped", "A1"]]);
  });

  it("keeps an honest merged header: a colspan over two unit columns under row-spanning cells", () => {
    const html =
      "<table><tr><td rowspan=2>TT</td><td rowspan=2>Nội dung</td><td colspan=2>Đơn vị</td></tr><tr><td>Chủ trì</td><td>Phối hợp</td></tr><tr><td>1</td><td>Rà soát</td><td>VP</td><td>Các phòng</td></tr></table>";
    const content = htmlContent("t", html);
    expect(content.findings).toEqual([]);
    expect(content.grids[0].rows).toEqual([
      ["TT", "Nội dung", "Đơn vị", ""],
      ["", "", "Chủ trì", "Phối hợp"],
      ["1", "Rà soát", "VP", "Các phòng"],
    ]);
  });

  it("keeps a docx table without a declared grid as wide as its widest row", () => {
    const xml = docXml(`<w:tbl><w:tr>${w("a", '<w:gridSpan w:val="3"/>')}</w:tr><w:tr>${w("1")}${w("2")}${w("3")}</w:tr></w:tbl>`);
    const content = docxContentFromXml("d", xml);
    expect(content.findings).toEqual([]);
    expect(content.tables[0].rows).toEqual([
      ["a", "", ""],
      ["1", "2", "3"],
    ]);
  });

  it("reads span attributes of any length without overflowing", () => {
    expect(spanValue("1".repeat(5000))).toBe(Number.MAX_SAFE_INTEGER);
    expect(spanValue("007")).toBe(7);
    expect(spanValue("0")).toBe(1);
    expect(spanValue(undefined)).toBe(1);
  });
});

describe("cells beyond Excel's 32,767 characters", () => {
  it("cuts a 2 MB task cell to 32,767 characters with a finding naming the cell", async () => {
    const long = "Rà soát quy trình ".repeat(120_000); // 2,160,000 characters
    const text = `${header.join("\t")}\n1\t${long}\tBáo cáo\tTháng 3/2024\tVăn phòng\n`;
    const result = await importFile("ke-hoach.tsv", new TextEncoder().encode(text), { year: 2024 });
    if (!result.ok) throw new Error("not imported");
    const task = result.plan.tasks[0].task;
    expect(task.length).toBe(32_767);
    expect(long.startsWith(task)).toBe(true);
    const f = result.plan.findings.find((x) => x.code === "cell_text_too_long")!;
    expect(renderFinding(f)).toBe(
      "ke-hoach!B2: ô có 2.159.999 ký tự, quá giới hạn 32.767 ký tự một ô của Excel; chỉ giữ 32.767 ký tự đầu, phần còn lại không được ghi",
    );
    // The sheet written from it holds no longer text either.
    const tasksSheet = result.workbook.sheets[0];
    expect(tasksSheet.cells.flat().every((c) => c.kind !== "text" || c.value.length <= 32_767)).toBe(true);
  });

  it("never cuts between the halves of a surrogate pair", () => {
    const text = "a".repeat(32_766) + "😀" + "b";
    expect(cutToCellLimit(text)).toBe("a".repeat(32_766));
    expect(cutToCellLimit("ngắn")).toBeNull();
  });
});
