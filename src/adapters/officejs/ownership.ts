/**
 * Which sheets the add-in may replace (clear and rewrite in place). A sheet is the add-in's own
 * when its name is one the WorkbookSpec renders AND a hidden workbook-scoped name
 * "TroLyISO_owner_<n>" refers to it (`='Kế hoạch'!$A$1`). A range reference follows the sheet
 * when the user renames it and turns into #REF! when the sheet is deleted, so the marker always
 * points at the sheet the add-in created, whatever it is called now. Workbook-scoped names
 * (ExcelApi 1.1, `formula` 1.7) can be loaded for the whole workbook in the same sync as the
 * sheet list; a sheet-scoped name could only be read after a first sync had proved the sheet
 * exists.
 */
import { markerSheet, OWNER_NAME_PREFIX, sameSheetName, SheetNotOwnedError } from "../ownership";
import type { SheetSpec } from "../../core/sheet/model";

/** What the read sync returned about one worksheet. */
export interface ExistingSheet {
  readonly name: string;
}

/** A workbook-scoped name with the owner prefix, and the sheet its formula points at (null: #REF!). */
export interface OwnerMarker {
  readonly name: string;
  readonly sheet: string | null;
}

export type SheetPlan =
  { readonly kind: "add"; readonly spec: SheetSpec } | { readonly kind: "replace"; readonly spec: SheetSpec; readonly existing: ExistingSheet };

/** Owner markers among the workbook's names. */
export function ownerMarkers(names: readonly { name: string; formula: unknown }[]): OwnerMarker[] {
  return names.filter((n) => n.name.startsWith(OWNER_NAME_PREFIX)).map((n) => ({ name: n.name, sheet: markerSheet(n.formula) }));
}

/**
 * Decides, for every sheet of the spec, whether to add it or replace the add-in's previous
 * copy (cleared and rewritten in place, see clearSheet.ts). Throws SheetNotOwnedError for the
 * first name that belongs to a user sheet, before anything is queued. A copy the user renamed
 * ("Nhiệm vụ 2023") no longer has the spec's name: it is left alone as their archive and the
 * spec's sheet is added anew.
 */
export function planSheets(specs: readonly SheetSpec[], existing: readonly ExistingSheet[], markers: readonly OwnerMarker[]): SheetPlan[] {
  return specs.map((spec) => {
    const found = existing.find((s) => sameSheetName(s.name, spec.name));
    if (!found) return { kind: "add", spec };
    const owned = markers.some((m) => m.sheet !== null && sameSheetName(m.sheet, found.name));
    if (!owned) throw new SheetNotOwnedError(found.name);
    return { kind: "replace", spec, existing: found };
  });
}

/**
 * Markers to delete in the write batch: stale ones (#REF!, or pointing at a sheet that no longer
 * exists) and duplicates of a marker already pointing at the same sheet, so names do not pile
 * up. A replaced sheet keeps its marker: it is cleared in place, so the marker stays valid.
 */
export function markersToDelete(existing: readonly ExistingSheet[], markers: readonly OwnerMarker[]): string[] {
  const seen: string[] = [];
  return markers
    .filter((m) => {
      const sheet = m.sheet;
      if (sheet === null || !existing.some((s) => sameSheetName(s.name, sheet))) return true;
      if (seen.some((s) => sameSheetName(s, sheet))) return true;
      seen.push(sheet);
      return false;
    })
    .map((m) => m.name);
}

/** Fresh marker names, numbered after the highest existing one. */
export function newMarkerNames(markers: readonly OwnerMarker[], count: number): string[] {
  const used = markers.map((m) => Number(m.name.slice(OWNER_NAME_PREFIX.length))).filter(Number.isInteger);
  const next = used.length > 0 ? Math.max(...used) + 1 : 1;
  return Array.from({ length: count }, (_, i) => `${OWNER_NAME_PREFIX}${next + i}`);
}
