/**
 * Never lose the user's data (issue #21 item 1), in the owned sheets a step rebuilds whole: a column
 * the secretary inserted ("Ghi chú riêng", with her notes) comes back where she put it, each note on
 * the row of the same key (withKeptColumns, src/core/sheet/layout.ts). The sheets are built by the
 * product, then a column is inserted as Excel inserts one (every cell to its right moves right).
 */
import { dossiersIntoWorkbook, planIntoWorkbook, unitsIntoWorkbook } from "../../src/app/routineJobs";
import { makeGrid } from "../../src/core/grid/grid";
import { importDossiers } from "../../src/core/dossiers/importDossiers";
import { renderFinding } from "../../src/core/messages/render";
import type { Grid } from "../../src/core/grid/grid";
import { specToGrid } from "../../src/core/sheet/specGrid";
import { sheetNames } from "../../src/core/workbook/sheetNames";
import { buildTrackingWorkbook, emptyTrackingData } from "../../src/core/workbook/trackingWorkbook";
import { buildUnitsSheet, readUnitsGrid } from "../../src/core/workbook/unitsSheet";
import { insertTexts } from "../userColumn";
import { reportFromGrids } from "../../src/app/reportJob";
import { readNarrativeGrid } from "../../src/core/workbook/narrativeSheet";
import { exportGrid, planHeader, planTable, realYearWorkbook } from "../realYear";

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

describe("step 4 keeps a column the user inserted in 'Hồ sơ TTHC' (matched by the field's name)", () => {
  const today = "2025-12-15";
  /**
   * The year's workbook (export of 69 dossiers, 23 in each of Hộ tịch, Chứng thực, Lý lịch tư pháp:
   * rows 2–4, total row 5), with "Ghi chú riêng" inserted before "Tiếp nhận" (C): every count, rate
   * and check column one to the right (received D, early E, on time F, late G).
   */
  const workbook = () => {
    const grids = realYearWorkbook().sheets.map(specToGrid);
    const dossiers = grids.find((g) => g.sheet === sheetNames.dossiers)!;
    expect(column(dossiers, 1).slice(0, 5)).toEqual(["Lĩnh vực", "Hộ tịch", "Chứng thực", "Lý lịch tư pháp", "Tổng cộng"]);
    const noted = insertTexts(dossiers, 2, {
      1: "Ghi chú riêng",
      2: "Số liệu từ phần mềm một cửa",
      4: "Chuyển sang Trung tâm PVHCC từ tháng 7",
      5: "Đã đối chiếu",
    });
    return grids.map((g) => (g === dossiers ? noted : g));
  };
  /** This year's export without Lý lịch tư pháp (its dossiers now received by another office): 46 dossiers. */
  const withoutOneField = () => {
    const grid = exportGrid();
    return { ...grid, rows: grid.rows.filter((r) => r[2] !== "Lý lịch tư pháp") };
  };

  it("writes her notes beside Hộ tịch and the total, in C, and the formulas over the moved columns", () => {
    const result = dossiersIntoWorkbook({ grids: [withoutOneField()], contextTexts: [] }, workbook(), { today });
    if (!result.ok || result.kind !== "dossiers") throw new Error("not counted");
    const spec = result.spec.sheets[0];
    const sheet = specToGrid(spec);
    expect(sheet.rows[0].slice(0, 4)).toEqual(["TT", "Lĩnh vực", "Ghi chú riêng", "Tiếp nhận"]);
    expect(sheet.rows.slice(1, 4).map((r) => r.slice(1, 3))).toEqual([
      ["Hộ tịch", "Số liệu từ phần mềm một cửa"],
      ["Chứng thực", ""],
      ["Tổng cộng", "Đã đối chiếu"],
    ]);
    // "Đã giải quyết" of Hộ tịch sums early, on time and late, now E, F, G; the total's received sums D2:D3.
    const resolvedAt = sheet.rows[0].indexOf("Đã giải quyết");
    expect(spec.cells[1][resolvedAt]).toMatchObject({ kind: "formula", formula: 'IF(COUNT(E2,F2,G2)=0,"",N(E2)+N(F2)+N(G2))' });
    expect(spec.cells[3][3]).toMatchObject({ kind: "formula", formula: "SUM(D2:D3)", result: 46 });
    // The sheet reads back as the two fields and their 46 dossiers.
    const read = importDossiers(sheet, { asOf: "2025-12-14" });
    expect(read.byField.map((f) => [f.field, f.received])).toEqual([
      ["Hộ tịch", 23],
      ["Chứng thực", 23],
    ]);
  });

  it("keeps the note of the field the new export no longer has on a row of its own below the sheet, and says where", () => {
    const result = dossiersIntoWorkbook({ grids: [withoutOneField()], contextTexts: [] }, workbook(), { today });
    if (!result.ok || result.kind !== "dossiers") throw new Error("not counted");
    const sheet = specToGrid(result.spec.sheets[0]);
    const last = sheet.rows.length;
    expect(sheet.rows[last - 1].slice(1, 3)).toEqual(["Lý lịch tư pháp", "Chuyển sang Trung tâm PVHCC từ tháng 7"]);
    expect(sheet.rows[last - 2][1]).toBe("Ghi chú riêng của lĩnh vực không có trong số liệu mới (giữ từ lần nhập trước):");
    const kept = result.imported.findings.filter((f) => f.code === "dossier_sheet_notes_kept");
    expect(kept.map((f) => [f.severity, f.sheet, f.cell, renderFinding(f)])).toEqual([
      [
        "warning",
        "Hồ sơ TTHC",
        `B${last - 1}`,
        `Hồ sơ TTHC!B${last - 1}: lĩnh vực "Lý lịch tư pháp" không có trong số liệu mới; những gì đã ghi ở cột riêng cho lĩnh vực này được giữ ở cuối trang, từ ô này`,
      ],
    ]);
    // The report does not read it as a field.
    expect(importDossiers(sheet, { asOf: "2025-12-14" }).byField.map((f) => f.field)).toEqual(["Hộ tịch", "Chứng thực"]);
  });
});

