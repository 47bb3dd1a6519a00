import { rangeAddress } from "../grid/address";
import type { Grid } from "../grid/grid";
import type { PlanTask } from "../plan/plan";
import type { SheetSpec } from "../sheet/model";
import { a4PageSetup, dataSheetStyles, type DataStyleKey } from "../sheet/styles";
import { foldKey, normalizeCellText } from "../text/normalize";
import { commonUnits, type RegistryUnit } from "../units/registry";
import { columnIndexOr, headerCells, keptColumns, layoutRow, layoutWidths, locateColumns, withKeptColumns, type KeptColumns } from "../sheet/layout";
import { unitsLayout } from "./layouts";
import { sheetNames } from "./sheetNames";

/**
 * The default registry for a plan: the common units the plan uses, then every unit the plan
 * names that the registry does not know yet, so the user can review and edit one list.
 */
export function defaultRegistryFor(tasks: readonly PlanTask[]): RegistryUnit[] {
  const used = new Set(
    tasks
      .flatMap((t) => [...t.units.lead, ...t.units.support])
      .map((u) => u.name)
      .filter(Boolean),
  );
  const known = commonUnits.filter((u) => used.has(u.name));
  const unknown = new Map<string, string>();
  for (const u of tasks.flatMap((t) => [...t.units.lead, ...t.units.support])) {
    if (u.name === null && !unknown.has(foldKey(u.written))) unknown.set(foldKey(u.written), u.written);
  }
  return [...known, ...[...unknown.values()].map((name) => ({ name, aliases: [] }))];
}

/**
 * The editable unit registry sheet ("Đơn vị"). Its first column feeds the unit dropdowns. `kept`:
 * the columns the user inserted into the sheet being replaced (unitsKeptColumns), written back
 * where she put them, each row's values beside the unit of the same name.
 */
export function buildUnitsSheet(units: readonly RegistryUnit[], kept: KeptColumns | null = null): SheetSpec<DataStyleKey> {
  const rows = units.map((u) => layoutRow(unitsLayout, { name: u.name, aliases: u.aliases.join("; ") }));
  const body = rows.length ? rows : [layoutRow(unitsLayout, {})];
  const sheet: SheetSpec<DataStyleKey> = {
    name: sheetNames.units,
    cells: [headerCells(unitsLayout), ...body],
    styles: dataSheetStyles,
    columnWidths: layoutWidths(unitsLayout),
    merges: [],
    validations: [],
    tables: [{ name: "DonVi", range: rangeAddress(1, 1, body.length + 1, unitsLayout.length), style: "TableStyleLight9" }],
    pageSetup: a4PageSetup("portrait"),
    freeze: { rows: 1, columns: 0 },
  };
  return withKeptColumns(sheet, unitsLayout, kept, { keyColumn: "name" }).sheet;
}

/** The columns the user inserted into a registry sheet and what each unit holds in them, by unit name (null: none). */
export function unitsKeptColumns(grid: Grid): KeptColumns | null {
  return keptColumns(grid.rows, unitsLayout, "name");
}

/** Reads a registry sheet back: columns found by their headers (name, aliases split on ";"). */
export function readUnitsGrid(grid: Grid): RegistryUnit[] {
  const rows = grid.rows.map((r) => r.map(normalizeCellText));
  const located = locateColumns(rows, unitsLayout);
  const name = columnIndexOr(located, unitsLayout, "name");
  const aliases = columnIndexOr(located, unitsLayout, "aliases");
  return rows
    .slice(located.headerRow + 1)
    .filter((r) => r[name])
    .map((r) => ({
      name: r[name],
      aliases: (r[aliases] ?? "")
        .split(/[;\n]/)
        .map((a) => a.trim())
        .filter(Boolean),
    }));
}
