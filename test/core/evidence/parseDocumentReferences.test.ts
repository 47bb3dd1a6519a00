import { parseDocumentReferences } from "../../../src/core/evidence/parseDocumentReferences";
import type { DocumentReference } from "../../../src/core/evidence/documentReference";
import { sampleText, seeds } from "../../helpers";

/** A reference as expected, with the defaults of a dated, issue-free "số …/<type>-<issuer>" reference. */
function ref(r: Partial<DocumentReference> & Pick<DocumentReference, "text" | "type" | "typeName" | "number" | "symbol">): DocumentReference {
  return { numberYear: null, issuer: r.symbol.split("-")[1] ?? null, date: null, dateText: null, issues: [], ...r };
}

const qd = (number: string, symbol: string, date: string, dateText: string, text?: string) =>
  ref({ text: text ?? `Quyết định số ${number}/${symbol} ngày ${dateText}`, type: "QĐ", typeName: "Quyết định", number, symbol, date, dateText });

/** The "Kết quả" column of seed 001's results table, rows 1–8, read from the sample file. */
function seedResults(): Map<string, string> {
  const rows = sampleText(seeds.report2024)
    .split("\n")
    .map((l) => l.split("\t"))
    .filter((cells) => cells.length === 3 && /^\d$/.test(cells[0]));
  return new Map(rows.map(([no, , result]) => [no, result]));
}

describe("parseDocumentReferences on seed 001's results table", () => {
  const results = seedResults();
  const expected: Record<string, DocumentReference[]> = {
    "1": [
      ref({
        text: "Kế hoạch số 733/KH-SYT ngày 28/02/2024",
        type: "KH",
        typeName: "Kế hoạch",
        number: "733",
        symbol: "KH-SYT",
        date: "2024-02-28",
        dateText: "28/02/2024",
      }),
    ],
    "2": [],
    "3": [qd("386", "QĐ-SYT", "2024-09-27", "27/9/2024")],
    "4": [
      qd("1790", "QĐ-UBND", "2023-12-20", "20/12/2023"),
      qd("128", "QĐ-UBND", "2024-01-29", "29/01/2024"),
      qd("663", "QĐ-UBND", "2024-06-07", "07/6/2024"),
      qd("1369", "QĐ-UBND", "2024-10-16", "16/10/2024"),
    ],
    "5": [
      ref({
        text: "Kế hoạch số 4425/KH-ISO ngày 03/10/2024",
        type: "KH",
        typeName: "Kế hoạch",
        number: "4425",
        symbol: "KH-ISO",
        date: "2024-10-03",
        dateText: "03/10/2024",
      }),
    ],
    "6": [
      ref({
        text: "Biên bản 01/BB-XXLD ngày 22/10/2024",
        type: "BB",
        typeName: "Biên bản",
        number: "01",
        symbol: "BB-XXLD",
        date: "2024-10-22",
        dateText: "22/10/2024",
      }),
    ],
    "7": [
      ref({
        text: "Biên bản 02/BB-XXLD ngày 22/10/2024",
        type: "BB",
        typeName: "Biên bản",
        number: "02",
        symbol: "BB-XXLD",
        date: "2024-10-22",
        dateText: "22/10/2024",
      }),
      qd("494", "QĐ-SYT", "2024-11-01", "01/11/2024"),
    ],
    "8": [qd("491", "QĐ-SYT", "2024-10-31", "31/10/2024")],
  };

  it("finds the eight rows", () => {
    expect([...results.keys()]).toEqual(["1", "2", "3", "4", "5", "6", "7", "8"]);
  });

  it.each(Object.keys(expected))("reads row %s", (no) => {
    expect(parseDocumentReferences(results.get(no)!)).toEqual(expected[no]);
  });

  it("reads the budget decision and the Công văn of the report text", () => {
    const text = sampleText(seeds.report2024);
    expect(parseDocumentReferences("theo Quyết định số 155/QĐ-UBND ngày 13/3/2024 của Chủ tịch Ủy ban nhân dân tỉnh")).toEqual([
      qd("155", "QĐ-UBND", "2024-03-13", "13/3/2024"),
    ]);
    const cv = parseDocumentReferences(text).find((r) => r.number === "1548");
    expect(cv).toEqual(ref({ text: "Công văn số 1548/SYT-VP", type: "CV", typeName: "Công văn", number: "1548", symbol: "SYT-VP", issuer: "SYT" }));
  });

  it("ignores the blank number of the report's own header", () => {
    expect(parseDocumentReferences("Số: /BC- SYT\n\nNinh Thuận, ngày tháng năm 2024")).toEqual([]);
  });
});

