import { parseTsv, tsvRowsParser } from "../../../src/core/grid/tsv";
import fc from "fast-check";

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

/** The reading parseTsv replaced (a character at a time), kept as the reference the faster one must agree with. */
function referenceParse(text: string, separator = "\t"): string[][] {
  const src = text.replace(/\r\n?/g, "\n");
  const rows: string[][] = [];
  let row: string[] = [];
  let cellStart = true;
  let cell = "";
  const quoted = (start: number): { value: string; next: number } | null => {
    let value = "";
    for (let i = start + 1; i < src.length; i++) {
      if (src[i] !== '"') value += src[i];
      else if (src[i + 1] === '"') {
        value += '"';
        i++;
      } else return src[i + 1] === undefined || src[i + 1] === separator || src[i + 1] === "\n" ? { value, next: i + 1 } : null;
    }
    return null;
  };
  for (let i = 0; i < src.length;) {
    const ch = src[i];
    if (cellStart && ch === '"') {
      const closed = quoted(i);
      if (closed) {
        cell = closed.value;
        i = closed.next;
        cellStart = false;
        continue;
      }
    }
    cellStart = false;
    if (ch === separator) {
      row.push(cell);
      cell = "";
      cellStart = true;
    } else if (ch === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      cellStart = true;
    } else cell += ch;
    i++;
  }
  if (cell.length > 0 || row.length > 0) rows.push([...row, cell]);
  return rows;
}

describe("parseTsv at speed (issue 22 item 6)", () => {
  it("agrees with the character-at-a-time reading on any text, tab- or comma-separated", () => {
    const text = fc.string({ unit: fc.constantFrom("a", "ế", '"', "\t", ",", "\n", "\r", " "), maxLength: 60 });
    fc.assert(
      fc.property(text, fc.constantFrom("\t", ","), (t, separator) => {
        expect(parseTsv(t, separator)).toEqual(referenceParse(t, separator));
      }),
      { numRuns: 5000 },
    );
  });

  it("reads a 10 MB quoted cell and a 50 MB line whole (the times: bench/RESULTS.md)", () => {
    const cell = "Nội dung dài, có xuống dòng\n".repeat(360_000); // about 10 MB
    const quoted = parseTsv(`1\t"${cell}"\tx\n2\ty`);
    expect(quoted[0][1]).toBe(cell);
    expect(quoted[1]).toEqual(["2", "y"]);
    const line = `${"ô".repeat(50_000)}\t`.repeat(1_000); // 50 M characters in 1,000 cells
    const wide = parseTsv(`${line}\nz`);
    expect(wide[0].length).toBe(1_001);
    expect(wide[0][999]).toBe("ô".repeat(50_000));
    expect(wide[1]).toEqual(["z"]);
  });
});

describe("tsvRowsParser with a line longer than any row (a streamed list)", () => {
  it("reads the line's start as a row, each cell cut to 32,767 characters, skips the rest of the line and says so once", () => {
    const rows: string[][] = [];
    let cuts = 0;
    const p = tsvRowsParser((r) => rows.push(r), { maxRowChars: 100_000, onCut: () => cuts++ });
    p.push("STT\tLĩnh vực\n1\tDược\n2\t");
    // 300,000 characters without a line break, in 1,000-character pieces, then the next row.
    for (let k = 0; k < 300; k++) p.push("a".repeat(1000));
    p.push("\tx\n3\tY tế\n");
    p.end();
    expect(cuts).toBe(1);
    expect(rows.map((r) => r[0])).toEqual(["STT", "1", "2", "3"]);
    expect(rows[2][1].length).toBe(32_767);
    expect(rows[3]).toEqual(["3", "Y tế"]);
  });
});
