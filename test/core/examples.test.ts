/**
 * The `@example`s of src/core run (issue #21): an example that states its result — `f(x) === y`,
 * `f(x) → y` or `f(x) // y` with a literal result — is evaluated with the module's exports in scope
 * and must hold, so a documented example cannot go stale. Examples that need a fixture (a grid, a
 * read workbook) or show a partial result ("…") are illustrations and are listed, not run.
 */
import { readdirSync, readFileSync, statSync } from "fs";
import { join, relative } from "path";
import { makeGrid } from "../../src/core/grid/grid";

const coreDir = join(__dirname, "..", "..", "src", "core");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : name.endsWith(".ts") ? [path] : [];
  });
}

interface Example {
  readonly file: string;
  readonly line: number;
  readonly text: string;
}

/** One-line examples: the text after "@example" on its comment line. */
function examplesOf(file: string): Example[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .flatMap((line, i) => {
      const m = /@example\s+(.+?)\s*(\*\/)?\s*$/.exec(line);
      return m && m[1].trim() ? [{ file: relative(coreDir, file), line: i + 1, text: m[1].trim() }] : [];
    });
}

type Check = { kind: "true"; expr: string } | { kind: "equal"; expr: string; expected: string };

/** One clause of an example: something to evaluate and what it must give; null for an illustration. */
function clauseCheck(text: string): Check | null {
  // "f(x) → y" and "f(x) // y": the result a literal.
  const arrow = /^(.*?)\s+(?:→|\/\/)\s+(.+)$/.exec(text);
  if (arrow) return /^[[{"'\d-]|^(true|false|null)\b/.test(arrow[2].trim()) ? { kind: "equal", expr: arrow[1], expected: arrow[2] } : null;
  if (text.includes("===") || text.includes("!==")) return { kind: "true", expr: text };
  return null;
}

/** An example's checks, one per "; "-separated clause; null when any clause is an illustration. */
function checksOf(text: string): Check[] | null {
  if (text.includes("…") || /^const\s/.test(text)) return null;
  const checks = clausesOf(text).map(clauseCheck);
  return checks.every((c): c is Check => c !== null) ? checks : null;
}

/** Splits at top-level "; " (outside strings and brackets). */
function clausesOf(expr: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote = "";
  let start = 0;
  for (let i = 0; i < expr.length; i++) {
    const c = expr[i];
    if (quote) {
      if (c === "\\") i++;
      else if (c === quote) quote = "";
    } else if (c === '"' || c === "'" || c === "`") quote = c;
    else if ("([{".includes(c)) depth++;
    else if (")]}".includes(c)) depth--;
    else if (c === ";" && depth === 0) {
      out.push(expr.slice(start, i));
      start = i + 1;
    }
  }
  out.push(expr.slice(start));
  return out.map((c) => c.trim()).filter(Boolean);
}

/** Every export of src/core, for examples that compose functions of several modules. */
let coreExports: Record<string, unknown> | null = null;
async function allCoreExports(): Promise<Record<string, unknown>> {
  if (!coreExports) {
    coreExports = {};
    for (const file of sourceFiles(coreDir)) Object.assign(coreExports, (await import(file)) as Record<string, unknown>);
  }
  return coreExports;
}

function evaluate(module: Record<string, unknown>, expr: string): unknown {
  const scope: Record<string, unknown> = { makeGrid, ...module };
  const names = Object.keys(scope).filter((k) => /^[A-Za-z_$][\w$]*$/.test(k));
  // The example's text is the repository's own comment, evaluated in a test only.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  return new Function(...names, `return (${expr});`)(...names.map((k) => scope[k]));
}

const all = sourceFiles(coreDir).flatMap(examplesOf);
const runnable = all.flatMap((e) => {
  const checks = checksOf(e.text);
  return checks ? checks.map((check) => ({ ...e, check })) : [];
});

const fixtures: string[] = [];
let ran = 0;

describe("the @examples of src/core", () => {
  it("are found (the extractor reads the comments)", () => {
    expect(all.length).toBeGreaterThan(150);
    expect(runnable.length).toBeGreaterThan(80);
  });

  it("name only functions that exist, illustrations included (a renamed function leaves no example behind)", async () => {
    const exported = await allCoreExports();
    const globals = new Set([
      "parseInt",
      "parseFloat",
      "isNaN",
      "isFinite",
      "encodeURIComponent",
      "decodeURIComponent",
      "if",
      "for",
      "while",
      "switch",
      "typeof",
      "return",
      "function",
    ]);
    const stale = all.flatMap((e) => {
      const inStrings = e.text.replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`[^`]*`/g, '""');
      const called = [...inStrings.matchAll(/(?<![.\w$])([a-z][\w$]*)\s*\(/g)].map((m) => m[1]);
      return called.filter((name) => !globals.has(name) && !(name in exported)).map((name) => `${e.file}:${e.line} ${name}`);
    });
    expect(stale).toEqual([]);
  });

  it.each(runnable.map((e) => [`${e.file}:${e.line} ${e.check.expr.slice(0, 40)}`, e] as const))(
    "%s holds, or names only a fixture it does not define",
    async (_name, e) => {
      const module = { ...(await allCoreExports()), ...((await import(join(coreDir, e.file))) as Record<string, unknown>) };
      let value: unknown;
      try {
        value = evaluate(module, e.check.expr);
      } catch (error) {
        // A value the example assumes ("grid", "read", "seed001Lines") is an illustration's fixture;
        // a function that is not exported anywhere in core is a stale example.
        const missing = error instanceof ReferenceError ? /^(\S+) is not defined/.exec(error.message)?.[1] : undefined;
        if (missing && !new RegExp(`\\b${missing}\\s*\\(`).test(e.check.expr)) {
          fixtures.push(`${e.file}:${e.line} (${missing})`);
          expect(missing).toMatch(/^[a-z]\w*$/);
          return;
        }
        throw new Error(`${e.file}:${e.line}: the example "${e.text}" does not run: ${String(error)}`);
      }
      ran++;
      if (e.check.kind === "true") expect({ example: e.text, holds: value }).toEqual({ example: e.text, holds: true });
      else expect(value).toEqual(evaluate({}, e.check.expected));
    },
  );

  afterAll(() => {
    // Most examples run; the rest name the fixture they assume (a grid, a read workbook).
    expect(ran).toBeGreaterThan(fixtures.length * 2);
  });
});
