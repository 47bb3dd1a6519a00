/**
 * Lint and format as habits: `npm test` (and so CI) fails when ESLint (type-checked rules,
 * eslint.config.mjs) or Prettier (.prettierrc.json) finds anything in the tree. The same checks
 * run alone as `npm run lint` and `npm run format:check`.
 */
import { spawnSync } from "child_process";
import { join } from "path";

const root = join(__dirname, "..");
const bin = (name: string) => join(root, "node_modules", ".bin", process.platform === "win32" ? `${name}.cmd` : name);

function run(name: string, args: string[]): { status: number | null; output: string } {
  const r = spawnSync(bin(name), args, { cwd: root, encoding: "utf8", maxBuffer: 1 << 26 });
  return { status: r.status, output: `${r.stdout ?? ""}${r.stderr ?? ""}${r.error ? String(r.error) : ""}` };
}

describe("lint and format", () => {
  it("ESLint reports nothing on the whole tree", () => {
    const { status, output } = run("eslint", ["."]);
    expect(output.trim()).toBe("");
    expect(status).toBe(0);
  });

  it("Prettier finds every file formatted", () => {
    const { status, output } = run("prettier", ["--check", ".", "--log-level", "warn"]);
    expect(output.trim()).toBe("");
    expect(status).toBe(0);
  });
});
