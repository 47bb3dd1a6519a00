/**
 * Shared contract helpers: both renderers (exceljs and Office.js) are reduced to the same
 * normalised snapshot of what a user would see in each cell, so one test can assert they
 * agree (docs/design-rules.md#one-sheet-model-several-renderers).
 *
 * Normalisation, so that only real differences remain:
 * - a value is the stored constant; dates are Excel serial numbers; text is the string
 *   without Excel's apostrophe prefix;
 * - a formula is its English text without "=" (cached results are exceljs-only: Office.js
 *   cannot write them, Excel computes them);
 * - "General" and no number format are the same and omitted;
 * - colours are "RRGGBB" upper case; alignment uses the model's words (left/center/…, top/middle/…);
 * - `border: "thin"` means thin on all four edges of the cell;
 * - cells inside a merged area other than its top-left are left out (Excel shows only the
 *   top-left; the renderers differ in what they keep underneath);
 * - column widths are in Excel characters (Office.js points converted back, 2 decimals).
 *
 * Sheet-level state (LayoutSnapshot), compared on the file exceljs writes (written to bytes and
 * read back, plus the sheet XML for what exceljs does not read back: <rowBreaks>, showDropDown)
 * and on what the fake Excel recorded from the Office.js adapter:
 * - margins in millimetres, 2 decimals: exceljs holds inches (× 25.4), Office.js points (× 25.4 / 72);
 * - a drop-down rule is one rule as written, with the ranges it was written over: the file's
 *   <dataValidation sqref> (read from the sheet XML, not through exceljs, which reads rules back
 *   cell by cell and would hide overlapping or per-cell rules), Office.js's range address; a
 *   literal list as its choices (the file's `"a,b"` with doubled quotes, Office.js's `a,b`), a
 *   range source without "=", the input message and the alert only when shown; Office.js's
 *   ignoreBlanks is the file's allowBlank;
 * - a table is its name, range (no "$"), whether it has a header row, and its style name;
 *   banding and filter buttons are not modelled (exceljs writes Excel's defaults for tables.add);
 * - the zoom is either fit to pages (width, height; 0 = as many as needed) or a percentage: in
 *   the file, fitToPage switches from the scale to fitToWidth/fitToHeight;
 * - a header or footer is split into its left/centre/right sections (the file's &L/&C/&R,
 *   Office.js's leftHeader/centerHeader/rightHeader); a first page of its own is
 *   differentFirst in the file and headersFooters.state "FirstAndDefault" in Office.js;
 * - the first page number counts only with useFirstPageNumber (otherwise automatic = null);
 * - print titles "1:1" without "$"; page breaks as the row after which a new page starts
 *   (the file's <brk id="24">, Office.js's break before "A25");
 * - what Office.js does not set is Excel's default for a new sheet (`newSheetPage`), which is
 *   also what exceljs writes when the spec sets nothing; header/footer margins, centring,
 *   gridlines and print areas are not modelled by the spec and not compared;
 * - row heights in points for every row given one; tab colour "RRGGBB" or null; visibility
 *   "visible" / "hidden" / "veryhidden".
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { renderWorkbookSpec as renderWithExcelJs } from "../../src/adapters/exceljs/renderWorkbook";
import { renderWorkbookSpec } from "../../src/adapters/officejs/renderWorkbook";
import type { ExcelApiSupport } from "../../src/adapters/officejs/apiSupport";
import { unescapeXml, workbookSheets } from "../../src/core/grid/xlsxXml";
import type { SheetSpec, WorkbookSpec } from "../../src/core/sheet/model";
import { columnName, parseArea, type FakeCell } from "./officejs/fake/cells";
import { fakeExcel } from "./officejs/fake/workbook";
import type { FakeWorksheet } from "./officejs/fake/worksheet";

export interface CellSnapshot {
  value?: string | number | boolean;
  formula?: string;
  numberFormat?: string;
  fontName?: string;
  fontSize?: number;
  bold?: true;
  italic?: true;
  underline?: true;
  color?: string;
  fill?: string;
  horizontal?: string;
  vertical?: string;
  wrap?: true;
  indent?: number;
  border?: "thin";
}

export interface SheetSnapshot {
  /** A1 address → what the cell holds; cells with nothing to show are left out. */
  cells: Record<string, CellSnapshot>;
  /** Merged areas, "A1:F1", sorted. */
  merges: string[];
  /** Column letter → width in Excel characters. */
  columnWidths: Record<string, number>;
  /** Letters of the hidden columns, in order. */
  hiddenColumns: string[];
  freeze: { rows: number; columns: number };
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

