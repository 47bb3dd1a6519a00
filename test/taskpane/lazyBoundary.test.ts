import { readFileSync, existsSync } from "fs";
import { dirname, join, relative, resolve } from "path";

/**
 * The initial task-pane script must not contain exceljs, docx, jszip or the modules that import
 * them (src/app, src/io, the exceljs and docx adapters): they are reached through lazy.ts's
 * dynamic import() only. This walks the static imports from the entry (type-only imports and
 * import() are not followed, as webpack does not bundle them into the entry chunk).
 */
const root = resolve(__dirname, "..", "..");
const entries = ["src/taskpane/taskpane.ts", "src/commands/commands.ts"];
const forbiddenPackages = ["exceljs", "docx", "jszip"];
const forbiddenDirs = ["src/app/", "src/io/", "src/adapters/exceljs/", "src/adapters/docx/"];

function staticImports(file: string): string[] {
  const code = readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm, "");
  const specs: string[] = [];
  for (const m of code.matchAll(/^\s*(import|export)\s+(type\s+)?([^;]*?)\s+from\s+["']([^"']+)["']/gm)) {
    if (m[2]) continue; // import type / export type
    // `import { type A, type B }` is type-only too.
    const names = m[3]
      .replace(/^\{|\}$/g, "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
    if (m[3].startsWith("{") && names.every((n) => n.startsWith("type "))) continue;
    specs.push(m[4]);
  }
  for (const m of code.matchAll(/^\s*import\s+["']([^"']+)["']/gm)) specs.push(m[1]);
  return specs;
}

function resolveTs(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec);
  for (const candidate of [`${base}.ts`, join(base, "index.ts")]) if (existsSync(candidate)) return candidate;
  return null;
}

function reachable(): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const queue = entries.map((e) => join(root, e));
  while (queue.length) {
    const file = queue.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    for (const spec of staticImports(file)) {
      if (!spec.startsWith(".")) packages.add(spec.split("/")[0]);
      else {
        const target = resolveTs(file, spec);
        if (target) queue.push(target);
      }
    }
  }
  return { files, packages };
}

describe("task pane bundle boundary", () => {
  const { files, packages } = reachable();
  const relFiles = [...files].map((f) => relative(root, f));

  it("reaches the UI, the catalogue and the Office.js adapter statically", () => {
    expect(relFiles).toEqual(expect.arrayContaining(["src/taskpane/render.ts", "src/core/messages/catalogue.ts", "src/adapters/officejs/renderWorkbook.ts"]));
  });

  it("never imports exceljs, docx or jszip statically", () => {
    expect([...packages].filter((p) => forbiddenPackages.includes(p))).toEqual([]);
  });

  it("reaches src/app, src/io and the file adapters only through lazy.ts", () => {
    expect(relFiles.filter((f) => forbiddenDirs.some((d) => f.startsWith(d)) || f.startsWith("src/taskpane/kits/"))).toEqual([]);
  });
});
