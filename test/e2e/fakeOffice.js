/*
 * An in-page fake of Office.js for the Chromium end-to-end tests, injected with
 * page.addInitScript before the task pane loads (the office.js CDN request is stubbed, so this
 * is the only `Office`/`Excel` the page sees). It is small and recording, not a simulator:
 *
 * - a workbook of sheets with sparse cells (value, formula, quote prefix, number format),
 *   workbook-scoped names (the adapter's owner markers follow renames and turn into #REF!),
 *   tables (names unique in the workbook, as Excel requires), a selection, and a sync counter;
 * - range.clear/unmerge and getIntersectionOrNullObject (null object when ranges do not
 *   overlap), which the adapter uses to re-render its sheets in place and to clip a selection
 *   of whole columns to the used range;
 * - writes apply at once, in call order, like the real queue; errors a request would raise
 *   (ItemNotFound, a duplicate sheet name, a wrong array size) are raised at the next sync as
 *   an OfficeExtension.Error-shaped error, as Office.js does;
 * - loaded properties (values, text, items, name…) are readable only after a sync that
 *   follows the load, so a missing load or sync fails loudly;
 * - strings written through `values` are coerced the way Excel's input parser does: "=…",
 *   "+…", "-…", "@…" become formulas unless prefixed with an apostrophe. That is what lets the
 *   hostile-text test fail if the adapter ever wrote unprotected text;
 * - formatting, validation, page layout and the like are accepted and ignored (a permissive
 *   sink), since the adapter's own tests cover them.
 *
 * Seed: window.__fakeExcelSeed = { sheets: [{ name, rows: string[][] }], selection: { sheet, address } }.
 * Inspect: window.__fakeExcel.snapshot() → { sheets: [{ name, cells: { A1: { value, formula, quotePrefix } } }],
 * names, selection, syncCount, writes }.
 */
