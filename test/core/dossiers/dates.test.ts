import { readDate, viDate, isIsoDate } from "../../../src/core/calendar/dates";

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
