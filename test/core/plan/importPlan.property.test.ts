import fc from "fast-check";
import { docxContentFromXml } from "../../../src/core/grid/docx";
import { makeGrid } from "../../../src/core/grid/grid";
import { htmlTablesToGrids } from "../../../src/core/grid/html";
import { parseTsv } from "../../../src/core/grid/tsv";
import { importPlan } from "../../../src/core/plan/importPlan";
import { parseUnits } from "../../../src/core/units/parseUnits";
import { makeRegistry } from "../../../src/core/units/registry";

/** Cell text drawn from the words real tables use, plus arbitrary noise. */
const cellText = fc.oneof(
  fc.constantFrom(
    "TT",
    "STT",
    "Nội dung",
    "Nhiệm vụ",
    "Tiến độ",
    "Thời gian",
    "Đơn vị thực hiện",
    "Chủ trì",
    "Phối hợp",
    "I",
    "II.",
    "1",
    "2",
    "",
    "Quý IV",
    "Tháng 13/2024",
    "31/02/2024",
    "BCĐ ISO, và Các đơn vị",
    "<p>- a</p>",
    '"',
    "\t",
    "\n",
  ),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: "binary", maxLength: 20 }),
);

const grid = fc.tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 12 })).chain(([width, height]) =>
  fc.record({
    rows: fc.array(fc.array(cellText, { minLength: width, maxLength: width }), { minLength: height, maxLength: height }),
    merges: fc.array(
      fc
        .record({ top: fc.nat(12), left: fc.nat(6), h: fc.nat(3), w: fc.nat(2) })
        .map((m) => ({ top: m.top, left: m.left, bottom: m.top + m.h, right: m.left + m.w })),
      { maxLength: 3 },
    ),
  }),
);

describe("no input makes a parser throw", () => {
  it("importPlan on any grid of strings, with any merges", () => {
    fc.assert(
      fc.property(grid, fc.option(fc.integer({ min: 1900, max: 2199 }), { nil: undefined }), ({ rows, merges }, year) => {
        const result = importPlan([makeGrid("Kế hoạch", rows, { merges })], { year });
        if (result) for (const t of result.tasks) expect(t.task).toBe(t.task.normalize("NFC"));
      }),
      { numRuns: 400 },
    );
  });

  it("a header followed by random rows still yields tasks or findings, never an exception", () => {
    fc.assert(
      fc.property(fc.array(fc.array(cellText, { minLength: 4, maxLength: 4 }), { maxLength: 10 }), (rows) => {
        const result = importPlan([makeGrid("KH", [["TT", "Nội dung", "Thời gian", "Đơn vị thực hiện"], ...rows])], { year: 2024 });
        expect(result).not.toBeNull();
        for (const f of result!.findings) expect(f.sheet).toBe("KH");
      }),
      { numRuns: 300 },
    );
  });

  it("parseTsv, htmlTablesToGrids, docxContentFromXml and parseUnits on any string", () => {
    const registry = makeRegistry();
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: fc.constantFrom("a", "ô", " ", "\t", "\n", "\r", '"', "<", ">", "/"), maxLength: 200 })),
        (s) => {
          // Every row is a list of cell texts; without quotes, a tab always separates cells.
          const rows = parseTsv(s);
          for (const row of rows) for (const text of row) expect(typeof text === "string" && (s.includes('"') || !text.includes("\t"))).toBe(true);
          // Grids are rectangular and their merges lie inside them, whatever the spans say.
          const html = htmlTablesToGrids("x", `<table><tr><td rowspan="${s.length % 4}">${s}</td></tr></table>${s}`);
          const docx = docxContentFromXml("x", `<w:tbl><w:tr><w:tc><w:p><w:r><w:t>${s}</w:t></w:r></w:p></w:tc></w:tr></w:tbl>${s}`).tables;
          expect(html.length + docx.length).toBeGreaterThanOrEqual(1);
          for (const g of [...html, ...docx]) {
            const width = g.rows[0]?.length ?? 0;
            expect(g.rows.every((row) => row.length === width)).toBe(true);
            for (const m of g.merges)
              expect(m.top >= 0 && m.left >= 0 && m.bottom < g.rows.length && m.right < width && m.top <= m.bottom && m.left <= m.right).toBe(true);
          }
          // Units: every unit keeps the words it was written with.
          const units = parseUnits(s, registry);
          for (const u of [...units.lead, ...units.support]) expect(u.written.trim()).not.toBe("");
        },
      ),
      { numRuns: 500 },
    );
  });
});
