/**
 * Declared column layouts. Each owned sheet (or block of a sheet) states its columns once —
 * key, header, width, body format and validation — and everything that depends on where a
 * column is derives from that one declaration: the builder's header row, widths and
 * validations, the formulas that point at a column, the reader that finds the columns again
 * by their headers (a user may have inserted a column), and the report's cell references.
 * Adding a column is one more entry in the declaration.
 */

import { columnLetters, columnNumber } from "../grid/address";
import { foldKey, normalizeCellText } from "../text/normalize";
import { cell, displayedValue, type CellSpec, type PageSetupSpec, type SheetSpec, type ValidationSpec } from "./model";
import { fitColumnWidths } from "./print";
import type { DataStyleKey } from "./styles";

/** A validation rule without its range: the builder derives the range from the column and its rows. */
export type ColumnValidation = Omit<ValidationSpec, "range">;

/** One column of a declared layout. */
export interface ColumnDecl<K extends string = string, R extends string = string> {
  /** Stable identifier in code (never shown). */
  readonly key: K;
  /** Header text written in the header row (from the message catalogue). */
  readonly header: string;
  /** Width in Excel character units. */
  readonly width: number;
  /** Style of the body cells, which carries the number format ("@" text, "dd/mm/yyyy", "#,##0", "0.00%"). */
  readonly format: DataStyleKey;
  /** A drop-down or suggestion list over the body rows. */
  readonly validation?: ColumnValidation;
  /**
   * Folded words that identify the header when the sheet is read back, so a header the user
   * shortened still counts. Absent: the whole header, folded.
   */
  readonly match?: readonly string[];
  /**
   * A column the user may leave empty (a group, supporting units, notes): while no body row
   * fills it, it is narrow (room for its header, wrapped) so the rest of the sheet prints larger.
   */
  readonly optional?: boolean;
  /**
   * How the sheet is read back: the role the generic reader gives this column's header (the
   * plan importer's ColumnRole for "Nhiệm vụ", the dossier reader's role for "Hồ sơ TTHC"; both
   * read what users edit or paste, so they match loosely). In a layout that declares it (tasks,
   * dossiers), a column without it is one the reader ignores (dates it recomputes, formulas);
   * the other owned sheets are read with their own layouts (locateColumns). test/core/workbook/layouts.test.ts reads every declared
   * header with the real reader, so a new column says here how it is read or the test fails.
   */
  readonly readAs?: R;
}

/** The columns of a sheet (or of one block of a sheet), in order from column A. */
export type ColumnLayout<K extends string = string, R extends string = string> = readonly ColumnDecl<K, R>[];

/** The keys of a layout, as a type. */
export type KeyOf<L extends ColumnLayout> = L[number]["key"];

/** 1-based column number of a column in its layout; throws for a key the layout does not have (a programming error). */
export function columnNumberOf<K extends string>(layout: ColumnLayout<K>, key: K): number {
  const index = layout.findIndex((c) => c.key === key);
  if (index < 0) throw new Error(`layout has no column "${key}"`);
  return index + 1;
}

/**
 * Column letter of a column in its layout.
 * @example columnLetterOf([{ key: "no", … }, { key: "item", … }], "item") === "B"
 */
export function columnLetterOf<K extends string>(layout: ColumnLayout<K>, key: K): string {
  return columnLetters(columnNumberOf(layout, key));
}

/** The header row's cells. */
export function headerCells(layout: ColumnLayout, style: DataStyleKey = "header"): CellSpec<DataStyleKey>[] {
  return layout.map((c) => cell.text(c.header, style));
}

/** Column widths, in order. */
export function layoutWidths(layout: ColumnLayout): number[] {
  return layout.map((c) => c.width);
}

/** Width of an optional column nobody has filled. */
const emptyOptionalWidth = 8;

/**
 * Column widths for a sheet that must print one page wide with its 12 pt body at `minPrinted` pt or more
 * (fitColumnWidths): optional columns no body row fills are narrow, and long-text columns
 * (format "body", 20 characters or wider: they wrap) get narrower if the page needs it.
 */
