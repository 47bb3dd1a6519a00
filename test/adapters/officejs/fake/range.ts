/**
 * Fake Excel.Range: writes go straight into the sheet's cells (in request order, like the
 * real queue), reads follow load + sync. Dimensions of written arrays are checked like Excel
 * does ("The number of rows or columns in the input array doesn't match the size of the range").
 * A range may span the whole sheet (`getRange()`) or whole columns: sheet-wide operations
 * (clear, unmerge, validation clear, standard sizes) work on what the sheet holds, and a
 * per-cell operation on such a range fails loudly instead of visiting billions of cells.
 */
import { areaAddress, coerceInput, intersect, parseArea, type Area, type Edge, type FakeCell } from "./cells";
import { Loadable, type RequestLog } from "./context";
import type { FakeWorksheet } from "./worksheet";

type Matrix = readonly (readonly unknown[])[];

/** Cells a per-cell operation may visit; a whole column is 1,048,576. */
const MAX_VISITED_CELLS = 2_000_000;

export class FakeRange extends Loadable {
  constructor(
    log: RequestLog,
    readonly sheet: FakeWorksheet,
    readonly area: Area,
    /** A null object from a *OrNullObject method: loads succeed, `isNullObject` is true. */
    readonly isNull = false,
  ) {
    super(log);
    log.rangeProxy();
  }

  get worksheet(): FakeWorksheet {
    return this.sheet;
  }

  /** Hides (or shows) the range's whole columns. */
  set columnHidden(value: boolean) {
    this.log.op(value);
    for (let c = this.area.left; c < this.area.left + this.area.columns; c++) {
      if (value) this.sheet.hiddenColumns.add(c);
      else this.sheet.hiddenColumns.delete(c);
    }
  }

  get isNullObject(): boolean {
    return this.readable("range.isNullObject", () => this.isNull);
  }

  private eachCell(fn: (cell: FakeCell, r: number, c: number) => void): void {
    if (this.area.rows * this.area.columns > MAX_VISITED_CELLS) {
      throw new Error(`fake Excel: refusing a per-cell operation on ${areaAddress(this.area)}`);
    }
    for (let r = 0; r < this.area.rows; r++) {
      for (let c = 0; c < this.area.columns; c++) fn(this.sheet.cell(this.area.top + r, this.area.left + c), r, c);
    }
  }

  private writeMatrix(what: string, matrix: Matrix, apply: (cell: FakeCell, v: unknown) => void): void {
    this.log.op(matrix);
    if (matrix.length !== this.area.rows || matrix.some((row) => row.length !== this.area.columns)) {
      this.log.fail("InvalidArgument", `${what} array does not match ${areaAddress(this.area)}`);
      return;
    }
    this.eachCell((cell, r, c) => {
      const v = matrix[r][c];
      if (v !== null) apply(cell, v); // null leaves the cell unchanged
    });
  }

  set values(matrix: Matrix) {
    this.writeMatrix("values", matrix, (cell, v) => {
      if (typeof v === "string") coerceInput(cell, v);
      else {
        cell.value = v as number | boolean;
        cell.formula = null;
        cell.quotePrefix = false;
      }
    });
  }

  set formulas(matrix: Matrix) {
    this.writeMatrix("formulas", matrix, (cell, v) => {
      if (typeof v === "string" && v.startsWith("=")) {
        cell.formula = v;
        cell.value = null;
        cell.quotePrefix = false;
      } else if (typeof v === "string") coerceInput(cell, v);
      else cell.value = v as number | boolean;
    });
  }

  set numberFormat(matrix: Matrix) {
    this.writeMatrix("numberFormat", matrix, (cell, v) => {
      cell.numberFormat = String(v);
    });
  }

  get values(): unknown[][] {
    return this.readable("range.values", () => this.grid((cell) => this.sheet.shownValue(cell)));
  }

  get text(): string[][] {
    return this.readable("range.text", () => this.grid((cell) => String(this.sheet.shownValue(cell))));
  }

  get numberFormat(): string[][] {
    return this.readable("range.numberFormat", () => this.grid((cell) => cell.numberFormat));
  }

  /** Sheet-qualified, as Excel gives it: "'Nhiệm vụ'!D7". */
  get address(): string {
    return this.readable("range.address", () => `'${this.sheet.currentName.replace(/'/g, "''")}'!${areaAddress(this.area)}`);
  }

