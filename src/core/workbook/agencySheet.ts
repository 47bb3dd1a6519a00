import { z } from "zod";
import { cellAddress, cellInRowOf, columnLetters } from "../grid/address";
import type { Grid } from "../grid/grid";
import { finding, type Finding } from "../findings/finding";
import { readDate, readYear, yearEnd, yearStart } from "../calendar/dates";
import { cell, type CellSpec, type SheetSpec } from "../sheet/model";
import { a4PageSetup, dataSheetStyles, type DataStyleKey } from "../sheet/styles";
import { foldKey, normalizeCellText } from "../text/normalize";
import { workbookText } from "../messages/catalogue";
import { sheetNames } from "./sheetNames";
import {
  columnIndexOr,
  headerCells,
  layoutRow,
  layoutValidations,
  layoutWidths,
  locateColumns,
  sheetColumns,
  userValues,
  type ColumnLayout,
} from "../sheet/layout";
import { agencyLayout } from "./layouts";

const agencyText = workbookText.agency;

/** Fields of the "Thông tin" sheet, in row order. */
export const agencyKeys = [
  "governingBody",
  "agencyName",
  "agencyShortName",
  "abbreviation",
  "placeName",
  "year",
  "documentNumber",
  "reportDate",
  "periodStart",
  "periodEnd",
  "asOf",
  "recipientTo",
  "signingAuthority",
  "signerTitle",
  "signerName",
  "recipients",
  "draftingUnit",
  "planReference",
  "budgetDecision",
  "scope",
] as const;

/** One fact of "Thông tin" (every field of AgencyInfo but the confirmation list). */
export type AgencyKey = (typeof agencyKeys)[number];

/**
 * The agency facts a report needs (NĐ 30/2020 header, signature, recipients, the data period).
 * Free data, never enums. `proposed` lists the facts whose value Trợ lý ISO proposed (a default,
 * or read from the plan, the one-stop export or last year's report) and the user has not yet
 * confirmed: a report built on one of them is a draft. See docs/agency-facts.md.
 */
export const agencyInfoSchema = z.object({
  governingBody: z.string(), // "UBND TỈNH NINH THUẬN"
  agencyName: z.string(), // "SỞ Y TẾ"
  agencyShortName: z.string(), // "Sở Y tế" (as written in sentences)
  abbreviation: z.string(), // "SYT" (in document numbers)
  placeName: z.string(), // "Ninh Thuận"
  year: z.number().int(),
  documentNumber: z.string(), // "" while the number is not yet given
  reportDate: z.string(), // ISO, or "" for "ngày … tháng … năm …"
  periodStart: z.string(), // ISO: first day of the reporting period (dossiers received before it are not counted)
  periodEnd: z.string(), // ISO: last day of the reporting period (dossiers received after it are not counted)
  asOf: z.string(), // ISO: the day pending dossiers and overdue tasks are judged at; "" = the period's end (see asOfDate)
  recipientTo: z.string(), // "Sở Khoa học và Công nghệ" (Kính gửi)
  signingAuthority: z.string(), // "KT. GIÁM ĐỐC"
  signerTitle: z.string(), // "PHÓ GIÁM ĐỐC"
  signerName: z.string(),
  recipients: z.array(z.string()), // Nơi nhận, one per line
  draftingUnit: z.string(), // "VP" (Lưu: VT, VP.)
  planReference: z.string(), // "Kế hoạch số 733/KH-SYT ngày 28/02/2024 của Sở Y tế"
  budgetDecision: z.string(), // "Quyết định số 155/QĐ-UBND ngày 13/3/2024 của Chủ tịch Ủy ban nhân dân tỉnh"
  scope: z.string(), // fields (lĩnh vực) covered by the QMS
  proposed: z.array(z.enum(agencyKeys)), // facts still "Đề xuất": proposed by the product, not yet confirmed by the user
});
export type AgencyInfo = z.infer<typeof agencyInfoSchema>;

type Key = AgencyKey;

/** Labels of the "Thông tin" sheet, in order, with a hint for the user. */
export const agencyFields: readonly { key: Key; label: string; hint: string }[] = agencyKeys.map((key) => ({ key, ...agencyText.fields[key] }));

/** The facts a new workbook proposes (defaults the user confirms or changes): the calendar-year period, recipients, signer's title. */
const defaultProposals: readonly Key[] = ["periodStart", "periodEnd", "recipientTo", "signerTitle", "recipients", "draftingUnit"];

/**
 * A blank agency record for a year: the period is the calendar year and "Kính gửi", "Nơi nhận",
 * the signer's title and the drafting unit carry the usual values, all as proposals.
 */
