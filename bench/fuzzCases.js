"use strict";
/**
 * Hostile-structure generators for the file readers (issue 13): Word tables with any gridSpan and
 * vMerge, nesting and sizes; HTML tables with any rowspan/colspan and nesting; SpreadsheetML
 * sheets with far-away cell references, merges and long strings. Shared by the fuzz test
 * (test/core/grid/fuzz.test.ts, a few hundred cases in `npm test`) and the benchmark
 * (bench/fuzz.js, 100,000 cases per reader), with the helpers both run a case through. A helper
 * runs one case through the reader it is given and returns what the properties are asserted on;
 * it never decides pass or fail itself. Plain JavaScript so that node runs the benchmark as it
 * is; bench/fuzzCases.d.ts gives the test its types.
 */
const fc = require("fast-check");
const JSZip = require("jszip");

/** A span value: mostly honest, often huge, sometimes absurd (zero, thousands of digits). */
const span = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 4 }).map(String) },
  { weight: 2, arbitrary: fc.constantFrom("0", "1000", "65534", "100000000", "4294967297") },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 30 }).map((n) => "9".repeat(n * 10)) },
);
const shortText = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom("TT", "Nội dung/Nhiệm vụ", "Tiến độ/Thời gian", "Đơn vị thực hiện", "1", "Quý II", "Tháng 13/2024", "") },
  { weight: 2, arbitrary: fc.string({ maxLength: 20 }) },
);
/** Mostly short cell text; one cell in 500 is longer than Excel's 32,767-character limit. */
const text = fc.oneof({ weight: 499, arbitrary: shortText }, { weight: 1, arbitrary: fc.integer({ min: 32_000, max: 40_000 }).map((n) => "x".repeat(n)) });
const escapeXml = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A table shape: rows of cells, each with spans; a cell may hold a nested table of the same shape. */
const shape = fc.letrec((tie) => ({
  table: fc.record({
    gridColumns: fc.integer({ min: 0, max: 12 }),
    rows: fc.array(fc.array(tie("cell"), { minLength: 0, maxLength: 6 }), { minLength: 0, maxLength: 8 }),
  }),
  cell: fc.record({
    text,
    colspan: span,
    rowspan: span,
    vMerge: fc.constantFrom(null, "restart", "continue"),
    nested: fc.oneof({ maxDepth: 2, depthSize: "xsmall" }, { weight: 8, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: tie("table") }),
  }),
})).table;

/** Many rows of many spanning cells: the shape of the issue's 135 KB / 948-byte files. */
const bomb = fc.record({
  rows: fc.integer({ min: 1, max: 300 }),
  cells: fc.integer({ min: 1, max: 12 }),
  colspan: fc.constantFrom("1000", "100000000"),
  rowspan: fc.constantFrom("1", "1000"),
});

function docxTable(t) {
  const grid = t.gridColumns ? `<w:tblGrid>${'<w:gridCol w:w="500"/>'.repeat(t.gridColumns)}</w:tblGrid>` : "";
  const rows = t.rows
    .map((cells) => {
      const tcs = cells.map((c) => {
        const props = `<w:tcPr><w:gridSpan w:val="${c.colspan}"/>${c.vMerge === null ? "" : c.vMerge === "restart" ? '<w:vMerge w:val="restart"/>' : "<w:vMerge/>"}</w:tcPr>`;
        return `<w:tc>${props}<w:p><w:r><w:t>${escapeXml(c.text)}</w:t></w:r></w:p>${c.nested ? docxTable(c.nested) : ""}</w:tc>`;
      });
      return `<w:tr>${tcs.join("")}</w:tr>`;
    })
    .join("");
  return `<w:tbl>${grid}${rows}</w:tbl>`;
}

function htmlTable(t) {
  const rows = t.rows
    .map(
      (cells) =>
        `<tr>${cells.map((c) => `<td rowspan="${c.rowspan}" colspan=${c.colspan}>${escapeXml(c.text)}${c.nested ? htmlTable(c.nested) : ""}</td>`).join("")}</tr>`,
    )
    .join("\n");
  return `<table>${rows}</table>`;
}

const docxDocument = (tables) =>
  `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${tables.join("<w:p><w:r><w:t>Kế hoạch năm 2024</w:t></w:r></w:p>")}</w:body></w:document>`;
