import { cellAddress, columnLetters, parseCellAddress } from "../grid/address";
import type { Grid } from "../grid/grid";
import { cell, type CellSpec, type SheetSpec } from "../sheet/model";
import { a4PageSetup, dataSheetStyles, type DataStyleKey } from "../sheet/styles";
import { foldKey, normalizeCellText } from "../text/normalize";
import { workbookText } from "../messages/catalogue";
import { sheetNames } from "./sheetNames";
import {
  columnIndexOr,
  columnLetterOf,
  headerCells,
  layoutRow,
  layoutValidations,
  layoutWidths,
  locateColumns,
  sheetColumns,
  userValues,
  type ColumnLayout,
  type SheetColumns,
} from "../sheet/layout";
import { budgetLayouts, type BudgetEstimateKey, type BudgetGrantedKey, type BudgetLayouts } from "./layouts";

import { inferBudgetCategory } from "../budget/budgetCategory";
import { isValidAmount } from "../budget/budgetChecks";
import { budgetTotal, type BudgetTotal } from "../budget/computeBudget";
import type { BudgetCategory } from "../budget/budgetInput";

const budgetText = workbookText.budget;

/** Category labels as the sheet shows them (dropdown). */
export const budgetCategoryLabels: Readonly<Record<BudgetCategory, string>> = budgetText.categories;

export { budgetBlockKeywords, budgetLayouts, type BudgetLayouts } from "./layouts";

export interface GrantedLine {
  readonly item: string;
  readonly category: BudgetCategory;
  readonly granted: number;
  readonly disbursed: number;
  readonly note: string;
  /** Cells the amounts were read from (absent for data not read from a sheet). */
  readonly cells?: { readonly granted: string; readonly disbursed: string };
  /** A granted amount that could not be read (NaN), as the user wrote it: the sheet shows it again as text. */
  readonly grantedText?: string;
  /** What the line holds in the user's own columns (by their key in the sheet's `layouts`), written back as it was. */
  readonly others?: Readonly<Record<string, string>>;
}

export interface EstimateLine {
  readonly item: string;
  readonly category: BudgetCategory;
  readonly amount: number;
  readonly explanation: string;
  readonly cells?: { readonly amount: string };
  /** An amount that could not be read (NaN), as written (last year's report's estimate table). */
  readonly amountText?: string;
  /** What the line holds in the user's own columns (by their key in the sheet's `layouts`). */
  readonly others?: Readonly<Record<string, string>>;
}

/** What the "Kinh phí" sheet holds. Stated totals are what the total cells show (a user may type over the formula). */
export interface BudgetSheetData {
  readonly granted: readonly GrantedLine[];
  readonly estimate: readonly EstimateLine[];
  /** Cells whose amount could not be read, with the text as written (for the findings). */
  readonly unreadable?: Readonly<Record<string, string>>;
  readonly statedTotals?: {
    readonly granted?: { value: number; cell: string };
    readonly disbursed?: { value: number; cell: string };
    readonly estimate?: { value: number; cell: string };
  };
  /**
   * The sheet's own columns, when read from a sheet: the declared ones where their headers were
   * found (with the header as the user wrote it) and the columns the user inserted, in the sheet's
   * order, so that the sheet written again keeps them (buildBudgetSheet's `layouts`).
   */
  readonly layouts?: BudgetLayouts;
}

/** Row numbers (1-based) of each block, so the report's formulas can point at them. */
export interface BudgetLayout {
  readonly grantedHeader: number;
  readonly grantedFirst: number;
  readonly grantedLast: number;
  readonly grantedTotal: number;
  readonly estimateHeader: number;
  readonly estimateFirst: number;
  readonly estimateLast: number;
  readonly estimateTotal: number;
}

/** Rows of the blocks for a number of lines; the columns are declared in ./layouts (`budgetLayouts`). */
export function budgetLayout(grantedCount: number, estimateCount: number): BudgetLayout {
  const g = Math.max(grantedCount, 1);
  const e = Math.max(estimateCount, 1);
  const grantedHeader = 2;
  const grantedTotal = grantedHeader + g + 1;
  const estimateHeader = grantedTotal + 3;
  return {
    grantedHeader,
    grantedFirst: grantedHeader + 1,
    grantedLast: grantedHeader + g,
    grantedTotal,
    estimateHeader,
    estimateFirst: estimateHeader + 1,
    estimateLast: estimateHeader + e,
    estimateTotal: estimateHeader + e + 1,
  };
}