  get rowIndex(): number {
    return this.readable("range.rowIndex", () => this.area.top);
  }

  get columnIndex(): number {
    return this.readable("range.columnIndex", () => this.area.left);
  }

  get rowCount(): number {
    return this.readable("range.rowCount", () => this.area.rows);
  }

  get columnCount(): number {
    return this.readable("range.columnCount", () => this.area.columns);
  }

  private grid<T>(fn: (cell: FakeCell) => T): T[][] {
    const out: T[][] = [];
    this.eachCell((cell, r) => {
      (out[r] ??= []).push(fn(cell));
    });
    return out;
  }

  /** Loading cell data costs response size (log.read); position and null-ness do not. */
  load(props = ""): this {
    this.log.op();
    if (!this.isNull && /values|text|numberFormat|formulas/.test(props)) {
      this.log.read(this.area.rows * this.area.columns);
      // The response's real size, as Excel would send it: the JSON of each loaded matrix.
      const loaded = ["values", "text", "numberFormat", "formulas"].filter((p) => new RegExp(`\\b${p}\\b`).test(props));
      this.log.respond(() => {
        const grid = (fn: (cell: FakeCell) => unknown) => {
          const out: unknown[][] = [];
          this.eachCell((cell, r) => (out[r] ??= []).push(fn(cell)));
          return out;
        };
        const value = (cell: FakeCell) => this.sheet.shownValue(cell);
        const matrices: Record<string, () => unknown[][]> = {
          values: () => grid(value),
          text: () => grid((cell) => String(value(cell) ?? "")),
          numberFormat: () => grid((cell) => cell.numberFormat),
          formulas: () => grid((cell) => cell.formula ?? cell.value),
        };
        return loaded.reduce((sum, p) => sum + new TextEncoder().encode(JSON.stringify(matrices[p]())).length, 0);
      });
    }
    this.markLoaded();
    return this;
  }

  merge(across = false): void {
    this.log.op({ merge: areaAddress(this.area), across });
    this.sheet.merges.push({ ...this.area });
  }

  /** Removes every merged area that overlaps the range (Excel unmerges them whole). */
  unmerge(): void {
    this.log.op();
    this.sheet.merges.splice(0, this.sheet.merges.length, ...this.sheet.merges.filter((m) => !intersect(m, this.area)));
  }

  /**
   * "All" / "Contents" / "Formats" on the cells the sheet holds in the range. Deliberately no
   * more than that: merges, validation, tables, sizes and panes survive a clear in the fake, so
   * a renderer that relies on clear() alone for them fails the tests. "All" also deletes the
   * notes and comments on those cells, as Excel does; charts and shapes stay where they float.
   */
  clear(applyTo: "All" | "Contents" | "Formats" = "All"): void {
    this.log.op(applyTo);
    if (applyTo === "All") {
      for (const list of [this.sheet.noteList, this.sheet.commentList]) {
        const kept = list.filter((n) => !intersect({ top: n.row, left: n.column, rows: 1, columns: 1 }, this.area));
        list.splice(0, list.length, ...kept);
      }
    }
    for (const [key, cell] of [...this.sheet.cells]) {
      const [r, c] = key.split(",").map(Number);
      if (!intersect({ top: r, left: c, rows: 1, columns: 1 }, this.area)) continue;
      if (applyTo === "All") {
        this.sheet.cells.delete(key);
      } else if (applyTo === "Contents") Object.assign(cell, { value: "", formula: null, quotePrefix: false });
      else
        Object.assign(cell, {
          numberFormat: "General",
          font: {},
          borders: {},
          fill: undefined,
          horizontalAlignment: undefined,
          verticalAlignment: undefined,
          wrapText: undefined,
          indentLevel: undefined,
        });
      // A cell with neither content nor format left is an empty cell, as in Excel.
      if (applyTo !== "All" && isBlank(cell)) this.sheet.cells.delete(key);
    }
  }

  /** A range over the overlap, or a null object when the two do not overlap. */
  getIntersectionOrNullObject(other: FakeRange): FakeRange {
    const overlap = other.sheet === this.sheet ? intersect(this.area, other.area) : null;
    return overlap ? new FakeRange(this.log, this.sheet, overlap) : new FakeRange(this.log, this.sheet, { top: 0, left: 0, rows: 0, columns: 0 }, true);
  }

