/**
 * Telling which kind of dossier input a grid holds.
 */
import type { Grid } from "../grid/grid";
import { findListLayout, type ListLayout } from "./columns";
import { findAggregateLayout, type AggregateLayout } from "./aggregateColumns";
import { findForm06aLayout } from "./form06a";

/** The three inputs: a dossier list, an aggregate table per field, a Biểu 06 block. */
export type DossierInputKind = "list" | "aggregate" | "form06a";

/** A located input. */
export type DossierLayout =
  { readonly kind: "list"; readonly layout: ListLayout } | { readonly kind: "aggregate" | "form06a"; readonly layout: AggregateLayout };

/**
 * Locates the input: a row of column numbers (1)…(13) means Biểu 06; a header with a
 * reception-date column over date cells means a list; a header with count columns over numbers
 * means an aggregate table. Null when none fits.
 * @example locateDossierInput(grid)?.kind === "form06a"
 */
export function locateDossierInput(grid: Grid): DossierLayout | null {
  const form = findForm06aLayout(grid);
  if (form) return { kind: "form06a", layout: form };
  const list = findListLayout(grid);
  if (list) return { kind: "list", layout: list };
  const aggregate = findAggregateLayout(grid);
  if (aggregate) return { kind: "aggregate", layout: aggregate };
  return null;
}

/**
 * Which kind of dossier input a grid holds, or null.
 * @example detectDossierInput(makeGrid("Hồ sơ", [["Lĩnh vực", "Ngày nhận", "Hạn giải quyết"], ["Mỹ phẩm", "2024-03-01", "2024-03-15"]])) === "list"
 */
export function detectDossierInput(grid: Grid): DossierInputKind | null {
  return locateDossierInput(grid)?.kind ?? null;
}
