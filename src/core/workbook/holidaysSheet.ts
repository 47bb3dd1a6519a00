import { cell, type SheetSpec } from "../sheet/model";
import { a4PageSetup, dataSheetStyles, type DataStyleKey } from "../sheet/styles";
import { workbookText } from "../messages/catalogue";
import { weekday } from "../calendar/dates";
import type { Holiday } from "../calendar/holidays";
import { sheetNames } from "./sheetNames";
import { headerCells, layoutRow, layoutValidations, layoutWidths } from "../sheet/layout";
import { holidaysLayout } from "./layouts";

export { defaultHolidays, type Holiday } from "../calendar/holidays";

const holidayText = workbookText.holidays;

/**
 * The editable holiday sheet ("Ngày nghỉ"): date, weekday, name, kind (Nghỉ / Làm bù) and the
 * announcement each row comes from; rows not yet announced say "dự kiến" in their name.
 */
export function buildHolidaysSheet(holidays: readonly Holiday[]): SheetSpec<DataStyleKey> {
  return {
    name: sheetNames.holidays,
    cells: [
      headerCells(holidaysLayout),
      ...holidays.map((x) =>
        layoutRow(holidaysLayout, {
          date: cell.date(x.date),
          weekday: holidayText.weekdays[weekday(x.date)],
          name: x.name,
          kind: x.kind === "makeUp" ? holidayText.kinds.makeUpDay : holidayText.kinds.dayOff,
          source: x.source,
        }),
      ),
    ],
    styles: dataSheetStyles,
    columnWidths: layoutWidths(holidaysLayout),
    merges: [],
    validations: layoutValidations(holidaysLayout, 2, Math.max(holidays.length + 1, 100)),
    tables: [],
    pageSetup: a4PageSetup("landscape"),
    freeze: { rows: 1, columns: 0 },
  };
}
