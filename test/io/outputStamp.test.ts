import ExcelJS from "exceljs";
import JSZip from "jszip";
import { Document, Packer, Paragraph } from "docx";
import { stampPackage, stampState, stampPropertyName } from "../../src/io/outputStamp";

const xlsx = async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Báo cáo").getCell("A1").value = "BÁO CÁO";
  return new Uint8Array(await wb.xlsx.writeBuffer());
};
const docx = async () => new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph("BÁO CÁO")] }] })));

/** Changes one part the way an office suite's save would, keeping the custom properties. */
async function edit(bytes: Uint8Array, part: string, change: (xml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  zip.file(part, change(await zip.file(part)!.async("string")));
  return zip.generateAsync({ type: "uint8array" });
}

describe("output stamp (docProps/custom.xml)", () => {
  it.each([
    ["xlsx", xlsx, "xl/sharedStrings.xml"],
    ["docx", docx, "word/document.xml"],
  ])("a stamped .%s is ours until a part changes; an unstamped package is foreign", async (_kind, make, part) => {
    const plain = await make();
    expect(await stampState(plain)).toBe("foreign");
    const stamped = await stampPackage(plain);
    expect(await stampState(stamped)).toBe("ours-unchanged");
    const zip = await JSZip.loadAsync(stamped);
    const custom = await zip.file("docProps/custom.xml")!.async("string");
    expect(custom).toMatch(new RegExp(`name="${stampPropertyName}"><vt:lpwstr>[0-9a-f]{64}</vt:lpwstr>`));
    // The part is declared, so Office shows it under File › Properties › Custom.
    expect(await zip.file("[Content_Types].xml")!.async("string")).toContain('PartName="/docProps/custom.xml"');
    expect((await zip.file("_rels/.rels")!.async("string")).match(/custom-properties"/g)).toHaveLength(1);

    expect(await stampState(await edit(stamped, part, (xml) => xml.replace("BÁO CÁO", "BÁO CÁO (đã sửa)")))).toBe("changed");
    // A sheet the user added is a new part: changed too.
    const added = await JSZip.loadAsync(stamped);
    added.file("xl/worksheets/sheet9.xml", "<worksheet/>");
    expect(await stampState(await added.generateAsync({ type: "uint8array" }))).toBe("changed");
  });

  it("keeps other custom properties and replaces its own on a second stamp", async () => {
    const zip = await JSZip.loadAsync(await xlsx());
    zip.file(
      "docProps/custom.xml",
      '<?xml version="1.0"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Phòng"><vt:lpwstr>TCHC</vt:lpwstr></property></Properties>',
    );
    const twice = await stampPackage(await stampPackage(await zip.generateAsync({ type: "uint8array" })));
    const custom = await (await JSZip.loadAsync(twice)).file("docProps/custom.xml")!.async("string");
    expect(custom).toContain('name="Phòng"><vt:lpwstr>TCHC</vt:lpwstr>');
    expect(custom.match(new RegExp(stampPropertyName, "g"))).toHaveLength(1);
    expect(custom).toContain('pid="3"');
    expect(await stampState(twice)).toBe("ours-unchanged");
  });

  it("calls text and damaged bytes foreign", async () => {
    expect(await stampState(new TextEncoder().encode("văn bản riêng"))).toBe("foreign");
    expect(await stampState(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]))).toBe("foreign");
  });
});
