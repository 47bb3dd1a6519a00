import JSZip from "jszip";
import { applySplices, childElements, decodeXml, elementsIn, rootElement, withAttributes, wholeText } from "../../../src/adapters/xlsxPackage/xml";
import { writeSheetsIntoXlsx } from "../../../src/adapters/xlsxPackage/writeSheets";
import { buildTrackingWorkbook, emptyTrackingData } from "../../../src/core/workbook/trackingWorkbook";
import { excelStylePackage } from "./excelPackage";

describe("the small XML scanner", () => {
  const xml =
    '<?xml version="1.0"?>\n<!-- a <fake> comment --><x:root xmlns:x="urn:x" a="1 > 0"><x:item n="1"/><![CDATA[<x:item n="cdata"/>]]><x:item n=\'2\'><x:item n="nested"/></x:item><?pi <x:item?></x:root>';

  it("finds direct children by local name, whatever the prefix, skipping comments, CDATA and instructions", () => {
    const root = rootElement(xml)!;
    expect(root.local).toBe("root");
    expect(root.attrs.a).toBe("1 > 0");
    expect(childElements(xml, root, "item").map((e) => e.attrs.n)).toEqual(["1", "2"]);
    expect(
      elementsIn(xml, wholeText(xml), true)
        .filter((e) => e.local === "item")
        .map((e) => e.attrs.n),
    ).toEqual(["1", "2", "nested"]);
  });

  it("decodes references as core's reader does; one out of Unicode's range is dropped, not thrown (issue #21 item 9)", () => {
    expect(decodeXml("S&#7903; Y t&#x1EBF; &amp; &lt;b&gt; &quot;x&quot; &apos;y&apos;")).toBe(`Sở Y tế & <b> "x" 'y'`);
    expect(() => decodeXml("a&#x110000;b")).not.toThrow();
    expect(decodeXml("a&#x110000;b&#99999999;c")).toBe("abc");
  });

  it("edits attributes and splices text without touching the rest", () => {
    const root = rootElement(xml)!;
    const [first] = childElements(xml, root, "item");
    const tag = withAttributes(xml, first, { n: "9", added: 'a"b' });
    expect(tag).toBe('<x:item n="9" added="a&quot;b"/>');
    const out = applySplices(xml, [
      { start: first.start, end: first.end, text: tag },
      { start: root.closeStart, end: root.closeStart, text: "<x:item/>" },
    ]);
    expect(out).toBe(xml.replace('<x:item n="1"/>', tag).replace("</x:root>", "<x:item/></x:root>"));
  });
});

describe("a workbook whose parts use a namespace prefix (as .NET-generated files do)", () => {
  it("gets its sheets, names and number formats with the same prefix", async () => {
    const zip = await JSZip.loadAsync(await excelStylePackage());
    const main = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
    const prefixed = (s: string) => s.replace(/<(\/?)(?![\w]+:)([A-Za-z])/g, "<$1x:$2").replace(main, main.replace("xmlns=", "xmlns:x="));
    for (const p of ["xl/workbook.xml", "xl/styles.xml", "xl/sharedStrings.xml"]) zip.file(p, prefixed(await zip.file(p)!.async("string")));
    const out = await JSZip.loadAsync(
      await writeSheetsIntoXlsx(await zip.generateAsync({ type: "uint8array" }), buildTrackingWorkbook(emptyTrackingData(2024))),
    );
    const wb = await out.file("xl/workbook.xml")!.async("string");
    expect(wb).toContain('<x:sheet name="Hướng dẫn" sheetId="3" r:id="rId7"/>');
    expect(wb).toMatch(/<x:definedName name="TroLyISO_owner_2" hidden="1">'Hướng dẫn'!\$A\$1<\/x:definedName>/);
    expect(wb).not.toMatch(/<(sheet|definedName) /);
    const styles = await out.file("xl/styles.xml")!.async("string");
    expect(styles).toContain('<x:numFmts count="1"><x:numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></x:numFmts>');
    expect(styles).not.toMatch(/<(font|xf|fill|border)[ >]/);
    expect(await out.file("xl/sharedStrings.xml")!.async("string")).not.toMatch(/<si>/);
  });
});