/** A total of the sheet: computed by the one rule (budgetTotal), or null with the first cell that stops it. */
export interface SheetTotal extends BudgetTotal {
  /** The first line's cell whose amount is not a valid amount ("D3") when `amount` is null; null otherwise or when the sum itself is too large. */
  readonly stoppedAt: string | null;
}

export interface BudgetTotals {
  readonly granted: SheetTotal;
  readonly disbursed: SheetTotal;
  readonly estimate: SheetTotal;
}

function sheetTotal(amounts: readonly { amount: number; cell: string | undefined }[]): SheetTotal {
  const total = budgetTotal(amounts.map((a) => a.amount));
  const stopped = total.amount === null ? amounts.find((a) => !isValidAmount(a.amount)) : undefined;
  return { ...total, stoppedAt: stopped?.cell ?? null };
}

/**
 * The sheet's three totals, by the one rule for invalid lines: the report, the narrative, the
 * routine's status, the CLI and the pane state these and no other sum.
 * @example budgetTotals({ granted: [{ item: "Đánh giá", category: "other", granted: 3000000, disbursed: 2000000, note: "" }], estimate: [] }).granted // { amount: 3000000, words: "Ba triệu đồng", stoppedAt: null }
 * @example budgetTotals({ granted: [{ item: "A", category: "other", granted: NaN, disbursed: 0, note: "", cells: { granted: "C3", disbursed: "D3" } }], estimate: [] }).granted.stoppedAt === "C3"
 */
export function budgetTotals(data: Pick<BudgetSheetData, "granted" | "estimate">): BudgetTotals {
  return {
    granted: sheetTotal(data.granted.map((g) => ({ amount: g.granted, cell: g.cells?.granted }))),
    disbursed: sheetTotal(data.granted.map((g) => ({ amount: g.disbursed, cell: g.cells?.disbursed }))),
    estimate: sheetTotal(data.estimate.map((e) => ({ amount: e.amount, cell: e.cells?.amount }))),
  };
}

/** The lines a new sheet starts with (`init`): the usual categories, no amounts. */
export function templateBudget(): BudgetSheetData {
  const { categories, maintenanceExplanation } = workbookText.budget;
  return {
    granted: [
      { item: categories.expansion, category: "expansion", granted: 0, disbursed: 0, note: "" },
      { item: categories.maintenance, category: "maintenance", granted: 0, disbursed: 0, note: "" },
    ],
    estimate: [{ item: categories.maintenance, category: "maintenance", amount: 0, explanation: maintenanceExplanation }],
  };
}

/**
 * A sheet nothing was typed into yet, which another record (last year's estimate) may fill: only
 * the template's lines (templateBudget), with no amount, no note and the template's explanation.
 * Any text of the user's — an item, a note, an amount, even one that cannot be read — makes it not blank.
 * @example budgetIsBlank({ granted: [{ item: "Đánh giá nội bộ", category: "other", granted: NaN, disbursed: 0, note: "" }], estimate: [] }) === false
 */
export function budgetIsBlank(data: BudgetSheetData): boolean {
  const template = templateBudget();
  const granted = new Set(template.granted.map((g) => g.item));
  const estimate = new Map(template.estimate.map((e) => [e.item, e.explanation]));
  return (
    Object.keys(data.unreadable ?? {}).length === 0 &&
    data.granted.every((g) => granted.has(g.item) && g.granted === 0 && g.disbursed === 0 && g.note === "") &&
    data.estimate.every((e) => estimate.has(e.item) && e.amount === 0 && (e.explanation === "" || e.explanation === estimate.get(e.item)))
  );
}

/** The cached value of a SUM formula over the lines: what Excel shows (it skips text), never NaN. */
const cachedSum = (xs: readonly number[]) => xs.reduce((a, b) => a + (Number.isFinite(b) ? b : 0), 0);

/** Per column, the widest width either block declares (both blocks share the sheet's columns). */
function sharedWidths(layouts: BudgetLayouts): number[] {
  const widths = layoutWidths(layouts.granted);
  layoutWidths(layouts.estimate).forEach((w, i) => (widths[i] = Math.max(widths[i] ?? 0, w)));
  return widths;
}