export function emptyAgencyInfo(year: number): AgencyInfo {
  return {
    governingBody: "",
    agencyName: "",
    agencyShortName: "",
    abbreviation: "",
    placeName: "",
    year,
    documentNumber: "",
    reportDate: "",
    periodStart: yearStart(year),
    periodEnd: yearEnd(year),
    asOf: "",
    recipientTo: agencyText.defaults.recipientTo,
    signingAuthority: "",
    signerTitle: agencyText.defaults.signerTitle,
    signerName: "",
    recipients: [...agencyText.defaults.recipients],
    draftingUnit: agencyText.defaults.draftingUnit,
    planReference: "",
    budgetDecision: "",
    scope: "",
    proposed: [...defaultProposals],
  };
}

/** Row number (1-based) of each field in the sheet: header in row 1, fields from row 2. */
export function agencyRow(key: Key): number {
  return agencyFields.findIndex((f) => f.key === key) + 2;
}

/** Whether a fact holds something (a blank optional field is neither proposed nor confirmed). */
export function hasValue(info: AgencyInfo, key: Key): boolean {
  const value = info[key];
  return Array.isArray(value) ? value.some((v) => v.trim() !== "") : String(value).trim() !== "";
}

/** The value cell of one fact, as the sheet holds it: the year a number, a date a date cell, the rest text (lines joined). */
export function agencyValueCell(info: AgencyInfo, key: Key): CellSpec<DataStyleKey> {
  const value = info[key];
  if (key === "year") return cell.number(value as number, "center");
  if ((key === "reportDate" || key === "periodStart" || key === "periodEnd" || key === "asOf") && value) return cell.date(value as string, "date");
  return cell.text(Array.isArray(value) ? value.join("\n") : String(value), "body");
}

/** The "Xác nhận" mark of one fact: blank for an empty value, else "Đề xuất" or "Đã xác nhận". */
export function agencyConfirmMark(info: AgencyInfo, key: Key): string {
  return !hasValue(info, key) ? "" : info.proposed.includes(key) ? agencyText.confirm.proposed : agencyText.confirm.confirmed;
}

/**
 * The columns of a "Thông tin" sheet as read (readAgencyGrid): its columns in the sheet's order, a
 * column the user inserted among them, and what each fact's row holds in the user's columns, so that
 * the sheet written again (buildAgencySheet) keeps them.
 */
export interface AgencyColumns {
  readonly layout: ColumnLayout;
  readonly values: Readonly<Partial<Record<Key, Readonly<Record<string, string>>>>>;
}

/**
 * The "Thông tin" sheet: label | value | hint | confirmation ("Đề xuất" / "Đã xác nhận"; blank for an
 * empty value). `notes` replaces a field's hint (next year's proposed rename says what it changed).
 * `columns` (readAgencyGrid's, for a sheet written again): the sheet's own columns, a column the user
 * inserted kept in its place with what each fact's row held there.
 */
export function buildAgencySheet(info: AgencyInfo, notes: Partial<Record<Key, string>> = {}, columns?: AgencyColumns): SheetSpec<DataStyleKey> {
  const layout = columns?.layout ?? agencyLayout;
  const rows = agencyFields.map(({ key, label, hint: defaultHint }) => {
    const hint = notes[key] ?? defaultHint;
    return layoutRow(layout, { ...columns?.values[key], label, value: agencyValueCell(info, key), hint, confirm: agencyConfirmMark(info, key) });
  });
  return {
    name: sheetNames.agency,
    cells: [headerCells(layout), ...rows],
    styles: dataSheetStyles,
    columnWidths: layoutWidths(layout),
    merges: [],
    validations: layoutValidations(layout, 2, rows.length + 1),
    tables: [],
    pageSetup: a4PageSetup("landscape"),
    // Panes frozen after the labels, wherever the user's columns put them.
    freeze: { rows: 1, columns: layout.findIndex((c) => c.key === "label") + 1 },
  };
}

/** What `readAgencyGrid` returns: the facts, each fact's value cell ("B12"), and what could not be read. */
export interface AgencyRead {
  readonly info: AgencyInfo;
  /** The value cell of each fact the sheet has a row for (findings and the pane's links point there). */
  readonly cells: Readonly<Partial<Record<Key, string>>>;
  readonly findings: Finding[];
  /** The sheet's own columns (a column the user inserted among them), when its header row was found: buildAgencySheet keeps them. */
  readonly columns?: AgencyColumns;
}

/**
 * Reads the "Thông tin" sheet back; labels are matched by meaning, not position. A date or
 * year that cannot be read is a finding at its cell and the year's default is used instead
 * (as a proposal, like a blank period). The "Xác nhận" column, when the sheet has it, says which
 * values are proposals ("Đề xuất…"); without it every filled value is confirmed.
 */
