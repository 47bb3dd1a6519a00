/**
 * Issue 22: no input, path or failure makes the command line destroy or corrupt a file, crash, or
 * run unbounded. Hostile inputs are generated here, into a temporary folder. Cases that could eat
 * memory or time run the built command line in a child process under a memory cap (`ulimit -v`
 * and `--max-old-space-size`), and assert its time.
 */
import { execFileSync, spawnSync } from "child_process";
import { createHash } from "crypto";
import { closeSync, existsSync, linkSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, symlinkSync, writeFileSync, writeSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { deflateRawSync, constants as zlibConstants } from "zlib";
import { zipSync } from "fflate";
import JSZip from "jszip";
import { runCli } from "../../src/cli/main";
import { samplePath, seeds } from "../helpers";

const root = resolve(__dirname, "..", "..");
const tmp = () => mkdtempSync(join(tmpdir(), "iso-hostile-"));
const md5 = (path: string) => createHash("md5").update(readFileSync(path)).digest("hex");
const enc = (s: string) => new TextEncoder().encode(s);

/** The command line built once for the child-process cases (out/ is ignored by git). */
let built = "";
beforeAll(() => {
  const outDir = join(root, "out", "hostile-build");
  execFileSync(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", join(root, "tsconfig.cli.json"), "--outDir", outDir], {
    stdio: "pipe",
  });
  built = join(outDir, "cli", "main.js");
}, 180_000);

/**
 * Runs the built command line under a memory cap (virtual memory and V8's heap); returns its exit
 * code, output, and processor time (user + system, from the shell's `times`): the machine is
 * shared, so processor time, not wall time, is what the 10 s bound is checked against.
 */
function runCapped(args: string[], cwd: string, options: { memoryMiB?: number; fileBlocks?: number } = {}) {
  const memory = options.memoryMiB ?? 1024;
  const script = `require(${JSON.stringify(built)}).main(process.argv.slice(1)).then((c) => process.exit(c))`;
  const limits = [`ulimit -v ${(memory + 1024) * 1024}`, options.fileBlocks ? `ulimit -f ${options.fileBlocks}` : ""].filter(Boolean).join("; ");
  const shell = `node="$0"; script="$1"; shift; ${limits}; "$node" --max-old-space-size=${memory} -e "$script" -- "$@"; rc=$?; times >&2; exit $rc`;
  const run = spawnSync("bash", ["-c", shell, process.execPath, script, ...args], { cwd, encoding: "utf8", timeout: 300_000 });
  const lines = run.stderr.trimEnd().split("\n");
  const seconds = (t: string) => {
    const m = /(\d+)m([\d.]+)s/.exec(t);
    return m ? Number(m[1]) * 60 + Number(m[2]) : NaN;
  };
  const children = (lines.pop() ?? "").split(/\s+/);
  const ms = (seconds(children[0]) + seconds(children[1])) * 1000;
  return { code: run.status, stdout: run.stdout, stderr: lines.slice(0, -1).join("\n"), ms, signal: run.signal };
}

const contentTypes =
  '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>';
const packageRels =
  '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>';
const workbookRels =
  '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>';
const workbookXml = (prefix = "") =>
  `<?xml version="1.0"?><${prefix}workbook xmlns${prefix ? `:${prefix.slice(0, -1)}` : ""}="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><${prefix}sheets><${prefix}sheet name="Hồ sơ" sheetId="1" r:id="rId1"/></${prefix}sheets></${prefix}workbook>`;

/** A one-sheet workbook package whose sheet XML is `sheet`. */
function workbook(sheet: string, prefix = ""): Uint8Array {
  return zipSync({
    "[Content_Types].xml": enc(contentTypes),
    "_rels/.rels": enc(packageRels),
    "xl/workbook.xml": enc(workbookXml(prefix)),
    "xl/_rels/workbook.xml.rels": enc(workbookRels),
    "xl/worksheets/sheet1.xml": enc(sheet),
  });
}

/**
 * A workbook whose sheet part inflates to `mib` MiB of spaces while its central directory declares
 * 100 bytes: one deflated MiB repeated (full flushes make the pieces independent), then a final block.
 */
