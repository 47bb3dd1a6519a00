#!/usr/bin/env node
/**
 * The `dossiers` command on a generated one-stop export at 20,000, 200,000 and 1,000,000 rows:
 * wall time and peak resident memory, each measured in a fresh process, against `unzip -p` of the
 * parts the streaming reader inflates (the sheet, shared strings, styles, workbook). With
 * `--exceljs`, also exceljs's own full and streaming reads of the same file (minutes at 1,000,000
 * rows). Also the same list as UTF-8 tab-separated text.
 * Run: npm run build:cli && node bench/dossierScale.js [--exceljs] [rows...]   (results: bench/RESULTS.md)
 */
"use strict";
const { execFileSync } = require("child_process");
const { existsSync, mkdirSync, statSync, writeFileSync, createWriteStream } = require("fs");
const { join } = require("path");

const dir = join(__dirname, "..", "out", "bench");
const STATUSES = ["Đã trả kết quả", "Đang xử lý", "Yêu cầu bổ sung", "Công dân rút hồ sơ"];
const FIELDS = ["Dược phẩm", "Khám bệnh, chữa bệnh", "Y tế dự phòng", "An toàn thực phẩm", "Trang thiết bị y tế", "Giám định y khoa", "Mỹ phẩm", "Dân số"];

function row(i) {
  const day = 1 + (i % 28);
  const month = 1 + (i % 10);
  const status = STATUSES[i % 11 === 0 ? 1 : i % 13 === 0 ? 2 : i % 17 === 0 ? 3 : 0];
  const received = new Date(Date.UTC(2024, month - 1, day));
  const due = new Date(Date.UTC(2024, month, day));
  const result = status === STATUSES[0] ? new Date(Date.UTC(2024, month, day - (i % 3))) : null;
  return [
    i,
    `000.00.${String(i % 90).padStart(2, "0")}.H${String(i).padStart(7, "0")}`,
    "Cấp giấy phép hoạt động " + (i % 40),
    FIELDS[i % FIELDS.length],
    received,
    due,
    result,
    status,
  ];
}

async function makeXlsx(n, file) {
  const ExcelJS = require("exceljs");
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
  const ws = wb.addWorksheet("Hồ sơ");
  ws.columns = [8, 28, 40, 24, 14, 14, 14, 18].map((width) => ({ width }));
  ws.addRow(["STT", "Mã hồ sơ", "Thủ tục", "Lĩnh vực", "Ngày tiếp nhận", "Ngày hẹn trả", "Ngày trả kết quả", "Trạng thái"]).commit();
  for (let i = 1; i <= n; i++) {
    const r = ws.addRow(row(i));
    for (const c of [5, 6, 7]) r.getCell(c).numFmt = "dd/mm/yyyy";
    r.commit();
  }
  ws.commit();
  await wb.commit();
}

async function makeTsv(n, file) {
  const out = createWriteStream(file);
  const d = (x) => (x ? `${String(x.getUTCDate()).padStart(2, "0")}/${String(x.getUTCMonth() + 1).padStart(2, "0")}/${x.getUTCFullYear()}` : "");
  out.write("STT\tMã hồ sơ\tThủ tục\tLĩnh vực\tNgày tiếp nhận\tNgày hẹn trả\tNgày trả kết quả\tTrạng thái\n");
  for (let i = 1; i <= n; i++) {
    const r = row(i);
    const line = [r[0], r[1], r[2], r[3], d(r[4]), d(r[5]), d(r[6]), r[7]].join("\t") + "\n";
    if (!out.write(line)) await new Promise((res) => out.once("drain", res));
  }
  await new Promise((res) => out.end(res));
}

/** One measurement in a fresh process: prints {ms, maxRssMiB, detail}. */
const CHILD = {
  "exceljs-full": `const E=require("exceljs");const wb=new E.Workbook();await wb.xlsx.readFile(file);detail=wb.worksheets[0].rowCount+" rows";`,
  "exceljs-stream": `const E=require("exceljs");let n=0;const r=new E.stream.xlsx.WorkbookReader(file,{sharedStrings:"cache",styles:"cache",worksheets:"emit",hyperlinks:"ignore"});for await(const ws of r){for await(const row of ws){n++;}}detail=n+" rows";`,
  dossiers: `const {runCli}=require(process.cwd()+"/build/cli/main.js");const o=await runCli(["dossiers",file,"--as-of","2024-12-31","--json"]);detail=JSON.parse(o.stdout.join("\\n")).total.received+" received";`,
};