describe("parseDocumentReferences", () => {
  it("reads an abbreviation used as the type word", () => {
    expect(parseDocumentReferences("QĐ 494/QĐ-SYT ngày 01/11/2024")).toEqual([
      qd("494", "QĐ-SYT", "2024-11-01", "01/11/2024", "QĐ 494/QĐ-SYT ngày 01/11/2024"),
    ]);
  });

  it("reads 'Số:' with the type taken from the symbol", () => {
    expect(parseDocumentReferences("Số: 3885/KH-SLĐTBXH")).toEqual([
      ref({ text: "Số: 3885/KH-SLĐTBXH", type: "KH", typeName: "Kế hoạch", number: "3885", symbol: "KH-SLĐTBXH" }),
    ]);
  });

  it("reads legal texts with a year in the number and the long date form", () => {
    const text = "Căn cứ Quyết định số 19/2014/QĐ-TTg ngày 05 tháng 3 năm 2014 của Thủ tướng Chính phủ; Thông tư số 26/2014/TT-BKHCN ngày 10 tháng 10 năm 2014";
    expect(parseDocumentReferences(text)).toEqual([
      ref({
        text: "Quyết định số 19/2014/QĐ-TTg ngày 05 tháng 3 năm 2014",
        type: "QĐ",
        typeName: "Quyết định",
        number: "19",
        numberYear: 2014,
        symbol: "QĐ-TTg",
        date: "2014-03-05",
        dateText: "05 tháng 3 năm 2014",
      }),
      ref({
        text: "Thông tư số 26/2014/TT-BKHCN ngày 10 tháng 10 năm 2014",
        type: "TT",
        typeName: "Thông tư",
        number: "26",
        numberYear: 2014,
        symbol: "TT-BKHCN",
        date: "2014-10-10",
        dateText: "10 tháng 10 năm 2014",
      }),
    ]);
  });

  it("reads lists separated by ';', ',' and 'và', including a bare second number", () => {
    const refs = parseDocumentReferences(
      "Quyết định số 12/QĐ-UBND ngày 05/3/2024, Kế hoạch số 7/KH-SYT ngày 06/3/2024 và Báo cáo số 8/BC-SYT ngày 07.3.2024; Quyết định số 20/QĐ-SYT và 21/QĐ-SYT",
    );
    expect(refs.map((r) => [r.text, r.type, r.date])).toEqual([
      ["Quyết định số 12/QĐ-UBND ngày 05/3/2024", "QĐ", "2024-03-05"],
      ["Kế hoạch số 7/KH-SYT ngày 06/3/2024", "KH", "2024-03-06"],
      ["Báo cáo số 8/BC-SYT ngày 07.3.2024", "BC", "2024-03-07"],
      ["Quyết định số 20/QĐ-SYT", "QĐ", null],
      ["21/QĐ-SYT", "QĐ", null],
    ]);
  });

  it("reads NFD text exactly like NFC text", () => {
    const nfc = sampleText(seeds.report2024);
    const nfd = nfc.normalize("NFD");
    expect(nfd).not.toBe(nfc);
    const refs = parseDocumentReferences(nfd);
    expect(refs).toEqual(parseDocumentReferences(nfc));
    expect(refs).toHaveLength(13); // 11 in the results table, the budget decision, Công văn 1548
    expect(refs.every((r) => r.text === r.text.normalize("NFC"))).toBe(true);
  });

  it("reads a lower-case type word, a dash-joined date and a symbol with a spaced hyphen", () => {
    expect(parseDocumentReferences("theo quyết định số 12/QĐ-UBND ngày 22-10-2024")[0]).toMatchObject({
      text: "quyết định số 12/QĐ-UBND ngày 22-10-2024",
      type: "QĐ",
      date: "2024-10-22",
    });
    expect(parseDocumentReferences("Báo cáo số 12/BC- SYT")[0]).toMatchObject({ symbol: "BC-SYT", issuer: "SYT" });
    expect(parseDocumentReferences("Kế hoạch số 733/KH-SYT - UBND tỉnh")[0]).toMatchObject({ symbol: "KH-SYT", text: "Kế hoạch số 733/KH-SYT" });
  });

  it("keeps the issuer first in a Công văn symbol even when it looks like a type code", () => {
    expect(parseDocumentReferences("Công văn số 12/CT-TTHT")[0]).toMatchObject({ type: "CV", issuer: "CT", issues: [] });
    expect(parseDocumentReferences("12/UBND-VX")[0]).toMatchObject({ type: "CV", typeName: "Công văn", issuer: "UBND" });
  });

  it("takes the type from the symbol and warns when the written type differs", () => {
    expect(parseDocumentReferences("Kế hoạch số 12/QĐ-SYT")).toEqual([
      ref({
        text: "Kế hoạch số 12/QĐ-SYT",
        type: "QĐ",
        typeName: "Quyết định",
        number: "12",
        symbol: "QĐ-SYT",
        issues: [
          {
            severity: "warning",
            code: "evidence_type_mismatch",
            params: { reference: "Kế hoạch số 12/QĐ-SYT", written: "Kế hoạch", symbol: "QĐ-SYT", typeName: "Quyết định" },
          },
        ],
      }),
    ]);
  });

  it.each([
    ["Quyết định số 5/QĐ-SYT ngày 31/02/2024", "evidence_date_impossible", "31/02/2024"],
    ["Quyết định số 5/QĐ-SYT ngày 29/02/2023", "evidence_date_impossible", "29/02/2023"],
    ["Quyết định số 5/QĐ-SYT ngày 12/13/2024", "evidence_date_impossible", "12/13/2024"],
    ["Quyết định số 5/QĐ-SYT ngày 31 tháng 4 năm 2024", "evidence_date_impossible", "31 tháng 4 năm 2024"],
    ["Quyết định số 5/QĐ-SYT ngày 28/02/24", "evidence_date_unreadable", "28/02/24"],
    ["Quyết định số 5/QĐ-SYT ngày .../.../2024", "evidence_date_unreadable", ".../.../2024"],
    ["Quyết định số 5/QĐ-SYT ngày tháng năm 2024", "evidence_date_unreadable", "tháng năm 2024"],
    ["Quyết định số 5/QĐ-SYT ngày; Kế hoạch số 6/KH-SYT", "evidence_date_unreadable", ""],
  ])("reports the date of %j as %s instead of guessing", (text, code, dateText) => {
    const [first] = parseDocumentReferences(text);
    expect(first.date).toBeNull();
    expect(first.dateText).toBe(dateText);
    expect(first.issues).toEqual([{ severity: "error", code, params: { reference: first.text, date: dateText } }]);
  });

  it("does not take the next reference as an unreadable date", () => {
    const refs = parseDocumentReferences("Biên bản 01/BB-XXLD ngày Quyết định số 494/QĐ-SYT ngày 01/11/2024");
    expect(refs.map((r) => [r.text, r.date])).toEqual([
      ["Biên bản 01/BB-XXLD ngày", null],
      ["Quyết định số 494/QĐ-SYT ngày 01/11/2024", "2024-11-01"],
    ]);
  });

  it.each([
    "ngày 13/3/2024",
    "Tháng 9-11/2024",
    "TCVN ISO 9001:2015",
    "Sở KH&CN",
    "tỷ lệ 99,81 %",
    "1/3 số cơ quan",
    "Quý IV/2024",
    "Mục tiêu chất lượng 2024",
    "",
  ])("finds nothing in %j", (text) => {
    expect(parseDocumentReferences(text)).toEqual([]);
  });
});