export function readAgencyGrid(grid: Grid, fallbackYear: number): AgencyRead {
  const info: Record<string, unknown> = { ...emptyAgencyInfo(fallbackYear), proposed: [] };
  const proposed = new Set<Key>();
  const findings: Finding[] = [];
  const cells: Partial<Record<Key, string>> = {};
  const dates: { key: Key; raw: string; cell: string; proposal: boolean }[] = [];
  const seen = new Set<Key>();
  const facts = agencyFacts(grid);
  for (const [key, { value: raw, cell, proposal }] of Object.entries(facts) as [Key, AgencyFact][]) {
    seen.add(key);
    cells[key] = cell;
    if (proposal && raw !== "") proposed.add(key);
    if (key === "year") {
      const year = yearOf(grid, raw, cell);
      if (typeof year === "number") info.year = year;
      else findings.push(year);
    } else if (key === "recipients") info.recipients = raw ? raw.split("\n").map((l) => l.replace(/^\s*-\s*/, "").trim()) : [];
    else if (key === "reportDate" || key === "periodStart" || key === "periodEnd" || key === "asOf") dates.push({ key, raw, cell, proposal });
    else info[key] = raw;
  }
  const defaults = emptyAgencyInfo(info.year as number);
  for (const { key, raw, cell } of dates) {
    const iso = readFactDate(raw);
    if (iso !== null) info[key] = iso;
    else {
      info[key] = defaults[key];
      // A period nobody typed is the calendar year, proposed; the as-of date stays unset.
      if (defaults.proposed.includes(key)) proposed.add(key);
      if (raw)
        findings.push(
          finding("error", "agency_date_invalid", { sheet: grid.sheet, cell }, { value: raw, label: agencyFields.find((f) => f.key === key)!.label }),
        );
    }
  }
  // A field the sheet has no row for keeps the new workbook's default, and proposes it.
  for (const key of defaults.proposed) if (!seen.has(key)) proposed.add(key);
  info.proposed = agencyKeys.filter((k) => proposed.has(k));
  const columns = agencyColumns(grid, facts);
  return { info: agencyInfoSchema.parse(info), cells, findings, ...(columns ? { columns } : {}) };
}

/** The sheet's columns from its header row, and what each fact's row holds in the user's own (rows in sheet coordinates: from column A). */
function agencyColumns(grid: Grid, facts: Partial<Record<Key, AgencyFact>>): AgencyColumns | undefined {
  const headerRow = locateColumns(grid.rows, agencyLayout).headerRow;
  if (headerRow < 0) return undefined;
  const fromA = (r: number) => [...Array<string>(grid.firstColumnNumber - 1).fill(""), ...(grid.rows[r] ?? [])];
  const columns = sheetColumns(fromA(headerRow), agencyLayout);
  const values = Object.fromEntries(
    (Object.entries(facts) as [Key, AgencyFact][]).flatMap(([key, fact]) => {
      const own = userValues(fromA(fact.row), columns);
      return own ? [[key, own]] : [];
    }),
  );
  return { layout: columns.layout, values };
}

/**
 * The cells to write so that the sheet read as `read` holds `info`: each fact whose value or mark
 * changed, its value cell and its "Xác nhận" cell, found by header and label (a column the user
 * inserted keeps its place; nothing else of the sheet is written). Null when cells cannot say it: the
 * sheet has no "Xác nhận" column, or a changed fact has no row (the sheet is then written whole,
 * buildAgencySheet with `read.columns`).
 */
export function agencyCellEdits(grid: Grid, read: AgencyRead, info: AgencyInfo): { cell: string; spec: CellSpec<DataStyleKey> }[] | null {
  const current = read.info;
  const confirmColumn = locateColumns(grid.rows, agencyLayout).columns.confirm;
  const keys = agencyKeys.filter((k) => JSON.stringify(info[k]) !== JSON.stringify(current[k]) || info.proposed.includes(k) !== current.proposed.includes(k));
  if (confirmColumn === undefined || keys.some((k) => !read.cells[k])) return null;
  const confirmLetter = columnLetters(grid.firstColumnNumber + confirmColumn);
  return keys.flatMap((k) => {
    const at = read.cells[k]!;
    const confirmAt = cellInRowOf(at, confirmLetter);
    return [
      { cell: at, spec: agencyValueCell(info, k) },
      ...(confirmAt ? [{ cell: confirmAt, spec: cell.text<DataStyleKey>(agencyConfirmMark(info, k), "center") }] : []),
    ];
  });
}

/** One fact of "Thông tin" as typed: its text (normalised), the cell it sits in, and whether it is marked "Đề xuất". */
export interface AgencyFact {
  readonly value: string;
  /** "B7": the value's cell, in the column found by its header ("Giá trị"). */
  readonly cell: string;
  readonly proposal: boolean;
  /** 0-based index of its row in the grid's rows. */
  readonly row: number;
}

