import { spawnSync } from "child_process";
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { basename, join } from "path";

/**
 * Fails loudly when a tool the test needs is missing: `.ci/run` installs it from Debian's
 * packages; a test that silently skipped would prove nothing.
 */
export function requireTool(command: string, debianPackage: string): string {
  const found = spawnSync("sh", ["-c", `command -v ${command}`], { encoding: "utf8" });
  if (found.status !== 0 || !found.stdout.trim()) {
    throw new Error(`${command} is missing: install Debian package ${debianPackage} (.ci/run does this)`);
  }
  return found.stdout.trim();
}

/**
 * A private LibreOffice profile (no lock clashes between runs). With `recalculate`, formulas are
 * always recalculated on load (docs/toolchain.md#recalculation-profile): by default LibreOffice trusts the cached results
 * an .xlsx carries, which would hide a broken formula behind the value our code cached. `locale`
 * (e.g. "vi-VN") is the profile's regional setting, which decides separators in FIXED, TEXT and
 * number-to-text conversions, as Windows' regional settings do for Excel.
 */
export function recalcProfile(recalculate = true, locale?: string): string {
  const dir = mkdtempSync(join(tmpdir(), "lo-profile-"));
  mkdirSync(join(dir, "user"), { recursive: true });
  const item = (prop: string) =>
    `<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="${prop}" oor:op="fuse"><value>0</value></prop></item>`;
  writeFileSync(
    join(dir, "user", "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">${recalculate ? item("OOXMLRecalcMode") + item("ODFRecalcMode") : ""}${locale ? `<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>${locale}</value></prop></item>` : ""}</oor:items>\n`,
  );
  return dir;
}

/** Converts a file with headless LibreOffice; returns the output path. */
export function sofficeConvert(input: string, format: string, outDir: string, profile: string): string {
  const soffice = requireTool("soffice", "libreoffice-calc libreoffice-writer");
  mkdirSync(outDir, { recursive: true });
  const run = spawnSync(soffice, [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--convert-to", format, "--outdir", outDir, input], {
    encoding: "utf8",
    timeout: 180_000,
  });
  const ext = format.split(":")[0];
  const expected = basename(input).replace(/\.[^.]+$/, `.${ext}`);
  if (!readdirSync(outDir).includes(expected)) {
    throw new Error(`soffice did not write ${expected}: status ${run.status}\n${run.stdout}\n${run.stderr}`);
  }
  return join(outDir, expected);
}

/** Page count and the size of every page of a PDF (points), from poppler's pdfinfo. */
export function pdfPages(pdf: string): { pages: number; sizes: { width: number; height: number }[] } {
  const pdfinfo = requireTool("pdfinfo", "poppler-utils");
  const info = spawnSync(pdfinfo, ["-f", "1", "-l", "999", pdf], { encoding: "utf8" });
  const pages = Number(/Pages:\s+(\d+)/.exec(info.stdout)?.[1] ?? "0");
  const sizes = [...info.stdout.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
  return { pages, sizes };
}

/** Text of each page of a PDF, from poppler's pdftotext. */
export function pdfPageTexts(pdf: string, pages: number): string[] {
  const pdftotext = requireTool("pdftotext", "poppler-utils");
  return Array.from(
    { length: pages },
    (_, i) => spawnSync(pdftotext, ["-layout", "-f", String(i + 1), "-l", String(i + 1), pdf, "-"], { encoding: "utf8" }).stdout,
  );
}

/** A4 in points is 595 × 842 (either orientation). */
export function isA4(size: { width: number; height: number }): boolean {
  const [a, b] = [size.width, size.height].sort((x, y) => x - y);
  return Math.abs(a - 595) < 2 && Math.abs(b - 842) < 2;
}

/**
 * The values a spreadsheet application stored for a sheet's cells, straight from the .xlsx XML
 * (exceljs drops a cached result of 0 when reading). Shared strings are resolved; numbers are numbers.
 */
export async function storedValues(xlsxPath: string, sheetName: string): Promise<Map<string, string | number>> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const JSZip = require("jszip") as typeof import("jszip");
  const { readFileSync } = await import("fs");
  const zip = await JSZip.loadAsync(readFileSync(xlsxPath));
  const text = async (p: string) => (await zip.file(p)?.async("string")) ?? "";
  const decode = (s: string) =>
    s
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, "&");
  const workbook = await text("xl/workbook.xml");
  const rels = await text("xl/_rels/workbook.xml.rels");
  const sheetTag = [...workbook.matchAll(/<sheet [^>]*>/g)].map((m) => m[0]).find((t) => decode(/name="([^"]*)"/.exec(t)?.[1] ?? "") === sheetName);
  if (!sheetTag) throw new Error(`no sheet ${sheetName} in ${xlsxPath}`);
  const rid = /r:id="([^"]*)"/.exec(sheetTag)?.[1];
  const target = [...rels.matchAll(/<Relationship [^>]*>/g)].map((m) => m[0]).find((t) => t.includes(`Id="${rid}"`));
  const path = "xl/" + (/Target="([^"]*)"/.exec(target ?? "")?.[1] ?? "").replace(/^\/?xl\//, "");
  const shared = [...(await text("xl/sharedStrings.xml")).matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
    decode([...m[1].matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join("")),
  );
  const values = new Map<string, string | number>();
  for (const m of (await text(path)).matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const body = m[3] ?? "";
    const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
    const type = /t="(\w+)"/.exec(m[2])?.[1];
    if (type === "inlineStr") values.set(m[1], decode([...body.matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join("")));
    else if (v === undefined) continue;
    else if (type === "s") values.set(m[1], shared[Number(v)]);
    else if (type === "str" || type === "e" || type === "b") values.set(m[1], decode(v));
    else values.set(m[1], Number(v));
  }
  return values;
}

/** Addresses of the cells that hold a formula, sheet by sheet, straight from the .xlsx XML. */
export async function formulaCells(xlsxPath: string): Promise<Map<string, string[]>> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const JSZip = require("jszip") as typeof import("jszip");
  const { readFileSync } = await import("fs");
  const zip = await JSZip.loadAsync(readFileSync(xlsxPath));
  const text = async (p: string) => (await zip.file(p)?.async("string")) ?? "";
  const workbook = await text("xl/workbook.xml");
  const rels = await text("xl/_rels/workbook.xml.rels");
  const out = new Map<string, string[]>();
  for (const tag of [...workbook.matchAll(/<sheet [^>]*>/g)].map((m) => m[0])) {
    const name = (/name="([^"]*)"/.exec(tag)?.[1] ?? "").replace(/&amp;/g, "&");
    const rid = /r:id="([^"]*)"/.exec(tag)?.[1];
    const target = [...rels.matchAll(/<Relationship [^>]*>/g)].map((m) => m[0]).find((t) => t.includes(`Id="${rid}"`));
    const path = "xl/" + (/Target="([^"]*)"/.exec(target ?? "")?.[1] ?? "").replace(/^\/?xl\//, "");
    const cells = [...(await text(path)).matchAll(/<c r="([A-Z]+\d+)"[^>/]*>(?:(?!<\/c>)[\s\S])*?<f[ >]/g)].map((m) => m[1]);
    out.set(name, cells);
  }
  return out;
}

/** A word of a PDF page with its box in points (y grows downwards), from poppler's pdftotext -bbox. */
export interface PdfWord {
  readonly text: string;
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** The words of every page of a PDF. */
export function pdfWords(pdf: string): PdfWord[][] {
  const pdftotext = requireTool("pdftotext", "poppler-utils");
  const html = spawnSync(pdftotext, ["-bbox", pdf, "-"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 }).stdout;
  return html
    .split(/<page /)
    .slice(1)
    .map((page) =>
      [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
        text: m[5],
        x0: Number(m[1]),
        y0: Number(m[2]),
        x1: Number(m[3]),
        y1: Number(m[4]),
      })),
    );
}

/** The median height of the words' boxes: proportional to the font size most of the text is set in. */
export function medianWordHeight(words: readonly PdfWord[]): number {
  const heights = words.map((w) => w.y1 - w.y0).sort((a, b) => a - b);
  return heights[Math.floor(heights.length / 2)] ?? 0;
}

/** Pairs of words whose boxes overlap by more than a third of the smaller one: text printed over text. */
export function overlappingWords(words: readonly PdfWord[]): [string, string][] {
  const out: [string, string][] = [];
  for (let i = 0; i < words.length; i++) {
    for (let j = i + 1; j < words.length; j++) {
      const a = words[i];
      const b = words[j];
      const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
      const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
      if (w <= 0 || h <= 0) continue;
      const smaller = Math.min((a.x1 - a.x0) * (a.y1 - a.y0), (b.x1 - b.x0) * (b.y1 - b.y0));
      if (w * h > smaller / 3) out.push([a.text, b.text]);
    }
  }
  return out;
}