const bombTable = (b) => ({
  gridColumns: 5,
  rows: Array.from({ length: b.rows }, () =>
    Array.from({ length: b.cells }, () => ({ text: "ô", colspan: b.colspan, rowspan: b.rowspan, vMerge: null, nested: null })),
  ),
});

/** Arbitraries of whole documents. */
const docxCase = fc.oneof(
  { weight: 19, arbitrary: fc.array(shape, { minLength: 0, maxLength: 3 }).map((ts) => docxDocument(ts.map(docxTable))) },
  { weight: 1, arbitrary: bomb.map((b) => docxDocument([docxTable(bombTable(b))])) },
);
const htmlCase = fc.oneof(
  {
    weight: 15,
    arbitrary: fc
      .array(shape, { minLength: 0, maxLength: 3 })
      .map((ts) => `<html><body><p>Kế hoạch 2024</p>${ts.map(htmlTable).join("<p>…</p>")}</body></html>`),
  },
  { weight: 1, arbitrary: bomb.map((b) => htmlTable(bombTable(b))) },
  // Unclosed and stray tags.
  {
    weight: 4,
    arbitrary: fc
      .array(fc.constantFrom("<table>", "</table>", "<tr>", "</tr>", "<td colspan=1000>", "</td>", "<th rowspan=99999>", "ô"), { maxLength: 200 })
      .map((parts) => parts.join("")),
  },
);

/** A SpreadsheetML sheet: cells at any reference (up to XFD1048576), merges, inline strings of any length. */
const column = fc.oneof(fc.constantFrom("A", "B", "E", "Z", "AA", "XFD"), fc.stringMatching(/^[A-Z]{1,3}$/));
const xlsxSheet = fc.record({
  rows: fc.array(
    fc.record({ r: fc.oneof(fc.integer({ min: 1, max: 50 }), fc.constant(1_048_576)), cells: fc.array(fc.tuple(column, text), { maxLength: 8 }) }),
    { maxLength: 20 },
  ),
  merges: fc.array(fc.tuple(column, fc.integer({ min: 1, max: 1_048_576 }), column, fc.integer({ min: 1, max: 1_048_576 })), { maxLength: 4 }),
});
function sheetXml(s) {
  const rows = [...s.rows]
    .sort((a, b) => a.r - b.r)
    .map((row) => `<row r="${row.r}">${row.cells.map(([c, t]) => `<c r="${c}${row.r}" t="inlineStr"><is><t>${escapeXml(t)}</t></is></c>`).join("")}</row>`)
    .join("");
  const merges = s.merges.length
    ? `<mergeCells count="${s.merges.length}">${s.merges.map(([a, r1, b, r2]) => `<mergeCell ref="${a}${r1}:${b}${r2}"/>`).join("")}</mergeCells>`
    : "";
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData>${merges}</worksheet>`;
}
const xlsxCase = xlsxSheet.map(sheetXml);

/** Grid cells of a reader's result. */
const area = (grids) => grids.reduce((n, g) => n + g.rows.length * (g.rows[0] ? g.rows[0].length : 0), 0);

/**
 * Streams a sheet's XML through a sheetRowsParser (src/core/grid/xlsxXml.ts) in pieces cut at
 * `cuts` (positions, taken modulo the length), as a zip entry arrives; returns the cells it emitted.
 */
function streamSheet(sheetRowsParser, xml, cuts = []) {
  let cells = 0;
  const parser = sheetRowsParser({ sharedStrings: [], dateStyles: [], date1904: false }, (_r, row) => (cells += row.length));
  let at = 0;
  for (const cut of cuts.map((c) => c % (xml.length + 1)).sort((a, b) => a - b)) {
    parser.push(xml.slice(at, cut));
    at = cut;
  }
  parser.push(xml.slice(at));
  parser.end();
  return cells;
}

/** A minimal .xlsx package whose one sheet, "Kế hoạch", is `sheetXml` (no styles, no shared strings). */
function xlsxPackage(sheetXml) {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
  );
  zip.file(
    "_rels/.rels",
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  );
  zip.file(
    "xl/workbook.xml",
    '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Kế hoạch" sheetId="1" r:id="rId1"/></sheets></workbook>',
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
  );
  zip.file("xl/worksheets/sheet1.xml", sheetXml);
  return zip.generateAsync({ type: "uint8array" });
}

module.exports = { fc, docxCase, htmlCase, xlsxCase, area, streamSheet, xlsxPackage };
