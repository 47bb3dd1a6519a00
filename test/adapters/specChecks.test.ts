import { renderWorkbookSpec as renderWithExcelJs } from "../../src/adapters/exceljs/renderWorkbook";
import { checkWorkbookSpec, InvalidWorkbookSpecError } from "../../src/adapters/specChecks";
import { cell, type CellSpec, type SheetSpec, type WorkbookSpec } from "../../src/core/sheet/model";

/**
 * The spec checks both renderers run before writing (src/adapters/specChecks.ts): each rule
 * Excel enforces, with a sheet that breaks it and one that just keeps to it.
 */
function sheet(over: Partial<SheetSpec> = {}): SheetSpec {
  return {
    name: "Thử",
    cells: [
      [cell.text("Mã"), cell.text("Tên")],
      [cell.text("A"), cell.text("Một")],
    ],
    styles: {},
    columnWidths: [10, 20],
    merges: [],
    validations: [],
    tables: [],
    ...over,
  };
}

const problem = (spec: WorkbookSpec): string | null => {
  try {
    checkWorkbookSpec(spec);
    return null;
  } catch (error) {
    if (error instanceof InvalidWorkbookSpecError) return error.detail;
    throw error;
  }
};
const one = (over: Partial<SheetSpec>) => problem({ sheets: [sheet(over)] });
const withCell = (c: CellSpec) => one({ cells: [[c]] });

describe("checkWorkbookSpec", () => {
  it("accepts a sheet that keeps every rule", () => {
    expect(one({})).toBeNull();
  });

  it("refuses overlapping validations, accepts adjacent ones", () => {
    const list = { list: ["a", "b"], allowBlank: true };
    expect(
      one({
        validations: [
          { range: "H2:I200", ...list },
          { range: "H10:I200", ...list },
        ],
      }),
    ).toBe("Thử: validation H2:I200 overlaps validation H10:I200");
    expect(
      one({
        validations: [
          { range: "H2:H200", ...list },
          { range: "I2:I200", ...list },
        ],
      }),
    ).toBeNull();
    expect(
      one({
        validations: [
          { range: "$C$3:$C$4", ...list },
          { range: "C4", ...list },
        ],
      }),
    ).toBe("Thử: validation $C$3:$C$4 overlaps validation C4");
    expect(one({ validations: [{ range: "C4:B2", ...list }] })).toBe('Thử: validation range "C4:B2" is not an A1 range');
  });

  it("refuses a literal list longer than 255 characters or a choice holding a comma", () => {
    const choices = (n: number) => Array.from({ length: n }, (_, i) => `Lựa chọn ${String(i).padStart(4, "0")}`); // 13 characters each
    // 18 choices: 18 × 13 + 17 commas = 251 characters; 19: 265.
    expect(one({ validations: [{ range: "A2:A9", list: choices(18), allowBlank: true }] })).toBeNull();
    expect(one({ validations: [{ range: "A2:A9", list: choices(19), allowBlank: true }] })).toMatch(
      /^Thử: validation A2:A9: list .* longer than 255 characters$/,
    );
    expect(one({ validations: [{ range: "A2:A9", list: ["Sở Y tế, Hà Nội"], allowBlank: true }] })).toBe(
      "Thử: validation A2:A9: a choice holds a comma, which splits it in two",
    );
  });

  it("refuses overlapping merges and a table over a merge or over another table", () => {
    const m = (firstRow: number, firstColumn: number, lastRow: number, lastColumn: number) => ({ firstRow, firstColumn, lastRow, lastColumn });
    expect(one({ merges: [m(1, 1, 2, 2), m(2, 2, 3, 3)] })).toBe("Thử: merge R1C1:R2C2 overlaps merge R2C2:R3C3");
    expect(one({ merges: [m(1, 1, 1, 2), m(2, 1, 2, 2)] })).toBeNull();
    expect(one({ merges: [m(0, 1, 1, 2)] })).toBe("Thử: merge R0C1:R1C2 is not a range");
    expect(one({ merges: [m(3, 1, 3, 2)], tables: [{ name: "T", range: "A1:B3", style: "TableStyleLight9" }] })).toBe("Thử: table T covers merge R3C1:R3C2");
    const table = (name: string, range: string) => ({ name, range, style: "TableStyleLight9" });
    expect(one({ tables: [table("T1", "A1:B3"), table("T2", "B3:C4")] })).toBe("Thử: table T1 overlaps table T2");
    expect(one({ tables: [table("T1", "A1:B3"), table("T2", "C1:D3")] })).toBeNull();
  });

  it("refuses what a cell cannot hold: NaN or Infinity, text over 32,767 characters, a formula over 8,192", () => {
    expect(withCell(cell.number(Number.NaN))).toBe("Thử!A1: NaN is not a finite number");
    expect(withCell(cell.number(Number.POSITIVE_INFINITY))).toBe("Thử!A1: Infinity is not a finite number");
    expect(withCell(cell.formula("A2/0", Number.NaN))).toBe("Thử!A1: cached result NaN is not a finite number");
    expect(withCell({ kind: "text", value: "a".repeat(32_768) })).toBe("Thử!A1: text longer than 32767 characters");
    expect(withCell({ kind: "text", value: "a".repeat(32_767) })).toBeNull();
    const long = `SUM(${Array.from({ length: 2_000 }, (_, i) => `A${i + 1}`).join(",")})`; // > 8,192
    expect(long.length).toBeGreaterThan(8_192);
    expect(withCell(cell.formula(long, 0))).toBe("Thử!A1: formula longer than 8192 characters");
  });

  it("refuses sheet names Excel refuses, and the same name twice ignoring case", () => {
    expect(problem({ sheets: [sheet({ name: "Kế hoạch [2024]" })] })).toBe('sheet name "Kế hoạch [2024]" contains one of : \\ / ? * [ ]');
    expect(problem({ sheets: [sheet({ name: "x".repeat(32) })] })).toBe(`sheet name "${"x".repeat(32)}" must have 1 to 31 characters`);
    expect(problem({ sheets: [sheet({ name: "Kế hoạch" }), sheet({ name: "KẾ HOẠCH" })] })).toBe('sheet name "KẾ HOẠCH" appears twice');
  });

  it("is run by the exceljs renderer before anything is written", () => {
    const list = { list: ["a"], allowBlank: true };
    expect(() =>
      renderWithExcelJs({
        sheets: [
          sheet({
            validations: [
              { range: "A1:A5", ...list },
              { range: "A3", ...list },
            ],
          }),
        ],
      }),
    ).toThrow(InvalidWorkbookSpecError);
  });
});
