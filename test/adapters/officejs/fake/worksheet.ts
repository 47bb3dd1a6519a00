/**
 * Fake Excel.Worksheet: a sparse cell map plus the sheet-level state the renderer sets
 * (merges, sizes, panes, tables, validations, page layout). Like Excel, renaming a sheet
 * rewrites the formulas that refer to it and deleting it turns them into #REF! (references.ts).
 */
import { emptyCell, parseArea, WHOLE_SHEET, type Area, type FakeCell } from "./cells";
import { Loadable, type RequestLog } from "./context";
import { evaluateFormula, FormulaError, UnsupportedFormula, type CellReader } from "./formula";
import { FakeRange, FakeRangeAreas } from "./range";
import { breakReferences, renameReferences } from "./references";
import { cellNoteCollection, chartCollection, shapeCollection, type FakeCellNote, type FakeDrawing } from "./sheetObjects";
import type { FakeWorkbook } from "./workbook";

export interface FakeTable {
  address: string;
  hasHeaders: boolean;
  name?: string;
  style?: string;
}

/** What an error value shows; a cell showing one passes it on to formulas that read it, as in Excel. */
const ERROR_CODE = /^#(DIV\/0!|VALUE!|REF!|N\/A|NAME\?)$/;

function recorder<T extends object>(log: RequestLog, target: T): T {
  return new Proxy(target, {
    set(obj, prop, value) {
      log.op(value);
      (obj as Record<string | symbol, unknown>)[prop] = value;
      return true;
    },
  });
}

/**
 * A table as Office.js hands it back from `tables.add`: property writes are recorded, and a
 * name already used by another table of the workbook fails the request, as in Excel.
 */
function tableProxy(log: RequestLog, workbook: FakeWorkbook, table: FakeTable): FakeTable {
  return new Proxy(table, {
    set(obj, prop, value) {
      log.op(value);
      const clash = prop === "name" && workbook.allTables().some((t) => t !== obj && t.name?.toUpperCase() === String(value).toUpperCase());
      if (clash) log.fail("InvalidArgument", `a table named "${String(value)}" already exists`);
      else (obj as unknown as Record<string | symbol, unknown>)[prop] = value;
      return true;
    },
  });
}

export class FakeWorksheet extends Loadable {
  readonly cells = new Map<string, FakeCell>();
  readonly merges: Area[] = [];
  readonly columnWidths = new Map<number, number>();
  /** 0-based indexes of hidden columns. */
  readonly hiddenColumns = new Set<number>();
  readonly rowHeights = new Map<number, number>();
  readonly tablesAdded: FakeTable[] = [];
  readonly validations: Record<string, unknown>[] = [];
  frozen: { rows: number; columns: number } = { rows: 0, columns: 0 };
  deleted = false;
  currentName: string;
  visibilityState = "Visible";
  tabColorValue = "";

  readonly pageLayout: Record<string, unknown> & { headersFooters: Record<string, unknown> };
  /** Manual page breaks, as the A1 address of the first row of each new page. */
  readonly pageBreaks: string[] = [];
  readonly horizontalPageBreaks;
  readonly freezePanes;
  readonly tables;

  /** The user's notes (ExcelApi 1.18) and threaded comments (1.10), each on one cell. */
  readonly noteList: FakeCellNote[] = [];
  readonly commentList: FakeCellNote[] = [];
  /** The user's charts (1.1) and shapes: pictures, shapes, text boxes (1.9). */
  readonly chartList: FakeDrawing[] = [];
  readonly shapeList: FakeDrawing[] = [];
  private readonly objects;

  constructor(
    log: RequestLog,
    readonly workbook: FakeWorkbook,
    name: string,
  ) {
    super(log);
    this.currentName = name;
    const headersFooters = recorder(log, {
      defaultForAllPages: recorder(log, {}),
      firstPage: recorder(log, {}),
    });
    this.pageLayout = recorder(log, {
      headersFooters,
      setPrintTitleRows: (rows: string) => {
        log.op(rows);
        (this.pageLayout as Record<string, unknown>).printTitleRows = rows;
      },
    });
    this.horizontalPageBreaks = {
      add: (address: string) => {
        log.op(address);
        this.pageBreaks.push(address);
      },
      removePageBreaks: () => {
        log.op("removePageBreaks");
        this.pageBreaks.length = 0;
      },
    };
    this.freezePanes = {
      freezeRows: (rows: number) => this.freeze(rows, 0),
      freezeColumns: (columns: number) => this.freeze(0, columns),
      freezeAt: (range: FakeRange) => this.freeze(range.area.rows, range.area.columns),
      unfreeze: () => this.freeze(0, 0),
    };
    this.tables = {
      add: (address: string, hasHeaders: boolean) => {
        log.op({ address, hasHeaders });
        const table: FakeTable = { address, hasHeaders };
        this.tablesAdded.push(table);
        return tableProxy(log, workbook, table);
      },
    };
    this.objects = {
      notes: cellNoteCollection(log, this, this.noteList),
      comments: cellNoteCollection(log, this, this.commentList),
      charts: chartCollection(log, this.chartList),
      shapes: shapeCollection(log, this.shapeList),
    };
  }

