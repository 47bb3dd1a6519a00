/**
 * The declarative sheet description. Core builds it; thin adapters render it
 * (exceljs in Node and the standalone page, Office.js inside Excel). It is plain,
 * serialisable data: no functions, no classes, no library objects.
 *
 * Conventions
 * - Cells are a dense 2-D array `cells[rowIndex][columnIndex]`, 0-based, starting at A1.
 * - A `text` cell is always written as text, never as a formula, whatever it starts with
 *   ("=", "+", "-", "@"). Imported text is data.
 * - A `formula` cell is written as an English-locale formula without the leading "=",
 *   with its computed value cached in `result`, because exceljs never calculates and
 *   viewers that do not recalculate must still show the figure.
 * - Sizes are in points; column widths in Excel character units; margins in millimetres.
 */

import { cutToCellLimit } from "../grid/limits";

export type HorizontalAlign = "left" | "center" | "right" | "justify";
export type VerticalAlign = "top" | "middle" | "bottom";

export interface CellStyle {
  readonly fontName?: string;
  readonly fontSize?: number;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  readonly color?: string; // "RRGGBB"
  readonly fill?: string; // "RRGGBB"
  readonly horizontal?: HorizontalAlign;
  readonly vertical?: VerticalAlign;
  readonly wrap?: boolean;
  readonly border?: "thin" | "none";
  /** Excel number format code, e.g. "#,##0", "0.0%", "dd/mm/yyyy", "@". */
  readonly numberFormat?: string;
  /** Indent level (Excel's indent, about 3 characters each). */
  readonly indent?: number;
}

/**
 * One cell. `S` is the set of style names the sheet declares (its `styles` keys), so a cell that
 * names a style the sheet does not have is a type error rather than a silently unstyled cell.
 */
export type CellSpec<S extends string = string> =
  | { readonly kind: "text"; readonly value: string; readonly style?: S }
  | { readonly kind: "number"; readonly value: number; readonly style?: S }
  | { readonly kind: "date"; readonly value: string; readonly style?: S } // ISO YYYY-MM-DD
  | { readonly kind: "boolean"; readonly value: boolean; readonly style?: S }
  | {
      readonly kind: "formula";
      readonly formula: string;
      readonly result: number | string | boolean | null;
      readonly style?: S;
    }
  | { readonly kind: "empty"; readonly style?: S };

export interface MergeSpec {
  readonly firstRow: number;
  readonly firstColumn: number;
  readonly lastRow: number;
  readonly lastColumn: number;
}

export interface ValidationSpec {
  /** A1 range the rule covers, e.g. "E2:E500". */
  readonly range: string;
  /** Either a fixed list of choices or a formula source such as "='Đơn vị'!$A$2:$A$200". */
  readonly list: readonly string[] | { readonly source: string };
  readonly allowBlank: boolean;
  readonly prompt?: string;
  readonly error?: string;
  /**
   * "stop" (default) rejects values outside the list; "suggest" only offers the list, so a cell
   * may hold several choices ("Văn phòng Sở; Thanh tra Sở") or a name not yet in the registry.
   */
  readonly mode?: "stop" | "suggest";
}

export interface TableSpec {
  readonly name: string;
  /** A1 range including the header row. */
  readonly range: string;
  readonly style: string; // e.g. "TableStyleMedium2"
}

export interface PageSetupSpec {
  readonly paperSize: "A4";
  readonly orientation: "portrait" | "landscape";
  /** Margins in millimetres. */
  readonly margins: { readonly top: number; readonly bottom: number; readonly left: number; readonly right: number };
  readonly fitToWidth: boolean;
  /** Rows repeated at the top of every printed page, e.g. {first: 3, last: 3}. */
  readonly printTitleRows?: { readonly first: number; readonly last: number };
  /** Centre page number in the header, none on the first page (NĐ 30/2020). */
  readonly pageNumbersExceptFirst?: boolean;
  /**
   * Number of the sheet's first printed page, so its numbering starts there whatever other
   * sheets the workbook holds (Excel otherwise continues the count across sheets).
   */
  readonly firstPageNumber?: number;
}

/** A sheet; `S` names its styles (see CellSpec). Renderers take any sheet (`SheetSpec<string>`). */
export interface SheetSpec<S extends string = string> {
  readonly name: string;
  readonly cells: readonly (readonly CellSpec<S>[])[];
  readonly styles: Readonly<Record<S, CellStyle>>;
  /** Style applied to every cell that names none. */
  readonly defaultStyle?: NoInfer<S>;
  readonly columnWidths: readonly number[];
  /** 1-based numbers of columns hidden from view and print (a sheet's bookkeeping, e.g. "Nhận xét"'s marks). */
  readonly hiddenColumns?: readonly number[];
  readonly rowHeights?: Readonly<Record<number, number>>; // 1-based row number → points
  readonly merges: readonly MergeSpec[];
  readonly validations: readonly ValidationSpec[];
  readonly tables: readonly TableSpec[];
  readonly freeze?: { readonly rows: number; readonly columns: number };
  readonly pageSetup?: PageSetupSpec;
  /** Manual page breaks: 1-based rows after which a new printed page starts. */
  readonly rowBreaks?: readonly number[];
  readonly tabColor?: string;
  readonly hidden?: boolean;
}

/** A workbook description: the sheets a command owns, in order. */
export interface WorkbookSpec {
  readonly sheets: readonly SheetSpec[];
  /**
   * The described sheet shown when the workbook opens, and the only one selected, so that Print
   * (which prints the selected sheets) prints it: the report, not the 19 pages of data before it.
   */
  readonly active?: string;
}

/** Cell constructors, so builders read as data. */
export const cell = {
  // Never more than Excel holds in a cell (readers cut longer text first, with a finding).
  text: <S extends string = never>(value: string, style?: S): CellSpec<S> => ({ kind: "text", value: cutToCellLimit(value) ?? value, style }),
  number: <S extends string = never>(value: number, style?: S): CellSpec<S> => ({ kind: "number", value, style }),
  date: <S extends string = never>(iso: string, style?: S): CellSpec<S> => ({ kind: "date", value: iso, style }),
  formula: <S extends string = never>(formula: string, result: number | string | boolean | null, style?: S): CellSpec<S> => ({
    kind: "formula",
    formula: formula.replace(/^=/, ""),
    result,
    style,
  }),
  empty: <S extends string = never>(style?: S): CellSpec<S> => ({ kind: "empty", style }),
};

/** The value a viewer shows for a cell (a formula's cached result). */
export function displayedValue(spec: CellSpec): string | number | boolean | null {
  switch (spec.kind) {
    case "formula":
      return spec.result;
    case "empty":
      return null;
    default:
      return spec.value;
  }
}
