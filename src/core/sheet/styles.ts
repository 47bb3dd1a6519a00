import type { CellStyle, PageSetupSpec } from "./model";

/** Times New Roman throughout: the font of Vietnamese administrative documents (NĐ 30/2020). */
export const baseFont = "Times New Roman";

/** Styles shared by the data sheets the add-in owns (tasks, units, findings, dossiers, budget). */
export const dataSheetStyles = {
  header: { fontName: baseFont, fontSize: 12, bold: true, horizontal: "center", vertical: "middle", wrap: true, border: "thin", fill: "DDEBF7" },
  body: { fontName: baseFont, fontSize: 12, vertical: "top", wrap: true, border: "thin", numberFormat: "@" },
  center: { fontName: baseFont, fontSize: 12, vertical: "top", horizontal: "center", wrap: true, border: "thin", numberFormat: "@" },
  date: { fontName: baseFont, fontSize: 12, vertical: "top", horizontal: "center", border: "thin", numberFormat: "dd/mm/yyyy" },
  integer: { fontName: baseFont, fontSize: 12, vertical: "top", horizontal: "right", border: "thin", numberFormat: "#,##0" },
  percent: { fontName: baseFont, fontSize: 12, vertical: "top", horizontal: "right", border: "thin", numberFormat: "0.00%" },
  totalLabel: { fontName: baseFont, fontSize: 12, bold: true, vertical: "top", border: "thin", numberFormat: "@" },
  totalInteger: { fontName: baseFont, fontSize: 12, bold: true, horizontal: "right", border: "thin", numberFormat: "#,##0" },
  totalPercent: { fontName: baseFont, fontSize: 12, bold: true, horizontal: "right", border: "thin", numberFormat: "0.00%" },
  note: { fontName: baseFont, fontSize: 11, italic: true, wrap: true, vertical: "top" },
  title: { fontName: baseFont, fontSize: 14, bold: true },
  plain: { fontName: baseFont, fontSize: 12, wrap: true, vertical: "top" },
} as const satisfies Readonly<Record<string, CellStyle>>;

/** The name of a data-sheet style: a typo is a type error, not a silently unstyled cell. */
export type DataStyleKey = keyof typeof dataSheetStyles;

/**
 * A4 page setup for the data sheets: fits the width of one page, header row repeated. Working
 * sheets, not documents: narrower margins than the decree's leave room for their columns.
 */
export function a4PageSetup(orientation: "portrait" | "landscape", titleRows = 1): PageSetupSpec {
  return {
    paperSize: "A4",
    orientation,
    margins: { top: 15, bottom: 15, left: 15, right: 10 },
    fitToWidth: true,
    printTitleRows: titleRows > 0 ? { first: 1, last: titleRows } : undefined,
  };
}
