import { parseTsv } from "../../../src/core/grid/tsv";

describe("parseTsv", () => {
  it("splits cells on tabs and rows on line breaks", () => {
    expect(parseTsv("1\ta\tb\n2\tc\td")).toEqual([
      ["1", "a", "b"],
      ["2", "c", "d"],
    ]);
  });

  it("reads quoted multi-line cells the way Excel copies them", () => {
    expect(parseTsv('1\t"Dòng một\nDòng hai"\t"có ""ngoặc"""\r\n2\tx\ty')).toEqual([
      ["1", "Dòng một\nDòng hai", 'có "ngoặc"'],
      ["2", "x", "y"],
    ]);
  });

  it("keeps a quote that does not open a quoted cell as a literal character", () => {
    expect(parseTsv('"một cửa" hiệu quả\tb\nc\td')).toEqual([
      ['"một cửa" hiệu quả', "b"],
      ["c", "d"],
    ]);
  });

  it("keeps empty trailing cells and blank lines", () => {
    expect(parseTsv("\tx\t\n\n1")).toEqual([["", "x", ""], [""], ["1"]]);
  });
});
