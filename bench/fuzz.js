#!/usr/bin/env node
/**
 * Fuzz benchmark of the file readers (issue 13): 100,000 generated hostile structures per reader
 * (bench/fuzzCases.js) through the .docx table reader, the HTML table reader and the SpreadsheetML
 * sheet reader, plus whole .xlsx packages through readSource (exceljs). For each reader: cases
 * run, exceptions (must be 0), the slowest case, the largest grid, and the peak heap. Issue 19 adds
 * the dossier statistics reader over tables in every header family of the 2025 portals
 * (bench/dossierFuzzCases.js): no exception, counts whole and non-negative, and "Trong đó" parts
 * never added to their whole again (a violation counts as a failure).
 * Run: npx tsc -p tsconfig.cli.json && node --expose-gc bench/fuzz.js [cases per reader] [xlsx packages]
 * Results are written down in bench/RESULTS.md.
 */
"use strict";
const { performance } = require("perf_hooks");
const { fc, docxCase, htmlCase, xlsxCase, area, streamSheet, xlsxPackage } = require("./fuzzCases");
const build = (p) => require(`../build/${p}`);
const { docxContentFromXml } = build("core/grid/docx");
const { htmlContent } = build("core/grid/html");
const { sheetRowsParser } = build("core/grid/xlsxXml");
const { readSource, SourceError } = build("io/readSource");
const { importDossiers } = build("core/dossiers/importDossiers");
const { makeGrid } = build("core/grid/grid");
const dossierCases = require("./dossierFuzzCases");

/** Reads a generated statistics table; throws when a count is not a whole non-negative number. */
function readDossierTable(rows) {
  const r = importDossiers(makeGrid("T", rows), { asOf: "2025-12-31" });
  for (const c of [r.total, ...r.byField]) for (const x of dossierCases.countsOf(c)) if (!Number.isInteger(x) || x < 0) throw new Error(`count ${x}`);
  return rows.length;
}

/** Reads a table of parts under their wholes; throws when a part was added to its whole. */
function readDossierParts({ rows, expected }) {
  const r = importDossiers(makeGrid("T", rows), { asOf: "2025-12-31" });
  if (r.total.received !== expected.received || r.total.resolved !== expected.resolved || r.total.late !== expected.late)
    throw new Error("part added to its whole");
  return rows.length;
}

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
    const bytes = await xlsxPackage(sheet);
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
    run("xlsx sheet XML (sheetRowsParser)", xlsxCase, (xml) => streamSheet(sheetRowsParser, xml), cases, 13),
    run("dossier tables, 2025 header families (importDossiers)", dossierCases.tableCase, readDossierTable, cases, 19),
    run("dossier 'Trong đó' parts never added again (importDossiers)", dossierCases.partsCase, readDossierParts, cases, 19),
  ];
  results.push(await runPackages(packages, 13));
  console.log(JSON.stringify(results[results.length - 1]));
  console.log(`Node ${process.version}, ${new Date().toISOString().slice(0, 10)}; ${results.reduce((n, r) => n + r.failures, 0)} exceptions in all`);
})();