(() => {
  const seed = window.__fakeExcelSeed || { sheets: [{ name: "Sheet1", rows: [] }], selection: null };

  class OfficeError extends Error {
    constructor(code, message) {
      super(message);
      this.name = "RichApi.Error";
      this.code = code;
      this.debugInfo = { code, message };
    }
  }

  // ---- addresses ----
  const colIndex = (letters) => [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const colName = (index) => {
    let n = index + 1;
    let s = "";
    while (n > 0) {
      s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
      n = Math.floor((n - 1) / 26);
    }
    return s;
  };
  function parseArea(address) {
    const a = address.replace(/\$/g, "").replace(/^.*!/, "");
    let m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/i.exec(a);
    if (m) {
      const top = Number(m[2]) - 1;
      const left = colIndex(m[1]);
      return { top, left, rows: Number(m[4] || m[2]) - top, columns: colIndex(m[3] || m[1]) - left + 1 };
    }
    m = /^([A-Z]+):([A-Z]+)$/i.exec(a);
    if (m) return { top: 0, left: colIndex(m[1]), rows: 1048576, columns: colIndex(m[2]) - colIndex(m[1]) + 1 };
    m = /^(\d+):(\d+)$/.exec(a);
    if (m) return { top: Number(m[1]) - 1, left: 0, rows: Number(m[2]) - Number(m[1]) + 1, columns: 16384 };
    return null;
  }
  const WHOLE_SHEET = { top: 0, left: 0, rows: 1048576, columns: 16384 };
  const intersect = (a, b) => {
    const top = Math.max(a.top, b.top);
    const left = Math.max(a.left, b.left);
    const bottom = Math.min(a.top + a.rows, b.top + b.rows);
    const right = Math.min(a.left + a.columns, b.left + b.columns);
    return bottom > top && right > left ? { top, left, rows: bottom - top, columns: right - left } : null;
  };
  const areaAddress = (area) => {
    const tl = `${colName(area.left)}${area.top + 1}`;
    const br = `${colName(area.left + area.columns - 1)}${area.top + area.rows}`;
    return tl === br ? tl : `${tl}:${br}`;
  };
  const quoteSheet = (name) => `'${name.replace(/'/g, "''")}'`;

  // ---- model ----
  const book = {
    sheets: [],
    names: [],
    tables: [],
    deletedSheets: [],
    selection: seed.selection,
    syncCount: 0,
    writes: [],
    pendingError: null,
    calculationSuspensions: 0,
  };
  const fail = (code, message) => {
    book.pendingError = book.pendingError || new OfficeError(code, message);
  };
  const findSheet = (name) => book.sheets.find((s) => !s.deleted && s.name.toUpperCase() === String(name).toUpperCase());

  function makeSheet(name) {
    return { name, cells: new Map(), merges: [], deleted: false, visibility: "Visible" };
  }
  function cellOf(sheet, r, c) {
    const key = `${r},${c}`;
    let cell = sheet.cells.get(key);
    if (!cell) {
      cell = { value: "", formula: null, quotePrefix: false, numberFormat: "General" };
      sheet.cells.set(key, cell);
    }
    return cell;
  }
  /**
   * The little calculation the fake does, when a formula's value is read: SUM over one range and
   * sums of same-sheet cell references (what the tracking sheets' totals and "Đã giải quyết" use),
   * so a sheet written with formulas reads back as Excel would show it. Anything else reads 0.
   */
  function calculated(sheet, cell, depth = 0) {
    if (!cell.formula) return cell.value;
    if (depth > 20) return 0;
    const at = (ref) => {
      const m = /^([A-Z]+)(\d+)$/.exec(ref);
      const target = m && sheet.cells.get(`${Number(m[2]) - 1},${colIndex(m[1])}`);
      const v = target ? calculated(sheet, target, depth + 1) : 0;
      return typeof v === "number" ? v : Number(v) || 0;
    };
    let m = /^=SUM\(([A-Z]+)(\d+):([A-Z]+)(\d+)\)$/.exec(cell.formula);
    if (m) {
      let total = 0;
      for (let r = Number(m[2]); r <= Number(m[4]); r++) for (let c = colIndex(m[1]); c <= colIndex(m[3]); c++) total += at(`${colName(c)}${r}`);
      return total;
    }
    if (/^=[A-Z]+\d+(\+[A-Z]+\d+)*$/.test(cell.formula))
      return cell.formula
        .slice(1)
        .split("+")
        .reduce((a, ref) => a + at(ref), 0);
    return cell.value;
  }

  /** Excel's input parser, as aggressive as the real one for the cases that matter here. */
  function typeInto(cell, input) {
    cell.quotePrefix = false;
    cell.formula = null;
    if (input.startsWith("'")) {
      cell.value = input.slice(1);
      cell.quotePrefix = true;
    } else if (/^[=+\-@]./.test(input)) {
      cell.formula = input.startsWith("=") ? input : `=${input.replace(/^@/, "")}`;
      cell.value = 0; // the fake does not calculate
    } else if (/^-?\d+(\.\d+)?$/.test(input)) {
      cell.value = Number(input);
    } else if (/^(TRUE|FALSE)$/i.test(input)) {
      cell.value = input.toUpperCase() === "TRUE";
    } else {
      cell.value = input;
    }
  }

  for (const s of seed.sheets) {
    const sheet = makeSheet(s.name);
    (s.rows || []).forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== "" && v !== null && v !== undefined) cellOf(sheet, r, c).value = v;
      }),
    );
    book.sheets.push(sheet);
  }
  let activeSheet = book.sheets[0];

  // ---- loading ----
  function loadable(target) {
    let loadedAt = null;
    target.load = () => {
      loadedAt = book.syncCount;
      return target;
    };
    target.readable = (what, get) => {
      if (loadedAt === null) throw new Error(`fake Excel: ${what} was not loaded`);
      if (book.syncCount <= loadedAt) throw new Error(`fake Excel: ${what} read before context.sync()`);
      return get();
    };
    return target;
  }

  /** Accepts any property write or method call and returns more of itself: formats, layout… */
  function sink() {
    const fn = function () {};
    return new Proxy(fn, {
      get: (_t, key) => (key === "then" ? undefined : sink()),
      set: () => true,
      apply: () => sink(),
    });
  }

  // ---- ranges ----
  function rangeProxy(sheet, area, isNull = false) {
    const missing = !sheet || sheet.deleted;
    const each = (fn) => {
      for (let r = 0; r < area.rows; r++) for (let c = 0; c < area.columns; c++) fn(cellOf(sheet, area.top + r, area.left + c), r, c);
    };
    const grid = (fn) => {
      const out = [];
      each((cell, r) => (out[r] = out[r] || []).push(fn(cell)));
      return out;
    };
    const write = (kind, matrix, apply) => {
      if (missing) return;
      if (!Array.isArray(matrix) || matrix.length !== area.rows || matrix.some((row) => row.length !== area.columns)) {
        fail("InvalidArgument", `fake Excel: ${kind} array does not match ${areaAddress(area)}`);
        return;
      }
      book.writes.push({ sheet: sheet.name, address: areaAddress(area), kind, matrix });
      each((cell, r, c) => {
        const v = matrix[r][c];
        if (v !== null) apply(cell, v);
      });
    };
    const range = loadable({
      get worksheet() {
        return worksheetProxy(sheet);
      },
      set values(m) {
        write("values", m, (cell, v) => (typeof v === "string" ? typeInto(cell, v) : Object.assign(cell, { value: v, formula: null, quotePrefix: false })));
      },
      get values() {
        return range.readable("range.values", () => grid((cell) => calculated(sheet, cell)));
      },
      set formulas(m) {
        write("formulas", m, (cell, v) => (typeof v === "string" ? typeInto(cell, v) : Object.assign(cell, { value: v, formula: null })));
      },
      get formulas() {
        return range.readable("range.formulas", () => grid((cell) => cell.formula || cell.value));
      },
      set numberFormat(m) {
        write("numberFormat", m, (cell, v) => (cell.numberFormat = String(v)));
      },
      get numberFormat() {
        return range.readable("range.numberFormat", () => grid((cell) => cell.numberFormat));
      },
      get text() {
        return range.readable("range.text", () => grid((cell) => String(calculated(sheet, cell))));
      },
      get rowIndex() {
        return range.readable("range.rowIndex", () => area.top);
      },
      get columnIndex() {
        return range.readable("range.columnIndex", () => area.left);
      },
      get rowCount() {
        return range.readable("range.rowCount", () => area.rows);
      },
      get columnCount() {
        return range.readable("range.columnCount", () => area.columns);
      },
      get address() {
        return range.readable("range.address", () => `${quoteSheet(sheet.name)}!${areaAddress(area)}`);
      },
      merge: () => {
        if (!missing) sheet.merges.push({ ...area });
      },
      getMergedAreasOrNullObject: () => {
        const inside = () =>
          sheet.merges.filter(
            (m) => m.top < area.top + area.rows && m.top + m.rows > area.top && m.left < area.left + area.columns && m.left + m.columns > area.left,
          );
        const areas = loadable({
          get isNullObject() {
            return areas.readable("isNullObject", () => inside().length === 0);
          },
          get address() {
            return areas.readable("address", () =>
              inside()
                .map((m) => `${quoteSheet(sheet.name)}!${areaAddress(m)}`)
                .join(", "),
            );
          },
        });
        return areas;
      },
      select: () => {
        if (!missing) book.selection = { sheet: sheet.name, address: areaAddress(area) };
      },
      format: sink(),
      dataValidation: sink(),
      untrack: () => range,
      get isNullObject() {
        return range.readable("range.isNullObject", () => isNull);
      },
      getIntersectionOrNullObject: (other) => {
        const overlap = other.fakeSheet === sheet ? intersect(area, other.fakeArea) : null;
        return overlap ? rangeProxy(sheet, overlap) : rangeProxy(sheet, { top: 0, left: 0, rows: 0, columns: 0 }, true);
      },
      // Sheet-wide operations visit what the sheet holds, never every cell of the area.
      clear: () => {
        if (missing) return;
        for (const key of [...sheet.cells.keys()]) {
          const [r, c] = key.split(",").map(Number);
          if (intersect({ top: r, left: c, rows: 1, columns: 1 }, area)) sheet.cells.delete(key);
        }
      },
      unmerge: () => {
        if (!missing) sheet.merges = sheet.merges.filter((m) => !intersect(m, area));
      },
      fakeSheet: sheet,
      fakeArea: area,
    });
    return range;
  }

  // ---- worksheets ----
  const proxies = new Map();
  function worksheetProxy(sheet) {
    if (proxies.has(sheet)) return proxies.get(sheet);
    const ws = loadable({
      get name() {
        return ws.readable("worksheet.name", () => sheet.name);
      },
      set name(value) {
        if (book.sheets.some((s) => s !== sheet && !s.deleted && s.name.toUpperCase() === value.toUpperCase())) {
          fail("ItemAlreadyExists", `fake Excel: a sheet named "${value}" already exists`);
          return;
        }
        sheet.name = value;
      },
      get position() {
        return ws.readable("worksheet.position", () => book.sheets.filter((s) => !s.deleted).indexOf(sheet));
      },
      set position(value) {
        const list = book.sheets.filter((s) => !s.deleted && s !== sheet);
        list.splice(value, 0, sheet);
        book.sheets = list;
      },
      set visibility(value) {
        sheet.visibility = value;
      },
      set tabColor(_value) {},
      getRange: (address) => {
        if (address === undefined) return rangeProxy(sheet, { ...WHOLE_SHEET }); // the whole sheet
        const area = parseArea(address);
        if (!area) fail("InvalidArgument", `fake Excel: bad address "${address}"`);
        return rangeProxy(sheet, area || { top: 0, left: 0, rows: 1, columns: 1 });
      },
      getRangeByIndexes: (top, left, rows, columns) => rangeProxy(sheet, { top, left, rows, columns }),
      getUsedRange: () => {
        let top = Infinity;
        let left = Infinity;
        let bottom = -1;
        let right = -1;
        for (const [key, cell] of sheet.cells) {
          if (cell.value === "" && !cell.formula) continue;
          const [r, c] = key.split(",").map(Number);
          top = Math.min(top, r);
          left = Math.min(left, c);
          bottom = Math.max(bottom, r);
          right = Math.max(right, c);
        }
        return bottom < 0
          ? rangeProxy(sheet, { top: 0, left: 0, rows: 1, columns: 1 })
          : rangeProxy(sheet, { top, left, rows: bottom - top + 1, columns: right - left + 1 });
      },
      activate: () => {
        if (!sheet.deleted && book.sheets.includes(sheet)) activeSheet = sheet;
      },
      delete: () => {
        const others = book.sheets.filter((s) => s !== sheet && !s.deleted && s.visibility === "Visible");
        if (others.length === 0) {
          fail("InvalidOperation", "fake Excel: cannot delete the last visible sheet");
          return;
        }
        sheet.deleted = true;
        book.deletedSheets.push(sheet.name);
        book.tables = book.tables.filter((t) => t.sheet !== sheet);
        book.sheets = book.sheets.filter((s) => s !== sheet);
        if (activeSheet === sheet) activeSheet = book.sheets[0];
      },
      freezePanes: sink(),
      tables: {
        add: (address, hasHeaders) => {
          const table = { sheet, address, hasHeaders, name: `Table${book.tables.length + 1}` };
          book.tables.push(table);
          // Excel rejects a table name already used anywhere in the workbook.
          return {
            set name(value) {
              if (book.tables.some((t) => t !== table && t.name.toUpperCase() === String(value).toUpperCase())) {
                fail("InvalidArgument", `fake Excel: a table named "${value}" already exists`);
                return;
              }
              table.name = value;
            },
            set style(_value) {},
          };
        },
      },
      pageLayout: sink(),
      horizontalPageBreaks: sink(),
    });
    proxies.set(sheet, ws);
    return ws;
  }

  function collection(list) {
    let snapshot = [];
    const c = loadable({
      get items() {
        return c.readable("collection.items", () => snapshot);
      },
    });
    const load = c.load;
    c.load = () => {
      snapshot = list();
      return load();
    };
    return c;
  }

  const worksheets = Object.assign(
    collection(() => book.sheets.filter((s) => !s.deleted).map((s, i) => ({ name: s.name, position: i }))),
    {
      add: (name) => {
        if (findSheet(name)) fail("ItemAlreadyExists", `fake Excel: a sheet named "${name}" already exists`);
        const sheet = makeSheet(name);
        book.sheets.push(sheet);
        return worksheetProxy(sheet);
      },
      getItem: (name) => {
        const sheet = findSheet(name);
        if (!sheet) {
          fail("ItemNotFound", `fake Excel: no sheet "${name}"`);
          return worksheetProxy(makeSheet(name));
        }
        return worksheetProxy(sheet);
      },
      getActiveWorksheet: () => worksheetProxy(activeSheet),
    },
  );

  const markerFormula = (n) => {
    if (typeof n.reference === "string") return n.reference;
    return n.reference.deleted ? "=#REF!$A$1" : `=${quoteSheet(n.reference.name)}!$A$1`;
  };
  const names = Object.assign(
    collection(() => book.names.map((n) => ({ name: n.name, formula: markerFormula(n) }))),
    {
      add: (name, reference, comment) => {
        if (book.names.some((n) => n.name.toUpperCase() === name.toUpperCase())) fail("ItemAlreadyExists", `fake Excel: the name "${name}" already exists`);
        // The adapter passes sheet.getRange("A1"): keep the sheet it belongs to.
        const sheetOfRange = book.sheets.find((s) => worksheetProxy(s) === reference.worksheet) || null;
        const item = { name, reference: sheetOfRange || String(reference), comment, visible: true };
        book.names.push(item);
        return item;
      },
      getItem: (name) => ({
        delete: () => {
          const i = book.names.findIndex((n) => n.name === name);
          if (i < 0) fail("ItemNotFound", `fake Excel: no name "${name}"`);
          else book.names.splice(i, 1);
        },
      }),
    },
  );

  const tables = Object.assign(
    collection(() => book.tables.map((t) => ({ name: t.name, worksheet: { name: t.sheet.name } }))),
    {
      getItem: (name) => ({
        delete: () => {
          const i = book.tables.findIndex((t) => t.name.toUpperCase() === String(name).toUpperCase());
          if (i < 0) fail("ItemNotFound", `fake Excel: no table "${name}"`);
          else book.tables.splice(i, 1);
        },
      }),
    },
  );

  const workbook = {
    worksheets,
    names,
    tables,
    application: {
      suspendApiCalculationUntilNextSync: () => {
        book.calculationSuspensions++;
      },
    },
    getSelectedRange: () => {
      const sel = book.selection;
      const sheet = sel && findSheet(sel.sheet);
      if (!sheet) {
        fail("InvalidSelection", "fake Excel: nothing selected");
        return rangeProxy(makeSheet("?"), { top: 0, left: 0, rows: 1, columns: 1 });
      }
      return rangeProxy(sheet, parseArea(sel.address));
    },
  };

  const context = {
    workbook,
    sync: async () => {
      book.syncCount++;
      await new Promise((resolve) => setTimeout(resolve, 0)); // a request is asynchronous
      const error = book.pendingError;
      book.pendingError = null;
      if (error) throw error;
    },
    trackedObjects: sink(),
  };

  window.OfficeExtension = { Error: OfficeError };
  window.Excel = {
    run: async (callback) => {
      book.runs = (book.runs || 0) + 1;
      return callback(context);
    },
    ErrorCodes: { itemNotFound: "ItemNotFound" },
    // ExcelApi 1.8: a new workbook from a base64 .xlsx; the fake records its size.
    createWorkbook: async (base64) => {
      book.createdWorkbooks = [...(book.createdWorkbooks || []), String(base64).length];
    },
  };
  window.Office = {
    HostType: { Excel: "Excel" },
    onReady: (callback) => {
      const info = { host: "Excel", platform: "OfficeOnline" };
      if (callback) setTimeout(() => callback(info), 0);
      return Promise.resolve(info);
    },
    context: { requirements: { isSetSupported: (_name, version) => Number(String(version).split(".")[1] || 0) <= 13 } },
    actions: { associate: () => undefined },
  };

  window.__fakeExcel = {
    snapshot: () => ({
      sheets: book.sheets
        .filter((s) => !s.deleted)
        .map((s) => ({
          name: s.name,
          cells: Object.fromEntries(
            [...s.cells]
              .filter(([, c]) => c.value !== "" || c.formula)
              .map(([key, c]) => {
                const [r, col] = key.split(",").map(Number);
                return [`${colName(col)}${r + 1}`, { value: c.value, formula: c.formula, quotePrefix: c.quotePrefix }];
              }),
          ),
        })),
      names: book.names.map((n) => ({ name: n.name, formula: markerFormula(n), visible: n.visible })),
      tables: book.tables.map((t) => ({ name: t.name, sheet: t.sheet.name, address: t.address })),
      deletedSheets: [...book.deletedSheets],
      selection: book.selection,
      activeSheet: activeSheet && activeSheet.name,
      syncCount: book.syncCount,
      runs: book.runs || 0,
      writes: book.writes,
      createdWorkbooks: book.createdWorkbooks || [],
    }),
  };
})();
