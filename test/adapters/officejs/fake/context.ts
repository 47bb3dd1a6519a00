/**
 * Request bookkeeping of the fake: counts syncs, and per request (the commands between two
 * syncs) the operations, the range proxies created and the JSON size of what was written —
 * the numbers the tests assert on. Properties loaded with `load()` become readable only after
 * the next sync, as in Office.js, so reading too early fails loudly.
 */

export interface BatchStats {
  operations: number;
  rangeProxies: number;
  /** JSON length of every written value, array and argument in the request. */
  payloadBytes: number;
  /** Cells whose values/text/number formats the request loads (what the response carries). */
  cellsRead: number;
  /** UTF-8 JSON size of the cell data the response carries, measured when the request runs. */
  responseBytes: number;
}

/**
 * Cells one request may load before the fake rejects it, like Excel on the web rejects a
 * response above 5 MB: values + text + number format of an empty cell are about 16 bytes of
 * JSON, so 5 MB is roughly 300,000 cells. Whole columns (1,048,576 rows) are far above it.
 */
export const MAX_READ_CELLS = 300_000;

/** Excel on the web's response limit (RequestPayloadSizeLimitExceeded above it). */
export const MAX_RESPONSE_BYTES = 5_000_000;

/**
 * What a failed request rejects with, shaped like OfficeExtension.Error: a RichApi error with
 * a `code` (Excel.ErrorCodes: "ItemNotFound", "InvalidArgument"…) and `debugInfo`, so the task
 * pane's error messages (src/taskpane/errors.ts) see what they would see in Excel.
 */
export class FakeOfficeError extends Error {
  readonly debugInfo: { code: string; message: string };

  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`fake Excel: ${message}`);
    this.name = "RichApi.Error";
    this.debugInfo = { code, message };
  }
}

function emptyStats(): BatchStats {
  return { operations: 0, rangeProxies: 0, payloadBytes: 0, cellsRead: 0, responseBytes: 0 };
}

export class RequestLog {
  syncCount = 0;
  readonly batches: BatchStats[] = [];
  current: BatchStats = emptyStats();
  calculationSuspensions = 0;
  private pendingError: Error | null = null;
  private responses: (() => number)[] = [];

  /** Registers cell data the response will carry; measured at the next sync. */
  respond(size: () => number): void {
    this.responses.push(size);
  }

  op(payload?: unknown): void {
    this.current.operations++;
    if (payload !== undefined) this.current.payloadBytes += JSON.stringify(payload)?.length ?? 0;
  }

  rangeProxy(): void {
    this.current.rangeProxies++;
  }

  /** A load of cell data; fails the request when the response would be too large. */
  read(cells: number): void {
    this.current.cellsRead += cells;
    if (this.current.cellsRead > MAX_READ_CELLS) this.fail("RequestPayloadSizeLimitExceeded", `response too large (${this.current.cellsRead} cells)`);
  }

  /** Excel reports invalid commands when the request runs, i.e. at sync. */
  fail(code: string, message: string): void {
    this.pendingError ??= new FakeOfficeError(code, message);
  }

  async sync(): Promise<void> {
    // A request already refused (e.g. whole columns) is never measured: it returns nothing.
    if (!this.pendingError) this.current.responseBytes = this.responses.reduce((sum, size) => sum + size(), 0);
    this.responses = [];
    if (this.current.responseBytes > MAX_RESPONSE_BYTES)
      this.fail("RequestPayloadSizeLimitExceeded", `response too large (${this.current.responseBytes} bytes)`);
    this.syncCount++;
    this.batches.push(this.current);
    this.current = emptyStats();
    const error = this.pendingError;
    this.pendingError = null;
    if (error) throw error;
  }
}

/** Guards reads of loaded properties until the sync that follows the load. */
export class Loadable {
  private loadedAt: number | null = null;

  constructor(protected readonly log: RequestLog) {}

  protected markLoaded(): void {
    this.loadedAt = this.log.syncCount;
  }

  protected readable<T>(what: string, get: () => T): T {
    if (this.loadedAt === null) throw new Error(`fake Excel: ${what} was not loaded`);
    if (this.log.syncCount <= this.loadedAt) throw new Error(`fake Excel: ${what} read before context.sync()`);
    return get();
  }
}
