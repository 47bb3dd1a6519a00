import { existsSync, readdirSync, readFileSync, statSync } from "fs";
import { dirname, join, relative } from "path";

/**
 * No import cycle anywhere in src/, type-only imports included: a cycle makes module load
 * order matter and hides which layer depends on which (core ← adapters ← app ← cli/taskpane).
 */
const srcDir = join(__dirname, "..", "src");

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsFiles(path);
    return path.endsWith(".ts") ? [path] : [];
  });
}

/** The src files a file imports (static, type-only and dynamic imports; re-exports). */
function importsOf(file: string): string[] {
  const source = readFileSync(file, "utf8");
  const specifiers = [...source.matchAll(/(?:import|export)\s[^;]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1] ?? m[2]);
  return specifiers
    .filter((s) => s.startsWith("."))
    .map((s) => join(dirname(file), s))
    .map((base) => [`${base}.ts`, join(base, "index.ts")].find((candidate) => existsSync(candidate)))
    .filter((target): target is string => target !== undefined);
}

/** Every cycle's files, as found by a depth-first walk (one path per cycle found). */
function findCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, "open" | "done">();
  const path: string[] = [];
  const visit = (file: string) => {
    state.set(file, "open");
    path.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === "open") cycles.push([...path.slice(path.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(file, "done");
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return cycles;
}

describe("import graph of src/", () => {
  it("finds a cycle when there is one (the check can fail)", () => {
    const graph = new Map([
      ["a", ["b"]],
      ["b", ["c"]],
      ["c", ["a"]],
      ["d", ["a"]],
    ]);
    expect(findCycles(graph)).toEqual([["a", "b", "c", "a"]]);
    expect(
      findCycles(
        new Map([
          ["a", ["b"]],
          ["b", []],
        ]),
      ),
    ).toEqual([]);
  });

  it("has no cycle", () => {
    const graph = new Map(tsFiles(srcDir).map((file) => [file, importsOf(file)]));
    expect(graph.size).toBeGreaterThan(100);
    expect(findCycles(graph).map((cycle) => cycle.map((f) => relative(srcDir, f)).join(" → "))).toEqual([]);
  });
});
