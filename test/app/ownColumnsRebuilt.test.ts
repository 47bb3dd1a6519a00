/**
 * Never lose the user's data (issue #21 item 1), in the owned sheets a step rebuilds whole: a column
 * the secretary inserted ("Ghi chú riêng", with her notes) comes back where she put it, each note on
 * the row of the same key (withKeptColumns, src/core/sheet/layout.ts). The sheets are built by the
 * product, then a column is inserted as Excel inserts one (every cell to its right moves right).
 */
import { unitsIntoWorkbook } from "../../src/app/routineJobs";
import type { Grid } from "../../src/core/grid/grid";
import { specToGrid } from "../../src/core/sheet/specGrid";
import { sheetNames } from "../../src/core/workbook/sheetNames";
import { buildTrackingWorkbook, emptyTrackingData } from "../../src/core/workbook/trackingWorkbook";
import { buildUnitsSheet, readUnitsGrid } from "../../src/core/workbook/unitsSheet";
import { insertTexts } from "../userColumn";
import { reportFromGrids } from "../../src/app/reportJob";
import { readNarrativeGrid } from "../../src/core/workbook/narrativeSheet";
import { realYearWorkbook } from "../realYear";

const column = (grid: Grid, at: number) => grid.rows.map((r) => r[at] ?? "");

describe("'Thêm vào danh mục đơn vị' keeps a column the user inserted in 'Đơn vị' (matched by unit name)", () => {
  // Built: A "Tên đơn vị", B "Cách viết khác…"; row 2 Văn phòng Sở (VP), row 3 Thanh tra Sở.
  const units = buildUnitsSheet([
    { name: "Văn phòng Sở", aliases: ["VP"] },
    { name: "Thanh tra Sở", aliases: [] },
  ]);
  const workbook = (at: number) =>
    buildTrackingWorkbook(emptyTrackingData(2025)).sheets.map((s) =>
      s.name === sheetNames.units ? insertTexts(specToGrid(units), at, { 1: "Ghi chú riêng", 2: "Đầu mối: chị Hoa", 3: "Chưa có đầu mối" }) : specToGrid(s),
    );

  it("her column before the names (A) stays in A with each note beside its unit; the new unit is added after, its note blank", () => {
    const spec = unitsIntoWorkbook(workbook(0), ["Sở Tài chính"])!;
    const sheet = specToGrid(spec.sheets[0]);
    expect(sheet.rows.slice(0, 4)).toEqual([
      ["Ghi chú riêng", "Tên đơn vị", "Cách viết khác, viết tắt (cách nhau bằng dấu ;)"],
      ["Đầu mối: chị Hoa", "Văn phòng Sở", "VP"],
      ["Chưa có đầu mối", "Thanh tra Sở", ""],
      ["", "Sở Tài chính", ""],
    ]);
    expect(readUnitsGrid(sheet).map((u) => u.name)).toEqual(["Văn phòng Sở", "Thanh tra Sở", "Sở Tài chính"]);
    // The list's Excel Table moved right with its columns, as Excel moved it when she inserted A; the new unit's row is in it.
    expect(spec.sheets[0].tables[0].range).toBe("B1:C4");
  });

  it("her column after the aliases (C) stays in C", () => {
    const sheet = specToGrid(unitsIntoWorkbook(workbook(2), ["Sở Tài chính"])!.sheets[0]);
    expect(column(sheet, 2).slice(0, 4)).toEqual(["Ghi chú riêng", "Đầu mối: chị Hoa", "Chưa có đầu mối", ""]);
    expect(column(sheet, 0).slice(0, 4)).toEqual(["Tên đơn vị", "Văn phòng Sở", "Thanh tra Sở", "Sở Tài chính"]);
  });
});

describe("the report keeps a column the user inserted in 'Nhận xét' (matched by the block's label)", () => {
  const today = "2025-12-15";
  /** The year's workbook after its first report, "Nhận xét" as the report wrote it (A label, B text, C note, D hidden mark). */
  function withNotes() {
    const grids = realYearWorkbook().sheets.map(specToGrid);
    const made = reportFromGrids(grids, { today });
    if (!made.ok) throw new Error("report");
    const narrative = specToGrid(made.sheets.sheets.find((s) => s.name === sheetNames.narrative)!);
    expect([narrative.rows[1][0], narrative.rows[5][0]]).toEqual(["II.1 — Nhận xét kết quả giải quyết thủ tục hành chính", "II.2.b — Khó khăn, tồn tại"]);
    // She inserted "Ghi chú riêng" before the note column (C), noted two blocks, then moved "Khó khăn, tồn tại" up to row 2.
    const noted = insertTexts(narrative, 2, { 1: "Ghi chú riêng", 2: "Số liệu lấy từ phần mềm một cửa", 6: "Hỏi lại phòng Hành chính tư pháp" });
    const rows = noted.rows.map((r, i) => (i === 1 ? noted.rows[5] : i === 5 ? noted.rows[1] : r));
    return [...grids.filter((g) => g.sheet !== sheetNames.narrative), { ...noted, rows }];
  }

  it("writes 'Nhận xét' again with her column in C, each note beside its block, the mark column still hidden (now E)", () => {
    const again = reportFromGrids(withNotes(), { today });
    if (!again.ok) throw new Error("report");
    const spec = again.sheets.sheets.find((s) => s.name === sheetNames.narrative)!;
    const sheet = specToGrid(spec);
    expect(sheet.rows[0].slice(0, 5)).toEqual([
      "Mục của báo cáo",
      "Nội dung (sửa trực tiếp; mỗi dòng là một đoạn)",
      "Ghi chú riêng",
      "Nguồn / ghi chú",
      "Dấu bản nháp (không sửa)",
    ]);
    // Rows in the report's order again: dossierComment in row 2, obstacles in row 6.
    expect([sheet.rows[1][0], sheet.rows[1][2]]).toEqual(["II.1 — Nhận xét kết quả giải quyết thủ tục hành chính", "Số liệu lấy từ phần mềm một cửa"]);
    expect([sheet.rows[5][0], sheet.rows[5][2]]).toEqual(["II.2.b — Khó khăn, tồn tại", "Hỏi lại phòng Hành chính tư pháp"]);
    expect(column(sheet, 2).filter(Boolean)).toEqual(["Ghi chú riêng", "Số liệu lấy từ phần mềm một cửa", "Hỏi lại phòng Hành chính tư pháp"]);
    expect(spec.hiddenColumns).toEqual([5]);
    // The report still reads its blocks from B.
    expect(readNarrativeGrid(sheet).cells.obstacles).toBe("B6");
  });
});
