import JSZip from "jszip";
import { XlsxPackage } from "../../../src/adapters/xlsxPackage/package";

/** readHead: a sheet's views are read without inflating its cells (a user's 200,000-row sheet). */
async function packageWith(parts: Record<string, string>): Promise<XlsxPackage> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
  );
  zip.file(
    "_rels/.rels",
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  );
  zip.file("xl/workbook.xml", '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>');
  for (const [name, text] of Object.entries(parts)) zip.file(name, text);
  return XlsxPackage.open(new Uint8Array(await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" })));
}

describe("XlsxPackage.readHead", () => {
  const views = '<worksheet><sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews><sheetData>';
  const rows = Array.from({ length: 200_000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join("");

  it("gives a large sheet's text up to its cells, not the cells", async () => {
    const pkg = await packageWith({ "xl/worksheets/sheet1.xml": `${views}${rows}</sheetData></worksheet>` });
    const head = (await pkg.readHead("xl/worksheets/sheet1.xml", "sheetData"))!;
    expect(head.startsWith(views)).toBe(true);
    expect(head.length).toBeLessThan(1_000_000); // the part is 6 MB; JSZip hands it on in pieces
    expect((await pkg.read("xl/worksheets/sheet1.xml"))!.length).toBeGreaterThan(6_000_000);
  });

  it("gives the whole part when the marker is not in it, an edited part as edited, nothing for a missing part", async () => {
    const pkg = await packageWith({ "xl/a.xml": "<a>no cells here</a>" });
    expect(await pkg.readHead("xl/a.xml", "sheetData")).toBe("<a>no cells here</a>");
    pkg.write("xl/a.xml", "<a>edited</a>");
    expect(await pkg.readHead("xl/a.xml", "sheetData")).toBe("<a>edited</a>");
    expect(await pkg.readHead("xl/none.xml", "sheetData")).toBeUndefined();
  });
});
