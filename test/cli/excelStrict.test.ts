import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { runCli } from "../../src/cli/main";
import { excelStrictnessProblems } from "../excelStrict";
import { samplePath, seeds } from "../helpers";
import { excelStylePackage } from "../adapters/xlsxPackage/excelPackage";

/**
 * Every workbook the command line writes passes the rules Excel enforces (test/excelStrict.ts):
 * the demo's, init's, import's (new, and into workbooks LibreOffice, Excel and exceljs made,
 * macros included), dossiers', report's (.xlsx and .xlsm) and next-year's. LibreOffice opens
 * these files whatever; Excel would answer a broken one with its repair prompt.
 */
const tmp = () => mkdtempSync(join(tmpdir(), "iso-strict-"));
const fixture = (name: string) => join(__dirname, "..", "fixtures", name);

/** The problems of each file, by name (an empty list each when all is well). */
async function problemsOf(paths: readonly string[]): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const p of paths) out[p.replace(/^.*\//, "")] = await excelStrictnessProblems(new Uint8Array(readFileSync(p)), p);
  return out;
}
const clean = (paths: readonly string[]) => Object.fromEntries(paths.map((p) => [p.replace(/^.*\//, ""), []]));

async function run(args: string[], cwd: string): Promise<void> {
  const out = await runCli(args, cwd);
  // 0, or 1 for findings in the data; 2 is a refusal and nothing written.
  if (out.code > 1) throw new Error(`${args.join(" ")} → ${out.code}: ${out.stderr.join("\n")}`);
}

describe("every workbook the command line writes opens in Excel without repair", () => {
  it("demo: the tracking workbook and the report workbook", async () => {
    const dir = tmp();
    await run(["demo", "-o", dir], dir);
    const files = readdirSync(dir)
      .filter((f) => /\.xls[xm]$/.test(f))
      .map((f) => join(dir, f));
    expect(files.length).toBe(2);
    expect(await problemsOf(files)).toEqual(clean(files));
  });

  it("init, import into a new workbook, dossiers into it, report and next-year from it", async () => {
    const dir = tmp();
    await run(["init", "--year", "2024", "-o", "init.xlsx"], dir);
    await run(["import", samplePath(seeds.vhttdl2024), "-o", "moi.xlsx"], dir);
    copyFileSync(join(dir, "init.xlsx"), join(dir, "so.xlsx"));
    await run(["import", samplePath(seeds.plan2024), "-o", "so.xlsx"], dir);
    await run(["dossiers", samplePath("dossiers_sample_2024.xlsx"), "--as-of", "2024-12-31", "-o", "so.xlsx"], dir);
    await run(["report", "so.xlsx", "-o", "bao-cao.xlsx"], dir);
    await run(["next-year", "so.xlsx", "-o", "so-2025.xlsx"], dir);
    const files = ["init.xlsx", "moi.xlsx", "so.xlsx", "bao-cao.xlsx", "so-2025.xlsx"].map((f) => join(dir, f));
    expect(await problemsOf(files)).toEqual(clean(files));
  });

  it.each([
    ["made by LibreOffice Calc", "tracking-user-content-libreoffice.xlsx"],
    ["made by an earlier version with exceljs (overlapping lists on its own sheets)", "tracking-user-content-excel.xlsx"],
    ["with macros", "tracking-macros.xlsm"],
  ])("import, dossiers, report and next-year into a workbook %s", async (_what, name) => {
    const dir = tmp();
    const ext = name.replace(/^.*\./, "");
    const book = join(dir, `so.${ext}`);
    copyFileSync(fixture(name), book);
    await run(["import", samplePath(seeds.plan2024), "-o", book], dir);
    await run(["dossiers", samplePath("dossiers_sample_2024.xlsx"), "--as-of", "2024-12-31", "-o", book], dir);
    await run(["report", book, "-o", `bao-cao.${ext}`], dir);
    // Next year's workbook is a new one, without the user's macros: always .xlsx.
    await run(["next-year", book, "-o", "so-2025.xlsx"], dir);
    const files = [book, join(dir, `bao-cao.${ext}`), join(dir, "so-2025.xlsx")];
    expect(await problemsOf(files)).toEqual(clean(files));
  });

  it("import, dossiers, report and next-year into a workbook laid out as Excel saves it", async () => {
    const dir = tmp();
    const book = join(dir, "excel.xlsx");
    writeFileSync(book, await excelStylePackage());
    expect(await problemsOf([book])).toEqual(clean([book]));
    await run(["import", samplePath(seeds.plan2024), "-o", book], dir);
    await run(["dossiers", samplePath("dossiers_sample_2024.xlsx"), "--as-of", "2024-12-31", "-o", book], dir);
    await run(["report", book, "-o", "bao-cao.xlsx"], dir);
    await run(["next-year", book, "-o", "so-2025.xlsx"], dir);
    const files = [book, join(dir, "bao-cao.xlsx"), join(dir, "so-2025.xlsx")];
    expect(await problemsOf(files)).toEqual(clean(files));
  });
});
