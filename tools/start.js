#!/usr/bin/env node
/**
 * `npm start`: sideload into desktop Excel where that is possible, otherwise serve the
 * standalone page.
 * - Windows / macOS with office-addin-debugging installed: `office-addin-debugging start
 *   manifest.xml` (it starts the HTTPS dev server and opens Excel with the add-in).
 * - Anywhere else (Linux, CI, or the package missing): `webpack serve` over http on
 *   127.0.0.1:3000. Excel cannot load an http add-in, so this is the standalone page only.
 * office-addin-debugging is optional: a plain install pulls keytar, which fails without
 * libsecret (docs/toolchain.md#optional-dev-dependencies).
 */
"use strict";

const { spawn } = require("child_process");

const STANDALONE_URL = "http://127.0.0.1:3000/taskpane.html";

function isInstalled(pkg) {
  try {
    require.resolve(`${pkg}/package.json`);
    return true;
  } catch {
    return false;
  }
}

/** Runs a command in the foreground, forwards Ctrl+C, and exits with its code. */
function run(command, args, env) {
  const child = spawn(command, args, { stdio: "inherit", env: { ...process.env, ...env }, shell: process.platform === "win32" });
  process.on("SIGINT", () => child.kill("SIGINT"));
  process.on("SIGTERM", () => child.kill("SIGTERM"));
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

function startStandalone(reason) {
  console.log(`[tro-ly-iso] ${reason}`);
  console.log(`[tro-ly-iso] Excel is not available here. Standalone page: ${STANDALONE_URL}`);
  run(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "serve", "--mode", "development"], {
    DEV_SERVER_PROTOCOL: "http",
  });
}

function main() {
  const desktop = process.platform === "win32" || process.platform === "darwin";
  if (!desktop) return startStandalone(`No desktop Excel on ${process.platform}.`);
  if (!isInstalled("office-addin-debugging")) {
    return startStandalone(
      "office-addin-debugging is not installed (npm i -D office-addin-debugging office-addin-dev-certs, with legacy-peer-deps) — cannot sideload.",
    );
  }
  const win32 = process.platform === "win32";
  // With shell: true (Windows) arguments are joined by spaces, so the command needs its quotes.
  const devServer = win32 ? '"npm run dev-server"' : "npm run dev-server";
  run(
    win32 ? "npx.cmd" : "npx",
    ["office-addin-debugging", "start", "manifest.xml", "desktop", "--app", "excel", "--dev-server", devServer, "--dev-server-port", "3000"],
    {},
  );
}

main();
