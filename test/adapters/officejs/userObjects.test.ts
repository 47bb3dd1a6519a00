/**
 * The user's things on the add-in's own sheets (issue 22, item 9, inside Excel): a re-render
 * clears a replaced sheet in place, which would leave notes, comments, charts, pictures and shapes
 * beside content they no longer belong to. So a render that would replace a sheet holding any of
 * them is refused before anything is written, with OwnedSheetObjectsError (notes first, then
 * drawings, as the package writer does for the CLI), as far as the host's API sets can see; what
 * an older host cannot see is kept, never deleted: the clear is of contents and formats, never
 * `clear("All")`, which deletes notes and comments (the fake does that too, as Excel does).
 */
import { renderWorkbookSpec } from "../../../src/adapters/officejs/renderWorkbook";
import { OwnedSheetObjectsError } from "../../../src/adapters/ownership";
import type { WorkbookSpec } from "../../../src/core/sheet/model";
import { snapshotOfFakeSheet } from "../contract";
import type { FakeWorksheet } from "./fake/worksheet";
import { fakeExcel, type FakeExcel } from "./fake/workbook";
import { planSheet, supportsUpTo, unitsSheet } from "./fixtures";

function render(fake: FakeExcel, spec: WorkbookSpec, max = "1.20") {
  return renderWorkbookSpec(fake.context as unknown as Excel.RequestContext, spec, { supports: supportsUpTo(max) });
}

const plan: WorkbookSpec = { sheets: [planSheet(3), unitsSheet()] };

/** The add-in's sheets as a first import leaves them, on a host with ExcelApi up to 1.`apiMinor`. */
async function rendered(apiMinor = 20): Promise<FakeExcel> {
  const fake = fakeExcel();
  fake.workbook.apiMinor = apiMinor;
  await render(fake, plan, `1.${apiMinor}`);
  return fake;
}

/** What the user did by hand in Excel (not through the add-in's requests). */
const user = {
  note: (sheet: FakeWorksheet, row: number, column: number) => sheet.noteList.push({ row, column, content: "Hỏi lại phòng Tổ chức" }),
  comment: (sheet: FakeWorksheet, row: number, column: number) => sheet.commentList.push({ row, column, content: "@Lan xem lại hạn" }),
  chart: (sheet: FakeWorksheet) => sheet.chartList.push({ name: "Biểu đồ 1", type: "ColumnClustered" }),
  picture: (sheet: FakeWorksheet) => sheet.shapeList.push({ name: "Con dấu", type: "Image" }),
};

/** Everything a render could change: cells and layout of every sheet, the notes, the names. */
function workbookState(fake: FakeExcel) {
  return {
    sheets: fake.workbook.sheets.map((s) => ({
      name: s.currentName,
      ...snapshotOfFakeSheet(s),
      rowHeights: [...s.rowHeights],
      tables: s.tablesAdded.map((t) => ({ ...t })),
      validations: s.validations.length,
      pageBreaks: [...s.pageBreaks],
      look: [s.tabColorValue, s.visibilityState],
      notes: [...s.noteList],
      comments: [...s.commentList],
    })),
    names: fake.workbook.nameList.map((n) => [n.name, n.formula]),
    suspensions: fake.log.calculationSuspensions,
  };
}

async function refusal(fake: FakeExcel, spec: WorkbookSpec, max = "1.20") {
  const before = { state: workbookState(fake), syncs: fake.log.syncCount };
  const error = await render(fake, spec, max).catch((e: unknown) => e);
  expect(workbookState(fake)).toEqual(before.state); // nothing written, nothing cleared
  return { error, syncs: fake.log.syncCount - before.syncs };
}

