/**
 * Table names of a render. Excel table names are unique in the workbook (compared without
 * case) and share one namespace with its defined names, so a spec table cannot always keep
 * its name: a sheet the user renamed to keep last year's copy ("Nhiệm vụ 2023") still holds
 * "NhiemVu", and adding a second "NhiemVu" makes Excel reject the request. Every name is known
 * after the read sync (workbook.tables, items/name + items/worksheet/name, ExcelApi 1.2), so
 * the choice is made in plain JS and costs no request.
 */
import { sameSheetName } from "../ownership";
import type { SheetSpec } from "../../core/sheet/model";

/** A table the read sync found, and the sheet it is on. */
export interface ExistingTable {
  readonly name: string;
  readonly sheet: string;
}

/** A spec table that had to take another name. */
export interface RenamedTable {
  readonly sheet: string;
  readonly from: string;
  readonly to: string;
}

/** Tables on the sheets cleared in place: the write batch deletes them before clearing. */
export function tablesOnSheets(tables: readonly ExistingTable[], sheets: readonly string[]): ExistingTable[] {
  return tables.filter((t) => sheets.some((s) => sameSheetName(s, t.sheet)));
}

/**
 * The name each spec table gets, per sheet in spec order: its own name when free, otherwise the
 * first free of Name2, Name3, … `taken` holds the names that stay in the workbook after this
 * batch (tables on other sheets, defined names); names freed by deleting the tables of a
 * replaced sheet are reusable, since the deletions run first in the same batch.
 */
export function allocateTableNames(specs: readonly SheetSpec[], taken: readonly string[]): { names: string[][]; renamed: RenamedTable[] } {
  const used = new Set(taken.map((n) => n.toUpperCase()));
  const renamed: RenamedTable[] = [];
  const names = specs.map((spec) =>
    spec.tables.map((t) => {
      let name = t.name;
      for (let n = 2; used.has(name.toUpperCase()); n++) name = `${t.name}${n}`;
      used.add(name.toUpperCase());
      if (name !== t.name) renamed.push({ sheet: spec.name, from: t.name, to: name });
      return name;
    }),
  );
  return { names, renamed };
}
