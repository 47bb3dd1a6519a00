/**
 * Fake Excel.RequestContext / Workbook: worksheets, workbook-scoped names, tables, application
 * and selection, enough for the Office.js adapter. Build one with `fakeExcel()`, seed user sheets
 * with `addUserSheet`, then pass `fake.context` to the adapter (cast to Excel.RequestContext).
 */
import { parseArea } from "./cells";
import { RequestLog, Loadable } from "./context";
import { FakeRange } from "./range";
import { FakeWorksheet, type FakeTable } from "./worksheet";

export class FakeName {
  visible = true;

  constructor(
    readonly name: string,
    /** A range (the marker pattern) or a constant formula string. */
    readonly reference: FakeRange | string,
    readonly comment?: string,
  ) {}

  /** Like Excel: follows renames, becomes #REF! when the sheet is deleted. */
  get formula(): string {
    if (typeof this.reference === "string") return this.reference;
    const sheet = this.reference.sheet;
    if (sheet.deleted) return "=#REF!$A$1";
    return `='${sheet.currentName.replace(/'/g, "''")}'!$A$1`;
  }
}

class FakeCollection<T> extends Loadable {
  constructor(
    log: RequestLog,
    private readonly list: () => T[],
  ) {
    super(log);
  }

  private snapshot: T[] = [];

  load(_props?: string): this {
    this.log.op();
    this.snapshot = [...this.list()];
    this.markLoaded();
    return this;
  }

  get items(): T[] {
    return this.readable("collection.items", () => this.snapshot);
  }
}

export class FakeWorkbook {
  readonly sheets: FakeWorksheet[] = [];
  readonly nameList: FakeName[] = [];
  /** Names of the sheets deleted so far, in order (a re-render must not delete its own sheets). */
  readonly deletedSheets: string[] = [];
  /** The sheet on screen; the first sheet until one is activated (deleting it activates the first). */
  activeSheet: FakeWorksheet | null = null;
  selection: { sheet: string; address: string } | null = null;
  /** The host's highest ExcelApi 1.x: an API from a newer set fails its request with ApiNotFound. */
  apiMinor = 20;

  constructor(readonly log: RequestLog) {}

  readonly application = {
    suspendApiCalculationUntilNextSync: () => {
      this.log.op();
      this.log.calculationSuspensions++;
    },
  };

  readonly worksheets = Object.assign(new FakeCollection(this.log, () => this.sheets.map((s) => new SheetSnapshot(s))), {
    add: (name: string) => {
      this.log.op(name);
      if (this.findSheet(name)) this.log.fail("ItemAlreadyExists", `a sheet named "${name}" already exists`);
      const sheet = new FakeWorksheet(this.log, this, name);
      this.sheets.push(sheet);
      return sheet;
    },
    getItem: (name: string) => {
      this.log.op(name);
      const sheet = this.findSheet(name);
      if (!sheet) this.log.fail("ItemNotFound", `ItemNotFound "${name}"`);
      return sheet ?? new FakeWorksheet(this.log, this, name);
    },
    getActiveWorksheet: () => this.activeSheet ?? this.sheets[0],
    /** ExcelApi 1.9 / 1.7 events of the whole collection: handlers kept, so a test can raise them (`raise`). */
    onChanged: this.eventSource("changed"),
    onActivated: this.eventSource("activated"),
  });

  /** Handlers registered on the collection's events, by event. */
  readonly handlers: Record<"changed" | "activated", ((event: unknown) => Promise<unknown>)[]> = { changed: [], activated: [] };

  private eventSource(kind: "changed" | "activated") {
    return {
      add: (handler: (event: unknown) => Promise<unknown>) => {
        this.handlers[kind].push(handler);
        return { remove: () => this.handlers[kind].splice(this.handlers[kind].indexOf(handler), 1) };
      },
    };
  }

  /** What Excel does when the user edits a cell or activates a sheet: the handlers run. */
  async raise(kind: "changed" | "activated", event: unknown = {}): Promise<void> {
    for (const handler of [...this.handlers[kind]]) await handler(event);
  }

