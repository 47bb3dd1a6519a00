import { readFileSync } from "fs";
import { join } from "path";
import { parseTiming } from "../../../src/core/timing/parseTiming";

/**
 * Runs every row of test/golden/timing.md (hand-written expectations a Vietnamese reader can
 * review) through the parser with plan year 2024 and compares every column.
 */
const PLAN_YEAR = 2024;
const NONE = "—";

interface GoldenRow {
  readonly line: number;
  readonly phrase: string;
  readonly kind: string;
  readonly start: string | null;
  readonly end: string | null;
  readonly recurrence: string | null;
  readonly finding: string | null;
}

function readGolden(): GoldenRow[] {
  const lines = readFileSync(join(__dirname, "..", "..", "golden", "timing.md"), "utf8").split(/\r?\n/);
  const header = lines.findIndex((l) => /^\|\s*phrase\s*\|/.test(l));
  if (header < 0) throw new Error("timing.md: table header not found");
  const expectedHeader = ["phrase", "kind", "start", "end", "recurrence", "finding"];
  expect(cells(lines[header])).toEqual(expectedHeader);
  const rows: GoldenRow[] = [];
  for (let i = header + 2; i < lines.length && lines[i].startsWith("|"); i++) {
    const c = cells(lines[i]);
    if (c.length !== expectedHeader.length) throw new Error(`timing.md line ${i + 1}: expected 6 cells, found ${c.length}`);
    const value = (v: string) => (v === NONE ? null : v);
    rows.push({ line: i + 1, phrase: c[0], kind: c[1], start: value(c[2]), end: value(c[3]), recurrence: value(c[4]), finding: value(c[5]) });
  }
  return rows;
}

function cells(line: string): string[] {
  return line
    .replace(/^\|/, "")
    .replace(/\|\s*$/, "")
    .split("|")
    .map((c) => c.trim());
}

const rows = readGolden();

describe("golden table test/golden/timing.md (plan year 2024)", () => {
  it("has at least 60 rows, each phrase once", () => {
    expect(rows.length).toBeGreaterThanOrEqual(60);
    expect(new Set(rows.map((r) => r.phrase)).size).toBe(rows.length);
  });

  it.each(rows.map((r) => [r.line, r.phrase, r] as const))("line %i: %s", (_line, phrase, row) => {
    const { timing, issue } = parseTiming(phrase, { year: PLAN_YEAR });
    const actual = { kind: timing.kind, start: timing.start, end: timing.end, recurrence: timing.recurrence, finding: issue?.code ?? null };
    const expected = { kind: row.kind, start: row.start, end: row.end, recurrence: row.recurrence, finding: row.finding };
    expect(actual).toEqual(expected);
  });
});
