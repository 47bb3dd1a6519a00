import fc from "fast-check";
import {
  dateStyles,
  excelSerialToIso,
  isDateFormatCode,
  sharedStringsParser,
  sheetRowsParser,
  unescapeXml,
  workbookSheets,
} from "../../../src/core/grid/xlsxXml";
import { parseTsv, tsvRowsParser } from "../../../src/core/grid/tsv";

/** Feeds `text` to a parser in pieces cut at the given offsets. */
function feed(p: { push(s: string): void }, text: string, cuts: number[]): void {
  let at = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    p.push(text.slice(at, cut));
    at = cut;
  }
  p.push(text.slice(at));
}

describe("SpreadsheetML pieces", () => {
  it("decodes entities and character references", () => {
    expect(unescapeXml("a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos; &#7871; &#x1EBF;")).toBe("a & b <c> \"d\" 'e' ế ế");
  });

  it("reads Excel serial days as dates in both systems", () => {
    // 45292 is 01/01/2024 (Excel shows it so), so 45338 is 46 days later, 16/02/2024; 1 in the 1904 system is 02/01/1904.
    expect(excelSerialToIso(45292, false)).toBe("2024-01-01");
    expect(excelSerialToIso(45338, false)).toBe("2024-02-16");
    expect(excelSerialToIso(45338.75, false)).toBe("2024-02-16");
    expect(excelSerialToIso(1, true)).toBe("1904-01-02");
  });

  it("tells date formats from number formats", () => {
    expect(isDateFormatCode("dd/mm/yyyy")).toBe(true);
    expect(isDateFormatCode("[$-42A]d mmmm yyyy")).toBe(true);
    expect(isDateFormatCode('#,##0 "đồng"')).toBe(false);
    expect(isDateFormatCode("0.00%")).toBe(false);
    expect(isDateFormatCode("General")).toBe(false);
    const styles = `<styleSheet><numFmts><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="#,##0"/></numFmts>
      <cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="165"/><xf numFmtId="14"/><xf numFmtId="3"/></cellXfs></styleSheet>`;
    expect(dateStyles(styles)).toEqual([false, true, false, true, false]);
  });

  it("lists worksheets in tab order with their parts (a chart sheet holds no cells and is left out)", () => {
    const wb = `<workbook xmlns:r="x"><workbookPr date1904="1"/><sheets><sheet name="Hồ sơ &amp; kết quả" sheetId="2" r:id="rId7"/><sheet name="Biểu đồ" sheetId="3" r:id="rId3"/><sheet name="B" sheetId="1" r:id="rId1"/></sheets></workbook>`;
    const type = (t: string) => `Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${t}"`;
    const rels =
      `<Relationships><Relationship Id="rId1" ${type("worksheet")} Target="worksheets/sheet1.xml"/><Relationship Id="rId7" ${type("worksheet")} Target="/xl/worksheets/sheet9.xml"/>` +
      `<Relationship Id="rId3" ${type("chartsheet")} Target="chartsheets/sheet1.xml"/></Relationships>`;
    expect(workbookSheets(wb, rels)).toEqual({
      sheets: [
        { name: "Hồ sơ & kết quả", part: "xl/worksheets/sheet9.xml" },
        { name: "B", part: "xl/worksheets/sheet1.xml" },
      ],
      date1904: true,
    });
  });

  it("reads shared strings (plain, rich text, phonetic runs left out, empty) whatever the chunking", () => {
    const xml = `<sst><si><t>Dược</t></si><si><r><rPr/><t xml:space="preserve">Khám </t></r><r><t>bệnh</t></r><rPh><t>x</t></rPh></si><si/><si><t>a&amp;b</t></si><si><t xml:space='preserve'> Y tế </t></si><si><t><![CDATA[a<b]]></t></si></sst>`;
    for (const cuts of [[], [3, 17, 40], [...Array(xml.length).keys()]]) {
      const p = sharedStringsParser();
      feed(p, xml, cuts);
      expect(p.end()).toEqual(["Dược", "Khám bệnh", "", "a&b", " Y tế ", "a<b"]);
    }
  });

  const ctx = { sharedStrings: ["Lĩnh vực", "Dược"], dateStyles: [false, true], date1904: false };
  const sheet =
    `<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="inlineStr"><is><t>Ngày &lt;nhận&gt;</t></is></c></row>` +
    `<row r="3" spans="1:4"><c r="A3" t="s"><v>1</v></c><c r="B3" s="1"><v>45338</v></c><c r="C3"><v>12.5</v></c><c r="D3" t="b"><v>1</v></c><c r="E3" t="str"><f>A3</f><v>Dược</v></c><c r="F3" s="1"/></row>` +
    `<row r="4"/><row><c t="e"><v>#N/A</v></c><c><v>7</v></c></row></sheetData><rowBreaks count="1"><brk id="5"/></rowBreaks></worksheet>`;

  it("reads a sheet's rows: shared, inline and formula strings, dates by style, numbers, booleans, gaps, rows without r", () => {
    for (const cuts of [[], [10, 50, 120, 200], [...Array(sheet.length).keys()]]) {
      const rows: [number, string[]][] = [];
      const p = sheetRowsParser(ctx, (r, cells) => rows.push([r, cells]));
      feed(p, sheet, cuts);
      p.end();
      expect(rows).toEqual([
        [1, ["Lĩnh vực", "", "Ngày <nhận>"]],
        // F3 is styled but empty: a row is as wide as its last cell that holds text.
        [3, ["Dược", "2024-02-16", "12.5", "TRUE", "Dược"]],
        [5, ["#N/A", "7"]],
      ]);
    }
  });

  it("converts a serial by its own workbook's date system: a 1904 serial read first never answers for a 1900 one", () => {
    // Found by the differential test against exceljs: the cache keyed 1904 serials by -serial - 1, so 1904's 0 and 1900's -1 shared a key.
    const read = (date1904: boolean, v: string) => {
      const rows: string[][] = [];
      const p = sheetRowsParser({ sharedStrings: [], dateStyles: [false, true], date1904 }, (_r, cells) => rows.push(cells));
      p.push(`<sheetData><row r="1"><c r="A1" s="1"><v>${v}</v></c></row></sheetData>`);
      p.end();
      return rows[0][0];
    };
    expect(read(true, "0")).toBe("1904-01-01");
    expect(read(false, "-1")).toBe(excelSerialToIso(-1, false));
    expect(read(false, "-1")).not.toBe("1904-01-01");
    expect(read(false, "45292")).toBe("2024-01-01");
    expect(read(true, "45292")).toBe("2028-01-02"); // 1,462 days later in the 1904 system
  });

  it("reads the usual cell shapes (read without tokens) exactly as the same cells written otherwise", () => {
    // Each cell as Excel writes it (r, s, t in double quotes: the fast path) and with single quotes (the tokens).
    const usual = [
      ['<c r="A1" t="s"><v>1</v></c>', "Y tế"],
      ['<c r="B1" s="1" t="s"><v>007</v></c>', ""], // index 7: no such string
      ['<c r="C1" s="1"><v>45338</v></c>', "2024-02-16"], // a date style: serial to ISO
      ['<c r="D1" s="1"><v>45338.75</v></c>', "2024-02-16"], // 18:00 on that day: the date is kept
      ['<c r="E1"><v>0</v></c>', "0"],
      ['<c r="F1"><v>0012</v></c>', "12"], // a number's leading zeros are not kept
      ['<c r="G1" s="0"><v>12.50</v></c>', "12.5"],
      ['<c r="H1" t="n"><v>-3</v></c>', "-3"],
      ['<c r="I1" t="b"><v>1</v></c>', "TRUE"],
      ['<c r="J1" t="str"><v>=A1</v></c>', "=A1"],
      ['<c r="K1" t="e"><v>#DIV/0!</v></c>', "#DIV/0!"],
      ['<c r="L1" s="5"/>', ""],
      ['<c r="M1" s="9"><v>1234567890123456</v></c>', "1234567890123456"], // 16 digits: past the digit reader, read by Number
      ['<c r="XFE1"><v>1</v></c>', null], // past column XFD: skipped
    ] as const;
    const read = (cells: string) => {
      const rows: string[][] = [];
      const p = sheetRowsParser({ sharedStrings: ["Dược", "Y tế"], dateStyles: [false, true], date1904: false }, (_r, c) => rows.push(c));
      const summary = (feed(p, `<sheetData><row r="1">${cells}</row></sheetData>`, []), p.end());
      return { cells: rows[0] ?? [], skipped: summary.skippedCells };
    };
    const expected = usual.filter(([, v]) => v !== null).map(([, v]) => v as string);
    while (expected[expected.length - 1] === "") expected.pop();
    const fast = read(usual.map(([c]) => c).join(""));
    expect(fast).toEqual({ cells: expected, skipped: 1 });
    expect(read(usual.map(([c]) => c.replace(/"/g, "'")).join(""))).toEqual(fast);
    // Cut anywhere, the cells are the same (a cell cut by a chunk's end is left to the tokens).
    const text = `<sheetData><row r="1">${usual.map(([c]) => c).join("")}</row></sheetData>`;
    for (let cut = 1; cut < text.length; cut += 7) {
      const rows: string[][] = [];
      const p = sheetRowsParser({ sharedStrings: ["Dược", "Y tế"], dateStyles: [false, true], date1904: false }, (_r, c) => rows.push(c));
      feed(p, text, [cut]);
      p.end();
      expect(rows[0]).toEqual(expected);
    }
  });

  it("reads rows started and ended without tokens exactly as through the tokens, cut anywhere, and stops when asked", () => {
    const sheetXml =
      "<sheetData>" +
      '<row r="1" spans="1:3" ht="20" customHeight="1"><c r="A1" t="s"><v>0</v></c><c r="C1"><v>5</v></c></row>' +
      '<row r="2"/>' + // an empty row: not given
      '<row r="4" x14ac:dyDescent="0.25"><c r="B4" s="1"><v>45338</v></c></row>\n  ' + // a gap before it, a line break after
      '<row r="1048577"><c r="A1048577"><v>1</v></c></row>' + // past Excel's last row: its cell skipped and counted
      '<row r="6" note="a>b"><c r="A6"><v>6</v></c></row>' + // ">" inside a value
      "<row><c><v>7</v></c></row>" + // no r: the next row, the next column
      '<row r="9"><c r="A9"><v>9</v></c></row>' +
      "</sheetData>";
    // Worked out by hand: row 1 "Dược" in A and 5 in C; row 4 the date in B; row 6; the unnumbered row is 7; row 9.
    const expected = [
      [1, ["Dược", "", "5"]],
      [4, ["", "2024-02-16"]],
      [6, ["6"]],
      [7, ["7"]],
      [9, ["9"]],
    ];
    const read = (text: string, cuts: number[], stopAfter = Infinity) => {
      const rows: [number, string[]][] = [];
      const p = sheetRowsParser({ sharedStrings: ["Dược"], dateStyles: [false, true], date1904: false }, (r, cells) => {
        rows.push([r, cells]);
        if (rows.length >= stopAfter) p.stop();
      });
      feed(p, text, cuts);
      return { rows, skipped: p.end().skippedCells };
    };
    expect(read(sheetXml, [])).toEqual({ rows: expected, skipped: 1 });
    // The same sheet in single quotes is read by the tokens alone.
    expect(read(sheetXml.replace(/"/g, "'"), [])).toEqual({ rows: expected, skipped: 1 });
    for (let cut = 1; cut < sheetXml.length; cut += 5) expect(read(sheetXml, [cut]).rows).toEqual(expected);
    // A reader that stops after the first row gets no second (rows 2 and 4 follow it directly).
    expect(read(sheetXml, [], 1).rows).toEqual(expected.slice(0, 1));
  });

  it("reads prefixed SpreadsheetML (x:row, x:c)", () => {
    const rows: [number, string[]][] = [];
    const p = sheetRowsParser(ctx, (r, cells) => rows.push([r, cells]));
    p.push(`<x:worksheet><x:sheetData><x:row r="2"><x:c r="B2" t="inlineStr"><x:is><x:t>Y tế</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>`);
    p.end();
    expect(rows).toEqual([[2, ["", "Y tế"]]]);
  });
});

describe("tsvRowsParser", () => {
  it("splits rows across chunk boundaries, including a quoted line break and CRLF cut between \\r and \\n", () => {
    const rows: string[][] = [];
    const p = tsvRowsParser((r) => rows.push(r));
    p.push('1\t"a\r');
    p.push('\nb"\tc\r');
    p.push("\n2\t");
    p.end();
    expect(rows).toEqual([
      ["1", "a\nb", "c"],
      ["2", ""],
    ]);
  });

  it("gives parseTsv's rows for any text and any chunking", () => {
    const text = fc.string({ unit: fc.constantFrom("a", "ế", '"', "\t", "\n", "\r", " "), maxLength: 60 });
    fc.assert(
      fc.property(text, fc.array(fc.nat(60), { maxLength: 8 }), (t, cuts) => {
        const rows: string[][] = [];
        const p = tsvRowsParser((r) => rows.push(r));
        feed(
          p,
          t,
          cuts.map((c) => Math.min(c, t.length)),
        );
        p.end();
        expect(rows).toEqual(parseTsv(t));
      }),
      { numRuns: 3000 },
    );
  });
});
