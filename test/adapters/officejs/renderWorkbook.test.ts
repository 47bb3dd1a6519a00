/**
 * renderWorkbookSpec (Office.js) against the recording fake: request count, request size,
 * what lands in the cells, and which optional API sets are used on which host.
 */
import { renderWorkbookSpec, type RenderOptions } from "../../../src/adapters/officejs/renderWorkbook";
import { InvalidWorkbookSpecError } from "../../../src/adapters/officejs/errors";
import { rowHeightWrites } from "../../../src/adapters/officejs/sheetLayout";
import { cell, type WorkbookSpec } from "../../../src/core/sheet/model";
import { snapshotOfFakeSheet } from "../contract";
import { fakeExcel, type FakeExcel } from "./fake/workbook";
import { planSheet, supportsUpTo, unitsSheet } from "./fixtures";

const EXCEL_WEB_LIMIT = 5 * 1024 * 1024;

async function render(spec: WorkbookSpec, options: RenderOptions = {}, fake: FakeExcel = fakeExcel()): Promise<FakeExcel> {
  await renderWorkbookSpec(fake.context as unknown as Excel.RequestContext, spec, { supports: supportsUpTo("1.20"), ...options });
  return fake;
}

describe("renderWorkbookSpec (Office.js): requests", () => {
  it("uses the same number of syncs for 10 and for 10,000 rows", async () => {
    const small = await render({ sheets: [planSheet(10), unitsSheet()] });
    const large = await render({ sheets: [planSheet(10_000), unitsSheet()] });
    expect(small.log.syncCount).toBe(2); // 1 read (sheets + names), 1 write
    expect(large.log.syncCount).toBe(small.log.syncCount);
  });

  it("creates the same number of range proxies and operations whatever the row count, row heights aside", async () => {
    const small = await render({ sheets: [planSheet(10)] });
    const large = await render({ sheets: [planSheet(10_000)] });
    // Row heights are data: one write (one proxy, one operation) per run of equal heights, and
    // past 200 runs the runs of one height are grouped 50 to a RangeAreas object.
    const heights = (rows: number) => rowHeightWrites(planSheet(rows), supportsUpTo("1.20")).length;
    expect(heights(10_000)).toBeLessThan(10_000 / 50);
    const counts = (f: FakeExcel, rows: number) =>
      f.log.batches.map((b, i) => (i === 1 ? [b.operations - heights(rows), b.rangeProxies - heights(rows)] : [b.operations, b.rangeProxies]));
    expect(counts(large, 10_000)).toEqual(counts(small, 10));
    expect(small.log.batches[1].rangeProxies).toBeLessThan(40);
  });

  it("keeps a 10,000-row request well under Excel on the web's 5 MB limit", async () => {
    const large = await render({ sheets: [planSheet(10_000)] });
    const write = large.log.batches[1];
    expect(write.payloadBytes).toBeGreaterThan(1_000_000); // the test really sends a big array
    expect(write.payloadBytes).toBeLessThan(EXCEL_WEB_LIMIT * 0.6);
  });

  it("splits rows over extra syncs only above the request budget, with the same result", async () => {
    const whole = await render({ sheets: [planSheet(3_000)] });
    const split = await render({ sheets: [planSheet(3_000)] }, { maxBatchBytes: 100_000 });
    const writes = split.log.batches.slice(1);
    expect(writes.length).toBeGreaterThan(5);
    expect(split.log.syncCount).toBe(1 + writes.length);
    // Every request stays within the budget plus the fixed formatting of the first one.
    for (const batch of writes) expect(batch.payloadBytes).toBeLessThan(100_000 + 10_000);
    expect(snapshotOfFakeSheet(split.sheet("Kế hoạch"))).toEqual(snapshotOfFakeSheet(whole.sheet("Kế hoạch")));
  });

  it("suspends calculation before each write request (ExcelApi 1.6)", async () => {
    const fake = await render({ sheets: [planSheet(3_000)] }, { maxBatchBytes: 100_000 });
    expect(fake.log.calculationSuspensions).toBe(fake.log.syncCount - 1);
  });
});

describe("renderWorkbookSpec (Office.js): style proxies", () => {
  /** 2,000 body rows in alternating styles: 2,001 style rectangles. */
  function zebra(): WorkbookSpec {
    const cells = [
      [cell.text("TT", "header"), cell.text("Nội dung", "header")],
      ...Array.from({ length: 2_000 }, (_, i) => [cell.number(i + 1, i % 2 ? "odd" : "even"), cell.text(`Việc ${i + 1}`, i % 2 ? "odd" : "even")]),
    ];
    const styles = {
      header: { bold: true, border: "thin" as const },
      even: { fill: "FFFFFF", border: "thin" as const },
      odd: { fill: "F2F2F2", border: "thin" as const },
    };
    return { sheets: [{ name: "Sọc", cells, styles, columnWidths: [], merges: [], validations: [], tables: [] }] };
  }

  it("groups many style rectangles into multi-area objects on ExcelApi 1.9+, with the same result", async () => {
    const grouped = await render(zebra(), { supports: supportsUpTo("1.9") });
    const single = await render(zebra(), { supports: supportsUpTo("1.8") });
    expect(grouped.log.batches[1].rangeProxies).toBeLessThan(50); // 2,001 rectangles / 50 per object + cell writes
    expect(single.log.batches[1].rangeProxies).toBeGreaterThan(2_000);
    expect(grouped.log.syncCount).toBe(single.log.syncCount);
    expect(snapshotOfFakeSheet(grouped.sheet("Sọc"))).toEqual(snapshotOfFakeSheet(single.sheet("Sọc")));
  });
});

