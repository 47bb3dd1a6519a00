import { rangeAddress } from "../grid/address";
import type { Grid } from "../grid/grid";
import type { PlanTask } from "../plan/plan";
import { cell, type SheetSpec } from "../sheet/model";
import { a4PageSetup, dataSheetStyles } from "../sheet/styles";
import { foldKey, normalizeCellText } from "../text/normalize";
import { commonUnits, type RegistryUnit } from "../units/registry";
import { workbookText } from "../messages/catalogue";
import { sheetNames } from "./sheetNames";

const headers = [workbookText.units.headers.name, workbookText.units.headers.aliases] as const;

/**
 * The default registry for a plan: the common units the plan uses, then every unit the plan
 * names that the registry does not know yet, so the user can review and edit one list.
 */
export function defaultRegistryFor(tasks: readonly PlanTask[]): RegistryUnit[] {
  const used = new Set(tasks.flatMap((t) => [...t.units.lead, ...t.units.support]).map((u) => u.name).filter(Boolean));
  const known = commonUnits.filter((u) => used.has(u.name));
  const unknown = new Map<string, string>();
  for (const u of tasks.flatMap((t) => [...t.units.lead, ...t.units.support])) {
    if (u.name === null && !unknown.has(foldKey(u.written))) unknown.set(foldKey(u.written), u.written);
  }
  return [...known, ...[...unknown.values()].map((name) => ({ name, aliases: [] }))];
}

/** The editable unit registry sheet ("Đơn vị"). Its first column feeds the unit dropdowns. */
export function buildUnitsSheet(units: readonly RegistryUnit[]): SheetSpec {
  const rows = units.map((u) => [cell.text(u.name, "body"), cell.text(u.aliases.join("; "), "body")]);
  const body = rows.length ? rows : [[cell.empty("body"), cell.empty("body")]];
  return {
    name: sheetNames.units,
    cells: [headers.map((h) => cell.text(h, "header")), ...body],
    styles: dataSheetStyles,
    columnWidths: [40, 60],
    merges: [],
    validations: [],
    tables: [{ name: "DonVi", range: rangeAddress(1, 1, body.length + 1, 2), style: "TableStyleLight9" }],
    pageSetup: a4PageSetup("portrait"),
    freeze: { rows: 1, columns: 0 },
  };
}

/** Reads a registry sheet back (first column name, second column aliases split on ";"). */
export function readUnitsGrid(grid: Grid): RegistryUnit[] {
  const rows = grid.rows.map((r) => r.map(normalizeCellText));
  const start = rows.findIndex((r) => foldKey(r[0] ?? "") === foldKey(headers[0]));
  return rows
    .slice(start + 1)
    .filter((r) => r[0])
    .map((r) => ({ name: r[0], aliases: (r[1] ?? "").split(/[;\n]/).map((a) => a.trim()).filter(Boolean) }));
}
