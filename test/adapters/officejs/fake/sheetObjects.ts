/**
 * What a user puts on a worksheet besides cells, as Office.js exposes it: `worksheet.charts`
 * (ExcelApi 1.1), `worksheet.shapes` (1.9: pictures, shapes, text boxes), `worksheet.comments`
 * (1.10, threaded comments) and `worksheet.notes` (1.18). Each collection has `load` / `items`,
 * `getCount()` (a ClientResult readable after the sync), `getItemAt(i)` (ItemNotFound at the sync
 * when there is no such item) and its `add…` method, which the tests use to seed the user's things.
 * Notes and comments sit on a cell (`getLocation()`); charts and shapes have a position in points.
 */
import { parseArea } from "./cells";
import { Loadable, type RequestLog } from "./context";
import { FakeRange } from "./range";
import type { FakeWorksheet } from "./worksheet";

/** A note or a threaded comment: the 0-based cell it is on. */
export interface FakeCellNote {
  readonly row: number;
  readonly column: number;
  readonly content: string;
}

/** A chart or a shape (picture, geometric shape, text box). */
export interface FakeDrawing {
  readonly name: string;
  readonly type: string;
}

/** OfficeExtension.ClientResult: `value` only after the sync that follows the call. */
export class FakeClientResult<T> extends Loadable {
  constructor(
    log: RequestLog,
    private readonly result: T,
  ) {
    super(log);
    log.op();
    this.markLoaded();
  }

  get value(): T {
    return this.readable("ClientResult.value", () => this.result);
  }
}

/** One collection of a sheet's objects; `item` turns a stored object into what getItemAt returns. */
export class FakeObjectCollection<T, I> extends Loadable {
  private snapshot: T[] = [];

  constructor(
    log: RequestLog,
    protected readonly list: T[],
    private readonly item: (value: T | undefined) => I,
  ) {
    super(log);
  }

  load(_props?: string): this {
    this.log.op();
    this.snapshot = [...this.list];
    this.markLoaded();
    return this;
  }

  get items(): T[] {
    return this.readable("collection.items", () => this.snapshot);
  }

  getCount(): FakeClientResult<number> {
    return new FakeClientResult(this.log, this.list.length);
  }

  getItemAt(index: number): I {
    this.log.op(index);
    if (index < 0 || index >= this.list.length) this.log.fail("ItemNotFound", `no item at ${index}`);
    return this.item(this.list[index]);
  }
}

/** `sheet.notes` / `sheet.comments`: `add(cell, content)`, items with `getLocation()`. */
export function cellNoteCollection(log: RequestLog, sheet: FakeWorksheet, list: FakeCellNote[]) {
  const collection = new FakeObjectCollection(log, list, (note) => ({
    content: note?.content ?? "",
    getLocation: () => new FakeRange(log, sheet, note ? { top: note.row, left: note.column, rows: 1, columns: 1 } : { top: 0, left: 0, rows: 1, columns: 1 }),
  }));
  return Object.assign(collection, {
    add: (cellAddress: string | FakeRange, content: string) => {
      log.op({ content });
      const area = typeof cellAddress === "string" ? parseArea(cellAddress) : cellAddress.area;
      if (area.rows !== 1 || area.columns !== 1) log.fail("InvalidArgument", "a note or comment goes on one cell");
      else if (list.some((n) => n.row === area.top && n.column === area.left)) log.fail("InvalidArgument", "the cell already has one");
      else list.push({ row: area.top, column: area.left, content });
    },
  });
}

function drawings(log: RequestLog, list: FakeDrawing[]) {
  const collection = new FakeObjectCollection(log, list, (drawing) => ({ name: drawing?.name ?? "" }));
  const add = (name: string, type: string): FakeDrawing => {
    log.op(type);
    const drawing = { name: `${name} ${list.length + 1}`, type };
    list.push(drawing);
    return drawing;
  };
  return { collection, add };
}

/** `sheet.charts`: `add(type, sourceData)`. */
export function chartCollection(log: RequestLog, list: FakeDrawing[]) {
  const { collection, add } = drawings(log, list);
  return Object.assign(collection, { add: (type: string, _sourceData: FakeRange) => add("Chart", type) });
}

/** `sheet.shapes`: `addImage(base64)`, `addGeometricShape(type)`. */
export function shapeCollection(log: RequestLog, list: FakeDrawing[]) {
  const { collection, add } = drawings(log, list);
  return Object.assign(collection, {
    addImage: (_base64: string) => add("Picture", "Image"),
    addGeometricShape: (_type: string) => add("Shape", "GeometricShape"),
  });
}
