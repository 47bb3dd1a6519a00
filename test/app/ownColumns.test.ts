/**
 * Never lose the user's data (issue #21 item 1): a column the secretary inserted into an owned sheet
 * stays, with its values, when a step of the pane writes into that sheet; the typed values go into the
 * user's own cells, found by header. The sheets are the 2024 tracking workbook as built
 * (buildTrackingWorkbook), with one column inserted as Excel inserts it (every row moves right).
 */
import { agencyIntoWorkbook, budgetIntoWorkbook, planIntoWorkbook, type CellSave } from "../../src/app/routineJobs";
import { makeGrid } from "../../src/core/grid/grid";
import { readAgencyGrid } from "../../src/core/workbook/agencySheet";
import { planHeader, planTable } from "../realYear";
import { insertColumn, userColumnTexts, workbookWithUserColumn } from "../userColumn";
import { routineStatus } from "../../src/app/routine";
import type { Grid } from "../../src/core/grid/grid";
import { specToGrid } from "../../src/core/sheet/specGrid";
import { readBudgetGrid } from "../../src/core/workbook/budgetSheet";
import { buildTrackingWorkbook, emptyTrackingData } from "../../src/core/workbook/trackingWorkbook";

/** Cells written into grids as a host writes them (the text a cell then shows). */
function patched(grids: readonly Grid[], save: CellSave): Grid[] {
  return grids.map((g) => {
    const rows = g.rows.map((r) => [...r]);
    for (const edit of save.cells.filter((c) => c.sheet === g.sheet)) {
      const [, letter, digits] = /^([A-Z]+)(\d+)$/.exec(edit.cell)!;
      const r = Number(digits) - g.firstRowNumber;
      const c = letter.charCodeAt(0) - 65 - (g.firstColumnNumber - 1);
      while (rows.length <= r) rows.push([]);
      while (rows[r].length <= c) rows[r].push("");
      const spec = edit.spec;
      rows[r][c] = spec.kind === "formula" ? String(spec.result) : spec.kind === "empty" ? "" : String(spec.value);
    }
    return { ...g, rows };
  });
}

const budgetOf = (grids: readonly Grid[]) => grids.find((g) => g.sheet === "Kinh phí")!;

describe("step 5 keeps a column the user inserted in 'Kinh phí'", () => {
  // Default layout: A TT, B Nội dung, C Loại, D Kinh phí được cấp, E Giải ngân, F Ghi chú; lines in rows 3–4, total in row 5.
  // "Nguồn kinh phí" inserted before D: the granted amounts move to E, the disbursed to F, the total row is still 5.
  const built = buildTrackingWorkbook(emptyTrackingData(2024)).sheets.map(specToGrid);
  const grids = built.map((g) => (g.sheet === "Kinh phí" ? insertColumn(g, 3, "Nguồn kinh phí", 2, "Ngân sách tỉnh", [3, 4]) : g));

  it("reads the moved granted column by its header (the setup is what the brief reproduced)", () => {
    const read = readBudgetGrid(budgetOf(grids));
    expect(read.granted.map((g) => g.cells?.granted)).toEqual(["E3", "E4"]);
  });

  it("writes the typed amount into the user's cell E3 and the total E5, nothing in the user's column D", () => {
    const result = budgetIntoWorkbook(grids, { E3: "19.000.000" });
    expect(result.invalid).toEqual([]);
    const cells = result.save!.cells;
    expect(cells.every((c) => c.sheet === "Kinh phí")).toBe(true);
    expect(cells.find((c) => c.cell === "E3")?.spec).toMatchObject({ kind: "number", value: 19_000_000 });
    expect(cells.find((c) => c.cell === "E5")?.spec).toMatchObject({ kind: "formula", formula: "SUM(E3:E4)", result: 19_000_000 });
    expect(cells.filter((c) => c.cell.startsWith("D"))).toEqual([]);
    const after = patched(grids, result.save!);
    expect(budgetOf(after).rows[1][3]).toBe("Nguồn kinh phí");
    expect(budgetOf(after).rows[2][3]).toBe("Ngân sách tỉnh");
    expect(routineStatus(after).budget?.granted).toBe(19_000_000);
  });

  it("the whole sheet (for a host that rebuilds it) keeps the user's column, its values and the amount in its column", () => {
    const whole = budgetIntoWorkbook(grids, { E3: "19.000.000" }).save!.whole();
    expect(whole.sheets.map((s) => s.name)).toEqual(["Kinh phí"]);
    const sheet = specToGrid(whole.sheets[0]);
    expect(sheet.rows[1].slice(0, 5)).toEqual(["TT", "Nội dung", "Loại", "Nguồn kinh phí", "Kinh phí được cấp (đồng)"]);
    expect(sheet.rows[2][3]).toBe("Ngân sách tỉnh");
    expect(sheet.rows[3][3]).toBe("Ngân sách tỉnh");
    const read = readBudgetGrid(sheet);
    expect(read.granted.map((g) => [g.cells?.granted, g.granted])).toEqual([
      ["E3", 19_000_000],
      ["E4", 0],
    ]);
    expect(whole.sheets[0].cells[4][4]).toMatchObject({ kind: "formula", formula: "SUM(E3:E4)", result: 19_000_000 });
    expect(routineStatus(built.map((g) => (g.sheet === "Kinh phí" ? sheet : g))).budget?.granted).toBe(19_000_000);
  });
});

