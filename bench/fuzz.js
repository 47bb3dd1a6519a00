#!/usr/bin/env node
/**
 * Fuzz benchmark of the file readers (issue 13): 100,000 generated hostile structures per reader
 * (bench/fuzzCases.js) through the .docx table reader, the HTML table reader and the SpreadsheetML
 * sheet reader, plus whole .xlsx packages through readSource (exceljs). For each reader: cases
 * run, exceptions (must be 0), the slowest case, the largest grid, and the peak heap.
 * Run: npx tsc -p tsconfig.cli.json && node --expose-gc bench/fuzz.js [cases per reader] [xlsx packages]
 * Results are written down in bench/RESULTS.md.
 */
"use strict";
const { performance } = require("perf_hooks");
const JSZip = require("jszip");
const { fc, docxCase, htmlCase, xlsxCase, area } = require("./fuzzCases");
const build = (p) => require(`../build/${p}`);
const { docxContentFromXml } = build("core/grid/docx");
const { htmlContent } = build("core/grid/html");
const { sheetRowsParser } = build("core/grid/xlsxXml");
const { readSource, SourceError } = build("io/readSource");

const cases = Number(process.argv[2] ?? 100_000);
const packages = Number(process.argv[3] ?? 1_000);

function run(name, arbitrary, read, count, seed) {
  let failures = 0;
  let slowest = 0;
  let largest = 0;
  let peak = 0;
  const start = performance.now();
  const samples = fc.sample(arbitrary, { numRuns: count, seed });
  for (let i = 0; i < samples.length; i++) {
    const t = performance.now();
    try {
      largest = Math.max(largest, read(samples[i]));
    } catch (error) {
      failures++;
      if (failures <= 3) console.error(`${name}: case ${i} threw`, error);
    }
    slowest = Math.max(slowest, performance.now() - t);
    if (i % 1000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
  }
  const total = (performance.now() - start) / 1000;
  const result = {
    name,
    cases: samples.length,
    failures,
    slowestMs: slowest.toFixed(1),
    largestGrid: largest,
    seconds: total.toFixed(1),
    peakHeapMB: (peak / 1024 / 1024).toFixed(0),
  };
  console.log(JSON.stringify(result));
  return result;
}

async function runPackages(count, seed) {
  let failures = 0;
  let named = 0;
  let slowest = 0;
  const start = performance.now();
  for (const sheet of fc.sample(xlsxCase, { numRuns: count, seed })) {
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
      '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="K" sheetId="1" r:id="rId1"/></sheets></workbook>',
    );
    zip.file(
      "xl/_rels/workbook.xml.rels",
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    );
    zip.file("xl/worksheets/sheet1.xml", sheet);
    const bytes = await zip.generateAsync({ type: "uint8array" });
    const t = performance.now();
    try {
      await readSource("k.xlsx", bytes);
    } catch (error) {
      if (error instanceof SourceError) named++;
      else failures++;
    }
    slowest = Math.max(slowest, performance.now() - t);
  }
  return {
    name: "xlsx package (readSource, exceljs)",
    cases: count,
    failures,
    namedFindings: named,
    slowestMs: slowest.toFixed(1),
    seconds: ((performance.now() - start) / 1000).toFixed(1),
  };
}

(async () => {
  const results = [
    run("docx tables (docxContentFromXml)", docxCase, (xml) => area(docxContentFromXml("d", xml).tables), cases, 13),
    run("html tables (htmlContent)", htmlCase, (html) => area(htmlContent("h", html).grids), cases, 13),
    run(
      "xlsx sheet XML (sheetRowsParser)",
      xlsxCase,
      (xml) => {
        let cells = 0;
        const p = sheetRowsParser({ sharedStrings: [], dateStyles: [], date1904: false }, (_r, row) => (cells += row.length));
        p.push(xml);
        p.end();
        return cells;
      },
      cases,
      13,
    ),
  ];
  results.push(await runPackages(packages, 13));
  console.log(JSON.stringify(results[results.length - 1]));
  console.log(`Node ${process.version}, ${new Date().toISOString().slice(0, 10)}; ${results.reduce((n, r) => n + r.failures, 0)} exceptions in all`);
})();
