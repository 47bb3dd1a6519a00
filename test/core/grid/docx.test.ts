/**
 * WordprocessingML read by namespace, not by prefix (issue 22, "prefixed namespaces"): the same
 * document written with Word's "w:", with another prefix ("ns0:", as XML converters bind it) and
 * with the namespace as the default (no prefix) reads the same tables and lines.
 */
import { docxContentFromXml, docxLinesFromXml, withWordPrefix } from "../../../src/core/grid/docx";

const main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/** A plan header line and a 3-column task table (a spanned title row, a vertical merge), under `p` ("w:", "ns0:" or "" for the default namespace). */
function planDocument(p: string): string {
  const ns = p === "" ? `xmlns="${main}"` : `xmlns:${p.slice(0, -1)}="${main}"`;
  const a = (name: string) => (p === "" ? name : `${p}${name}`); // attributes take the prefix; unprefixed under the default namespace
  const cell = (text: string, props = "") =>
    `<${p}tc>${props ? `<${p}tcPr>${props}</${p}tcPr>` : ""}<${p}p><${p}r><${p}t>${text}</${p}t></${p}r></${p}p></${p}tc>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><${p}document ${ns}><${p}body>` +
    `<${p}p><${p}r><${p}t>KẾ HOẠCH</${p}t><${p}br/><${p}t xml:space="preserve">năm 2025</${p}t></${p}r></${p}p>` +
    `<${p}tbl><${p}tblGrid><${p}gridCol ${a("w")}="500"/><${p}gridCol ${a("w")}="4000"/><${p}gridCol ${a("w")}="2000"/></${p}tblGrid>` +
    `<${p}tr>${cell("TT")}${cell("Nội dung")}${cell("Thời gian")}</${p}tr>` +
    `<${p}tr>${cell("I. Duy trì", `<${p}gridSpan ${a("val")}="3"/>`)}</${p}tr>` +
    `<${p}tr>${cell("1")}${cell("Đánh giá nội bộ")}${cell("Quý III", `<${p}vMerge ${a("val")}="restart"/>`)}</${p}tr>` +
    `<${p}tr>${cell("2")}${cell("Họp xem xét của lãnh đạo")}${cell("", `<${p}vMerge/>`)}</${p}tr>` +
    `</${p}tbl></${p}body></${p}document>`
  );
}

describe("WordprocessingML under any prefix", () => {
  const expectedRows = [
    ["TT", "Nội dung", "Thời gian"],
    ["I. Duy trì", "", ""],
    ["1", "Đánh giá nội bộ", "Quý III"],
    ["2", "Họp xem xét của lãnh đạo", ""],
  ];

  it.each([
    ["Word's w:", "w:"],
    ["another prefix", "ns0:"],
    ["the default namespace", ""],
  ])("reads the table, its merges and the paragraphs written with %s", (_label, prefix) => {
    const content = docxContentFromXml("Kế hoạch", planDocument(prefix));
    expect(content.tables).toHaveLength(1);
    expect(content.tables[0].rows).toEqual(expectedRows);
    // The spanned title row (row 2, all 3 columns) and the schedule merged down rows 3–4.
    expect(content.tables[0].merges).toEqual(
      expect.arrayContaining([
        { top: 1, left: 0, bottom: 1, right: 2 },
        { top: 2, left: 2, bottom: 3, right: 2 },
      ]),
    );
    expect(content.paragraphs).toEqual(["KẾ HOẠCH\nnăm 2025"]);
    expect(docxLinesFromXml(planDocument(prefix))).toEqual([
      "KẾ HOẠCH",
      "năm 2025",
      "TT\tNội dung\tThời gian",
      "I. Duy trì",
      "1\tĐánh giá nội bộ\tQuý III",
      "2\tHọp xem xét của lãnh đạo",
    ]);
  });

  it("leaves Word's own spelling untouched, and names other namespaces' elements as they are", () => {
    const word = planDocument("w:");
    expect(withWordPrefix(word)).toBe(word);
    const mixed = `<document xmlns="${main}" xmlns:mc="urn:mc"><body><mc:AlternateContent><p><r><t>x</t></r></p></mc:AlternateContent></body></document>`;
    expect(withWordPrefix(mixed)).toBe(
      `<w:document xmlns:w="${main}" xmlns:mc="urn:mc"><w:body><mc:AlternateContent><w:p><w:r><w:t>x</w:t></w:r></w:p></mc:AlternateContent></w:body></w:document>`,
    );
    // Text that looks like a tag name is text: only markup is renamed.
    expect(withWordPrefix(`<ns0:t xmlns:ns0="${main}">a &lt;ns0:b&gt; c</ns0:t>`)).toBe(`<w:t xmlns:w="${main}">a &lt;ns0:b&gt; c</w:t>`);
  });
});
