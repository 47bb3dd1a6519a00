import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readFileSync } from "fs";
import { join } from "path";
import { isOwned } from "../../../src/adapters/exceljs/ownership";
import { OwnedSheetObjectsError, SheetNotOwnedError } from "../../../src/adapters/ownership";
import { isMacroEnabled, PackageError } from "../../../src/adapters/xlsxPackage/package";
import { mergeStyles } from "../../../src/adapters/xlsxPackage/styles";
import { writeSheetsIntoXlsx } from "../../../src/adapters/xlsxPackage/writeSheets";
import { finding } from "../../../src/core/findings/finding";
import type { SheetSpec, WorkbookSpec } from "../../../src/core/sheet/model";
import { buildFindingsSheet } from "../../../src/core/workbook/findingsSheet";
import { buildTasksSheet } from "../../../src/core/workbook/tasksSheet";
import { buildTrackingWorkbook, emptyTrackingData } from "../../../src/core/workbook/trackingWorkbook";
import { excelStrictnessProblems } from "../../excelStrict";
import { excelStylePackage } from "./excelPackage";

/**
 * The package writer against workbooks saved by other programs (test/fixtures/, built by
 * tools/fixtures/make-user-workbooks.js): a tracking workbook plus a user sheet "Phân tích" with
 * a chart, a picture, a note and a workbook name, as this tool's Excel-style writer left it and
 * as LibreOffice Calc saved it; and a macro-enabled copy with a VBA project.
 */
const fixture = (name: string) => new Uint8Array(readFileSync(join(__dirname, "..", "..", "fixtures", name)));
const fixtures = ["tracking-user-content-excel.xlsx", "tracking-user-content-libreoffice.xlsx", "tracking-macros.xlsm"];

async function parts(bytes: Uint8Array): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Buffer>();
  for (const [name, file] of Object.entries(zip.files)) if (!file.dir) out.set(name, await file.async("nodebuffer"));
  return out;
}

async function text(bytes: Uint8Array, part: string): Promise<string> {
  return (await JSZip.loadAsync(bytes)).file(part)!.async("string");
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}

