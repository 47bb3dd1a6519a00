import { docxContentFromXml } from "../../../src/core/grid/docx";
import { htmlContent } from "../../../src/core/grid/html";
import { maxTableCells } from "../../../src/core/grid/limits";
import { sheetRowsParser } from "../../../src/core/grid/xlsxXml";
import { sparseGridLimits } from "../../../src/core/grid/sparse";
import { readSource, SourceError } from "../../../src/io/readSource";
import { area, docxCase, fc, htmlCase, streamSheet, xlsxCase, xlsxPackage } from "../../../bench/fuzzCases";

/**
 * Issue 13: over generated .docx, .html and .xlsx structures (spans, nesting, sizes, far-away
 * cells, merges), every reader finishes in bounded time and memory and reports a finding rather
 * than throwing. A few hundred cases here; bench/fuzz.js runs 100,000 per reader.
 */
const megabytes = () => process.memoryUsage().heapUsed / 1024 / 1024;
const timed = <T>(run: () => T): { value: T; ms: number } => {
  const start = Date.now();
  const value = run();
  return { value, ms: Date.now() - start };
};

/**
 * Whether a huge gridSpan sits in a cell of a top-level table. A table nested inside a cell is
 * read as that cell's text (its spans never apply), so only top-level spans must be capped.
 */
function hugeTopLevelSpan(xml: string): boolean {
  let depth = 0;
  for (const m of xml.matchAll(/<w:tbl>|<\/w:tbl>|<w:gridSpan w:val="(\d+)"/g)) {
    if (m[0] === "<w:tbl>") depth++;
    else if (m[0] === "</w:tbl>") depth--;
    else if (depth === 1 && (m[1] === "100000000" || m[1].length >= 10)) return true;
  }
  return false;
}

describe("fuzz: hostile table structures", () => {
  it("docx: any gridSpan, vMerge and nesting gives bounded grids, fast, with a finding when spans were cut", () => {
    fc.assert(
      fc.property(docxCase, (xml: string) => {
        const { value, ms } = timed(() => docxContentFromXml("d", xml));
        expect(ms).toBeLessThan(2000);
        for (const grid of value.tables) expect(grid.rows.length * (grid.rows[0]?.length ?? 0)).toBeLessThanOrEqual(maxTableCells);
        if (hugeTopLevelSpan(xml) && value.tables.length > 0 && !value.findings.some((f) => f.code === "span_capped")) {
          // A huge span that was not cut can only be one no row reached (a table whose rows are empty).
          expect(area(value.tables)).toBe(0);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("html: any rowspan/colspan, nesting and broken tags gives bounded grids, fast", () => {
    const before = megabytes();
    fc.assert(
      fc.property(htmlCase, (html: string) => {
        const { value, ms } = timed(() => htmlContent("h", html));
        expect(ms).toBeLessThan(2000);
        for (const grid of value.grids) expect(grid.rows.length * (grid.rows[0]?.length ?? 0)).toBeLessThanOrEqual(maxTableCells);
        if (/colspan=100000000/.test(html) && area(value.grids) > 0) expect(value.findings.map((f: { code: string }) => f.code)).toContain("span_capped");
      }),
      { numRuns: 150 },
    );
    expect(megabytes() - before).toBeLessThan(500);
  });

  it("xlsx sheet XML: cells up to XFD1048576 stream in bounded rows", () => {
    fc.assert(
      fc.property(xlsxCase, fc.array(fc.nat(), { maxLength: 4 }), (xml: string, cuts: number[]) => {
        const { value: cells, ms } = timed(() => streamSheet(sheetRowsParser, xml, cuts));
        expect(ms).toBeLessThan(2000);
        // At most 20 rows of at most 16,384 columns.
        expect(cells).toBeLessThanOrEqual(20 * 16_384);
      }),
      { numRuns: 150 },
    );
  });

  it("xlsx packages: read whole, a sheet too large for memory is a finding, never a hang", async () => {
    await fc.assert(
      fc.asyncProperty(xlsxCase, async (sheet: string) => {
        const bytes = await xlsxPackage(sheet);
        const start = Date.now();
        try {
          const content = await readSource("k.xlsx", bytes);
          for (const grid of content.grids) expect(grid.rows.length * (grid.rows[0]?.length ?? 0)).toBeLessThanOrEqual(sparseGridLimits.cells);
        } catch (error) {
          // Unreadable is a named finding (too large, corrupt), never another exception.
          expect(error).toBeInstanceOf(SourceError);
        }
        expect(Date.now() - start).toBeLessThan(5000);
      }),
      { numRuns: 15 },
    );
    // 15 whole reads: well under a second each, but not within jest's default 5 s on a loaded 2-core machine.
  }, 60_000);
});
