import { makeGrid } from "../../../src/core/grid/grid";
import { importDossiers } from "../../../src/core/dossiers";
import { countsOf, fc, partsCase, tableCase } from "../../../bench/dossierFuzzCases";

/**
 * Issue 19: over generated statistics tables in the caption families of the 2025 portals (bench/
 * dossierFuzzCases.js), the reader never throws, every count is a non-negative whole number, and a
 * "Trong đó" part is never added to the counts again. A few hundred cases here; bench/fuzz.js runs
 * 100,000.
 */
describe("fuzz: statistics tables of every header family", () => {
  it("reads any generated table without throwing; counts are whole and non-negative", () => {
    fc.assert(
      fc.property(tableCase, (rows: string[][]) => {
        const r = importDossiers(makeGrid("T", rows), { asOf: "2025-12-31" });
        for (const c of [r.total, ...r.byField]) {
          for (const x of countsOf(c)) expect(Number.isInteger(x) && x >= 0).toBe(true);
          for (const rate of Object.values(c.rates)) expect(rate === null || Number.isFinite(rate)).toBe(true);
        }
      }),
      { numRuns: 250, seed: 19 },
    );
  });

  it("never adds a 'Trong đó' column to its whole: received and resolved are their own columns' sums", () => {
    fc.assert(
      fc.property(partsCase, ({ rows, expected }) => {
        const r = importDossiers(makeGrid("T", rows), { asOf: "2025-12-31" });
        expect(r.total.received).toBe(expected.received);
        expect(r.total.resolved).toBe(expected.resolved);
        expect(r.total.late).toBe(expected.late);
        for (const p of expected.parts) expect(r.total.breakdown.find((b) => b.kind === p.kind)?.value).toBe(p.value);
        // Parts drawn below their whole are never said to exceed it (channels that do not add up to received may be warned about).
        expect(r.findings.filter((f) => f.code === "dossier_part_exceeds" || f.severity === "error")).toEqual([]);
      }),
      { numRuns: 300, seed: 19 },
    );
  });
});
