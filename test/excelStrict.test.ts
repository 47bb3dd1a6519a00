import JSZip from "jszip";
import { excelStrictnessProblems, nameProblem, parseXml, XmlSyntaxError } from "./excelStrict";

/**
 * The Excel strictness check must be able to fail: a small hand-made package that keeps every
 * rule, then the same package broken one rule at a time, each with the problem the check must
 * name. Expected messages are written from the rule, not copied from the check's output.
 */
const h = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const rNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const rel = (name: string) => `http://schemas.openxmlformats.org/officeDocument/2006/relationships/${name}`;
const ct = (name: string) => `application/vnd.openxmlformats-officedocument.spreadsheetml.${name}+xml`;

/** The parts of a valid one-sheet workbook with a table, a merge, a drop-down and a defined name. */
function validParts(): Record<string, string> {
  return {
    "[Content_Types].xml": `${h}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${ct("sheet.main")}"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="${ct("worksheet")}"/><Override PartName="/xl/styles.xml" ContentType="${ct("styles")}"/><Override PartName="/xl/sharedStrings.xml" ContentType="${ct("sharedStrings")}"/><Override PartName="/xl/tables/table1.xml" ContentType="${ct("table")}"/></Types>`,
    "_rels/.rels": `${h}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel("officeDocument")}" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml": `${h}<workbook xmlns="${main}" xmlns:r="${rNs}"><workbookPr/><bookViews><workbookView/></bookViews><sheets><sheet name="Dữ liệu" sheetId="1" r:id="rId1"/></sheets><definedNames><definedName name="DanhMuc">'Dữ liệu'!$A$2:$A$3</definedName><definedName name="_xlnm.Print_Titles" localSheetId="0">'Dữ liệu'!$1:$1</definedName></definedNames><calcPr calcId="191029"/></workbook>`,
    "xl/_rels/workbook.xml.rels": `${h}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel("worksheet")}" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${rel("styles")}" Target="styles.xml"/><Relationship Id="rId3" Type="${rel("sharedStrings")}" Target="sharedStrings.xml"/></Relationships>`,
    "xl/styles.xml": `${h}<styleSheet xmlns="${main}"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><fonts count="1"><font><sz val="11"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`,
    "xl/sharedStrings.xml": `${h}<sst xmlns="${main}" count="4" uniqueCount="4"><si><t>Mã</t></si><si><t>Tên</t></si><si><t>A</t></si><si><r><t>Một </t></r><r><t>hai</t></r></si></sst>`,
    "xl/worksheets/sheet1.xml": `${h}<worksheet xmlns="${main}" xmlns:r="${rNs}"><sheetPr><tabColor rgb="FF1F4E79"/></sheetPr><dimension ref="A1:D5"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><cols><col min="1" max="1" width="10" customWidth="1"/><col min="2" max="4" width="20" style="1" customWidth="1"/></cols><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row><row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="s"><v>3</v></c><c r="C2" s="1"><v>45306</v></c><c r="D2"><f>C2+1</f><v>45307</v></c></row><row r="3"><c r="A3" t="inlineStr"><is><t>B</t></is></c><c r="B3" t="b"><v>1</v></c></row><row r="5" ht="30" customHeight="1"><c r="C5" t="s"><v>3</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="C5:D5"/></mergeCells><dataValidations count="2"><dataValidation type="list" allowBlank="1" sqref="A2:A3"><formula1>"A,B,C"</formula1></dataValidation><dataValidation type="list" allowBlank="1" sqref="C2:C4 D2"><formula1>DanhMuc</formula1></dataValidation></dataValidations><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="portrait"/><tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>`,
    "xl/worksheets/_rels/sheet1.xml.rels": `${h}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel("table")}" Target="../tables/table1.xml"/></Relationships>`,
    "xl/tables/table1.xml": `${h}<table xmlns="${main}" id="1" name="DanhSach" displayName="DanhSach" ref="A1:B3"><autoFilter ref="A1:B3"/><tableColumns count="2"><tableColumn id="1" name="Mã"/><tableColumn id="2" name="Tên"/></tableColumns><tableStyleInfo name="TableStyleLight9" showRowStripes="1"/></table>`,
  };
}