/** Worksheet part of each sheet, from workbook.xml and its relationships. */
async function sheetParts(bytes: Uint8Array): Promise<Map<string, string>> {
  const wb = await text(bytes, "xl/workbook.xml");
  const rels = await text(bytes, "xl/_rels/workbook.xml.rels");
  const out = new Map<string, string>();
  for (const m of wb.matchAll(/<sheet [^>]*>/g)) {
    const name = /name="([^"]*)"/.exec(m[0])![1];
    const rid = /r:id="([^"]*)"/.exec(m[0])![1];
    const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]*)"|Target="([^"]*)"[^>]*Id="${rid}"`).exec(rels)!;
    out.set(name, "xl/" + (target[1] ?? target[2]).replace(/^\/?xl\//, ""));
  }
  return out;
}

// "Kiểm tra" exists and is owned (replaced); "Ghi chép" is new (added).
const findingsSheet = buildFindingsSheet([
  finding("warning", "evidence_missing", { sheet: "Nhiệm vụ", cell: "K8" }, { no: "7", timing: "Quý II", end: "2024-06-30" }),
]);
const newSheet: SheetSpec = { ...findingsSheet, name: "Ghi chép" };
const spec: WorkbookSpec = { sheets: [findingsSheet, newSheet] };

describe.each(fixtures)("writing owned sheets into %s", (name) => {
  const input = fixture(name);
  let output: Uint8Array;
  beforeAll(async () => {
    output = await writeSheetsIntoXlsx(input, spec);
  });

  it("keeps every part it does not own byte for byte: user sheets, chart, picture, note, macros, theme", async () => {
    const before = await parts(input);
    const after = await parts(output);
    const owned = (await sheetParts(input)).get("Kiểm tra")!;
    const edited = new Set([
      "[Content_Types].xml",
      "xl/workbook.xml",
      "xl/_rels/workbook.xml.rels",
      "xl/styles.xml",
      "xl/sharedStrings.xml",
      owned,
      "xl/calcChain.xml",
    ]);
    const unchanged = [...before.keys()].filter((p) => !edited.has(p));
    expect(unchanged.length).toBeGreaterThan(10);
    // An owned sheet left in place may lose drop-down rules an earlier version wrote twice (see below), nothing else.
    const ownedWb = await load(input);
    const sheetsByPart = await sheetParts(input);
    const ownedParts = new Set([...sheetsByPart].filter(([sheet]) => isOwned(ownedWb, sheet)).map(([, part]) => part));
    const withoutValidations = (b: Buffer) => b.toString().replace(/<dataValidations[\s\S]*?<\/dataValidations>/, "");
    for (const part of unchanged) {
      if (ownedParts.has(part)) expect([part, withoutValidations(after.get(part)!)]).toEqual([part, withoutValidations(before.get(part)!)]);
      else expect([part, after.get(part)?.equals(before.get(part)!)]).toEqual([part, true]);
    }
    // The parts of what the user made are among them.
    const kept = unchanged.join("\n");
    expect(kept).toMatch(/xl\/charts\/chart\d+\.xml|xl\/vbaProject\.bin/);
    if (!name.endsWith(".xlsm")) {
      expect(kept).toMatch(/xl\/media\/image\d+\.png/);
      expect(kept).toMatch(/xl\/comments\d+\.xml/);
      expect(kept).toMatch(/xl\/drawings\/vmlDrawing\d+\.vml/);
    }
  });

  it("writes the owned sheets readable, marked, with the user's sheets and names unchanged", async () => {
    const wb = await load(output);
    const names = wb.worksheets.map((w) => w.name);
    expect(names.slice(-1)).toEqual(["Ghi chép"]);
    expect(names.indexOf("Kiểm tra")).toBe((await load(input)).worksheets.map((w) => w.name).indexOf("Kiểm tra"));
    for (const sheet of ["Kiểm tra", "Ghi chép"]) {
      const ws = wb.getWorksheet(sheet)!;
      expect(ws.getCell("A1").value).toBe("Mức độ");
      expect(ws.getCell("A2").value).toBe("Cảnh báo");
      expect(ws.getCell("B2").value).toBe("Nhiệm vụ!K8");
      // The styles the sheet model asks for, whatever indices they got in the user's styles.xml.
      const header = ws.getCell("A1");
      expect(header.font).toMatchObject({ bold: true, size: 12, name: "Times New Roman" });
      expect(header.fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } });
      expect(header.alignment).toMatchObject({ horizontal: "center", vertical: "middle", wrapText: true });
      expect(header.border?.top?.style).toBe("thin");
      const body = ws.getCell("C2");
      expect(body.font).toMatchObject({ size: 12, name: "Times New Roman" });
      expect(body.font?.bold).toBeFalsy();
      expect(body.numFmt).toBe("@");
      expect(body.alignment).toMatchObject({ vertical: "top", wrapText: true });
      expect(isOwned(wb, sheet)).toBe(true);
    }
    if (!name.endsWith(".xlsm")) {
      const user = wb.getWorksheet("Phân tích")!;
      expect(user.getCell("B3").value).toBe(102);
      expect(wb.definedNames.model).toContainEqual(expect.objectContaining({ name: "DuLieuPhanTich" }));
    }
    // The new sheet's marker is a hidden name, like the add-in's; its print titles point at it.
    const xml = await text(output, "xl/workbook.xml");
    expect(xml).toMatch(/<definedName name="TroLyISO_owner_\d+" hidden="1">'Ghi chép'!\$A\$1<\/definedName>/);
    const position = names.indexOf("Ghi chép");
    expect(xml).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="${position}">'Ghi chép'!$1:$1</definedName>`);
    expect(xml.match(/_xlnm\.Print_Titles[^>]*localSheetId="(\d+)"|localSheetId="(\d+)"[^>]*_xlnm\.Print_Titles/g)!.length).toBe(
      new Set(xml.match(/_xlnm\.Print_Titles[^>]*localSheetId="(\d+)"|localSheetId="(\d+)"[^>]*_xlnm\.Print_Titles/g)).size,
    );
  });

  it("appends styles without renumbering the user's, and a second run adds none", async () => {
    const cellXfs = (xml: string) => [.../<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)![1].matchAll(/<xf\b[\s\S]*?(?:\/>|<\/xf>)/g)].map((m) => m[0]);
    const before = cellXfs(await text(input, "xl/styles.xml"));
    const after = cellXfs(await text(output, "xl/styles.xml"));
    expect(after.slice(0, before.length)).toEqual(before);
    const again = await writeSheetsIntoXlsx(output, spec);
    expect(await text(again, "xl/styles.xml")).toBe(await text(output, "xl/styles.xml"));
    expect((await load(again)).worksheets.filter((w) => w.name === "Ghi chép")).toHaveLength(1);
    expect((await text(again, "xl/workbook.xml")).match(/TroLyISO_owner_/g)!.length).toBe(
      (await text(output, "xl/workbook.xml")).match(/TroLyISO_owner_/g)!.length,
    );
  });

  it("appends its text to the shared strings without renumbering the user's, and a second run adds none", async () => {
    const items = (xml: string) => [...xml.matchAll(/<si>[\s\S]*?<\/si>/g)].map((m) => m[0]);
    const before = items(await text(input, "xl/sharedStrings.xml"));
    const after = items(await text(output, "xl/sharedStrings.xml"));
    expect(after.slice(0, before.length)).toEqual(before);
    const sheet = await text(output, (await sheetParts(output)).get("Ghi chép")!);
    const a1 = Number(/<c r="A1"[^>]*t="s"[^>]*><v>(\d+)<\/v>/.exec(sheet)![1]);
    expect(after[a1]).toBe("<si><t>Mức độ</t></si>");
    expect(sheet).not.toMatch(/tabSelected="1"/);
    const again = await writeSheetsIntoXlsx(output, spec);
    expect(await text(again, "xl/sharedStrings.xml")).toBe(await text(output, "xl/sharedStrings.xml"));
  });

  it("passes the rules Excel enforces (test/excelStrict.ts)", async () => {
    expect(await excelStrictnessProblems(output, name)).toEqual([]);
  });

  it("drops, on owned sheets it leaves in place, only the drop-down rules an earlier version wrote twice over the same cells", async () => {
    const rules = async (bytes: Uint8Array, sheet: string) =>
      [...(await text(bytes, (await sheetParts(bytes)).get(sheet)!)).matchAll(/<dataValidation [^>]*sqref="([^"]*)"/g)].map((m) => m[1]);
    if (name === "tracking-user-content-libreoffice.xlsx") {
      // LibreOffice had already merged them when it saved the file: nothing to drop.
      expect(await rules(output, "Nhiệm vụ")).toEqual(await rules(input, "Nhiệm vụ"));
      return;
    }
    // The fixture was written by the renderer before rules were set per range (exceljs regrouped its per-cell rules).
    expect(await rules(input, "Nhiệm vụ")).toEqual(["H10:I200", "H2:I200", "J10:J200", "J2:J200"]);
    expect(await rules(output, "Nhiệm vụ")).toEqual(["H2:I200", "J2:J200"]);
    expect(await rules(input, "Ngày nghỉ")).toEqual(["C10:C100", "C2:C100"]);
    expect(await rules(output, "Ngày nghỉ")).toEqual(["C2:C100"]);
    expect(await excelStrictnessProblems(input, name)).not.toEqual([]);
  });
});

