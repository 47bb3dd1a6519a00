import {
  columnIndexOr,
  columnLetterOf,
  layoutRow,
  layoutValidations,
  locateColumns,
  locatedLetters,
  movedReferences,
  withColumn,
  type ColumnLayout,
} from "../../../src/core/sheet/layout";

const layout = [
  { key: "no", header: "STT", width: 5, format: "center" },
  { key: "item", header: "Nội dung", width: 30, format: "body", match: ["noi dung"] },
  { key: "amount", header: "Kinh phí (đồng)", width: 16, format: "integer", validation: { list: ["a", "b"], allowBlank: true } },
] as const satisfies ColumnLayout;

describe("column layouts", () => {
  it("give letters from the declared order", () => {
    expect(columnLetterOf(layout, "no")).toBe("A");
    expect(columnLetterOf(layout, "amount")).toBe("C");
    expect(() => columnLetterOf(layout as ColumnLayout, "missing")).toThrow(/missing/);
  });

  it("write body rows in each column's format, text never as a formula", () => {
    expect(layoutRow(layout, { no: 1, item: "=SUM(A1)" })).toEqual([
      { kind: "number", value: 1, style: "center" },
      { kind: "text", value: "=SUM(A1)", style: "body" },
      { kind: "empty", style: "integer" },
    ]);
  });

  it("place validations over the column's rows", () => {
    expect(layoutValidations(layout, 3, 9)).toEqual([{ range: "C3:C9", list: ["a", "b"], allowBlank: true }]);
  });

  it("insert a column before a key", () => {
    const wider = withColumn(layout, { key: "unit", header: "Đơn vị", width: 10, format: "body" }, "amount");
    expect(wider.map((c) => c.key)).toEqual(["no", "item", "unit", "amount"]);
    expect(columnLetterOf(wider, "amount")).toBe("D");
    expect(layout).toHaveLength(3);
  });

  it("find columns by header in the row that holds most of them, by words when declared", () => {
    const rows = [["Bảng kinh phí"], ["", "Ghi chú", "STT", "Kinh phí (đồng)", "Nội dung chi"], ["", "", "1", "100", "In ấn"]];
    const located = locateColumns(rows, layout);
    expect(located).toEqual({ headerRow: 1, columns: { no: 2, amount: 3, item: 4 } });
    expect(locatedLetters(located, 2)).toEqual({ no: "D", amount: "E", item: "F" });
  });

  it("fall back to the declared position for a header not found", () => {
    const located = locateColumns([["STT", "Mục"]], layout);
    expect(located.columns).toEqual({ no: 0 });
    expect(columnIndexOr(located, layout, "item")).toBe(1);
    expect(locateColumns([["x"]], layout)).toEqual({ headerRow: -1, columns: {} });
  });
});

describe("movedReferences (a formula follows its columns when the user inserted one)", () => {
  const right = (c: number) => (c >= 3 ? c + 1 : c); // a column inserted before C

  it("moves the references to the sheet's own cells, ranges and absolute ones included", () => {
    expect(movedReferences('IF(N(C2)=0,"",(N(D2)+N(E2))/N(C2))', right)).toBe('IF(N(D2)=0,"",(N(E2)+N(F2))/N(D2))');
    expect(movedReferences("SUM(C2:C10)+B2+$C$3", right)).toBe("SUM(D2:D10)+B2+$D$3");
    expect(movedReferences("J2:J200", right)).toBe("K2:K200");
  });

  it("leaves text in quotes, other sheets' references and function names alone", () => {
    expect(movedReferences('IF(C2="C2 thiếu","",LOG10(C2))', right)).toBe('IF(D2="C2 thiếu","",LOG10(D2))');
    expect(movedReferences("='Đơn vị'!$A$2:$C$300", (c) => c + 1)).toBe("='Đơn vị'!$A$2:$C$300");
    expect(movedReferences("Sheet1!C2+C2", right)).toBe("Sheet1!C2+D2");
  });
});
