import { withoutRepeatedValidations } from "../../../src/adapters/xlsxPackage/validations";

const sheet = (rules: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/>${rules}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;
const status = (sqref: string) =>
  `<dataValidation type="list" allowBlank="1" sqref="${sqref}"><formula1>"Chưa thực hiện,Hoàn thành"</formula1></dataValidation>`;
const units = (sqref: string) =>
  `<dataValidation type="list" allowBlank="1" errorStyle="information" sqref="${sqref}"><formula1>'Đơn vị'!$A$2:$A$300</formula1></dataValidation>`;

describe("withoutRepeatedValidations", () => {
  it("drops a rule repeated over cells the same rule already covers (exceljs's regrouping of per-cell rules)", () => {
    const input = sheet(`<dataValidations count="4">${units("H10:I200")}${units("H2:I200")}${status("J10:J200")}${status("J2:J200")}</dataValidations>`);
    expect(withoutRepeatedValidations(input)).toBe(sheet(`<dataValidations count="2">${units("H2:I200")}${status("J2:J200")}</dataValidations>`));
  });

  it("keeps rules that differ, overlapping or not, and identical rules that only partly overlap", () => {
    expect(withoutRepeatedValidations(sheet(`<dataValidations count="2">${units("J2:J200")}${status("J10:J200")}</dataValidations>`))).toBeUndefined();
    expect(withoutRepeatedValidations(sheet(`<dataValidations count="2">${status("J2:J100")}${status("J50:J200")}</dataValidations>`))).toBeUndefined();
    expect(withoutRepeatedValidations(sheet(`<dataValidations count="2">${status("J2:J100")}${status("K2:K100")}</dataValidations>`))).toBeUndefined();
    expect(withoutRepeatedValidations(sheet(""))).toBeUndefined();
  });

  it("reads multi-range sqrefs and absolute references, and leaves the rest of the sheet as it was", () => {
    const input = sheet(`<dataValidations count="2">${status("$C$2:$C$100 E2:E100")}${status("C10:C20 E5")}</dataValidations>`);
    expect(withoutRepeatedValidations(input)).toBe(sheet(`<dataValidations count="1">${status("$C$2:$C$100 E2:E100")}</dataValidations>`));
  });
});
