/**
 * readRangeGrid: two requests below the response budget (size, then cells), more in proportion above it; Grid text conventions (ISO dates, plain numbers, TRUE/FALSE),
 * sheet coordinates, and merged areas when the host has ExcelApi 1.13.
 */
import { readRangeGrid, readSheetGrids, cellText, mergesFromAddress } from "../../../src/adapters/officejs/readGrid";
import { renderWorkbookSpec } from "../../../src/adapters/officejs/renderWorkbook";
import { fakeExcel, type FakeExcel } from "./fake/workbook";
import { planSheet, supportsUpTo } from "./fixtures";

/** A user sheet "Dữ liệu" with a small table at B2:D4 and a merged title B2:D2. */
function workbookWithData(): FakeExcel {
  const fake = fakeExcel();
  const sheet = fake.addUserSheet("Dữ liệu", {
    B2: "Danh sách hồ sơ",
    B3: "Tiếp nhận",
    C3: 391,
    D3: 45657,
    B4: "Đúng hạn",
    C4: 343,
  });
  sheet.cell(2, 3).numberFormat = "dd/mm/yyyy";
  sheet.cell(3, 3).value = true;
  sheet.merges.push({ top: 1, left: 1, rows: 1, columns: 3 });
  return fake;
}

const read = (fake: FakeExcel, options: Parameters<typeof readRangeGrid>[1]) =>
  readRangeGrid(fake.context as unknown as Excel.RequestContext, { supports: supportsUpTo("1.20"), ...options });

describe("readRangeGrid", () => {
  it("reads a sheet's used range in two requests (size, then cells), with sheet coordinates, ISO dates and merges", async () => {
    const fake = workbookWithData();
    const grid = await read(fake, { sheet: "Dữ liệu" });
    expect(fake.log.syncCount).toBe(2);
    expect(fake.log.batches[0].cellsRead).toBe(0); // the first request carries no cell data
    expect(grid).toEqual({
      sheet: "Dữ liệu",
      firstRowNumber: 2,
      firstColumnNumber: 2,
      rows: [
        ["Danh sách hồ sơ", "", ""],
        ["Tiếp nhận", "391", "2024-12-31"],
        ["Đúng hạn", "343", "TRUE"],
      ],
      merges: [{ top: 0, left: 0, bottom: 0, right: 2 }],
    });
  });

  it("reads without merges on hosts older than ExcelApi 1.13", async () => {
    const fake = workbookWithData();
    const grid = await readRangeGrid(fake.context as unknown as Excel.RequestContext, { sheet: "Dữ liệu", supports: supportsUpTo("1.12") });
    expect(grid.merges).toEqual([]);
    expect(grid.rows[1]).toEqual(["Tiếp nhận", "391", "2024-12-31"]);
    expect(fake.log.syncCount).toBe(2);
  });

  it("reads an explicit address, the selection, or the active sheet", async () => {
    const fake = workbookWithData();
    expect((await read(fake, { sheet: "Dữ liệu", address: "C3:C4" })).rows).toEqual([["391"], ["343"]]);
    fake.workbook.selection = { sheet: "Dữ liệu", address: "B3:B4" };
    expect(await read(fake, { useSelection: true })).toMatchObject({ sheet: "Dữ liệu", firstRowNumber: 3, rows: [["Tiếp nhận"], ["Đúng hạn"]] });
    fake.workbook.activeSheet = fake.workbook.sheets[1];
    expect((await read(fake, {})).sheet).toBe("Dữ liệu");
  });

  it("reads a whole-column selection only where the sheet has values", async () => {
    const fake = workbookWithData();
    fake.workbook.selection = { sheet: "Dữ liệu", address: "A:E" };
    const grid = await read(fake, { useSelection: true });
    expect(fake.log.syncCount).toBe(2);
    expect(fake.log.batches[1].cellsRead).toBe(9); // B2:D4, not 5 × 1,048,576 cells
    expect(grid).toEqual(await read(workbookWithData(), { sheet: "Dữ liệu" })); // the same as the used range
  });

  it("clips whole rows, an explicit address and a partly empty selection the same way", async () => {
    const fake = workbookWithData();
    fake.workbook.selection = { sheet: "Dữ liệu", address: "3:4" };
    expect(await read(fake, { useSelection: true })).toMatchObject({
      firstRowNumber: 3,
      firstColumnNumber: 2,
      rows: [
        ["Tiếp nhận", "391", "2024-12-31"],
        ["Đúng hạn", "343", "TRUE"],
      ],
    });
    expect(await read(fake, { sheet: "Dữ liệu", address: "C1:C100" })).toMatchObject({
      firstRowNumber: 2,
      firstColumnNumber: 3,
      rows: [[""], ["391"], ["343"]],
    });
  });

  it("returns an empty grid, where the selection starts, for a selection without values", async () => {
    const fake = workbookWithData();
    fake.workbook.selection = { sheet: "Dữ liệu", address: "H:J" };
    const grid = await read(fake, { useSelection: true });
    expect(grid).toEqual({ sheet: "Dữ liệu", firstRowNumber: 1, firstColumnNumber: 8, rows: [], merges: [] });
    expect(fake.log.syncCount).toBe(1); // nothing to read after the size
  });

  it("the fake rejects loading whole columns, like Excel on the web's 5 MB response limit (the tests above can fail)", async () => {
    const fake = workbookWithData();
    fake.sheet("Dữ liệu").getRange("A:E").load("values,text,numberFormat");
    await expect(fake.context.sync()).rejects.toThrow("response too large");
  });

  it("reads back what renderWorkbookSpec wrote: same text, ISO dates, plain numbers", async () => {
    const fake = fakeExcel();
    await renderWorkbookSpec(fake.context as unknown as Excel.RequestContext, { sheets: [planSheet(2)] }, { supports: supportsUpTo("1.20") });
    const grid = await read(fake, { sheet: "Kế hoạch" });
    expect(grid.rows[1]).toEqual(["TT", "Nội dung công việc", "Đơn vị thực hiện", "Hạn hoàn thành", "Kinh phí", "Tỷ lệ"]);
    expect(grid.rows[2].slice(0, 5)).toEqual(["1", "Rà soát quy trình ISO số 1", "Văn phòng Sở", "2024-01-15", "1500000"]);
    expect(grid.merges).toContainEqual({ top: 0, left: 0, bottom: 0, right: 5 });
  });
});

