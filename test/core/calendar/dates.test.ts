import {
  datesInText,
  readDateAt,
  isIsoDate,
  isoDate,
  isYear,
  monthEnd,
  monthStart,
  namedYear,
  nd30LongDate,
  nd30ShortDate,
  readDate,
  readYear,
  viDate,
  yearEnd,
  yearStart,
  yearsInText,
} from "../../../src/core/calendar/dates";
import { periodFromTitle } from "../../../src/core/dossiers/period";
import { readPreviousReport } from "../../../src/core/document/readPreviousReport";
import { readDocumentHeader } from "../../../src/core/document/readDocumentHeader";
import { readReferenceDate } from "../../../src/core/evidence/referenceDate";
import { makeGrid } from "../../../src/core/grid/grid";
import { workbookText } from "../../../src/core/messages/catalogue";
import { readAgencyGrid } from "../../../src/core/workbook/agencySheet";

describe("readDate", () => {
  it.each([
    ["2024-03-05", "2024-03-05"],
    ["2024-03-05T00:00:00.000Z", "2024-03-05"],
    ["05/03/2024", "2024-03-05"],
    ["5/3/2024", "2024-03-05"],
    ["05-03-2024", "2024-03-05"],
    ["05.03.2024", "2024-03-05"],
    ["08:30 05/03/2024", "2024-03-05"],
    ["05/03/2024 08:30", "2024-03-05"],
    ["05/03/2024 08:30:15", "2024-03-05"],
    ["8h30 05/03/2024", "2024-03-05"],
    ["  05/03/2024\n", "2024-03-05"],
    ["29/02/2024", "2024-02-29"],
    ["05/03/24", "2024-03-05"],
    ["ngày 5 tháng 3 năm 2024", "2024-03-05"],
  ])("reads %j as %s", (text, iso) => {
    expect(readDate(text)).toEqual({ kind: "date", iso });
  });

  it.each(["31/02/2024", "29/02/2023", "2024-02-30", "03/25/2024", "00/01/2024", "32/01/2024", "hôm qua", "2024", "05/03", "25:99 05/03/2024 x"])(
    "does not read %j",
    (text) => {
      expect(readDate(text)).toEqual({ kind: "unreadable", text: text.trim() });
    },
  );

  it.each(["", "   ", "-", "–"])("treats %j as empty", (text) => {
    expect(readDate(text)).toEqual({ kind: "empty" });
  });

  it("formats and validates ISO dates", () => {
    expect(viDate("2024-10-31")).toBe("31/10/2024");
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2023-02-29")).toBe(false);
    expect(isIsoDate("2024-2-9")).toBe(false);
  });
});

/**
 * One date module (#21 item 4): one validated isoDate, one year rule, one reader family. Before,
 * five readers had different year ranges (dossiers 1900–2200, schedules 1900–2199, "Thông tin"
 * any four digits, a document header any year) and one exported isoDate did not validate.
 */
describe("one year rule and one validated isoDate", () => {
  it("takes years 1900–2199 only, everywhere", () => {
    expect([1899, 1900, 2024, 2199, 2200, 2024.5].map(isYear)).toEqual([false, true, true, true, false, false]);
    expect(["2024", " 2025 ", "1899", "2200", "24", "20245", "năm 2024", ""].map(readYear)).toEqual([2024, 2025, null, null, null, null, null, null]);
  });

  it("builds ISO dates only for real dates in the range, never rolled over", () => {
    expect(isoDate(2024, 2, 29)).toBe("2024-02-29");
    expect(isoDate(2023, 2, 29)).toBeNull();
    expect(isoDate(2024, 4, 31)).toBeNull();
    expect(isoDate(2024, 13, 1)).toBeNull();
    expect(isoDate(2024, 0, 1)).toBeNull();
    expect(isoDate(2200, 1, 1)).toBeNull();
    expect(isoDate(1899, 12, 31)).toBeNull();
    expect(isoDate(2024, 1.5, 1)).toBeNull();
  });

  it("reads a date cell only when its year is in the range", () => {
    expect(readDate("31/12/2199")).toEqual({ kind: "date", iso: "2199-12-31" });
    expect(readDate("01/01/2200")).toEqual({ kind: "unreadable", text: "01/01/2200" });
    expect(readDate("2200-01-01")).toEqual({ kind: "unreadable", text: "2200-01-01" });
    expect(readDate("31/12/1899")).toEqual({ kind: "unreadable", text: "31/12/1899" });
  });

  it("writes dates the ISO, the table and the NĐ 30 ways", () => {
    expect([yearStart(2025), yearEnd(2025), monthStart(2024, 9), monthEnd(2023, 2)]).toEqual(["2025-01-01", "2025-12-31", "2024-09-01", "2023-02-28"]);
    expect(viDate("2024-03-05")).toBe("05/03/2024");
    expect(nd30ShortDate("2024-03-05")).toBe("05/3/2024");
    expect(nd30ShortDate("2024-02-05")).toBe("05/02/2024");
    expect(nd30LongDate("2024-12-25")).toBe("25 tháng 12 năm 2024");
    expect(nd30ShortDate("31/02/2024")).toBe("31/02/2024");
  });
});