  /** A collection newer than the host's ExcelApi (workbook.apiMinor) fails the request, as Excel does. */
  private since<T>(what: string, minor: number, value: T): T {
    if (this.workbook.apiMinor < minor) this.log.fail("ApiNotFound", `worksheet.${what} needs ExcelApi 1.${minor}`);
    return value;
  }

  get notes() {
    return this.since("notes", 18, this.objects.notes);
  }

  get comments() {
    return this.since("comments", 10, this.objects.comments);
  }

  get charts() {
    return this.objects.charts;
  }

  get shapes() {
    return this.since("shapes", 9, this.objects.shapes);
  }

  private freeze(rows: number, columns: number): void {
    this.log.op({ rows, columns });
    this.frozen = { rows, columns };
  }

  cell(row: number, column: number): FakeCell {
    const key = `${row},${column}`;
    let cell = this.cells.get(key);
    if (!cell) {
      cell = emptyCell();
      this.cells.set(key, cell);
    }
    return cell;
  }

  /**
   * What a cell shows. The fake calculates the subset of Excel's formula language the add-in's
   * own sheets use (fake/formula.ts: SUM, COUNT, COUNTIF, IF, N, OR, arithmetic, references to
   * other sheets), so a sheet written with formulas reads back as Excel would show it; an error
   * shows its code ("#DIV/0!"), and a formula outside the subset reads 0.
   */
  shownValue(cell: FakeCell, depth = 0): string | number | boolean {
    if (cell.formula === null) return cell.value ?? "";
    if (depth > 50) return 0;
    const read: CellReader = (sheet, row, column) => {
      const owner = sheet === null ? this : this.workbook.findSheet(sheet);
      if (!owner) return new FormulaError("#REF!");
      const target = owner.cells.get(`${row},${column}`);
      const shown = target ? owner.shownValue(target, depth + 1) : "";
      return typeof shown === "string" && ERROR_CODE.test(shown) ? new FormulaError(shown) : shown;
    };
    try {
      const v = evaluateFormula(cell.formula, read);
      return v instanceof FormulaError ? v.code : v;
    } catch (error) {
      if (error instanceof UnsupportedFormula) return 0;
      throw error;
    }
  }

  // --- Excel.Worksheet surface used by the adapter ---

  get name(): string {
    return this.readable("worksheet.name", () => this.currentName);
  }

  set name(value: string) {
    this.log.op(value);
    if (this.workbook.sheets.some((s) => s !== this && s.currentName.toUpperCase() === value.toUpperCase())) {
      this.log.fail("ItemAlreadyExists", `a sheet named "${value}" already exists`);
      return;
    }
    renameReferences(this.workbook.sheets, this.currentName, value);
    this.currentName = value;
  }

  get position(): number {
    return this.readable("worksheet.position", () => this.workbook.sheets.indexOf(this));
  }

  set position(value: number) {
    this.log.op(value);
    const list = this.workbook.sheets;
    list.splice(list.indexOf(this), 1);
    list.splice(value, 0, this);
  }

  set visibility(value: string) {
    this.log.op(value);
    this.visibilityState = value;
  }

  set tabColor(value: string) {
    this.log.op(value);
    this.tabColorValue = value;
  }

  load(_props?: string): this {
    this.log.op();
    this.markLoaded();
    return this;
  }

  /** Without an address: the whole sheet. */
  getRange(address?: string): FakeRange {
    return new FakeRange(this.log, this, address === undefined ? { ...WHOLE_SHEET } : parseArea(address));
  }

  getRangeByIndexes(top: number, left: number, rows: number, columns: number): FakeRange {
    return new FakeRange(this.log, this, { top, left, rows, columns });
  }

  getRanges(address: string): FakeRangeAreas {
    return new FakeRangeAreas(
      this.log,
      this,
      address.split(",").map((a) => parseArea(a.trim())),
    );
  }

  getUsedRange(_valuesOnly?: boolean): FakeRange {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [key, cell] of this.cells) {
      if (cell.value === "" && cell.formula === null) continue;
      const [r, c] = key.split(",").map(Number);
      top = Math.min(top, r);
      left = Math.min(left, c);
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
    }
    if (bottom < 0) return this.getRangeByIndexes(0, 0, 1, 1);
    return this.getRangeByIndexes(top, left, bottom - top + 1, right - left + 1);
  }

  activate(): void {
    this.log.op();
    if (!this.deleted && this.workbook.sheets.includes(this)) this.workbook.activeSheet = this;
  }

  delete(): void {
    this.log.op();
    const list = this.workbook.sheets;
    const visibleOthers = list.filter((s) => s !== this && s.visibilityState === "Visible");
    if (visibleOthers.length === 0) {
      this.log.fail("InvalidOperation", "cannot delete the last visible sheet");
      return;
    }
    list.splice(list.indexOf(this), 1);
    this.deleted = true;
    this.workbook.deletedSheets.push(this.currentName);
    if (this.workbook.activeSheet === this) this.workbook.activeSheet = null;
    breakReferences(list, this.currentName);
  }
}