  /** Selects the range (the sheet must be the active one in Excel; the fake records the address). */
  select(): void {
    this.log.op();
    if (!this.sheet.deleted && this.sheet.workbook.sheets.includes(this.sheet)) {
      this.sheet.workbook.selection = { sheet: this.sheet.currentName, address: areaAddress(this.area) };
    }
  }

  /** Office.js stops tracking the proxy; nothing to do in the fake. */
  untrack(): this {
    return this;
  }

  getMergedAreasOrNullObject(): FakeMergedAreas {
    return new FakeMergedAreas(this.log, this);
  }

  readonly format = new FakeRangeFormat(this);

  /**
   * The rule is recorded in sheet.validations on its first property write; `clear()` removes
   * every rule overlapping the range.
   */
  get dataValidation(): Record<string, unknown> {
    const entry: Record<string, unknown> = { address: areaAddress(this.area) };
    const { log, sheet, area } = this;
    let recorded = false;
    return new Proxy(entry, {
      get(target, prop) {
        if (prop !== "clear") return target[prop as string];
        return () => {
          log.op();
          const kept = sheet.validations.filter((v) => !intersect(parseArea(String(v.address)), area));
          sheet.validations.splice(0, sheet.validations.length, ...kept);
        };
      },
      set(target, prop, value) {
        log.op(value);
        if (!recorded) sheet.validations.push(entry);
        recorded = true;
        target[prop as string] = value;
        return true;
      },
    });
  }

  /** For the format helper: every cell of the range, with its position. */
  cells(fn: (cell: FakeCell, r: number, c: number) => void): void {
    this.eachCell(fn);
  }

  recordOp(payload?: unknown): void {
    this.log.op(payload);
  }
}

/** `range.format`: setters apply to every cell (or every column/row for sizes). */
class FakeRangeFormat {
  constructor(private readonly range: FakeRange) {}

  private set(payload: unknown, fn: (cell: FakeCell) => void): void {
    this.range.recordOp(payload);
    this.range.cells(fn);
  }

  readonly font = {
    set name(v: string) {
      this.fmt.set(v, (c) => (c.font.name = v));
    },
    set size(v: number) {
      this.fmt.set(v, (c) => (c.font.size = v));
    },
    set bold(v: boolean) {
      this.fmt.set(v, (c) => (c.font.bold = v));
    },
    set italic(v: boolean) {
      this.fmt.set(v, (c) => (c.font.italic = v));
    },
    set underline(v: string) {
      this.fmt.set(v, (c) => (c.font.underline = v));
    },
    set color(v: string) {
      this.fmt.set(v, (c) => (c.font.color = v));
    },
    fmt: this as FakeRangeFormat,
  };

  readonly fill = {
    set color(v: string) {
      this.fmt.set(v, (c) => (c.fill = v));
    },
    fmt: this as FakeRangeFormat,
  };

  set horizontalAlignment(v: string) {
    this.set(v, (c) => (c.horizontalAlignment = v));
  }
  set verticalAlignment(v: string) {
    this.set(v, (c) => (c.verticalAlignment = v));
  }
  set wrapText(v: boolean) {
    this.set(v, (c) => (c.wrapText = v));
  }
  set indentLevel(v: number) {
    this.set(v, (c) => (c.indentLevel = v));
  }

  set columnWidth(points: number) {
    this.range.recordOp(points);
    const { left, columns } = this.range.area;
    for (let c = left; c < left + columns; c++) this.range.sheet.columnWidths.set(c, points);
  }

  set rowHeight(points: number) {
    this.range.recordOp(points);
    const { top, rows } = this.range.area;
    for (let r = top; r < top + rows; r++) this.range.sheet.rowHeights.set(r, points);
  }

  /** Back to the sheet's standard width: the columns lose their own width. */
  set useStandardWidth(value: boolean) {
    this.range.recordOp(value);
    const { left, columns } = this.range.area;
    if (value) for (const c of [...this.range.sheet.columnWidths.keys()]) if (c >= left && c < left + columns) this.range.sheet.columnWidths.delete(c);
  }

  set useStandardHeight(value: boolean) {
    this.range.recordOp(value);
    const { top, rows } = this.range.area;
    if (value) for (const r of [...this.range.sheet.rowHeights.keys()]) if (r >= top && r < top + rows) this.range.sheet.rowHeights.delete(r);
  }