/** `unzip -p` of the parts the streaming reader inflates, discarding the output: wall ms (best of three). */
function unzipMs(file) {
  let best = Infinity;
  for (let k = 0; k < 3; k++) {
    const t0 = performance.now();
    execFileSync("bash", [
      "-c",
      'unzip -p "$1" xl/workbook.xml xl/_rels/workbook.xml.rels xl/styles.xml xl/sharedStrings.xml xl/worksheets/sheet1.xml > /dev/null',
      "_",
      file,
    ]);
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

function measure(kind, file) {
  const script =
    `(async()=>{const file=${JSON.stringify(file)};let detail="";const t0=performance.now();${CHILD[kind]}const ms=performance.now()-t0;` +
    `console.log(JSON.stringify({ms,maxRssMiB:process.resourceUsage().maxRSS/1024,detail}));})().catch(e=>{console.error(e);process.exit(1)});`;
  const out = execFileSync(process.execPath, ["--max-old-space-size=16000", "-e", script], {
    cwd: join(__dirname, ".."),
    encoding: "utf8",
    maxBuffer: 1 << 26,
  });
  return JSON.parse(out.trim().split("\n").pop());
}

(async () => {
  mkdirSync(dir, { recursive: true });
  const withExceljs = process.argv.includes("--exceljs");
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => n > 0);
  const rowsList = sizes.length ? sizes : [20000, 200000, 1000000];
  const lines = [];
  for (const n of rowsList) {
    const xlsx = join(dir, `dossiers-${n}.xlsx`);
    const tsv = join(dir, `dossiers-${n}.tsv`);
    if (!existsSync(xlsx)) await makeXlsx(n, xlsx);
    if (!existsSync(tsv)) await makeTsv(n, tsv);
    // Best of three (the shared machine's other work makes single runs vary by up to 2×); the peak memory is the largest seen.
    const best = (kind, file) => {
      const runs = [0, 1, 2].map(() => measure(kind, file));
      return { ...runs.reduce((a, b) => (b.ms < a.ms ? b : a)), maxRssMiB: Math.max(...runs.map((r) => r.maxRssMiB)) };
    };
    const ours = best("dossiers", xlsx);
    const oursTsv = best("dossiers", tsv);
    const unzip = unzipMs(xlsx);
    const mib = (f) => (statSync(f).size / 2 ** 20).toFixed(1);
    const r = (a, b) => (a / b).toFixed(2);
    const cell = (m) => `${Math.round(m.ms)} / ${Math.round(m.maxRssMiB)}`;
    let exceljs = "";
    if (withExceljs) {
      const full = measure("exceljs-full", xlsx);
      const stream = measure("exceljs-stream", xlsx);
      exceljs = ` ${cell(full)} | ${cell(stream)} | ${r(ours.ms, full.ms)}× / ${r(ours.maxRssMiB, full.maxRssMiB)}× |`;
    }
    lines.push(
      `| ${n.toLocaleString("en")} | .xlsx ${mib(xlsx)} MiB | ${Math.round(unzip)} | ${cell(ours)} | **${r(ours.ms, unzip)}×** | ${cell(oursTsv)} (.tsv ${mib(tsv)} MiB) | ${ours.detail} |${exceljs}`,
    );
    console.log(lines[lines.length - 1]);
  }
  const table = [
    "| rows | input | `unzip -p` of the parts (ms) | `dossiers` end to end (ms / peak MiB) | time ratio to `unzip -p` | `dossiers` on the same list as .tsv | result |" +
      (withExceljs ? " exceljs full read | exceljs streaming reader | ratio to the full read (time / memory) |" : ""),
    "| ---: | --- | ---: | ---: | ---: | ---: | --- |" + (withExceljs ? " ---: | ---: | ---: |" : ""),
    ...lines,
  ].join("\n");
  writeFileSync(join(dir, "dossier-scale.md"), table + "\n");
  console.log("\n" + table);
})();
