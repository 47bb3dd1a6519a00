/**
 * The fake Excel's calculation (fake/formula.ts) on the formulas the add-in writes, with results
 * worked out by hand from Excel's rules, and through the fake workbook: a sheet written with
 * formulas reads back what Excel shows after recalculating.
 */
import { evaluateFormula, FormulaError, UnsupportedFormula, type CellReader } from "./fake/formula";
import { fakeExcel } from "./fake/workbook";

/** A reader over a 1-based map "A1" → value, on sheet null; other sheets by "Sheet!A1". */
function reader(cells: Record<string, number | string | boolean>): CellReader {
  return (sheet, row, column) => {
    const key = `${sheet ? `${sheet}!` : ""}${String.fromCharCode(65 + column)}${row + 1}`;
    return cells[key] ?? "";
  };
}

// The dossier sheet's row formulas (src/core/workbook/dossierSheet.ts), row 2 of the sample's
// "Dược phẩm": received 70, early 39, on time 13, late 0, supplement 3, withdrawn 3, stopped 0,
// pending in time 0, pending late 12.
const row = { C2: 70, D2: 39, E2: 13, F2: 0, G2: 3, H2: 3, I2: 0, J2: 0, K2: 12, L2: 52 };
const formulas = {
  resolved: '=IF(COUNT(D2,E2,F2)=0,"",N(D2)+N(E2)+N(F2))',
  rateA: '=IF(N(L2)=0,"",(N(D2)+N(E2))/N(L2))',
  rateB: '=IF(OR(N(C2)=0,COUNT(D2,E2,F2)=0),"",(N(D2)+N(E2))/N(C2))',
  rateC: '=IF(OR(N(C2)=0,COUNT(D2,E2,F2)=0,COUNT(J2,K2)=0),"",(N(D2)+N(E2)+N(G2)+N(H2)+N(I2)+N(J2))/N(C2))',
  rateD: '=IF(OR(COUNT(D2,E2,F2)=0,COUNT(J2,K2)=0,(N(L2)+N(K2))=0),"",(N(D2)+N(E2))/(N(L2)+N(K2)))',
  check:
    '=IF(N(C2)=0,"",IF(OR(COUNT(D2,E2,F2)=0,COUNT(J2,K2)=0),"Chưa đủ số liệu để kiểm tra",IF(N(C2)=N(L2)+N(G2)+N(H2)+N(I2)+N(J2)+N(K2),"","Các phần không cộng đủ số tiếp nhận")))',
};

describe("the fake Excel's formulas", () => {
  it("computes the dossier sheet's row as Excel does", () => {
    const read = reader(row);
    expect(evaluateFormula(formulas.resolved, read)).toBe(52); // 39 + 13 + 0
    expect(evaluateFormula(formulas.rateA, read)).toBe(1); // 52 / 52
    expect(evaluateFormula(formulas.rateB, read)).toBeCloseTo(52 / 70, 12);
    expect(evaluateFormula(formulas.rateC, read)).toBeCloseTo(58 / 70, 12); // 39+13+3+3+0+0
    expect(evaluateFormula(formulas.rateD, read)).toBe(0.8125); // 52 / (52 + 12)
    expect(evaluateFormula(formulas.check, read)).toBe(""); // 70 = 52+3+3+0+0+12
    expect(evaluateFormula(formulas.check, reader({ ...row, K2: 11 }))).toBe("Các phần không cộng đủ số tiếp nhận");
  });

  it("leaves a blank row blank and says when the figures are not enough to check", () => {
    const blank = reader({});
    for (const f of Object.values(formulas)) expect(evaluateFormula(f, blank)).toBe("");
    expect(evaluateFormula(formulas.check, reader({ C2: 5 }))).toBe("Chưa đủ số liệu để kiểm tra");
  });

  it("follows Excel on blanks, text, errors and comparisons", () => {
    const read = reader({ A1: "", A2: "abc", A3: 4, A4: true, A5: "7" });
    expect(evaluateFormula("=A1+A3", read)).toBe(4); // a blank is 0 in arithmetic
    expect(evaluateFormula("=COUNT(A1:A5)", read)).toBe(1); // only the number; "7" is text, TRUE a boolean
    expect(evaluateFormula("=COUNTA(A1:A5)", read)).toBe(4);
    expect(evaluateFormula("=A5*2", read)).toBe(14); // numeric text in arithmetic
    expect(evaluateFormula("=A2*2", read)).toEqual(new FormulaError("#VALUE!"));
    expect(evaluateFormula("=A3/A1", read)).toEqual(new FormulaError("#DIV/0!"));
    expect(evaluateFormula("=IFERROR(A3/0,-1)", read)).toBe(-1);
    expect(evaluateFormula('=A2="ABC"', read)).toBe(true); // text compares case-insensitively
    expect(evaluateFormula("=A1=0", read)).toBe(true); // a blank equals 0
    expect(evaluateFormula('=IF(A3>3,"lớn","nhỏ")&"!"', read)).toBe("lớn!");
    expect(evaluateFormula("=2+3*4^2-(1-2)", read)).toBe(51);
    expect(evaluateFormula("=ROUND(2.345,2)", read)).toBe(2.35);
    expect(evaluateFormula("=-A3+1", read)).toBe(-3);
  });

  it("reads other sheets, COUNTIF criteria and quoted sheet names", () => {
    const read = reader({ "Nhiệm vụ!K2": "Hoàn thành", "Nhiệm vụ!K3": "Đang thực hiện", "Nhiệm vụ!K4": "hoàn thành", "Hồ sơ TTHC!C8": 391 });
    expect(evaluateFormula("=COUNTIF('Nhiệm vụ'!$K$2:$K$4,\"Hoàn thành\")", read)).toBe(2);
    expect(evaluateFormula("=COUNTIF('Nhiệm vụ'!K2:K4,\"<>Hoàn thành\")", read)).toBe(1);
    expect(evaluateFormula("='Hồ sơ TTHC'!C8", read)).toBe(391);
  });

  it("refuses what it cannot calculate instead of guessing", () => {
    expect(() => evaluateFormula('=TEXT(A1,"0")', reader({}))).toThrow(UnsupportedFormula);
    expect(() => evaluateFormula("=A1 A2", reader({}))).toThrow(UnsupportedFormula);
  });

  it("shows computed values through the fake workbook, errors as their code", async () => {
    const excel = fakeExcel(["Hồ sơ"]);
    excel.fillRows("Hồ sơ", [
      [10, 4, 0],
      [20, 6, 0],
    ]);
    const sheet = excel.workbook.worksheets.getItem("Hồ sơ");
    sheet.getRange("D1:F1").formulas = [["=SUM(A1:A2)", '=IF(N(B1)=0,"",A1/B1)', "=A1/C1"]];
    const shown = sheet.getRange("D1:F1");
    shown.load("values");
    await excel.context.sync();
    expect(shown.values).toEqual([[30, 2.5, "#DIV/0!"]]);
  });
});