describe("the package writer's other guarantees", () => {
  it("drops the calculation chain when it replaces a sheet (a stale chain makes Excel repair the file)", async () => {
    const input = fixture("tracking-user-content-excel.xlsx");
    const out = await parts(await writeSheetsIntoXlsx(input, { sheets: [findingsSheet] }));
    expect((await parts(input)).has("xl/calcChain.xml")).toBe(true);
    expect(out.has("xl/calcChain.xml")).toBe(false);
    expect(out.get("xl/_rels/workbook.xml.rels")!.toString()).not.toContain("calcChain");
    expect(out.get("[Content_Types].xml")!.toString()).not.toContain("calcChain");
  });

  it("refuses a user's sheet with an owned name before changing anything", async () => {
    const input = fixture("tracking-user-content-libreoffice.xlsx");
    await expect(writeSheetsIntoXlsx(input, { sheets: [{ ...findingsSheet, name: "PHÂN TÍCH" }] })).rejects.toEqual(new SheetNotOwnedError("Phân tích"));
  });

  it("keeps table names and ids unique: a second tasks table gets a free name", async () => {
    const tasks = buildTasksSheet([]);
    const out = await writeSheetsIntoXlsx(fixture("tracking-user-content-libreoffice.xlsx"), { sheets: [{ ...tasks, name: "Nhiệm vụ 2" }] });
    const zip = await JSZip.loadAsync(out);
    const tables = await Promise.all(
      Object.keys(zip.files)
        .filter((p) => /^xl\/tables\/.*\.xml$/.test(p))
        .map((p) => zip.file(p)!.async("string")),
    );
    const ids = tables.map((t) => /\sid="(\d+)"/.exec(t)![1]);
    const names = tables.map((t) => /\sname="([^"]*)"/.exec(t)![1]);
    expect(new Set(ids).size).toBe(tables.length);
    expect(names).toEqual(expect.arrayContaining(["NhiemVu", "NhiemVu2"]));
    expect((await load(out)).getWorksheet("Nhiệm vụ 2")!.getCell("A1").value).toBe(tasks.cells[0][0].kind === "text" ? tasks.cells[0][0].value : null);
  });

  it("tells a macro-enabled package from a plain one", async () => {
    expect(await isMacroEnabled(fixture("tracking-macros.xlsm"))).toBe(true);
    expect(await isMacroEnabled(fixture("tracking-user-content-excel.xlsx"))).toBe(false);
  });

  it("says why a file is unusable: not a zip, password, legacy .xls, .xlsb, strict OOXML", async () => {
    const problem = async (bytes: Uint8Array) => {
      try {
        await writeSheetsIntoXlsx(bytes, spec);
        return "written";
      } catch (error) {
        return error instanceof PackageError ? error.problem : String(error);
      }
    };
    expect(await problem(new TextEncoder().encode("Tên\tĐơn vị\n"))).toBe("not_zip");
    const cfb = (stream: string) => {
      const bytes = new Uint8Array(2048);
      bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
      bytes.set(
        Array.from(stream).flatMap((c) => [c.charCodeAt(0), 0]),
        1024,
      );
      return bytes;
    };
    expect(await problem(cfb("EncryptionInfo"))).toBe("encrypted");
    expect(await problem(cfb("Workbook"))).toBe("legacy_xls");
    const zip = await JSZip.loadAsync(fixture("tracking-user-content-excel.xlsx"));
    const wb = await zip.file("xl/workbook.xml")!.async("string");
    zip.file("xl/workbook.xml", wb.replace("http://schemas.openxmlformats.org/spreadsheetml/2006/main", "http://purl.oclc.org/ooxml/spreadsheetml/main"));
    expect(await problem(await zip.generateAsync({ type: "uint8array" }))).toBe("strict");
    const rels = await zip.file("_rels/.rels")!.async("string");
    zip.file("_rels/.rels", rels.replace("xl/workbook.xml", "xl/workbook.bin"));
    expect(await problem(await zip.generateAsync({ type: "uint8array" }))).toBe("binary");
    zip.remove("_rels/.rels");
    expect(await problem(await zip.generateAsync({ type: "uint8array" }))).toBe("not_workbook");
  });
});