describe("every reader of a date uses the one rule", () => {
  const { headers, fields } = workbookText.agency;
  const agencyGrid = (rows: string[][]) => makeGrid("Thông tin", [[headers.label, headers.value], ...rows]);
  const labels = { year: fields.year.label, periodStart: fields.periodStart.label, periodEnd: fields.periodEnd.label };

  it("'Thông tin' reads its period in every accepted date form and refuses a year out of range", () => {
    const { info, findings } = readAgencyGrid(
      agencyGrid([
        [labels.year, "2024"],
        [labels.periodStart, "1/10/2023"],
        [labels.periodEnd, "30.09.2024"],
      ]),
      2000,
    );
    expect(info.year).toBe(2024);
    expect([info.periodStart, info.periodEnd]).toEqual(["2023-10-01", "2024-09-30"]);
    expect(findings).toEqual([]);
    // Before: /^\d{4}$/ took 2250 as the plan's year.
    const far = readAgencyGrid(agencyGrid([[labels.year, "2250"]]), 2000);
    expect(far.findings.map((f) => f.code)).toContain("year_invalid");
  });

  it("a document header's date with a year out of range is no date and no year", () => {
    const header = (date: string) => ["SỞ Y TẾ", "Số: 12/BC-SYT", `Ninh Thuận, ngày ${date}`, "BÁO CÁO"];
    const h = readDocumentHeader(header("05 tháng 3 năm 2250"));
    expect(h.date).toBe("");
    expect(h.year).toBeNull();
    const ok = readDocumentHeader(header("05 tháng 3 năm 2024"));
    expect([ok.date, ok.year]).toEqual(["2024-03-05", 2024]);
  });

  it("a reference's date out of range is impossible, not a date", () => {
    expect(readReferenceDate(" ngày 05/3/2250").kind).toBe("impossible");
    expect(readReferenceDate(" ngày 05/3/2024")).toMatchObject({ kind: "date", iso: "2024-03-05" });
  });
});

describe("dates and years inside running text, by the one rule", () => {
  it("finds the real day-first dates of a line, in order, and skips impossible ones and years out of the range", () => {
    expect(datesInText("Từ ngày 15/12/2024 đến ngày 14 / 12 / 2025 (chốt 31.12.2025)")).toEqual(["2024-12-15", "2025-12-14", "2025-12-31"]);
    expect(datesInText("ngày 31/02/2024, ngày 01/01/2250, số 123/2024")).toEqual([]);
    // An export's title reads its period through it: a date out of the range is no date, so only "từ" is stated.
    expect(periodFromTitle(["Từ ngày 01/01/2024 đến ngày 31/12/2250"])).toEqual({ from: "2024-01-01" });
    expect(periodFromTitle(["Từ ngày 01/01/2024 đến ngày 31/12/2024"])).toEqual({ from: "2024-01-01", to: "2024-12-31" });
  });

  it("finds standalone four-digit years in the range only", () => {
    expect(yearsInText("Tháng 12/2024 - Tháng 01/2025")).toEqual([2024, 2025]);
    expect(yearsInText("Quý II; 1000 lượt; 12345; năm 2250")).toEqual([]);
    expect(yearsInText("1900 và 2199")).toEqual([1900, 2199]);
  });

  it("reads the year a text names as 'năm YYYY', in the range", () => {
    expect(namedYear("Kết quả triển khai áp dụng ISO năm 2024 và dự toán năm 2025")).toBe(2024);
    expect(namedYear("năm 2250 và năm 2023")).toBe(2023);
    expect(namedYear("Báo cáo năm nay")).toBeNull();
    // Last year's report takes its year from its trích yếu by that rule: "năm 2250" is not a year.
    const report = (summary: string) =>
      readPreviousReport(["SỞ Y TẾ", "Số: 12/BC-SYT", "BÁO CÁO", summary, "II. ĐÁNH GIÁ", "Ưu điểm", "III. PHƯƠNG HƯỚNG", "IV. ĐỀ XUẤT"]);
    expect(report("Kết quả triển khai ISO năm 2024")?.year).toBe(2024);
    expect(report("Kết quả triển khai ISO năm 2250")?.year ?? 0).toBe(0);
  });
});

describe("readDate on a long cell", () => {
  it("is unreadable at once, quoting the cell's start, and a date with words and a time is still read", () => {
    const long = "Rà soát quy trình ".repeat(3000);
    const reading = readDate(long);
    expect(reading.kind).toBe("unreadable");
    expect(reading.kind === "unreadable" && reading.text.length <= 400).toBe(true);
    expect(readDate("ngày 15 tháng 10 năm 2020 08:30")).toEqual({ kind: "date", iso: "2020-10-15" });
  });
});

describe("one reading of a date's forms", () => {
  // Worked out by hand: day first; one separator kind; "tháng"/"năm" spelled; 30/02 exists in no year.
  const forms: [string, string | null][] = [
    ["28/02/2024", "2024-02-28"],
    ["5.3.2014", "2014-03-05"],
    ["05 - 03 - 2014", "2014-03-05"],
    ["5 tháng 3 năm 2014", "2014-03-05"],
    ["05 tháng 03 năm 2014", "2014-03-05"],
    ["30/02/2024", null],
    ["05/03-2014", null], // two kinds of separator: not a date
  ];
  it.each(forms)("%s reads the same in a date cell and after a document's 'ngày'", (text, iso) => {
    const cell = readDate(text);
    const reference = readReferenceDate(` ngày ${text} của Sở`);
    expect(cell.kind === "date" ? cell.iso : null).toBe(iso);
    expect(reference.kind === "date" ? reference.iso : null).toBe(iso);
    expect(readDateAt(text)?.iso ?? null).toBe(iso);
  });

  it("a two-digit year is 20yy in a cell (exports write it), asked for in a cited document", () => {
    expect(readDate("28/02/24")).toEqual({ kind: "date", iso: "2024-02-28" });
    expect(readReferenceDate(" ngày 28/02/24").kind).toBe("unreadable");
  });
});
