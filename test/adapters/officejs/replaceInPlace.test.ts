/**
 * A re-render rewrites the add-in's own sheets in place. Deleting a worksheet would turn every
 * reference to it into #REF! (the report's COUNTIF('Nhiệm vụ'!…), the user's formulas), and
 * the fake models exactly that, so these tests fail if the renderer ever deletes its sheet.
 * In place must still leave nothing of the previous render behind, cost a constant 3 syncs, and
 * keep table names unique when a renamed copy still holds the old table.
 */
import { renderWorkbookSpec } from "../../../src/adapters/officejs/renderWorkbook";
import { rowHeightWrites } from "../../../src/adapters/officejs/sheetLayout";
import { cell, type SheetSpec, type WorkbookSpec } from "../../../src/core/sheet/model";
import { snapshotOfFakeSheet } from "../contract";
import { fakeExcel, type FakeExcel } from "./fake/workbook";
import { planSheet, supportsUpTo, unitsSheet } from "./fixtures";

function render(fake: FakeExcel, spec: WorkbookSpec, max = "1.20") {
  return renderWorkbookSpec(fake.context as unknown as Excel.RequestContext, spec, { supports: supportsUpTo(max) });
}

/** An owned report-like sheet whose formulas point at "Kế hoạch", as the real report does. */
function reportSheet(): SheetSpec {
  return {
    name: "Báo cáo",
    cells: [
      [cell.text("Số nhiệm vụ"), cell.formula("COUNTA('Kế hoạch'!B3:B12)", 0)],
      [cell.text("Kinh phí"), cell.formula("'Kế hoạch'!E13", 0)],
    ],
    styles: {},
    columnWidths: [],
    merges: [],
    validations: [],
    tables: [],
  };
}

/** The same sheet name as planSheet, with none of its layout: a few plain cells. */
function bareSheet(): SheetSpec {
  return { name: "Kế hoạch", cells: [[cell.text("Chỉ còn một ô")]], styles: {}, columnWidths: [], merges: [], validations: [], tables: [] };
}

describe("re-render in place: references to the add-in's sheets survive", () => {
  it("keeps the user's formulas and the report's formulas pointing at the re-rendered sheet", async () => {
    const fake = fakeExcel();
    await render(fake, { sheets: [planSheet(10), reportSheet()] });
    const notes = fake.addUserSheet("Ghi chú");
    notes.cell(0, 0).formula = "='Kế hoạch'!B3&\" / \"&COUNTIF('Kế hoạch'!C3:C12,\"Thanh tra Sở\")";

    await render(fake, { sheets: [planSheet(4)] }); // the plan is imported again, the report stays

    expect(fake.workbook.deletedSheets).toEqual([]);
    expect(notes.cell(0, 0).formula).toBe("='Kế hoạch'!B3&\" / \"&COUNTIF('Kế hoạch'!C3:C12,\"Thanh tra Sở\")");
    expect(fake.sheet("Báo cáo").cell(0, 1).formula).toBe("=COUNTA('Kế hoạch'!B3:B12)");
    expect(fake.sheet("Báo cáo").cell(1, 1).formula).toBe("='Kế hoạch'!E13");
  });

  it("the fake really breaks those references when a sheet is deleted (the test above can fail)", async () => {
    const fake = fakeExcel();
    await render(fake, { sheets: [planSheet(10), reportSheet()] });
    fake.sheet("Kế hoạch").delete();
    expect(fake.sheet("Báo cáo").cell(0, 1).formula).toBe("=COUNTA(#REF!)");
    expect(fake.workbook.nameList[0].formula).toBe("=#REF!$A$1");
  });
});