function lyingBomb(mib: number): Uint8Array {
  const piece = deflateRawSync(Buffer.alloc(1 << 20, 0x20), { finishFlush: zlibConstants.Z_FULL_FLUSH });
  const head = enc('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>');
  const headDeflated = deflateRawSync(Buffer.from(head), { finishFlush: zlibConstants.Z_FULL_FLUSH });
  const body = Buffer.concat([headDeflated, ...Array.from({ length: mib }, () => piece), Buffer.from([0x03, 0x00])]);
  const small = zipSync({
    "[Content_Types].xml": enc(contentTypes),
    "_rels/.rels": enc(packageRels),
    "xl/workbook.xml": enc(workbookXml()),
    "xl/_rels/workbook.xml.rels": enc(workbookRels),
  });
  // Append the bomb entry by hand: local header, data, and a central directory entry that lies.
  const name = Buffer.from("xl/worksheets/sheet1.xml");
  const eocd = Buffer.from(small).lastIndexOf(Buffer.from([0x50, 0x4b, 5, 6]));
  const smallBuf = Buffer.from(small);
  const cdOffset = smallBuf.readUInt32LE(eocd + 16);
  const cdSize = smallBuf.readUInt32LE(eocd + 12);
  const count = smallBuf.readUInt16LE(eocd + 10);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(body.length, 18);
  local.writeUInt32LE(100, 22);
  local.writeUInt16LE(name.length, 26);
  const cd = Buffer.alloc(46);
  cd.writeUInt32LE(0x02014b50, 0);
  cd.writeUInt16LE(20, 4);
  cd.writeUInt16LE(20, 6);
  cd.writeUInt16LE(8, 10);
  cd.writeUInt32LE(body.length, 20);
  cd.writeUInt32LE(100, 24);
  cd.writeUInt16LE(name.length, 28);
  cd.writeUInt32LE(cdOffset, 42);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(count + 1, 8);
  end.writeUInt16LE(count + 1, 10);
  const files = smallBuf.subarray(0, cdOffset);
  const newCd = Buffer.concat([smallBuf.subarray(cdOffset, cdOffset + cdSize), cd, name]);
  const bombOffset = files.length + local.length + name.length + body.length;
  end.writeUInt32LE(newCd.length, 12);
  end.writeUInt32LE(bombOffset, 16);
  return new Uint8Array(Buffer.concat([files, local, name, body, newCd, end]));
}

describe("files are identities: no output lands on the input through a link", () => {
  it("report --docx to a symbolic link of the input is refused and the input stays a workbook", async () => {
    const dir = tmp();
    expect((await runCli(["init", "--year", "2024", "-o", "so.xlsx"], dir)).code).toBe(0);
    const before = md5(join(dir, "so.xlsx"));
    symlinkSync("so.xlsx", join(dir, "kq.docx"));
    const out = await runCli(["report", "so.xlsx", "-o", "r.xlsx", "--docx", "kq.docx"], dir);
    expect(out.code).toBe(2);
    expect(out.stderr.join("\n")).toContain('tệp kết quả "kq.docx" trùng với tệp đầu vào');
    expect(md5(join(dir, "so.xlsx"))).toBe(before);
    expect(existsSync(join(dir, "r.xlsx"))).toBe(false);
  });

  it("report -o to a hard link of the input, and next-year --docx to a link, are refused", async () => {
    const dir = tmp();
    await runCli(["init", "--year", "2024", "-o", "so.xlsx"], dir);
    const before = md5(join(dir, "so.xlsx"));
    linkSync(join(dir, "so.xlsx"), join(dir, "hard.xlsx"));
    const report = await runCli(["report", "so.xlsx", "-o", "hard.xlsx"], dir);
    expect(report.code).toBe(2);
    expect(report.stderr.join("\n")).toContain("trùng với tệp đầu vào");
    symlinkSync("so.xlsx", join(dir, "plan.docx"));
    const next = await runCli(["next-year", "so.xlsx", "--docx", "plan.docx"], dir);
    expect(next.code).toBe(2);
    expect(next.stderr.join("\n")).toContain('"plan.docx" trùng với tệp đầu vào');
    expect(md5(join(dir, "so.xlsx"))).toBe(before);
  });

  it("import -o through a link to the plan file it reads is refused before anything is written", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "ke-hoach.tsv"), readFileSync(samplePath(seeds.plan2024)));
    symlinkSync("ke-hoach.tsv", join(dir, "so.xlsx"));
    const before = md5(join(dir, "ke-hoach.tsv"));
    const out = await runCli(["import", "ke-hoach.tsv", "-o", "so.xlsx"], dir);
    expect(out.code).toBe(2);
    expect(md5(join(dir, "ke-hoach.tsv"))).toBe(before);
  });

  it("a stamped .xlsx of ours at a .docx path is not replaced as if it were our .docx", async () => {
    const dir = tmp();
    await runCli(["init", "--year", "2024", "-o", "so.xlsx"], dir);
    await runCli(["init", "--year", "2024", "-o", "other.xlsx"], dir);
    writeFileSync(join(dir, "bao-cao.docx"), readFileSync(join(dir, "other.xlsx")));
    const before = md5(join(dir, "bao-cao.docx"));
    const out = await runCli(["report", "so.xlsx", "-o", "r.xlsx", "--docx", "bao-cao.docx"], dir);
    expect(out.code).toBeLessThan(2);
    expect(md5(join(dir, "bao-cao.docx"))).toBe(before);
    expect(existsSync(join(dir, "bao-cao (2).docx"))).toBe(true);
  });
});

