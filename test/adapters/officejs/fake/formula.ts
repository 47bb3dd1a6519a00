/**
 * The fake Excel's calculation: enough of Excel's formula language for the formulas the add-in
 * writes into its own sheets (the dossier sheet's IF/COUNT/N rates and checks, SUM totals, the
 * report's COUNTIF/COUNTA and cross-sheet references), so a sheet written with formulas reads back
 * as Excel would show it after recalculating. A formula outside this subset throws
 * `UnsupportedFormula`; the worksheet then shows the fallback it chose (never a silent 0 for a rate).
 *
 * Values follow Excel: a blank cell is "" inside functions and 0 in arithmetic; division by zero
 * is the error "#DIV/0!", which propagates through arithmetic and comparisons, as in Excel.
 */
export type FormulaValue = number | string | boolean;

export class UnsupportedFormula extends Error {}

/** An Excel error value ("#DIV/0!", "#VALUE!", "#REF!"). */
export class FormulaError {
  constructor(readonly code: string) {}
}

type Scalar = FormulaValue | FormulaError;
/** A range argument: its cells' values, row by row. */
type Area = { readonly cells: Scalar[] };
type Value = Scalar | Area;

/** Reads a cell (0-based) of the formula's sheet, or of another sheet named in the reference. */
export type CellReader = (sheet: string | null, row: number, column: number) => Scalar;

type Token = { kind: "num" | "str" | "ref" | "name" | "op" | "err"; text: string };

const TOKEN =
  /\s*(?:(\d+(?:\.\d+)?(?:E[+-]?\d+)?)|("(?:[^"]|"")*")|((?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)?!?\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)|([A-Za-z_][\w.]*)|(<>|<=|>=|[-+*/&=<>(),^%])|(#[A-Z/0!?]+))/iy;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  let at = 0;
  while (at < text.length) {
    if (/^\s*$/.test(text.slice(at))) break;
    TOKEN.lastIndex = at;
    const m = TOKEN.exec(text);
    if (!m) throw new UnsupportedFormula(`cannot read "${text.slice(at)}"`);
    at = TOKEN.lastIndex;
    if (m[1] !== undefined) tokens.push({ kind: "num", text: m[1] });
    else if (m[2] !== undefined) tokens.push({ kind: "str", text: m[2].slice(1, -1).replace(/""/g, '"') });
    else if (m[3] !== undefined) tokens.push({ kind: m[3].includes("!") || /^\$?[A-Z]{1,3}\$?\d+/i.test(m[3]) ? "ref" : "name", text: m[3] });
    else if (m[4] !== undefined) tokens.push({ kind: "name", text: m[4].toUpperCase() });
    else if (m[5] !== undefined) tokens.push({ kind: "op", text: m[5] });
    else tokens.push({ kind: "err", text: m[6] });
  }
  return tokens;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}

const isError = (v: Value): v is FormulaError => v instanceof FormulaError;
const isArea = (v: Value): v is Area => typeof v === "object" && v !== null && "cells" in v;

function scalar(v: Value): Scalar {
  if (isArea(v)) {
    if (v.cells.length === 1) return v.cells[0];
    throw new UnsupportedFormula("a range where one value is expected");
  }
  return v;
}

/** Arithmetic's view of a value: blank 0, TRUE 1, numeric text its number, other text #VALUE!. */
function toNumber(v: Scalar): number | FormulaError {
  if (isError(v)) return v;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v.trim() === "") return 0;
  const n = Number(v);
  return Number.isFinite(n) ? n : new FormulaError("#VALUE!");
}

function truthy(v: Scalar): boolean | FormulaError {
  const n = toNumber(v);
  return isError(n) ? n : n !== 0;
}

function compare(a: Scalar, b: Scalar, op: string): boolean {
  // Excel compares text case-insensitively and puts numbers before text.
  const rank = (v: Scalar) => (typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2);
  const norm = (v: Scalar) => (typeof v === "string" ? v.toUpperCase() : v);
  const blankAs = (v: Scalar, other: Scalar): Scalar => (v === "" && typeof other === "number" ? 0 : v === "" && typeof other === "boolean" ? false : v);
  const x = norm(blankAs(a, b));
  const y = norm(blankAs(b, a));
  const order = rank(x) !== rank(y) ? rank(x) - rank(y) : x < y ? -1 : x > y ? 1 : 0;
  return { "=": order === 0, "<>": order !== 0, "<": order < 0, ">": order > 0, "<=": order <= 0, ">=": order >= 0 }[op]!;
}

function flatten(args: Value[]): Scalar[] {
  return args.flatMap((a) => (isArea(a) ? a.cells : [a]));
}

function criterion(value: Scalar, test: Scalar): boolean {
  if (typeof test === "string") {
    const m = /^(<>|<=|>=|=|<|>)?(.*)$/.exec(test)!;
    const op = m[1] ?? "=";
    const target = m[2] !== "" && Number.isFinite(Number(m[2])) ? Number(m[2]) : m[2];
    return compare(value, target, op);
  }
  return compare(value, test, "=");
}