export function printWidths(layout: ColumnLayout, body: readonly (readonly CellSpec[])[], page: PageSetupSpec, minPrinted = 9.5): number[] {
  const filled = layout.map((_, i) => body.some((row) => String(displayedValue(row[i] ?? cell.empty()) ?? "").trim() !== ""));
  return fitColumnWidths(
    layout.map((c, i) => (c.optional && !filled[i] ? emptyOptionalWidth : c.width)),
    page,
    { fontSize: 12, minPrinted, flexible: layout.map((c, i) => c.format === "body" && c.width >= 20 && (!c.optional || filled[i])) },
  );
}

/** A value for a body cell: text, a number, a prepared cell, or nothing (an empty cell in the column's format). */
export type CellValue = CellSpec<DataStyleKey> | string | number | null | undefined;

/**
 * One body row in layout order. Strings become text cells (never formulas), numbers number
 * cells, both in the column's format; a prepared cell keeps its own style or takes the column's.
 */
export function layoutRow<K extends string>(layout: ColumnLayout<K>, values: Partial<Record<K, CellValue>>): CellSpec<DataStyleKey>[] {
  return layout.map((c) => {
    const v: CellValue = values[c.key];
    if (v === null || v === undefined) return cell.empty(c.format);
    if (typeof v === "string") return cell.text(v, c.format);
    if (typeof v === "number") return cell.number(v, c.format);
    return v.style === undefined ? { ...v, style: c.format } : v;
  });
}

/** The validations the layout declares, over 1-based rows `firstRow`…`lastRow`. */
export function layoutValidations(layout: ColumnLayout, firstRow: number, lastRow: number): ValidationSpec[] {
  return layout.flatMap((c, i) => {
    if (!c.validation) return [];
    const letter = columnLetters(i + 1);
    return [{ range: `${letter}${firstRow}:${letter}${lastRow}`, ...c.validation }];
  });
}

/** A copy of a layout with one more column, inserted before `beforeKey` (at the end when absent). */
export function withColumn<K extends string, N extends string>(layout: ColumnLayout<K>, column: ColumnDecl<N>, beforeKey?: K): ColumnLayout<K | N> {
  const at = beforeKey === undefined ? layout.length : columnNumberOf(layout, beforeKey) - 1;
  return [...layout.slice(0, at), column, ...layout.slice(at)];
}

/** Where a layout's columns were found in a grid: 0-based indexes relative to the grid's rows. */
export interface LocatedColumns<K extends string> {
  /** Index of the header row, or -1 when no row holds any of the headers. */
  readonly headerRow: number;
  /** 0-based column index of each column found; absent keys were not found. */
  readonly columns: Partial<Record<K, number>>;
}

function headerMatches(decl: ColumnDecl, text: string): boolean {
  const key = foldKey(normalizeCellText(text));
  if (!key) return false;
  return decl.match ? decl.match.every((word) => key.includes(word)) : key === foldKey(decl.header);
}

/** The columns of one candidate header row. */
function columnsInRow<K extends string>(layout: ColumnLayout<K>, row: readonly string[]): Partial<Record<K, number>> {
  const found: Partial<Record<K, number>> = {};
  const taken = new Set<number>();
  for (const decl of layout) {
    const index = row.findIndex((text, c) => !taken.has(c) && headerMatches(decl, text));
    if (index >= 0) {
      found[decl.key] = index;
      taken.add(index);
    }
  }
  return found;
}

/**
 * Finds a layout's columns by their headers: among rows `from`…`to` (0-based, `to` exclusive;
 * default the first ten), the row that holds most of the headers wins; ties go to the first.
 * @example locateColumns([["STT", "Ghi chú", "Nội dung"]], layout).columns → { no: 0, note: 1, item: 2 }
 */
export function locateColumns<K extends string>(
  rows: readonly (readonly string[])[],
  layout: ColumnLayout<K>,
  range: { from?: number; to?: number } = {},
): LocatedColumns<K> {
  const from = range.from ?? 0;
  const to = Math.min(range.to ?? from + 10, rows.length);
  let best: LocatedColumns<K> = { headerRow: -1, columns: {} };
  let bestCount = 0;
  for (let r = from; r < to; r++) {
    const columns = columnsInRow(layout, rows[r]);
    const count = Object.keys(columns).length;
    if (count > bestCount) {
      best = { headerRow: r, columns };
      bestCount = count;
    }
  }
  return best;
}

/**
 * A located column's index, or its declared position when the header was not found (a sheet
 * whose header the user retyped still reads as the builder wrote it).
 */