describe("atomic writes", () => {
  it("a write that fails on a full disk (ulimit -f) leaves the workbook written into as it was, and no temporary file", async () => {
    const dir = tmp();
    await runCli(["import", samplePath(seeds.plan2024), "-o", "so.xlsx"], dir);
    const before = md5(join(dir, "so.xlsx"));
    const run = runCapped(["import", samplePath(seeds.plan2024), "-o", "so.xlsx"], dir, { fileBlocks: 4 });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("không ghi được tệp");
    expect(md5(join(dir, "so.xlsx"))).toBe(before);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  }, 60_000);
});

describe("zip bombs and lying directories stop at the inflated-size cap", () => {
  const bombDir = tmp();
  const bomb = join(bombDir, "bom.xlsx");
  beforeAll(() => writeFileSync(bomb, lyingBomb(300)));

  it("is small on disk and declares a tiny part", () => {
    expect(readFileSync(bomb).length).toBeLessThan(2_000_000);
  });

  it.each([
    ["import", ["import", "bom.xlsx"]],
    ["report", ["report", "bom.xlsx", "-o", "r.xlsx"]],
    ["next-year", ["next-year", "bom.xlsx"]],
  ])(
    "%s refuses it as 'quá lớn' within 10 s and 1 GB",
    (_name, args) => {
      const run = runCapped(args, bombDir);
      expect(run.signal).toBeNull();
      expect(run.code).toBe(2);
      expect(run.stderr).toContain("quá lớn");
      expect(run.ms).toBeLessThan(10_000);
    },
    300_000,
  );

  it("dossiers (the streaming reader, whose sheet cap is larger) reads past it within the bounds and calls the part damaged: it inflates to another size than declared", () => {
    const run = runCapped(["dossiers", "bom.xlsx", "--as-of", "2024-12-31"], bombDir);
    expect(run.signal).toBeNull();
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('tệp "bom.xlsx" bị hỏng');
    expect(run.ms).toBeLessThan(10_000);
  }, 120_000);

  it("as the existing -o target of import, it is refused and left as it was", () => {
    const dir = tmp();
    writeFileSync(join(dir, "so.xlsx"), readFileSync(bomb));
    const before = md5(join(dir, "so.xlsx"));
    const run = runCapped(["import", samplePath(seeds.plan2024), "-o", "so.xlsx"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("quá lớn");
    expect(run.ms).toBeLessThan(10_000);
    expect(md5(join(dir, "so.xlsx"))).toBe(before);
  }, 60_000);
});

describe("coordinates are bounded", () => {
  it('<row r="2000000000"> and a cell at XFD1048576 are read within 10 s and 1 GB, the far cells named', () => {
    const dir = tmp();
    const header = `<row r="1"><c r="A1" t="inlineStr"><is><t>Lĩnh vực</t></is></c><c r="B1" t="inlineStr"><is><t>Ngày tiếp nhận</t></is></c><c r="C1" t="inlineStr"><is><t>Hạn xử lý</t></is></c><c r="D1" t="inlineStr"><is><t>Ngày trả kết quả</t></is></c></row>`;
    const data = `<row r="2"><c r="A2" t="inlineStr"><is><t>Dược</t></is></c><c r="B2" t="inlineStr"><is><t>01/03/2024</t></is></c><c r="C2" t="inlineStr"><is><t>15/03/2024</t></is></c><c r="D2" t="inlineStr"><is><t>10/03/2024</t></is></c></row>`;
    const far = `<row r="2000000000"><c r="A2000000000"><v>1</v></c></row><row r="1048576"><c r="XFD1048576"><v>2</v></c></row>`;
    writeFileSync(
      join(dir, "xa.xlsx"),
      workbook(`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${header}${data}${far}</sheetData></worksheet>`),
    );
    const run = runCapped(["dossiers", "xa.xlsx", "--as-of", "2024-12-31"], dir);
    expect(run.signal).toBeNull();
    expect(run.ms).toBeLessThan(10_000);
    expect(run.stdout).toMatch(/tiếp nhận 1\b|1 hồ sơ/);
    expect(run.stdout).toContain("ngoài giới hạn trang tính");
  }, 60_000);
});

describe("long cells and lines (item 6)", () => {
  const head = "STT\tNội dung\tHoạt động/Sản phẩm\tThời gian\tĐơn vị thực hiện\n";
  const tail = "2\tHọp xem xét của lãnh đạo\tBiên bản\tQuý II/2024\tVăn phòng\n";

  it("a plan with a 12 MB cell is imported within 10 s and 1 GB, the cell cut to Excel's 32,767 characters with a warning at it", () => {
    const dir = tmp();
    writeFileSync(join(dir, "cell.tsv"), `${head}1\t${"Rà soát quy trình ".repeat(600_000)}\tBáo cáo\tTháng 01/2024\tVăn phòng\n${tail}`);
    const run = runCapped(["import", "cell.tsv", "-o", "so.xlsx"], dir);
    expect([run.signal, run.code]).toEqual([null, 0]);
    expect(run.ms).toBeLessThan(10_000);
    expect(run.stdout + run.stderr).toContain("32.767");
    expect(existsSync(join(dir, "so.xlsx"))).toBe(true);
  }, 120_000);

  it("a plan with a 63 MB line (1,000 cells of 54 KB) is read within 10 s and 1 GB", () => {
    const dir = tmp();
    writeFileSync(join(dir, "line.tsv"), `${head}1\t${("Rà soát quy trình ".repeat(3000) + "\t").repeat(1000)}\n${tail}`);
    const run = runCapped(["import", "line.tsv", "-o", "so.xlsx"], dir);
    expect(run.signal).toBeNull();
    expect(run.code === 0 || run.code === 1).toBe(true); // read, with or without findings: never a crash or a cap
    expect(run.ms).toBeLessThan(10_000);
    expect(run.stdout).toContain("Đã đọc 2 nhiệm vụ");
    // A message quotes a long cell by its start (render.ts maxQuotedLength), never 54 KB of it.
    expect(Math.max(...(run.stdout + run.stderr).split("\n").map((line) => line.length))).toBeLessThan(600);
  }, 120_000);
});

describe("a streamed dossier list with a line of 300 MB (no line break)", () => {
  it("dossiers reads it within 10 s and 1 GB: the line cut and said, the rows after it counted", () => {
    const dir = tmp();
    const file = join(dir, "ds.tsv");
    const head = "STT\tLĩnh vực\tNgày tiếp nhận\tHạn xử lý\tNgày trả kết quả\n1\tDược\t01/03/2024\t15/03/2024\t10/03/2024\n2\tDược\t";
    const fd = openSync(file, "w");
    writeSync(fd, head);
    const mib = Buffer.alloc(1 << 20, 0x61);
    for (let k = 0; k < 300; k++) writeSync(fd, mib);
    writeSync(fd, "\n3\tY tế\t02/03/2024\t16/03/2024\t20/03/2024\n");
    closeSync(fd);
    const run = runCapped(["dossiers", "ds.tsv", "--as-of", "2024-12-31", "--json"], dir);
    expect(run.signal).toBeNull();
    expect(run.ms).toBeLessThan(10_000);
    const json = JSON.parse(run.stdout) as { total: { received: number; early: number; late: number }; findings: { code: string }[] };
    expect(json.findings.map((f) => f.code)).toContain("row_too_long");
    expect(json.total).toMatchObject({ early: 1, late: 1 }); // rows 1 and 3; the cut row has no dates to read
  }, 120_000);
});

describe("a text file too large to read whole", () => {
  it("import of a 70 MB .tsv is refused from its size, before it is read, with the limit named", () => {
    const dir = tmp();
    const fd = openSync(join(dir, "kh.tsv"), "w");
    writeSync(fd, "STT\tNội dung\tThời gian\n1\t");
    const mib = Buffer.alloc(1 << 20, 0x61);
    for (let k = 0; k < 70; k++) writeSync(fd, mib);
    closeSync(fd);
    const run = runCapped(["import", "kh.tsv", "-o", "so.xlsx"], dir, { memoryMiB: 256 });
    expect([run.signal, run.code]).toEqual([null, 2]);
    expect(run.ms).toBeLessThan(5_000);
    expect(run.stderr).toContain('tệp văn bản "kh.tsv" có 71 MB, quá 64 MB có thể đọc một lần');
    expect(existsSync(join(dir, "so.xlsx"))).toBe(false);
  }, 120_000);
});

describe("prefixed SpreadsheetML (x:, as the Open XML SDK writes it)", () => {
  it("dossiers reads an x:-prefixed workbook like the plain one", async () => {
    const dir = tmp();
    const cell = (ref: string, text: string) => `<x:c r="${ref}" t='inlineStr'><x:is><x:t>${text}</x:t></x:is></x:c>`;
    const sheet =
      `<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><!-- Open XML SDK --><x:sheetData>` +
      `<x:row r="1">${cell("A1", "Lĩnh vực")}${cell("B1", "Ngày tiếp nhận")}${cell("C1", "Hạn xử lý")}${cell("D1", "Ngày trả kết quả")}</x:row>` +
      `<x:row r="2">${cell("A2", "Dược")}${cell("B2", "01/03/2024")}${cell("C2", "15/03/2024")}${cell("D2", "10/03/2024")}</x:row>` +
      `</x:sheetData></x:worksheet>`;
    writeFileSync(join(dir, "x.xlsx"), workbook(sheet, "x:"));
    const plain = sheet.replace(/<(\/?)x:/g, "<$1").replace("xmlns:x=", "xmlns=");
    writeFileSync(join(dir, "plain.xlsx"), workbook(plain));
    const a = await runCli(["dossiers", "x.xlsx", "--as-of", "2024-12-31", "--json"], dir);
    const b = await runCli(["dossiers", "plain.xlsx", "--as-of", "2024-12-31", "--json"], dir);
    expect(a.code).toBe(b.code);
    expect(JSON.parse(a.stdout.join("\n")).total).toEqual(JSON.parse(b.stdout.join("\n")).total);
    expect(JSON.parse(a.stdout.join("\n")).total.received).toBe(1);
  });
});

/** Rewrites parts of the workbook at `path` in place (JSZip keeps every other part as it is). */
async function editParts(path: string, edit: (zip: JSZip) => Promise<void>): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  await edit(zip);
  writeFileSync(path, await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
}

/** The worksheet part of a sheet of the workbook in `zip`. */
async function sheetPart(zip: JSZip, name: string): Promise<string> {
  const wb = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const rid = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"|<sheet [^>]*r:id="([^"]+)"[^>]*name="${name}"`).exec(wb)!;
  const id = rid[1] ?? rid[2];
  const target = new RegExp(`<Relationship [^>]*Id="${id}"[^>]*Target="([^"]+)"|<Relationship [^>]*Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)!;
  return "xl/" + (target[1] ?? target[2]).replace(/^\/?xl\//, "");
}

describe("well-formed output: characters XML does not allow are removed on import, the cell named", () => {
  // eslint-disable-next-line no-control-regex
  const illegal = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;
  const xmlParts = async (path: string) => {
    const zip = await JSZip.loadAsync(readFileSync(path));
    const names = Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n));
    return Promise.all(names.map(async (n) => [n, await zip.file(n)!.async("string")] as const));
  };

  it("a plan whose task text holds U+FFFE, U+FFFF and U+0001: the workbook and the report's .xlsx and .docx hold none of them", async () => {
    const dir = tmp();
    const plan = readFileSync(samplePath(seeds.plan2024), "utf8").replace(
      "Xây dựng mục tiêu chất lượng năm 2024 của Sở\t",
      "Xây dựng mục tiêu\uffff chất lượng\u0001 năm 2024\ufffe của Sở\t",
    );
    expect(plan).toContain("\uffff");
    writeFileSync(join(dir, "ke-hoach.txt"), plan);
    // A tracking workbook, then the plan written into it (the package writer), then the report.
    await runCli(["init", "--year", "2024", "-o", "so.xlsx"], dir);
    const imported = await runCli(["import", "ke-hoach.txt", "-o", "so.xlsx"], dir);
    expect(imported.stdout.join("\n")).toMatch(/\[Cảnh báo\] ke-hoach!B\d+: đã bỏ 3 ký tự điều khiển hoặc ký tự không hợp lệ/);
    const strings = (await xmlParts(join(dir, "so.xlsx"))).map(([, xml]) => xml).join("");
    expect(strings).toContain("Xây dựng mục tiêu chất lượng năm 2024 của Sở");
    expect(illegal.test(strings)).toBe(false);
    // The report reads the workbook itself: a character reference to U+FFFF or U+0001 typed into its XML is dropped by the writers.
    await editParts(join(dir, "so.xlsx"), async (zip) => {
      const sst = await zip.file("xl/sharedStrings.xml")!.async("string");
      zip.file("xl/sharedStrings.xml", sst.replace("Xây dựng mục tiêu chất lượng", "Xây dựng&#xFFFF; mục tiêu&#1; chất lượng"));
    });
    const report = await runCli(["report", "so.xlsx", "-o", "r.xlsx", "--docx", "r.docx"], dir);
    expect(report.code).toBeLessThan(2);
    for (const file of ["r.xlsx", "r.docx"]) {
      const parts = await xmlParts(join(dir, file));
      expect(parts.length).toBeGreaterThan(3);
      for (const [name, xml] of parts) expect([file, name, illegal.test(xml)]).toEqual([file, name, false]);
    }
    expect((await xmlParts(join(dir, "r.docx"))).map(([, xml]) => xml).join("")).toContain("Xây dựng mục tiêu chất lượng năm 2024 của Sở");
  });
});

describe("the user's things on an owned sheet", () => {
  it("import -o into a workbook whose 'Nhiệm vụ' sheet holds a note of the user's is refused, naming the note's cell; the file is unchanged", async () => {
    const dir = tmp();
    await runCli(["init", "--year", "2024", "-o", "so.xlsx"], dir);
    await editParts(join(dir, "so.xlsx"), async (zip) => {
      const part = await sheetPart(zip, "Nhiệm vụ");
      const relsPath = part.replace(/([^/]*)$/, "_rels/$1.rels");
      const comment =
        '<Relationship Id="rIdNote" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="../comments1.xml"/>';
      const rels =
        (await zip.file(relsPath)?.async("string")) ?? '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
      zip.file(relsPath, rels.replace("</Relationships>", `${comment}</Relationships>`));
      zip.file(
        "xl/comments1.xml",
        '<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>Văn thư</author></authors><commentList><comment ref="C8" authorId="0"><text><t>Xem lại tiến độ</t></text></comment></commentList></comments>',
      );
    });
    const before = md5(join(dir, "so.xlsx"));
    const out = await runCli(["import", samplePath(seeds.plan2024), "-o", "so.xlsx"], dir);
    expect(out.code).toBe(2);
    expect(out.stderr).toEqual([
      "Nhiệm vụ!C8: trang tính của Trợ lý ISO này có ghi chú do bạn thêm vào (từ ô này); khi ghi, trang được tạo lại toàn bộ nên ghi chú sẽ bị mất: hãy chuyển sang trang tính khác hoặc xoá rồi chạy lại (không có gì bị ghi)",
    ]);
    expect(md5(join(dir, "so.xlsx"))).toBe(before);
  });
});

describe("clear messages", () => {
  it("a valid -o workbook with a far cell is written into, the far cell named, not called damaged", async () => {
    const dir = tmp();
    await runCli(["init", "--year", "2024", "-o", "so.xlsx"], dir);
    await editParts(join(dir, "so.xlsx"), async (zip) => {
      const part = await sheetPart(zip, "Ngày nghỉ");
      const xml = await zip.file(part)!.async("string");
      zip.file(part, xml.replace("</sheetData>", '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>xa</t></is></c></row></sheetData>'));
    });
    const out = await runCli(["import", samplePath(seeds.plan2024), "-o", "so.xlsx"], dir);
    const all = [...out.stdout, ...out.stderr].join("\n");
    expect(all).not.toContain("bị hỏng");
    expect(all).toContain("Ngày nghỉ!XFD1048576: đã bỏ qua 1 ô có dữ liệu nằm quá xa phần bảng còn lại");
    expect(out.code).toBeLessThan(2);
    expect(all).toContain("Đã ghi");
  });

  it("-o into a workbook reads only the add-in's sheets: a far cell on a sheet of the user's is neither read nor named, and that sheet is kept byte for byte", async () => {
    const dir = tmp();
    await runCli(["init", "--year", "2024", "-o", "so.xlsx"], dir);
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, "so.xlsx"));
    wb.addWorksheet("Số liệu của tôi").getCell("A1").value = "ghi chú";
    await wb.xlsx.writeFile(join(dir, "so.xlsx"));
    await editParts(join(dir, "so.xlsx"), async (zip) => {
      const part = await sheetPart(zip, "Số liệu của tôi");
      const xml = await zip.file(part)!.async("string");
      zip.file(part, xml.replace("</sheetData>", '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>xa</t></is></c></row></sheetData>'));
    });
    const userPart = async () => {
      const zip = await JSZip.loadAsync(readFileSync(join(dir, "so.xlsx")));
      return zip.file(await sheetPart(zip, "Số liệu của tôi"))!.async("string");
    };
    const before = await userPart();
    const out = await runCli(["import", samplePath(seeds.plan2024), "-o", "so.xlsx"], dir);
    const all = [...out.stdout, ...out.stderr].join("\n");
    expect(out.code).toBeLessThan(2);
    expect(all).not.toContain("Số liệu của tôi");
    expect(await userPart()).toBe(before);
  });

  it("a folder as input", async () => {
    const dir = tmp();
    mkdirSync(join(dir, "thu-muc.xlsx"));
    for (const command of [["import"], ["dossiers"], ["report"], ["next-year"]]) {
      const out = await runCli([...command, "thu-muc.xlsx"], dir);
      expect(out.code).toBe(2);
      expect(out.stderr.join("\n")).toContain('"thu-muc.xlsx" là một thư mục, không phải tệp');
    }
  });

  it("an empty (0-byte) .xlsx is called empty, not a renamed text file", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "rong.xlsx"), "");
    const out = await runCli(["import", "rong.xlsx"], dir);
    expect(out.code).toBe(2);
    expect(out.stderr.join("\n")).toContain('tệp "rong.xlsx" rỗng (0 byte)');
  });

  it("a path too long to open", async () => {
    const dir = tmp();
    const out = await runCli(["import", `${"a".repeat(300)}/${"b".repeat(300)}.xlsx`], dir);
    expect(out.code).toBe(2);
    expect(out.stderr.join("\n")).not.toContain("lỗi không mong đợi");
  });
});
