import { readdirSync, readFileSync, statSync } from "fs";
import { join, relative } from "path";

/** src/core is the pure domain: no Office.js, exceljs, DOM or Node APIs (docs/design-rules.md#pure-core). */
const coreDir = join(__dirname, "..", "..", "src", "core");
const allowedPackages = new Set(["zod"]);

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsFiles(path);
    return path.endsWith(".ts") ? [path] : [];
  });
}

describe("src/core purity", () => {
  const files = tsFiles(coreDir);

  it("finds the core files", () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it.each(files.map((f) => [relative(coreDir, f), f]))("%s imports only core modules and zod", (_name, file) => {
    const source = readFileSync(file, "utf8");
    const specifiers = [
      ...source.matchAll(/(?:import|export)[^'"]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)|require\(\s*["']([^"']+)["']\s*\)/g),
    ].map((m) => m[1] ?? m[2] ?? m[3]);
    for (const spec of specifiers) {
      if (spec.startsWith(".")) {
        const target = join(file, "..", spec);
        expect(relative(coreDir, target).startsWith("..")).toBe(false);
      } else {
        expect(allowedPackages.has(spec.replace(/\/.*$/, "")) ? spec : `forbidden import ${spec}`).toBe(spec);
      }
    }
  });

  it.each(files.map((f) => [relative(coreDir, f), f]))("%s uses no host globals", (_name, file) => {
    // Comments and string literals are not code: "word/document.xml" in a message is fine.
    const code = readFileSync(file, "utf8")
      .replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "")
      .replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'/g, '""');
    const forbidden = /\b(document|window|Office|Excel|process|Buffer|__dirname|localStorage|fetch|XMLHttpRequest)\s*[.(]/;
    expect(forbidden.exec(code)?.[0] ?? null).toBeNull();
  });
});