  readonly borders = {
    getItem: (edge: Edge | "InsideVertical" | "InsideHorizontal") => {
      const range = this.range;
      const state = { style: "None", weight: "Thin", color: "#000000" };
      const apply = () =>
        range.cells((cell, r, c) => {
          const { rows, columns } = range.area;
          const put = (e: Edge) => (cell.borders[e] = { ...state });
          if (edge === "EdgeTop" && r === 0) put("EdgeTop");
          if (edge === "EdgeBottom" && r === rows - 1) put("EdgeBottom");
          if (edge === "EdgeLeft" && c === 0) put("EdgeLeft");
          if (edge === "EdgeRight" && c === columns - 1) put("EdgeRight");
          if (edge === "InsideHorizontal") {
            if (r > 0) put("EdgeTop");
            if (r < rows - 1) put("EdgeBottom");
          }
          if (edge === "InsideVertical") {
            if (c > 0) put("EdgeLeft");
            if (c < columns - 1) put("EdgeRight");
          }
        });
      return {
        set style(v: string) {
          range.recordOp(v);
          state.style = v;
          apply();
        },
        set weight(v: string) {
          range.recordOp(v);
          state.weight = v;
          apply();
        },
        set color(v: string) {
          range.recordOp(v);
          state.color = v;
          apply();
        },
      };
    },
  };
}

/** `range.getMergedAreasOrNullObject()` → RangeAreas with an `address`, or a null object. */
class FakeMergedAreas extends Loadable {
  constructor(
    log: RequestLog,
    private readonly range: FakeRange,
  ) {
    super(log);
  }

  private inside() {
    const a = this.range.area;
    return this.range.sheet.merges.filter(
      (m) => m.top < a.top + a.rows && m.top + m.rows > a.top && m.left < a.left + a.columns && m.left + m.columns > a.left,
    );
  }

  load(_props?: string): this {
    this.log.op();
    this.markLoaded();
    return this;
  }

  get isNullObject(): boolean {
    return this.readable("isNullObject", () => this.inside().length === 0);
  }

  get address(): string {
    const quoted = `'${this.range.sheet.currentName.replace(/'/g, "''")}'`;
    return this.readable("address", () =>
      this.inside()
        .map((m) => `${quoted}!${areaAddress(m)}`)
        .join(", "),
    );
  }
}

/** Forwards every property set to all targets (one recorded operation). */
function fanOut(log: RequestLog, targets: readonly object[]): Record<string, unknown> {
  return new Proxy(
    {},
    {
      set(_obj, prop, value) {
        log.op(value);
        for (const t of targets) (t as Record<string | symbol, unknown>)[prop] = value;
        return true;
      },
    },
  );
}

/**
 * Fake Excel.RangeAreas from `worksheet.getRanges("A1:B2,D4:E5")`: one proxy whose format
 * applies to each area separately (inside borders are drawn within each area, as Excel does
 * for a multi-area selection).
 */
export class FakeRangeAreas {
  readonly areas: FakeRange[];
  readonly format: Record<string, unknown>;

  constructor(log: RequestLog, sheet: FakeWorksheet, areas: readonly Area[]) {
    log.rangeProxy();
    // The areas' own operations are not counted: the request carries one object, not N.
    const silent = Object.assign(Object.create(log) as RequestLog, { op() {}, rangeProxy() {} });
    this.areas = areas.map((a) => new FakeRange(silent, sheet, a));
    const formats = this.areas.map((r) => r.format);
    const top = fanOut(log, formats);
    this.format = new Proxy(top, {
      get: (_obj, prop) => {
        if (prop === "font" || prop === "fill")
          return fanOut(
            log,
            formats.map((f) => f[prop]),
          );
        if (prop === "borders")
          return {
            getItem: (edge: Edge) =>
              fanOut(
                log,
                formats.map((f) => f.borders.getItem(edge)),
              ),
          };
        return undefined;
      },
    });
  }
}

/** Neither content nor any format: what a never-written cell is. */
function isBlank(cell: FakeCell): boolean {
  const { value, formula, numberFormat, quotePrefix, font, borders, ...rest } = cell;
  return (
    value === "" &&
    formula === null &&
    numberFormat === "General" &&
    !quotePrefix &&
    Object.values(font).every((v) => v === undefined) &&
    Object.values(borders).every((v) => v === undefined) &&
    Object.values(rest).every((v) => v === undefined)
  );
}