export function columnIndexOr<K extends string>(located: LocatedColumns<K>, layout: ColumnLayout<K>, key: K): number {
  return located.columns[key] ?? columnNumberOf(layout, key) - 1;
}

/** Column letters of the located columns in sheet coordinates (`firstColumnNumber` is the grid's first column). */
export function locatedLetters<K extends string>(located: LocatedColumns<K>, firstColumnNumber = 1): Partial<Record<K, string>> {
  const letters: Partial<Record<K, string>> = {};
  for (const [key, index] of Object.entries(located.columns) as [K, number][]) letters[key] = columnLetters(firstColumnNumber + index);
  return letters;
}

/** A sheet's (or block's) columns as its header row has them, and which of them are the user's own. */
export interface SheetColumns {
  /** The columns in the sheet's order: the declared ones (headers as the user wrote them) and the user's own, keyed `user<index>`. */
  readonly layout: ColumnLayout;
  /** The user's own columns: 0-based index in the header row → key in `layout`. */
  readonly user: ReadonlyMap<number, string>;
}

/** Width of a column the user inserted, when the sheet is written again. */
const userColumnWidth = 16;

/**
 * A sheet's columns as its header row has them (so that the sheet written again keeps them): each
 * declared column where its header is (the header as the user wrote it), a column the user inserted
 * (any other header, or a blank one between them) as one of the user's own, and a declared column
 * the row lacks after them all.
 * @example sheetColumns(["Ghi chú riêng", "Mục"], [{ key: "label", header: "Mục", width: 32, format: "body" }]).layout.map((c) => c.key) → ["user0", "label"]
 */
export function sheetColumns(header: readonly string[], declared: ColumnLayout): SheetColumns {
  const found = locateColumns([header], declared).columns as Record<string, number | undefined>;
  const at = new Map(declared.flatMap((d) => (found[d.key] === undefined ? [] : [[found[d.key]!, d] as const])));
  const named = header.reduce((last, h, c) => (h !== "" ? c : last), -1);
  const last = Math.max(named, ...at.keys());
  const layout: ColumnDecl[] = [];
  const user = new Map<number, string>();
  for (let c = 0; c <= last; c++) {
    const decl = at.get(c);
    if (decl) layout.push({ ...decl, header: header[c] || decl.header });
    else {
      const key = `user${c}`;
      user.set(c, key);
      layout.push({ key, header: header[c] ?? "", width: userColumnWidth, format: "body" });
    }
  }
  layout.push(...declared.filter((d) => found[d.key] === undefined));
  return { layout, user };
}

/**
 * What a row holds in the user's own columns, by their keys in `columns.layout` (layoutRow writes
 * them back); undefined when it holds nothing there.
 */
