import ExcelJS from "exceljs";
import { renderWorkbookSpec } from "../../../src/adapters/exceljs/renderWorkbook";
import { worksheetToGrid } from "../../../src/adapters/exceljs/readGrid";
import { cell, type SheetSpec } from "../../../src/core/sheet/model";
import { SheetNotOwnedError } from "../../../src/adapters/ownership";

const hostile = ['=HYPERLINK("http://x","y")', "+cmd|' /C calc'!A0", "@SUM(A1)", "-1+2", "<img src=x onerror=alert(1)>"];

function sampleSheet(): SheetSpec {
  return {
    name: "Thử",
    cells: [
      [cell.text("Tên", "h"), cell.text("Số", "h"), cell.text("Ngày", "h")],
      ...hostile.map((t, i) => [cell.text(t), cell.number(i + 1, "n"), cell.date("2024-02-29", "d")]),
      [cell.text("Tổng"), cell.formula("=SUM(B2:B6)", 15, "n"), cell.empty()],
    ],
    styles: { h: { bold: true, fontName: "Times New Roman", fontSize: 12 }, n: { numberFormat: "#,##0" }, d: { numberFormat: "dd/mm/yyyy" } },
    columnWidths: [30, 10, 12],
    merges: [{ firstRow: 8, firstColumn: 1, lastRow: 8, lastColumn: 3 }],
    validations: [{ range: "C2:C6", list: ["a", "b"], allowBlank: true }],
    tables: [],
    freeze: { rows: 1, columns: 0 },
    pageSetup: {
      paperSize: "A4",
      orientation: "portrait",
      margins: { top: 20, bottom: 20, left: 30, right: 15 },
      fitToWidth: true,
      printTitleRows: { first: 1, last: 1 },
    },
  };
}

async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(await wb.xlsx.writeBuffer());
  return back;
}

describe("renderWorkbookSpec (exceljs)", () => {
  it("writes hostile text as text, never as a formula", async () => {
    const ws = (await roundTrip(renderWorkbookSpec({ sheets: [sampleSheet()] }))).getWorksheet("Thử")!;
    hostile.forEach((t, i) => {
      const c = ws.getCell(i + 2, 1);
      expect(c.type).toBe(ExcelJS.ValueType.String);
      expect(c.value).toBe(t);
      expect(c.formula).toBeUndefined();
    });
  });

  it("writes formulas with their cached result, dates, styles, merges and A4 page setup", async () => {
    const ws = (await roundTrip(renderWorkbookSpec({ sheets: [sampleSheet()] }))).getWorksheet("Thử")!;
    expect(ws.getCell("B7").value).toEqual({ formula: "SUM(B2:B6)", result: 15 });
    expect((ws.getCell("C2").value as Date).toISOString().slice(0, 10)).toBe("2024-02-29");
    expect(ws.getCell("C2").numFmt).toBe("dd/mm/yyyy");
    expect(ws.getCell("A1").font).toMatchObject({ bold: true, name: "Times New Roman", size: 12 });
    expect(ws.getCell("C8").isMerged).toBe(true);
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: "portrait", fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(ws.pageSetup.margins?.left).toBeCloseTo(30 / 25.4, 5);
    expect(ws.getCell("C3").dataValidation).toMatchObject({ type: "list", formulae: ['"a,b"'] });
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
  });

  it("writes each drop-down list once over its declared range, never cell by cell (Excel allows one rule per cell)", async () => {
    const sheet: SheetSpec = {
      ...sampleSheet(),
      columnWidths: [30, 10, 12, 10, 10],
      validations: [
        { range: "C2:C6", list: ["a", "b"], allowBlank: true },
        { range: "D2:E200", list: { source: "=DanhMuc" }, allowBlank: true },
        { range: "B9", list: ["x"], allowBlank: false },
      ],
    };
    const bytes = await renderWorkbookSpec({ sheets: [sheet] }).xlsx.writeBuffer();
    const JSZip = (await import("jszip")).default;
    const xml = await (await JSZip.loadAsync(bytes)).file("xl/worksheets/sheet1.xml")!.async("string");
    const sqrefs = [...xml.matchAll(/<dataValidation\b[^>]*\bsqref="([^"]*)"/g)].map((m) => m[1]);
    expect(sqrefs.sort()).toEqual(["B9", "C2:C6", "D2:E200"]);
  });

  it("replaces only its own sheets of an existing workbook, in place, never duplicating them", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Của tôi").getCell("A1").value = "dữ liệu người dùng";
    renderWorkbookSpec({ sheets: [sampleSheet()] }, wb);
    wb.addWorksheet("Sau");
    renderWorkbookSpec({ sheets: [sampleSheet()] }, wb);
    const back = await roundTrip(wb);
    expect(back.worksheets.map((w) => w.name)).toEqual(["Của tôi", "Thử", "Sau"]);
    expect(back.getWorksheet("Của tôi")!.getCell("A1").value).toBe("dữ liệu người dùng");
    expect(worksheetToGrid(back.getWorksheet("Thử")!).rows[0]).toEqual(["Tên", "Số", "Ngày"]);
    expect((back.definedNames.model as unknown as { name: string }[]).map((n) => n.name)).toEqual(["TroLyISO_owner_1"]);
  });

  it("refuses to replace a user's sheet that has the same name, and changes nothing", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Thử").getCell("A1").value = "của người dùng";
    expect(() => renderWorkbookSpec({ sheets: [sampleSheet()] }, wb)).toThrow(SheetNotOwnedError);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Thử"]);
    expect(wb.getWorksheet("Thử")!.getCell("A1").value).toBe("của người dùng");
  });
});

describe("the sheet the file opens on and prints", () => {
  it("is the spec's active sheet, the only selected tab, at its index among all tabs", async () => {
    const JSZip = (await import("jszip")).default;
    const sheets = ["Một", "Hai", "Ba"].map((name) => ({ ...sampleSheet(), name }));
    const bytes = await renderWorkbookSpec({ sheets, active: "Hai" }).xlsx.writeBuffer();
    const zip = await JSZip.loadAsync(bytes);
    expect(/<workbookView\b[^>]*\sactiveTab="(\d+)"/.exec(await zip.file("xl/workbook.xml")!.async("string"))?.[1]).toBe("1");
    const selected = await Promise.all(
      [1, 2, 3].map(async (n) => /<sheetView\b[^>]*tabSelected="1"/.test(await zip.file(`xl/worksheets/sheet${n}.xml`)!.async("string"))),
    );
    expect(selected).toEqual([false, true, false]);
  });
});
