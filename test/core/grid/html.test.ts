import { htmlContent, htmlTablesToGrids } from "../../../src/core/grid/html";
import { normalizeCellText } from "../../../src/core/text/normalize";

describe("htmlTablesToGrids", () => {
  it("lays out rowspan and colspan and records the merges", () => {
    const html = `<p>Phụ lục</p><table>
      <tr><th rowspan="2">TT</th><th rowspan="2">Nội dung</th><th colspan="2">Đơn vị thực hiện</th></tr>
      <tr><th>Chủ trì</th><th>Phối hợp</th></tr>
      <tr><td>1</td><td>Đánh giá nội bộ</td><td rowspan="2">VP</td><td>Các phòng</td></tr>
      <tr><td>2</td><td>Xem xét lãnh đạo</td><td>BCĐ ISO</td></tr>
    </table>`;
    const [grid] = htmlTablesToGrids("Bảng", html);
    expect(grid.rows).toEqual([
      ["TT", "Nội dung", "Đơn vị thực hiện", ""],
      ["", "", "Chủ trì", "Phối hợp"],
      ["1", "Đánh giá nội bộ", "VP", "Các phòng"],
      ["2", "Xem xét lãnh đạo", "", "BCĐ ISO"],
    ]);
    expect(grid.merges).toEqual(
      expect.arrayContaining([
        { top: 0, left: 0, bottom: 1, right: 0 },
        { top: 0, left: 2, bottom: 0, right: 3 },
        { top: 2, left: 2, bottom: 3, right: 2 },
      ]),
    );
    expect(grid.merges).toHaveLength(4);
  });

  it("returns one grid per top-level table and keeps nested tables inside their cell", () => {
    const html = "<table><tr><td>a<table><tr><td>x</td></tr></table></td></tr></table><table><tr><td>b</td></tr></table>";
    const grids = htmlTablesToGrids("T", html);
    expect(grids).toHaveLength(2);
    expect(grids[0].rows[0][0]).toContain("x");
    expect(grids[1].rows).toEqual([["b"]]);
    expect(grids.map((g) => g.sheet)).toEqual(["T (bảng 1)", "T (bảng 2)"]);
  });
});

describe("Word's filtered HTML", () => {
  it("reads a source line break inside a cell as a space and keeps <br> and paragraphs as line breaks", () => {
    const [grid] = htmlTablesToGrids("T", "<table><tr><td>Thông tin điện\r\ntử</td><td><p>A</p><p>B</p></td><td>x<br>y</td></tr></table>");
    expect(grid.rows[0][0]).toBe("Thông tin điện tử");
    expect(grid.rows[0][1]).toBe("<p>A</p><p>B</p>");
    expect(grid.rows[0][2]).toBe("x<br>y");
  });

  it("drops Word's pictures and VML shapes from cells", () => {
    const html =
      '<table><tr><td><![if !vml]><img width=64 height=20 src="kh_files/image001.png" v:shapes="_x0000_s1026"><![endif]>Đánh giá<v:shape id="s1"><v:imagedata src="image002.png"/></v:shape></td></tr></table>';
    expect(htmlTablesToGrids("T", html)[0].rows[0][0]).toBe("Đánh giá");
  });

  it("gives the prose around the tables as whole lines, a title wrapped in the source included", () => {
    const { contextTexts } = htmlContent(
      "T",
      "<p>KẾ HOẠCH GIAI ĐOẠN\n2026-2030 TRÊN ĐỊA\nBÀN TỈNH</p><p><i>(Kèm theo)</i></p><table><tr><td>x</td></tr></table><p>Hết</p>",
    );
    expect(contextTexts.map((t) => t.trim())).toEqual(["KẾ HOẠCH GIAI ĐOẠN 2026-2030 TRÊN ĐỊA BÀN TỈNH", "(Kèm theo)", "Hết"]);
  });
});

describe("HTML cells as text a reader sees (issue 22 item 12)", () => {
  const html =
    "<table><tr>" +
    '<td>Rà soát<script>alert("x")</script> quy trình</td>' +
    '<td><iframe src="javascript:alert(1)">khung</iframe>Báo cáo</td>' +
    '<td><svg onload="alert(1)"><text>hình</text></svg>Đánh giá</td>' +
    '<td><style>td{color:red}</style><object data="x.swf">đối tượng</object><embed src="y">Kết quả</td>' +
    '<td><a href="javascript:alert(1)" onclick="steal()">Liên kết</a></td>' +
    '<td><span onmouseover="x()">Sở</span> <unknown-tag data-x="1">Y tế</unknown-tag><img src=x onerror="alert(1)"></td>' +
    "<td>&lt;script&gt; là chữ</td>" +
    "</tr></table>";

  it("script, style, iframe, object, embed and svg give no text; other tags their text only, never their attributes", () => {
    const [grid] = htmlTablesToGrids("T", html);
    expect(grid.rows[0].map(normalizeCellText)).toEqual(["Rà soát quy trình", "Báo cáo", "Đánh giá", "Kết quả", "Liên kết", "Sở Y tế", "<script> là chữ"]);
    expect(grid.rows[0].join(" ")).not.toMatch(/alert|steal|onload|onclick|onerror|javascript|color:red|hình|khung|đối tượng/);
  });

  it("a script left open runs to the end, as a browser reads it; the text before it stays", () => {
    const [grid] = htmlTablesToGrids("T", "<table><tr><td>A</td><td>B<script>alert(1)</td><td>C</td></tr></table>");
    expect(grid.rows[0].map(normalizeCellText)).toEqual(["A", "B"]);
  });

  it("the prose around the tables leaves out styles and scripts (Word's <style> block, a page's scripts)", () => {
    const page =
      '<html><head><title>Kế hoạch ISO</title><style>p.MsoNormal{margin:0} /* năm 2019 */</style><script>var y = "năm 2019";</script><xml><o:DocumentProperties>năm 2018</o:DocumentProperties></xml></head>' +
      "<body><p>Kế hoạch năm 2024</p><noscript>Bật JavaScript</noscript><table><tr><td>1</td></tr></table></body></html>";
    expect(htmlContent("T", page).contextTexts.map((t) => t.trim())).toEqual(["Kế hoạch ISO", "Kế hoạch năm 2024"]);
  });
});