  readonly names = Object.assign(new FakeCollection(this.log, () => [...this.nameList]), {
    add: (name: string, reference: FakeRange | string, comment?: string) => {
      this.log.op({ name, comment });
      if (this.nameList.some((n) => n.name.toUpperCase() === name.toUpperCase())) {
        this.log.fail("ItemAlreadyExists", `the name "${name}" already exists`);
      }
      const item = new FakeName(name, reference, comment);
      this.nameList.push(item);
      return item;
    },
    getItem: (name: string) => ({
      delete: () => {
        this.log.op(name);
        const i = this.nameList.findIndex((n) => n.name === name);
        if (i < 0) this.log.fail("ItemNotFound", `ItemNotFound name "${name}"`);
        else this.nameList.splice(i, 1);
      },
    }),
  });

  /** Every table of the workbook (each sheet keeps its own list). */
  allTables(): FakeTable[] {
    return this.sheets.flatMap((s) => s.tablesAdded);
  }

  /** `workbook.tables`: items carry `name` and `worksheet.name` (ExcelApi 1.2), as loaded. */
  readonly tables = Object.assign(
    new FakeCollection(this.log, () =>
      this.sheets.flatMap((sheet) => sheet.tablesAdded.map((t) => ({ name: t.name ?? "", worksheet: { name: sheet.currentName } }))),
    ),
    {
      getItem: (name: string) => ({
        delete: () => {
          this.log.op(name);
          const sheet = this.sheets.find((s) => s.tablesAdded.some((t) => t.name?.toUpperCase() === name.toUpperCase()));
          if (!sheet) return this.log.fail("ItemNotFound", `ItemNotFound table "${name}"`);
          // Excel removes the table object; what happens to its cells does not matter here.
          sheet.tablesAdded.splice(
            sheet.tablesAdded.findIndex((t) => t.name?.toUpperCase() === name.toUpperCase()),
            1,
          );
        },
      }),
    },
  );

  /** The selection; without one, the request fails at its sync, as in Excel. */
  getSelectedRange(): FakeRange {
    const sheet = this.selection && this.findSheet(this.selection.sheet);
    if (!this.selection || !sheet) {
      this.log.fail("InvalidSelection", "nothing selected");
      return new FakeWorksheet(this.log, this, "?").getRange("A1");
    }
    return sheet.getRange(this.selection.address);
  }

  findSheet(name: string): FakeWorksheet | undefined {
    return this.sheets.find((s) => s.currentName.toUpperCase() === name.toUpperCase());
  }
}

/** What `worksheets.load("items/name,items/position")` returns: values frozen at load time. */
class SheetSnapshot {
  readonly name: string;
  readonly position: number;

  constructor(sheet: FakeWorksheet) {
    this.name = sheet.currentName;
    this.position = sheet.workbook.sheets.indexOf(sheet);
  }
}

export interface FakeExcel {
  readonly log: RequestLog;
  readonly workbook: FakeWorkbook;
  /** Pass to the adapter as `fake.context as unknown as Excel.RequestContext`. */
  readonly context: { workbook: FakeWorkbook; sync: () => Promise<void> };
  /** Adds a sheet the user made (no owner marker) with some text cells. */
  addUserSheet(name: string, cells?: Record<string, string | number>): FakeWorksheet;
  /** Puts rows of values into a sheet from A1, as stored values (not typed in: no coercion). */
  fillRows(name: string, rows: readonly (readonly (string | number | boolean | null)[])[]): void;
  sheetNames(): string[];
  sheet(name: string): FakeWorksheet;
}

/** A fresh fake workbook with the user's sheets; by default one "Sheet1", like a new Excel file. */
export function fakeExcel(userSheets: readonly string[] = ["Sheet1"]): FakeExcel {
  const log = new RequestLog();
  const workbook = new FakeWorkbook(log);
  const fake: FakeExcel = {
    log,
    workbook,
    context: { workbook, sync: () => log.sync() },
    addUserSheet(name, cells = {}) {
      const sheet = new FakeWorksheet(log, workbook, name);
      workbook.sheets.push(sheet);
      for (const [address, value] of Object.entries(cells)) {
        const { top, left } = parseArea(address); // throws on a bad address
        sheet.cell(top, left).value = value;
      }
      return sheet;
    },
    fillRows(name, rows) {
      const sheet = fake.sheet(name);
      rows.forEach((row, r) =>
        row.forEach((value, c) => {
          if (value !== "" && value !== null) sheet.cell(r, c).value = value;
        }),
      );
    },
    sheetNames: () => workbook.sheets.map((s) => s.currentName),
    sheet(name) {
      const s = workbook.findSheet(name);
      if (!s) throw new Error(`no sheet ${name}`);
      return s;
    },
  };
  for (const name of userSheets) fake.addUserSheet(name);
  return fake;
}
