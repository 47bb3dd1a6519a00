/**
 * The fake as a page sees Office.js: `Office`, `Excel` and `OfficeExtension` installed on a
 * global scope over one fake workbook seeded with the user's sheets. The jest tests use the
 * fake directly (`fakeExcel()`); the Chromium tests bundle browser.ts, which installs this on
 * `window` before the task pane loads, so both drive the same fake. `snapshot()` is what the
 * browser tests inspect afterwards (plain JSON, it crosses page.evaluate).
 */
import { columnName } from "./cells";
import { FakeOfficeError } from "./context";
import { fakeExcel, type FakeExcel } from "./workbook";

/** The user's workbook before the add-in runs: sheets of values from A1, and a selection. */
export interface FakeSeed {
  readonly sheets: readonly { readonly name: string; readonly rows: readonly (readonly (string | number | boolean | null)[])[] }[];
  readonly selection?: { readonly sheet: string; readonly address: string } | null;
}

export interface FakeSnapshotCell {
  /** What the cell shows (a formula's calculated value). */
  readonly value: unknown;
  readonly formula: string | null;
  readonly quotePrefix: boolean;
}

export interface FakeSnapshot {
  readonly sheets: readonly { readonly name: string; readonly cells: Readonly<Record<string, FakeSnapshotCell>> }[];
  readonly names: readonly { readonly name: string; readonly formula: string; readonly visible: boolean }[];
  readonly tables: readonly { readonly name: string; readonly sheet: string; readonly address: string }[];
  readonly deletedSheets: readonly string[];
  readonly selection: { readonly sheet: string; readonly address: string } | null;
  readonly activeSheet: string;
  readonly syncCount: number;
  /** Excel.run calls. */
  readonly runs: number;
  /** Excel.createWorkbook calls, by the length of the base64 file each was given. */
  readonly createdWorkbooks: readonly number[];
}

export interface InstalledOffice {
  readonly fake: FakeExcel;
  snapshot(): FakeSnapshot;
  /** The base64 file the `index`-th Excel.createWorkbook call was given (-1: the last). */
  createdWorkbook(index: number): string | undefined;
}

/** Highest ExcelApi requirement set the fake reports as supported (Excel 2021 / Microsoft 365 level). */
const SUPPORTED_MINOR = 13;

/** Builds the seeded fake and defines `Office`, `Excel` and `OfficeExtension` on `scope`. */
export function installFakeOffice(scope: Record<string, unknown>, seed: FakeSeed): InstalledOffice {
  const fake = fakeExcel(seed.sheets.map((s) => s.name));
  for (const s of seed.sheets) fake.fillRows(s.name, s.rows);
  fake.workbook.selection = seed.selection ?? null;
  fake.workbook.apiMinor = SUPPORTED_MINOR;
  let runs = 0;
  const createdWorkbooks: number[] = [];
  const createdFiles: string[] = [];
  const context = {
    workbook: fake.workbook,
    // A request is asynchronous: the page gets to paint between syncs, as with Excel.
    sync: async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      await fake.context.sync();
    },
    trackedObjects: { add: () => undefined, remove: () => undefined },
  };
  scope.OfficeExtension = { Error: FakeOfficeError };
  scope.Excel = {
    run: async <T>(callback: (ctx: typeof context) => Promise<T>): Promise<T> => {
      runs++;
      return callback(context);
    },
    ErrorCodes: { itemNotFound: "ItemNotFound", invalidArgument: "InvalidArgument", itemAlreadyExists: "ItemAlreadyExists" },
    // ExcelApi 1.8: a new workbook from a base64 .xlsx; the fake records its size.
    createWorkbook: async (base64: string) => {
      await Promise.resolve();
      createdWorkbooks.push(base64.length);
      createdFiles.push(base64);
    },
  };
  scope.Office = {
    HostType: { Excel: "Excel" },
    onReady: (callback?: (info: { host: string; platform: string }) => void) => {
      const info = { host: "Excel", platform: "OfficeOnline" };
      if (callback) setTimeout(() => callback(info), 0);
      return Promise.resolve(info);
    },
    context: { requirements: { isSetSupported: (_name: string, version: string) => Number(String(version).split(".")[1] ?? 0) <= SUPPORTED_MINOR } },
    actions: { associate: () => undefined },
  };
  return { fake, snapshot: () => snapshotOf(fake, runs, createdWorkbooks), createdWorkbook: (index) => createdFiles.at(index) };
}

function snapshotOf(fake: FakeExcel, runs: number, createdWorkbooks: readonly number[]): FakeSnapshot {
  const { workbook, log } = fake;
  return {
    sheets: workbook.sheets.map((sheet) => ({
      name: sheet.currentName,
      cells: Object.fromEntries(
        [...sheet.cells]
          .filter(([, c]) => c.value !== "" || c.formula !== null)
          .map(([key, c]) => {
            const [r, col] = key.split(",").map(Number);
            return [`${columnName(col)}${r + 1}`, { value: sheet.shownValue(c), formula: c.formula, quotePrefix: c.quotePrefix }];
          }),
      ),
    })),
    names: workbook.nameList.map((n) => ({ name: n.name, formula: n.formula, visible: n.visible })),
    tables: workbook.sheets.flatMap((sheet) => sheet.tablesAdded.map((t) => ({ name: t.name ?? "", sheet: sheet.currentName, address: t.address }))),
    deletedSheets: [...workbook.deletedSheets],
    selection: workbook.selection,
    activeSheet: (workbook.activeSheet ?? workbook.sheets[0])?.currentName ?? "",
    syncCount: log.syncCount,
    runs,
    createdWorkbooks: [...createdWorkbooks],
  };
}