describe("step 1 importing the plan again keeps a column the user inserted in 'Nhiệm vụ' (matched as the progress is, by the task)", () => {
  /**
   * The year's workbook (test/realYear.ts: 16 tasks in rows 2–17, I.1–8 then II.1–8, no progress
   * typed yet) with "Ghi chú riêng" inserted before "Hoạt động/Sản phẩm" (D): notes on I.1 (row 2),
   * I.3 (row 4) and I.8 (row 9, "Cập nhật văn bản quy phạm pháp luật mới…").
   */
  const workbook = () => {
    const grids = realYearWorkbook().sheets.map(specToGrid);
    const tasks = grids.find((g) => g.sheet === sheetNames.tasks)!;
    expect([tasks.rows[1][2], tasks.rows[3][2], tasks.rows[8][2]]).toEqual([
      "Ban hành Kế hoạch áp dụng, duy trì và cải tiến HTQLCL năm 2025",
      "Rà soát, cập nhật các quy trình nội bộ giải quyết TTHC",
      "Cập nhật văn bản quy phạm pháp luật mới vào danh mục văn bản đối chiếu",
    ]);
    const noted = insertTexts(tasks, 3, { 1: "Ghi chú riêng", 2: "Đã trình ký 15/01", 4: "Chờ phòng Hành chính tư pháp", 9: "Bỏ trong kế hoạch điều chỉnh" });
    return grids.map((g) => (g === tasks ? noted : g));
  };
  /** The plan again, I.3 reworded a little and I.8 dropped (an adjusted plan). */
  const adjusted = planTable
    .filter((r) => !r[1].startsWith("Cập nhật văn bản quy phạm"))
    .map((r) => (r[1].startsWith("Rà soát, cập nhật") ? [r[0], "Rà soát, cập nhật các quy trình nội bộ giải quyết thủ tục hành chính", ...r.slice(2)] : r));

  it("writes her notes beside I.1 and I.3 in D; I.8, gone from the plan, keeps its row at the end with her note, and is named", () => {
    const result = planIntoWorkbook({ grids: [makeGrid("Kế hoạch", adjusted)], contextTexts: planHeader }, workbook());
    if (!result.ok || result.kind !== "plan") throw new Error("not imported");
    const spec = result.spec.sheets.find((s) => s.name === sheetNames.tasks)!;
    const sheet = specToGrid(spec);
    expect(sheet.rows[0].slice(0, 5)).toEqual(["STT", "Nhóm nhiệm vụ", "Nội dung/Nhiệm vụ", "Ghi chú riêng", "Hoạt động/Sản phẩm"]);
    const noted = sheet.rows.filter((r) => r[3]).map((r) => [r[2], r[3]]);
    expect(noted).toEqual([
      ["Nội dung/Nhiệm vụ", "Ghi chú riêng"],
      ["Ban hành Kế hoạch áp dụng, duy trì và cải tiến HTQLCL năm 2025", "Đã trình ký 15/01"],
      ["Rà soát, cập nhật các quy trình nội bộ giải quyết thủ tục hành chính", "Chờ phòng Hành chính tư pháp"],
      ["Cập nhật văn bản quy phạm pháp luật mới vào danh mục văn bản đối chiếu", "Bỏ trong kế hoạch điều chỉnh"],
    ]);
    // 15 tasks of the new plan in rows 2–16, the one gone kept in row 17 with the product's note.
    expect(sheet.rows[16][2]).toBe("Cập nhật văn bản quy phạm pháp luật mới vào danh mục văn bản đối chiếu");
    // Her column is hers: its text is not read as the task's note ("Ghi chú") and copied there.
    const note = sheet.rows[0].indexOf("Ghi chú");
    expect(sheet.rows[16][note]).toBe("Không còn trong kế hoạch mới nhập");
    expect(sheet.rows[1][note]).toBe("");
    expect(result.carried?.map((f) => [f.code, f.cell])).toEqual([["progress_not_carried", "C17"]]);
    // The table and the status list still cover their columns: status moved from J to K.
    expect(spec.tables[0].range).toBe("A1:N17");
    expect(spec.validations.some((v) => v.range.startsWith("K2:"))).toBe(true);
  });
});
