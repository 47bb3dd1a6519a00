import type { BudgetInput, CellSource } from "./budgetInput";

/** Sheet and cell of a finding. */
export interface FindingLocation {
  readonly sheet: string | null;
  readonly cell: string | null;
}

type LineSource = { readonly sheet?: string | null; readonly cells?: Readonly<Partial<Record<string, string>>> } | undefined;

/** Where a field of a line sits: the line's sheet (else the input's) and the field's cell. */
export function lineLocation(input: Pick<BudgetInput, "sheet">, source: LineSource, field: string): FindingLocation {
  return { sheet: source?.sheet ?? input.sheet ?? null, cell: source?.cells?.[field] ?? null };
}

/** Where a single value sits, falling back to the input's sheet. */
export function valueLocation(input: Pick<BudgetInput, "sheet">, source: CellSource | undefined): FindingLocation {
  return { sheet: source?.sheet ?? input.sheet ?? null, cell: source?.cell ?? null };
}
