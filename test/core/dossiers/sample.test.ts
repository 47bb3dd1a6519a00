import { readFileSync } from "fs";
import { join } from "path";
import { readXlsxGrids } from "../../../src/io/xlsxWorkbook";
import { bytesSource } from "../../../src/io/zip";
import type { Grid } from "../../../src/core/grid/grid";
import { importDossiers, detectDossierInput } from "../../../src/core/dossiers";

/**
 * The sample one-stop export (391 dossiers). Expected counts come from a plain loop over the
 * sheet written for this file alone (its exact headers and four status texts), not from the importer.
 */
type Tally = Record<"received" | "early" | "onTime" | "late" | "supplement" | "withdrawn" | "pendingInTime" | "pendingOverdue", number>;

function expectedCounts(grid: Grid, asOf: string): { total: Tally; byField: Map<string, Tally> } {
  const [header, ...body] = grid.rows;
  const col = (name: string) => header.indexOf(name);
  const [f, rec, due, res, st] = ["Lĩnh vực", "Ngày tiếp nhận", "Hạn xử lý", "Ngày trả kết quả", "Trạng thái"].map(col);
  const zero = (): Tally => ({ received: 0, early: 0, onTime: 0, late: 0, supplement: 0, withdrawn: 0, pendingInTime: 0, pendingOverdue: 0 });
  const total = zero();
  const byField = new Map<string, Tally>();
  for (const row of body) {
    if (row[rec] > asOf) continue;
    let key: keyof Tally;
    if (row[st] === "Đã trả kết quả" && row[res] <= asOf) key = row[res] < row[due] ? "early" : row[res] === row[due] ? "onTime" : "late";
    else if (row[st] === "Đã trả kết quả" || row[st] === "Đang xử lý") key = row[due] >= asOf ? "pendingInTime" : "pendingOverdue";
    else if (row[st] === "Yêu cầu bổ sung") key = "supplement";
    else if (row[st] === "Công dân rút hồ sơ") key = "withdrawn";
    else throw new Error(`unexpected status ${row[st]}`);
    const t = byField.get(row[f]) ?? zero();
    byField.set(row[f], t);
    for (const x of [t, total]) {
      x.received++;
      x[key]++;
    }
  }
  return { total, byField };
}

describe("the sample export dossiers_sample_2024.xlsx", () => {
  let grid: Grid;
  beforeAll(async () => {
    const data = readFileSync(join(__dirname, "..", "..", "..", "samples", "dossiers_sample_2024.xlsx"));
    [grid] = readXlsxGrids(bytesSource(new Uint8Array(data)))!.grids;
  });

  it("is a list with ISO date cells", () => {
    expect(grid.rows).toHaveLength(392);
    expect(detectDossierInput(grid)).toBe("list");
  });

  it.each(["2024-10-31", "2024-12-31"])("matches a plain count at %s", (asOf) => {
    const result = importDossiers(grid, { asOf });
    const expected = expectedCounts(grid, asOf);
    const pick = (c: Tally) => ({
      received: c.received,
      early: c.early,
      onTime: c.onTime,
      late: c.late,
      supplement: c.supplement,
      withdrawn: c.withdrawn,
      pendingInTime: c.pendingInTime,
      pendingOverdue: c.pendingOverdue,
    });
    expect(pick(result.total)).toEqual(expected.total);
    expect(new Map(result.byField.map((c) => [c.field, pick(c)]))).toEqual(expected.byField);
    expect(result.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  it("gives the figures worked out once by hand from the file", () => {
    expect(importDossiers(grid, { asOf: "2024-10-31" }).total).toMatchObject({
      received: 391,
      early: 263,
      onTime: 52,
      late: 0,
      supplement: 12,
      withdrawn: 3,
      pendingInTime: 12,
      pendingOverdue: 49,
      handledBeforeDeadline: 327,
    });
    const year = importDossiers(grid, { asOf: "2024-12-31" }).total;
    expect(year).toMatchObject({ received: 391, early: 271, onTime: 55, late: 0, supplement: 12, withdrawn: 3, pendingInTime: 0, pendingOverdue: 50 });
    expect(year.onTimeRate).toBe(1);
    expect(year.goodRateC).toBeCloseTo(341 / 391, 12);
  });
});
