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
}

export class RequestLog {
  syncCount = 0;
  readonly batches: BatchStats[] = [];
  current: BatchStats = { operations: 0, rangeProxies: 0, payloadBytes: 0 };
  calculationSuspensions = 0;
  private pendingError: Error | null = null;

  op(payload?: unknown): void {
    this.current.operations++;
    if (payload !== undefined) this.current.payloadBytes += JSON.stringify(payload)?.length ?? 0;
  }

  rangeProxy(): void {
    this.current.rangeProxies++;
  }

  /** Excel reports invalid commands when the request runs, i.e. at sync. */
  fail(error: Error): void {
    this.pendingError ??= error;
  }

  async sync(): Promise<void> {
    this.syncCount++;
    this.batches.push(this.current);
    this.current = { operations: 0, rangeProxies: 0, payloadBytes: 0 };
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