async function zipOf(parts: Record<string, string | null>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(parts)) if (text !== null) zip.file(name, text);
  return zip.generateAsync({ type: "uint8array" });
}

/** The problems of the valid package with `part`'s text changed by `edit` (the edit must apply). */
async function broken(part: string, edit: (xml: string) => string, more: Record<string, string | null> = {}): Promise<string[]> {
  const parts = validParts();
  const before = parts[part];
  const after = edit(before);
  expect(after).not.toBe(before);
  return excelStrictnessProblems(await zipOf({ ...parts, [part]: after, ...more }));
}

const sheet = "xl/worksheets/sheet1.xml";
const at = 'xl/worksheets/sheet1.xml ("Dữ liệu")';
const replace = (from: string | RegExp, to: string) => (xml: string) => xml.replace(from, to);

describe("the Excel strictness check", () => {
  it("finds nothing wrong with a package that keeps every rule", async () => {
    expect(await excelStrictnessProblems(await zipOf(validParts()))).toEqual([]);
  });

  it("data validations: two rules over one cell (what exceljs wrote per cell)", async () => {
    const problems = await broken(
      sheet,
      replace(
        '<dataValidation type="list" allowBlank="1" sqref="A2:A3">',
        '<dataValidation type="list" allowBlank="1" sqref="H2:I200"><formula1>"x"</formula1></dataValidation><dataValidation type="list" allowBlank="1" sqref="H10:I200"><formula1>"x"</formula1></dataValidation><dataValidation type="list" allowBlank="1" sqref="A2:A3">',
      ),
    );
    expect(problems).toEqual([`${at}: data validation H2:I200 (sqref "H2:I200") overlaps data validation H10:I200 (sqref "H10:I200")`]);
    // Within one rule's own sqref as well; and a sqref that is not a range.
    expect(await broken(sheet, replace('sqref="C2:C4 D2"', 'sqref="C2:C4 C3"'))).toContain(`${at}: data validation "C2:C4 C3" lists overlapping ranges`);
    expect(await broken(sheet, replace('sqref="A2:A3"', 'sqref="A2:A0"'))).toEqual([`${at}: data validation sqref "A2:A0" holds "A2:A0", not a range`]);
  });

  it("data validations: a literal list longer than 255 characters", async () => {
    const choices = Array.from({ length: 26 }, (_, i) => `Lựa chọn ${i}`).join(","); // 10×10 + 16×11 + 25 commas = 301
    expect(choices.length).toBe(301);
    expect(await broken(sheet, replace('<formula1>"A,B,C"</formula1>', `<formula1>"${choices}"</formula1>`))).toEqual([
      `${at}: list validation A2:A3: literal list of 301 characters (Excel allows 255)`,
    ]);
  });

  it("merged ranges: two that overlap, or one of a single cell", async () => {
    expect(
      await broken(sheet, replace('<mergeCells count="1"><mergeCell ref="C5:D5"/>', '<mergeCells count="2"><mergeCell ref="C5:D5"/><mergeCell ref="D4:E6"/>')),
    ).toEqual([`${at}: merged range C5:D5 overlaps merged range D4:E6`]);
    expect(await broken(sheet, replace('<mergeCell ref="C5:D5"/>', '<mergeCell ref="C5"/>'))).toEqual([
      `${at}: merged range "C5" is not a range of two or more cells`,
    ]);
  });

  it("worksheet children in the schema's order", async () => {
    const dv = /<dataValidations[\s\S]*<\/dataValidations>/.exec(validParts()[sheet])![0];
    const moved = (xml: string) => xml.replace(dv, "").replace("<mergeCells", `${dv}<mergeCells`);
    expect(await broken(sheet, moved)).toEqual([`${at}: <mergeCells> comes after <dataValidations>; the schema puts it before`]);
    expect(await broken(sheet, replace("<pageMargins", '<tableParts count="0"/><pageMargins'))).toContain(
      `${at}: <pageMargins> comes after <tableParts>; the schema puts it before`,
    );
    expect(await broken(sheet, replace("<sheetData>", "<sheetData/><sheetData>"))).toContain(`${at}: <sheetData> twice`);
    // Excel's markup-compatibility blocks are not SpreadsheetML children and do not count.
    const mc = '<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="x14"/></mc:AlternateContent>';
    expect(await broken(sheet, replace("<sheetViews>", `${mc}<sheetViews>`))).toEqual([]);
  });

  it("workbook children in the schema's order", async () => {
    expect(await broken("xl/workbook.xml", replace('<calcPr calcId="191029"/>', ""))).toEqual([]);
    const names = /<definedNames>[\s\S]*<\/definedNames>/.exec(validParts()["xl/workbook.xml"])![0];
    expect(await broken("xl/workbook.xml", (x) => x.replace(names, "").replace("<sheets>", `${names}<sheets>`))).toEqual([
      "xl/workbook.xml: <sheets> comes after <definedNames>; the schema puts it before",
    ]);
    expect(await broken("xl/workbook.xml", replace("<workbookPr/>", ""))).toEqual([]);
    expect(
      await broken("xl/workbook.xml", replace("<workbookPr/><bookViews><workbookView/></bookViews>", "<bookViews><workbookView/></bookViews><workbookPr/>")),
    ).toEqual(["xl/workbook.xml: <workbookPr> comes after <bookViews>; the schema puts it before"]);
  });

  it("sheet names: at most 31 characters, none of [ ] : * ? / \\, unique ignoring case", async () => {
    const renamed = (name: string) =>
      broken("xl/workbook.xml", (x) => x.replace('name="Dữ liệu"', `name="${name}"`).replace(/'Dữ liệu'/g, `'${name}'`), {
        "xl/worksheets/sheet1.xml": validParts()[sheet],
      });
    const long = "Kế hoạch áp dụng ISO năm 2024 dài"; // 33 characters
    expect(long.length).toBe(33);
    expect(await renamed(long)).toContain(`xl/workbook.xml: sheet name "${long}" must have 1 to 31 characters`);
    expect(await renamed("Kế hoạch/2024")).toContain('xl/workbook.xml: sheet name "Kế hoạch/2024" holds one of [ ] : * ? / \\');
    const twice = await broken(
      "xl/workbook.xml",
      replace(
        '<sheet name="Dữ liệu" sheetId="1" r:id="rId1"/>',
        '<sheet name="Dữ liệu" sheetId="1" r:id="rId1"/><sheet name="DỮ LIỆU" sheetId="2" r:id="rId1"/>',
      ),
    );
    expect(twice).toContain('xl/workbook.xml: sheet names "Dữ liệu" and "DỮ LIỆU" are the same ignoring case');
  });

  it("defined names: valid, unique in their scope, scoped to a sheet that exists", async () => {
    expect(nameProblem("A1")).toBe("looks like a cell reference");
    expect(nameProblem("R1C1")).toBe("looks like an R1C1 reference");
    expect(nameProblem("2024_KeHoach")).toMatch(/^must start with a letter/);
    expect(nameProblem("Kế hoạch")).toMatch(/^must start with a letter/);
    expect(nameProblem("KếHoạch_2024")).toBeNull();
    const wb = "xl/workbook.xml";
    expect(await broken(wb, replace('name="DanhMuc"', 'name="XFD1"'))).toContain('xl/workbook.xml: defined name "XFD1" looks like a cell reference');
    expect(await broken(wb, replace('<definedName name="DanhMuc">', '<definedName name="danhmuc">X!$A$1</definedName><definedName name="DanhMuc">'))).toEqual([
      'xl/workbook.xml: defined name "DanhMuc" twice in the workbook',
    ]);
    // The same name in a sheet's scope and the workbook's is allowed.
    expect(
      await broken(
        wb,
        replace('<definedName name="DanhMuc">', '<definedName name="DanhMuc" localSheetId="0">X!$A$1</definedName><definedName name="DanhMuc">'),
      ),
    ).toEqual([]);
    expect(await broken(wb, replace('localSheetId="0"', 'localSheetId="1"'))).toEqual([
      'xl/workbook.xml: defined name "_xlnm.Print_Titles" is scoped to sheet 1, which does not exist',
    ]);
  });

  it("cells: text over 32,767 characters, formulas over 8,192, NaN and Infinity", async () => {
    const text = "a".repeat(32_768);
    expect(await broken(sheet, replace("<is><t>B</t></is>", `<is><t>${text}</t></is>`))).toEqual([
      `${at}: cell A3: text of 32768 characters (Excel holds 32767)`,
    ]);
    expect(await broken("xl/sharedStrings.xml", replace("<t>A</t>", `<t>${text}</t>`))).toEqual([
      "xl/sharedStrings.xml: string 2 has 32768 characters (Excel holds 32767 in a cell)",
    ]);
    const formula = `SUM(${Array.from({ length: 2_000 }, (_, i) => `A${i + 1}`).join(",")})`;
    expect(await broken(sheet, replace("<f>C2+1</f>", `<f>${formula}</f>`))).toEqual([
      `${at}: cell D2: formula of ${formula.length} characters (Excel allows 8192)`,
    ]);
    expect(await broken(sheet, replace("<v>45307</v>", "<v>NaN</v>"))).toEqual([`${at}: cell D2: number "NaN" (NaN, Infinity or not a number)`]);
    expect(await broken(sheet, replace("<v>45306</v>", "<v>Infinity</v>"))).toEqual([`${at}: cell C2: number "Infinity" (NaN, Infinity or not a number)`]);
    expect(await broken(sheet, replace("<v>45306</v>", "<v>-1.5E-3</v>"))).toEqual([]);
  });

  it("indexes: cell formats within cellXfs, shared strings within the table, style parts within their lists", async () => {
    expect(await broken(sheet, replace('<c r="C2" s="1">', '<c r="C2" s="2">'))).toEqual([`${at}: cell C2: s="2" but there are 2 cell formats`]);
    expect(await broken(sheet, replace('style="1"', 'style="5"'))).toEqual([`${at}: <col min="2"> style="5" but there are 2 cell formats`]);
    expect(await broken(sheet, replace('<c r="B2" t="s"><v>3</v>', '<c r="B2" t="s"><v>4</v>'))).toEqual([
      `${at}: cell B2: shared string 4 but the table has 4`,
    ]);
    expect(await broken("xl/styles.xml", replace('<xf numFmtId="164" fontId="0"', '<xf numFmtId="165" fontId="1"'))).toEqual([
      'xl/styles.xml: cellXfs xf 1: fontId="1" but there are 1',
      'xl/styles.xml: cellXfs xf 1: numFmtId="165" is not defined in <numFmts>',
    ]);
  });

  it("rows and cells ascending", async () => {
    expect(await broken(sheet, replace('<row r="5"', '<row r="2"'))).toContain(`${at}: row 2 after row 3: rows must ascend`);
    expect(
      await broken(sheet, replace('<c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>', '<c r="B1" t="s"><v>1</v></c><c r="A1" t="s"><v>0</v></c>')),
    ).toEqual([`${at}: cell A1 after column 2: cells must ascend`]);
  });

  it("relationships and content types: every target present, every part typed, no Override for a missing part", async () => {
    expect(await broken("xl/_rels/workbook.xml.rels", replace('Target="styles.xml"', 'Target="styles2.xml"'))).toContain(
      "xl/_rels/workbook.xml.rels: rId2 points at xl/styles2.xml, which the package does not hold",
    );
    // Without its Override the styles part falls back to the Default for .xml: the wrong type.
    expect(
      await broken(
        "[Content_Types].xml",
        replace('<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>', ""),
      ),
    ).toEqual([`xl/styles.xml: content type application/xml; a styles part must be ${ct("styles")}`]);
    expect(await broken("[Content_Types].xml", replace('<Default Extension="xml" ContentType="application/xml"/>', ""))).toEqual([]);
    const noDefault = await broken("[Content_Types].xml", (x) =>
      x.replace('<Default Extension="xml" ContentType="application/xml"/>', "").replace(/<Override PartName="\/xl\/styles.xml"[^>]*>/, ""),
    );
    expect(noDefault).toEqual(["xl/styles.xml: no content type (neither an Override nor a Default for its extension)"]);
    expect(
      await broken("[Content_Types].xml", replace("</Types>", `<Override PartName="/xl/calcChain.xml" ContentType="${ct("calcChain")}"/></Types>`)),
    ).toEqual(["[Content_Types].xml: Override for /xl/calcChain.xml, which the package does not hold"]);
    expect(
      await broken(
        "[Content_Types].xml",
        replace(`PartName="/xl/styles.xml" ContentType="${ct("styles")}"`, 'PartName="/xl/styles.xml" ContentType="application/xml"'),
      ),
    ).toEqual([`xl/styles.xml: content type application/xml; a styles part must be ${ct("styles")}`]);
    expect(await broken(sheet, replace('<tablePart r:id="rId1"/>', '<tablePart r:id="rId7"/>'))).toEqual([
      `${at}: <tablePart r:id="rId7"> names no relationship of the sheet`,
    ]);
    expect(await broken("xl/workbook.xml", replace('r:id="rId1"', 'r:id="rId9"'))).toEqual([
      'xl/workbook.xml: sheet "Dữ liệu" points at relationship rId9, which xl/_rels/workbook.xml.rels does not hold',
    ]);
  });

  it("tables: valid unique names, over no merge and no other table, header cells matching the columns", async () => {
    const t = "xl/tables/table1.xml";
    expect(await broken(t, (x) => x.replace(/"DanhSach"/g, '"Danh Sach"'))).toEqual([
      'xl/tables/table1.xml: table name "Danh Sach" must start with a letter, _ or \\ and hold only letters, digits, _, . and \\',
      'xl/tables/table1.xml: table displayName "Danh Sach" must start with a letter, _ or \\ and hold only letters, digits, _, . and \\',
    ]);
    expect(await broken(t, (x) => x.replace(/"DanhSach"/g, '"DanhMuc"'))).toEqual(['xl/tables/table1.xml: table name "DanhMuc" is also a defined name']);
    expect(await broken(sheet, replace('<mergeCell ref="C5:D5"/>', '<mergeCell ref="B3:C3"/>'))).toEqual([
      `${at}: table DanhSach A1:B3 covers merged range B3:C3`,
    ]);
    const second = `${h}<table xmlns="${main}" id="2" name="Khac" displayName="Khac" ref="B2:C3"><tableColumns count="2"><tableColumn id="1" name="Một hai"/><tableColumn id="2" name="45306"/></tableColumns></table>`;
    const twoTables = await broken(
      sheet,
      replace('<tableParts count="1"><tablePart r:id="rId1"/>', '<tableParts count="2"><tablePart r:id="rId1"/><tablePart r:id="rId2"/>'),
      {
        "xl/worksheets/_rels/sheet1.xml.rels": `${h}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel("table")}" Target="../tables/table1.xml"/><Relationship Id="rId2" Type="${rel("table")}" Target="../tables/table2.xml"/></Relationships>`,
        "xl/tables/table2.xml": second,
        "[Content_Types].xml": validParts()["[Content_Types].xml"].replace(
          "</Types>",
          `<Override PartName="/xl/tables/table2.xml" ContentType="${ct("table")}"/></Types>`,
        ),
      },
    );
    expect(twoTables).toEqual([`${at}: table DanhSach A1:B3 overlaps table Khac B2:C3`]);
    expect(await broken(t, replace('name="Tên"', 'name="Họ tên"'))).toEqual([
      'xl/tables/table1.xml: column 2 is named "Họ tên" but its header cell holds "Tên"',
    ]);
    expect(await broken(t, replace('ref="A1:B3"><autoFilter', 'ref="A1:C3"><autoFilter'))).toContain(
      "xl/tables/table1.xml: 2 table columns for a range 3 columns wide",
    );
  });

  it("tables: a range that is not a range, an id that is not a positive number or is used twice, a filter outside the table", async () => {
    const t = "xl/tables/table1.xml";
    expect(await broken(t, replace('ref="A1:B3"><autoFilter', 'ref="A1:"><autoFilter'))).toEqual(['xl/tables/table1.xml: table range "A1:" is not a range']);
    expect(await broken(t, replace('id="1" name="DanhSach"', 'id="0" name="DanhSach"'))).toEqual(['xl/tables/table1.xml: table id "0"']);
    expect(await broken(t, replace('<autoFilter ref="A1:B3"/>', '<autoFilter ref="A1:B4"/>'))).toEqual([
      'xl/tables/table1.xml: filter range "A1:B4" outside the table',
    ]);
    // A second table on its own cells (no overlap), but with the first one's id.
    const second = `${h}<table xmlns="${main}" id="1" name="Khac" displayName="Khac" ref="F1:F2"><tableColumns count="1"><tableColumn id="1" name="Cột1"/></tableColumns></table>`;
    expect(
      await broken(sheet, replace('<tableParts count="1"><tablePart r:id="rId1"/>', '<tableParts count="2"><tablePart r:id="rId1"/><tablePart r:id="rId2"/>'), {
        "xl/worksheets/_rels/sheet1.xml.rels": `${h}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel("table")}" Target="../tables/table1.xml"/><Relationship Id="rId2" Type="${rel("table")}" Target="../tables/table2.xml"/></Relationships>`,
        "xl/tables/table2.xml": second,
        "[Content_Types].xml": validParts()["[Content_Types].xml"].replace(
          "</Types>",
          `<Override PartName="/xl/tables/table2.xml" ContentType="${ct("table")}"/></Types>`,
        ),
      }),
    ).toEqual(["xl/tables/table2.xml: table id 1 twice in the workbook"]);
  });

  it("defined names: a formula longer than 8,192 characters", async () => {
    const long = Array.from({ length: 1200 }, (_, i) => `'Dữ liệu'!$A$${i + 1}`).join(",");
    expect(long.length).toBeGreaterThan(8192);
    expect(await broken("xl/workbook.xml", replace("'Dữ liệu'!$A$2:$A$3", long))).toEqual([
      'xl/workbook.xml: defined name "DanhMuc" is longer than 8192 characters',
    ]);
  });

  it("the file's extension: a macro-enabled package is .xlsm, a plain one .xlsx", async () => {
    const plain = await zipOf(validParts());
    expect(await excelStrictnessProblems(plain, "so.xlsx")).toEqual([]);
    expect(await excelStrictnessProblems(plain, "so.xlsm")).toEqual(["xl/workbook.xml: a plain workbook in a file called .xlsm"]);
    const macro = validParts();
    macro["[Content_Types].xml"] = macro["[Content_Types].xml"].replace(ct("sheet.main"), "application/vnd.ms-excel.sheet.macroEnabled.main+xml");
    expect(await excelStrictnessProblems(await zipOf(macro), "so.xlsm")).toEqual([]);
    expect(await excelStrictnessProblems(await zipOf(macro), "so.xlsx")).toEqual(["xl/workbook.xml: a macro-enabled workbook in a file called .xlsx"]);
  });

  it("parts that are not well-formed XML, or declare a DTD", async () => {
    expect(await broken(sheet, replace("</sheetData>", "</sheetdata>"))).toEqual([`${sheet}: line 2: </sheetdata> closes <sheetData>`]);
    expect(() => parseXml('<!DOCTYPE x [<!ENTITY a "b">]><x/>')).toThrow(XmlSyntaxError);
    expect(() => parseXml("<x>&#x0;</x>")).toThrow("is not an XML character");
    expect(() => parseXml('<x a="1" a="2"/>')).toThrow("attribute a twice");
    expect(parseXml('<a xmlns="u" xmlns:p="v"><p:b p:c="1"/>t&amp;<![CDATA[<c>]]></a>')).toMatchObject({
      local: "a",
      ns: "u",
      text: "t&<c>",
      children: [{ local: "b", ns: "v" }],
    });
  });
});
