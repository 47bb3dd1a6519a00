/**
 * XSD validation with xmllint-wasm (libxml2 compiled to WebAssembly) against Microsoft's
 * task-pane schemas in tools/xsd/ — the offline stand-in for `office-addin-manifest
 * validate`, which needs Microsoft's online service (see tools/xsd/README.md).
 */
"use strict";

const fs = require("fs");
const path = require("path");

const XSD_DIR = path.resolve(__dirname, "..", "xsd");
const MAIN_SCHEMA = "OfficeAppManifestV1_1.xsd";

/** The main schema first, then every file it imports (xmllint-wasm has no file system). */
function loadSchemas() {
  const names = fs.readdirSync(XSD_DIR).filter((f) => f.endsWith(".xsd"));
  const read = (fileName) => ({ fileName, contents: fs.readFileSync(path.join(XSD_DIR, fileName), "utf8") });
  return { schema: read(MAIN_SCHEMA), preload: names.filter((n) => n !== MAIN_SCHEMA).map(read) };
}

/**
 * @param {string} xmlText
 * @param {string} fileName used in xmllint's messages
 * @returns {Promise<string[]>} problems, empty when the manifest validates
 */
async function validateAgainstXsd(xmlText, fileName) {
  const { validateXML } = require("xmllint-wasm");
  const { schema, preload } = loadSchemas();
  const result = await validateXML({ xml: [{ fileName, contents: xmlText }], schema: [schema], preload });
  if (result.valid) return [];
  return result.errors.map((e) => `XSD: ${e.loc ? `line ${e.loc.lineNumber}: ` : ""}${e.message}`);
}

module.exports = { validateAgainstXsd, MAIN_SCHEMA };
