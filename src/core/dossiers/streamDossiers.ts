/**
 * Dossier timeliness from rows that arrive one at a time (a sheet or a text file read as a
 * stream), so that a province's list of hundreds of thousands of dossiers is counted without
 * ever holding it. The first rows are kept to find the header; when they hold a dossier list,
 * every later row goes straight into the counter and is dropped. Aggregate tables and Biểu
 * Biểu 06 blocks are small: their rows are kept and read by `importDossiers` at the end, so all
 * three inputs give exactly what `importDossiers` gives on the whole grid.
 */
import { makeGrid } from "../grid/grid";
import { finding } from "../findings/finding";
import { isIsoDate } from "../calendar/dates";
import { locateDossierInput } from "./detect";
import { importDossiers, titleLinesAbove, type DossierImport } from "./importDossiers";
import { createListCounter, type ListCounter, type ReportingSpan } from "./list";
import { sumCounts, TOTAL_FIELD } from "./counts";

/** Rows kept before deciding what the sheet holds: the header search depth plus a data sample. */
export const HEAD_ROWS = 60;

/**
 * A small table (aggregate counts, Biểu 06) is kept whole for `importDossiers`, within these
 * bounds: a gap of more empty rows than `gap`, or more than `rows` rows, ends it (a far cell is
 * not part of the table, and a grid is never padded out to a declared row number).
 */
export const KEPT_TABLE = { rows: 20_000, gap: 1_000 } as const;

/** Receives a sheet's rows in order and counts them. */
export interface DossierStream {
  /** One row; `rowNumber` is the 1-based sheet row (gaps are empty rows), `cells` start at column A. */
  row(rowNumber: number, cells: readonly string[]): void;
  /** The counts, as `importDossiers` would give them for the whole sheet. */
  finish(): DossierImport;
  /** False once the rows still to come cannot change the result (the sheet is not a dossier input, or its table ended): the reader may stop. */
  wantsRows(): boolean;
}

/**
 * Starts counting one sheet (or text file) named `sheet`.
 * @example
 * const s = streamDossiers("Hồ sơ", { asOf: "2024-12-31" });
 * rows.forEach((cells, i) => s.row(i + 1, cells));
 * s.finish().total.received
 */
export function streamDossiers(sheet: string, options: { asOf: string; period?: ReportingSpan }): DossierStream {
  const { asOf, period } = options;
  const head: string[][] = [];
  let counter: ListCounter | null = null;
  let decided = false;
  /** No more rows are needed: nothing was found in the head, or the kept table ended. */
  let done = false;
  let titleLines: string[] = [];
  const invalid = !isIsoDate(asOf);

  const fillTo = (rowNumber: number) => {
    while (head.length < rowNumber - 1) head.push([]);
  };

  function decide(): void {
    decided = true;
    if (invalid) return;
    const located = locateDossierInput(makeGrid(sheet, head));
    if (located === null) {
      done = true; // not a dossier input: the rest of the sheet is not read
      return;
    }
    if (located.kind !== "list") return; // keep the rows: small tables are read whole at the end
    counter = createListCounter({ sheet, firstColumnNumber: 1, layout: located.layout, asOf, period });
    titleLines = titleLinesAbove(makeGrid(sheet, head), located.layout.headerRow);
    for (let r = located.layout.headerRow + 1; r < head.length; r++) counter.addRow(r + 1, head[r] ?? []);
    head.length = 0;
  }

  return {
    row(rowNumber, cells) {
      if (invalid || done) return;
      if (counter) {
        counter.addRow(rowNumber, cells);
        return;
      }
      // A row past the header search depth decides first, so a far row number never pads the head.
      if (!decided && rowNumber > HEAD_ROWS) decide();
      if (counter) {
        (counter as ListCounter).addRow(rowNumber, cells);
        return;
      }
      if (done) return;
      if (decided && (rowNumber - head.length > KEPT_TABLE.gap || head.length >= KEPT_TABLE.rows)) {
        done = true;
        return;
      }
      fillTo(rowNumber);
      head.push([...cells]);
      if (!decided && head.length >= HEAD_ROWS) decide();
    },
    wantsRows: () => !invalid && !done,
    finish() {
      if (invalid) {
        return { input: null, asOf, total: sumCounts(TOTAL_FIELD, []), byField: [], findings: [finding("error", "dossier_as_of_invalid", {}, { asOf })] };
      }
      if (counter) return { input: "list", asOf, ...counter.finish(), titleLines };
      return importDossiers(makeGrid(sheet, head), { asOf, period });
    },
  };
}
