import { locateDossierInput } from "../dossiers/detect";
import type { Grid } from "../grid/grid";
import { importPlan } from "../plan/importPlan";
import { findSheet, sheetNames } from "../workbook/sheetNames";

/** What the user's content is: a plan's task table, a one-stop dossier export, a tracking workbook, or none. */
export type ContentKind = "plan" | "dossiers" | "tracking" | "none";

/**
 * Recognises content picked or pasted in a step, so an export picked in the wrong step is
 * named for what it is and sent where it belongs. A table that reads both as a plan and as
 * dossiers is a plan.
 * @example contentKind([oneStopExportGrid]) === "dossiers"
 */
export function contentKind(grids: readonly Grid[]): ContentKind {
  if (findSheet(grids, sheetNames.agency) && findSheet(grids, sheetNames.tasks)) return "tracking";
  const isPlan = grids.some((g) => (importPlan([g], {})?.tasks.length ?? 0) > 0);
  const isDossiers = grids.some((g) => locateDossierInput(g) !== null);
  if (isPlan) return "plan";
  return isDossiers ? "dossiers" : "none";
}