export function userValues(row: readonly string[], columns: SheetColumns): Record<string, string> | undefined {
  const entries = [...columns.user].flatMap(([c, key]) => (row[c] ? [[key, row[c]] as const] : []));
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

/** One row of a sheet read back that holds something in the user's own columns. */
export interface KeptRow {
  /** The row's key (folded), by which the row written again is found. */
  readonly key: string;
  /** The row's key as the sheet shows it (its label), for a row written on its own or a message. */
  readonly label: string;
  /** What the row holds in the user's columns, by their keys in `SheetColumns.layout`. */
  readonly values: Readonly<Record<string, string>>;
}

/** A sheet's user columns and what its rows hold in them, read before the sheet is rebuilt (keptColumns). */
export interface KeptColumns {
  readonly columns: SheetColumns;
  /** The rows that hold something in the user's columns, in the sheet's order. */
  readonly rows: readonly KeptRow[];
}

/** A row key as matched: folded, so that case, diacritics typed twice or spacing do not break the match. */
export const rowKeyOf = (text: string): string => foldKey(normalizeCellText(text));

/**
 * The columns the user inserted into an owned sheet (any column whose header is not one of
 * `declared`'s) and what each row holds in them, keyed by the row's text in the `keyColumn`
 * (or `keyOf`: the row's 0-based index in `rows` → its key), so that the sheet rebuilt by a step
 * gets them back (withKeptColumns). Null when the sheet has no column of the user's.
 * @example keptColumns([["Lĩnh vực", "Ghi chú riêng"], ["Hộ tịch", "Hỏi lại"]], layout, "field")?.rows → [{ key: "ho tich", label: "Hộ tịch", values: { user1: "Hỏi lại" } }]
 */
export function keptColumns(
  rows: readonly (readonly string[])[],
  declared: ColumnLayout,
  keyColumn: string,
  keyOf?: (index: number) => string | null,
): KeptColumns | null {
  const located = locateColumns(rows, declared);
  if (located.headerRow < 0) return null;
  const columns = sheetColumns(rows[located.headerRow], declared);
  if (columns.user.size === 0) return null;
  const keyAt = columnIndexOr(located, declared, keyColumn);
  const kept = rows.slice(located.headerRow + 1).flatMap((row, i): KeptRow[] => {
    const values = userValues(row, columns);
    if (!values) return [];
    const label = normalizeCellText(row[keyAt] ?? "");
    const key = keyOf ? keyOf(located.headerRow + 1 + i) : rowKeyOf(label);
    return [{ key: key ?? "", label, values }];
  });
  return { columns, rows: kept };
}

/**
 * Cell references of a formula (or an A1 range) moved to other columns (`to`: 1-based column →
 * 1-based column). Only references to the formula's own sheet move: text in double quotes and
 * references qualified by a sheet name are left as they are.
 * @example movedReferences('IF(N(C2)=0,"B2",SUM(C2:D2))', (c) => c + 1) === 'IF(N(D2)=0,"B2",SUM(D2:E2))'
 */
export function movedReferences(formula: string, to: (column: number) => number): string {
  const reference = /((?:'(?:[^']|'')*'|[A-Za-z_][\w.]*)!)?(?<![A-Za-z0-9_.$])(\$?)([A-Z]{1,3})(\$?\d+)(?![A-Za-z0-9_(])(?::(\$?)([A-Z]{1,3})(\$?\d+))?/g;
  const move = (dollar: string, letters: string, rest: string) => `${dollar}${columnLetters(to(columnNumber(letters)))}${rest}`;
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(reference, (all, sheet: string | undefined, d1: string, l1: string, r1: string, d2?: string, l2?: string, r2?: string) =>
            sheet ? all : `${move(d1, l1, r1)}${l2 !== undefined ? `:${move(d2 ?? "", l2, r2 ?? "")}` : ""}`,
          ),
    )
    .join("");
}

/** What withKeptColumns gives: the sheet with the user's columns, and the kept rows no row of it matched (written on rows of their own). */
export interface WithKeptColumns<S extends string> {
  readonly sheet: SheetSpec<S>;
  readonly orphans: readonly KeptRow[];
  /** Where the orphans are written (the caption's cell, else the first orphan's), null without any. */
  readonly orphansAt: string | null;
}

/**
 * The one rule by which a step that rebuilds an owned sheet whole keeps the columns the user
 * inserted there (issue #21: never lose the user's data). `sheet` is the rebuilt sheet in its
 * `declared` columns, header in its first row; `kept` what the old sheet held (keptColumns). The
 * sheet comes back in the old sheet's columns — the user's where she put them, with her header,
 * the declared ones where they were — and each body row gets back the user's values of the old row
 * with the same key (the text in `keyColumn`, or `keyOf(cells, index)`: the 0-based row index in
 * `sheet.cells`, null for a row that is not keyed). Formulas, validations, merges, tables, hidden
 * and frozen columns follow their columns. A kept row that no new row matches is written after the
 * sheet's last row, below a blank row and `orphanCaption` (in the key column), its label in the key
 * column and her values in her columns: nothing she typed is lost, and the caller names them.
 */