describe("renderWorkbookSpec (Office.js): the user's things on a sheet it would replace", () => {
  it("refuses a re-import when the user put a note on its sheet, naming the sheet and the note's cell, and writes nothing", async () => {
    const fake = await rendered();
    user.note(fake.sheet("Kế hoạch"), 6, 3); // D7
    const { error, syncs } = await refusal(fake, plan);
    expect(error).toEqual(new OwnedSheetObjectsError("Kế hoạch", "notes", "D7"));
    expect(error).toMatchObject({ code: "owned_sheet_objects", sheet: "Kế hoạch", kind: "notes", cell: "D7" });
    expect(syncs).toBe(3); // the read, the counts, the note's cell; no write
    expect(fake.sheet("Kế hoạch").noteList).toHaveLength(1);
  });

  it("refuses a threaded comment as a note, with its cell", async () => {
    const fake = await rendered();
    user.comment(fake.sheet("Đơn vị"), 1, 0); // A2
    const { error } = await refusal(fake, plan);
    expect(error).toEqual(new OwnedSheetObjectsError("Đơn vị", "notes", "A2"));
  });

  it("refuses a chart or a picture as a drawing, without a cell (their place is in points), after one read of the counts", async () => {
    const withChart = await rendered();
    user.chart(withChart.sheet("Kế hoạch"));
    const chart = await refusal(withChart, plan);
    expect(chart.error).toEqual(new OwnedSheetObjectsError("Kế hoạch", "drawings", null));
    expect(chart.syncs).toBe(2); // the read and the counts; no write

    const withPicture = await rendered();
    user.picture(withPicture.sheet("Đơn vị"));
    expect((await refusal(withPicture, plan)).error).toEqual(new OwnedSheetObjectsError("Đơn vị", "drawings", null));
  });

  it("names notes before drawings on a sheet, and the first replaced sheet in the spec's order", async () => {
    const both = await rendered();
    user.chart(both.sheet("Kế hoạch"));
    user.note(both.sheet("Kế hoạch"), 2, 1); // B3
    expect((await refusal(both, plan)).error).toEqual(new OwnedSheetObjectsError("Kế hoạch", "notes", "B3"));

    const twoSheets = await rendered();
    user.chart(twoSheets.sheet("Kế hoạch"));
    user.note(twoSheets.sheet("Đơn vị"), 0, 0);
    expect((await refusal(twoSheets, plan)).error).toEqual(new OwnedSheetObjectsError("Kế hoạch", "drawings", null));
  });

  it("looks only at the sheets it replaces: the user's things elsewhere never stop a render", async () => {
    const fake = await rendered();
    user.note(fake.sheet("Sheet1"), 0, 0); // the user's own sheet
    user.chart(fake.sheet("Đơn vị")); // the add-in's, but this spec does not write it
    const result = await render(fake, { sheets: [planSheet(5)] });
    expect(result.replaced).toEqual(["Kế hoạch"]);
    expect(fake.sheet("Sheet1").noteList).toHaveLength(1);
    expect(fake.sheet("Đơn vị").chartList).toHaveLength(1);
  });

  it("costs no request when nothing is replaced, and one for every replaced sheet together", async () => {
    const first = fakeExcel();
    await render(first, plan);
    expect(first.log.syncCount).toBe(2); // read, write: nothing existed to look at

    for (const sheets of [[planSheet(3)], [planSheet(3), unitsSheet()]]) {
      const fake = await rendered();
      const before = fake.log.batches.length;
      await render(fake, { sheets });
      const batches = fake.log.batches.slice(before);
      expect(batches).toHaveLength(3); // read, the counts of every replaced sheet, write
      // Per replaced sheet: the sheet, 4 counts (charts, shapes, comments, notes).
      expect(batches[1].operations).toBe(sheets.length * 5);
    }
  });
});

describe("renderWorkbookSpec (Office.js): hosts without the newer collections", () => {
  it.each([
    ["1.8", "a picture, a comment and a note", 8],
    ["1.9", "a comment and a note", 9],
    ["1.17", "a note", 17],
  ])("renders on ExcelApi %s, where %s cannot be seen, and still refuses a chart (1.1)", async (max, _unseen, apiMinor) => {
    const fake = await rendered(apiMinor);
    const sheet = fake.sheet("Kế hoạch");
    if (apiMinor < 9) user.picture(sheet);
    if (apiMinor < 10) user.comment(sheet, 3, 1);
    user.note(sheet, 4, 1);
    // The fake fails a request that uses a collection newer than its host, as Excel does (ApiNotFound).
    const result = await render(fake, { sheets: [planSheet(5)] }, max);
    expect(result.replaced).toEqual(["Kế hoạch"]);
    expect(sheet.cell(6, 1).value).toBe("Rà soát quy trình ISO số 5");
    // What the host could not see is kept where the user put it, never deleted by the clear.
    expect(sheet.noteList.map((n) => [n.row, n.column])).toEqual([[4, 1]]);
    if (apiMinor < 10) expect(sheet.commentList.map((n) => [n.row, n.column])).toEqual([[3, 1]]);

    user.chart(sheet);
    await expect(render(fake, { sheets: [planSheet(5)] }, max)).rejects.toEqual(new OwnedSheetObjectsError("Kế hoạch", "drawings", null));
  });
});

describe("the fake's sheet objects (what the tests above stand on)", () => {
  it("clear('All') deletes notes and comments on the cleared cells but leaves charts and shapes, as Excel does", async () => {
    const fake = await rendered();
    const sheet = fake.sheet("Kế hoạch");
    user.note(sheet, 6, 3);
    user.comment(sheet, 1, 1);
    user.chart(sheet);
    user.picture(sheet);
    sheet.getRange("A1:C3").clear("All");
    expect(sheet.noteList).toHaveLength(1); // D7 is outside A1:C3
    expect(sheet.commentList).toHaveLength(0);
    sheet.getRange().clear("All");
    expect([sheet.noteList.length, sheet.chartList.length, sheet.shapeList.length]).toEqual([0, 1, 1]);
  });

  it("counts after the sync, adds through the API, gives a note's cell, and fails getItemAt on an empty collection", async () => {
    const fake = await rendered();
    const sheet = fake.sheet("Kế hoạch");
    sheet.notes.add("E4", "Ghi chú");
    sheet.comments.add(sheet.getRange("B2"), "Bình luận");
    sheet.charts.add("Pie", sheet.getRange("A1:B3"));
    sheet.shapes.addImage("iVBORw0KGgo=");
    const counts = [sheet.notes, sheet.comments, sheet.charts, sheet.shapes].map((c) => c.getCount());
    expect(() => counts[0].value).toThrow("read before context.sync()");
    const where = sheet.notes.getItemAt(0).getLocation().load("address");
    await fake.context.sync();
    expect(counts.map((c) => c.value)).toEqual([1, 1, 1, 1]);
    expect(where.address).toBe("'Kế hoạch'!E4");

    fake.sheet("Đơn vị").comments.getItemAt(0);
    await expect(fake.context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    fake.workbook.apiMinor = 17;
    void sheet.notes;
    await expect(fake.context.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});