const FUNCTIONS: Record<string, (args: Value[]) => Scalar> = {
  SUM: (args) => {
    let total = 0;
    for (const v of flatten(args)) {
      if (isError(v)) return v;
      if (typeof v === "number") total += v;
    }
    return total;
  },
  COUNT: (args) => flatten(args).filter((v) => typeof v === "number").length,
  COUNTA: (args) => flatten(args).filter((v) => v !== "").length,
  COUNTIF: ([range, test]) => flatten([range]).filter((v) => criterion(v, scalar(test))).length,
  N: ([v]) => {
    const s = scalar(v);
    return isError(s) ? s : typeof s === "number" ? s : typeof s === "boolean" ? (s ? 1 : 0) : 0;
  },
  OR: (args) => {
    let any = false;
    for (const v of flatten(args)) {
      const t = truthy(v);
      if (isError(t)) return t;
      any ||= t;
    }
    return any;
  },
  AND: (args) => {
    let all = true;
    for (const v of flatten(args)) {
      const t = truthy(v);
      if (isError(t)) return t;
      all &&= t;
    }
    return all;
  },
  ROUND: ([v, digits]) => {
    const n = toNumber(scalar(v));
    const d = toNumber(scalar(digits));
    if (isError(n)) return n;
    if (isError(d)) return d;
    const f = 10 ** d;
    return (Math.sign(n) * Math.round(Math.abs(n) * f)) / f;
  },
  ABS: ([v]) => {
    const n = toNumber(scalar(v));
    return isError(n) ? n : Math.abs(n);
  },
  IFERROR: ([v, fallback]) => (isError(scalar(v)) ? scalar(fallback) : scalar(v)),
  ISNUMBER: ([v]) => typeof scalar(v) === "number",
  ISBLANK: ([v]) => scalar(v) === "",
};

/** Evaluates `formula` ("=…") on the sheet `read` reads; throws UnsupportedFormula outside the subset. */
export function evaluateFormula(formula: string, read: CellReader): FormulaValue | FormulaError {
  const tokens = tokenize(formula.replace(/^=/, ""));
  let at = 0;
  const peek = () => tokens[at];
  const take = (text?: string): Token => {
    const t = tokens[at];
    if (!t || (text !== undefined && t.text !== text)) throw new UnsupportedFormula(`expected ${text ?? "a value"} in ${formula}`);
    at++;
    return t;
  };
  const isOp = (...ops: string[]) => peek()?.kind === "op" && ops.includes(peek().text);

  function reference(text: string): Value {
    const bang = text.lastIndexOf("!");
    const sheet = bang < 0 ? null : text.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'");
    const [from, to = from] = text
      .slice(bang + 1)
      .replace(/\$/g, "")
      .split(":");
    const [, c1, r1] = /^([A-Z]+)(\d+)$/i.exec(from)!;
    const [, c2, r2] = /^([A-Z]+)(\d+)$/i.exec(to)!;
    const cells: Scalar[] = [];
    for (let r = Number(r1) - 1; r <= Number(r2) - 1; r++) for (let c = columnNumber(c1); c <= columnNumber(c2); c++) cells.push(read(sheet, r, c));
    return { cells };
  }

  function call(name: string): Value {
    take("(");
    const args: Value[] = [];
    if (!isOp(")")) {
      do args.push(comparison());
      while (isOp(",") && take(","));
    }
    take(")");
    if (name === "IF") {
      // Lazy, as Excel: the branch not taken is not evaluated.
      const test = truthy(scalar(args[0]));
      if (isError(test)) return test;
      return test ? (args[1] ?? true) : (args[2] ?? false);
    }
    const fn = FUNCTIONS[name];
    if (!fn) throw new UnsupportedFormula(`function ${name}`);
    return fn(args);
  }

  function primary(): Value {
    const t = take();
    if (t.kind === "num") return Number(t.text);
    if (t.kind === "str") return t.text;
    if (t.kind === "err") return new FormulaError(t.text);
    if (t.kind === "ref") return reference(t.text);
    if (t.kind === "name") {
      if (isOp("(")) return call(t.text.toUpperCase());
      if (t.text.toUpperCase() === "TRUE") return true;
      if (t.text.toUpperCase() === "FALSE") return false;
      throw new UnsupportedFormula(`name ${t.text}`);
    }
    if (t.text === "(") {
      const v = comparison();
      take(")");
      return v;
    }
    if (t.text === "-" || t.text === "+") {
      const n = toNumber(scalar(primary()));
      return isError(n) ? n : t.text === "-" ? -n : n;
    }
    throw new UnsupportedFormula(`unexpected ${t.text} in ${formula}`);
  }

  function arithmetic(a: Value, op: string, b: Value): Scalar {
    const x = toNumber(scalar(a));
    const y = toNumber(scalar(b));
    if (isError(x)) return x;
    if (isError(y)) return y;
    if (op === "+") return x + y;
    if (op === "-") return x - y;
    if (op === "*") return x * y;
    if (op === "^") return x ** y;
    return y === 0 ? new FormulaError("#DIV/0!") : x / y;
  }

  function power(): Value {
    let v = primary();
    while (isOp("^")) v = arithmetic(v, take().text, primary());
    return v;
  }
  function term(): Value {
    let v = power();
    while (isOp("*", "/")) v = arithmetic(v, take().text, power());
    return v;
  }
  function additive(): Value {
    let v = term();
    while (isOp("+", "-", "&")) {
      const op = take().text;
      const rhs = term();
      if (op === "&") {
        const [x, y] = [scalar(v), scalar(rhs)];
        v = isError(x) ? x : isError(y) ? y : `${String(x)}${String(y)}`;
      } else v = arithmetic(v, op, rhs);
    }
    return v;
  }
  function comparison(): Value {
    let v = additive();
    while (isOp("=", "<>", "<", ">", "<=", ">=")) {
      const op = take().text;
      const [x, y] = [scalar(v), scalar(additive())];
      v = isError(x) ? x : isError(y) ? y : compare(x, y, op);
    }
    return v;
  }

  const result = scalar(comparison());
  if (at !== tokens.length) throw new UnsupportedFormula(`trailing text in ${formula}`);
  return result;
}