/**
 * The budget sheet: granted and disbursed in year N, the N+1 estimate with explanations,
 * each with a SUM total (cached) and a category dropdown. Columns come from `layouts`.
 */
export function buildBudgetSheet(data: BudgetSheetData, year: number, layouts: BudgetLayouts = budgetLayouts): SheetSpec<DataStyleKey> {
  const L = budgetLayout(data.granted.length, data.estimate.length);
  const G = layouts.granted;
  const E = layouts.estimate;
  const g = (key: BudgetGrantedKey) => columnLetterOf(G, key);
  const e = (key: BudgetEstimateKey) => columnLetterOf(E, key);
  const cells: CellSpec<DataStyleKey>[][] = [];
  const put = (row: number, values: CellSpec<DataStyleKey>[]) => {
    while (cells.length < row) cells.push([]);
    cells[row - 1] = values;
  };
  const totalRow = (layout: ColumnLayout, values: Record<string, CellSpec<DataStyleKey>>) => layout.map((c) => values[c.key] ?? cell.empty("totalLabel"));
  put(1, [cell.text(budgetText.grantedTitle({ year }), "title")]);
  put(L.grantedHeader, headerCells(G));
  const granted = data.granted.length ? data.granted : [{ item: "", category: "maintenance" as const, granted: 0, disbursed: 0, note: "" }];
  granted.forEach((line, i) =>
    put(
      L.grantedFirst + i,
      layoutRow(G, {
        ...line.others,
        no: i + 1,
        item: line.item,
        category: budgetCategoryLabels[line.category],
        // An amount that could not be read stays as written (the sheet's checks flag it again), never 0.
        granted: Number.isFinite(line.granted) ? line.granted : (line.grantedText ?? null),
        disbursed: line.disbursed,
        note: line.note,
      }),
    ),
  );
  put(
    L.grantedTotal,
    totalRow(G, {
      item: cell.text(workbookText.total, "totalLabel"),
      granted: cell.formula(`SUM(${g("granted")}${L.grantedFirst}:${g("granted")}${L.grantedLast})`, cachedSum(granted.map((x) => x.granted)), "totalInteger"),
      disbursed: cell.formula(
        `SUM(${g("disbursed")}${L.grantedFirst}:${g("disbursed")}${L.grantedLast})`,
        cachedSum(granted.map((x) => x.disbursed)),
        "totalInteger",
      ),
    }),
  );
  put(L.estimateHeader - 1, [cell.text(budgetText.estimateTitle({ year: year + 1 }), "title")]);
  put(L.estimateHeader, headerCells(E));
  const estimate = data.estimate.length
    ? data.estimate
    : [{ item: budgetCategoryLabels.maintenance, category: "maintenance" as const, amount: 0, explanation: "" }];
  estimate.forEach((line, i) =>
    put(
      L.estimateFirst + i,
      layoutRow(E, {
        ...line.others,
        no: i + 1,
        item: line.item,
        category: budgetCategoryLabels[line.category],
        amount: line.amount,
        explanation: line.explanation,
      }),
    ),
  );
  put(
    L.estimateTotal,
    totalRow(E, {
      item: cell.text(workbookText.total, "totalLabel"),
      amount: cell.formula(`SUM(${e("amount")}${L.estimateFirst}:${e("amount")}${L.estimateLast})`, cachedSum(estimate.map((x) => x.amount)), "totalInteger"),
    }),
  );
  return {
    name: sheetNames.budget,
    cells,
    styles: dataSheetStyles,
    columnWidths: sharedWidths(layouts),
    merges: [],
    validations: [...layoutValidations(G, L.grantedFirst, L.grantedLast), ...layoutValidations(E, L.estimateFirst, L.estimateLast)],
    tables: [],
    pageSetup: a4PageSetup("landscape", 0),
  };
}

function categoryOf(label: string, item: string): BudgetCategory {
  const byLabel = (Object.entries(budgetCategoryLabels) as [BudgetCategory, string][]).find(([, l]) => foldKey(l) === foldKey(label));
  return byLabel ? byLabel[0] : inferBudgetCategory(item);
}

