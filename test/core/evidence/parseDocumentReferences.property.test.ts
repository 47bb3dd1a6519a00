import fc from "fast-check";
import { parseDocumentReferences } from "../../../src/core/evidence/parseDocumentReferences";
import { formatDocumentReference } from "../../../src/core/evidence/formatDocumentReference";
import { documentTypes } from "../../../src/core/evidence/documentTypes";
import { parseIsoDate } from "../../../src/core/calendar/dates";

/** Pieces that make up reference-like text, so random strings hit the interesting paths. */
const piece = fc.oneof(
  fc.constantFrom(
    "Kế hoạch",
    "Quyết định",
    "QĐ",
    "Công văn",
    "Biên bản",
    "số",
    "Số:",
    "và",
    ";",
    ",",
    " ",
    "\n",
    "ngày",
    "tháng",
    "năm",
    "/",
    "-",
    "- ",
    ".",
    "…",
    "của Sở Y tế",
  ),
  fc.constantFrom("KH", "SYT", "UBND", "BB-XXLD", "SLĐTBXH", "TTg", "ISO"),
  fc.integer({ min: 0, max: 99999 }).map(String),
  fc.string({ maxLength: 6 }),
);
const referenceLike = fc.array(piece, { maxLength: 30 }).map((xs) => xs.join(""));

const issuer = fc.constantFrom("SYT", "UBND", "XXLD", "SLĐTBXH", "ISO", "VP", "BKHCN");
const isoDay = fc
  .date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe("parseDocumentReferences properties", () => {
  it("never throws, and every reference is a piece of the NFC text with a real date or none", () => {
    fc.assert(
      fc.property(fc.oneof(referenceLike, fc.string(), fc.string({ unit: "grapheme" })), (text) => {
        const nfc = text.normalize("NFC");
        for (const r of parseDocumentReferences(text)) {
          expect(nfc.includes(r.text)).toBe(true);
          expect(r.date === null || parseIsoDate(r.date) !== null).toBe(true);
          expect(r.date === null ? true : r.issues.every((i) => i.code === "evidence_type_mismatch")).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it("reads back what formatDocumentReference writes", () => {
    const reference = fc.record({
      type: fc.constantFrom(...documentTypes),
      number: fc.integer({ min: 1, max: 9999 }).map(String),
      numberYear: fc.option(fc.integer({ min: 1990, max: 2100 }), { nil: null }),
      issuer,
      date: fc.option(isoDay, { nil: null }),
      dateStyle: fc.constantFrom("short" as const, "long" as const),
    });
    fc.assert(
      fc.property(reference, ({ type, number, numberYear, issuer, date, dateStyle }) => {
        // A Công văn symbol is "<issuer>-<unit>"; the others "<type code>-<issuer>".
        const symbol = type.code === "CV" ? `${issuer}-VP` : `${type.code}-${issuer}`;
        const text = formatDocumentReference({ typeName: type.name, number, numberYear, symbol, date }, { dateStyle });
        const refs = parseDocumentReferences(`Kết quả: ${text}; xong.`);
        expect(refs).toHaveLength(1);
        expect(refs[0]).toMatchObject({ text, type: type.code, typeName: type.name, number, numberYear, symbol, issuer, date, issues: [] });
      }),
      { numRuns: 1000 },
    );
  });
});
