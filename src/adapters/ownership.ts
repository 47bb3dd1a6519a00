/**
 * The ownership rule every writer shares (Office.js inside Excel, exceljs and the .xlsx package
 * writer in the CLI): a sheet is Trợ lý ISO's own when a hidden workbook-scoped name
 * "TroLyISO_owner_<n>" refers to it. A same-named sheet without the marker is the user's and is
 * refused (`SheetNotOwnedError`), before anything is written. Neutral: no Office.js, no exceljs.
 */
import { findingText } from "../core/messages/render";

export const OWNER_NAME_PREFIX = "TroLyISO_owner_";

/** Excel compares sheet names case-insensitively ("Kế hoạch" and "KẾ HOẠCH" clash). */
export function sameSheetName(a: string, b: string): boolean {
  return a.toUpperCase() === b.toUpperCase();
}

/**
 * The sheet a name's formula refers to.
 * @example markerSheet("='Kế hoạch'!$A$1") === "Kế hoạch"; markerSheet("=#REF!$A$1") === null
 */
export function markerSheet(formula: unknown): string | null {
  if (typeof formula !== "string") return null;
  const m = /^=(?:'((?:[^']|'')+)'|([^'!]+))!/.exec(formula);
  if (!m) return null;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  return sheet === "#REF" ? null : sheet;
}

/** What the user added to an owned sheet: notes (comments), drawings (charts, pictures, shapes), other objects (PivotTables, controls…). */
export type UserObjectKind = "notes" | "drawings" | "objects";

/**
 * An owned sheet the command would replace holds something the user added to it (a note, a chart,
 * a picture…): replacing the sheet would delete it, so the write is refused, before anything is
 * written, naming the sheet, what it holds and (when known) the cell it is anchored at.
 */
export class OwnedSheetObjectsError extends Error {
  readonly code = "owned_sheet_objects" as const;

  constructor(
    readonly sheet: string,
    readonly kind: UserObjectKind,
    readonly cell: string | null,
  ) {
    super(`owned sheet ${sheet} holds the user's ${kind}${cell ? ` at ${cell}` : ""}`);
    this.name = "OwnedSheetObjectsError";
  }
}

/** Text shown when a sheet the add-in wants to write already exists and is the user's (from the catalogue). */
export function sheetNotOwnedMessage(sheet: string): string {
  return findingText({ code: "sheet_not_owned", params: { sheet } });
}

/**
 * A sheet named in the WorkbookSpec exists in the workbook but carries no Trợ lý ISO owner
 * marker. Raised before anything is written, so the workbook is left exactly as it was.
 */
export class SheetNotOwnedError extends Error {
  readonly code = "sheet_not_owned" as const;

  constructor(readonly sheet: string) {
    super(sheetNotOwnedMessage(sheet));
    this.name = "SheetNotOwnedError";
  }
}
