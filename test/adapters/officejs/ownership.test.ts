/**
 * Re-runs replace only the add-in's own sheets (docs/design-rules.md#re-runs-replace-only-their-own-output): a sheet is replaced when its
 * name is in the spec AND a hidden owner marker points at it; any other sheet is never touched.
 */
import { renderWorkbookSpec } from "../../../src/adapters/officejs/renderWorkbook";
import { SheetNotOwnedError } from "../../../src/adapters/ownership";
import type { WorkbookSpec } from "../../../src/core/sheet/model";
import { snapshotOfFakeSheet } from "../contract";
import { fakeExcel, type FakeExcel } from "./fake/workbook";
import { planSheet, supportsUpTo, unitsSheet } from "./fixtures";

function render(fake: FakeExcel, spec: WorkbookSpec) {
  return renderWorkbookSpec(fake.context as unknown as Excel.RequestContext, spec, { supports: supportsUpTo("1.20") });
}

const plan: WorkbookSpec = { sheets: [planSheet(3), unitsSheet()] };

describe("renderWorkbookSpec (Office.js): sheet ownership", () => {
  it("refuses to overwrite a user sheet with the same name, with the Vietnamese message, and writes nothing", async () => {
    const fake = fakeExcel();
    const userSheet = fake.addUserSheet("Kế hoạch", { A1: "Kế hoạch của phòng", B2: 42 });
    const before = snapshotOfFakeSheet(userSheet);

    const error = await render(fake, plan).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(SheetNotOwnedError);
    expect(error).toMatchObject({
      code: "sheet_not_owned",
      sheet: "Kế hoạch",
      message: 'trang tính "Kế hoạch" đã có và không phải do Trợ lý ISO tạo; hãy đổi tên trang đó rồi chạy lại (không có gì bị ghi)',
    });
    expect(fake.log.syncCount).toBe(1); // only the read request went out
    expect(fake.sheetNames()).toEqual(["Sheet1", "Kế hoạch"]);
    expect(snapshotOfFakeSheet(fake.sheet("Kế hoạch"))).toEqual(before);
    expect(fake.workbook.nameList).toEqual([]);
  });

  it("treats sheet names case-insensitively, as Excel does", async () => {
    const fake = fakeExcel();
    fake.addUserSheet("KẾ HOẠCH");
    await expect(render(fake, plan)).rejects.toMatchObject({ code: "sheet_not_owned", sheet: "KẾ HOẠCH" });
  });

  it("replaces its own sheet on a re-run in place: same sheet object, same position, same hidden marker", async () => {
    const fake = fakeExcel();
    await render(fake, plan);
    const sheet = fake.sheet("Kế hoạch");
    fake.addUserSheet("Ghi chú");
    const result = await render(fake, { sheets: [planSheet(5), unitsSheet()] });

    expect(result).toMatchObject({ added: [], replaced: ["Kế hoạch", "Đơn vị"] });
    expect(fake.sheetNames()).toEqual(["Sheet1", "Kế hoạch", "Đơn vị", "Ghi chú"]);
    expect(fake.sheet("Kế hoạch")).toBe(sheet);
    expect(fake.workbook.deletedSheets).toEqual([]);
    expect(sheet.cell(6, 1).value).toBe("Rà soát quy trình ISO số 5"); // the new content
    // One marker per owned sheet, still hidden: the markers of the first run stay valid.
    expect(fake.workbook.nameList.map((n) => [n.name, n.formula, n.visible])).toEqual([
      ["TroLyISO_owner_1", "='Kế hoạch'!$A$1", false],
      ["TroLyISO_owner_2", "='Đơn vị'!$A$1", false],
    ]);
  });

  it("takes the spec's spelling when its sheet differs only in case", async () => {
    const fake = fakeExcel();
    await render(fake, plan);
    fake.sheet("Kế hoạch").name = "KẾ HOẠCH"; // renamed through Excel, marker follows
    const result = await render(fake, plan);
    expect(result.replaced).toEqual(["Kế hoạch", "Đơn vị"]);
    expect(fake.sheetNames()).toEqual(["Sheet1", "Kế hoạch", "Đơn vị"]);
  });

  it("never touches the user's other sheets", async () => {
    const fake = fakeExcel();
    const notes = fake.addUserSheet("Ghi chú", { A1: "=SUM(1,2)", C3: "ghi chú riêng" });
    const before = snapshotOfFakeSheet(notes);
    await render(fake, plan);
    await render(fake, plan);
    expect(fake.sheet("Ghi chú")).toBe(notes);
    expect(snapshotOfFakeSheet(notes)).toEqual(before);
    expect(fake.sheet("Sheet1").cells.size).toBe(0);
  });

  it("leaves a renamed copy of its sheet alone and adds a fresh one", async () => {
    const fake = fakeExcel();
    await render(fake, plan);
    const archive = fake.sheet("Kế hoạch");
    archive.currentName = "Kế hoạch cũ"; // the user renames it in Excel
    const before = snapshotOfFakeSheet(archive);
    const result = await render(fake, plan);
    expect(result.added).toEqual(["Kế hoạch"]);
    expect(fake.sheetNames()).toEqual(["Sheet1", "Kế hoạch cũ", "Đơn vị", "Kế hoạch"]);
    expect(snapshotOfFakeSheet(archive)).toEqual(before);
    // The archive keeps its marker, the new sheet gets its own, both hidden.
    expect(fake.workbook.nameList.map((n) => [n.formula, n.visible])).toEqual([
      ["='Kế hoạch cũ'!$A$1", false],
      ["='Đơn vị'!$A$1", false],
      ["='Kế hoạch'!$A$1", false],
    ]);
  });

  it("does not take over a user sheet created after the add-in's sheet was deleted", async () => {
    const fake = fakeExcel();
    await render(fake, plan);
    fake.workbook.sheets.splice(fake.workbook.sheets.indexOf(fake.sheet("Kế hoạch")), 1)[0].deleted = true; // user deletes it
    fake.addUserSheet("Kế hoạch", { A1: "của tôi" }); // and makes their own
    await expect(render(fake, plan)).rejects.toMatchObject({ code: "sheet_not_owned", sheet: "Kế hoạch" });
  });

  it("replaces its sheet even when it is the only sheet left in the workbook", async () => {
    const fake = fakeExcel();
    await render(fake, { sheets: [planSheet(2)] });
    fake.workbook.sheets.splice(0, 1); // the user deletes Sheet1
    await render(fake, { sheets: [planSheet(4)] });
    expect(fake.sheetNames()).toEqual(["Kế hoạch"]);
  });
});
