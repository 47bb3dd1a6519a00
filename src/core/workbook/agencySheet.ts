import { z } from "zod";
import { cellAddress } from "../grid/address";
import type { Grid } from "../grid/grid";
import { finding, type Finding } from "../findings/finding";
import { parseIsoDate } from "../timing/dates";
import { cell, type SheetSpec } from "../sheet/model";
import { a4PageSetup, dataSheetStyles, type DataStyleKey } from "../sheet/styles";
import { foldKey, normalizeCellText } from "../text/normalize";
import { workbookText } from "../messages/catalogue";
import { sheetNames } from "./sheetNames";
import { columnIndexOr, headerCells, layoutRow, layoutWidths, locateColumns } from "../sheet/layout";
import { agencyLayout } from "./layouts";

const agencyText = workbookText.agency;

/** The agency facts a report needs (NĐ 30/2020 header, signature, recipients). Free data, never enums. */
export const agencyInfoSchema = z.object({
  governingBody: z.string(), // "UBND TỈNH NINH THUẬN"
  agencyName: z.string(), // "SỞ Y TẾ"
  agencyShortName: z.string(), // "Sở Y tế" (as written in sentences)
  abbreviation: z.string(), // "SYT" (in document numbers)
  placeName: z.string(), // "Ninh Thuận"
  year: z.number().int(),
  documentNumber: z.string(), // "" while the number is not yet given
  reportDate: z.string(), // ISO, or "" for "ngày … tháng … năm …"
  periodStart: z.string(), // ISO
  periodEnd: z.string(), // ISO: the dossier figures' as-of date
  recipientTo: z.string(), // "Sở Khoa học và Công nghệ" (Kính gửi)
  signingAuthority: z.string(), // "KT. GIÁM ĐỐC"
  signerTitle: z.string(), // "PHÓ GIÁM ĐỐC"
  signerName: z.string(),
  recipients: z.array(z.string()), // Nơi nhận, one per line
  draftingUnit: z.string(), // "VP" (Lưu: VT, VP.)
  planReference: z.string(), // "Kế hoạch số 733/KH-SYT ngày 28/02/2024 của Sở Y tế"
  budgetDecision: z.string(), // "Quyết định số 155/QĐ-UBND ngày 13/3/2024 của Chủ tịch Ủy ban nhân dân tỉnh"
  scope: z.string(), // fields (lĩnh vực) covered by the QMS
});
export type AgencyInfo = z.infer<typeof agencyInfoSchema>;

type Key = keyof AgencyInfo;

/** Fields of the "Thông tin" sheet, in row order. */
const fieldOrder: readonly Key[] = [
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
  "recipientTo",
  "signingAuthority",
  "signerTitle",
  "signerName",
  "recipients",
  "draftingUnit",
  "planReference",
  "budgetDecision",
  "scope",
];

/** Labels of the "Thông tin" sheet, in order, with a hint for the user. */
export const agencyFields: readonly { key: Key; label: string; hint: string }[] = fieldOrder.map((key) => ({ key, ...agencyText.fields[key] }));

/** A blank agency record for a year (period = the calendar year). */
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
    periodStart: `${year}-01-01`,
    periodEnd: `${year}-12-31`,
    recipientTo: agencyText.defaults.recipientTo,
    signingAuthority: "",
    signerTitle: agencyText.defaults.signerTitle,
    signerName: "",
    recipients: [...agencyText.defaults.recipients],
    draftingUnit: agencyText.defaults.draftingUnit,
    planReference: "",
    budgetDecision: "",
    scope: "",
  };
}

/** Row number (1-based) of each field in the sheet: header in row 1, fields from row 2. */
export function agencyRow(key: Key): number {
  return agencyFields.findIndex((f) => f.key === key) + 2;
}

