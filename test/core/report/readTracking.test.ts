import { paramsOf } from "../../../src/core/findings/finding";
import { makeGrid, type Grid } from "../../../src/core/grid/grid";
import { readTracking } from "../../../src/core/report/readTracking";
import type { SheetSpec } from "../../../src/core/sheet/model";
import { readAgencyYear } from "../../../src/core/workbook/agencySheet";
import { buildTrackingWorkbook, emptyTrackingData } from "../../../src/core/workbook/trackingWorkbook";

const gridOf = (spec: SheetSpec): Grid =>
  makeGrid(
    spec.name,
    spec.cells.map((row) => row.map((c) => (c.kind === "empty" ? "" : c.kind === "formula" ? String(c.result ?? "") : String(c.value)))),
  );

describe("readTracking", () => {
  const grids = buildTrackingWorkbook(emptyTrackingData(2025)).sheets.map(gridOf);

  it("names every missing sheet and the sheets there are", () => {
    const result = readTracking(
      grids.filter((g) => g.sheet !== "Kinh phí" && g.sheet !== "Nhiệm vụ"),
      { fallbackYear: 2030 },
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fatal.map((f) => [f.code, paramsOf(f).sheet])).toEqual([
      ["sheet_not_found", "Nhiệm vụ"],
      ["sheet_not_found", "Kinh phí"],
    ]);
    expect(String(paramsOf(result.fatal[0]).available)).toContain("Thông tin");
  });

  it("takes the year typed in 'Thông tin', then the one asked for", () => {
    const read = readTracking(grids, { fallbackYear: 2030 });
    expect(read.ok && read.read.agency.year).toBe(2025);
    const asked = readTracking(grids, { year: 2026, fallbackYear: 2030 });
    expect(asked.ok && asked.read.agency.year).toBe(2026);
  });

  it("points at the declared columns of an untouched workbook: status J, task C, budget D/E", () => {
    const read = readTracking(grids, { fallbackYear: 2030 });
    if (!read.ok) throw new Error("expected a read");
    // Empty data: one blank dossier row (2), the total in row 3; budget lines in rows 3–4, total 5.
    expect(read.read.refs).toEqual({
      columns: {
        taskStatus: "J",
        taskText: "C",
        dossiers: expect.objectContaining({ received: "C", rateA: "M" }),
        budget: { granted: "D", disbursed: "E", amount: "D" },
      },
      dossierTotalRow: 3,
      budget: { grantedRows: [3, 4], grantedTotalRow: 5, estimateRows: [9], estimateTotalRow: 10 },
      taskLastRow: 2,
    });
  });
});

describe("readAgencyYear", () => {
  it("reads the year row, a bad year as a finding at its cell, no stand-in", () => {
    expect(
      readAgencyYear(
        makeGrid("Thông tin", [
          ["Mục", "Giá trị"],
          ["Năm báo cáo", "2024"],
        ]),
      ),
    ).toEqual({ year: 2024, cell: "B2", typed: "2024", findings: [] });
    const bad = readAgencyYear(
      makeGrid("Thông tin", [
        ["Mục", "Giá trị"],
        ["Năm báo cáo", "năm nay"],
      ]),
    );
    expect(bad.year).toBeNull();
    expect(bad.findings.map((f) => [f.code, f.cell, paramsOf(f).value])).toEqual([["year_invalid", "B2", "năm nay"]]);
    expect(readAgencyYear(makeGrid("Thông tin", [["Mục", "Giá trị"]]))).toEqual({ year: null, cell: null, typed: "", findings: [] });
    // A column inserted before the labels: the year is read where the headers now put it.
    expect(
      readAgencyYear(
        makeGrid("Thông tin", [
          ["", "Mục", "Giá trị"],
          ["", "Năm báo cáo", "2024"],
        ]),
      ),
    ).toMatchObject({ year: 2024, cell: "C2" });
  });
});