describe("re-render in place: nothing of the previous render is left", () => {
  it("clears cells, formats, merges, lists, tables, panes and sizes before a smaller spec", async () => {
    const fake = fakeExcel();
    await render(fake, { sheets: [planSheet(20), { ...unitsSheet(), name: "Kế hoạch 2" }] });
    const big = fake.sheet("Kế hoạch");
    await render(fake, { sheets: [{ ...planSheet(20), hiddenColumns: [2], tables: [{ name: "KeHoach", range: "A2:F22", style: "TableStyleLight9" }] }] });
    expect(big.tablesAdded).toHaveLength(1);
    expect([...big.hiddenColumns]).toEqual([1]);

    await render(fake, { sheets: [bareSheet()] });

    const sheet = fake.sheet("Kế hoạch");
    expect(sheet).toBe(big);
    expect(snapshotOfFakeSheet(sheet)).toEqual({
      cells: { A1: { value: "Chỉ còn một ô" } },
      merges: [],
      columnWidths: {},
      hiddenColumns: [],
      freeze: { rows: 0, columns: 0 },
    });
    expect(sheet.cells.size).toBe(1); // no formatted-but-empty cell either
    expect(sheet.validations).toEqual([]);
    expect(sheet.tablesAdded).toEqual([]);
    // Only the bare sheet's own row carries a height: none of the 22 rows of the earlier render.
    expect([...sheet.rowHeights.keys()]).toEqual([0]);
    expect(fake.workbook.allTables().map((t) => t.name)).toEqual(["DonVi"]); // the other sheet's table stays
  });

  it("gives a shorter plan exactly its own merges, list and table, not the old ones", async () => {
    const fake = fakeExcel();
    await render(fake, { sheets: [planSheet(20), unitsSheet()] });
    await render(fake, { sheets: [planSheet(2), unitsSheet()] });
    const fresh = fakeExcel();
    await render(fresh, { sheets: [planSheet(2), unitsSheet()] });
    for (const name of ["Kế hoạch", "Đơn vị"]) {
      expect(snapshotOfFakeSheet(fake.sheet(name))).toEqual(snapshotOfFakeSheet(fresh.sheet(name)));
      expect(fake.sheet(name).validations).toEqual(fresh.sheet(name).validations);
      expect(fake.sheet(name).tablesAdded).toEqual(fresh.sheet(name).tablesAdded);
    }
  });

  it("still clears and re-renders on ExcelApi 1.7, where data validation cannot be touched", async () => {
    const fake = fakeExcel();
    await render(fake, { sheets: [planSheet(20)] }, "1.7");
    await render(fake, { sheets: [bareSheet()] }, "1.7");
    expect(snapshotOfFakeSheet(fake.sheet("Kế hoạch")).merges).toEqual([]);
    expect(fake.workbook.deletedSheets).toEqual([]);
  });
});

describe("re-render in place: requests", () => {
  it("costs 3 syncs (1 read, 1 look for the user's things on the replaced sheets, 1 write) at 10 and at 10,000 rows, with the same operations", async () => {
    const rerender = async (rows: number) => {
      const fake = fakeExcel();
      await render(fake, { sheets: [planSheet(rows), unitsSheet()] });
      const before = { syncs: fake.log.syncCount, batches: fake.log.batches.length };
      await render(fake, { sheets: [planSheet(rows), unitsSheet()] });
      const batches = fake.log.batches.slice(before.batches);
      // Row heights are data (one write per run of equal heights, grouped on 1.9+): left out here.
      const heights = rowHeightWrites(planSheet(rows), supportsUpTo("1.20")).length + rowHeightWrites(unitsSheet(), supportsUpTo("1.20")).length;
      return {
        syncs: fake.log.syncCount - before.syncs,
        counts: batches.map((b, i) => (i === 2 ? [b.operations - heights, b.rangeProxies - heights] : [b.operations, b.rangeProxies])),
      };
    };
    const small = await rerender(10);
    const large = await rerender(10_000);
    expect(small.syncs).toBe(3);
    expect(large.syncs).toBe(3);
    expect(large.counts).toEqual(small.counts);
  });
});

describe("re-render in place: table names stay unique", () => {
  it("numbers a spec table whose name a renamed copy still holds, and reuses names it frees", async () => {
    const fake = fakeExcel();
    await render(fake, { sheets: [unitsSheet()] });
    fake.sheet("Đơn vị").currentName = "Đơn vị 2023"; // the user keeps last year's copy

    const second = await render(fake, { sheets: [unitsSheet()] });
    expect(second).toMatchObject({ added: ["Đơn vị"], renamedTables: [{ sheet: "Đơn vị", from: "DonVi", to: "DonVi2" }] });
    expect(fake.sheet("Đơn vị 2023").tablesAdded.map((t) => t.name)).toEqual(["DonVi"]);
    expect(fake.sheet("Đơn vị").tablesAdded.map((t) => t.name)).toEqual(["DonVi2"]);

    // Replacing "Đơn vị" deletes its DonVi2 first, so the same name is free again.
    const third = await render(fake, { sheets: [unitsSheet()] });
    expect(third.replaced).toEqual(["Đơn vị"]);
    expect(fake.workbook.allTables().map((t) => t.name)).toEqual(["DonVi", "DonVi2"]);
  });

  it("gives the table its own name back once no other table holds it", async () => {
    const fake = fakeExcel();
    await render(fake, { sheets: [unitsSheet()] });
    const result = await render(fake, { sheets: [unitsSheet()] });
    expect(result.renamedTables).toEqual([]);
    expect(fake.sheet("Đơn vị").tablesAdded.map((t) => t.name)).toEqual(["DonVi"]);
  });

  it("the fake rejects a second table with a taken name, as Excel does (the tests above can fail)", async () => {
    const fake = fakeExcel();
    await render(fake, { sheets: [unitsSheet()] });
    const other = fake.addUserSheet("Khác");
    other.tables.add("A1:B2", true).name = "donvi";
    await expect(fake.context.sync()).rejects.toThrow('a table named "donvi" already exists');
  });
});
