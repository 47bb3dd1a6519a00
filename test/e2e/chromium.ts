/**
 * Chromium end-to-end plumbing: Debian's chromium driven by playwright-core (no browser
 * download), the production build in dist/ (rebuilt when older than the sources), and a tiny
 * static server on 127.0.0.1:0 that records what the page asked for.
 */
import { execFileSync } from "child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "fs";
import { createServer, type Server } from "http";
import type { AddressInfo } from "net";
import { tmpdir } from "os";
import { extname, join, normalize, resolve, sep } from "path";
import { chromium, type BrowserContext } from "playwright-core";
import webpack, { type Configuration } from "webpack";

export const repoRoot = resolve(__dirname, "..", "..");
export const distDir = join(repoRoot, "dist");
export const officeJsUrl = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Fails (never skips) without Chromium: `.ci/run` installs Debian's package. */
export function requireChromium(): string {
  if (!existsSync(chromiumPath)) {
    throw new Error(`${chromiumPath} is missing: install Debian package chromium (apt-get install chromium; .ci/run does this)`);
  }
  return chromiumPath;
}

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newestMtime(join(path, name))), 0);
}

/**
 * Builds dist/ with `webpack --mode production` when it is missing or older than anything the
 * bundle is made of (src/, webpack config, tsconfig, manifest, assets). ~30 s on 2 cores.
 */
export function ensureProductionBuild(): void {
  const output = join(distDir, "taskpane.js");
  const inputs = ["src", "webpack.config.js", "tsconfig.json", "tsconfig.webpack.json", "manifest.xml", "assets", "package.json"].map((p) => join(repoRoot, p));
  const sourceTime = Math.max(...inputs.filter(existsSync).map(newestMtime));
  if (existsSync(output) && existsSync(join(distDir, "taskpane.html")) && statSync(output).mtimeMs >= sourceTime) return;
  execFileSync(process.execPath, [join(repoRoot, "node_modules", "webpack", "bin", "webpack.js"), "--mode", "production"], {
    cwd: repoRoot,
    stdio: "pipe",
    timeout: 300_000,
  });
}

const fakeDir = join(repoRoot, "test", "adapters", "officejs", "fake");

/**
 * The fake Office.js the jest tests use (test/adapters/officejs/fake), bundled for the page:
 * browser.ts installs it on `window`. Rebuilt when older than the fake's sources; a few seconds.
 * @returns the bundle's path, for page.addInitScript({ path })
 */
export async function fakeOfficeBundle(): Promise<string> {
  const outDir = join(repoRoot, "build", "fake-office");
  const output = join(outDir, "fakeOffice.js");
  if (existsSync(output) && statSync(output).mtimeMs >= newestMtime(fakeDir)) return output;
  const config: Configuration = {
    mode: "development",
    devtool: false,
    target: "web",
    entry: join(fakeDir, "browser.ts"),
    output: { path: outDir, filename: "fakeOffice.js", iife: true },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          loader: "ts-loader",
          options: { transpileOnly: true, configFile: join(repoRoot, "tsconfig.webpack.json"), compilerOptions: { rootDir: repoRoot } },
        },
      ],
    },
  };
  await new Promise<void>((done, fail) =>
    webpack(config, (error, stats) => {
      if (error || !stats || stats.hasErrors()) fail(error ?? new Error(stats?.toString("errors-only") ?? "webpack failed"));
      else done();
    }),
  );
  return output;
}

const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
};

export interface StaticServer {
  readonly url: string;
  /** Paths served (or refused), in order. */
  readonly requests: string[];
  close(): Promise<void>;
}

/** Serves `dir` on 127.0.0.1 at a free port; nothing outside `dir` is reachable. */
export async function serveDirectory(dir: string): Promise<StaticServer> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? "/").split("?")[0]);
    requests.push(path);
    const file = normalize(join(dir, path === "/" ? "taskpane.html" : path));
    if (!file.startsWith(dir + sep) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": contentTypes[extname(file)] ?? "application/octet-stream", "Cache-Control": "no-store" });
    res.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

export interface BrowserSession {
  readonly context: BrowserContext;
  /** Every URL the pages of this context requested (including refused ones). */
  readonly requestedUrls: string[];
  close(): Promise<void>;
}

/**
 * A headless Chromium with a fresh profile, downloads accepted, 360 px wide (a task pane).
 * Every request that does not go to 127.0.0.1 is refused, except office.js, which the caller
 * routes (stub or abort): the page must work offline, and the test records any attempt.
 */
export async function launchChromium(): Promise<BrowserSession> {
  const executablePath = requireChromium();
  const profile = mkdtempSync(join(tmpdir(), "tro-ly-iso-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    acceptDownloads: true,
    viewport: { width: 360, height: 900 },
    locale: "vi-VN",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  const requestedUrls: string[] = [];
  context.on("request", (request) => requestedUrls.push(request.url()));
  await context.route(
    (url) => url.hostname !== "127.0.0.1" && url.href !== officeJsUrl && url.protocol !== "blob:" && url.protocol !== "data:",
    (route) => route.abort("blockedbyclient"),
  );
  return {
    context,
    requestedUrls,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** URLs that left the machine: anything not on 127.0.0.1 other than the office.js CDN script. */
export function externalRequests(urls: readonly string[]): string[] {
  return urls.filter((u) => {
    if (u === officeJsUrl) return false;
    const parsed = new URL(u);
    if (parsed.protocol === "blob:") return !u.startsWith("blob:http://127.0.0.1:");
    if (parsed.protocol === "data:") return false;
    return parsed.hostname !== "127.0.0.1";
  });
}
