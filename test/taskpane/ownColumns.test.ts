/**
 * @jest-environment jsdom
 *
 * Never lose the user's data (issue #21 item 1): step 4 of the pane writes the period it counted into
 * "Thông tin" without losing a column the secretary inserted there (test/userColumn.ts: "Ghi chú
 * riêng" in A, labels in B, values in C, "Xác nhận" in E). The export is test/realYear.ts's (69
 * dossiers received 16/12/2024–08/12/2025 into a 2025 workbook): step 4 proposes
 * 15/12/2024–14/12/2025 as of 14/12/2025 (docs/dossiers.md#reporting-period; test/taskpane/yearInPane.test.ts
 * shows the same proposal); the secretary then confirms 01/01/2025–31/12/2025 as of 15/12/2025.
 * Inside Excel the facts' cells are written (C10–C12, E10–E12); the standalone page over an opened
 * file rebuilds the sheet, in the sheet's own columns.
 */
import { installFakeOffice } from "../adapters/officejs/fake/office";
import { mountPane } from "./mountPane";
import type { Grid } from "../../src/core/grid/grid";
import { specToGrid } from "../../src/core/sheet/specGrid";
import { readAgencyGrid } from "../../src/core/workbook/agencySheet";
import { excelHost } from "../../src/taskpane/excel/excelIO";
import { loadRoutineKit } from "../../src/taskpane/lazy";
import { memoryGrids } from "../../src/taskpane/standalone/memoryIO";
import { type HostMode } from "../../src/taskpane/state";
import { TextEncoder } from "util";
import { exportText } from "../realYear";
import { userColumnTexts, userNotes, workbookWithUserColumn } from "../userColumn";

globalThis.TextEncoder ??= TextEncoder;
const globals = globalThis as unknown as Record<string, unknown>;
const today = "2025-12-15";

beforeAll(() => loadRoutineKit());
afterEach(() => {
  for (const name of ["Office", "Excel", "OfficeExtension"]) delete globals[name];
});

function mounted(mode: HostMode, grids: Grid[]) {
  return mountPane(mode, grids, { today });
}

const type = (selector: string, text: string) => {
  const input = document.querySelector<HTMLInputElement>(selector)!;
  input.value = text;
  input.dispatchEvent(new Event("input"));
};

/** Step 4 as the secretary does it: the export pasted, then the calendar year confirmed as of today. */
async function stepFour(actions: ReturnType<typeof mounted>["actions"], check: (phase: "proposed" | "confirmed") => Promise<void>) {
  actions.setPaste("dossiers", {
    text: exportText(),
    html: null,
  });
  await actions.dossiersPaste();
  await check("proposed");
  type("#period-periodStart", "01/01/2025");
  type("#period-periodEnd", "31/12/2025");
  type("#period-asOf", "15/12/2025");
  await actions.confirmPeriod();
  await check("confirmed");
}

const expectedPeriod = {
  proposed: { periodStart: "2024-12-15", periodEnd: "2025-12-14", asOf: "2025-12-14", mark: "Đề xuất" },
  confirmed: { periodStart: "2025-01-01", periodEnd: "2025-12-31", asOf: "2025-12-15", mark: "Đã xác nhận" },
};

/** "Thông tin" as read back: the user's column, the labels, the period and its marks, where they were. */
function checkAgency(grid: Grid, phase: "proposed" | "confirmed") {
  const want = expectedPeriod[phase];
  expect(grid.rows.map((r) => r[0] ?? "")).toEqual(userColumnTexts(grid.rows.length));
  expect(grid.rows[0].slice(0, 5)).toEqual(["Ghi chú riêng", "Mục", "Giá trị", "Ghi chú", "Xác nhận"]);
  expect([grid.rows[9][1], grid.rows[10][1], grid.rows[11][1]]).toEqual(["Số liệu từ ngày", "Số liệu đến ngày", "Ngày chốt số liệu"]);
  expect([grid.rows[9][4], grid.rows[10][4], grid.rows[11][4]]).toEqual([want.mark, want.mark, want.mark]);
  const read = readAgencyGrid(grid, 2025);
  expect([read.cells.periodStart, read.cells.periodEnd, read.cells.asOf]).toEqual(["C10", "C11", "C12"]);
  expect([read.info.periodStart, read.info.periodEnd, read.info.asOf]).toEqual([want.periodStart, want.periodEnd, want.asOf]);
  expect(read.info.year).toBe(2025);
  expect(read.findings).toEqual([]);
}

describe("step 4 keeps a column the user inserted in 'Thông tin'", () => {
  it("the setup: the user's column is in A and the labels moved to B", () => {
    const grid = specToGrid(workbookWithUserColumn(2025).sheets.find((s) => s.name === "Thông tin")!);
    expect(grid.rows[9].slice(0, 2)).toEqual([userNotes[10], "Số liệu từ ngày"]);
    expect(readAgencyGrid(grid, 2025).cells.periodStart).toBe("C10");
  });

  it("inside Excel: the period's cells are written, the user's column and its values stay", async () => {
    const office = installFakeOffice(globals, { sheets: [{ name: "Sheet1", rows: [] }] });
    await excelHost.run((io) => io.write(workbookWithUserColumn(2025)));
    const { store, actions } = mounted("excel", []);
    await actions.refresh();
    await stepFour(actions, async (phase) => {
      expect(store.get().status?.tone).toBe("success");
      const grid = (await excelHost.run((io) => io.read(["Thông tin"])))[0];
      checkAgency(grid, phase);
      const cells = office.snapshot().sheets.find((s) => s.name === "Thông tin")!.cells;
      expect(cells.A1?.value).toBe("Ghi chú riêng");
      expect(cells.A10?.value).toBe("Kỳ theo Sở KH&CN");
      expect(store.get().routine!.agencyRead!.info.periodStart).toBe(expectedPeriod[phase].periodStart);
    });
    expect(store.get().routine!.dossiers?.received).toBe(65);
  });

  it("the standalone page over an opened file: the sheet is written in its own columns, the user's kept", async () => {
    const { store, actions } = mounted("standalone", workbookWithUserColumn(2025).sheets.map(specToGrid));
    await stepFour(actions, async (phase) => {
      expect(store.get().status?.tone).toBe("success");
      checkAgency(memoryGrids(store.get().workbook, ["Thông tin"])[0], phase);
    });
    expect(store.get().routine!.dossiers?.received).toBe(65);
  });
});
