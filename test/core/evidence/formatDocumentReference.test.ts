import { formatDocumentReference } from "../../../src/core/evidence/formatDocumentReference";
import { nd30LongDate, nd30ShortDate } from "../../../src/core/calendar/dates";
import { parseDocumentReferences } from "../../../src/core/evidence/parseDocumentReferences";

const first = (text: string) => parseDocumentReferences(text)[0];

describe("formatDocumentReference", () => {
  it.each([
    ["Kế hoạch số 733/KH-SYT ngày 28/02/2024 của Sở Y tế", "Kế hoạch số 733/KH-SYT ngày 28/02/2024"],
    ["QĐ 494/QĐ-SYT ngày 1/11/2024", "Quyết định số 494/QĐ-SYT ngày 01/11/2024"],
    ["Biên bản 01/BB-XXLD ngày 22/10/2024", "Biên bản số 01/BB-XXLD ngày 22/10/2024"],
    ["Quyết định số 386/QĐ-SYT ngày 27/09/2024", "Quyết định số 386/QĐ-SYT ngày 27/9/2024"],
    ["Quyết định số 663/QĐ-UBND ngày 7/6/2024", "Quyết định số 663/QĐ-UBND ngày 07/6/2024"],
    ["Công văn số 1548/SYT-VP", "Công văn số 1548/SYT-VP"],
    ["Số: 3885/KH-SLĐTBXH", "Kế hoạch số 3885/KH-SLĐTBXH"],
    ["Báo cáo số 12/BC- SYT ngày 05.3.2024", "Báo cáo số 12/BC-SYT ngày 05/3/2024"],
    ["Quyết định số 5/QĐ-SYT ngày 31/02/2024", "Quyết định số 5/QĐ-SYT"],
  ])("writes %j as %j", (text, canonical) => {
    expect(formatDocumentReference(first(text))).toBe(canonical);
  });

  it("writes the long NĐ 30 date form on request, with the year of a legal text's number", () => {
    expect(formatDocumentReference(first("Quyết định số 19/2014/QĐ-TTg ngày 05/3/2014"), { dateStyle: "long" })).toBe(
      "Quyết định số 19/2014/QĐ-TTg ngày 05 tháng 3 năm 2014",
    );
  });

  it("is stable: formatting, parsing and formatting again gives the same text", () => {
    const canonical = "Kế hoạch số 4425/KH-ISO ngày 03/10/2024";
    expect(formatDocumentReference(first(canonical))).toBe(canonical);
  });
});

describe("NĐ 30 dates", () => {
  it.each([
    ["2020-01-05", "05/01/2020", "05 tháng 01 năm 2020"],
    ["2019-06-29", "29/6/2019", "29 tháng 6 năm 2019"],
    ["2014-03-05", "05/3/2014", "05 tháng 3 năm 2014"],
    ["2025-02-12", "12/02/2025", "12 tháng 02 năm 2025"],
    ["2024-12-31", "31/12/2024", "31 tháng 12 năm 2024"],
  ])("writes %s as %j and %j (days 1–9 and months 1–2 padded)", (iso, short, long) => {
    expect(nd30ShortDate(iso)).toBe(short);
    expect(nd30LongDate(iso)).toBe(long);
  });

  it("returns text that is not an ISO date unchanged", () => {
    expect(nd30ShortDate("2024-02-30")).toBe("2024-02-30");
    expect(nd30LongDate("")).toBe("");
  });
});