function withoutEmpty(cell: CellSnapshot): CellSnapshot | null {
  const entries = Object.entries(cell).filter(([, v]) => v !== undefined);
  return entries.length === 0 ? null : Object.fromEntries(entries);
}

function colour(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const hex = value.replace(/^#/, "").toUpperCase();
  return hex.length === 8 ? hex.slice(2) : hex; // exceljs ARGB "FF1F4E79" → "1F4E79"
}

const horizontalWords: Record<string, string> = { Left: "left", Center: "center", Right: "right", Justify: "justify" };
const verticalWords: Record<string, string> = { Top: "top", Center: "middle", Bottom: "bottom" };

function rangeText(top: number, left: number, bottom: number, right: number): string {
  const a = `${columnName(left)}${top + 1}`;
  const b = `${columnName(right)}${bottom + 1}`;
  return a === b ? a : `${a}:${b}`;
}

function isHiddenByMerge(merges: readonly number[][], row: number, column: number): boolean {
  return merges.some(([t, l, b, r]) => row >= t && row <= b && column >= l && column <= r && !(row === t && column === l));
}

// ---------- Office.js (fake) side ----------

function fakeCellSnapshot(cell: FakeCell): CellSnapshot | null {
  const edges = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;
  const thin = edges.every((e) => cell.borders[e]?.style === "Continuous" && cell.borders[e]?.weight === "Thin");
  return withoutEmpty({
    value: cell.formula === null && cell.value !== "" && cell.value !== null ? cell.value : undefined,
    formula: cell.formula?.replace(/^=/, ""),
    numberFormat: cell.numberFormat === "General" ? undefined : cell.numberFormat,
    fontName: cell.font.name,
    fontSize: cell.font.size,
    bold: cell.font.bold ? true : undefined,
    italic: cell.font.italic ? true : undefined,
    underline: cell.font.underline && cell.font.underline !== "None" ? true : undefined,
    color: colour(cell.font.color),
    fill: colour(cell.fill),
    horizontal: cell.horizontalAlignment ? horizontalWords[cell.horizontalAlignment] : undefined,
    vertical: cell.verticalAlignment ? verticalWords[cell.verticalAlignment] : undefined,
    wrap: cell.wrapText ? true : undefined,
    indent: cell.indentLevel || undefined,
    border: thin ? "thin" : undefined,
  });
}

/** Snapshot of what the fake Excel received for one sheet. */
export function snapshotOfFakeSheet(sheet: FakeWorksheet): SheetSnapshot {
  const merges = sheet.merges.map((m) => [m.top, m.left, m.top + m.rows - 1, m.left + m.columns - 1]);
  const cells: Record<string, CellSnapshot> = {};
  const keys = [...sheet.cells.keys()].map((k) => k.split(",").map(Number)).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  for (const [r, c] of keys) {
    if (isHiddenByMerge(merges, r, c)) continue;
    const snap = fakeCellSnapshot(sheet.cell(r, c));
    if (snap) cells[`${columnName(c)}${r + 1}`] = snap;
  }
  const columnWidths: Record<string, number> = {};
  for (const [c, points] of [...sheet.columnWidths].sort((a, b) => a[0] - b[0])) {
    columnWidths[columnName(c)] = Math.round((((points * 96) / 72 - 5) / 7) * 100) / 100;
  }
  return {
    cells,
    merges: merges.map(([t, l, b, r]) => rangeText(t, l, b, r)).sort(),
    columnWidths,
    hiddenColumns: [...sheet.hiddenColumns].sort((a, b) => a - b).map(columnName),
    freeze: { ...sheet.frozen },
  };
}

/**
 * Renders `spec` (alone) with the Office.js adapter into a fresh fake workbook and returns the
 * normalised snapshot of the sheet it produced. All optional API sets are on by default.
 */
export async function officeJsSnapshot(spec: SheetSpec, supports: ExcelApiSupport = () => true): Promise<SheetSnapshot> {
  const fake = fakeExcel();
  await renderWorkbookSpec(fake.context as unknown as Excel.RequestContext, { sheets: [spec] }, { supports });
  return snapshotOfFakeSheet(fake.sheet(spec.name));
}

// ---------- exceljs side ----------

function exceljsValue(value: ExcelJS.CellValue): Pick<CellSnapshot, "value" | "formula"> {
  if (value === null || value === undefined || value === "") return {};
  if (value instanceof Date) return { value: (value.getTime() - EXCEL_EPOCH) / 86_400_000 };
  if (typeof value === "object" && "formula" in value) return { formula: String(value.formula).replace(/^=/, "") };
  if (typeof value === "object" && "richText" in value) return { value: value.richText.map((t) => t.text).join("") };
  return { value: value as string | number | boolean };
}

function exceljsCellSnapshot(cell: ExcelJS.Cell): CellSnapshot | null {
  const { font, fill, alignment, border } = cell;
  const edges = [border?.top, border?.bottom, border?.left, border?.right];
  const solidFill = fill && fill.type === "pattern" && fill.pattern === "solid" ? fill.fgColor?.argb : undefined;
  return withoutEmpty({
    ...exceljsValue(cell.value),
    numberFormat: cell.numFmt && cell.numFmt !== "General" ? cell.numFmt : undefined,
    fontName: font?.name,
    fontSize: font?.size,
    bold: font?.bold ? true : undefined,
    italic: font?.italic ? true : undefined,
    underline: font?.underline ? true : undefined,
    color: colour(font?.color?.argb),
    fill: colour(solidFill),
    horizontal: alignment?.horizontal,
    vertical: alignment?.vertical,
    wrap: alignment?.wrapText ? true : undefined,
    indent: alignment?.indent || undefined,
    border: edges.every((e) => e?.style === "thin") ? "thin" : undefined,
  });
}

/** Snapshot of an exceljs worksheet, normalised like the Office.js one. */
export function snapshotOfExcelJsSheet(ws: ExcelJS.Worksheet): SheetSnapshot {
  const mergeRefs = ((ws.model as unknown as { merges?: string[] }).merges ?? []).map((ref) => {
    const [a, b] = ref.split(":");
    const tl = ws.getCell(a);
    const br = ws.getCell(b ?? a);
    return [Number(tl.row) - 1, Number(tl.col) - 1, Number(br.row) - 1, Number(br.col) - 1];
  });
  const cells: Record<string, CellSnapshot> = {};
  for (let r = 1; r <= ws.rowCount; r++) {
    for (let c = 1; c <= ws.columnCount; c++) {
      if (isHiddenByMerge(mergeRefs, r - 1, c - 1)) continue;
      const snap = exceljsCellSnapshot(ws.getCell(r, c));
      if (snap) cells[`${columnName(c - 1)}${r}`] = snap;
    }
  }
  const columnWidths: Record<string, number> = {};
  // Every column the sheet defines, also past its last cell.
  for (let c = 1; c <= Math.max(ws.columnCount, ws.columns?.length ?? 0); c++) {
    const width = ws.getColumn(c).width;
    if (width !== undefined) columnWidths[columnName(c - 1)] = Math.round(width * 100) / 100;
  }
  const hiddenColumns: string[] = [];
  for (let c = 1; c <= Math.max(ws.columnCount, ws.columns?.length ?? 0); c++) if (ws.getColumn(c).hidden) hiddenColumns.push(columnName(c - 1));
  const view = ws.views?.[0] as { state?: string; xSplit?: number; ySplit?: number } | undefined;
  const frozen = view?.state === "frozen";
  return {
    cells,
    merges: mergeRefs.map(([t, l, b, r]) => rangeText(t, l, b, r)).sort(),
    columnWidths,
    hiddenColumns,
    freeze: { rows: frozen ? (view?.ySplit ?? 0) : 0, columns: frozen ? (view?.xSplit ?? 0) : 0 },
  };
}

// ---------- sheet layout: validations, tables, page setup, row heights, tab ----------

/** One drop-down rule as the renderer wrote it, in the words both APIs share. */
export interface ValidationSnapshot {
  /** The ranges it was written over ("A2:A200"; the file's sqref may list several), sorted. */
  ranges: string[];
  type: string;
  /** A literal list's choices, or a formula source without "=". */
  list?: string[];
  source?: string;
  dropDown: boolean;
  allowBlank: boolean;
  /** The input message, when one is shown. */
  prompt: { title?: string; message?: string } | null;
  /** The alert on a value outside the rule, when one is shown. */
  error: { style: string; title?: string; message?: string } | null;
}

export interface TableSnapshot {
  name: string;
  range: string;
  headerRow: boolean;
  style: string;
}

/** A header or footer, by section (&L, &C, &R of the file's format; left/center/right… in Office.js). */
export type HeaderFooterSnapshot = Partial<Record<"left" | "center" | "right", string>>;

export interface PageSnapshot {
  /** "A4", or null for the printer's default (not set). */
  paperSize: string | null;
  orientation: "portrait" | "landscape";
  /** Millimetres, 2 decimals. */
  margins: { top: number; bottom: number; left: number; right: number };
  /** Fit to pages (0 = as many as needed), or a fixed percentage. */
  zoom: { fitWidth: number; fitHeight: number } | { scale: number };
  /** The number of the first printed page, or null for Excel's automatic numbering. */
  firstPageNumber: number | null;
  /** "3:3", or null. */
  printTitleRows: string | null;
  header: HeaderFooterSnapshot;
  footer: HeaderFooterSnapshot;
  /** Set when the first page has its own header and footer. */
  firstPage: { header: HeaderFooterSnapshot; footer: HeaderFooterSnapshot } | null;
  /** Manual page breaks: the rows after which a new page starts. */
  rowBreaks: number[];
}

export interface LayoutSnapshot {
  validations: ValidationSnapshot[];
  tables: TableSnapshot[];
  page: PageSnapshot;
  /** 1-based row → points, for every row given a height. */
  rowHeights: Record<number, number>;
  tabColor: string | null;
  visibility: string;
}

const POINTS_PER_INCH = 72;
const MM_PER_INCH = 25.4;
const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * Excel's page setup of a new worksheet, what Office.js leaves in place for anything the adapter
 * does not set (the fake records only what is set): portrait, "Normal" margins (0.75 in top and
 * bottom, 0.7 in left and right), 100 %, the printer's paper, automatic page numbers, no print titles,
 * no header or footer. exceljs writes the same defaults into a file when nothing else is set.
 */
const newSheetPage: PageSnapshot = {
  paperSize: null,
  orientation: "portrait",
  margins: { top: round2(0.75 * MM_PER_INCH), bottom: round2(0.75 * MM_PER_INCH), left: round2(0.7 * MM_PER_INCH), right: round2(0.7 * MM_PER_INCH) },
  zoom: { scale: 100 },
  firstPageNumber: null,
  printTitleRows: null,
  header: {},
  footer: {},
  firstPage: null,
  rowBreaks: [],
};

/** Rules in a stable order: by their first range, then by content. */
function sortRules(rules: ValidationSnapshot[]): ValidationSnapshot[] {
  const key = (r: ValidationSnapshot) => {
    const a = parseArea(r.ranges[0] ?? "A1");
    return [a.left, a.top];
  };
  return rules.sort((x, y) => key(x)[0] - key(y)[0] || key(x)[1] - key(y)[1] || JSON.stringify(x).localeCompare(JSON.stringify(y)));
}

/** "H2:H200" (no "$", no sheet) for an address the fake or the file holds. */
function plainRange(address: string): string {
  const a = parseArea(address);
  return rangeText(a.top, a.left, a.top + a.rows - 1, a.left + a.columns - 1);
}

/** A literal list's choices from the file's `"a,b"` (quotes doubled inside) or Office.js's `a,b`. */
function listChoices(text: string): string[] {
  return text.split(",");
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

// ---------- Office.js (fake) side ----------

interface FakeValidation {
  address: string;
  rule?: { list?: { inCellDropDown?: boolean; source?: string } } & Record<string, unknown>;
  ignoreBlanks?: boolean;
  prompt?: { showPrompt?: boolean; title?: string; message?: string };
  errorAlert?: { showAlert?: boolean; style?: string; title?: string; message?: string };
}

function fakeValidations(sheet: FakeWorksheet): ValidationSnapshot[] {
  return sortRules(
    (sheet.validations as unknown as FakeValidation[]).map((v) => {
      const list = v.rule?.list;
      const source = list?.source ?? "";
      // Office.js's default for ignoreBlanks is true; its default alert is shown, style Stop.
      const alert = v.errorAlert ?? { showAlert: true, style: "Stop" };
      return withoutUndefined({
        ranges: [plainRange(v.address)],
        type: list ? "list" : Object.keys(v.rule ?? {}).join(","),
        list: list && !source.startsWith("=") ? listChoices(source) : undefined,
        source: source.startsWith("=") ? source.slice(1) : undefined,
        dropDown: list?.inCellDropDown ?? true,
        allowBlank: v.ignoreBlanks ?? true,
        prompt: v.prompt?.showPrompt ? withoutUndefined({ title: v.prompt.title, message: v.prompt.message }) : null,
        error:
          alert.showAlert !== false ? withoutUndefined({ style: (alert.style ?? "Stop").toLowerCase(), title: alert.title, message: alert.message }) : null,
      });
    }),
  );
}

function fakeHeaderFooter(section: unknown, kind: "Header" | "Footer"): HeaderFooterSnapshot {
  const s = (section ?? {}) as Record<string, string | undefined>;
  const parts = { left: s[`left${kind}`], center: s[`center${kind}`], right: s[`right${kind}`] };
  const out: HeaderFooterSnapshot = {};
  for (const [k, v] of Object.entries(parts)) if (v) out[k as keyof HeaderFooterSnapshot] = v;
  return out;
}

function fakePage(sheet: FakeWorksheet): PageSnapshot {
  const p = sheet.pageLayout;
  // Office.js margins are in points: × 25.4 / 72 for millimetres.
  const mm = (key: string, fallback: number) => {
    const points = p[key];
    return typeof points === "number" ? round2((points * MM_PER_INCH) / POINTS_PER_INCH) : fallback;
  };
  const zoom = p.zoom as { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number } | undefined;
  const hf = p.headersFooters;
  const state = hf.state as string | undefined;
  const differentFirst = state === "FirstAndDefault" || state === "FirstOddAndEven";
  return {
    paperSize: (p.paperSize as string | undefined) ?? newSheetPage.paperSize,
    orientation: p.orientation === "Landscape" ? "landscape" : "portrait",
    margins: {
      top: mm("topMargin", newSheetPage.margins.top),
      bottom: mm("bottomMargin", newSheetPage.margins.bottom),
      left: mm("leftMargin", newSheetPage.margins.left),
      right: mm("rightMargin", newSheetPage.margins.right),
    },
    zoom:
      zoom && zoom.horizontalFitToPages !== undefined
        ? { fitWidth: zoom.horizontalFitToPages, fitHeight: zoom.verticalFitToPages ?? 0 }
        : { scale: zoom?.scale ?? 100 },
    firstPageNumber: typeof p.firstPageNumber === "number" ? p.firstPageNumber : null,
    printTitleRows: typeof p.printTitleRows === "string" ? p.printTitleRows.replace(/\$/g, "") : null,
    header: fakeHeaderFooter(hf.defaultForAllPages, "Header"),
    footer: fakeHeaderFooter(hf.defaultForAllPages, "Footer"),
    firstPage: differentFirst ? { header: fakeHeaderFooter(hf.firstPage, "Header"), footer: fakeHeaderFooter(hf.firstPage, "Footer") } : null,
    // "A25" is the first row of a new page: the break is after row 24.
    rowBreaks: sheet.pageBreaks.map((a) => parseArea(a).top).sort((a, b) => a - b),
  };
}

/** The sheet-level state the fake Excel received for one sheet. */
export function layoutOfFakeSheet(sheet: FakeWorksheet): LayoutSnapshot {
  return {
    validations: fakeValidations(sheet),
    tables: sheet.tablesAdded
      .map((t) => ({ name: t.name ?? "", range: t.address.replace(/\$/g, ""), headerRow: t.hasHeaders, style: t.style ?? "" }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    page: fakePage(sheet),
    rowHeights: Object.fromEntries([...sheet.rowHeights].sort((a, b) => a[0] - b[0]).map(([r, h]) => [r + 1, h])),
    tabColor: sheet.tabColorValue ? colour(sheet.tabColorValue)! : null,
    visibility: sheet.visibilityState.toLowerCase(),
  };
}

/** Everything each sheet of a workbook got from the Office.js renderer (in a fresh fake workbook), by tab order. */
export async function officeJsWorkbookSnapshot(spec: WorkbookSpec): Promise<{ name: string; sheet: SheetSnapshot; layout: LayoutSnapshot }[]> {
  const fake = fakeExcel();
  await renderWorkbookSpec(fake.context as unknown as Excel.RequestContext, spec, { supports: () => true });
  return fake.workbook.sheets
    .filter((s) => s.currentName !== "Sheet1") // the fresh workbook's own sheet
    .map((s) => ({ name: s.currentName, sheet: snapshotOfFakeSheet(s), layout: layoutOfFakeSheet(s) }));
}

// ---------- exceljs side (the file it writes, read back) ----------

/** An exceljs workbook written to .xlsx bytes and read back, with each sheet's XML by sheet name. */
export interface WrittenWorkbook {
  readonly workbook: ExcelJS.Workbook;
  readonly sheetXml: ReadonlyMap<string, string>;
}

export async function writtenAndReadBack(wb: ExcelJS.Workbook): Promise<WrittenWorkbook> {
  const bytes = await wb.xlsx.writeBuffer();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes);
  const zip = await JSZip.loadAsync(bytes);
  const text = async (part: string) => (await zip.file(part)?.async("string")) ?? "";
  const { sheets } = workbookSheets(await text("xl/workbook.xml"), await text("xl/_rels/workbook.xml.rels"));
  const sheetXml = new Map<string, string>();
  for (const s of sheets) sheetXml.set(s.name, await text(s.part));
  return { workbook, sheetXml };
}

function attribute(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? unescapeXml(m[1]) : undefined;
}

/** The file's <dataValidation> elements, one snapshot each (ECMA-376 §18.3.1.32 defaults: allowBlank, showDropDown, the messages off; errorStyle stop). */
function fileValidations(xml: string): ValidationSnapshot[] {
  return sortRules(
    [...xml.matchAll(/<dataValidation\b([^>]*?)(?:\/>|>([\s\S]*?)<\/dataValidation>)/g)].map((m) => {
      const tag = `<x ${m[1]}>`;
      const on = (name: string) => attribute(tag, name) === "1" || attribute(tag, name) === "true";
      const type = attribute(tag, "type") ?? "none";
      const formula = unescapeXml(/<(?:\w+:)?formula1>([\s\S]*?)<\/(?:\w+:)?formula1>/.exec(m[2] ?? "")?.[1] ?? "");
      const literal = type === "list" && formula.startsWith('"');
      return withoutUndefined({
        ranges: (attribute(tag, "sqref") ?? "").split(/\s+/).filter(Boolean).map(plainRange).sort(),
        type,
        list: literal ? listChoices(formula.slice(1, -1).replace(/""/g, '"')) : undefined,
        source: type === "list" && !literal ? formula.replace(/^=/, "") : undefined,
        // showDropDown="1", despite its name, hides the in-cell arrow.
        dropDown: !on("showDropDown"),
        allowBlank: on("allowBlank"),
        prompt: on("showInputMessage") ? withoutUndefined({ title: attribute(tag, "promptTitle"), message: attribute(tag, "prompt") }) : null,
        error: on("showErrorMessage")
          ? withoutUndefined({ style: attribute(tag, "errorStyle") ?? "stop", title: attribute(tag, "errorTitle"), message: attribute(tag, "error") })
          : null,
      });
    }),
  );
}

/** The file's "&L…&C…&R…" header or footer by section; "&&" is a literal ampersand. */
function headerFooterSections(text: string | undefined): HeaderFooterSnapshot {
  const out: HeaderFooterSnapshot = {};
  let section: "left" | "center" | "right" = "center";
  let current = "";
  const flush = () => {
    if (current) out[section] = (out[section] ?? "") + current;
    current = "";
  };
  const names = { L: "left", C: "center", R: "right" } as const;
  for (let i = 0; i < (text ?? "").length; i++) {
    const ch = text![i];
    const next = text![i + 1];
    if (ch === "&" && next === "&") {
      current += "&&";
      i++;
    } else if (ch === "&" && (next === "L" || next === "C" || next === "R")) {
      flush();
      section = names[next];
      i++;
    } else current += ch;
  }
  flush();
  return out;
}

function excelJsPage(ws: ExcelJS.Worksheet, xml: string): PageSnapshot {
  const p = ws.pageSetup;
  const hf = ws.headerFooter ?? {};
  // exceljs margins are in inches: × 25.4 for millimetres.
  const mm = (inches: number | undefined, fallback: number) => (inches === undefined ? fallback : round2(inches * MM_PER_INCH));
  return {
    // exceljs's PaperSize enum: 9 is A4 (ECMA-376 §18.3.1.64).
    paperSize: p.paperSize === undefined ? null : Number(p.paperSize) === 9 ? "A4" : String(p.paperSize),
    orientation: p.orientation === "landscape" ? "landscape" : "portrait",
    margins: {
      top: mm(p.margins?.top, newSheetPage.margins.top),
      bottom: mm(p.margins?.bottom, newSheetPage.margins.bottom),
      left: mm(p.margins?.left, newSheetPage.margins.left),
      right: mm(p.margins?.right, newSheetPage.margins.right),
    },
    // <sheetPr><pageSetUpPr fitToPage> switches from the scale to fitToWidth/fitToHeight.
    zoom: p.fitToPage ? { fitWidth: p.fitToWidth ?? 1, fitHeight: p.fitToHeight ?? 1 } : { scale: p.scale ?? 100 },
    // firstPageNumber counts only with useFirstPageNumber (exceljs reads both back).
    firstPageNumber: (p as { useFirstPageNumber?: boolean }).useFirstPageNumber ? (p.firstPageNumber ?? null) : null,
    printTitleRows: p.printTitlesRow ? p.printTitlesRow.replace(/\$/g, "") : null,
    header: headerFooterSections(hf.oddHeader),
    footer: headerFooterSections(hf.oddFooter),
    firstPage: hf.differentFirst ? { header: headerFooterSections(hf.firstHeader), footer: headerFooterSections(hf.firstFooter) } : null,
    // exceljs does not read <rowBreaks> back: from the file, <brk id="24"> = a new page after row 24.
    rowBreaks: [...xml.matchAll(/<brk\b[^>]*>/g)].map((m) => Number(attribute(m[0], "id"))).sort((a, b) => a - b),
  };
}

/** The sheet-level state of a sheet as an .xlsx file written by exceljs holds it. */
export function layoutOfExcelJsSheet(ws: ExcelJS.Worksheet, xml: string): LayoutSnapshot {
  // exceljs's types say [Table, void][]; it returns Table[].
  const tables = (ws.getTables() as unknown[]).map((t) => {
    const model = (t as { model: { name: string; tableRef: string; headerRow: boolean; style?: { theme?: string } } }).model;
    return { name: model.name, range: model.tableRef, headerRow: model.headerRow, style: model.style?.theme ?? "" };
  });
  const rowHeights: Record<number, number> = {};
  for (let r = 1; r <= ws.rowCount; r++) {
    const height = ws.findRow(r)?.height;
    if (height !== undefined) rowHeights[r] = height;
  }
  const tab = (ws.properties.tabColor as { argb?: string } | undefined)?.argb;
  return {
    validations: fileValidations(xml),
    tables: tables.sort((a, b) => a.name.localeCompare(b.name)),
    page: excelJsPage(ws, xml),
    rowHeights,
    tabColor: tab ? colour(tab)! : null,
    visibility: ws.state === "veryHidden" ? "veryhidden" : (ws.state ?? "visible"),
  };
}

/** Everything each sheet of a workbook holds once the exceljs renderer's file is written and read back, by tab order. */
export async function excelJsWorkbookSnapshot(spec: WorkbookSpec): Promise<{ name: string; sheet: SheetSnapshot; layout: LayoutSnapshot }[]> {
  const { workbook, sheetXml } = await writtenAndReadBack(renderWithExcelJs(spec));
  return workbook.worksheets.map((ws) => ({ name: ws.name, sheet: snapshotOfExcelJsSheet(ws), layout: layoutOfExcelJsSheet(ws, sheetXml.get(ws.name) ?? "") }));
}