/**
 * The facts the sheet holds, by key: each recognised label's value as text, with the value's
 * cell. The one reader of "Thông tin": its label and value columns are found by their headers
 * (a column the user inserted moves them), labels are matched by meaning, not row; a label
 * written twice counts once, at its first row.
 * @example agencyFacts(makeGrid("Thông tin", [["", "Mục", "Giá trị"], ["", "Năm báo cáo", "2024"]])).year // { value: "2024", cell: "C2", proposal: false, row: 1 }
 */
export function agencyFacts(grid: Grid): Partial<Record<Key, AgencyFact>> {
  const facts: Partial<Record<Key, AgencyFact>> = {};
  for (const { key, raw, cell, proposal, row } of agencyEntries(grid)) facts[key] ??= { value: raw, cell, proposal, row };
  return facts;
}

/** The fields the sheet holds: each recognised label's value, as text, with the value's cell and whether it is marked "Đề xuất". */
function agencyEntries(grid: Grid): { key: Key; raw: string; cell: string; proposal: boolean; row: number }[] {
  const located = locateColumns(grid.rows, agencyLayout);
  const labelColumn = columnIndexOr(located, agencyLayout, "label");
  const valueColumn = columnIndexOr(located, agencyLayout, "value");
  // Only a column headed "Xác nhận" says anything: an older sheet without it has no proposals.
  const confirmColumn = located.columns.confirm;
  const proposedMark = foldKey(agencyText.confirm.proposed);
  return grid.rows.flatMap((row, r) => {
    const field = agencyFields.find((f) => foldKey(f.label) === foldKey(normalizeCellText(row[labelColumn] ?? "")));
    if (!field) return [];
    const mark = confirmColumn === undefined ? "" : foldKey(normalizeCellText(row[confirmColumn] ?? ""));
    return [
      {
        key: field.key,
        raw: normalizeCellText(row[valueColumn] ?? ""),
        cell: cellAddress(grid.firstRowNumber + r, grid.firstColumnNumber + valueColumn),
        proposal: mark.startsWith(proposedMark),
        row: r,
      },
    ];
  });
}

/** A year (readYear: four digits in the range), or the finding that says it is not one. */
function yearOf(grid: Grid, raw: string, cell: string): number | Finding {
  return readYear(raw) ?? finding("error", "year_invalid", { sheet: grid.sheet, cell }, { value: raw });
}

/**
 * A date typed for a fact of "Thông tin" ("31/12/2025", "2025-12-31", "31.12.2025", a date cell),
 * read by the one date reader (calendar/dates); "" for a blank; null when it is not a date.
 * @example readFactDate("1/10/2024") === "2024-10-01"
 * @example readFactDate("31/02/2024") === null
 */
export function readFactDate(text: string): string | null {
  const read = readDate(text);
  return read.kind === "date" ? read.iso : read.kind === "empty" ? "" : null;
}

/**
 * The plan year typed in "Thông tin" and its cell, or null when the sheet has no year row or it
 * cannot be read (a finding then says so, at the cell; a blank cell too). No stand-in year: the
 * caller decides what follows.
 * @example readAgencyYear(makeGrid("Thông tin", [["Năm báo cáo", "2024"]])) // { year: 2024, cell: "B1", typed: "2024", findings: [] }
 */
export function readAgencyYear(grid: Grid): { year: number | null; cell: string | null; typed: string; findings: Finding[] } {
  const entry = agencyFacts(grid).year;
  if (!entry) return { year: null, cell: null, typed: "", findings: [] };
  const year = yearOf(grid, entry.value, entry.cell);
  return typeof year === "number"
    ? { year, cell: entry.cell, typed: entry.value, findings: [] }
    : { year: null, cell: entry.cell, typed: entry.value, findings: [year] };
}

/** Facts of "Thông tin" a signed report cannot do without. */
export const requiredAgencyFields = ["governingBody", "agencyName", "abbreviation", "placeName", "signerTitle", "signerName"] as const satisfies readonly Key[];

/**
 * The required facts the sheet leaves blank, in row order, each with the cell to fill (null
 * when its row is missing altogether).
 * @example missingAgencyFacts(specToGrid(buildAgencySheet(emptyAgencyInfo(2024))))[0] // { key: "governingBody", label: "Cơ quan chủ quản", cell: "B2" }
 */
export function missingAgencyFacts(grid: Grid): { key: Key; label: string; cell: string | null }[] {
  const facts = agencyFacts(grid);
  return requiredAgencyFields.flatMap((key) => {
    const fact = facts[key];
    return fact && fact.value !== "" ? [] : [{ key, label: agencyFields.find((f) => f.key === key)!.label, cell: fact?.cell ?? null }];
  });
}
