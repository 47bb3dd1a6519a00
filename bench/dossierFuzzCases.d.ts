/** Types of bench/dossierFuzzCases.js (plain JavaScript, run by node in bench/fuzz.js and imported by test/core/dossiers/fuzz.test.ts). */
import type fastCheck from "fast-check";
import type { DossierCounts } from "../src/core/dossiers/counts";
import type { PartKind } from "../src/core/dossiers/counts";

export const fc: typeof fastCheck;
/** Rows of a generated statistics table (title, one or two header rows, data rows). */
export const tableCase: fastCheck.Arbitrary<string[][]>;
/** A table whose "Trong đó" columns are parts of received and resolved, with the sums the reader must give. */
export const partsCase: fastCheck.Arbitrary<{
  rows: string[][];
  expected: { received: number; resolved: number; late: number; parts: { kind: PartKind; value: number }[] };
}>;
/** The counts of a result that must be finite, non-negative whole numbers. */
export function countsOf(c: DossierCounts): number[];