describe("the user's things on an owned sheet, and protection (issue 22 items 9 and 10)", () => {
  // In the Excel-style fixture, "Phân tích" (sheet90.xml) holds a chart and a picture (drawing90.xml: the
  // first anchored at column 5, row 0, so F1) and a note on B1 (comments90.xml); "Kiểm tra" is sheet8.xml, owned.
  const input = fixture("tracking-user-content-excel.xlsx");
  async function withKiemTra(edit: (zip: JSZip) => Promise<void>): Promise<Uint8Array> {
    const zip = await JSZip.loadAsync(input);
    await edit(zip);
    return zip.generateAsync({ type: "uint8array" });
  }
  const userRels = async (zip: JSZip, keep: RegExp) => {
    const rels = await zip.file("xl/worksheets/_rels/sheet90.xml.rels")!.async("string");
    zip.file(
      "xl/worksheets/_rels/sheet8.xml.rels",
      rels.replace(/<Relationship [^>]*\/>/g, (r) => (keep.test(r) ? r : "")),
    );
  };

  it("refuses to replace an owned sheet holding the user's note, naming the sheet and the note's cell", async () => {
    const bytes = await withKiemTra((zip) => userRels(zip, /./));
    await expect(writeSheetsIntoXlsx(bytes, { sheets: [findingsSheet] })).rejects.toEqual(new OwnedSheetObjectsError("Kiểm tra", "notes", "B1"));
  });

  it("refuses one holding a chart or a picture, naming the cell of its first anchor", async () => {
    const bytes = await withKiemTra((zip) => userRels(zip, /relationships\/drawing"/));
    await expect(writeSheetsIntoXlsx(bytes, { sheets: [findingsSheet] })).rejects.toEqual(new OwnedSheetObjectsError("Kiểm tra", "drawings", "F1"));
  });

  it("still replaces an owned sheet with only its tables and printer settings, and leaves another sheet's note alone", async () => {
    await expect(writeSheetsIntoXlsx(input, { sheets: [findingsSheet] })).resolves.toBeInstanceOf(Uint8Array);
  });

  it("adds no sheet to a workbook whose structure is protected; replacing an owned sheet in place is still allowed", async () => {
    const bytes = await withKiemTra(async (zip) => {
      const wb = await zip.file("xl/workbook.xml")!.async("string");
      zip.file("xl/workbook.xml", wb.replace("<sheets>", '<workbookProtection lockStructure="1"/><sheets>'));
    });
    expect(await text(bytes, "xl/workbook.xml")).toContain('<workbookProtection lockStructure="1"/>');
    await expect(writeSheetsIntoXlsx(bytes, spec)).rejects.toEqual(new PackageError("protected"));
    await expect(writeSheetsIntoXlsx(bytes, { sheets: [findingsSheet] })).resolves.toBeInstanceOf(Uint8Array);
  });

  it("refuses to replace an owned sheet the user protected, naming it", async () => {
    const bytes = await withKiemTra(async (zip) => {
      const sheet = await zip.file("xl/worksheets/sheet8.xml")!.async("string");
      zip.file("xl/worksheets/sheet8.xml", sheet.replace("</sheetData>", '</sheetData><sheetProtection sheet="1" objects="1"/>'));
    });
    await expect(writeSheetsIntoXlsx(bytes, { sheets: [findingsSheet] })).rejects.toEqual(new PackageError("protected", "Kiểm tra"));
  });
});

describe("a damaged user file", () => {
  /** The fixture with one part replaced; what writing into it throws (the problem and the part it names). */
  async function damaged(edit: (zip: JSZip) => Promise<void>): Promise<unknown> {
    const zip = await JSZip.loadAsync(fixture("tracking-user-content-excel.xlsx"));
    await edit(zip);
    try {
      await writeSheetsIntoXlsx(await zip.generateAsync({ type: "uint8array" }), spec);
      return "written";
    } catch (error) {
      return error instanceof PackageError ? { problem: error.problem, part: error.part } : String(error);
    }
  }

  it.each([
    ["styles.xml that is not XML", "xl/styles.xml", "PK\u0003\u0004 rác"],
    ["a shared-string table that is not XML", "xl/sharedStrings.xml", "<<<"],
    ["workbook relationships that are not XML", "xl/_rels/workbook.xml.rels", ""],
    ["content types that are not XML", "[Content_Types].xml", "hỏng"],
  ])("is refused as damaged, naming the part, when it has %s", async (_what, part, text) => {
    expect(await damaged(async (zip) => void zip.file(part, text))).toEqual({ problem: "damaged", part });
  });

  it("is refused as damaged when its workbook part has no sheet list", async () => {
    const result = await damaged(async (zip) => {
      const xml = await zip.file("xl/workbook.xml")!.async("string");
      zip.file("xl/workbook.xml", xml.replace(/<sheets>[\s\S]*<\/sheets>/, ""));
    });
    expect(result).toEqual({ problem: "damaged", part: "xl/workbook.xml" });
  });

  it("is refused as damaged, naming xl/styles.xml, when the styles part of a hand-made package is not XML; the bytes given are not changed", async () => {
    const zip = await JSZip.loadAsync(await excelStylePackage());
    expect(await zip.file("xl/styles.xml")!.async("string")).toContain("<styleSheet");
    zip.file("xl/styles.xml", "Đây không phải XML");
    const bytes = await zip.generateAsync({ type: "uint8array" });
    const copy = bytes.slice();
    await expect(writeSheetsIntoXlsx(bytes, spec)).rejects.toEqual(new PackageError("damaged", "xl/styles.xml"));
    expect(Buffer.from(bytes).equals(Buffer.from(copy))).toBe(true);
  });

  it("the styles merger itself calls a user's styles part that is not XML damaged, naming the part it was given", () => {
    const scratch =
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs count="1"><xf numFmtId="0"/></cellXfs></styleSheet>';
    expect(() => mergeStyles("<<<", scratch, "xl/styles2.xml")).toThrow(new PackageError("damaged", "xl/styles2.xml"));
    expect(mergeStyles(undefined, scratch, "xl/styles.xml").xml).toBe(scratch);
  });

  it("is refused as damaged when a styles relationship points at a missing part", async () => {
    expect(await damaged(async (zip) => void zip.remove("xl/styles.xml"))).toEqual({ problem: "damaged", part: "xl/styles.xml" });
  });
});

describe("a package laid out as Excel saves it", () => {
  const tracking = buildTrackingWorkbook(emptyTrackingData(2024));
  let input: Uint8Array;
  let output: Uint8Array;
  beforeAll(async () => {
    input = await excelStylePackage();
    output = await writeSheetsIntoXlsx(input, tracking);
  });

  it("replaces the owned sheet in place, drops what only it used (printer settings, calculation chain), keeps the rest", async () => {
    const before = await parts(input);
    const after = await parts(output);
    for (const part of ["xl/worksheets/sheet1.xml", "xl/theme/theme1.xml", "docProps/app.xml", "docProps/core.xml", "_rels/.rels"]) {
      expect([part, after.get(part)?.equals(before.get(part)!)]).toEqual([part, true]);
    }
    expect(after.has("xl/printerSettings/printerSettings1.bin")).toBe(false);
    expect(after.has("xl/calcChain.xml")).toBe(false);
    const wb = after.get("xl/workbook.xml")!.toString();
    // Excel's own blocks stay; the owned sheet keeps its place and marker, the others follow it.
    expect(wb).toContain('<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="x15">');
    expect(wb).toContain("<xr:revisionPtr ");
    const names = [...wb.matchAll(/<sheet name="([^"]*)"/g)].map((m) => m[1]);
    expect(names.slice(0, 2)).toEqual(["Sổ tay", "Kiểm tra"]);
    expect(names).toHaveLength(1 + tracking.sheets.length);
    expect(wb.match(/name="TroLyISO_owner_1"/g)).toHaveLength(1);
    expect(wb.match(/<definedName name="_xlnm\.Print_Titles" localSheetId="1">/g)).toHaveLength(1);
    // Only the user's sheet is selected: a second selected tab would open the book with sheets grouped.
    const selected = [...after].filter(([p, b]) => p.startsWith("xl/worksheets/sheet") && b.toString().includes('tabSelected="1"')).map(([p]) => p);
    expect(selected).toEqual(["xl/worksheets/sheet1.xml"]);
  });

  it("passes the rules Excel enforces (test/excelStrict.ts), as the input did", async () => {
    expect(await excelStrictnessProblems(input, "excel.xlsx")).toEqual([]);
    expect(await excelStrictnessProblems(output, "excel.xlsx")).toEqual([]);
  });

  it("adds <numFmts> where the schema wants it and keeps Excel's other style sections", async () => {
    const styles = (await parts(output)).get("xl/styles.xml")!.toString();
    expect(styles.indexOf("<numFmts")).toBeGreaterThan(0);
    expect(styles.indexOf("<numFmts")).toBeLessThan(styles.indexOf("<fonts"));
    expect(styles).toContain('<font><sz val="11"/><color theme="1"/><name val="Aptos Narrow"/><family val="2"/><scheme val="minor"/></font>');
    expect(styles).toContain('<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/><extLst>');
    const xfs = /<cellXfs count="(\d+)">([\s\S]*?)<\/cellXfs>/.exec(styles)!;
    expect(Number(xfs[1])).toBe(xfs[2].match(/<xf /g)!.length);
    const wb = await load(output);
    const holidays = wb.getWorksheet("Ngày nghỉ")!;
    const dated = [] as string[];
    holidays.eachRow((row) => row.eachCell((c) => (c.value instanceof Date ? dated.push(c.numFmt) : undefined)));
    expect(dated.length).toBeGreaterThan(5);
    expect(new Set(dated)).toEqual(new Set(["dd/mm/yyyy"]));
    expect(wb.getWorksheet("Sổ tay")!.getCell("A1").value).toBe("Số dòng của Kiểm tra");
  });
});

describe("the sheet the workbook opens on and prints (issue 18 item 6)", () => {
  // A spec whose active sheet is new ("Ghi chép", added after the 9 tabs: index 9) and one that is replaced in place ("Kiểm tra", index 7).
  const selected = (xml: string) => /<(?:\w+:)?sheetView\b[^>]*\stabSelected="(?:1|true)"/.test(xml);
  async function views(bytes: Uint8Array): Promise<{ activeTab: string | null; selected: string[] }> {
    const workbook = await text(bytes, "xl/workbook.xml");
    const activeTab = /<workbookView\b[^>]*\sactiveTab="(\d+)"/.exec(workbook)?.[1] ?? null;
    const out: string[] = [];
    for (const [sheet, part] of await sheetParts(bytes)) if (selected(await text(bytes, part))) out.push(sheet);
    return { activeTab, selected: out };
  }

  it.each(["tracking-user-content-excel.xlsx", "tracking-user-content-libreoffice.xlsx"])(
    "%s: opens on the active sheet, the only selected tab, whether it is added or replaced",
    async (name) => {
      const input = fixture(name);
      // The LibreOffice file was saved on "Hướng dẫn" (tabSelected="true", activeTab 0); the Excel-style one selects none.
      expect((await views(input)).selected).toEqual(name.includes("libreoffice") ? ["Hướng dẫn"] : []);
      expect(await views(await writeSheetsIntoXlsx(input, { ...spec, active: "Ghi chép" }))).toEqual({ activeTab: "9", selected: ["Ghi chép"] });
      const replaced = await writeSheetsIntoXlsx(input, { sheets: [findingsSheet], active: "Kiểm tra" });
      expect(await views(replaced)).toEqual({ activeTab: "7", selected: ["Kiểm tra"] });
      expect(await excelStrictnessProblems(replaced, name)).toEqual([]);
    },
  );

  it("leaves the view as the user left it when a sheet of the user's is the selected one (never edits the user's sheet)", async () => {
    const input = fixture("tracking-user-content-libreoffice.xlsx");
    // Select the user's "Phân tích" (sheet9) instead of "Hướng dẫn", as saving on that tab would.
    const zip = await JSZip.loadAsync(input);
    const flip = async (part: string, from: string, to: string) => zip.file(part, (await zip.file(part)!.async("string")).replace(from, to));
    await flip("xl/worksheets/sheet1.xml", 'tabSelected="true"', 'tabSelected="false"');
    await flip("xl/worksheets/sheet9.xml", 'tabSelected="false"', 'tabSelected="true"');
    await flip("xl/workbook.xml", 'activeTab="0"', 'activeTab="8"');
    const userSelected = new Uint8Array(await zip.generateAsync({ type: "uint8array" }));
    const out = await writeSheetsIntoXlsx(userSelected, { sheets: [findingsSheet], active: "Kiểm tra" });
    expect(await views(out)).toEqual({ activeTab: "8", selected: ["Phân tích"] });
    expect((await parts(out)).get("xl/worksheets/sheet9.xml")!.equals((await parts(userSelected)).get("xl/worksheets/sheet9.xml")!)).toBe(true);
  });

  it("without an active sheet, changes no view", async () => {
    const input = fixture("tracking-user-content-libreoffice.xlsx");
    expect(await views(await writeSheetsIntoXlsx(input, spec))).toEqual({ activeTab: "0", selected: ["Hướng dẫn"] });
  });
});