/** Reads an amount cell: "18.000.000", "18,000,000", 18000000; null when not a number. */
export function parseAmount(text: string): number | null {
  const t = text.replace(/\s|đồng|đ/g, "");
  if (t === "") return 0;
  if (/^-?\d+(\.\d+)?$/.test(t) && !/^\d{1,3}(\.\d{3})+$/.test(t)) return Number(t);
  if (/^\d{1,3}([.,]\d{3})+$/.test(t)) return Number(t.replace(/[.,]/g, ""));
  return null;
}

/**
 * Reads the budget sheet back by meaning: each block is found by its header row (the item
 * column with the granted column, or with the explanation column), its columns by their
 * headers within that row, and its total by the total label. Unreadable amounts become NaN
 * for the checks to flag.
 */
export function readBudgetGrid(grid: Grid, layouts: BudgetLayouts = budgetLayouts): BudgetSheetData {
  const rows = grid.rows.map((r) => r.map(normalizeCellText));
  const addr = (r: number, c: number) => cellAddress(grid.firstRowNumber + r, grid.firstColumnNumber + c);
  const unreadable: Record<string, string> = {};
  const amount = (r: number, c: number) => {
    const value = parseAmount(rows[r]?.[c] ?? "");
    if (value !== null) return value;
    unreadable[addr(r, c)] = rows[r][c];
    return Number.NaN;
  };
  const granted: GrantedLine[] = [];
  const estimate: EstimateLine[] = [];
  const stated: Record<string, { value: number; cell: string }> = {};
  const total = foldKey(workbookText.total);
  const headerOf = (r: number, layout: ColumnLayout, keys: readonly string[]) => {
    const found = locateColumns(rows, layout, { from: r, to: r + 1 });
    return keys.every((k) => found.columns[k] !== undefined) ? (k: string) => columnIndexOr(found, layout, k) : null;
  };
  let block: { kind: "granted" | "estimate"; col: (key: string) => number } | null = null;
  const own: Record<"granted" | "estimate", SheetColumns | null> = { granted: null, estimate: null };
  rows.forEach((row, r) => {
    const grantedHeader = headerOf(r, layouts.granted, ["item", "granted"]);
    if (grantedHeader) {
      own.granted ??= sheetColumns(row, layouts.granted);
      return void (block = { kind: "granted", col: grantedHeader });
    }
    const estimateHeader = headerOf(r, layouts.estimate, ["item", "explanation"]);
    if (estimateHeader) {
      own.estimate ??= sheetColumns(row, layouts.estimate);
      return void (block = { kind: "estimate", col: estimateHeader });
    }
    if (!block) return;
    const at = block.col;
    const item = row[at("item")] ?? "";
    if (!item) return;
    const columns = own[block.kind];
    const others = columns ? userValues(row, columns) : undefined;
    if (block.kind === "granted") {
      const col = at as (key: BudgetGrantedKey) => number;
      if (foldKey(item).startsWith(total)) {
        stated.granted = { value: amount(r, col("granted")), cell: addr(r, col("granted")) };
        stated.disbursed = { value: amount(r, col("disbursed")), cell: addr(r, col("disbursed")) };
        block = null;
        return;
      }
      granted.push({
        item,
        category: categoryOf(row[col("category")] ?? "", item),
        granted: amount(r, col("granted")),
        disbursed: amount(r, col("disbursed")),
        note: row[col("note")] ?? "",
        cells: { granted: addr(r, col("granted")), disbursed: addr(r, col("disbursed")) },
        ...(others ? { others } : {}),
      });
    } else {
      const col = at as (key: BudgetEstimateKey) => number;
      if (foldKey(item).startsWith(total)) {
        stated.estimate = { value: amount(r, col("amount")), cell: addr(r, col("amount")) };
        block = null;
        return;
      }
      estimate.push({
        item,
        category: categoryOf(row[col("category")] ?? "", item),
        amount: amount(r, col("amount")),
        explanation: row[col("explanation")] ?? "",
        cells: { amount: addr(r, col("amount")) },
        ...(others ? { others } : {}),
      });
    }
  });
  const sheetLayouts =
    own.granted || own.estimate ? { granted: own.granted?.layout ?? layouts.granted, estimate: own.estimate?.layout ?? layouts.estimate } : undefined;
  return { granted, estimate, statedTotals: stated, unreadable, ...(sheetLayouts ? { layouts: sheetLayouts } : {}) };
}

