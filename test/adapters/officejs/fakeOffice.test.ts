/**
 * The fake installed as Office.js (what the Chromium tests inject into the page), driven here
 * through the pane's own Excel code, so the browser tests and the jest tests stand on the same
 * fake: the seed, Excel.run, errors shaped like OfficeExtension.Error, the little calculation,
 * selection and the snapshot the browser tests read.
 */
import { installFakeOffice, type InstalledOffice } from "./fake/office";
import { excelHost, selectCell } from "../../../src/taskpane/excel/excelIO";
import { errorMessage, officeErrorCode } from "../../../src/taskpane/errors";
import { cell, type WorkbookSpec } from "../../../src/core/sheet/model";

const globals = globalThis as unknown as Record<string, unknown>;

function install(): InstalledOffice {
  return installFakeOffice(globals, {
    sheets: [
      {
        name: "Kế hoạch",
        rows: [
          ["STT", "Nội dung"],
          [1, "Rà soát quy trình"],
        ],
      },
      { name: "Số liệu", rows: [] },
    ],
    selection: { sheet: "Kế hoạch", address: "A1:B2" },
  });
}

describe("the fake Office.js the browser tests inject", () => {
  afterEach(() => {
    for (const name of ["Office", "Excel", "OfficeExtension"]) delete globals[name];
  });

  it("seeds the user's sheets and selection, and reads them through the pane's Excel host", async () => {
    const office = install();
    const grids = await excelHost.run((io) => io.read(["Kế hoạch"]));
    expect(grids.map((g) => [g.sheet, g.rows])).toEqual([
      [
        "Kế hoạch",
        [
          ["STT", "Nội dung"],
          ["1", "Rà soát quy trình"],
        ],
      ],
    ]);
    const selection = await excelHost.run((io) => io.readSelection());
    expect(selection.rows[1]).toEqual(["1", "Rà soát quy trình"]);
    const snap = office.snapshot();
    expect(snap.runs).toBe(2);
    expect(snap.sheets.map((s) => s.name)).toEqual(["Kế hoạch", "Số liệu"]);
    expect(snap.sheets[0].cells.B2).toEqual({ value: "Rà soát quy trình", formula: null, quotePrefix: false });
  });

  it("writes through the adapter: owner marker, calculated totals, text kept as text", async () => {
    const office = install();
    const spec: WorkbookSpec = {
      sheets: [
        {
          name: "Kinh phí",
          cells: [
            [cell.text('=HYPERLINK("http://x")'), cell.number(10)],
            [cell.text("Cộng"), cell.number(15)],
            [cell.empty(), cell.formula("=SUM(B1:B2)", 25)],
          ],
          styles: {},
          columnWidths: [20, 12],
          merges: [],
          validations: [],
          tables: [],
        },
      ],
    };
    await excelHost.run((io) => io.write(spec));
    const snap = office.snapshot();
    const written = snap.sheets.find((s) => s.name === "Kinh phí")!;
    expect(written.cells.A1).toEqual({ value: '=HYPERLINK("http://x")', formula: null, quotePrefix: true });
    // Excel would show 25; the fake calculates SUM, so a wrong range would show.
    expect(written.cells.B3).toEqual({ value: 25, formula: "=SUM(B1:B2)", quotePrefix: false });
    expect(snap.names.map((n) => n.formula)).toEqual(["='Kinh phí'!$A$1"]);
  });

  it("rejects a failed request with an OfficeExtension.Error-shaped error the pane maps to its message", async () => {
    install();
    const error: unknown = await selectCell("Không có", "A1").catch((e: unknown) => e);
    expect(errorMessage(error)).toEqual({ key: "errorCellNotFound", params: { location: "Không có!A1" } });
    const raw: unknown = await excelHost
      .run(async () => {
        const Excel = globals.Excel as { run: (cb: (ctx: Excel.RequestContext) => Promise<void>) => Promise<void> };
        await Excel.run(async (context) => {
          context.workbook.worksheets.getItem("Không có");
          await context.sync();
        });
      })
      .catch((e: unknown) => e);
    expect(officeErrorCode(raw)).toBe("ItemNotFound");
    expect(raw).toBeInstanceOf((globals.OfficeExtension as { Error: new () => Error }).Error);
  });

  it("selects a finding's cell: the sheet becomes active and the cell selected", async () => {
    const office = install();
    await selectCell("Số liệu", "C7");
    expect(office.snapshot()).toMatchObject({ activeSheet: "Số liệu", selection: { sheet: "Số liệu", address: "C7" } });
  });
});
