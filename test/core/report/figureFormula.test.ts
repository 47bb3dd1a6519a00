import { figureText, type Figure } from "../../../src/core/report/model";
import { figureFormula, sourceFormula } from "../../../src/core/report/reportSheet";

/**
 * A tiny evaluator for the functions the report's text formulas use, so the formula text is
 * checked by computing it (the LibreOffice test recalculates it for real under en-US and vi-VN).
 * Every function works on digits only, as Excel and LibreOffice do whatever the locale.
 */
function evaluate(formula: string, value: unknown): unknown {
  const fns = {
    IF: (c: unknown, a: unknown, b: unknown) => (c ? a : b),
    ISNUMBER: (x: unknown) => typeof x === "number",
    ROUND: (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d,
    ABS: Math.abs,
    INT: Math.floor,
    MOD: (a: number, b: number) => a - b * Math.floor(a / b),
    TEXT: (x: number, code: string) => {
      expect(code).toMatch(/^0+$/); // digits only: no separator a locale could change
      return String(Math.round(x)).padStart(code.length, "0");
    },
  };
  const js = formula
    .replace(/REF/g, "__v")
    .replace(/&/g, "+")
    .replace(/(?<![<>])=/g, "===");
  // The test evaluates the formula text it checks, translated to JavaScript: eval is the point here.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  return new Function(...Object.keys(fns), "__v", `return ${js};`)(...Object.values(fns), value);
}

const amount = (value: number | string): unknown => evaluate(figureFormula({ value: null, format: "amount", ref: "REF" } as Figure & { ref: string }), value);

describe("report text formulas build their digits without the host locale", () => {
  it("never uses FIXED, DOLLAR or a format code with separators", () => {
    for (const format of ["integer", "amount", "percent"] as const) {
      const f = figureFormula({ format, ref: "'Kinh phí'!E5" });
      expect(f).not.toMatch(/FIXED|DOLLAR|"[#0]*[.,][#0]/);
    }
  });

  it("groups amounts with dots: 18.000.000, 1.000, 999, 0", () => {
    expect(amount(18_000_000)).toBe("18.000.000");
    expect(amount(21_000_000)).toBe("21.000.000");
    expect(amount(1000)).toBe("1.000");
    expect(amount(999)).toBe("999");
    expect(amount(0)).toBe("0");
    expect(amount(1_234_567_890_123)).toBe("1.234.567.890.123");
    expect(amount(1_005_007)).toBe("1.005.007");
    expect(amount(-2500)).toBe("-2.500");
    expect(amount(1499.6)).toBe("1.500");
    expect(amount("x")).toBe("—");
  });

  it("writes percentages the Vietnamese way (issue 10): 99,81%, 100%, 99,5%, 5,07%", () => {
    const percent = (v: number) => evaluate(figureFormula({ value: null, format: "percent", ref: "REF" } as Figure & { ref: string }), v);
    expect(percent(0.9981)).toBe("99,81%");
    expect(percent(1)).toBe("100%");
    expect(percent(0.995)).toBe("99,5%");
    expect(percent(0.0507)).toBe("5,07%");
    expect(percent(333 / 338)).toBe("98,52%");
  });

  it("writes counts as plain digits", () => {
    expect(evaluate(figureFormula({ value: null, format: "integer", ref: "REF" } as Figure & { ref: string }), 391)).toBe("391");
  });

  it("matches figureText, the value cached in the cell", () => {
    for (const [value, format] of [
      [18_000_000, "amount"],
      [0.9981, "percent"],
      [333 / 338, "percent"],
      [1, "percent"],
      [0.995, "percent"],
      [391, "integer"],
      [1_005_007, "amount"],
    ] as const) {
      const fig = { value, format, ref: "REF" } as Figure & { ref: string };
      expect(evaluate(figureFormula(fig), value)).toBe(figureText(fig));
    }
  });
});

describe("sourceFormula", () => {
  it("turns each kind of figure source into formula text, quoting sheet names and texts", () => {
    expect(sourceFormula({ kind: "cell", sheet: "Kinh phí", address: "D5" })).toBe("'Kinh phí'!D5");
    expect(sourceFormula({ kind: "sum", sheet: "Hồ sơ TTHC", addresses: ["D10", "E10", "G10"] })).toBe("'Hồ sơ TTHC'!D10+'Hồ sơ TTHC'!E10+'Hồ sơ TTHC'!G10");
    expect(sourceFormula({ kind: "countIf", sheet: "Nhiệm vụ", range: "J2:J13", equals: 'Đã "xong"' })).toBe(`COUNTIF('Nhiệm vụ'!J2:J13,"Đã ""xong""")`);
    expect(sourceFormula({ kind: "countA", sheet: "Nhiệm vụ", range: "C2:C13" })).toBe("COUNTA('Nhiệm vụ'!C2:C13)");
  });
});
