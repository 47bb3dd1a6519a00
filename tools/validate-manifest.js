#!/usr/bin/env node
/**
 * Offline manifest validation: Microsoft's XSDs (tools/xsd/, via xmllint-wasm) plus custom
 * checks (GUID Id, every resid resolves, icon files exist at the right pixel size, https
 * only, and no local URL in a production manifest).
 *
 * Usage:
 *   node tools/validate-manifest.js manifest.xml [dist/manifest.xml --production [--if-present]]
 * A flag applies to the file just before it. `--production` adds the no-localhost check;
 * `--if-present` skips a missing file (so `npm run validate` works before a build).
 * Exit code 1 when any file fails.
 */
"use strict";

const fs = require("fs");
const path = require("path");
const { parseXml } = require("./lib/tiny-xml");
const checks = require("./lib/manifest-checks");
const { validateAgainstXsd, MAIN_SCHEMA } = require("./lib/xsd-validate");

/**
 * Validates one manifest file.
 * @param {string} manifestPath
 * @param {{ production?: boolean, assetsDir?: string }} [options] assetsDir defaults to the
 *   manifest's sibling assets/ folder
 * @returns {Promise<{ problems: string[] }>}
 */
async function validateManifest(manifestPath, options = {}) {
  const xmlText = fs.readFileSync(manifestPath, "utf8");
  const problems = await validateAgainstXsd(xmlText, path.basename(manifestPath));
  let root;
  try {
    root = parseXml(xmlText);
  } catch (error) {
    return { problems: [...problems, `not well-formed XML: ${error.message}`] };
  }
  problems.push(
    ...checks.checkId(root),
    ...checks.checkResids(root),
    ...checks.checkIcons(root, options.assetsDir ?? path.join(path.dirname(manifestPath), "assets")),
    ...checks.checkUrls(root),
    ...(options.production ? checks.checkNoLocalhost(xmlText) : []),
  );
  return { problems };
}

/** @param {string[]} argv */
function parseArgs(argv) {
  const targets = [];
  for (const arg of argv) {
    const last = targets[targets.length - 1];
    if (arg === "--production" || arg === "--if-present") {
      if (!last) throw new Error(`${arg} must follow a manifest path`);
      if (arg === "--production") last.production = true;
      else last.ifPresent = true;
    } else if (arg.startsWith("--")) {
      throw new Error(`unknown option ${arg}`);
    } else {
      targets.push({ file: arg, production: false, ifPresent: false });
    }
  }
  if (targets.length === 0) throw new Error("usage: node tools/validate-manifest.js manifest.xml [dist/manifest.xml --production]");
  return targets;
}

async function main() {
  let failed = false;
  for (const target of parseArgs(process.argv.slice(2))) {
    const mode = target.production ? "production" : "development";
    if (!fs.existsSync(target.file)) {
      if (target.ifPresent) {
        console.log(`- ${target.file}: not present, skipped (run npm run build first)`);
        continue;
      }
      console.error(`✖ ${target.file}: file not found`);
      failed = true;
      continue;
    }
    const { problems } = await validateManifest(target.file, { production: target.production });
    if (problems.length === 0) {
      console.log(`✔ ${target.file} (${mode}): valid against ${MAIN_SCHEMA}; GUID, resids, icons, https${target.production ? ", no localhost" : ""} OK`);
    } else {
      failed = true;
      console.error(`✖ ${target.file} (${mode}): ${problems.length} problem(s)`);
      for (const p of problems) console.error(`  - ${p}`);
    }
  }
  process.exitCode = failed ? 1 : 0;
}

if (require.main === module) {
  main().catch((error) => {
    console.error(`✖ ${error.message}`);
    process.exitCode = 1;
  });
}

module.exports = { validateManifest };
