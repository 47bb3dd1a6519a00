#!/usr/bin/env node
/**
 * Speed and memory benchmarks of the jobs a secretary runs, on inputs far larger than a real
 * department's (a plan has tens of tasks, a year hundreds to a few thousand dossiers).
 * Run: npm run bench   (compiles the CLI build first). Results are written down in bench/RESULTS.md.
 */
"use strict";
const { performance } = require("perf_hooks");
const build = (p) => require(`../build/${p}`);
const { makeGrid } = build("core/grid/grid");
const { importPlan } = build("core/plan/importPlan");
const { importDossiers } = build("core/dossiers/importDossiers");
const { buildTasksSheet } = build("core/workbook/tasksSheet");
const { workbookSpecToXlsx } = build("adapters/exceljs/renderWorkbook");
const { parseTiming } = build("core/timing/parseTiming");
const { amountInWords } = build("core/budget/amountInWords");

const phrases = ["Tháng 01/2024", "Quý II", "Hàng tháng", "Tháng 9-11/2024", "trước ngày 15/3/2024", "Thường xuyên", "6 tháng đầu năm"];
const units = ["Tổ chức Hành chính", "BCĐ ISO, và Các đơn vị", "Các phòng chuyên môn và 02 Chi cục, TT GĐYK", "Lãnh đạo Sở, BCĐ ISO"];

function planGrid(tasks) {
  const rows = [["TT", "Nội dung/Nhiệm vụ", "Hoạt động/Sản phẩm", "Tiến độ/Thời gian", "Phân công/Cách thức thực hiện"]];
  for (let i = 1; i <= tasks; i++) {
    rows.push([
      String(i),
      `<p>Nhiệm vụ số ${i}: rà soát, cập nhật quy trình giải quyết thủ tục hành chính</p>`,
      "Quyết định ban hành",
      phrases[i % phrases.length],
      units[i % units.length],
    ]);
  }
  return makeGrid("Kế hoạch", rows);
}

function dossierGrid(count) {
  const rows = [["STT", "Mã hồ sơ", "Lĩnh vực", "Ngày tiếp nhận", "Ngày hẹn trả", "Ngày trả kết quả", "Trạng thái"]];
  const statuses = ["Đã trả kết quả", "Đang xử lý", "Yêu cầu bổ sung", "Công dân rút hồ sơ"];
  for (let i = 1; i <= count; i++) {
    const day = 1 + (i % 28);
    const month = 1 + (i % 9);
    const status = statuses[i % 11 === 0 ? 1 : i % 13 === 0 ? 2 : i % 17 === 0 ? 3 : 0];
    const result = status === "Đã trả kết quả" ? `${String(day).padStart(2, "0")}/${String(month + 1).padStart(2, "0")}/2024` : "";
    rows.push([
      String(i),
      `HS-${i}`,
      `Lĩnh vực ${i % 8}`,
      `${String(day).padStart(2, "0")}/${String(month).padStart(2, "0")}/2024`,
      `${String(day).padStart(2, "0")}/${String(month + 1).padStart(2, "0")}/2024`,
      result,
      status,
    ]);
  }
  return makeGrid("Hồ sơ", rows);
}

async function measure(name, size, fn) {
  global.gc?.();
  const before = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const detail = await fn();
  const ms = performance.now() - t0;
  const heapMb = (process.memoryUsage().heapUsed - before) / 2 ** 20;
  return { name, size, ms: Math.round(ms), heapMb: Math.max(0, Math.round(heapMb)), detail };
}

(async () => {
  const results = [];
  for (const n of [100, 1000, 10000]) {
    const grid = planGrid(n);
    results.push(await measure("import plan table", `${n} tasks`, () => `${importPlan([grid], { year: 2024 }).tasks.length} tasks`));
  }
  const plan = importPlan([planGrid(10000)], { year: 2024 });
  results.push(
    await measure(
      "write tasks sheet .xlsx (exceljs)",
      "10000 tasks",
      async () => `${((await workbookSpecToXlsx({ sheets: [buildTasksSheet(plan.tasks)] })).length / 1024).toFixed(0)} KiB`,
    ),
  );
  for (const n of [1000, 100000]) {
    const grid = dossierGrid(n);
    results.push(
      await measure("dossier timeliness from a list", `${n} dossiers`, () => `${importDossiers(grid, { asOf: "2024-10-31" }).total.received} received`),
    );
  }
  results.push(
    await measure("parse schedule phrases", "100000 phrases", () => {
      let k = 0;
      for (let i = 0; i < 100000; i++) if (parseTiming(phrases[i % phrases.length], { year: 2024 }).timing.start) k++;
      return `${k} dated`;
    }),
  );
  results.push(
    await measure("amount in words", "100000 amounts", () => {
      let chars = 0;
      for (let i = 0; i < 100000; i++) chars += amountInWords(i * 1_234_567).length;
      return `${chars} chars`;
    }),
  );
  console.log(`Node ${process.version}, ${require("os").cpus().length} cores, ${new Date().toISOString().slice(0, 10)}\n`);
  console.log("| job | input | time (ms) | heap growth (MiB) | result |");
  console.log("| --- | --- | ---: | ---: | --- |");
  for (const r of results) console.log(`| ${r.name} | ${r.size} | ${r.ms} | ${r.heapMb} | ${r.detail} |`);
})();
