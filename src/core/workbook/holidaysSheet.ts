import { cell, type SheetSpec } from "../sheet/model";
import { a4PageSetup, dataSheetStyles } from "../sheet/styles";
import { workbookText } from "../messages/catalogue";
import { weekday } from "../calendar/dates";
import type { Holiday } from "../calendar/holidays";
import { sheetNames } from "./sheetNames";

export { defaultHolidays, type Holiday } from "../calendar/holidays";

const holidayText = workbookText.holidays;

/**
 * The editable holiday sheet ("Ngày nghỉ"): date, weekday, name, kind (Nghỉ / Làm bù) and the
 * announcement each row comes from; rows not yet announced say "dự kiến" in their name.
 */
export function buildHolidaysSheet(holidays: readonly Holiday[]): SheetSpec {
  const h = holidayText.headers;
  return {
    name: sheetNames.holidays,
    cells: [
      [h.date, h.weekday, h.name, h.kind, h.source].map((t) => cell.text(t, "header")),
      ...holidays.map((x) => [
        cell.date(x.date, "date"),
        cell.text(holidayText.weekdays[weekday(x.date)], "body"),
        cell.text(x.name, "body"),
        cell.text(x.kind === "makeUp" ? holidayText.kinds.makeUpDay : holidayText.kinds.dayOff, "center"),
        cell.text(x.source, "body"),
      ]),
    ],
    styles: dataSheetStyles,
    columnWidths: [12, 10, 44, 9, 46],
    merges: [],
    validations: [{ range: `D2:D${Math.max(holidays.length + 1, 100)}`, list: [holidayText.kinds.dayOff, holidayText.kinds.makeUpDay], allowBlank: true }],
    tables: [],
    pageSetup: a4PageSetup("landscape"),
    freeze: { rows: 1, columns: 0 },
  };
}