describe("cellText", () => {
  it("turns a serial in a date-formatted cell into ISO text", () => {
    expect(cellText(45306, "15/01/2024", "dd/mm/yyyy")).toBe("2024-01-15");
    expect(cellText(45306.75, "15/01/2024 18:00", "dd/mm/yyyy hh:mm")).toBe("2024-01-15");
    expect(cellText(45306, "15 tháng 1 năm 2024", '[$-42A]d "tháng" m "năm" yyyy')).toBe("2024-01-15");
  });

  it("keeps other numbers as plain JS text whatever the display format", () => {
    expect(cellText(1500000, "1.500.000", "#,##0")).toBe("1500000");
    expect(cellText(0.875, "87,5%", "0.0%")).toBe("0.875");
    expect(cellText(90, "01:30", "[h]:mm")).toBe("90"); // elapsed time is not a date
  });

  it("falls back to the displayed text for serials before 1900-03-01", () => {
    expect(cellText(1, "01/01/1900", "dd/mm/yyyy")).toBe("01/01/1900");
  });

  it("reads booleans as TRUE/FALSE and errors as their text", () => {
    expect(cellText(true, "TRUE", "General")).toBe("TRUE");
    expect(cellText("#DIV/0!", "#DIV/0!", "General")).toBe("#DIV/0!");
    expect(cellText("", "", "General")).toBe("");
  });
});

describe("mergesFromAddress", () => {
  it("parses quoted sheet names and makes areas relative to the grid, clipped to it", () => {
    // The grid starts at A2 and is 10 rows × 6 columns.
    expect(mergesFromAddress("'Kế hoạch, 2024'!A1:F3, 'Kế hoạch, 2024'!$A$7:$B$8, Sheet1!Z99", 2, 1, 10, 6)).toEqual([
      { top: 0, left: 0, bottom: 1, right: 5 }, // A1:F3 starts above the grid: clipped to A2:F3
      { top: 5, left: 0, bottom: 6, right: 1 }, // A7:B8; Z99 lies outside and is dropped
    ]);
  });
});

