import { htmlTablesToGrids } from "../../../src/core/grid/html";

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
