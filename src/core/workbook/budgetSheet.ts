import { cellAddress } from "../grid/address";
import type { Grid } from "../grid/grid";
import { cell, type CellSpec, type SheetSpec } from "../sheet/model";
import { a4PageSetup, dataSheetStyles } from "../sheet/styles";
import { foldKey, normalizeCellText } from "../text/normalize";
import { workbookText } from "../messages/catalogue";
import { sheetNames } from "./sheetNames";

import { inferBudgetCategory } from "../budget/budgetCategory";
import type { BudgetCategory } from "../budget/budgetInput";

const budgetText = workbookText.budget;
const h = budgetText.headers;

/** Category labels as the sheet shows them (dropdown). */
export const budgetCategoryLabels: Readonly<Record<BudgetCategory, string>> = budgetText.categories;

/**
 * Folded words that find the blocks when the sheet is read back: the item column with the
 * granted column (block A) or with the explanation column (block B). Words, not whole
 * headers, so a header the user shortened still counts; a test keeps them inside the headers.
 */
export const budgetBlockKeywords = { item: "noi dung", granted: "duoc cap", explanation: "giai trinh" } as const;

export interface GrantedLine {
  readonly item: string;
  readonly category: BudgetCategory;
  readonly granted: number;
  readonly disbursed: number;
  readonly note: string;
  /** Cells the amounts were read from (absent for data not read from a sheet). */
  readonly cells?: { readonly granted: string; readonly disbursed: string };
}

export interface EstimateLine {
  readonly item: string;
  readonly category: BudgetCategory;
  readonly amount: number;
  readonly explanation: string;
  readonly cells?: { readonly amount: string };
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

/** Columns: A TT, B Nội dung, C Loại, D amount (granted / estimate), E disbursed / explanation, F note. */
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

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/**
 * The budget sheet: granted and disbursed in year N, the N+1 estimate with explanations,
 * each with a SUM total (cached) and a category dropdown.
 */
export function buildBudgetSheet(data: BudgetSheetData, year: number): SheetSpec {
  const L = budgetLayout(data.granted.length, data.estimate.length);
  const cells: CellSpec[][] = [];
  const put = (row: number, values: CellSpec[]) => {
    while (cells.length < row) cells.push([]);
    cells[row - 1] = values;
  };
  put(1, [cell.text(budgetText.grantedTitle({ year }), "title")]);
  put(L.grantedHeader, [h.no, h.item, h.category, h.granted, h.disbursed, h.note].map((text) => cell.text(text, "header")));
  const granted = data.granted.length ? data.granted : [{ item: "", category: "maintenance" as const, granted: 0, disbursed: 0, note: "" }];
  granted.forEach((g, i) =>
    put(L.grantedFirst + i, [
      cell.number(i + 1, "center"),
      cell.text(g.item, "body"),
      cell.text(budgetCategoryLabels[g.category], "center"),
      cell.number(g.granted, "integer"),
      cell.number(g.disbursed, "integer"),
      cell.text(g.note, "body"),
    ]),
  );
  put(L.grantedTotal, [
    cell.empty("totalLabel"),
    cell.text(workbookText.total, "totalLabel"),
    cell.empty("totalLabel"),
    cell.formula(`SUM(D${L.grantedFirst}:D${L.grantedLast})`, sum(granted.map((g) => g.granted)), "totalInteger"),
    cell.formula(`SUM(E${L.grantedFirst}:E${L.grantedLast})`, sum(granted.map((g) => g.disbursed)), "totalInteger"),
    cell.empty("totalLabel"),
  ]);
  put(L.estimateHeader - 1, [cell.text(budgetText.estimateTitle({ year: year + 1 }), "title")]);
  put(L.estimateHeader, [h.no, h.item, h.category, h.amount, h.explanation].map((text) => cell.text(text, "header")));
  const estimate = data.estimate.length ? data.estimate : [{ item: budgetCategoryLabels.maintenance, category: "maintenance" as const, amount: 0, explanation: "" }];
  estimate.forEach((e, i) =>
    put(L.estimateFirst + i, [
      cell.number(i + 1, "center"),
      cell.text(e.item, "body"),
      cell.text(budgetCategoryLabels[e.category], "center"),
      cell.number(e.amount, "integer"),
      cell.text(e.explanation, "body"),
    ]),
  );
  put(L.estimateTotal, [
    cell.empty("totalLabel"),
    cell.text(workbookText.total, "totalLabel"),
    cell.empty("totalLabel"),
    cell.formula(`SUM(D${L.estimateFirst}:D${L.estimateLast})`, sum(estimate.map((e) => e.amount)), "totalInteger"),
    cell.empty("totalLabel"),
  ]);
  const categoryList = Object.values(budgetCategoryLabels);
  return {
    name: sheetNames.budget,
    cells,
    styles: dataSheetStyles,
    columnWidths: [5, 34, 12, 18, 30, 24],
    merges: [],
    validations: [
      { range: `C${L.grantedFirst}:C${L.grantedLast}`, list: categoryList, allowBlank: true },
      { range: `C${L.estimateFirst}:C${L.estimateLast}`, list: categoryList, allowBlank: true },
    ],
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

/** Reads the budget sheet back by meaning (blocks found by their headers). Unreadable amounts become NaN for the checks to flag. */
export function readBudgetGrid(grid: Grid): BudgetSheetData {
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
  const words = budgetBlockKeywords;
  const total = foldKey(workbookText.total);
  let block: "granted" | "estimate" | null = null;
  rows.forEach((row, r) => {
    const key = foldKey(row.join(" "));
    if (key.includes(words.item) && key.includes(words.granted)) return void (block = "granted");
    if (key.includes(words.item) && key.includes(words.explanation)) return void (block = "estimate");
    if (!block || !row[1]) return;
    if (foldKey(row[1]).startsWith(total)) {
      if (block === "granted") {
        stated.granted = { value: amount(r, 3), cell: addr(r, 3) };
        stated.disbursed = { value: amount(r, 4), cell: addr(r, 4) };
      } else stated.estimate = { value: amount(r, 3), cell: addr(r, 3) };
      block = null;
      return;
    }
    if (block === "granted") {
      granted.push({ item: row[1], category: categoryOf(row[2] ?? "", row[1]), granted: amount(r, 3), disbursed: amount(r, 4), note: row[5] ?? "", cells: { granted: addr(r, 3), disbursed: addr(r, 4) } });
    } else {
      estimate.push({ item: row[1], category: categoryOf(row[2] ?? "", row[1]), amount: amount(r, 3), explanation: row[4] ?? "", cells: { amount: addr(r, 3) } });
    }
  });
  return { granted, estimate, statedTotals: stated, unreadable };
}