describe("readSheetGrids", () => {
  it("reads several sheets with two requests, whatever their number", async () => {
    for (const count of [1, 3, 8]) {
      const fake = fakeExcel();
      const names = Array.from({ length: count }, (_, i) => `Trang ${i + 1}`);
      names.forEach((name, i) => fake.addUserSheet(name, { A1: name, B2: i + 1 }));
      const grids = await readSheetGrids(fake.context as unknown as Excel.RequestContext, names, supportsUpTo("1.20"));
      expect(fake.log.syncCount).toBe(2);
      expect(grids.map((g) => [g.sheet, g.rows[0][0]])).toEqual(names.map((n) => [n, n]));
      expect(grids[count - 1].rows[1][1]).toBe(String(count));
    }
  });
});

describe("reading large ranges under the response limit", () => {
  /** A one-stop list of `rows` dossiers (8 columns, one header row) in a user sheet. */
  function dossierList(rows: number, longText = 0): FakeExcel {
    const fake = fakeExcel();
    const sheet = fake.addUserSheet("Hồ sơ", {});
    const header = ["STT", "Mã hồ sơ", "Thủ tục", "Lĩnh vực", "Ngày tiếp nhận", "Ngày hẹn trả", "Ngày trả", "Trạng thái"];
    header.forEach((h, c) => (sheet.cell(0, c).value = h));
    for (let r = 1; r <= rows; r++) {
      const values = [
        r,
        `H${r}`,
        longText ? "Cấp giấy phép ".repeat(longText) : "Cấp giấy phép hoạt động",
        "Dược phẩm",
        45300 + (r % 300),
        45320 + (r % 300),
        45310 + (r % 300),
        "Đã trả kết quả",
      ];
      values.forEach((v, c) => {
        const cell = sheet.cell(r, c);
        cell.value = v;
        if (c >= 4 && c <= 6) cell.numberFormat = "dd/mm/yyyy";
      });
    }
    return fake;
  }

  it("reads a 20,000-row list in requests proportional to its size, each under the budget", async () => {
    const syncs: number[] = [];
    for (const rows of [10_000, 20_000]) {
      const fake = dossierList(rows);
      const grid = await read(fake, { sheet: "Hồ sơ", maxBytes: 300_000 });
      expect(grid.rows.length).toBe(rows + 1);
      expect(grid.rows[rows]).toEqual([
        String(rows),
        `H${rows}`,
        "Cấp giấy phép hoạt động",
        "Dược phẩm",
        expect.stringMatching(/^20\d\d-\d\d-\d\d$/),
        expect.any(String),
        expect.any(String),
        "Đã trả kết quả",
      ]);
      const largest = Math.max(...fake.log.batches.map((b) => b.responseBytes));
      expect(largest).toBeLessThanOrEqual(300_000);
      const total = fake.log.batches.reduce((sum, b) => sum + b.responseBytes, 0);
      // At least the bytes over the budget, at most that with the 25 % margin, plus the size request and the first guess.
      expect(fake.log.syncCount).toBeGreaterThanOrEqual(1 + Math.ceil(total / 300_000));
      expect(fake.log.syncCount).toBeLessThanOrEqual(3 + Math.ceil((total * 1.25) / 300_000));
      syncs.push(fake.log.syncCount);
    }
    expect(syncs[1]).toBeGreaterThan(syncs[0] * 1.6); // twice the rows, about twice the requests
  });

  it("keeps every response under Excel on the web's 5 MB when cells hold long text (the fake refuses more)", async () => {
    const fake = dossierList(3000, 150); // ~2,100 characters in one column of every row
    const grid = await read(fake, { sheet: "Hồ sơ" });
    expect(grid.rows.length).toBe(3001);
    expect(grid.rows[3000][2].length).toBe("Cấp giấy phép ".length * 150);
    expect(Math.max(...fake.log.batches.map((b) => b.responseBytes))).toBeLessThanOrEqual(5_000_000);
    expect(fake.log.syncCount).toBeGreaterThan(2);
  });

  it("the fake measures responses: one request for 3,000 long rows is refused (the test above can fail)", async () => {
    const fake = dossierList(3000, 150);
    fake.sheet("Hồ sơ").getRangeByIndexes(0, 0, 3001, 8).load("values,text,numberFormat");
    await expect(fake.context.sync()).rejects.toThrow("response too large");
  });
});