/** The "Thông tin" sheet: label | value | hint (or the note given for the field, such as a proposed rename). */
export function buildAgencySheet(info: AgencyInfo, notes: Partial<Record<Key, string>> = {}): SheetSpec<DataStyleKey> {
  const rows = agencyFields.map(({ key, label, hint: defaultHint }) => {
    const hint = notes[key] ?? defaultHint;
    const value = info[key];
    const valueCell =
      key === "year"
        ? cell.number(value as number, "center")
        : (key === "reportDate" || key === "periodStart" || key === "periodEnd") && value
          ? cell.date(value as string, "date")
          : cell.text(Array.isArray(value) ? value.join("\n") : String(value), "body");
    return layoutRow(agencyLayout, { label, value: valueCell, hint });
  });
  return {
    name: sheetNames.agency,
    cells: [headerCells(agencyLayout), ...rows],
    styles: dataSheetStyles,
    columnWidths: layoutWidths(agencyLayout),
    merges: [],
    validations: [],
    tables: [],
    pageSetup: a4PageSetup("landscape"),
    freeze: { rows: 1, columns: 1 },
  };
}

/**
 * Reads the "Thông tin" sheet back; labels are matched by meaning, not position. A date or
 * year that cannot be read is a finding at its cell and the year's default is used instead.
 */
export function readAgencyGrid(grid: Grid, fallbackYear: number): { info: AgencyInfo; findings: Finding[] } {
  const info: Record<string, unknown> = { ...emptyAgencyInfo(fallbackYear) };
  const findings: Finding[] = [];
  const dates: { key: Key; raw: string; cell: string }[] = [];
  for (const { key, raw, cell } of agencyEntries(grid)) {
    if (key === "year") {
      const year = yearOf(grid, raw, cell);
      if (typeof year === "number") info.year = year;
      else findings.push(year);
    } else if (key === "recipients") info.recipients = raw ? raw.split("\n").map((l) => l.replace(/^\s*-\s*/, "").trim()) : [];
    else if (key === "reportDate" || key === "periodStart" || key === "periodEnd") dates.push({ key, raw, cell });
    else info[key] = raw;
  }
  const defaults = emptyAgencyInfo(info.year as number);
  for (const { key, raw, cell } of dates) {
    const iso = toIsoDate(raw);
    if (iso) info[key] = iso;
    else {
      info[key] = defaults[key];
      if (raw)
        findings.push(
          finding("error", "agency_date_invalid", { sheet: grid.sheet, cell }, { value: raw, label: agencyFields.find((f) => f.key === key)!.label }),
        );
    }
  }
  return { info: agencyInfoSchema.parse(info), findings };
}

/** The fields the sheet holds: each recognised label's value, as text, with the value's cell. */
function agencyEntries(grid: Grid): { key: Key; raw: string; cell: string }[] {
  const located = locateColumns(grid.rows, agencyLayout);
  const labelColumn = columnIndexOr(located, agencyLayout, "label");
  const valueColumn = columnIndexOr(located, agencyLayout, "value");
  return grid.rows.flatMap((row, r) => {
    const field = agencyFields.find((f) => foldKey(f.label) === foldKey(normalizeCellText(row[labelColumn] ?? "")));
    if (!field) return [];
    return [
      { key: field.key, raw: normalizeCellText(row[valueColumn] ?? ""), cell: cellAddress(grid.firstRowNumber + r, grid.firstColumnNumber + valueColumn) },
    ];
  });
}

/** A four-digit year, or the finding that says it is not one. */
function yearOf(grid: Grid, raw: string, cell: string): number | Finding {
  return /^\d{4}$/.test(raw) ? Number(raw) : finding("error", "year_invalid", { sheet: grid.sheet, cell }, { value: raw });
}

/**
 * The plan year typed in "Thông tin", or null when the sheet has no year row or it cannot be
 * read (a finding then says so, at the cell). No stand-in year: the caller decides what follows.
 * @example readAgencyYear(makeGrid("Thông tin", [["Năm báo cáo", "2024"]])) → { year: 2024, findings: [] }
 */
export function readAgencyYear(grid: Grid): { year: number | null; findings: Finding[] } {
  const entry = agencyEntries(grid).find((e) => e.key === "year");
  if (!entry) return { year: null, findings: [] };
  const year = yearOf(grid, entry.raw, entry.cell);
  return typeof year === "number" ? { year, findings: [] } : { year: null, findings: [year] };
}

/** "2024-10-31" or "31/10/2024" → ISO when it is a real date; null otherwise. */
function toIsoDate(text: string): string | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const iso = m ? `${m[3]}-${m[2].padStart(2, "0")}-${m[1].padStart(2, "0")}` : text;
  return parseIsoDate(iso) ? iso : null;
}