export function withKeptColumns<S extends string>(
  sheet: SheetSpec<S>,
  declared: ColumnLayout,
  kept: KeptColumns | null,
  options: { readonly keyColumn: string; readonly keyOf?: (cells: readonly CellSpec<S>[], index: number) => string | null; readonly orphanCaption?: string },
): WithKeptColumns<S> {
  if (!kept) return { sheet, orphans: [], orphansAt: null };
  const layout = kept.columns.layout;
  const extra = layout.length - declared.length;
  const newIndex = declared.map((d) => layout.findIndex((c) => c.key === d.key));
  const to0 = (i: number) => (i < declared.length ? newIndex[i] : i + extra);
  const to = (column: number) => to0(column - 1) + 1;
  const userAt = [...kept.columns.user.values()].map((key) => ({ key, at: layout.findIndex((c) => c.key === key) }));
  const keyIndex = declared.findIndex((d) => d.key === options.keyColumn);
  const keyOf = options.keyOf ?? ((cells: readonly CellSpec<S>[]) => rowKeyOf(String(displayedValue(cells[keyIndex] ?? cell.empty()) ?? "")));
  const queue = new Map<string, KeptRow[]>();
  for (const row of kept.rows) queue.set(row.key, [...(queue.get(row.key) ?? []), row]);
  const place = (cells: readonly CellSpec<S>[]): CellSpec<S>[] => {
    const out: CellSpec<S>[] = [];
    cells.forEach((c, i) => {
      out[to0(i)] = c.kind === "formula" ? { ...c, formula: movedReferences(c.formula, to) } : c;
    });
    return Array.from({ length: out.length }, (_, i) => out[i] ?? cell.empty());
  };
  const withUser = (cells: CellSpec<S>[], values: Readonly<Record<string, string>>, style: S | undefined) => {
    for (const { key, at } of userAt) {
      while (cells.length <= at) cells.push(cell.empty());
      if (values[key]) cells[at] = cell.text(values[key], style);
    }
    return cells;
  };
  const header = Object.fromEntries(layout.map((c) => [c.key, c.header]));
  const body = "body" as S;
  const rows = sheet.cells.map((row, r) => {
    if (r === 0) return withUser(place(row), header, "header" as S);
    if (row.length === 0) return [];
    const key = keyOf(row, r);
    const match = key === null ? undefined : queue.get(key)?.shift();
    return match ? withUser(place(row), match.values, body) : place(row);
  });
  const orphans = [...queue.values()].flat();
  const keyAt = to0(keyIndex);
  /** A row of its own holding `text` in the key column only. */
  const keyedRow = (text: string, style: S): CellSpec<S>[] =>
    Array.from({ length: keyAt + 1 }, (_, i) => (i === keyAt ? cell.text(text, style) : cell.empty<S>()));
  const orphanRows = orphans.map((o) => withUser(keyedRow(o.label, body), o.values, body));
  const caption = options.orphanCaption ? [keyedRow(options.orphanCaption, "note" as S)] : [];
  const widths = [...sheet.columnWidths];
  const columnWidths = layout.map((c, i) =>
    kept.columns.user.has(i) || !declared.some((d) => d.key === c.key) ? c.width : (widths[declared.findIndex((d) => d.key === c.key)] ?? c.width),
  );
  const range = (text: string) => movedReferences(text, to);
  const tableRange = (text: string) => {
    const [a, b] = text.split(":");
    const left = columnNumber(a.replace(/[\d$]/g, ""));
    const right = columnNumber((b ?? a).replace(/[\d$]/g, ""));
    const spanned = Array.from({ length: right - left + 1 }, (_, i) => to(left + i));
    return `${columnLetters(Math.min(...spanned))}${a.replace(/[^\d]/g, "")}:${columnLetters(Math.max(...spanned))}${(b ?? a).replace(/[^\d]/g, "")}`;
  };
  const frozen = sheet.freeze && sheet.freeze.columns > 0 ? Math.max(...newIndex.slice(0, sheet.freeze.columns)) + 1 : 0;
  return {
    sheet: {
      ...sheet,
      cells: orphans.length > 0 ? [...rows, [], ...caption, ...orphanRows] : rows,
      columnWidths,
      ...(sheet.hiddenColumns ? { hiddenColumns: sheet.hiddenColumns.map(to) } : {}),
      merges: sheet.merges.map((m) => ({ ...m, firstColumn: to(m.firstColumn), lastColumn: Math.max(to(m.firstColumn), to(m.lastColumn)) })),
      validations: sheet.validations.map((v) => ({ ...v, range: range(v.range) })),
      tables: sheet.tables.map((t) => ({ ...t, range: tableRange(t.range) })),
      ...(sheet.freeze ? { freeze: { ...sheet.freeze, columns: frozen } } : {}),
    },
    orphans,
    orphansAt: orphans.length > 0 ? `${columnLetters(keyAt + 1)}${rows.length + 2}` : null,
  };
}