describe("renderWorkbookSpec (Office.js): content", () => {
  it("writes values, number formats and formulas as whole arrays", async () => {
    const sheet = (await render({ sheets: [planSheet(2)] })).sheet("Kế hoạch");
    expect(sheet.cell(2, 1)).toMatchObject({ value: "Rà soát quy trình ISO số 1", formula: null, quotePrefix: true });
    expect(sheet.cell(2, 3)).toMatchObject({ value: 45306, numberFormat: "dd/mm/yyyy" }); // 2024-01-15
    expect(sheet.cell(2, 4)).toMatchObject({ value: 1_500_000, numberFormat: "#,##0" });
    expect(sheet.cell(2, 5)).toMatchObject({ formula: "=IF(E3=0,0,E3/SUM(E$3:E$4))", numberFormat: "0.0%" });
    expect(sheet.cell(4, 4)).toMatchObject({ formula: "=SUM(E3:E4)" });
  });

  it("merges, freezes, sizes columns and rows as the spec says", async () => {
    const sheet = (await render({ sheets: [planSheet(2)] })).sheet("Kế hoạch");
    const snap = snapshotOfFakeSheet(sheet);
    expect(snap.merges).toEqual(["A1:F1", "A5:D5"]);
    expect(snap.freeze).toEqual({ rows: 2, columns: 0 });
    expect(snap.columnWidths).toEqual({ A: 6, B: 48, C: 28, D: 14, E: 16, F: 10 });
    expect(sheet.rowHeights.get(0)).toBe(30);
  });

  it("creates tables over the written cells, header included", async () => {
    const sheet = (await render({ sheets: [unitsSheet()] })).sheet("Đơn vị");
    expect(sheet.tablesAdded).toEqual([{ address: "A1:B5", hasHeaders: true, name: "DonVi", style: "TableStyleMedium2" }]);
    expect(sheet.cell(0, 1).value).toBe("Tên đơn vị");
  });

  it("adds drop-down lists, A4 page setup and indents on ExcelApi 1.9+", async () => {
    const sheet = (await render({ sheets: [planSheet(2)] })).sheet("Kế hoạch");
    expect(sheet.validations).toEqual([
      expect.objectContaining({
        address: "C3:C4",
        rule: { list: { inCellDropDown: true, source: "Văn phòng Sở,Phòng Tổ chức Hành chính,Chi cục Dân số,Thanh tra Sở" } },
        ignoreBlanks: true,
        errorAlert: { showAlert: true, style: "Stop", title: "Trợ lý ISO", message: "Giá trị này không có trong danh sách." },
      }),
    ]);
    expect(sheet.pageLayout).toMatchObject({ paperSize: "A4", orientation: "Landscape", printTitleRows: "$2:$2" });
    expect(sheet.pageLayout.headersFooters).toMatchObject({ state: "FirstAndDefault" });
    expect(sheet.cell(4, 4).indentLevel).toBe(1);
  });

  it("only offers the list, without an error alert, for a suggest-mode validation", async () => {
    const spec = planSheet(2);
    const suggest = { ...spec, validations: spec.validations.map((v) => ({ ...v, mode: "suggest" as const })) };
    const sheet = (await render({ sheets: [suggest] })).sheet("Kế hoạch");
    expect(sheet.validations[0].errorAlert).toMatchObject({ showAlert: false, style: "Information" });
  });

  it("leaves out lists, page setup and indents on ExcelApi 1.7 (Excel 2019 volume licence), and still renders", async () => {
    const fake = await render({ sheets: [planSheet(2)] }, { supports: supportsUpTo("1.7") });
    const sheet = fake.sheet("Kế hoạch");
    expect(sheet.validations).toEqual([]);
    expect(sheet.pageLayout.paperSize).toBeUndefined();
    expect(sheet.cell(4, 4).indentLevel).toBeUndefined();
    expect(sheet.cell(2, 1).value).toBe("Rà soát quy trình ISO số 1");
    expect(fake.log.calculationSuspensions).toBe(1); // 1.6 is below 1.7
  });

  it("rejects a spec Excel would refuse before sending anything", async () => {
    const fake = fakeExcel();
    const twice: WorkbookSpec = { sheets: [planSheet(1, "Kế hoạch"), planSheet(1, "KẾ HOẠCH")] };
    await expect(render(twice, {}, fake)).rejects.toThrow(new InvalidWorkbookSpecError('sheet name "KẾ HOẠCH" appears twice'));
    const badName: WorkbookSpec = { sheets: [planSheet(1, "Kế hoạch [2024]")] };
    await expect(render(badName, {}, fake)).rejects.toBeInstanceOf(InvalidWorkbookSpecError);
    const nan: WorkbookSpec = { sheets: [{ ...unitsSheet(), cells: [[cell.number(Number.NaN)]], tables: [] }] };
    await expect(render(nan, {}, fake)).rejects.toThrow("Đơn vị!A1: NaN is not a finite number");
    expect(fake.log.syncCount).toBe(0);
  });
});

describe("renderWorkbookSpec (Office.js): the sheet shown and printed", () => {
  it("activates the spec's active sheet in the last write, without another sync", async () => {
    const plain = await render({ sheets: [planSheet(10), unitsSheet()] });
    const fake = await render({ sheets: [planSheet(10), unitsSheet()], active: unitsSheet().name });
    expect(fake.workbook.activeSheet?.currentName).toBe(unitsSheet().name);
    expect(plain.workbook.activeSheet?.currentName).not.toBe(unitsSheet().name); // the fake starts on the first sheet
    expect(fake.log.syncCount).toBe(plain.log.syncCount);
  });
});