/**
 * Amounts typed for cells of the sheet (by address, as `cells` of its lines name them) put into
 * its data. A text that is not an amount is returned in `invalid` (its cell) and nothing is
 * changed; so is a cell of the sheet that cannot be read and is not typed again (rewriting the
 * sheet would lose what the user wrote there).
 * @example withTypedAmounts(read, { D3: "18.000.000" }).data.granted[0].granted === 18000000 // read: the demo's sheet read back, D3 its first granted amount
 */
export function withTypedAmounts(data: BudgetSheetData, inputs: Readonly<Record<string, string>>): { data: BudgetSheetData; invalid: string[] } {
  const read = Object.fromEntries(Object.entries(inputs).map(([cell, text]) => [cell, parseAmount(normalizeCellText(text))]));
  const kept = Object.keys(data.unreadable ?? {}).filter((cell) => read[cell] === undefined);
  const invalid = [...Object.keys(read).filter((cell) => read[cell] === null), ...kept];
  if (invalid.length > 0) return { data, invalid };
  const amount = (cell: string | undefined, old: number) => (cell !== undefined && read[cell] !== undefined ? (read[cell] as number) : old);
  return {
    data: {
      granted: data.granted.map((g) => ({ ...g, granted: amount(g.cells?.granted, g.granted), disbursed: amount(g.cells?.disbursed, g.disbursed) })),
      estimate: data.estimate.map((e) => ({ ...e, amount: amount(e.cells?.amount, e.amount) })),
    },
    invalid: [],
  };
}

/** A cell of the sheet to write, by its A1 address. */
export interface BudgetCellEdit {
  readonly cell: string;
  readonly spec: CellSpec<DataStyleKey>;
}

/** The SUM of one amount column over a block's lines, at the block's total cell (null without one). */
function totalEdit(total: { cell: string } | undefined, cells: readonly (string | undefined)[], amounts: readonly number[]): BudgetCellEdit | null {
  const at = total ? parseCellAddress(total.cell) : null;
  const rows = cells.flatMap((c) => (c ? [parseCellAddress(c)?.rowNumber ?? NaN] : [])).filter(Number.isFinite);
  if (!at || rows.length === 0) return null;
  const letter = columnLetters(at.columnNumber);
  return { cell: total!.cell, spec: cell.formula(`SUM(${letter}${Math.min(...rows)}:${letter}${Math.max(...rows)})`, cachedSum(amounts)) };
}

/**
 * The cells step 5 writes for amounts typed into a sheet read back (`read`; `typed` is
 * withTypedAmounts' data): each typed amount in its own cell, found by header wherever the user
 * moved the column, and the total of each amount column it changes, the SUM over the block's
 * lines with its value cached. No other cell of the sheet is written: the user's own columns and
 * text stay as they are.
 * @example budgetAmountEdits(read, typed, { E3: "19.000.000" }).map((e) => e.cell) → ["E3", "E5"] // granted moved to E by an inserted column
 */
export function budgetAmountEdits(read: BudgetSheetData, typed: BudgetSheetData, inputs: Readonly<Record<string, string>>): BudgetCellEdit[] {
  const typedAt = new Set(Object.keys(inputs));
  const amounts = (cells: readonly (string | undefined)[], values: readonly number[]) =>
    cells.flatMap((c, i) => (c !== undefined && typedAt.has(c) ? [{ cell: c, spec: cell.number<DataStyleKey>(values[i]) }] : []));
  const column = (cells: readonly (string | undefined)[], values: readonly number[], total: { cell: string } | undefined) => {
    const edits = amounts(cells, values);
    const sum = edits.length > 0 ? totalEdit(total, cells, values) : null;
    return sum ? [...edits, sum] : edits;
  };
  const stated = read.statedTotals ?? {};
  return [
    ...column(
      typed.granted.map((g) => g.cells?.granted),
      typed.granted.map((g) => g.granted),
      stated.granted,
    ),
    ...column(
      typed.granted.map((g) => g.cells?.disbursed),
      typed.granted.map((g) => g.disbursed),
      stated.disbursed,
    ),
    ...column(
      typed.estimate.map((e) => e.cells?.amount),
      typed.estimate.map((e) => e.amount),
      stated.estimate,
    ),
  ];
}