describe("steps 1 and 2 keep a column the user inserted in 'Thông tin' (test/userColumn.ts: labels in B, values in C, 'Xác nhận' in E)", () => {
  const grids = () => workbookWithUserColumn(2025).sheets.map(specToGrid);

  it("step 2 writes the typed fact into C16 and its mark into E16, nothing in the user's column A", () => {
    // "Họ và tên người ký" is the 15th fact: row 16.
    const result = agencyIntoWorkbook(grids(), { signerName: "Trần Văn B" });
    expect(result.save!.cells.map((c) => [c.cell, c.spec.kind === "text" ? c.spec.value : c.spec.kind])).toEqual([
      ["C16", "Trần Văn B"],
      ["E16", "Đã xác nhận"],
    ]);
  });

  it("step 2's whole sheet and step 1's 'Thông tin' (the plan's header facts into a workbook) are written in the sheet's own columns", () => {
    const typed = specToGrid(agencyIntoWorkbook(grids(), { signerName: "Trần Văn B" }).save!.whole().sheets[0]);
    expect(typed.rows.map((r) => r[0] ?? "")).toEqual(userColumnTexts(typed.rows.length));
    expect(typed.rows[15].slice(1, 3)).toEqual(["Họ và tên người ký", "Trần Văn B"]);
    expect(readAgencyGrid(typed, 2025).cells.signerName).toBe("C16");

    const planned = planIntoWorkbook({ grids: [makeGrid("Kế hoạch", planTable)], contextTexts: planHeader }, grids());
    if (!planned.ok || planned.kind !== "plan") throw new Error("the plan was not imported");
    expect(planned.filled.length).toBeGreaterThan(0);
    const agency = specToGrid(planned.spec.sheets.find((s) => s.name === "Thông tin")!);
    expect(agency.rows.map((r) => r[0] ?? "")).toEqual(userColumnTexts(agency.rows.length));
    expect(agency.rows[0].slice(0, 5)).toEqual(["Ghi chú riêng", "Mục", "Giá trị", "Ghi chú", "Xác nhận"]);
    // The header's agency name ("SỞ TƯ PHÁP", test/realYear.ts) in C3, beside its label.
    expect(agency.rows[2].slice(1, 3)).toEqual(["Tên cơ quan (viết hoa)", "SỞ TƯ PHÁP"]);
  });
});
